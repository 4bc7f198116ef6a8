//! Manufacturer names of OUIs (`eth.src.oui_resolved`, the SNAP OUI in
//! LLC's Info), read from Wireshark's own `manuf` and `wka` files, where
//! tshark reads them: the names are Wireshark's (IEEE's registry edited by
//! hand: "Radware", "Officially Xerox, ..."), so no other copy gives
//! tshark's answer, and a table compiled in would drift from the tshark it
//! is compared with. Without the files the names are not shown — what
//! tshark itself shows without them — and a filter or `-e` naming one
//! says it is not supported (see [`unavailable`]).
//!
//! The files are read as addr_resolv.c's initialize_ethers reads them: a
//! line is an address, a short name and an optional long name; only
//! three-byte addresses (manufacturer IDs) go to this table, the last line
//! for an ID wins, a name is cut at 63 bytes (MAXNAMELEN), and a lookup
//! is by the exact three bytes (get_manuf_name_if_known: a group address
//! is not looked up without its group bit).

use std::path::PathBuf;
use std::sync::OnceLock;

/// The OUIs with a name, sorted by OUI; each name is a range of `names`.
pub struct Manuf {
    entries: Vec<(u32, u32, u32)>,
    names: String,
}

/// MAXNAMELEN - 1: what g_strlcpy keeps of a name.
const MAX_NAME: usize = 63;

impl Manuf {
    /// The table of the files' text, in the order tshark reads them.
    pub fn parse(texts: &[&str]) -> Manuf {
        let mut names = String::new();
        let mut seq = 0u32;
        let mut raw: Vec<(u32, u32, u32, u32)> = Vec::new();
        for text in texts {
            for line in text.lines() {
                let Some((oui, name)) = manufacturer_line(line) else {
                    continue;
                };
                let start = names.len() as u32;
                names.push_str(name);
                raw.push((oui, seq, start, names.len() as u32));
                seq += 1;
            }
        }
        // The last line for an ID wins (wmem_map_insert replaces).
        raw.sort_unstable_by_key(|&(oui, seq, _, _)| (oui, std::cmp::Reverse(seq)));
        raw.dedup_by_key(|e| e.0);
        let entries = raw.into_iter().map(|(oui, _, s, e)| (oui, s, e)).collect();
        Manuf { entries, names }
    }

    /// The long name (the short one when the line has none) of the first
    /// three bytes of an address.
    pub fn name(&self, oui: u32) -> Option<&str> {
        let i = self.entries.binary_search_by_key(&oui, |e| e.0).ok()?;
        let (_, s, e) = self.entries[i];
        self.names.get(s as usize..e as usize)
    }
}

/// A line's manufacturer ID and the name tshark keeps for it, if it is a
/// manufacturer line (parse_ether_line with masks accepted, mask 0).
fn manufacturer_line(line: &str) -> Option<(u32, &str)> {
    // fgetline stops at the first CR or LF; g_strstrip, then a comment
    // anywhere ends the line.
    let line = line.split(['\r', '\n']).next().unwrap_or("");
    let line = line.trim_matches(|c: char| c.is_ascii_whitespace());
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let line = line.split('#').next().unwrap_or("").trim_end();
    // strtok(" \t") twice, then strtok("\t") for the long name.
    let mut rest = line;
    let mut token = |delims: &[char]| -> Option<&str> {
        let s = rest.trim_start_matches(delims);
        if s.is_empty() {
            return None;
        }
        let end = s.find(delims).unwrap_or(s.len());
        rest = s.get(end + 1..).unwrap_or("");
        Some(&s[..end])
    };
    let addr = token(&[' ', '\t'])?;
    let short = token(&[' ', '\t'])?;
    let long = token(&['\t']).unwrap_or(short);
    let oui = manufacturer_id(addr)?;
    Some((oui, cut(long)))
}

/// The three bytes of "XX:XX:XX" / "XX-XX-XX" (or with one-digit octets,
/// parse_ether_address's slower form): a manufacturer ID has exactly three
/// octets and no mask.
fn manufacturer_id(addr: &str) -> Option<u32> {
    if addr.contains('/') {
        return None;
    }
    let sep = addr.chars().find(|c| matches!(c, ':' | '-' | '.'))?;
    let mut oui = 0u32;
    let mut n = 0;
    for octet in addr.split(sep) {
        if octet.is_empty() || octet.len() > 2 || !octet.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        oui = oui << 8 | u32::from_str_radix(octet, 16).ok()?;
        n += 1;
    }
    (n == 3).then_some(oui)
}

