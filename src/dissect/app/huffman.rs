//! The Huffman code of HPACK and QPACK string literals (RFC 7541,
//! Appendix B), decoded with a bit tree built once.
//!
//! `loona-hpack` decodes the same code, but builds a table of hash maps for
//! every string and looks each bit up in it: on HTTP/2 traffic that was a
//! sixth of all instructions. [`decode`] gives the same answers (the same
//! bytes, and a failure exactly where it fails); [`without_huffman`] hands
//! `loona-hpack` a header block with its Huffman strings already decoded,
//! so its table logic and its errors stay the ones tshark's were compared
//! against.

use std::borrow::Cow;
use std::sync::OnceLock;

/// (code, bit length) of each symbol, 256 being EOS.
const CODES: [(u32, u8); 257] = [
    (0x1ff8, 13),
    (0x7fffd8, 23),
    (0xfffffe2, 28),
    (0xfffffe3, 28),
    (0xfffffe4, 28),
    (0xfffffe5, 28),
    (0xfffffe6, 28),
    (0xfffffe7, 28),
    (0xfffffe8, 28),
    (0xffffea, 24),
    (0x3ffffffc, 30),
    (0xfffffe9, 28),
    (0xfffffea, 28),
    (0x3ffffffd, 30),
    (0xfffffeb, 28),
    (0xfffffec, 28),
    (0xfffffed, 28),
    (0xfffffee, 28),
    (0xfffffef, 28),
    (0xffffff0, 28),
    (0xffffff1, 28),
    (0xffffff2, 28),
    (0x3ffffffe, 30),
    (0xffffff3, 28),
    (0xffffff4, 28),
    (0xffffff5, 28),
    (0xffffff6, 28),
    (0xffffff7, 28),
    (0xffffff8, 28),
    (0xffffff9, 28),
    (0xffffffa, 28),
    (0xffffffb, 28),
    (0x14, 6),
    (0x3f8, 10),
    (0x3f9, 10),
    (0xffa, 12),
    (0x1ff9, 13),
    (0x15, 6),
    (0xf8, 8),
    (0x7fa, 11),
    (0x3fa, 10),
    (0x3fb, 10),
    (0xf9, 8),
    (0x7fb, 11),
    (0xfa, 8),
    (0x16, 6),
    (0x17, 6),
    (0x18, 6),
    (0x0, 5),
    (0x1, 5),
    (0x2, 5),
    (0x19, 6),
    (0x1a, 6),
    (0x1b, 6),
    (0x1c, 6),
    (0x1d, 6),
    (0x1e, 6),
    (0x1f, 6),
    (0x5c, 7),
    (0xfb, 8),
    (0x7ffc, 15),
    (0x20, 6),
    (0xffb, 12),
    (0x3fc, 10),
    (0x1ffa, 13),
    (0x21, 6),
    (0x5d, 7),
    (0x5e, 7),
    (0x5f, 7),
    (0x60, 7),
    (0x61, 7),
    (0x62, 7),
    (0x63, 7),
    (0x64, 7),
    (0x65, 7),
    (0x66, 7),
    (0x67, 7),
    (0x68, 7),
    (0x69, 7),
    (0x6a, 7),
    (0x6b, 7),
    (0x6c, 7),
    (0x6d, 7),
    (0x6e, 7),
    (0x6f, 7),
    (0x70, 7),
    (0x71, 7),
    (0x72, 7),
    (0xfc, 8),
    (0x73, 7),
    (0xfd, 8),
    (0x1ffb, 13),
    (0x7fff0, 19),
    (0x1ffc, 13),
    (0x3ffc, 14),
    (0x22, 6),
    (0x7ffd, 15),
    (0x3, 5),
    (0x23, 6),
    (0x4, 5),
    (0x24, 6),
    (0x5, 5),
    (0x25, 6),
    (0x26, 6),
    (0x27, 6),
    (0x6, 5),
    (0x74, 7),
    (0x75, 7),
    (0x28, 6),
    (0x29, 6),
    (0x2a, 6),
    (0x7, 5),
    (0x2b, 6),
    (0x76, 7),
    (0x2c, 6),
    (0x8, 5),
    (0x9, 5),
    (0x2d, 6),
    (0x77, 7),
    (0x78, 7),
    (0x79, 7),
    (0x7a, 7),
    (0x7b, 7),
    (0x7ffe, 15),
    (0x7fc, 11),
    (0x3ffd, 14),
    (0x1ffd, 13),
    (0xffffffc, 28),
    (0xfffe6, 20),
    (0x3fffd2, 22),
    (0xfffe7, 20),
    (0xfffe8, 20),
    (0x3fffd3, 22),
    (0x3fffd4, 22),
    (0x3fffd5, 22),
    (0x7fffd9, 23),
    (0x3fffd6, 22),
    (0x7fffda, 23),
    (0x7fffdb, 23),
    (0x7fffdc, 23),
    (0x7fffdd, 23),
    (0x7fffde, 23),
    (0xffffeb, 24),
    (0x7fffdf, 23),
    (0xffffec, 24),
    (0xffffed, 24),
    (0x3fffd7, 22),
    (0x7fffe0, 23),
    (0xffffee, 24),
    (0x7fffe1, 23),
    (0x7fffe2, 23),
    (0x7fffe3, 23),
    (0x7fffe4, 23),
    (0x1fffdc, 21),
    (0x3fffd8, 22),
    (0x7fffe5, 23),
    (0x3fffd9, 22),
    (0x7fffe6, 23),
    (0x7fffe7, 23),
    (0xffffef, 24),
    (0x3fffda, 22),
    (0x1fffdd, 21),
    (0xfffe9, 20),
    (0x3fffdb, 22),
    (0x3fffdc, 22),
    (0x7fffe8, 23),
    (0x7fffe9, 23),
    (0x1fffde, 21),
    (0x7fffea, 23),
    (0x3fffdd, 22),
    (0x3fffde, 22),
    (0xfffff0, 24),
    (0x1fffdf, 21),
    (0x3fffdf, 22),
    (0x7fffeb, 23),
    (0x7fffec, 23),
    (0x1fffe0, 21),
    (0x1fffe1, 21),
    (0x3fffe0, 22),
    (0x1fffe2, 21),
    (0x7fffed, 23),
    (0x3fffe1, 22),
    (0x7fffee, 23),
    (0x7fffef, 23),
    (0xfffea, 20),
    (0x3fffe2, 22),
    (0x3fffe3, 22),
    (0x3fffe4, 22),
    (0x7ffff0, 23),
    (0x3fffe5, 22),
    (0x3fffe6, 22),
    (0x7ffff1, 23),
    (0x3ffffe0, 26),
    (0x3ffffe1, 26),
    (0xfffeb, 20),
    (0x7fff1, 19),
    (0x3fffe7, 22),
    (0x7ffff2, 23),
    (0x3fffe8, 22),
    (0x1ffffec, 25),
    (0x3ffffe2, 26),
    (0x3ffffe3, 26),
    (0x3ffffe4, 26),
    (0x7ffffde, 27),
    (0x7ffffdf, 27),
    (0x3ffffe5, 26),
    (0xfffff1, 24),
    (0x1ffffed, 25),
    (0x7fff2, 19),
    (0x1fffe3, 21),
    (0x3ffffe6, 26),
    (0x7ffffe0, 27),
    (0x7ffffe1, 27),
    (0x3ffffe7, 26),
    (0x7ffffe2, 27),
    (0xfffff2, 24),
    (0x1fffe4, 21),
    (0x1fffe5, 21),
    (0x3ffffe8, 26),
    (0x3ffffe9, 26),
    (0xffffffd, 28),
    (0x7ffffe3, 27),
    (0x7ffffe4, 27),
    (0x7ffffe5, 27),
    (0xfffec, 20),
    (0xfffff3, 24),
    (0xfffed, 20),
    (0x1fffe6, 21),
    (0x3fffe9, 22),
    (0x1fffe7, 21),
    (0x1fffe8, 21),
    (0x7ffff3, 23),
    (0x3fffea, 22),
    (0x3fffeb, 22),
    (0x1ffffee, 25),
    (0x1ffffef, 25),
    (0xfffff4, 24),
    (0xfffff5, 24),
    (0x3ffffea, 26),
    (0x7ffff4, 23),
    (0x3ffffeb, 26),
    (0x7ffffe6, 27),
    (0x3ffffec, 26),
    (0x3ffffed, 26),
    (0x7ffffe7, 27),
    (0x7ffffe8, 27),
    (0x7ffffe9, 27),
    (0x7ffffea, 27),
    (0x7ffffeb, 27),
    (0xffffffe, 28),
    (0x7ffffec, 27),
    (0x7ffffed, 27),
    (0x7ffffee, 27),
    (0x7ffffef, 27),
    (0x7fffff0, 27),
    (0x3ffffee, 26),
    (0x3fffffff, 30),
];

