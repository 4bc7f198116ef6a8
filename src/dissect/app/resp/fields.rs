pub mod resp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static STRING: &F = field!(F::new("resp.string", String, "String"));
    pub static ERROR: &F = field!(F::new("resp.error", String, "Error"));
    pub static BULK_STRING: &F = field!(F::new("resp.bulk_string", None, "Bulk String"));
    pub static BULK_STRING_VALUE: &F = field!(F::new("resp.bulk_string.value", Bytes, "Value"));
    pub static BULK_STRING_LENGTH: &F = field!(F::new("resp.bulk_string.length", Int32, "Length"));
    pub static INTEGER: &F = field!(F::new("resp.integer", Int64, "Integer"));
    pub static ARRAY: &F = field!(F::new("resp.array", None, "Array"));
    pub static ARRAY_LENGTH: &F = field!(F::new("resp.array.length", Int64, "Length"));
    pub static FRAGMENT: &F = field!(F::new("resp.fragment", None, "Fragment"));
    pub static PARTIAL: &F = field!(F::new(
        "resp.partial",
        None,
        "Field is only partially decoded"
    ));
    pub static MALFORMED_LENGTH: &F = field!(F::new(
        "resp.malformed_length",
        None,
        "Malformed length specified"
    ));
    pub static REASSEMBLED_IN_NEXT_FRAME: &F = field!(F::new(
        "resp.reassembled_in_next_frame",
        None,
        "Array is partially decoded. Re-assembled array is in the next frame"
    ));
    pub static ARRAY_RECURSION_TOO_DEEP: &F = field!(F::new(
        "resp.array_recursion_too_deep",
        None,
        "Array is too deep to recurse any further. Subsequent elements attached to the protocol tree may not reflect their actual location in the array"
    ));

    /// tshark's Info column for this dissector call: `Request:` or
    /// `Response:` and what each element adds.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.resp.info", String, "Info")
            .blurb("The Info column's text for this dissector call")
    );

    pub static ALL: &[&F] = &[
        STRING,
        ERROR,
        BULK_STRING,
        BULK_STRING_VALUE,
        BULK_STRING_LENGTH,
        INTEGER,
        ARRAY,
        ARRAY_LENGTH,
        FRAGMENT,
        PARTIAL,
        MALFORMED_LENGTH,
        REASSEMBLED_IN_NEXT_FRAME,
        ARRAY_RECURSION_TOO_DEEP,
        OSIDUMP_INFO,
    ];
}
