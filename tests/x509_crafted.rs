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
    let rec = certificate_record(&common::unhex(CERTIFICATE));
    let mut c = common::TcpConv::open(40000, 443);
    c.send(false, &rec[..300]);
    c.send(false, &rec[300..900]);
    c.send(false, &rec[900..]);
    let frames = c.close();
    let pcap = common::pcapng_with("eth0", &frames);
    common::keep_crafted("x509.pcapng", &pcap);
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
    let rows = common::fields_rows(pcap, Some("tls.handshake.certificate"), &fields);
    let row: Vec<&str> = rows[0].iter().map(String::as_str).collect();
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
    assert_eq!(row.len(), fields.len(), "{row:?}");
}

/// A certificate whose names carry a user id (x509af's), an
/// organizationIdentifier (2.5.4.97, which tshark 4.0 registers no
/// dissector for) and the EV jurisdiction attributes, and whose extensions
/// are QCStatements, a CT poison, a Microsoft template, name and policy
/// constraints, inhibitAnyPolicy, SubjectInfoAccess (unregistered), the
/// TLS feature, an issuer alternative name, a logotype, a Netscape cert
/// type and a private 1.2.3.4.5 (openssl, `DER:` values where it has no
/// syntax).
const REGISTRATIONS: &str = "\
    30820450308203f7a003020102020107300a06082a8648ce3d04030230820110310b3009060355040613024445311730\
    15060a0992268993f22c64011916076578616d706c6531153013060a0992268993f22c6401010c057573657231311030\
    0e06035504040c075375726e616d65310e300c060355042a0c05476976656e310d300b060355040c0c04426f7373311d\
    301b060355040f0c1450726976617465204f7267616e697a6174696f6e3112301006035504610c094e545244452d3132\
    3331133011060b2b0601040182373c0201031302444531173015060b2b0601040182373c0201010c064265726c696e31\
    0e300c06035504110c0531303131353112301006035504090c094d61696e2053742031311b301906035504030c127835\
    3039622e6578616d706c652e74657374301e170d3236313230313131353431325a170d3236313233313131353431325a\
    30820110310b300906035504061302444531173015060a0992268993f22c64011916076578616d706c6531153013060a\
    0992268993f22c6401010c0575736572313110300e06035504040c075375726e616d65310e300c060355042a0c054769\
    76656e310d300b060355040c0c04426f7373311d301b060355040f0c1450726976617465204f7267616e697a6174696f\
    6e3112301006035504610c094e545244452d31323331133011060b2b0601040182373c0201031302444531173015060b\
    2b0601040182373c0201010c064265726c696e310e300c06035504110c0531303131353112301006035504090c094d61\
    696e2053742031311b301906035504030c1278353039622e6578616d706c652e746573743059301306072a8648ce3d02\
    0106082a8648ce3d030107034200044308298e7adeb2fb78775ac86730f385d8086ca847b05304899a7f6f63563ea2a6\
    51fbd11da98bb9fcb4346f25228b6b3171c1c0272acb6292cf2768b9002d06a382013c30820138300c0603551d130101\
    ff04023000300e06082b06010505070103040230003013060a2b06010401d6790204030101ff04020500301406092b06\
    010401823715070407300506032a0304301c0603551d1e04153013a011300f820d2e6578616d706c652e74657374300c\
    0603551d2404053003800101300a0603551d360403020102303406082b0601050507010b04283026302406082b060105\
    050730058618687474703a2f2f7265706f2e6578616d706c652e74657374301106082b06010505070118040530030201\
    05301e0603551d120417301582136973737565722e6578616d706c652e74657374300e06082b0601050507010c040230\
    00301106096086480186f8420101040403020640300a06042a03040504020500301d0603551d0e04160414d454d516bd\
    6ea2acab6b8806dde9c93ebc1a5f13300a06082a8648ce3d040302034700304402200ba4a4bae95f0ce412680a936d06\
    e0ac50f2fba09e2083435889ccd2ab4991d002203742f354569234620fdf8329f9255479cea1374910fc3e1daf65684c\
    a3fbc031";
