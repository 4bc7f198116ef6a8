//! PGM on crafted bytes: cut and malformed packets, as tshark 4.0.17
//! reads them (each case checked against tshark on the same bytes).

use super::*;

/// `packet` over `b` (whole: the checksum is verified).
fn run(b: &[u8]) -> (Layer<'static>, R<Option<usize>>) {
    let mut l = Layer::new(Osi::Transport, "pgm", 0..b.len());
    let r = packet(&mut l, b, true);
    (l.into_owned(), r)
}

fn uints(l: &Layer<'_>, def: &'static FieldDef) -> Vec<u64> {
    l.all(def)
        .map(|v| match v {
            Value::UInt(n) => *n,
            Value::Bool(b) => u64::from(*b),
            _ => panic!("not a number"),
        })
        .collect()
}

fn messages(l: &Layer<'_>) -> Vec<String> {
    l.all(crate::dissect::fields::ws::EXPERT_MESSAGE)
        .map(|v| match v {
            Value::Str(s) => s.to_string(),
            _ => panic!("not a string"),
        })
        .collect()
}

/// A PGM header of `ptype` and `opts` (checksum 0: filled by [`fix`]).
fn header(ptype: u8, opts: u8) -> Vec<u8> {
    let mut b = vec![0x03, 0xe8, 0x07, 0xd0, ptype, opts, 0, 0];
    b.extend_from_slice(&[0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f]);
    b.extend_from_slice(&[0, 0]);
    b
}

/// The packet with its checksum set right.
fn fix(mut b: Vec<u8>) -> Vec<u8> {
    b[6] = 0;
    b[7] = 0;
    let c = !ones_complement_sum(&b);
    b[6..8].copy_from_slice(&c.to_be_bytes());
    b
}

const SPM_V4: [u8; 20] = [0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 9, 0, 1, 0, 0, 10, 0, 0, 9];

fn spm_with_options(opts: &[u8]) -> Vec<u8> {
    let mut b = header(SPM, 1);
    b.extend_from_slice(&SPM_V4);
    b.extend_from_slice(opts);
    fix(b)
}

#[test]
fn a_header_cut_before_the_sequence_number_shows_nothing() {
    // tshark reads the sequence number (16..20) before any item.
    let b = fix([header(SPM, 0), SPM_V4.to_vec()].concat());
    for n in [0, 1, 5, 13, 17, 18, 19] {
        let (l, r) = run(&b[..n]);
        assert!(r.is_err(), "{n}");
        assert!(l.fields.is_empty(), "{n}");
    }
    assert_eq!(run(&b[..18]).1, Err(Short(20)));
    assert_eq!(run(&b[..10]).1, Err(Short(14)));
    // 20 bytes: the Info column and the header, then the body throws.
    let (l, r) = run(&b[..20]);
    assert_eq!(r, Err(Short(24)));
    assert_eq!(
        l.get_str(f::pgm::OSIDUMP_INFO),
        Some("SPM   sqn 0x5 gsi 0a0b0c0d0e0f")
    );
    assert_eq!(uints(&l, f::pgm::SPM_SQN), [5]);
}

#[test]
fn a_poll_needs_its_subtype_for_the_info_column() {
    let mut b = header(POLL, 0);
    b.extend_from_slice(&[0, 0, 0, 3, 0, 4, 0, 7]);
    let b = fix(b);
    let (l, r) = run(&b[..22]);
    assert_eq!(r, Err(Short(24)));
    assert!(l.fields.is_empty());
    let (l, r) = run(&b);
    assert_eq!(r, Err(Short(26)));
    assert_eq!(
        l.get_str(f::pgm::OSIDUMP_INFO),
        Some("POLL  sqn 0x3 gsi 0a0b0c0d0e0f subtype Unknown (0x07)")
    );
    assert_eq!(uints(&l, f::pgm::POLL_SUBTYPE), [7]);
}

#[test]
fn a_type_tshark_does_not_know_adds_nothing() {
    for t in [0x03, 0x0b, 0x0c, 0xff] {
        let b = fix([header(t, 0), vec![0; 8]].concat());
        let (l, r) = run(&b);
        assert_eq!(r, Ok(None));
        assert_eq!(l.get_str(f::pgm::OSIDUMP_INFO), Some(""));
        assert!(!listed(&l));
        assert_eq!(l.fields.len(), 1);
    }
}

