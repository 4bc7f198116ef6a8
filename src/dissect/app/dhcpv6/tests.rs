//! Unit tests: messages from real captures (tcpdump's tests/, checked
//! against tshark 4.0.17), and broken ones that must not panic.

use super::*;

fn hexbytes(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn layer(b: &[u8]) -> Layer<'_> {
    dissect(b, b.len(), 0, false, false)
}

fn names(l: &Layer<'_>, name: &str) -> Vec<String> {
    l.fields
        .iter()
        .filter(|f| f.def.name == name)
        .map(|f| {
            let mut s = String::new();
            let _ = f.value.write_text(&mut s);
            s
        })
        .collect()
}
