//! The JSON items on bodies crafted to reach tshark's grammar and
//! json_string_unescape's corners (blanks inside numbers, `NaN`, texts one
//! after another, a trailing comma, escapes and surrogates, a `\u` escape
//! ending a string, raw bytes), with the values tshark 4.0.17 gives on the
//! same bytes sent as HTTP responses (`tshark -T fields -E separator='|'`
//! with the fields of [`FIELDS`]).

use super::*;
use crate::dissect::Osi;

const FIELDS: &[&FieldDef] = &[
    f::json::MEMBER,
    f::json::KEY,
    f::json::PATH,
    f::json::VALUE_STRING,
    f::json::VALUE_NUMBER,
    f::json::MEMBER_WITH_VALUE,
    f::json::PATH_WITH_VALUE,
    f::json::OBJECT,
    f::json::ARRAY,
    f::json::VALUE_TRUE,
    f::json::VALUE_FALSE,
    f::json::VALUE_NULL,
    f::json::VALUE_NAN,
];

/// Each body and tshark's row for it.
const TSHARK: &[(&[u8], &str)] = &[
    (
        b"{\"a\": 1 , \"b\":[1, 2.5e3, -0.5, \"x\", true, false, null], \"c\": {\"d\": \"e\\u00e9\\n\\\"q\\\"\", \"f\": []}}",
        "a,b,c,d,f|a,b,d,f,c|/a,/b,/c/d,/c/f,/c|x,eé\\n\"q\"|1,1,2.5e3,-0.5|a:1,[]:1,[]:2.5e3,[]:-0.5,[]:x,[]:true,[]:false,[]:null,d:eé\\n\"q\"|/a:1,/b/[]:1,/b/[]:2.5e3,/b/[]:-0.5,/b/[]:x,/b/[]:true,/b/[]:false,/b/[]:null,/c/d:eé\\n\"q\"|1,1|1,1|1|1|1|",
    ),
    (
        b"[1,{\"k\":\"v\"},[2,[3]]]",
        "k|k|/[]/k|v|1,2,3|[]:1,k:v,[]:2,[]:3|/[]:1,/[]/k:v,/[]/[]:2,/[]/[]/[]:3|1|1,1,1||||",
    ),
    (
        b"  {\"a\":1}  {\"b\":2}  tail",
        "a,b|a,b|/a,/b||1,2|a:1,b:2|/a:1,/b:2|1,1|||||",
    ),
    (
        b"{\"a\":1,}",
        "||||||||||||",
    ),
    (
        b"{\"s\":\"\\u0001x\\ud83d\\ude00y\\udc00z\"}",
        "s|s|/s|x😀y�z||s:x😀y�z|/s:x😀y�z|1|||||",
    ),
    (
        b"{\"n\":NaN,\"m\": - 5,\"o\": 1 .5}",
        "n,m,o|n,m,o|/n,/m,/o||- 5,1 .5|n:NaN,m:- 5,o:1 .5|/n:NaN,/m:- 5,/o:1 .5|1|||||1",
    ),
    (
        b"xyz {\"a\":1}",
        "||||||||||||",
    ),
    (
        b"{}",
        "|||||||1|||||",
    ),
    (
        b"[]",
        "||||||||1||||",
    ),
    (
        b"{\"a\":\"b\"",
        "||||||||||||",
    ),
    (
        b"{\"e\":\"\", \"k\\\"ey\":\"\\/\"}",
        "e,k\"ey|e,k\"ey|/e,/k\"ey|,/||e:,k\"ey:/|/e:,/k\"ey:/|1|||||",
    ),
    (
        b"{\"a\": 1 }",
        "a|a|/a||1|a:1|/a:1|1|||||",
    ),
    (
        b"{\"a\": 1.5 , \"b\": 1e5 , \"c\": -1 , \"d\": 0 , \"e\": 1 2, \"f\": 1E+2 }",
        "a,b,c,d,e,f|a,b,c,d,e,f|/a,/b,/c,/d,/e,/f||1.5,1e5,-1,0,1 2,1E+2|a:1.5,b:1e5,c:-1,d:0,e:1 2,f:1E+2|/a:1.5,/b:1e5,/c:-1,/d:0,/e:1 2,/f:1E+2|1|||||",
    ),
    (
        b"[1 ]",
        "||||1|[]:1|/[]:1||1||||",
    ),
    (
        b"[ 0 , 12 ]",
        "||||0,12|[]:0,[]:12|/[]:0,/[]:12||1||||",
    ),
    (
        b"{\"s\": \"tab\x09raw\", \"u\": \"\xc3\xa9\", \"x\": \"a\xc3\xbfb\"}",
        "s,u,x|s,u,x|/s,/u,/x|tab\\traw,é,aÿb||s:tab\\traw,u:é,x:aÿb|/s:tab\\traw,/u:é,/x:aÿb|1|||||",
    ),
    (
        b"{\"s\":  \"  lead\" }",
        "s|s|/s|  lead||s:  lead|/s:  lead|1|||||",
    ),
    (
        b"{\"a\":true , \"b\":null }",
        "a,b|a,b|/a,/b|||a:true,b:null|/a:true,/b:null|1||1||1|",
    ),
    (
        b"{\"a\":\"\\u0000z\\u00a0\\u200b\\ufeff\"}",
        "a|a|/a|z ||a:z |/a:z |1|||||",
    ),
    (
        b"{ \"a\" : { } , \"b\" : [ ] }",
        "a,b|a,b|/a,/b|||||1,1|1||||",
    ),
    (
        b"{\"bad\":\"a\xffb\xc3\"}",
        "bad|bad|/bad|a||bad:a|/bad:a|1|||||",
    ),
    (
        b"{\"a\":\"x\\u00e9\"}",
        "a|a|/a|x||a:x|/a:x|1|||||",
    ),
    (
        b"{\"a\":\"x\\u00e9y\"}",
        "a|a|/a|xéy||a:xéy|/a:xéy|1|||||",
    ),
    (
        b"{\"a\":\"\\ud83dXyz\"}",
        "a|a|/a|�yz||a:�yz|/a:�yz|1|||||",
    ),
    (
        b"{\"a\":\"\\ud83d\\u0041q\"}",
        "a|a|/a|�q||a:�q|/a:�q|1|||||",
    ),
    (
        b"{\"a\":\"x\\ud83d\"}",
        "a|a|/a|x||a:x|/a:x|1|||||",
    ),
    (
        b"{\"a\":\"\\uD83D\\uDE00\"}",
        "a|a|/a|||a:|/a:|1|||||",
    ),
    (
        b"{\"k\\u00e9y\":1}",
        "kéy|kéy|/kéy||1|kéy:1|/kéy:1|1|||||",
    ),
    (
        b"{\"a\":\"\\u0041\"}",
        "a|a|/a|||a:|/a:|1|||||",
    ),
    (
        b"[\"\\n\\\"\",  \"a\\\\b\"]",
        "|||\\n\",a\\b||[]:\\n\",[]:a\\b|/[]:\\n\",/[]:a\\b||1||||",
    ),
    (
        b"{\"a\":\"\\u00e\"}",
        "||||||||||||",
    ),
];

