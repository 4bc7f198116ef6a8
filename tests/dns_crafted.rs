//! DNS on crafted raw-IPv4 captures, with the values tshark 4.0 gives on
//! the same bytes (checked once with `tshark -r F -T fields -E
//! occurrence=a ...`; set `OSIDUMP_KEEP_CRAFTED=DIR` to write each crafted
//! capture there and check again).

mod common;

/// `osidump dissect -T fields -E occurrence=a` of raw IPv4 `frames` (hex),
/// one row per frame, the cells of `fields` in order.
fn rows(name: &str, frames: &[&str], fields: &[&str]) -> Vec<Vec<String>> {
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(101, 1_000, &frames);
    common::keep_crafted(name, &pcap);
    common::fields_rows_with(pcap, &["-E", "occurrence=a"], fields)
}

/// RRSIG, DNSKEY, DS, NSEC3, SSHFP and LOC answers, an OPT record with a
/// client subnet, a DAU list and an empty EXPIRE option, and a TSIG: every
/// field as tshark takes them apart (key id computed, the NSEC3 hash in
/// base32hex, the times as dates, an empty option's data `<MISSING>`).
#[test]
fn dnssec_records_edns_options_and_tsig() {
    let fields = [
        "dns.rrsig.type_covered",
        "dns.rrsig.algorithm",
        "dns.rrsig.labels",
        "dns.rrsig.original_ttl",
        "dns.rrsig.signature_expiration",
        "dns.rrsig.signature_inception",
        "dns.rrsig.key_tag",
        "dns.rrsig.signers_name",
        "dns.rrsig.signature",
        "dns.dnskey.flags",
        "dns.dnskey.flags.zone_key",
        "dns.dnskey.flags.secure_entry_point",
        "dns.dnskey.protocol",
        "dns.dnskey.algorithm",
        "dns.dnskey.key_id",
        "dns.ds.key_id",
        "dns.ds.digest_type",
        "dns.nsec3.flags.opt_out",
        "dns.nsec3.salt_value",
        "dns.nsec3.hash_value",
        "dns.resp.type",
        "dns.sshfp.algorithm",
        "dns.sshfp.fingerprint.type",
        "dns.loc.size",
        "dns.loc.latitude",
        "dns.loc.altitude",
        "dns.opt",
        "dns.opt.code",
        "dns.opt.data",
        "dns.opt.client.family",
        "dns.opt.client.netmask",
        "dns.opt.client.addr4",
        "dns.opt.dau",
        "dns.tsig.algorithm_name",
        "dns.tsig.time_signed",
        "dns.tsig.mac",
        "dns.tsig.noalg",
        "dns.tsig.original_id",
        "dns.unsolicited",
    ];
    let r = rows(
        "dns_dnssec.pcap",
        &[
            "4500019800010000401100000a0000020a000001003504570184000042428180000100060000000202657804746573740000010001c00c002e00010000012c0023000108020000012c6553f10064bb5a8010920265780474657374000102030405060708c00c003000010000012c0018010103080a0b0c0d0e0f101112131415161718191a1b1c1dc00c002b00010000012c00241092080228292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f4041424344454647c00c003200010000012c00210101000a04aabbccdd146465666768696a6b6c6d6e6f7071727374757677000140c00c002c00010000012c00220402000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1fc00c001d00010000012c0010001216138a000000700000000098968000002904d00000000000150008000700011800c0000200050002080d00090000036b65790000fa00ff00000000003a08686d61632d6d6435077369672d616c670372656703696e7400000054060ed2012c001000000000000000000000000000000000123400000000",
        ],
        &fields,
    );
    let want = [
        "1",
        "8",
        "2",
        "300",
        "Nov 14, 2023 22:13:20.000000000 UTC",
        "Jul 22, 2023 04:26:40.000000000 UTC",
        "4242",
        "ex.test",
        "0102030405060708",
        "0x0101",
        "1",
        "1",
        "3",
        "8",
        "49873",
        "0x1092",
        "2",
        "1",
        "aabbccdd",
        "chimcpr8d5l6mr3ddpnn0sbiedq7atjn",
        "46,48,43,50,1,44,29,41,250",
        "4",
        "2",
        "18",
        "2315255808",
        "10000000",
        "1,1,1",
        "8,5,9",
        "00011800c00002,080d,<MISSING>",
        "1",
        "24",
        "192.0.2.0",
        "8,13",
        "hmac-md5.sig-alg.reg.int",
        "Sep  2, 2014 18:39:14.000000000 UTC",
        "1",
        "1",
        "4660",
        "1",
    ];
    assert_eq!(r.len(), 1);
    for (i, (got, want)) in r[0].iter().zip(want).enumerate() {
        assert_eq!((fields[i], got.as_str()), (fields[i], want));
    }
}