const EOS: u16 = 256;
/// A tree node's child that is a symbol, not another node.
const LEAF: u16 = 0x8000;

/// Internal nodes: `[child for bit 0, child for bit 1]`; node 0 is the root.
fn tree() -> &'static [[u16; 2]] {
    static TREE: OnceLock<Vec<[u16; 2]>> = OnceLock::new();
    TREE.get_or_init(|| {
        let mut nodes: Vec<[u16; 2]> = vec![[0, 0]];
        for (symbol, &(code, len)) in CODES.iter().enumerate() {
            let mut node = 0usize;
            for i in (0..len).rev() {
                let bit = ((code >> i) & 1) as usize;
                if i == 0 {
                    nodes[node][bit] = LEAF | symbol as u16;
                } else {
                    if nodes[node][bit] == 0 {
                        nodes.push([0, 0]);
                        nodes[node][bit] = (nodes.len() - 1) as u16;
                    }
                    node = usize::from(nodes[node][bit]);
                }
            }
        }
        nodes
    })
}

/// The octets a Huffman-coded string literal stands for, or `None` when it
/// is invalid: EOS inside it, more than 7 bits of padding, or padding that
/// is not the EOS code's first bits (all ones), as RFC 7541 5.2 says.
pub fn decode(raw: &[u8]) -> Option<Vec<u8>> {
    let tree = tree();
    let mut out = Vec::with_capacity(raw.len() * 8 / 5 + 1);
    let mut node = 0usize;
    // Bits read since the last symbol, and whether all were ones.
    let mut pending = 0u32;
    let mut ones = true;
    for &byte in raw {
        for i in (0..8).rev() {
            let bit = (byte >> i) & 1;
            let next = tree[node][usize::from(bit)];
            pending += 1;
            ones &= bit == 1;
            if next & LEAF != 0 {
                let symbol = next & !LEAF;
                if symbol == EOS {
                    return None;
                }
                out.push(symbol as u8);
                node = 0;
                pending = 0;
                ones = true;
            } else {
                node = usize::from(next);
            }
        }
    }
    (pending <= 7 && ones).then_some(out)
}

