//! `-d tcp.port==N,websocket` reads a conversation's bytes as WebSocket
//! frames from its first byte, as tshark's Decode As does: a capture that
//! starts after the HTTP upgrade. The expected rows are tshark 4.0.17's on
//! the same frames (`tshark -r F -d tcp.port==8765,websocket -T fields
//! -e ...`).

mod common;

/// One masked client frame (key 01020304).
fn ws(b0: u8, payload: &[u8]) -> Vec<u8> {
    let key = [1u8, 2, 3, 4];
    let mut f = vec![b0, 0x80 | payload.len() as u8];
    f.extend_from_slice(&key);
    f.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
    f
}

#[test]
fn websocket_frames_from_the_first_byte() {
    // A message in two fragments and an empty final continuation (tshark
    // never reads an empty frame: the message stays open), a whole frame,
    // then a fragmented message that joins the open one.
    let mut conv = common::TcpConv::open(40000, 8765);
    for frame in [
        ws(0x01, b"hel"),
        ws(0x00, b"lo"),
        ws(0x80, b""),
        ws(0x81, b"whole"),
        ws(0x01, b"ab"),
        ws(0x80, b"c"),
        ws(0x81, b"x"),
    ] {
        conv.send(true, &frame);
    }
    let frames = conv.frames;
    let pcap = common::pcap_of(1, 100, &frames);
    common::keep_crafted("websocket-decode-as.pcap", &pcap);
    // The handshake's three frames first.
    let rows = common::fields_rows_with(
        pcap.clone(),
        &["-d", "tcp.port==8765,websocket", "-Y", "frame.number > 3"],
        &[
            "frame.protocols",
            "websocket.opcode",
            "websocket.fragment.count",
            "websocket.payload.text",
            "_ws.col.Info",
        ],
    );
    let p = "eth:ethertype:ip:tcp:websocket";
    let t = "eth:ethertype:ip:tcp:websocket:data-text-lines";
    assert_eq!(
        rows,
        [
            [p, "1", "", "", "WebSocket Text[FRAGMENT]  [MASKED]"],
            [p, "0", "", "", "WebSocket Continuation[FRAGMENT]  [MASKED]"],
            [p, "0", "", "", "WebSocket Continuation [FIN] [MASKED]"],
            [t, "1", "", "whole", "WebSocket Text [FIN] [MASKED]"],
            [p, "1", "", "", "WebSocket Text[FRAGMENT]  [MASKED]"],
            [
                t,
                "0",
                "4",
                "helloabc",
                "WebSocket Continuation [FIN] [MASKED]"
            ],
            [t, "1", "", "x", "WebSocket Text [FIN] [MASKED]"],
        ]
    );
    // Without the rule, port 8765 is nobody's: TCP data.
    let rows = common::fields_rows(pcap, Some("frame.number > 3"), &["frame.protocols"]);
    assert!(
        rows.iter().all(|r| r[0] == "eth:ethertype:ip:tcp:data"),
        "{rows:?}"
    );
}