/// An UPDATE names its counts zones, prerequisites and updates, and a
/// record of no rdata (a deletion) shows no rdata fields.
#[test]
fn update_counts_and_a_record_of_no_rdata() {
    let r = rows(
        "dns_update.pcap",
        &[
            "4500004300010000401100000a0000010a00000204570035002f0000007728000001000000010000026578047465737400000600010161c00c000500ff000000000000",
        ],
        &[
            "dns.count.zones",
            "dns.count.updates",
            "dns.count.queries",
            "dns.cname",
            "dns.resp.len",
            "_ws.malformed",
        ],
    );
    assert_eq!(r, [["1", "1", "", "", "0", ""]]);
}

/// A question named with one character has, for tshark 4.0, no length and
/// no labels; a response to no query is unsolicited.
#[test]
fn one_character_name_and_an_unsolicited_response() {
    let r = rows(
        "dns_onechar.pcap",
        &[
            "4500002f00010000401100000a0000010a00000204570035001b000000550100000100000000000001610000010001",
            "4500003f00010000401100000a0000020a000001003508ae002b000000998180000100010000000001620000010001c00c000100010000003c000405060708",
        ],
        &[
            "dns.qry.name.len",
            "dns.count.labels",
            "dns.unsolicited",
            "dns.a",
        ],
    );
    assert_eq!(r, [["0", "0", "", ""], ["0", "0", "1", "5.6.7.8"]]);
}

/// A message that throws is still matched (a malformed query is answered;
/// a malformed answer makes the next one a retransmission) but shows no
/// match marks itself; a record whose name points past the message shows
/// nothing (tshark prints the malformed item twice: its label, then
/// the expert item's filter name).
#[test]
fn thrown_messages_are_tracked_without_marks() {
    let fields = [
        "dns.response_to",
        "dns.unsolicited",
        "dns.retransmit_response_in",
        "dns.resp.name",
        "_ws.malformed",
    ];
    let query = "4500003900010000401100000a0000010a0000020457003500250000123401000001000000000000076578616d706c6503636f6d0000010001";
    let bad_query = "4500003900010000401100000a0000010a0000020457003500250000123401000002000000000000076578616d706c6503636f6d0000010001";
    let answer = "4500004900010000401100000a0000020a0000010035045700350000123481800001000100000000076578616d706c6503636f6d0000010001c00c000100010000003c000401020304";
    let bad_answer = "4500004900010000401100000a0000020a0000010035045700350000123481800001000200000000076578616d706c6503636f6d0000010001c00c000100010000003c000401020304";
    let r = rows("dns_thrown_query.pcap", &[bad_query, answer], &fields);
    assert_eq!(
        r[0],
        ["", "", "", "", "[Malformed Packet: DNS],_ws.malformed"]
    );
    assert_eq!(r[1], ["1", "", "", "example.com", ""]);
    let r = rows(
        "dns_thrown_answer.pcap",
        &[query, bad_answer, answer],
        &fields,
    );
    assert_eq!(r[1][..3], ["", "", ""]);
    assert_eq!(r[1][4], "[Malformed Packet: DNS],_ws.malformed");
    assert_eq!(r[2], ["", "", "2", "example.com", ""]);
    let r = rows(
        "dns_pointer_past.pcap",
        &[
            "4500005900010000401100000a0000020a0000010035045700450000123481800001000200000000076578616d706c6503636f6d0000010001ffff000100010000003c000401020304c00c000100010000003c000401020304",
        ],
        &fields,
    );
    assert_eq!(
        r,
        [["", "", "", "", "[Malformed Packet: DNS],_ws.malformed"]]
    );
}

/// An NSEC type bitmap whose window length runs past the record, at the
/// message's end: tshark's dissect_type_bitmap counts the rdata length
/// down past zero and reads on until it throws at the message's end
/// (Malformed Packet); the types before it are kept and nothing after
/// shows (no dns.response_to).
#[test]
fn an_nsec_bitmap_past_its_record_throws() {
    let fields = [
        "dns.resp.type",
        "dns.nsec.next_domain_name",
        "dns.response_to",
        "_ws.malformed.expert",
    ];
    let got = rows(
        "nsec_bitmap_overrun.pcap",
        &[
            "45000039000100004011a894c0a8016708080808303c003500250000456701000001000000000000076578616d706c6503636f6d0000010001",
            "45000066000100004011a86708080808c0a801670035303c00520000456781800001000100000000076578616d706c6503636f6d0000010001076578616d706c6503636f6d00002f00010000012c0016046e657874076578616d706c6503636f6d0000206000",
        ],
        &fields,
    );
    assert_eq!(got[1], ["47,1,2", "next.example.com", "", "1"]);
}

