//! OSI network-layer protocols by their NLPID (tshark 4.0's packet-osi.c)
//! and IS-IS (ISO 10589; packet-isis.c, -hello.c, -lsp.c, -snp.c, -clv.c)
//! as tshark 4.0 decodes them.
//!
//! The OSI layer names no fields: it hands the PDU to the protocol its
//! first byte (the NLPID) names. IS-IS (0x83) is decoded; an NLPID no
//! dissector takes shows tshark's `osi.nlpid`, `ISO` and `Unknown ISO
//! protocol (xx)` before the data. Other NLPIDs tshark decodes (CLNP,
//! ES-IS, Q.931, IP) are left as data here.
//!
//! IS-IS: the 8-byte common header (layer `isis`), then the PDU as its own
//! layer (`isis.hello`, `isis.lsp`, `isis.csnp`, `isis.psnp`): the fixed
//! part of its type, then its CLVs (type, length, value) within the PDU
//! length less the header length. See [`pdu`] for which CLVs are decoded.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first; a read past them stops the PDU as
//! tshark's exception does, keeping what was read.

pub mod fields;
mod pdu;

#[cfg(test)]
mod tests;

pub(crate) use pdu::{MT_OVERLOAD, PRIORITY_RESERVED};

use super::super::layer::{Layer, Osi};
use super::super::{Next, Walk};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;

ei!(RESERVED_NOTZERO, f::isis::RESERVED_NOTZERO, Protocol, Warn);

/// The NLPID of IS-IS.
const NLPID_ISIS: u8 = 0x83;

/// NLPIDs some tshark dissector takes (CLNP, ES-IS, Q.931 and the others
/// of its `osinl` tables): not "unknown", but not decoded here.
fn tshark_decodes(nlpid: u8) -> bool {
    matches!(
        nlpid,
        0x00 | 0x01 | 0x08 | 0x09 | 0x80 | 0x81 | 0x82 | 0x85 | 0x8a | 0x8e | 0xc0 | 0xcc | 0xcf
    )
}

/// A read past the captured bytes, ending at `0` (from the PDU's start).
#[derive(Debug)]
pub(super) struct Short(pub usize);

/// The OSI payload at `walk.off` (after LLC's DSAP 0xfe, Cisco HDLC's or
/// PPP's OSI protocol, GRE's 0x00fe).
pub(crate) fn osi(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = &walk.data[start..walk.end];
    let mut l = Layer::new(Osi::Network, "osi", start..start);
    let Some(&nlpid) = b.first() else {
        walk.short(&mut l, "OSI NLPID", 1, 0);
        walk.layers.push(l);
        return Next::Done;
    };
    if nlpid == NLPID_ISIS {
        walk.layers.push(l);
        return isis(walk);
    }
    if nlpid == 0x82 {
        walk.layers.push(l);
        return super::esis::esis(walk);
    }
    if !tshark_decodes(nlpid) {
        l.uint(f::osi::NLPID, nlpid);
        l.span = start..start + 1;
    }
    walk.layers.push(l);
    Next::Data(Osi::Network)
}

/// tshark's Info for an NLPID nobody decodes.
fn osi_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(n) = l.get_uint(f::osi::NLPID) {
        let _ = write!(out, "Unknown ISO protocol ({n:02x})");
    }
}