/// A row as `tshark -T fields -E separator='|'` writes it: occurrences
/// joined by `,`, a label item as `1`, CR, LF and tab escaped.
fn row(l: &Layer<'_>) -> String {
    FIELDS
        .iter()
        .map(|d| {
            l.fields
                .iter()
                .filter(|x| std::ptr::eq(x.def, *d))
                .map(|x| match &x.value {
                    Value::Str(s) => s
                        .replace('\n', "\\n")
                        .replace('\t', "\\t")
                        .replace('\r', "\\r"),
                    _ => "1".to_string(),
                })
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect::<Vec<_>>()
        .join("|")
}

fn layer_of(body: &[u8]) -> (Layer<'static>, usize) {
    let mut l = Layer::new(Osi::Application, "http", 0..0);
    let end = dissect(&mut l, body);
    (l, end)
}

#[test]
fn items_as_tshark_gives_them() {
    for (body, want) in TSHARK {
        let (l, _) = layer_of(body);
        assert_eq!(row(&l), *want, "{}", String::from_utf8_lossy(body));
        assert!(l.anomalies.is_empty());
    }
}

/// Where the parser stops: what is left is the text lines dissector's
/// (tshark's frame.protocols on the same bodies: `json:data-text-lines`
/// exactly for those that leave something).
#[test]
fn extent_leaves_the_rest_to_the_text_lines_dissector() {
    for (body, end) in [
        (&b"  {\"a\":1}  {\"b\":2}  tail"[..], 20),
        (b"{\"a\":1,}", 0),
        (b"xyz {\"a\":1}", 0),
        (b"{\"a\":\"b\"", 0),
        (b"   ", 0),
        (b"[] \r\n", 5),
        (b"{\"a\":\"\\q\"}", 0),
        (b"{\"a\":01}", 0),
        (b"[1 2]", 5),
        (b"[truex]", 0),
    ] {
        assert_eq!(extent(body), end, "{}", String::from_utf8_lossy(body));
        assert_eq!(layer_of(body).1, end);
    }
    for (body, _) in TSHARK {
        let (_, end) = layer_of(body);
        assert_eq!(extent(body), end);
    }
}

/// Any depth is read without recursion, and a body of many values gives
/// at most ITEMS_MAX items, saying how many it left out.
#[test]
fn deep_and_wide_bodies_stay_bounded() {
    let mut deep = vec![b'['; 200_000];
    deep.extend(vec![b']'; 200_000]);
    assert_eq!(extent(&deep), deep.len());
    let (l, _) = layer_of(&deep[..20_000]);
    assert!(l.fields.is_empty(), "a text cut short adds nothing");

    let mut wide = b"[".to_vec();
    for i in 0..180_000 {
        if i > 0 {
            wide.push(b',');
        }
        wide.extend_from_slice(b"1");
    }
    wide.push(b']');
    let (l, end) = layer_of(&wide);
    assert_eq!(end, wide.len());
    assert_eq!(l.fields.len(), ITEMS_MAX);
    assert_eq!(l.anomalies.len(), 1);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Evicted);
    assert!(
        l.anomalies[0].reason.starts_with(&format!(
            "{} JSON items left out",
            1 + 3 * 180_000 - ITEMS_MAX
        )),
        "{}",
        l.anomalies[0].reason
    );
}

/// Every prefix and mangled copies of the crafted bodies: no panic, and
/// the parser never claims more than the body.
#[test]
fn prefixes_and_mangled_bodies_do_not_panic() {
    let mut rng = crate::test_rng::Rng(0x9e37_79b9_7f4a_7c15);
    for (body, _) in TSHARK {
        for n in 0..=body.len() {
            let (_, end) = layer_of(&body[..n]);
            assert!(end <= n);
        }
        for _ in 0..200 {
            let mut b = body.to_vec();
            if b.is_empty() {
                continue;
            }
            let i = rng.below(b.len() as u64) as usize;
            b[i] = rng.below(256) as u8;
            let (_, end) = layer_of(&b);
            assert!(end <= b.len());
        }
    }
}
