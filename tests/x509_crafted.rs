//! An X.509 certificate made for this test (`openssl req -x509` with an
//! EC key and the extensions below; none of the corpus), in a TLS
//! Certificate message split over three TCP segments: the alternatives the
//! corpus certificates do not use (a GeneralizedTime, IPv4 and IPv6
//! subject alternative names, an e-mail address, a registered ID, a
//! UserNotice policy qualifier, a path length, the ninth key usage bit, a
//! Netscape comment), with the values tshark 4.0 gives on the same bytes
//! (checked once with `tshark -r F -T fields ...`; set
//! `OSIDUMP_KEEP_CRAFTED=DIR` to write the capture there and check again).
//!
//! Made from this openssl configuration (`-extensions ext`):
//! ```text
//! [dn]  C=KR, O=osidump test, CN=x509.example.test,
//!       emailAddress=ops@example.test, serialNumber=42
//! [ext] basicConstraints=critical,CA:TRUE,pathlen:3
//!       keyUsage=critical,digitalSignature,keyCertSign,cRLSign,decipherOnly
//!       extendedKeyUsage=serverAuth,emailProtection
//!       subjectAltName=DNS:x509.example.test,IP:10.0.0.1,IP:fd99::2,
//!         email:ops@example.test,URI:https://example.test/x,RID:1.2.3.4
//!       certificatePolicies=1.3.6.1.4.1.99999.1 with a CPS URI and a
//!         userNotice (explicitText UTF8 "hello notice", organization
//!         "osidump org", noticeNumbers 1,2)
//!       authorityInfoAccess (OCSP, caIssuers), crlDistributionPoints,
//!       subject and authority key identifiers, nsComment="osidump comment"
//! ```

mod common;

use assert_cmd::Command;

const CERTIFICATE: &str = "\
    3082045d30820402a00302010202020102300a06082a8648ce3d040302306e310b3009060355040613024b5231153013\
    060355040a0c0c6f736964756d702074657374311a301806035504030c11783530392e6578616d706c652e7465737431\
    1f301d06092a864886f70d01090116106f7073406578616d706c652e74657374310b3009060355040513023432302017\
    0d3236313230313131353230365a180f32303532313230343131353230365a306e310b3009060355040613024b523115\
    3013060355040a0c0c6f736964756d702074657374311a301806035504030c11783530392e6578616d706c652e746573\
    74311f301d06092a864886f70d01090116106f7073406578616d706c652e74657374310b300906035504051302343230\
    59301306072a8648ce3d020106082a8648ce3d030107034200044308298e7adeb2fb78775ac86730f385d8086ca847b0\
    5304899a7f6f63563ea2a651fbd11da98bb9fcb4346f25228b6b3171c1c0272acb6292cf2768b9002d06a382028c3082\
    028830120603551d130101ff040830060101ff020103300f0603551d0f0101ff04050303078680301d0603551d250416\
    301406082b0601050507030106082b0601050507030430630603551d11045c305a8211783530392e6578616d706c652e\
    7465737487040a0000018710fd99000000000000000000000000000281106f7073406578616d706c652e746573748616\
    68747470733a2f2f6578616d706c652e746573742f7888032a030430710603551d20046a3068306606092b0601040186\
    8d1f013059302406082b06010505070201161868747470733a2f2f6578616d706c652e746573742f637073303106082b\
    06010505070202302530151a0b6f736964756d70206f726730060201010201020c0c68656c6c6f206e6f74696365305f\
    06082b0601050507010104533051302406082b060105050730018618687474703a2f2f6f6373702e6578616d706c652e\
    74657374302906082b06010505073002861d687474703a2f2f63612e6578616d706c652e746573742f63612e63727430\
    2e0603551d1f042730253023a021a01f861d687474703a2f2f63726c2e6578616d706c652e746573742f612e63726c30\
    1d0603551d0e04160414d454d516bd6ea2acab6b8806dde9c93ebc1a5f133081990603551d2304819130818e8014d454\
    d516bd6ea2acab6b8806dde9c93ebc1a5f13a172a470306e310b3009060355040613024b5231153013060355040a0c0c\
    6f736964756d702074657374311a301806035504030c11783530392e6578616d706c652e74657374311f301d06092a86\
    4886f70d01090116106f7073406578616d706c652e74657374310b300906035504051302343282020102301e06096086\
    480186f842010d0411160f6f736964756d7020636f6d6d656e74300a06082a8648ce3d0403020349003046022100e3a4\
    99dae6e38beeba307658a55e8e548399e0c37155c9b5924aa74ab781bb92022100eb2bc00e247fdfe722a917aa75693a\
    4e9655e14640dbd736e642fcc06a4dbf75";