fn osi_column(_l: &Layer<'_>) -> &'static str {
    "ISO"
}

/// IS-IS's common header, then its PDU.
pub(crate) fn isis(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = &walk.data[start..walk.end];
    let mut l = Layer::new(Osi::Network, "isis", start..start + b.len().min(8));
    if let Err(Short(need)) = header(b, &mut l) {
        walk.short(&mut l, "IS-IS header", need, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    let header_len = usize::from(b[1]);
    let id_len = match b[3] {
        0 => 6,
        255 => 0,
        n => usize::from(n),
    };
    let kind = b[4] & 0x1f;
    walk.layers.push(l);
    let Some(name) = pdu::name(kind) else {
        // tshark: "Unknown ISIS packet type" then the rest as data.
        walk.off = start + 8;
        return Next::Data(Osi::Network);
    };
    let mut p = Layer::new(Osi::Network, name, start + 8..walk.end);
    let got = pdu::pdu(b, kind, header_len, id_len, &mut p);
    if let Err(Short(need)) = got {
        walk.short(&mut p, "IS-IS PDU", need, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(p);
    Next::Done
}

fn header<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    let byte = |i: usize| b.get(i).copied().ok_or(Short(i + 1));
    l.uint(f::isis::IRPD, byte(0)?);
    l.uint(f::isis::LEN, byte(1)?);
    l.uint(f::isis::VERSION, byte(2)?);
    l.uint(f::isis::SYSID_LEN, byte(3)?);
    let t = byte(4)?;
    l.uint(f::isis::TYPE_RESERVED, t & 0xe0);
    l.uint(f::isis::TYPE, t & 0x1f);
    l.uint(f::isis::VERSION2, byte(5)?);
    let reserved = byte(6)?;
    l.uint(f::isis::RESERVED, reserved);
    if reserved != 0 {
        expert::add(l, &RESERVED_NOTZERO, None);
    }
    l.uint(f::isis::MAX_AREA_ADR, byte(7)?);
    Ok(())
}

pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(t) = l.get_uint(f::isis::TYPE) {
        let _ = write!(
            out,
            "{}",
            f::isis::TYPE
                .value_name(t)
                .unwrap_or("Unknown ISIS packet type")
        );
    }
}

pub(crate) fn osi_summary(out: &mut String, l: &Layer<'_>) {
    osi_info(out, l);
}

use crate::dissect::spec::ProtocolSpec;

const fn pdu_spec(
    name: &'static str,
    title: &'static str,
    fields: &'static [&'static crate::dissect::field::FieldDef],
    column: fn(&Layer<'_>) -> &'static str,
) -> ProtocolSpec {
    ProtocolSpec {
        name,
        also: &[],
        title,
        osi: Osi::Network,
        fields,
        summary: pdu::summary,
        info: Some(pdu::info_at),
        column: Some(column),
        app: None,
    }
}

pub static OSI_SPEC: ProtocolSpec = ProtocolSpec {
    name: "osi",
    also: &[],
    title: "OSI",
    osi: Osi::Network,
    fields: f::osi::ALL,
    summary: osi_summary,
    info: Some(|out, layers, i| osi_info(out, &layers[i])),
    column: Some(osi_column),
    app: None,
};

pub static ISIS_SPEC: ProtocolSpec = ProtocolSpec {
    name: "isis",
    also: &[],
    title: "ISO 10589 ISIS InTRA Domain Routeing Information Exchange Protocol",
    osi: Osi::Network,
    fields: f::isis::ALL,
    summary,
    info: Some(|out, layers, i| summary(out, &layers[i])),
    column: Some(|_| "ISIS"),
    app: None,
};

pub static HELLO_SPEC: ProtocolSpec = pdu_spec(
    "isis.hello",
    "ISIS HELLO",
    f::isis_hello::ALL,
    |_| "ISIS HELLO",
);
pub static LSP_SPEC: ProtocolSpec = pdu_spec(
    "isis.lsp",
    "ISO 10589 ISIS Link State Protocol Data Unit",
    f::isis_lsp::ALL,
    |_| "ISIS LSP",
);
pub static CSNP_SPEC: ProtocolSpec = pdu_spec(
    "isis.csnp",
    "ISO 10589 ISIS Complete Sequence Numbers Protocol Data Unit",
    f::isis_csnp::ALL,
    |_| "ISIS CSNP",
);
pub static PSNP_SPEC: ProtocolSpec = pdu_spec(
    "isis.psnp",
    "ISO 10589 ISIS Partial Sequence Numbers Protocol Data Unit",
    f::isis_psnp::ALL,
    |_| "ISIS PSNP",
);
