//! L5 Session: our own layer (Wireshark has none). It names where each
//! conversation is — the TCP phase as a phone call (dial, answer, talk,
//! hang up), TLS and WebSocket steps — on every packet that moves it.

pub mod fields {
    use crate::dissect::field::{FieldDef as F, FieldType::*};
    use crate::field;

    pub static STREAM: &F = field!(
        F::new("osidump.stream", Uint32, "Stream")
            .blurb("The conversation's stream index (tcp.stream)")
    );
    pub static PHASE: &F = field!(
        F::new("osidump.phase", String, "Phase")
            .blurb("Where the TCP connection is: handshake, established, closing, closed, reset")
    );
    pub static CALL: &F = field!(
        F::new("osidump.call", String, "Call step")
            .blurb("The phase as a phone call: dial, answer, talk, hang up")
    );
    pub static TLS_PHASE: &F = field!(
        F::new("osidump.tls.phase", String, "TLS step")
            .blurb("The TLS handshake step this packet carries")
    );
    pub static TLS_SESSION: &F = field!(
        F::new("osidump.tls.session", String, "TLS session")
            .blurb("Session id offered, resumed or new, handshake complete")
    );
    pub static WEBSOCKET_PHASE: &F = field!(
        F::new("osidump.websocket.phase", String, "WebSocket step")
            .blurb("Upgrade requested, accepted, open, close sent, closed")
    );

    pub static ALL: &[&F] = &[STREAM, PHASE, CALL, TLS_PHASE, TLS_SESSION, WEBSOCKET_PHASE];
}
