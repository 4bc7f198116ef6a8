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