#[test]
fn the_checksum_goes_through_the_status_field() {
    // Good: the status field holds the checksum's first byte, then Good.
    let b = fix([
        header(ODATA, 0),
        vec![0, 0, 0, 1, 0, 0, 0, 2],
        b"hello".to_vec(),
    ]
    .concat());
    let (l, r) = run(&b);
    assert_eq!(r, Ok(Some(24)));
    assert_eq!(
        uints(&l, f::pgm::HDR_CKSUM_STATUS),
        [u64::from(b[6]), checksum::GOOD]
    );
    assert!(!l.has(f::pgm::HDR_CKSUM));
    // Bad: the "should be" is computed from that first byte, so it is
    // not the right checksum.
    let mut ncf = header(NCF, 0);
    ncf.extend_from_slice(&[0, 0, 0, 7, 0, 1, 0, 0, 10, 0, 0, 9, 0, 1, 0, 0, 10, 0, 0, 9]);
    let mut bad = fix(ncf.clone());
    let right = be16(&bad, 6);
    bad[6..8].copy_from_slice(&0x1234u16.to_be_bytes());
    let (l, _) = run(&bad);
    assert_eq!(uints(&l, f::pgm::HDR_CKSUM_STATUS), [0x12, checksum::BAD]);
    // in_cksum_shouldbe(0x12, in_cksum(packet)) in one's complement.
    let mut want = 0x12u32 + u32::from(!ones_complement_sum(&bad));
    want = (want & 0xffff) + (want >> 16);
    want = (want & 0xffff) + (want >> 16);
    assert_ne!(want, u32::from(right));
    assert_eq!(
        messages(&l),
        [format!("Bad checksum [should be 0x{want:02x}]")]
    );
    // Zero outside data packets: not present, in the checksum field.
    let (l, _) = run(&ncf);
    assert_eq!(uints(&l, f::pgm::HDR_CKSUM), [0]);
    assert_eq!(uints(&l, f::pgm::HDR_CKSUM_STATUS), [checksum::NOT_PRESENT]);
    // A cut packet's checksum is the field itself, unverified.
    let mut l = Layer::new(Osi::Transport, "pgm", 0..bad.len());
    packet(&mut l, &bad, false).unwrap();
    assert_eq!(uints(&l, f::pgm::HDR_CKSUM), [0x1234]);
    assert_eq!(uints(&l, f::pgm::HDR_CKSUM_STATUS), [checksum::UNVERIFIED]);
}

#[test]
fn an_unknown_address_family_stops_an_spm_but_not_a_poll() {
    let mut spm = header(SPM, 1);
    spm.extend_from_slice(&[0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 9, 0, 7, 0, 0]);
    // Options follow, unread.
    spm.extend_from_slice(&[0, 4, 0, 4]);
    let (l, r) = run(&spm);
    assert_eq!(r, Ok(None));
    assert_eq!(messages(&l), ["Can't handle this address format"]);
    assert!(!l.has(f::pgm::OPTS_TYPE));
    // The expert item belongs to the AFI: before the reserved field.
    let at = |def| l.fields.iter().position(|x| std::ptr::eq(x.def, def));
    assert!(at(f::pgm::ADDRESS_FORMAT_INVALID) < at(f::pgm::SPM_RES));
    let mut poll = header(POLL, 0);
    poll.extend_from_slice(&[0, 0, 0, 3, 0, 4, 0, 1, 0, 9, 0, 0]);
    poll.extend_from_slice(&[0, 0, 0, 100, 0, 0, 0x0a, 0xbc, 0, 0, 0, 0xff]);
    let (l, r) = run(&poll);
    assert_eq!(r, Ok(None));
    assert_eq!(uints(&l, f::pgm::POLL_BACKOFF_IVL), [100]);
    assert_eq!(uints(&l, f::pgm::POLL_MATCHING_BMASK), [0xff]);
}

#[test]
fn options_as_tshark_reads_them() {
    let join = [0x03, 8, 0, 0, 0, 0, 0, 0x55];
    let naks: Vec<u8> = [&[0x02, 44, 0, 0][..]]
        .into_iter()
        .chain(
            (0u32..10)
                .map(|i| i.to_be_bytes())
                .collect::<Vec<_>>()
                .iter()
                .map(|a| &a[..]),
        )
        .flatten()
        .copied()
        .collect();
    let syn = [0x0d, 4, 0, 0];
    let fin = [0x8e, 4, 0, 0];
    let opts = [&[0, 4, 0, 4 + 8 + 44 + 4 + 4][..], &join, &naks, &syn, &fin].concat();
    let (l, r) = run(&spm_with_options(&opts));
    assert_eq!(r, Ok(None));
    assert_eq!(uints(&l, f::pgm::GENOPTS_TYPE), [3, 2]);
    assert_eq!(uints(&l, f::pgm::OPTS_JOIN_MIN_JOIN), [0x55]);
    let lists: Vec<Vec<u8>> = l
        .all(f::pgm::OPTS_NAK_LIST)
        .map(|v| match v {
            Value::Bytes(b) => b.to_vec(),
            _ => panic!(),
        })
        .collect();
    assert_eq!(
        lists,
        [
            b"0x0 0x1 0x2 0x3 0x4 0x5 0x6 0x7 ".to_vec(),
            b"0x8 0x9 ".to_vec()
        ]
    );
}

