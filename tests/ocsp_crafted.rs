//! OCSP messages made for this test with `openssl ocsp` (none of the
//! corpus): a CA, a responder certificate (OCSPSigning, `noCheck`) and three
//! leaf certificates, one good, one revoked (keyCompromise), one the index
//! does not hold (unknown); the request asks for all three with a nonce,
//! the response is signed by the responder, names it by name and carries
//! its certificate; the stapled one names it by key and carries none.
//! Sent as HTTP bodies (`application/ocsp-request`, `-response`) and in a
//! TLS Certificate Status message, with the values tshark 4.0 gives on the
//! same bytes (checked once with `tshark -r F -T fields ...`; set
//! `OSIDUMP_KEEP_CRAFTED=DIR` to write the captures there and check
//! again).

mod common;

const REQ: &str = "\
    3081e83081e53081bd303d303b300906052b0e03021a0500041416a45091e696a1ca5d374b920f3e8ace770fcac60414\
    34af7ba026d48d5502364f6e8071cb481f42277302021001303d303b300906052b0e03021a0500041416a45091e696a1\
    ca5d374b920f3e8ace770fcac6041434af7ba026d48d5502364f6e8071cb481f42277302021002303d303b300906052b\
    0e03021a0500041416a45091e696a1ca5d374b920f3e8ace770fcac6041434af7ba026d48d5502364f6e8071cb481f42\
    277302021003a2233021301f06092b060105050730010204120410d37ecedf5143ff95407890462cb60189";
const RESP: &str = "\
    3082040a0a0100a0820403308203ff06092b0601050507300101048203f0308203ec308201b6a1353033311530130603\
    55040a0c0c6f736964756d702074657374311a301806035504030c11726573702e6578616d706c652e74657374180f32\
    303236313230323030343633385a308201453063303b300906052b0e03021a0500041416a45091e696a1ca5d374b920f\
    3e8ace770fcac6041434af7ba026d48d5502364f6e8071cb481f422773020210018000180f3230323631323032303034\
    3633385aa011180f32303236313230393030343633385a3079303b300906052b0e03021a0500041416a45091e696a1ca\
    5d374b920f3e8ace770fcac6041434af7ba026d48d5502364f6e8071cb481f42277302021002a116180f323032363131\
    30313132303030305aa0030a0101180f32303236313230323030343633385aa011180f32303236313230393030343633\
    385a3063303b300906052b0e03021a0500041416a45091e696a1ca5d374b920f3e8ace770fcac6041434af7ba026d48d\
    5502364f6e8071cb481f422773020210038200180f32303236313230323030343633385aa011180f3230323631323039\
    3030343633385aa1233021301f06092b060105050730010204120410d37ecedf5143ff95407890462cb60189300a0608\
    2a8648ce3d04030203490030460221009c49661f38f6bc70bb1c6ac59b8afa1c1013b765423fca952e48477bc3e90094\
    022100992442055ab3fe836a959ad5056d51b15e292c27321cb6de15cd96afe0bef9a9a08201d7308201d3308201cf30\
    820176a003020102020110300a06082a8648ce3d040302303b310b3009060355040613024b5231153013060355040a0c\
    0c6f736964756d7020746573743115301306035504030c0c6f6373702074657374204341301e170d3236313230323030\
    343633345a170d3336313132393030343633345a303331153013060355040a0c0c6f736964756d702074657374311a30\
    1806035504030c11726573702e6578616d706c652e746573743059301306072a8648ce3d020106082a8648ce3d030107\
    034200048a06681c3d2ef5aeb9ed49f0216ebab8b7f5d6ac1a31e13fcb1101bcd755ec3e68bd1a1a164b9c2697e9749f\
    530025b9333e04effd44be63888382beb69c4c43a373307130090603551d130402300030130603551d25040c300a0608\
    2b06010505070309300f06092b060105050730010504020500301d0603551d0e041604148457b6bad55e162a5c496bbd\
    641834d12a1bdfb0301f0603551d2304183016801434af7ba026d48d5502364f6e8071cb481f422773300a06082a8648\
    ce3d040302034700304402200dab3f410d36562b8000db4a79847728d816f3f3c9e7d96ff9c2469eecc71baf022002f3\
    e2d44eb485dd6cba064c1829f1d29bf98ea305216f57e9fc01473386cdec";
