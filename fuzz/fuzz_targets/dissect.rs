//! Any bytes as a frame of any link type: dissect and render must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osidump::dissect::Dissector;
use osidump::render::{Format, Options, Order, Renderer};
use osidump::source::{Frame, Timestamp};

fuzz_target!(|input: &[u8]| {
    let Some((&lt_sel, data)) = input.split_first() else {
        return;
    };
    let linktype = [0, 1, 12, 101, 113, 228, 229, 276, 9][usize::from(lt_sel) % 9];
    let mut dissector = Dissector::new();
    // Twice, so per-conversation state sees a second segment.
    for number in 1..=2 {
        let frame = Frame {
            number,
            ts: Timestamp::new(1_700_000_000, 0),
            orig_len: data.len() as u32 + u32::from(lt_sel & 1),
            data,
            linktype,
            interface_id: None,
            interface_name: None,
        };
        let d = dissector.dissect(&frame);
        for format in [Format::Tree, Format::Line, Format::Json] {
            let mut r = Renderer::new(Options {
                format,
                order: Order::TopDown,
                verbose: true,
                hex: true,
                color: false,
                lang: Default::default(),
            });
            let _ = r.render(&mut std::io::sink(), &d);
        }
    }
});
