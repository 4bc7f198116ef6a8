//! The bodies of the programs osidump decodes over RPC, as tshark 4.0's
//! packet-portmap.c, packet-mount.c and packet-nfs.c show them: Portmap
//! v2 (GETPORT, SET, UNSET, DUMP), MOUNT v1 and v3 (MNT, UMNT, EXPORT,
//! DUMP) and NFS v3's procedures (file handles with their CRC-32 hash,
//! attributes, status). Other procedures and versions show their
//! procedure only, their bytes as data.
//!
//! Each decoder reads the body `t` into the program's layer and returns
//! how many bytes it read; a read past the end is the exception tshark's
//! dissector throws. A call may leave a word for its reply (`private`:
//! NFS ACCESS's mask).

use super::{R, Short, Tvb, opaque};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use crate::source::Timestamp;
use std::borrow::Cow;
use std::fmt::Write;

/// The body of procedure `proc_` of program `prog` version `vers`: its
/// result and the bytes read.
#[allow(clippy::too_many_arguments)]
pub(super) fn body(
    prog: u32,
    vers: u32,
    proc_: u32,
    is_call: bool,
    t: Tvb<'_>,
    l: &mut Layer<'static>,
    info: &mut String,
    private: &mut u32,
) -> Outcome {
    let mut b = B {
        t,
        l,
        info,
        off: 0,
        decoded: true,
        announce: None,
    };
    let r = match (prog, vers) {
        (100000, 2) => b.portmap(proc_, is_call, private),
        (100005, 1 | 3) => b.mount(vers, proc_, is_call),
        (100003, 3) => b.nfs3(proc_, is_call, private),
        (100003, 2) if is_call => b.nfs2_call(proc_),
        (100227, 3) => b.nfsacl3(proc_, is_call),
        // Known but not decoded here (tshark decodes it all): shown as
        // the program's layer only.
        _ => {
            b.decoded = false;
            Ok(())
        }
    };
    Outcome {
        r,
        used: b.off,
        decoded: b.decoded,
        announce: b.announce,
    }
}

/// What a body's decoder did.
pub(super) struct Outcome {
    pub r: R<()>,
    /// Bytes read.
    pub used: usize,
    /// The procedure is one decoded here (else what follows is not data).
    pub decoded: bool,
    /// A UDP port a GETPORT reply gave for its program: tshark makes a
    /// conversation of the replying address and this port, RPC's.
    pub announce: Option<u16>,
}

struct B<'t, 'l> {
    t: Tvb<'t>,
    l: &'l mut Layer<'static>,
    info: &'l mut String,
    off: usize,
    /// The procedure is one decoded here (else what follows is not data).
    decoded: bool,
    announce: Option<u16>,
}

const ACCESS_NAMES: [(u32, &str, usize); 6] = [
    (0x01, "RD", 0),
    (0x02, "LU", 1),
    (0x04, "MD", 2),
    (0x08, "XT", 3),
    (0x10, "DL", 4),
    (0x20, "XE", 5),
];

impl B<'_, '_> {
    fn u32(&mut self, def: &'static FieldDef) -> R<u32> {
        let v = self.t.u32(self.off)?;
        self.l.uint(def, v);
        self.off += 4;
        Ok(v)
    }

    fn u64(&mut self, def: &'static FieldDef) -> R<u64> {
        let v = self.t.u64(self.off)?;
        self.l.uint(def, v);
        self.off += 8;
        Ok(v)
    }

    fn boolean(&mut self, def: &'static FieldDef) -> R<bool> {
        let v = self.t.u32(self.off)? != 0;
        self.l.boolean(def, v);
        self.off += 4;
        Ok(v)
    }

    fn string(&mut self, def: &'static FieldDef) -> R<String> {
        let (end, v) = opaque(&self.t, self.off, self.l, def, true)?;
        self.off = end;
        Ok(String::from_utf8_lossy(&v).into_owned())
    }

    fn bytes(&mut self, def: &'static FieldDef) -> R<Vec<u8>> {
        let (end, v) = opaque(&self.t, self.off, self.l, def, false)?;
        self.off = end;
        Ok(v)
    }

