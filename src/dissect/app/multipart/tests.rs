use super::*;

fn layer(body: &[u8], ty: &str, params: &str) -> Layer<'static> {
    match dissect(body, ty, Some(params)) {
        Outcome::Layer(l) => l,
        Outcome::NoBoundary => panic!("no boundary"),
    }
}

fn strs(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Vec<String> {
    l.all(def)
        .map(|v| match v {
            Value::Str(s) => s.to_string(),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn form_data_parts_go_to_data_and_text_lines() {
    let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ntest\r\n--XyZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n--XyZ--\r\n";
    let l = layer(body, "multipart/form-data", "boundary=XyZ");
    let m = f::mime_multipart::HEADER_CONTENT_DISPOSITION;
    assert_eq!(strs(&l, m), ["form-data;name=\"a\""]);
    assert_eq!(
        strs(&l, f::mime_multipart::HEADER_CONTENT_TYPE),
        ["text/plain;charset=utf-8"]
    );
    assert_eq!(strs(&l, f::mime_multipart::FIRST_BOUNDARY), ["--XyZ\r\n"]);
    assert_eq!(strs(&l, f::mime_multipart::BOUNDARY), ["\r\n--XyZ\r\n"]);
    assert_eq!(
        strs(&l, f::mime_multipart::LAST_BOUNDARY),
        ["\r\n--XyZ--\r\n"]
    );
    assert_eq!(l.all(f::mime_multipart::PART).count(), 2);
    assert_eq!(l.get_uint(f::data::LEN), Some(4));
    assert_eq!(
        l.get_str(f::mime_multipart::OSIDUMP_PROTOCOLS),
        Some("data:data-text-lines")
    );
    assert_eq!(
        l.get_str(f::mime_multipart::OSIDUMP_INFO),
        Some(" (text/plain)")
    );
    assert!(!l.has(f::mime_multipart::TRAILER));
}

#[test]
fn preamble_trailer_and_quoted_boundary() {
    let body = b"\r\n--a b\r\nContent-type: application/pdf\r\n\r\n%PDF\r\n--a b--\r\nbye";
    let l = layer(body, "multipart/byteranges", "boundary=\"a b\"");
    assert_eq!(
        l.get(f::mime_multipart::PREAMBLE),
        Some(&Value::Bytes(Cow::Borrowed(b"\r\n")))
    );
    assert_eq!(
        l.get(f::mime_multipart::TRAILER),
        Some(&Value::Bytes(Cow::Borrowed(b"bye")))
    );
    assert_eq!(
        l.get_str(f::mime_multipart::OSIDUMP_PROTOCOLS),
        Some("media")
    );
    assert_eq!(
        l.get(f::media::TYPE),
        Some(&Value::Bytes(Cow::Borrowed(b"%PDF")))
    );
}

#[test]
fn nested_multipart_is_listed_in_call_order() {
    let body = b"--o\r\nContent-Type: multipart/alternative; boundary=i\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\nx\r\n--i\r\nContent-Type: text/html\r\n\r\n<b>\r\n--i--\r\n\r\n--o\r\nContent-Type: application/octet-stream\r\n\r\n\x01\x02\r\n--o--\r\n";
    let l = layer(body, "multipart/mixed", "boundary=o");
    assert_eq!(
        l.get_str(f::mime_multipart::OSIDUMP_PROTOCOLS),
        Some("mime_multipart:data-text-lines:data-text-lines:data")
    );
    assert_eq!(l.all(f::mime_multipart::PART).count(), 4);
}

#[test]
fn close_delimiter_glued_to_the_part() {
    let body = b"--b\r\nContent-Type: application/octet-stream\r\n\r\nabc--b--";
    let l = layer(body, "multipart/form-data", "boundary=b");
    assert_eq!(strs(&l, f::mime_multipart::LAST_BOUNDARY), ["--b--"]);
    assert_eq!(l.get_uint(f::data::LEN), Some(3));
}

#[test]
fn no_boundary_parameter() {
    assert!(matches!(
        dissect(b"--x\r\n", "multipart/mixed", Some("a=b; charset")),
        Outcome::NoBoundary
    ));
    assert!(matches!(
        dissect(b"--x\r\n", "multipart/mixed", Some("boundary")),
        Outcome::NoBoundary
    ));
    assert!(matches!(
        dissect(b"--x\r\n", "multipart/mixed", None),
        Outcome::NoBoundary
    ));
}

#[test]
fn compacting_headers() {
    let (h, colon) =
        unfold_and_compact(b"Content-Type :  text/plain ;\r\n  charset = \"a  b\"\r\nNext: x");
    assert_eq!(h, b"Content-Type:text/plain;charset=\"a  b\"");
    assert_eq!(colon, Some(12));
    assert_eq!(
        find_parameter(b"a=1;Boundary=\"q\\\"x\";c", b"boundary"),
        Some(b"q\"x".to_vec())
    );
}

#[test]
fn hostile_bodies_never_panic() {
    let bodies: &[&[u8]] = &[
        b"",
        b"--b",
        b"--b\r\n",
        b"--b\r\nContent-Type: text/plain",
        b"--b\nContent-Type: text/plain\n\nx\n--b--",
        b"--b\r\n\r\n--b--",
        b"x--b--",
        b"--b\r\n--b\r\n--b\r\n--b--\r\n",
        b"--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n--b--",
        b"--b\r\nX: \xff\xfe\r\n\r\n\r\n--b--",
        b"\r--b\rContent-Type: image/gif\r\r\nGIF89a\r--b--",
    ];
    for b in bodies {
        let _ = dissect(b, "multipart/mixed", Some("boundary=b"));
        for cut in 0..b.len() {
            let _ = dissect(&b[..cut], "multipart/mixed", Some("boundary=b"));
        }
    }
}

#[test]
fn without_a_boundary_the_last_parameters_value_is_read() {
    // tshark 4.0's ws_find_media_type_parameter: a key not found gives the
    // value of the last parameter.
    let l = layer(
        b"--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n--x--\r\n",
        "multipart/mixed",
        "charset=x",
    );
    assert_eq!(l.all(f::mime_multipart::PART).count(), 1);
    assert_eq!(
        find_parameter(b"a=b;c=\"d\"", b"boundary"),
        Some(b"d".to_vec())
    );
    assert_eq!(find_parameter(b"a=b;c", b"boundary"), None);
    assert_eq!(
        find_parameter(b"boundary=z;q=r", b"boundary"),
        Some(b"z".to_vec())
    );
    assert_eq!(
        find_parameter(b"x=1;boundary=", b"boundary"),
        Some(Vec::new())
    );
}
