//! Any bytes as a capture file: reading must end in frames or an error,
//! never a panic or a hang. The body is `osidump::fuzzing::capture_file`,
//! which the test suite runs too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| osidump::fuzzing::capture_file(input));