fn unhex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

/// A TLS 1.2 record holding a Certificate message with `der` alone.
fn certificate_record(der: &[u8]) -> Vec<u8> {
    let u24 = |n: usize| (n as u32).to_be_bytes()[1..].to_vec();
    let mut body = u24(der.len() + 3);
    body.extend(u24(der.len()));
    body.extend_from_slice(der);
    let mut hs = vec![11];
    hs.extend(u24(body.len()));
    hs.extend(body);
    let mut rec = vec![22, 3, 3];
    rec.extend_from_slice(&(hs.len() as u16).to_be_bytes());
    rec.extend(hs);
    rec
}

#[test]
fn a_crafted_certificate_reads_as_tshark_shows_it() {
    let rec = certificate_record(&unhex(CERTIFICATE));
    let mut c = common::TcpConv::open(40000, 443);
    c.send(false, &rec[..300]);
    c.send(false, &rec[300..900]);
    c.send(false, &rec[900..]);
    let frames = c.close();
    let pcap = common::pcapng_with("eth0", &frames);
    if let Some(dir) = std::env::var_os("OSIDUMP_KEEP_CRAFTED") {
        std::fs::write(std::path::Path::new(&dir).join("x509.pcapng"), &pcap).expect("keep");
    }
    let fields = [
        "frame.protocols",
        "x509af.notAfter",
        "x509af.generalizedTime",
        "x509af.utcTime",
        "x509ce.IPAddress.ipv4",
        "x509ce.IPAddress.ipv6",
        "x509ce.rfc822Name",
        "x509ce.registeredID",
        "x509ce.pathLenConstraint",
        "x509ce.KeyUsage.decipherOnly",
        "pkix1implicit.explicitText",
        "pkix1implicit.utf8String",
        "pkix1implicit.noticeNumbers_item",
        "pkix1implicit.organization",
        "x509sat.IA5String",
        "x509sat.PrintableString",
        "ns_cert_exts.Comment",
        "x509ce.KeyPurposeId",
        "x509af.serialNumber",
    ];
    let mut cmd = Command::cargo_bin("osidump").expect("binary");
    cmd.args(["dissect", "-Y", "tls.handshake.certificate", "-T", "fields"]);
    for f in fields {
        cmd.args(["-e", f]);
    }
    let out = cmd.arg("-").write_stdin(pcap).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    let row: Vec<&str> = text.trim_end_matches('\n').split('\t').collect();
    let want = [
        "eth:ethertype:ip:tcp:tls:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:\
         x509sat:x509sat:x509sat:pkcs-1:x509ce:x509ce:x509ce:x509ce:x509ce:pkix1explicit:\
         pkix1implicit:pkix1implicit:x509ce:x509ce:x509ce:x509sat:x509sat:x509sat:x509sat:\
         x509sat:ns_cert_exts",
        "1",
        "Dec  4, 2052 11:52:06.000000000 UTC",
        "2026-12-01 11:52:06 (UTC)",
        "10.0.0.1",
        "fd99::2",
        "ops@example.test",
        "1.2.3.4",
        "3",
        "1",
        "3",
        "hello notice",
        "1,2",
        "1",
        "ops@example.test,ops@example.test,ops@example.test",
        "42,42,42",
        "osidump comment",
        "1.3.6.1.5.5.7.3.1,1.3.6.1.5.5.7.3.4",
        "0102",
    ];
    for ((f, got), want) in fields.iter().zip(&row).zip(want) {
        assert_eq!(*got, want, "{f}");
    }
    assert_eq!(row.len(), fields.len(), "{text}");
}