    fn fixed(&mut self, def: &'static FieldDef, len: usize) -> R<()> {
        let v = self.t.bytes(self.off, len)?;
        self.l.push(def, Value::Bytes(Cow::Owned(v.to_vec())));
        self.off += len;
        Ok(())
    }

    // -----------------------------------------------------------------
    // Portmap

    fn portmap(&mut self, proc_: u32, is_call: bool, private: &mut u32) -> R<()> {
        use f::portmap as p;
        match (proc_, is_call) {
            (1..=3, true) => {
                let prog = self.u32(p::PROG)?;
                let vers = self.u32(p::VERSION)?;
                let proto = self.u32(p::PROTO)?;
                self.u32(p::PORT)?;
                if proc_ == 3 {
                    // The reply's port is the program's on this protocol.
                    *private = proto | 0x8000_0000;
                    let name = super::program(prog).map_or("Unknown", |x| x.short);
                    let proto = match proto {
                        6 => "TCP".to_string(),
                        17 => "UDP".to_string(),
                        n => format!("Unknown ({n})"),
                    };
                    let _ = write!(self.info, " {name}({prog}) V:{vers} {proto}");
                }
            }
            (3, false) => {
                let port = self.u32(p::PORT)?;
                if port == 0 {
                    self.info.push_str(" PROGRAM_NOT_AVAILABLE");
                } else {
                    let _ = write!(self.info, " Port:{port}");
                    if *private == 0x8000_0000 | 17 {
                        self.announce = u16::try_from(port).ok();
                    }
                }
            }
            (4, false) => loop {
                let follows = self.t.u32(self.off)? != 0;
                self.l.boolean(f::rpc::VALUE_FOLLOWS, follows);
                self.off += 4;
                if !follows {
                    break;
                }
                self.u32(p::PROG)?;
                self.u32(p::VERSION)?;
                self.u32(p::PROTO)?;
                self.u32(p::PORT)?;
            },
            _ => self.decoded = false,
        }
        Ok(())
    }

    // -----------------------------------------------------------------
    // MOUNT

    fn mount(&mut self, vers: u32, proc_: u32, is_call: bool) -> R<()> {
        use f::mount as m;
        match (proc_, is_call) {
            (1 | 3, true) => {
                let path = self.string(m::PATH)?;
                self.info.push(' ');
                self.info.push_str(&path);
            }
            (1, false) => {
                let status = self.u32(m::STATUS)?;
                if status != 0 {
                    return Ok(());
                }
                if vers == 1 {
                    self.fh2()?;
                } else {
                    self.fh3()?;
                    let n = self.u32(m::FLAVORS)?;
                    for _ in 0..n {
                        self.u32(m::FLAVOR)?;
                    }
                }
            }
            (2, false) => loop {
                if !self.boolean(f::rpc::VALUE_FOLLOWS)? {
                    break;
                }
                self.string(m::DUMP_HOSTNAME)?;
                self.string(m::DUMP_DIRECTORY)?;
            },
            (5, false) => loop {
                if !self.boolean(f::rpc::VALUE_FOLLOWS)? {
                    break;
                }
                self.string(m::EXPORT_DIRECTORY)?;
                loop {
                    if !self.boolean(f::rpc::VALUE_FOLLOWS)? {
                        break;
                    }
                    self.string(m::EXPORT_GROUP)?;
                }
            },
            (0 | 3 | 4, false) => {}
            _ => self.decoded = false,
        }
        Ok(())
    }

    // -----------------------------------------------------------------
    // NFSACL (v3 GETACL)

    fn acl_mask(&mut self) -> R<()> {
        use f::nfsacl as a;
        let m = self.u32(a::MASK)?;
        for (def, bit) in [
            (a::MASK_ACL_ENTRY, 1),
            (a::MASK_ACL_COUNT, 2),
            (a::MASK_DEFAULT_ACL_ENTRY, 4),
            (a::MASK_DEFAULT_ACL_COUNT, 8),
        ] {
            self.l.boolean(def, m & bit != 0);
        }
        Ok(())
    }

