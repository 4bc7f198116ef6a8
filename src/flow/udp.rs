//! UDP conversations: only a stream index, numbered as tshark's `udp.stream`.

use super::{ConvKey, MAX_TRACKED_CONVERSATIONS};
use std::collections::HashMap;

#[derive(Default)]
pub struct UdpTracker {
    streams: HashMap<ConvKey, u64>,
    next_index: u64,
}

impl UdpTracker {
    pub fn stream(&mut self, key: ConvKey) -> u64 {
        if let Some(&i) = self.streams.get(&key) {
            return i;
        }
        if self.streams.len() >= MAX_TRACKED_CONVERSATIONS {
            // Forget the older half (by stream number, i.e. first seen):
            // recent conversations keep their numbers. Runs once per
            // MAX_TRACKED_CONVERSATIONS / 2 new conversations.
            let cut = self.next_index - (MAX_TRACKED_CONVERSATIONS / 2) as u64;
            self.streams.retain(|_, i| *i >= cut);
        }
        let i = self.next_index;
        self.next_index += 1;
        self.streams.insert(key, i);
        i
    }
}
