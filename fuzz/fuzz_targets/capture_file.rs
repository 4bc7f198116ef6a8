//! Any bytes as a capture file: reading must end in frames or an error,
//! never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osidump::dissect::Dissector;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;

fuzz_target!(|input: &[u8]| {
    let reader: Box<dyn std::io::Read + Send> = Box::new(std::io::Cursor::new(input.to_vec()));
    let Ok(mut source) = FileSource::new(reader) else {
        return;
    };
    let mut dissector = Dissector::new();
    while let Ok(Some(frame)) = source.next_frame() {
        let _ = dissector.dissect(&frame);
    }
});