/// A certificate whose only purpose is its extensions, each a NULL: the
/// x509ce, x509sat (Microsoft's), pkixqualified, pkix1explicit,
/// ns_cert_exts, tls and pkixproxy registrations, and some none holds.
const NULL_EXTENSIONS: &str = "\
    30820353308202f9a003020102020107300a06082a8648ce3d040302300c310a300806035504030c0163301e170d3236\
    313230313131353433335a170d3236313233313131353433335a300c310a300806035504030c01633059301306072a86\
    48ce3d020106082a8648ce3d030107034200044308298e7adeb2fb78775ac86730f385d8086ca847b05304899a7f6f63\
    563ea2a651fbd11da98bb9fcb4346f25228b6b3171c1c0272acb6292cf2768b9002d06a382024a308202463009060355\
    1d030402050030090603551d090402050030090603551d100402050030090603551d140402050030090603551d150402\
    050030090603551d170402050030090603551d1b0402050030090603551d1c0402050030090603551d1d040205003009\
    0603551d210402050030090603551d280402050030090603551d2c0402050030090603551d2d0402050030090603551d\
    2e0402050030090603551d2f0402050030090603551d350402050030090603551d3a0402050030090603551d3b040205\
    0030090603551d3c0402050030090603551d3d04020500300f06092b060104018237150a04020500300f06092b060104\
    0182371902040205003010060a2b06010401823719020104020500300f06092a864886f67d07410004020500300e0608\
    2b0601050507010204020500300e06082b0601050507010704020500300e06082b0601050507010804020500300e0608\
    2b0601050507012204020500300e06082b0601050507010b04020500300f06096086480186f842010204020500300f06\
    096086480186f842010304020500300f06096086480186f842010704020500300f06096086480186f842010804020500\
    300f06096086480186f842010c04020500300f06092b060104018237150104020500300f06092b060104018237150204\
    020500300f06092b0601040182371402040205003010060a2b06010401d67902040504020500300a0604672a07000402\
    0500300e06082b0601050507010e04020500301d0603551d0e04160414d454d516bd6ea2acab6b8806dde9c93ebc1a5f\
    13300a06082a8648ce3d0403020348003045022044312205d3f2833f309726ec2fda47ee60bad2b4443ad6ffe220cd70\
    5faf7a5a022100f27a2257e1e94a2fa4a8a3393a9bfa9fee609dec97239d07e0d5baf0f982dd59";
/// `frame.protocols` of the frame carrying `der`, and the cells of
/// `fields`.
fn protocols_and(der: &[u8], fields: &[&str]) -> Vec<String> {
    let mut c = common::TcpConv::open(40000, 443);
    c.send(false, &certificate_record(der));
    let pcap = common::pcapng_with("eth0", &c.close());
    let fields: Vec<&str> = std::iter::once("frame.protocols")
        .chain(fields.iter().copied())
        .collect();
    let mut rows = common::fields_rows(pcap, Some("tls.handshake.certificate"), &fields);
    rows.swap_remove(0)
}

#[test]
fn each_identifier_lists_the_dissector_tshark_registers() {
    let row = protocols_and(
        &common::unhex(REGISTRATIONS),
        &[
            "x509af.Userid",
            "x509ce.dNSName",
            "x509ce.SkipCerts",
            "x509ce.requireExplicitPolicy",
            "ns_cert_exts.CertType",
            "ns.cert.exts.CertType.ssl.server",
        ],
    );
    assert_eq!(
        row,
        [
            "eth:ethertype:ip:tcp:tls:x509sat:x509sat:x509af:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509af:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:x509sat:pkcs-1:x509ce:pkixqualified:x509ce:x509ce:x509ce:x509ce:pkix1explicit:x509ce:logotypecertextn:ns_cert_exts:x509ce",
            "user1,user1",
            ".example.test,issuer.example.test",
            "2",
            "1",
            "40",
            "1",
        ]
    );
    let row = protocols_and(&common::unhex(NULL_EXTENSIONS), &[]);
    assert_eq!(
        row,
        [
            "eth:ethertype:ip:tcp:tls:x509sat:x509sat:pkcs-1:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:x509ce:pkixqualified:pkix1explicit:pkix1explicit:ns_cert_exts:ns_cert_exts:ns_cert_exts:ns_cert_exts:ns_cert_exts:x509sat:x509sat:x509sat:tls:pkixproxy:x509ce"
        ]
    );
}

/// A certificate whose alternative names are two otherNames (Microsoft's
/// user principal name, which x509sat registers, and 1.2.3.4, which none
/// does) and a DNS name.
const OTHER_NAMES: &str = "\
    3082016a30820110a003020102020107300a06082a8648ce3d040302300c310a300806035504030c016f301e170d3236\
    313230313132313435315a170d3236313233313132313435315a300c310a300806035504030c016f3059301306072a86\
    48ce3d020106082a8648ce3d030107034200044308298e7adeb2fb78775ac86730f385d8086ca847b05304899a7f6f63\
    563ea2a651fbd11da98bb9fcb4346f25228b6b3171c1c0272acb6292cf2768b9002d06a363306130400603551d110439\
    3037a021060a2b060104018237140203a0130c1175736572406578616d706c652e74657374a00a06032a0304a0030c01\
    788206612e74657374301d0603551d0e04160414d454d516bd6ea2acab6b8806dde9c93ebc1a5f13300a06082a8648ce\
    3d040302034800304502202b2b5cd2e320b59f7160b1d64ae5a73fdc5c8eca55e90001a0041253de45a36b022100ed7e\
    a71f22cc2951a78c863f8e35b3effaa4a264443c7eaae4cf5dea7060ffec";
#[test]
fn other_names_hand_their_value_to_the_registered_dissector() {
    let row = protocols_and(
        &common::unhex(OTHER_NAMES),
        &["x509ce.GeneralName", "x509ce.type_id", "x509sat.UTF8String"],
    );
    assert_eq!(
        row,
        [
            "eth:ethertype:ip:tcp:tls:x509sat:x509sat:pkcs-1:x509ce:x509sat:x509ce",
            "0,0,2",
            "1.3.6.1.4.1.311.20.2.3,1.2.3.4",
            "user@example.test"
        ]
    );
}
