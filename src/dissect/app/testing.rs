//! Helpers of the stream decoders' unit tests.

use super::{Dir, Message, StreamDecoder};
use crate::dissect::Layer;

/// Each value of `name` in the layer, as `-T fields` prints it.
pub fn vals(l: &Layer<'_>, name: &str) -> Vec<String> {
    l.fields
        .iter()
        .filter(|f| f.name() == name)
        .map(|f| {
            let mut s = String::new();
            crate::render::value::fields_repr(&mut s, f);
            s
        })
        .collect()
}

/// The one value of `name` in the layer (none or several fail the test).
pub fn one(l: &Layer<'_>, name: &str) -> String {
    let v = vals(l, name);
    assert_eq!(v.len(), 1, "{name}: {v:?} in {l:?}");
    v[0].clone()
}

/// A TCP conversation fed to a decoder as the TCP layer feeds one: a
/// segment a call, each side's stream offset, and before each segment its
/// frame number and ports (the client's is 40000, the server's `port`).
pub struct Feed<D> {
    pub d: D,
    pub at: [u64; 2],
    pub frame: u64,
    pub port: u16,
}

impl<D: StreamDecoder> Feed<D> {
    pub fn with(d: D, port: u16) -> Self {
        Feed {
            d,
            at: [0, 0],
            frame: 3,
            port,
        }
    }

    /// One segment of `dir`: the messages it completes.
    pub fn seg(&mut self, dir: Dir, data: &[u8]) -> Vec<Message> {
        self.frame += 1;
        self.d.set_frame(self.frame);
        if dir == Dir::Client {
            self.d.set_ports(40000, self.port);
        } else {
            self.d.set_ports(self.port, 40000);
        }
        let mut out = Vec::new();
        let i = dir.index();
        self.d.feed(dir, self.at[i], data, &mut out);
        self.at[i] += data.len() as u64;
        out
    }
}

/// A datagram from 10.0.0.1:`sport` to 10.0.0.2:`dport`, its payload at
/// frame offset 42, in frame 1, whole and in no ICMP error.
pub fn datagram(payload: &[u8], sport: u16, dport: u16) -> crate::dissect::spec::Datagram<'_> {
    let a = |x: u8| {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, x]);
        b
    };
    let (conv, side) = crate::flow::ConvKey::new(false, (a(1), sport), (a(2), dport));
    crate::dissect::spec::Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport,
        dport,
        conv,
        src_is_a: side == 0,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        memory_pressed: false,
    }
}