    fn acl_entries(&mut self, count: &'static FieldDef) -> R<()> {
        use f::nfsacl as a;
        self.u32(count)?;
        // The entries: an XDR array (its own length, not shown).
        let n = self.t.u32(self.off)?;
        self.off += 4;
        for _ in 0..n {
            // Each entry's 12 bytes are its item's.
            self.t.bytes(self.off, 12)?;
            self.l.present(a::ACLENT);
            self.u32(a::ACLENT_TYPE)?;
            self.u32(a::ACLENT_UID)?;
            let p = self.u32(a::ACLENT_PERM)?;
            self.l.boolean(a::ACLENT_PERM_READ, p & 4 != 0);
            self.l.boolean(a::ACLENT_PERM_WRITE, p & 2 != 0);
            self.l.boolean(a::ACLENT_PERM_EXEC, p & 1 != 0);
        }
        Ok(())
    }

    fn nfsacl3(&mut self, proc_: u32, is_call: bool) -> R<()> {
        match (proc_, is_call) {
            (1, true) => {
                self.fh3()?;
                self.acl_mask()?;
            }
            (1, false) => {
                let status = self.u32(f::nfs::STATUS)?;
                if status == 0 {
                    self.l.present(f::nfsacl::ACL);
                    self.post_op_attr()?;
                    self.acl_mask()?;
                    self.acl_entries(f::nfsacl::ACLCNT)?;
                    self.acl_entries(f::nfsacl::DFACLCNT)?;
                }
            }
            _ => self.decoded = false,
        }
        Ok(())
    }

    // -----------------------------------------------------------------
    // NFS

    /// An NFS v2 file handle (32 bytes).
    fn fh2(&mut self) -> R<u32> {
        let b = self.t.bytes(self.off, 32)?;
        let hash = crate::dissect::wire::crc32(b);
        self.l.uint(f::nfs::FH_HASH, hash);
        self.l
            .push(f::nfs::FHANDLE, Value::Bytes(Cow::Owned(b.to_vec())));
        self.off += 32;
        Ok(hash)
    }

    /// `dissect_nfs3_fh`: length, hash, handle; the hash.
    fn fh3(&mut self) -> R<u32> {
        let len = self.t.u32(self.off)? as usize;
        self.l.uint(f::nfs::FH_LENGTH, len as u64);
        self.off += 4;
        let b = self.t.bytes(self.off, len)?;
        let hash = crate::dissect::wire::crc32(b);
        if len > 0 {
            self.l.uint(f::nfs::FH_HASH, hash);
            self.l
                .push(f::nfs::FHANDLE, Value::Bytes(Cow::Owned(b.to_vec())));
        }
        let padded = len.checked_add(3).ok_or(Short::Past)? & !3;
        self.t.bytes(self.off, padded)?;
        self.off += padded;
        Ok(hash)
    }

    fn status3(&mut self) -> R<u32> {
        let v = self.t.u32(self.off)?;
        self.l.uint(f::nfs::STATUS3, v);
        self.l.uint(f::nfs::STATUS, v);
        self.off += 4;
        Ok(v)
    }

    fn time(
        &mut self,
        def: &'static FieldDef,
        sec: &'static FieldDef,
        nsec: &'static FieldDef,
        relative: bool,
    ) -> R<()> {
        let s = self.t.u32(self.off)?;
        let n = self.t.u32(self.off + 4)?;
        if relative {
            let ns = i64::from(s) * 1_000_000_000 + i64::from(n);
            self.l.push(def, Value::rel_time(ns));
        } else {
            self.l.push(
                def,
                Value::Time(Timestamp::new(i64::from(s), n.min(999_999_999))),
            );
        }
        self.l.uint(sec, s);
        self.l.uint(nsec, n);
        self.off += 8;
        Ok(())
    }