/// A frame shorter than its IPv4 total length is not reassembled: a first
/// fragment's UDP payload is dissected as far as it goes, and a read past
/// its end is tshark's FragmentBoundsError ("[BoundErrorUnreassembled
/// Packet]", `_ws.unreassembled`), not a malformed packet (nDPI's
/// badpackets.pcap). A record whose data runs past the message names its
/// type in Info and shows no item; a header cut after its flags shows the
/// id, flags and the counts there; a question cut inside its type or class
/// shows nothing of it (get_dns_name_type_class reads all three first).
#[test]
fn cut_messages_and_first_fragments_not_reassembled() {
    let fields = [
        "frame.protocols",
        "_ws.col.Info",
        "ip.flags.mf",
        "udp.length",
        "dns.count.queries",
        "dns.count.answers",
        "dns.qry.name",
        "dns.resp.type",
        "dns.a",
        "_ws.unreassembled",
        "_ws.malformed",
        "_ws.expert",
    ];
    let r = rows(
        "dns_cut_fragments.pcap",
        &[
            "450005dc00072000401141080a0000020a0000010035045705c8000012348180000100020000000002657804746573740000010001c00c000100010000012c00040a000001c00c000100010000012c00040a00",
            "4500002200010000401166c80a0000020a00000100350457000e0000432101000001",
            "4500003200010000401166b80a0000020a00000100350457001e000055550100000100000000000002657804746573740000",
            "4500005300010000401166970a0000020a00000100350457003f000012348180000100020000000002657804746573740000010001c00c000100010000012c00040a000001c00c000100010000012c00040a00",
            "450005dc00082000401141070a0000020a0000010035045705c8000066668180000100010000000002657804746573740000010001c00c000100010000012c00040a000001",
        ],
        &fields,
    );
    let want: [[&str; 12]; 5] = [
        [
            "raw:ip:udp:dns",
            "Standard query response 0x1234 A ex.test A 10.0.0.1 A[BoundErrorUnreassembled Packet]",
            "1",
            "1480",
            "1",
            "2",
            "ex.test",
            "1",
            "10.0.0.1",
            "[BoundError Unreassembled Packet: DNS]",
            "",
            "Expert Info (Error/Protocol): IPv4 total length exceeds packet length (83 bytes),Expert Info (Note/Reassemble): Unreassembled fragment (change preferences to enable reassembly)",
        ],
        [
            "raw:ip:udp:dns",
            "Standard query 0x4321[Malformed Packet]",
            "0",
            "14",
            "1",
            "",
            "",
            "",
            "",
            "",
            "[Malformed Packet: DNS],_ws.malformed",
            "Expert Info (Error/Malformed): Malformed Packet (Exception occurred)",
        ],
        [
            "raw:ip:udp:dns",
            "Standard query 0x5555[Malformed Packet]",
            "0",
            "30",
            "1",
            "0",
            "",
            "",
            "",
            "",
            "[Malformed Packet: DNS],_ws.malformed",
            "Expert Info (Error/Malformed): Malformed Packet (Exception occurred)",
        ],
        [
            "raw:ip:udp:dns",
            "Standard query response 0x1234 A ex.test A 10.0.0.1 A[Malformed Packet]",
            "0",
            "63",
            "1",
            "2",
            "ex.test",
            "1",
            "10.0.0.1",
            "",
            "[Malformed Packet: DNS],_ws.malformed",
            "Expert Info (Error/Malformed): Malformed Packet (Exception occurred)",
        ],
        [
            "raw:ip:udp:dns",
            "Standard query response 0x6666 A ex.test A 10.0.0.1",
            "1",
            "1480",
            "1",
            "1",
            "ex.test",
            "1",
            "10.0.0.1",
            "",
            "",
            "Expert Info (Error/Protocol): IPv4 total length exceeds packet length (69 bytes)",
        ],
    ];
    assert_eq!(r, want.map(|row| row.map(String::from).to_vec()).to_vec());
}