const STAPLE: &str = "\
    308201030a0100a081fd3081fa06092b06010505073001010481ec3081e9308190a21604148457b6bad55e162a5c496b\
    bd641834d12a1bdfb0180f32303236313230323030343633385a30653063303b300906052b0e03021a0500041416a450\
    91e696a1ca5d374b920f3e8ace770fcac6041434af7ba026d48d5502364f6e8071cb481f422773020210018000180f32\
    303236313230323030343633385aa011180f32303236313230393030343633385a300a06082a8648ce3d040302034800\
    30450220380a31eaaa961f08dcfbe566c8d58effd68dfa248ec4e9349db78c8e212af8d80221008634469daf481f3dbf\
    842e2d2dce13cd98c8bea55c5078bacf819e63fc61975a";

fn http(head: &str, body: &[u8]) -> Vec<u8> {
    let mut m = format!("{head}Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    m.extend_from_slice(body);
    m
}

/// An OCSP request and response over HTTP, the response in two segments.
fn http_capture() -> Vec<u8> {
    let req = http(
        "POST /ocsp HTTP/1.1\r\nHost: ocsp.example.test\r\nContent-Type: application/ocsp-request\r\n",
        &common::unhex(REQ),
    );
    let resp = http(
        "HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\n",
        &common::unhex(RESP),
    );
    let mut c = common::TcpConv::open(40001, 80);
    c.send(true, &req);
    c.send(false, &resp[..600]);
    c.send(false, &resp[600..]);
    common::pcapng_with("eth0", &c.close())
}

/// A TLS 1.2 record holding a Certificate Status message (OCSP) with the
/// stapled response.
fn status_capture() -> Vec<u8> {
    let der = common::unhex(STAPLE);
    let u24 = |n: usize| (n as u32).to_be_bytes()[1..].to_vec();
    let mut body = vec![1];
    body.extend(u24(der.len()));
    body.extend_from_slice(&der);
    let mut hs = vec![22];
    hs.extend(u24(body.len()));
    hs.extend(body);
    let mut rec = vec![22, 3, 3];
    rec.extend_from_slice(&(hs.len() as u16).to_be_bytes());
    rec.extend(hs);
    let mut c = common::TcpConv::open(40002, 443);
    c.send(false, &rec);
    common::pcapng_with("eth0", &c.close())
}

/// Each row of `-T fields` for the frames `filter` selects.
fn rows(pcap: Vec<u8>, filter: &str, fields: &[&str]) -> Vec<Vec<String>> {
    common::fields_rows(pcap, Some(filter), fields)
}

#[test]
fn ocsp_over_http_reads_as_tshark_shows_it() {
    let pcap = http_capture();
    common::keep_crafted("ocsp-http.pcapng", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "ocsp.requestList",
        "ocsp.serialNumber",
        "ocsp.requestExtensions",
        "pkix1explicit.id",
        "ocsp.ReOcspNonce",
        "ocsp.responseStatus",
        "ocsp.responseType.id",
        "ocsp.responderID",
        "ocsp.byName",
        "ocsp.producedAt",
        "ocsp.responses",
        "ocsp.certStatus",
        "ocsp.revocationTime",
        "ocsp.revocationReason",
        "ocsp.thisUpdate",
        "ocsp.nextUpdate",
        "ocsp.responseExtensions",
        "ocsp.certs",
        "ocsp.NULL_element",
        "x509af.extension.id",
        "ocsp.signature",
    ];
    let got = rows(pcap, "ocsp", &fields);
    let request = [
        "eth:ethertype:ip:tcp:http:ocsp:ocsp",
        "OCSP",
        "Request",
        "3",
        "1001,1002,1003",
        "1",
        "1.3.6.1.5.5.7.48.1.2",
        "d37ecedf5143ff95407890462cb60189",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ];
    let updates = |t: &str| [t, t, t].join(",");
    let this = updates("Dec  2, 2026 00:46:38.000000000 UTC");
    let next = updates("Dec  9, 2026 00:46:38.000000000 UTC");
    let response = [
        "eth:ethertype:ip:tcp:http:ocsp:ocsp:x509sat:x509sat:ocsp:x509sat:x509sat:x509sat:\
         x509sat:x509sat:pkcs-1:x509ce:x509ce:ocsp:x509ce:x509ce",
        "OCSP",
        "Response",
        "",
        "1001,1002,1003",
        "",
        "1.3.6.1.5.5.7.48.1.2",
        "d37ecedf5143ff95407890462cb60189",
        "0",
        "1.3.6.1.5.5.7.48.1.1",
        "1",
        "0",
        "Dec  2, 2026 00:46:38.000000000 UTC",
        "3",
        "0,1,2",
        "Nov  1, 2026 12:00:00.000000000 UTC",
        "1",
        &this,
        &next,
        "1",
        "1",
        "1",
        "2.5.29.19,2.5.29.37,1.3.6.1.5.5.7.48.1.5,2.5.29.14,2.5.29.35",
        "30460221009c49661f38f6bc70bb1c6ac59b8afa1c1013b765423fca952e48477bc3e900940221009924\
         42055ab3fe836a959ad5056d51b15e292c27321cb6de15cd96afe0bef9a9",
    ];
    assert_eq!(got.len(), 2, "{got:?}");
    for (row, want) in got.iter().zip([&request, &response]) {
        assert_eq!(row.len(), fields.len(), "{row:?}");
        for ((f, g), w) in fields.iter().zip(row).zip(want.iter()) {
            assert_eq!(g, w, "{f}");
        }
    }
}

#[test]
fn a_stapled_response_reads_as_tshark_shows_it() {
    let pcap = status_capture();
    common::keep_crafted("ocsp-status.pcapng", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "tls.handshake.extensions_status_request_type",
        "tls.handshake.ocsp_response_len",
        "ocsp.responseStatus",
        "ocsp.responderID",
        "ocsp.byKey",
        "ocsp.serialNumber",
        "ocsp.certStatus",
        "ocsp.signature",
    ];
    let got = rows(pcap, "ocsp", &fields);
    assert_eq!(
        got,
        [[
            "eth:ethertype:ip:tcp:tls:ocsp",
            "TLSv1.2",
            "Certificate Status",
            "1",
            "263",
            "0",
            "2",
            "8457b6bad55e162a5c496bbd641834d12a1bdfb0",
            "1001",
            "0",
            "30450220380a31eaaa961f08dcfbe566c8d58effd68dfa248ec4e9349db78c8e212af8d80221008634\
             469daf481f3dbf842e2d2dce13cd98c8bea55c5078bacf819e63fc61975a",
        ]]
    );
}

/// Every cut and every one-byte change of the messages decodes without a
/// panic, over HTTP and in TLS.
#[test]
fn damaged_messages_never_panic() {
    for hex in [REQ, RESP, STAPLE] {
        let der = common::unhex(hex);
        let mut bodies: Vec<Vec<u8>> = (1..der.len())
            .step_by(7)
            .map(|n| der[..n].to_vec())
            .collect();
        for i in (0..der.len()).step_by(5) {
            let mut b = der.clone();
            b[i] ^= 0x80;
            bodies.push(b);
        }
        let mut c = common::TcpConv::open(40003, 80);
        for (n, b) in bodies.iter().enumerate() {
            let ty = if n % 2 == 0 { "request" } else { "response" };
            c.send(
                true,
                &http(
                    &format!("POST / HTTP/1.1\r\nContent-Type: application/ocsp-{ty}\r\n"),
                    b,
                ),
            );
        }
        let pcap = common::pcapng_with("eth0", &c.close());
        let got = rows(pcap, "ocsp", &["_ws.col.Protocol"]);
        assert_eq!(got.len(), bodies.len());
    }
}