    fn mode3(&mut self) -> R<u32> {
        use f::nfs as n;
        let mode = self.u32(n::MODE3)?;
        for (def, bit) in [
            (n::MODE3_SUID, 0x800),
            (n::MODE3_SGID, 0x400),
            (n::MODE3_STICKY, 0x200),
            (n::MODE3_RUSR, 0x100),
            (n::MODE3_WUSR, 0x80),
            (n::MODE3_XUSR, 0x40),
            (n::MODE3_RGRP, 0x20),
            (n::MODE3_WGRP, 0x10),
            (n::MODE3_XGRP, 0x8),
            (n::MODE3_ROTH, 0x4),
            (n::MODE3_WOTH, 0x2),
            (n::MODE3_XOTH, 0x1),
        ] {
            self.l.boolean(def, mode & bit != 0);
        }
        Ok(mode)
    }

    /// `dissect_nfs3_fattr`: the summary tshark appends to the Info column
    /// (`  Directory mode: 1777 uid: 0 gid: 0`).
    fn fattr3(&mut self) -> R<String> {
        use f::nfs as n;
        let ty = self.u32(n::FATTR3_TYPE)?;
        let mode = self.mode3()?;
        self.u32(n::FATTR3_NLINK)?;
        let uid = self.u32(n::FATTR3_UID)?;
        let gid = self.u32(n::FATTR3_GID)?;
        self.u64(n::FATTR3_SIZE)?;
        self.u64(n::FATTR3_USED)?;
        self.u32(n::SPECDATA1)?;
        self.u32(n::SPECDATA2)?;
        self.u64(n::FATTR3_FSID)?;
        self.u64(n::FATTR3_FILEID)?;
        self.time(n::ATIME, n::ATIME_SEC, n::ATIME_NSEC, false)?;
        self.time(n::MTIME, n::MTIME_SEC, n::MTIME_NSEC, false)?;
        self.time(n::CTIME, n::CTIME_SEC, n::CTIME_NSEC, false)?;
        let tyname = n::FATTR3_TYPE.value_name(ty.into()).unwrap_or("Unknown");
        Ok(format!(
            "  {tyname} mode: {:04o} uid: {uid} gid: {gid}",
            mode & 0o7777
        ))
    }

    /// `post_op_attr`: the attributes' summary, if they follow.
    fn post_op_attr(&mut self) -> R<Option<String>> {
        if self.u32(f::nfs::ATTRIBUTES_FOLLOW)? == 1 {
            return self.fattr3().map(Some);
        }
        Ok(None)
    }

    fn pre_op_attr(&mut self) -> R<()> {
        use f::nfs as n;
        if self.u32(n::ATTRIBUTES_FOLLOW)? == 1 {
            self.u64(n::WCC_ATTR_SIZE)?;
            self.time(n::MTIME, n::MTIME_SEC, n::MTIME_NSEC, false)?;
            self.time(n::CTIME, n::CTIME_SEC, n::CTIME_NSEC, false)?;
        }
        Ok(())
    }

    fn wcc_data(&mut self) -> R<()> {
        self.pre_op_attr()?;
        self.post_op_attr()?;
        Ok(())
    }

    fn post_op_fh3(&mut self) -> R<Option<u32>> {
        if self.u32(f::nfs::HANDLE_FOLLOW)? == 1 {
            return self.fh3().map(Some);
        }
        Ok(None)
    }

    /// `diropargs3`: the directory's hash and the name.
    fn diropargs3(&mut self) -> R<(u32, String)> {
        let h = self.fh3()?;
        let name = self.string(f::nfs::NAME)?;
        Ok((h, name))
    }

    fn sattr3(&mut self) -> R<()> {
        use f::nfs as n;
        if self.u32(n::SET_IT)? != 0 {
            self.mode3()?;
        }
        if self.u32(n::SET_IT)? != 0 {
            self.u32(n::UID3)?;
        }
        if self.u32(n::SET_IT)? != 0 {
            self.u32(n::GID3)?;
        }
        if self.u32(n::SET_IT)? != 0 {
            self.u64(n::SET_SIZE)?;
        }
        if self.u32(n::SET_IT)? == 2 {
            self.time(n::ATIME, n::ATIME_SEC, n::ATIME_NSEC, false)?;
        }
        if self.u32(n::SET_IT)? == 2 {
            self.time(n::MTIME, n::MTIME_SEC, n::MTIME_NSEC, false)?;
        }
        Ok(())
    }