/// A name as g_strlcpy into MAXNAMELEN bytes keeps it (at a character
/// boundary: the bytes tshark keeps of a cut character are not text).
fn cut(name: &str) -> &str {
    if name.len() <= MAX_NAME {
        return name;
    }
    let mut end = MAX_NAME;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Where tshark 4.0 reads its data files: `$WIRESHARK_DATA_DIR` when set,
/// else the directory it was installed with (Debian's, or a source
/// build's).
fn data_dirs() -> Vec<PathBuf> {
    match std::env::var_os("WIRESHARK_DATA_DIR") {
        Some(d) if !d.is_empty() => vec![PathBuf::from(d)],
        _ => vec![
            PathBuf::from("/usr/share/wireshark"),
            PathBuf::from("/usr/local/share/wireshark"),
        ],
    }
}

/// The table, read once from the first data directory with a `manuf`
/// file; `None` when there is none.
pub fn table() -> Option<&'static Manuf> {
    static TABLE: OnceLock<Option<Manuf>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let dir = data_dirs()
                .into_iter()
                .find(|d| d.join("manuf").is_file())?;
            let manuf = std::fs::read(dir.join("manuf")).ok()?;
            let wka = std::fs::read(dir.join("wka")).unwrap_or_default();
            let manuf = String::from_utf8_lossy(&manuf);
            let wka = String::from_utf8_lossy(&wka);
            Some(Manuf::parse(&[&manuf, &wka]))
        })
        .as_ref()
}

/// The name of the OUI of `addr`'s first three bytes.
pub fn name_of(addr: &[u8; 6]) -> Option<&'static str> {
    table()?.name(u32::from_be_bytes([0, addr[0], addr[1], addr[2]]))
}

/// Why a field resolved from the table cannot be answered here: no
/// `manuf` file was found. `None` for every other field.
pub fn unavailable(name: &str) -> Option<String> {
    if !name.ends_with(".oui_resolved") || table().is_some() {
        return None;
    }
    Some(format!(
        "not supported: \"{name}\" needs Wireshark's manufacturer table, its `manuf` file \
         (installed with tshark), found in none of {} (set WIRESHARK_DATA_DIR to its folder)",
        data_dirs()
            .iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_as_tshark_reads_them() {
        let manuf = "\
# a comment line
00:00:0C\tCisco\tCisco Systems, Inc
00:03:B2\tRadware
00:00:18\tWebsterC\tWebster Computer Corporation\t# Appletalk/Ethernet Gateway
00:1B:C5:00:00:00/36\tMasked\tA /36 block is no manufacturer ID
01-80-C2-00-00-00\tWhole\tA whole address is no manufacturer ID
00:1F:F8\tSiemens\tSiemens AG, Sector Industry, Drive Technologies, Motion Control Systems
00:03:5F\tPr\u{fc}ftech\tPr\u{fc}ftechnik Condition Monitoring GmbH & Co. KG
0:a:b\tShort\tOne-digit octets
00:00:0C\tLater\tA later line wins
  \t
";
        let wka = "08-00-07\tApple\tApple, Inc.\n";
        let m = Manuf::parse(&[manuf, wka]);
        assert_eq!(m.name(0x00000c), Some("A later line wins"));
        assert_eq!(m.name(0x0003b2), Some("Radware"));
        assert_eq!(m.name(0x000018), Some("Webster Computer Corporation"));
        assert_eq!(m.name(0x001bc5), None);
        assert_eq!(m.name(0x0180c2), None);
        assert_eq!(
            m.name(0x001ff8),
            Some("Siemens AG, Sector Industry, Drive Technologies, Motion Control")
        );
        assert_eq!(
            m.name(0x00035f),
            Some("Pr\u{fc}ftechnik Condition Monitoring GmbH & Co. KG")
        );
        assert_eq!(m.name(0x000a0b), Some("One-digit octets"));
        assert_eq!(m.name(0x080007), Some("Apple, Inc."));
        assert_eq!(m.name(0x010000), None);
        assert_eq!(m.entries.len(), 7);
    }

    #[test]
    fn a_name_is_cut_at_a_character_boundary() {
        let long = format!("{}\u{e9}tail", "x".repeat(62));
        assert_eq!(cut(&long), "x".repeat(62));
        assert_eq!(cut("short"), "short");
    }
}