/// An HPACK integer with an `n`-bit prefix at the start of `b`: its value
/// and length, rejected where `loona-hpack` rejects it (more than five
/// octets, or cut short).
fn integer(b: &[u8], n: u8) -> Option<(usize, usize)> {
    let mask = ((1u16 << n) - 1) as u8;
    let mut value = usize::from(*b.first()? & mask);
    if value < usize::from(mask) {
        return Some((value, 1));
    }
    let mut total = 1;
    let mut shift = 0;
    for &c in &b[1..] {
        total += 1;
        value += usize::from(c & 127) << shift;
        shift += 7;
        if c & 128 == 0 {
            return Some((value, total));
        }
        if total == 5 {
            return None;
        }
    }
    None
}

/// `value` as an HPACK integer with a 7-bit prefix and the H bit clear.
fn put_length(out: &mut Vec<u8>, mut value: usize) {
    if value < 127 {
        out.push(value as u8);
        return;
    }
    out.push(127);
    value -= 127;
    while value >= 128 {
        out.push((value & 127) as u8 | 128);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Copies the string literal at `b[*p..]` to `out`, decoded when it is a
/// valid Huffman string; `None` when it is cut short.
fn string(b: &[u8], p: &mut usize, out: &mut Vec<u8>) -> Option<()> {
    let huffman = *b.get(*p)? & 0x80 != 0;
    let (len, n) = integer(&b[*p..], 7)?;
    let raw = b.get(*p + n..(*p + n).checked_add(len)?)?;
    // A decoded length must stay within what the length integer can say
    // in five octets (it can grow by 8/5).
    match huffman.then(|| decode(raw)).flatten() {
        Some(text) if text.len() < 1 << 27 => {
            put_length(out, text.len());
            out.extend_from_slice(&text);
        }
        _ => out.extend_from_slice(&b[*p..*p + n + len]),
    }
    *p += n + len;
    Some(())
}

/// The header block with each valid Huffman string literal replaced by the
/// same octets sent raw. Everything else is copied as it is, and from the
/// first representation that does not parse on, the rest is copied
/// untouched: the HPACK decoder then meets the same error at the same
/// place and has decoded the same headers before it.
pub fn without_huffman(block: &[u8]) -> Cow<'_, [u8]> {
    let mut out = Vec::with_capacity(block.len() * 2);
    let mut p = 0;
    let mut any = false;
    while p < block.len() {
        let start = p;
        let mark = out.len();
        let first = block[p];
        // Prefix size of the index, and whether string literals follow.
        let (prefix, literal) = if first & 0x80 != 0 {
            (7, false)
        } else if first & 0x40 != 0 {
            (6, true)
        } else if first & 0x20 != 0 {
            (5, false)
        } else {
            (4, true)
        };
        let parsed = integer(&block[p..], prefix).and_then(|(index, n)| {
            out.extend_from_slice(&block[p..p + n]);
            p += n;
            if literal {
                if index == 0 {
                    any |= block.get(p).is_some_and(|b| b & 0x80 != 0);
                    string(block, &mut p, &mut out)?;
                }
                any |= block.get(p).is_some_and(|b| b & 0x80 != 0);
                string(block, &mut p, &mut out)?;
            }
            Some(())
        });
        if parsed.is_none() {
            out.truncate(mark);
            out.extend_from_slice(&block[start..]);
            break;
        }
    }
    if any {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(block)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What loona-hpack's own decoder says, for comparison.
    fn loona(raw: &[u8]) -> Option<Vec<u8>> {
        loona_hpack::huffman::HuffmanDecoder::new().decode(raw).ok()
    }

    #[test]
    fn decodes_rfc_7541_examples_and_agrees_with_loona_everywhere() {
        // RFC 7541 C.4.1: "www.example.com".
        let raw = [
            0xf1, 0xe3, 0xc2, 0xe5, 0xf2, 0x3a, 0x6b, 0xa0, 0xab, 0x90, 0xf4, 0xff,
        ];
        assert_eq!(decode(&raw).as_deref(), Some(&b"www.example.com"[..]));
        // Every one- and two-byte input, and a sweep of longer ones:
        // same bytes, same failures (EOS, long or wrong padding).
        for a in 0..=255u8 {
            assert_eq!(decode(&[a]), loona(&[a]), "{a:02x}");
            for b in 0..=255u8 {
                assert_eq!(decode(&[a, b]), loona(&[a, b]), "{a:02x}{b:02x}");
            }
        }
        let mut x = 0x1234_5678u32;
        for len in 3..40 {
            for _ in 0..50 {
                let raw: Vec<u8> = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        x as u8 | if x & 0x300 == 0 { 0 } else { 0xe0 }
                    })
                    .collect();
                assert_eq!(decode(&raw), loona(&raw), "{raw:02x?}");
            }
        }
    }

    #[test]
    fn blocks_without_huffman_decode_to_the_same_headers() {
        // RFC 7541 C.4: three requests with Huffman strings, one dynamic
        // table across them; then cut and corrupted copies of each.
        let blocks: [&[u8]; 3] = [
            &[
                0x82, 0x86, 0x84, 0x41, 0x8c, 0xf1, 0xe3, 0xc2, 0xe5, 0xf2, 0x3a, 0x6b, 0xa0, 0xab,
                0x90, 0xf4, 0xff,
            ],
            &[
                0x82, 0x86, 0x84, 0xbe, 0x58, 0x86, 0xa8, 0xeb, 0x10, 0x64, 0x9c, 0xbf,
            ],
            &[
                0x82, 0x87, 0x85, 0xbf, 0x40, 0x88, 0x25, 0xa8, 0x49, 0xe9, 0x5b, 0xa9, 0x7d, 0x7f,
                0x89, 0x25, 0xa8, 0x49, 0xe9, 0x5b, 0xb8, 0xe8, 0xb4, 0xbf,
            ],
        ];
        let run = |blocks: &[Vec<u8>], rewrite: bool| {
            let mut d = loona_hpack::Decoder::new();
            let mut seen = Vec::new();
            for b in blocks {
                let b = if rewrite {
                    without_huffman(b).into_owned()
                } else {
                    b.clone()
                };
                let r = d.decode_with_cb(&b, |n, v| seen.push((n.to_vec(), v.to_vec())));
                seen.push((format!("{r:?}").into_bytes(), Vec::new()));
            }
            seen
        };
        let whole: Vec<Vec<u8>> = blocks.iter().map(|b| b.to_vec()).collect();
        assert_eq!(run(&whole, true), run(&whole, false));
        assert!(matches!(without_huffman(blocks[0]), Cow::Owned(_)));
        for (i, b) in blocks.iter().enumerate() {
            for cut in 0..b.len() {
                let mut v = whole.clone();
                v[i].truncate(cut);
                assert_eq!(run(&v, true), run(&v, false), "block {i} cut at {cut}");
                for flip in [0x01, 0x80, 0xff] {
                    let mut v = whole.clone();
                    v[i][cut] ^= flip;
                    assert_eq!(
                        run(&v, true),
                        run(&v, false),
                        "block {i} byte {cut} ^ {flip}"
                    );
                }
            }
        }
    }
}