    fn access_bits(&mut self, shown: u32, value: u32) {
        use f::nfs as n;
        let defs = [
            n::ACCESS_READ,
            n::ACCESS_LOOKUP,
            n::ACCESS_MODIFY,
            n::ACCESS_EXTEND,
            n::ACCESS_DELETE,
            n::ACCESS_EXECUTE,
        ];
        for (bit, _, i) in ACCESS_NAMES {
            if shown & bit != 0 {
                self.l.boolean(defs[i], value & bit != 0);
            }
        }
    }

    fn fh_info(&mut self, h: u32) {
        let _ = write!(self.info, ", FH: 0x{h:08x}");
    }

    fn nfs3(&mut self, proc_: u32, is_call: bool, private: &mut u32) -> R<()> {
        use f::nfs as n;
        if is_call {
            return self.nfs3_call(proc_, private);
        }
        let status = self.status3()?;
        let ok = status == 0;
        if !ok {
            let name = n::STATUS3.value_name(status.into()).unwrap_or("Unknown");
            let _ = write!(self.info, " Error: {name}");
        }
        match proc_ {
            1 => {
                if ok {
                    let s = self.fattr3()?;
                    self.info.push_str(&s);
                }
            }
            2 | 12 | 13 => self.wcc_data()?,
            3 => {
                if ok {
                    let h = self.fh3()?;
                    self.post_op_attr()?;
                    self.post_op_attr()?;
                    self.fh_info(h);
                } else {
                    self.post_op_attr()?;
                }
            }
            4 => {
                self.post_op_attr()?;
                if ok {
                    let rights = self.t.u32(self.off)?;
                    self.l.uint(n::ACCESS_RIGHTS, rights);
                    self.off += 4;
                    let asked = if *private == 0 { 0x3f } else { *private };
                    self.access_bits(asked, rights);
                    let list = |m: u32| {
                        ACCESS_NAMES
                            .iter()
                            .filter(|(b, _, _)| m & b != 0)
                            .map(|(_, s, _)| *s)
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    let denied = asked & !rights & 0x3f;
                    if denied != 0 {
                        let _ = write!(self.info, ", [Access Denied: {}]", list(denied));
                    }
                    let allowed = asked & rights & 0x3f;
                    if allowed != 0 {
                        let _ = write!(self.info, ", [Allowed: {}]", list(allowed));
                    }
                }
            }
            5 => {
                self.post_op_attr()?;
                if ok {
                    let p = self.string(n::READLINK_DATA)?;
                    let _ = write!(self.info, " Path: {p}");
                }
            }
            6 => {
                self.post_op_attr()?;
                if ok {
                    let c = self.u32(n::COUNT3)?;
                    self.boolean(n::READ_EOF)?;
                    let _ = write!(self.info, " Len: {c}");
                    self.bytes(n::DATA)?;
                }
            }
            7 => {
                self.wcc_data()?;
                if ok {
                    let c = self.u32(n::COUNT3)?;
                    let s = self.u32(n::WRITE_COMMITTED)?;
                    self.fixed(n::VERIFIER, 8)?;
                    let name = n::WRITE_STABLE.value_name(s.into()).unwrap_or("Unknown");
                    let _ = write!(self.info, " Len: {c} {name}");
                }
            }
            8..=11 => {
                if ok {
                    let h = self.post_op_fh3()?;
                    self.post_op_attr()?;
                    let _ = h;
                }
                self.wcc_data()?;
            }
            14 => {
                self.wcc_data()?;
                self.wcc_data()?;
            }
            15 => {
                self.post_op_attr()?;
                self.wcc_data()?;
            }
            16 | 17 => {
                self.post_op_attr()?;
                if ok {
                    self.fixed(n::VERIFIER, 8)?;
                    let mut names = String::new();
                    loop {
                        if !self.boolean(f::rpc::VALUE_FOLLOWS)? {
                            break;
                        }
                        self.l.present(n::READDIR_ENTRY);
                        let name = if proc_ == 17 {
                            self.u64(n::READDIRPLUS_ENTRY_FILEID)?;
                            let name = self.string(n::READDIRPLUS_ENTRY_NAME)?;
                            self.u64(n::READDIRPLUS_ENTRY_COOKIE)?;
                            self.post_op_attr()?;
                            self.post_op_fh3()?;
                            name
                        } else {
                            self.u64(n::READDIR_ENTRY3_FILEID)?;
                            let name = self.string(n::READDIR_ENTRY3_NAME)?;
                            self.u64(n::READDIR_ENTRY3_COOKIE)?;
                            name
                        };
                        names.push(' ');
                        names.push_str(&name);
                    }
                    self.u32(n::READDIR_EOF)?;
                    self.info.push_str(&names);
                }
            }
            18 => {
                self.post_op_attr()?;
                if ok {
                    self.u64(n::FSSTAT3_RESOK_TBYTES)?;
                    self.u64(n::FSSTAT3_RESOK_FBYTES)?;
                    self.u64(n::FSSTAT3_RESOK_ABYTES)?;
                    self.u64(n::FSSTAT3_RESOK_TFILES)?;
                    self.u64(n::FSSTAT3_RESOK_FFILES)?;
                    self.u64(n::FSSTAT3_RESOK_AFILES)?;
                    self.u32(n::FSSTAT_INVARSEC)?;
                }
            }
            19 => {
                self.post_op_attr()?;
                if ok {
                    self.u32(n::FSINFO_RTMAX)?;
                    self.u32(n::FSINFO_RTPREF)?;
                    self.u32(n::FSINFO_RTMULT)?;
                    self.u32(n::FSINFO_WTMAX)?;
                    self.u32(n::FSINFO_WTPREF)?;
                    self.u32(n::FSINFO_WTMULT)?;
                    self.u32(n::FSINFO_DTPREF)?;
                    self.u64(n::FSINFO_MAXFILESIZE)?;
                    self.time(n::DTIME, n::DTIME_SEC, n::DTIME_NSEC, true)?;
                    let p = self.u32(n::FSINFO_PROPERTIES)?;
                    for (def, bit) in [
                        (n::FSINFO_PROPERTIES_SETATTR, 0x10),
                        (n::FSINFO_PROPERTIES_PATHCONF, 0x08),
                        (n::FSINFO_PROPERTIES_SYMLINKS, 0x02),
                        (n::FSINFO_PROPERTIES_HARDLINKS, 0x01),
                    ] {
                        self.l.boolean(def, p & bit != 0);
                    }
                }
            }
            20 => {
                self.post_op_attr()?;
                if ok {
                    self.u32(n::PATHCONF_LINKMAX)?;
                    self.u32(n::PATHCONF_NAME_MAX)?;
                    self.boolean(n::PATHCONF_NO_TRUNC)?;
                    self.boolean(n::PATHCONF_CHOWN_RESTRICTED)?;
                    self.boolean(n::PATHCONF_CASE_INSENSITIVE)?;
                    self.boolean(n::PATHCONF_CASE_PRESERVING)?;
                }
            }
            21 => {
                self.wcc_data()?;
                if ok {
                    self.fixed(n::VERIFIER, 8)?;
                }
            }
            _ => self.decoded = false,
        }
        Ok(())
    }

    /// NFS v2 calls naming a file handle, or a directory's and a name.
    fn nfs2_call(&mut self, proc_: u32) -> R<()> {
        match proc_ {
            1 | 5 | 17 => {
                let h = self.fh2()?;
                self.fh_info(h);
            }
            4 | 10 | 15 => {
                let h = self.fh2()?;
                let name = self.string(f::nfs::NAME)?;
                let _ = write!(self.info, ", DH: 0x{h:08x}/{name}");
            }
            _ => self.decoded = false,
        }
        Ok(())
    }

    fn nfs3_call(&mut self, proc_: u32, private: &mut u32) -> R<()> {
        use f::nfs as n;
        match proc_ {
            1 | 5 | 18 | 19 | 20 => {
                let h = self.fh3()?;
                self.fh_info(h);
            }
            2 => {
                let h = self.fh3()?;
                self.sattr3()?;
                if self.u32(n::SATTRGUARD3)? == 1 {
                    self.time(n::CTIME, n::CTIME_SEC, n::CTIME_NSEC, false)?;
                }
                self.fh_info(h);
            }
            3 | 12 | 13 => {
                let (h, name) = self.diropargs3()?;
                let _ = write!(self.info, ", DH: 0x{h:08x}/{name}");
            }
            4 => {
                let h = self.fh3()?;
                let mask = self.t.u32(self.off)?;
                self.l.uint(n::ACCESS_CHECK, mask);
                self.off += 4;
                self.access_bits(mask, mask);
                *private = mask;
                self.fh_info(h);
                let names: Vec<_> = ACCESS_NAMES
                    .iter()
                    .filter(|(b, _, _)| mask & b != 0)
                    .map(|(_, s, _)| *s)
                    .collect();
                let _ = write!(self.info, ", [Check: {}]", names.join(" "));
            }
            6 | 21 => {
                let h = self.fh3()?;
                let o = self.u64(n::OFFSET3)?;
                let c = self.u32(n::COUNT3)?;
                self.fh_info(h);
                if proc_ == 6 {
                    let _ = write!(self.info, " Offset: {o} Len: {c}");
                }
            }
            7 => {
                let h = self.fh3()?;
                let o = self.u64(n::OFFSET3)?;
                let c = self.u32(n::COUNT3)?;
                let s = self.u32(n::WRITE_STABLE)?;
                let name = n::WRITE_STABLE.value_name(s.into()).unwrap_or("Unknown");
                self.fh_info(h);
                let _ = write!(self.info, " Offset: {o} Len: {c} {name}");
                self.bytes(n::DATA)?;
            }
            8 => {
                let (h, name) = self.diropargs3()?;
                let mode = self.u32(n::CREATEMODE)?;
                let mname = n::CREATEMODE.value_name(mode.into()).unwrap_or("Unknown");
                let _ = write!(self.info, ", DH: 0x{h:08x}/{name} Mode: {mname}");
                match mode {
                    0 | 1 => self.sattr3()?,
                    2 => self.fixed(n::VERIFIER, 8)?,
                    _ => {}
                }
            }
            9 => {
                let (h, name) = self.diropargs3()?;
                let _ = write!(self.info, ", DH: 0x{h:08x}/{name}");
                self.sattr3()?;
            }
            10 => {
                let (h, name) = self.diropargs3()?;
                self.sattr3()?;
                let to = self.string(n::SYMLINK_TO)?;
                let _ = write!(self.info, ", From DH: 0x{h:08x}/{name} To {to}");
            }
            14 => {
                let (h1, n1) = self.diropargs3()?;
                let (h2, n2) = self.diropargs3()?;
                let _ = write!(
                    self.info,
                    ", From DH: 0x{h1:08x}/{n1} To DH: 0x{h2:08x}/{n2}"
                );
            }
            15 => {
                let h1 = self.fh3()?;
                let (h2, name) = self.diropargs3()?;
                let _ = write!(self.info, ", From DH: 0x{h1:08x} To DH: 0x{h2:08x}/{name}");
            }
            16 => {
                let h = self.fh3()?;
                self.u64(n::COOKIE3)?;
                self.fixed(n::VERIFIER, 8)?;
                self.u32(n::COUNT3)?;
                self.fh_info(h);
            }
            17 => {
                let h = self.fh3()?;
                self.u64(n::COOKIE3)?;
                self.fixed(n::VERIFIER, 8)?;
                self.u32(n::COUNT3_DIRCOUNT)?;
                self.u32(n::COUNT3_MAXCOUNT)?;
                self.fh_info(h);
            }
            _ => self.decoded = false,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn crc32_is_tsharks_file_handle_hash() {
        let fh = [
            0x01, 0x00, 0x06, 0x00, 0xea, 0x2c, 0xbb, 0x4a, 0x9e, 0xf7, 0x49, 0x95, 0xa5, 0x36,
            0x56, 0x28, 0xce, 0xda, 0x60, 0xa2,
        ];
        assert_eq!(crate::dissect::wire::crc32(&fh), 0x56d4_48b4);
    }
}