#[test]
fn bad_option_lengths_end_the_options() {
    // Not the length option first.
    let (l, _) = run(&spm_with_options(&[1, 4, 0, 4]));
    assert_eq!(
        messages(&l),
        ["SPM Options - initial option is Fragment, should be Length"]
    );
    // A total length under 4.
    let (l, _) = run(&spm_with_options(&[0, 4, 0, 3]));
    assert_eq!(
        messages(&l),
        ["SPM Options (Total Length 3 - invalid, must be >= 4)"]
    );
    // Two bytes left: noted on the total length, after the join.
    let (l, _) = run(&spm_with_options(&[
        0, 4, 0, 14, 3, 8, 0, 0, 0, 0, 0, 0x55, b'z', b'z',
    ]));
    assert_eq!(
        messages(&l),
        ["Remaining total options length doesn't have enough for an options header"]
    );
    let at = |def| l.fields.iter().position(|x| std::ptr::eq(x.def, def));
    assert!(at(f::pgm::OPTS_TLEN_INVALID) < at(f::pgm::GENOPTS_TYPE));
    // An option under 4 bytes.
    let (l, _) = run(&spm_with_options(&[0, 4, 0, 12, 3, 2, 0, 0, 1, 2, 3, 4]));
    assert_eq!(messages(&l), ["Length 2 invalid, must be >= 4"]);
    assert!(!l.has(f::pgm::GENOPTS_TYPE));
    // An option longer than the options, its bytes there (ODATA's payload).
    let mut od = header(ODATA, 1);
    od.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 2, 0, 4, 0, 8, 0x83, 8, 0, 0]);
    od.extend_from_slice(&[0, 0, 0, 9, b'p', b'a', b'y']);
    let (l, r) = run(&fix(od));
    assert_eq!(messages(&l), ["Length 8 > remaining total options length"]);
    // The data begins where tshark's cursor stopped: at the join.
    assert_eq!(r, Ok(Some(28)));
    // An option running past the packet throws before it is shown.
    let (l, r) = run(&spm_with_options(&[0, 4, 0, 12, 3, 20, 0, 0, 1, 2, 3, 4]));
    assert_eq!(r, Err(Short(60)));
    assert!(!l.has(f::pgm::GENOPTS_TYPE));
    // The option flag with no option bytes at all.
    let (_, r) = run(&spm_with_options(&[]));
    assert_eq!(r, Err(Short(37)));
}

#[test]
fn a_short_option_shows_its_length_and_reading_goes_on_from_there() {
    // A join of 6 bytes: type and length only; the next option is read
    // from the join's length byte (tshark's cursor did not move on).
    let (l, r) = run(&spm_with_options(&[0, 4, 0, 10, 3, 6, 0, 0, 1, 2]));
    assert_eq!(r, Ok(None));
    assert_eq!(uints(&l, f::pgm::GENOPTS_LEN), [6]);
    assert!(!l.has(f::pgm::GENOPTS_OPX));
    // PGMCC data with IPv6 in 16 bytes: the address read past the option,
    // and past the packet.
    let cc = [0x12, 16, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 1, 2, 3, 4];
    let (l, r) = run(&spm_with_options(&[&[0, 4, 0, 20][..], &cc].concat()));
    assert_eq!(r, Err(Short(68)));
    assert_eq!(uints(&l, f::pgm::OPTS_CCDATA_AFI), [2]);
}

#[test]
fn no_input_panics() {
    // Every cut of packets of every type, with options of every kind.
    let cc = [
        0x12, 16, 0, 0, 0x11, 0x22, 0x33, 0x44, 0, 1, 0, 0, 1, 2, 3, 4,
    ];
    let red = [0x07, 12, 0, 0, 0, 2, 0, 0, 9, 9, 9, 9];
    let naks = [0x02, 7, 0, 0, 1, 2, 3];
    let opts = [&[0, 4, 0, 39][..], &cc, &red, &naks].concat();
    for t in 0..=0x10u8 {
        let mut b = header(t, 0xff);
        b.extend_from_slice(&[0, 0, 0, 1, 0, 2, 0, 1, 0, 2, 0, 0]);
        b.extend_from_slice(&[0; 16]);
        b.extend_from_slice(&opts);
        for n in 0..=b.len() {
            let _ = run(&b[..n]);
            let mut x = b[..n].to_vec();
            if n > 0 {
                x[n - 1] ^= 0xff;
            }
            let _ = run(&x);
        }
    }
}
