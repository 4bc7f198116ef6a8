//! Field definitions of ONC-RPC and the programs decoded over it, generated
//! from tshark 4.0's registry by `scripts/gen-fields.py` (plus osidump's own
//! markers, named `osidump.*`).

pub mod rpc {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static REQFRAME: &F = field!(F::new("rpc.reqframe", FrameNum, "Request Frame"));
    pub static REPFRAME: &F = field!(F::new("rpc.repframe", FrameNum, "Reply Frame"));
    pub static LASTFRAG: &F = field!(
        F::new("rpc.lastfrag", Boolean, "Last Fragment")
            .base(Base::Bits(32))
            .mask(0x80000000)
            .tfs("Yes", "No")
    );
    pub static FRAGLEN: &F =
        field!(F::new("rpc.fraglen", Uint32, "Fragment Length").mask(0x7fffffff));
    pub static XID: &F = field!(
        F::new("rpc.xid", Uint32, "XID")
            .base(Base::HexDec)
            .blurb("Transaction identifier")
    );
    pub static MSGTYP: &F = field!(F::new("rpc.msgtyp", Uint32, "Message Type").vals(MSGTYP_VALS));
    pub static REPLYSTAT: &F =
        field!(F::new("rpc.replystat", Uint32, "Reply State").vals(REPLYSTAT_VALS));
    pub static STATE_ACCEPT: &F =
        field!(F::new("rpc.state_accept", Uint32, "Accept State").vals(STATE_ACCEPT_VALS));
    pub static STATE_REJECT: &F =
        field!(F::new("rpc.state_reject", Uint32, "Reject State").vals(STATE_REJECT_VALS));
    pub static STATE_AUTH: &F =
        field!(F::new("rpc.state_auth", Uint32, "Auth State").vals(STATE_AUTH_VALS));
    pub static VERSION: &F = field!(F::new("rpc.version", Uint32, "RPC Version"));
    pub static VERSION_MIN: &F = field!(
        F::new("rpc.version.min", Uint32, "RPC Version (Minimum)")
            .blurb("Program Version (Minimum)")
    );
    pub static VERSION_MAX: &F = field!(F::new("rpc.version.max", Uint32, "RPC Version (Maximum)"));
    pub static PROGRAM: &F = field!(F::new("rpc.program", Uint32, "Program"));
    pub static PROGRAMVERSION: &F = field!(F::new("rpc.programversion", Uint32, "Program Version"));
    pub static PROGRAMVERSION_MIN: &F = field!(F::new(
        "rpc.programversion.min",
        Uint32,
        "Program Version (Minimum)"
    ));
    pub static PROGRAMVERSION_MAX: &F = field!(F::new(
        "rpc.programversion.max",
        Uint32,
        "Program Version (Maximum)"
    ));
    pub static PROCEDURE: &F = field!(F::new("rpc.procedure", Uint32, "Procedure"));
    pub static AUTH_FLAVOR: &F =
        field!(F::new("rpc.auth.flavor", Uint32, "Flavor").vals(AUTH_FLAVOR_VALS));
    pub static AUTH_LENGTH: &F = field!(F::new("rpc.auth.length", Uint32, "Length"));
    pub static AUTH_STAMP: &F = field!(F::new("rpc.auth.stamp", Uint32, "Stamp").base(Base::Hex));
    pub static AUTH_UID: &F = field!(F::new("rpc.auth.uid", Uint32, "UID"));
    pub static AUTH_GID: &F = field!(F::new("rpc.auth.gid", Uint32, "GID"));
    pub static AUTH_MACHINENAME: &F =
        field!(F::new("rpc.auth.machinename", String, "Machine Name"));
    pub static DUP: &F = field!(F::new("rpc.dup", None, "Duplicate Call/Reply"));
    pub static CALL_DUP: &F = field!(
        F::new("rpc.call.dup", FrameNum, "Duplicate to the call in")
            .blurb("This is a duplicate to the call in frame")
    );
    pub static REPLY_DUP: &F = field!(
        F::new("rpc.reply.dup", FrameNum, "Duplicate to the reply in")
            .blurb("This is a duplicate to the reply in frame")
    );
    pub static VALUE_FOLLOWS: &F =
        field!(F::new("rpc.value_follows", Boolean, "Value Follows").tfs("Yes", "No"));
    pub static ARRAY_LEN: &F =
        field!(F::new("rpc.array.len", Uint32, "num").blurb("Length of RPC array"));
    pub static OPAQUE_LENGTH: &F = field!(F::new("rpc.opaque_length", Uint32, "length"));
    pub static FILL_BYTES: &F = field!(F::new("rpc.fill_bytes", Bytes, "fill bytes"));
    pub static OPAQUE_DATA: &F = field!(F::new("rpc.opaque_data", Bytes, "opaque data"));
    pub static CONTINUATION_DATA: &F =
        field!(F::new("rpc.continuation_data", Bytes, "Continuation data"));
    pub static FRAGMENT_DATA: &F = field!(F::new("rpc.fragment_data", Bytes, "Fragment Data"));
    pub static TIME: &F = field!(
        F::new("rpc.time", RelativeTime, "Time from request")
            .blurb("Time between Request and Reply for ONC-RPC calls")
    );

    /// osidump's own: the first message of a call of tshark's RPC
    /// dissector (listed in `frame.protocols`).
    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.rpc.call", None, "Call")
            .blurb("The first message of one call of tshark's RPC dissector")
    );
    /// osidump's own: the Info column text the message writes.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.rpc.info", String, "Info")
            .blurb("The Info column text this message writes")
    );
    /// osidump's own: the program's column name (tshark's Protocol column).
    pub static OSIDUMP_PROGNAME: &F = field!(
        F::new("osidump.rpc.progname", String, "Program name")
            .blurb("The RPC program's name, shown in the Protocol column")
    );
    /// osidump's own, on a program's layer: its dissector was called on a
    /// body (listed in `frame.protocols`; a body-less one is not).
    pub static OSIDUMP_BODY: &F = field!(
        F::new("osidump.rpc.body", None, "Body")
            .blurb("The program's dissector was called on the message's body")
    );

    pub static ALL: &[&F] = &[
        OSIDUMP_CALL,
        OSIDUMP_INFO,
        OSIDUMP_PROGNAME,
        OSIDUMP_BODY,
        REQFRAME,
        REPFRAME,
        LASTFRAG,
        FRAGLEN,
        XID,
        MSGTYP,
        REPLYSTAT,
        STATE_ACCEPT,
        STATE_REJECT,
        STATE_AUTH,
        VERSION,
        VERSION_MIN,
        VERSION_MAX,
        PROGRAM,
        PROGRAMVERSION,
        PROGRAMVERSION_MIN,
        PROGRAMVERSION_MAX,
        PROCEDURE,
        AUTH_FLAVOR,
        AUTH_LENGTH,
        AUTH_STAMP,
        AUTH_UID,
        AUTH_GID,
        AUTH_MACHINENAME,
        DUP,
        CALL_DUP,
        REPLY_DUP,
        VALUE_FOLLOWS,
        ARRAY_LEN,
        OPAQUE_LENGTH,
        FILL_BYTES,
        OPAQUE_DATA,
        CONTINUATION_DATA,
        FRAGMENT_DATA,
        TIME,
    ];

    const MSGTYP_VALS: &[(u64, &str)] = &[(0, "Call"), (1, "Reply")];

    const REPLYSTAT_VALS: &[(u64, &str)] = &[(0, "accepted"), (1, "denied")];

    const STATE_ACCEPT_VALS: &[(u64, &str)] = &[
        (0, "RPC executed successfully"),
        (1, "remote hasn't exported program"),
        (2, "remote can't support version #"),
        (3, "program can't support procedure"),
        (4, "procedure can't decode params"),
        (5, "system errors like memory allocation failure"),
    ];

    const STATE_REJECT_VALS: &[(u64, &str)] = &[(0, "RPC_MISMATCH"), (1, "AUTH_ERROR")];

    const STATE_AUTH_VALS: &[(u64, &str)] = &[
        (1, "bad credential (seal broken)"),
        (2, "client must begin new session"),
        (3, "bad verifier (seal broken)"),
        (4, "verifier expired or replayed"),
        (5, "rejected for security reasons"),
        (13, "GSS credential problem"),
        (14, "GSS context problem"),
    ];

    const AUTH_FLAVOR_VALS: &[(u64, &str)] = &[
        (0, "AUTH_NULL"),
        (1, "AUTH_UNIX"),
        (2, "AUTH_SHORT"),
        (3, "AUTH_DES"),
        (5, "AUTH_RSA/Gluster"),
        (6, "RPCSEC_GSS"),
        (300001, "AUTH_GSSAPI"),
        (390003, "RPCSEC_GSS_KRB5"),
        (390004, "RPCSEC_GSS_KRB5I"),
        (390005, "RPCSEC_GSS_KRB5P"),
        (390006, "RPCSEC_GSS_LIPKEY"),
        (390007, "RPCSEC_GSS_LIPKEY_I"),
        (390008, "RPCSEC_GSS_LIPKEY_P"),
        (390009, "RPCSEC_GSS_SPKM3"),
        (390010, "RPCSEC_GSS_SPKM3I"),
        (390011, "RPCSEC_GSS_SPKM3P"),
        (390039, "AUTH_GLUSTERFS"),
    ];
}

// portmap.value_follows: not a tshark field
pub mod portmap {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PROCEDURE_V1: &F =
        field!(F::new("portmap.procedure_v1", Uint32, "V1 Procedure").vals(PROCEDURE_V1_VALS));
    pub static PROCEDURE_V2: &F =
        field!(F::new("portmap.procedure_v2", Uint32, "V2 Procedure").vals(PROCEDURE_V1_VALS));
    pub static PROCEDURE_V3: &F =
        field!(F::new("portmap.procedure_v3", Uint32, "V3 Procedure").vals(PROCEDURE_V3_VALS));
    pub static PROCEDURE_V4: &F =
        field!(F::new("portmap.procedure_v4", Uint32, "V4 Procedure").vals(PROCEDURE_V4_VALS));
    pub static PROG: &F = field!(F::new("portmap.prog", Uint32, "Program"));
    pub static PORT: &F = field!(F::new("portmap.port", Uint32, "Port"));
    pub static PROC: &F = field!(F::new("portmap.proc", Uint32, "Procedure"));
    pub static PROTO: &F = field!(F::new("portmap.proto", Uint32, "Protocol"));
    pub static VERSION: &F = field!(F::new("portmap.version", Uint32, "Version"));
    pub static ARGS: &F = field!(F::new("portmap.args", Bytes, "Arguments"));
    pub static RESULT: &F = field!(F::new("portmap.result", Bytes, "Result"));

    pub static ALL: &[&F] = &[
        PROCEDURE_V1,
        PROCEDURE_V2,
        PROCEDURE_V3,
        PROCEDURE_V4,
        PROG,
        PORT,
        PROC,
        PROTO,
        VERSION,
        ARGS,
        RESULT,
    ];

    const PROCEDURE_V1_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "SET"),
        (2, "UNSET"),
        (3, "GETPORT"),
        (4, "DUMP"),
        (5, "CALLIT"),
    ];

    const PROCEDURE_V3_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "SET"),
        (2, "UNSET"),
        (3, "GETADDR"),
        (4, "DUMP"),
        (5, "CALLIT"),
        (6, "GETTIME"),
        (7, "UADDR2TADDR"),
        (8, "TADDR2UADDR"),
    ];

    const PROCEDURE_V4_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "SET"),
        (2, "UNSET"),
        (3, "GETADDR"),
        (4, "DUMP"),
        (5, "BCAST"),
        (6, "GETTIME"),
        (7, "UADDR2TADDR"),
        (8, "TADDR2UADDR"),
        (9, "GETVERSADDR"),
        (10, "INDIRECT"),
        (11, "GETADDRLIST"),
        (12, "GETSTAT"),
    ];
}

pub mod mount {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PROCEDURE_V1: &F =
        field!(F::new("mount.procedure_v1", Uint32, "V1 Procedure").vals(PROCEDURE_V1_VALS));
    pub static PROCEDURE_V2: &F =
        field!(F::new("mount.procedure_v2", Uint32, "V2 Procedure").vals(PROCEDURE_V2_VALS));
    pub static PROCEDURE_V3: &F =
        field!(F::new("mount.procedure_v3", Uint32, "V3 Procedure").vals(PROCEDURE_V3_VALS));
    pub static PATH: &F = field!(F::new("mount.path", String, "Path"));
    pub static STATUS: &F = field!(F::new("mount.status", Uint32, "Status").vals(STATUS_VALS));
    pub static DUMP_HOSTNAME: &F = field!(F::new("mount.dump.hostname", String, "Hostname"));
    pub static DUMP_DIRECTORY: &F = field!(F::new("mount.dump.directory", String, "Directory"));
    pub static EXPORT_GROUP: &F = field!(F::new("mount.export.group", String, "Group"));
    pub static EXPORT_DIRECTORY: &F = field!(F::new("mount.export.directory", String, "Directory"));
    pub static FLAVORS: &F = field!(F::new("mount.flavors", Uint32, "Flavors"));
    pub static FLAVOR: &F = field!(F::new("mount.flavor", Uint32, "Flavor").vals(FLAVOR_VALS));

    pub static ALL: &[&F] = &[
        PROCEDURE_V1,
        PROCEDURE_V2,
        PROCEDURE_V3,
        PATH,
        STATUS,
        DUMP_HOSTNAME,
        DUMP_DIRECTORY,
        EXPORT_GROUP,
        EXPORT_DIRECTORY,
        FLAVORS,
        FLAVOR,
    ];

    const PROCEDURE_V1_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "MNT"),
        (2, "DUMP"),
        (3, "UMNT"),
        (4, "UMNTALL"),
        (5, "EXPORT"),
        (6, "EXPORTALL"),
    ];

    const PROCEDURE_V2_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "MNT"),
        (2, "DUMP"),
        (3, "UMNT"),
        (4, "UMNTALL"),
        (5, "EXPORT"),
        (6, "EXPORTALL"),
        (7, "PATHCONF"),
    ];

    const PROCEDURE_V3_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "MNT"),
        (2, "DUMP"),
        (3, "UMNT"),
        (4, "UMNTALL"),
        (5, "EXPORT"),
    ];

    const STATUS_VALS: &[(u64, &str)] = &[
        (0, "OK"),
        (1, "ERR_PERM"),
        (2, "ERR_NOENT"),
        (5, "ERR_IO"),
        (13, "ERR_ACCESS"),
        (20, "ERR_NOTDIR"),
        (22, "ERR_INVAL"),
        (63, "ERR_NAMETOOLONG"),
        (10004, "ERR_NOTSUPP"),
        (10006, "ERR_SERVERFAULT"),
    ];

    const FLAVOR_VALS: &[(u64, &str)] = &[
        (0, "AUTH_NULL"),
        (1, "AUTH_UNIX"),
        (2, "AUTH_SHORT"),
        (3, "AUTH_DES"),
        (5, "AUTH_RSA/Gluster"),
        (6, "RPCSEC_GSS"),
        (300001, "AUTH_GSSAPI"),
        (390003, "RPCSEC_GSS_KRB5"),
        (390004, "RPCSEC_GSS_KRB5I"),
        (390005, "RPCSEC_GSS_KRB5P"),
        (390006, "RPCSEC_GSS_LIPKEY"),
        (390007, "RPCSEC_GSS_LIPKEY_I"),
        (390008, "RPCSEC_GSS_LIPKEY_P"),
        (390009, "RPCSEC_GSS_SPKM3"),
        (390010, "RPCSEC_GSS_SPKM3I"),
        (390011, "RPCSEC_GSS_SPKM3P"),
        (390039, "AUTH_GLUSTERFS"),
    ];
}

pub mod nfs {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PROCEDURE_V2: &F =
        field!(F::new("nfs.procedure_v2", Uint32, "V2 Procedure").vals(PROCEDURE_V2_VALS));
    pub static PROCEDURE_V3: &F =
        field!(F::new("nfs.procedure_v3", Uint32, "V3 Procedure").vals(PROCEDURE_V3_VALS));
    pub static PROCEDURE_V4: &F =
        field!(F::new("nfs.procedure_v4", Uint32, "V4 Procedure").vals(PROCEDURE_V4_VALS));
    pub static STATUS: &F = field!(
        F::new("nfs.status", Uint32, "Status")
            .vals(STATUS_VALS)
            .blurb("Reply status")
    );
    pub static STATUS3: &F = field!(
        F::new("nfs.status3", Uint32, "Status")
            .vals(STATUS3_VALS)
            .blurb("Reply status")
    );
    pub static FHANDLE: &F =
        field!(F::new("nfs.fhandle", Bytes, "FileHandle").blurb("Opaque nfs filehandle"));
    pub static FH_LENGTH: &F =
        field!(F::new("nfs.fh.length", Uint32, "length").blurb("file handle length"));
    pub static FH_HASH: &F = field!(
        F::new("nfs.fh.hash", Uint32, "hash (CRC-32)")
            .base(Base::Hex)
            .blurb("file handle hash")
    );
    pub static ATTRIBUTES_FOLLOW: &F = field!(
        F::new("nfs.attributes_follow", Uint32, "attributes_follow").vals(ATTRIBUTES_FOLLOW_VALS)
    );
    pub static FATTR3_TYPE: &F =
        field!(F::new("nfs.fattr3.type", Uint32, "Type").vals(FATTR3_TYPE_VALS));
    pub static MODE3: &F = field!(F::new("nfs.mode3", Uint32, "Mode").base(Base::Oct));
    pub static MODE3_SUID: &F = field!(
        F::new("nfs.mode3.suid", Boolean, "S_ISUID")
            .base(Base::Bits(32))
            .mask(0x800)
            .tfs("Yes", "No")
    );
    pub static MODE3_SGID: &F = field!(
        F::new("nfs.mode3.sgid", Boolean, "S_ISGID")
            .base(Base::Bits(32))
            .mask(0x400)
            .tfs("Yes", "No")
    );
    pub static MODE3_STICKY: &F = field!(
        F::new("nfs.mode3.sticky", Boolean, "S_ISVTX")
            .base(Base::Bits(32))
            .mask(0x200)
            .tfs("Yes", "No")
    );
    pub static MODE3_RUSR: &F = field!(
        F::new("nfs.mode3.rusr", Boolean, "S_IRUSR")
            .base(Base::Bits(32))
            .mask(0x100)
            .tfs("Yes", "No")
    );
    pub static MODE3_WUSR: &F = field!(
        F::new("nfs.mode3.wusr", Boolean, "S_IWUSR")
            .base(Base::Bits(32))
            .mask(0x80)
            .tfs("Yes", "No")
    );
    pub static MODE3_XUSR: &F = field!(
        F::new("nfs.mode3.xusr", Boolean, "S_IXUSR")
            .base(Base::Bits(32))
            .mask(0x40)
            .tfs("Yes", "No")
    );
    pub static MODE3_RGRP: &F = field!(
        F::new("nfs.mode3.rgrp", Boolean, "S_IRGRP")
            .base(Base::Bits(32))
            .mask(0x20)
            .tfs("Yes", "No")
    );
    pub static MODE3_WGRP: &F = field!(
        F::new("nfs.mode3.wgrp", Boolean, "S_IWGRP")
            .base(Base::Bits(32))
            .mask(0x10)
            .tfs("Yes", "No")
    );
    pub static MODE3_XGRP: &F = field!(
        F::new("nfs.mode3.xgrp", Boolean, "S_IXGRP")
            .base(Base::Bits(32))
            .mask(0x8)
            .tfs("Yes", "No")
    );
    pub static MODE3_ROTH: &F = field!(
        F::new("nfs.mode3.roth", Boolean, "S_IROTH")
            .base(Base::Bits(32))
            .mask(0x4)
            .tfs("Yes", "No")
    );
    pub static MODE3_WOTH: &F = field!(
        F::new("nfs.mode3.woth", Boolean, "S_IWOTH")
            .base(Base::Bits(32))
            .mask(0x2)
            .tfs("Yes", "No")
    );
    pub static MODE3_XOTH: &F = field!(
        F::new("nfs.mode3.xoth", Boolean, "S_IXOTH")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("Yes", "No")
    );
    pub static FATTR3_NLINK: &F = field!(F::new("nfs.fattr3.nlink", Uint32, "nlink"));
    pub static FATTR3_UID: &F = field!(F::new("nfs.fattr3.uid", Uint32, "uid"));
    pub static FATTR3_GID: &F = field!(F::new("nfs.fattr3.gid", Uint32, "gid"));
    pub static FATTR3_SIZE: &F = field!(F::new("nfs.fattr3.size", Uint64, "size"));
    pub static FATTR3_USED: &F = field!(F::new("nfs.fattr3.used", Uint64, "used"));
    pub static SPECDATA1: &F = field!(F::new("nfs.specdata1", Uint32, "specdata1"));
    pub static SPECDATA2: &F = field!(F::new("nfs.specdata2", Uint32, "specdata2"));
    pub static FATTR3_FSID: &F =
        field!(F::new("nfs.fattr3.fsid", Uint64, "fsid").base(Base::HexDec));
    pub static FATTR3_FILEID: &F = field!(F::new("nfs.fattr3.fileid", Uint64, "fileid"));
    pub static ATIME: &F = field!(F::new("nfs.atime", AbsoluteTime, "atime").blurb("Access Time"));
    pub static ATIME_SEC: &F =
        field!(F::new("nfs.atime.sec", Uint32, "seconds").blurb("Access Time, Seconds"));
    pub static ATIME_NSEC: &F =
        field!(F::new("nfs.atime.nsec", Uint32, "nano seconds").blurb("Access Time, Nano-seconds"));
    pub static MTIME: &F = field!(F::new("nfs.mtime", AbsoluteTime, "mtime").blurb("Modify Time"));
    pub static MTIME_SEC: &F =
        field!(F::new("nfs.mtime.sec", Uint32, "seconds").blurb("Modify Seconds"));
    pub static MTIME_NSEC: &F =
        field!(F::new("nfs.mtime.nsec", Uint32, "nano seconds").blurb("Modify Time, Nano-seconds"));
    pub static CTIME: &F =
        field!(F::new("nfs.ctime", AbsoluteTime, "ctime").blurb("Creation Time"));
    pub static CTIME_SEC: &F =
        field!(F::new("nfs.ctime.sec", Uint32, "seconds").blurb("Creation Time, Seconds"));
    pub static CTIME_NSEC: &F = field!(
        F::new("nfs.ctime.nsec", Uint32, "nano seconds").blurb("Creation Time, Nano-seconds")
    );
    pub static NAME: &F = field!(F::new("nfs.name", String, "Name"));
    pub static COUNT3: &F = field!(F::new("nfs.count3", Uint32, "count"));
    pub static OFFSET3: &F = field!(F::new("nfs.offset3", Uint64, "offset"));
    pub static WRITE_STABLE: &F =
        field!(F::new("nfs.write.stable", Uint32, "Stable").vals(WRITE_STABLE_VALS));
    pub static WRITE_COMMITTED: &F =
        field!(F::new("nfs.write.committed", Uint32, "Committed").vals(WRITE_STABLE_VALS));
    pub static VERIFIER: &F = field!(F::new("nfs.verifier", Bytes, "Verifier"));
    pub static DATA: &F = field!(F::new("nfs.data", Bytes, "Data"));
    pub static ACCESS_CHECK: &F = field!(
        F::new("nfs.access_check", Uint8, "Check access")
            .base(Base::Hex)
            .blurb("Access type(s) to be checked")
    );
    pub static ACCESS_RIGHTS: &F = field!(
        F::new("nfs.access_rights", Uint8, "Access rights (of requested)")
            .base(Base::Hex)
            .blurb("Access rights for the types requested")
    );
    pub static ACCESS_READ: &F = field!(
        F::new("nfs.access_read", Boolean, "0x001 READ")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("allowed", "*Access Denied*")
    );
    pub static ACCESS_LOOKUP: &F = field!(
        F::new("nfs.access_lookup", Boolean, "0x002 LOOKUP")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("allowed", "*Access Denied*")
    );
    pub static ACCESS_MODIFY: &F = field!(
        F::new("nfs.access_modify", Boolean, "0x004 MODIFY")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("allowed", "*Access Denied*")
    );
    pub static ACCESS_EXTEND: &F = field!(
        F::new("nfs.access_extend", Boolean, "0x008 EXTEND")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("allowed", "*Access Denied*")
    );
    pub static ACCESS_DELETE: &F = field!(
        F::new("nfs.access_delete", Boolean, "0x010 DELETE")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("allowed", "*Access Denied*")
    );
    pub static ACCESS_EXECUTE: &F = field!(
        F::new("nfs.access_execute", Boolean, "0x020 EXECUTE")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("allowed", "*Access Denied*")
    );
    pub static WCC_ATTR_SIZE: &F = field!(F::new("nfs.wcc_attr.size", Uint64, "size"));
    pub static PATHCONF_LINKMAX: &F = field!(
        F::new("nfs.pathconf.linkmax", Uint32, "linkmax").blurb("Maximum number of hard links")
    );
    pub static PATHCONF_NAME_MAX: &F = field!(
        F::new("nfs.pathconf.name_max", Uint32, "name_max").blurb("Maximum file name length")
    );
    pub static PATHCONF_NO_TRUNC: &F = field!(
        F::new("nfs.pathconf.no_trunc", Boolean, "no_trunc")
            .tfs("Yes", "No")
            .blurb("No long file name truncation")
    );
    pub static PATHCONF_CHOWN_RESTRICTED: &F = field!(
        F::new("nfs.pathconf.chown_restricted", Boolean, "chown_restricted")
            .tfs("Yes", "No")
            .blurb("chown is restricted to root")
    );
    pub static PATHCONF_CASE_INSENSITIVE: &F = field!(
        F::new("nfs.pathconf.case_insensitive", Boolean, "case_insensitive")
            .tfs("Yes", "No")
            .blurb("file names are treated case insensitive")
    );
    pub static PATHCONF_CASE_PRESERVING: &F = field!(
        F::new("nfs.pathconf.case_preserving", Boolean, "case_preserving")
            .tfs("Yes", "No")
            .blurb("file name cases are preserved")
    );
    pub static FSINFO_RTMAX: &F =
        field!(F::new("nfs.fsinfo.rtmax", Uint32, "rtmax").blurb("maximum READ request"));
    pub static FSINFO_RTPREF: &F =
        field!(F::new("nfs.fsinfo.rtpref", Uint32, "rtpref").blurb("Preferred READ request size"));
    pub static FSINFO_RTMULT: &F =
        field!(F::new("nfs.fsinfo.rtmult", Uint32, "rtmult").blurb("Suggested READ multiple"));
    pub static FSINFO_WTMAX: &F =
        field!(F::new("nfs.fsinfo.wtmax", Uint32, "wtmax").blurb("Maximum WRITE request size"));
    pub static FSINFO_WTPREF: &F =
        field!(F::new("nfs.fsinfo.wtpref", Uint32, "wtpref").blurb("Preferred WRITE request size"));
    pub static FSINFO_WTMULT: &F =
        field!(F::new("nfs.fsinfo.wtmult", Uint32, "wtmult").blurb("Suggested WRITE multiple"));
    pub static FSINFO_DTPREF: &F =
        field!(F::new("nfs.fsinfo.dtpref", Uint32, "dtpref").blurb("Preferred READDIR request"));
    pub static FSINFO_MAXFILESIZE: &F =
        field!(F::new("nfs.fsinfo.maxfilesize", Uint64, "maxfilesize").blurb("Maximum file size"));
    pub static DTIME: &F = field!(F::new("nfs.dtime", RelativeTime, "time delta"));
    pub static DTIME_SEC: &F =
        field!(F::new("nfs.dtime.sec", Uint32, "seconds").blurb("Time Delta, Seconds"));
    pub static DTIME_NSEC: &F =
        field!(F::new("nfs.dtime.nsec", Uint32, "nano seconds").blurb("Time Delta, Nano-seconds"));
    pub static FSINFO_PROPERTIES: &F = field!(
        F::new("nfs.fsinfo.properties", Uint32, "Properties")
            .base(Base::Hex)
            .blurb("File System Properties")
    );
    pub static FSINFO_PROPERTIES_SETATTR: &F = field!(
        F::new(
            "nfs.fsinfo.properties.setattr",
            Boolean,
            "SETATTR can set time on server"
        )
        .base(Base::Bits(32))
        .mask(0x10)
        .tfs("Yes", "No")
    );
    pub static FSINFO_PROPERTIES_PATHCONF: &F = field!(
        F::new("nfs.fsinfo.properties.pathconf", Boolean, "PATHCONF")
            .base(Base::Bits(32))
            .mask(0x8)
            .tfs(
                "is valid for all files",
                "should be get for every single file"
            )
    );
    pub static FSINFO_PROPERTIES_SYMLINKS: &F = field!(
        F::new(
            "nfs.fsinfo.properties.symlinks",
            Boolean,
            "File System supports symbolic links"
        )
        .base(Base::Bits(32))
        .mask(0x2)
        .tfs("Yes", "No")
    );
    pub static FSINFO_PROPERTIES_HARDLINKS: &F = field!(
        F::new(
            "nfs.fsinfo.properties.hardlinks",
            Boolean,
            "File System supports hard links"
        )
        .base(Base::Bits(32))
        .mask(0x1)
        .tfs("Yes", "No")
    );
    pub static CREATEMODE: &F =
        field!(F::new("nfs.createmode", Uint32, "Create Mode").vals(CREATEMODE_VALS));
    pub static COOKIE3: &F = field!(F::new("nfs.cookie3", Uint64, "cookie"));
    pub static COUNT3_DIRCOUNT: &F = field!(F::new("nfs.count3_dircount", Uint32, "dircount"));
    pub static COUNT3_MAXCOUNT: &F = field!(F::new("nfs.count3_maxcount", Uint32, "maxcount"));
    pub static READDIR_EOF: &F = field!(F::new("nfs.readdir.eof", Uint32, "EOF"));
    pub static READ_EOF: &F = field!(F::new("nfs.read.eof", Boolean, "EOF").tfs("Yes", "No"));
    pub static HANDLE_FOLLOW: &F =
        field!(F::new("nfs.handle_follow", Uint32, "handle_follow").vals(ATTRIBUTES_FOLLOW_VALS));
    pub static SYMLINK_TO: &F =
        field!(F::new("nfs.symlink.to", String, "To").blurb("Symbolic link destination name"));
    pub static READLINK_DATA: &F =
        field!(F::new("nfs.readlink.data", String, "Data").blurb("Symbolic Link Data"));
    pub static FSSTAT3_RESOK_TBYTES: &F =
        field!(F::new("nfs.fsstat3_resok.tbytes", Uint64, "Total bytes"));
    pub static FSSTAT3_RESOK_FBYTES: &F =
        field!(F::new("nfs.fsstat3_resok.fbytes", Uint64, "Free bytes"));
    pub static FSSTAT3_RESOK_ABYTES: &F = field!(F::new(
        "nfs.fsstat3_resok.abytes",
        Uint64,
        "Available free bytes"
    ));
    pub static FSSTAT3_RESOK_TFILES: &F = field!(F::new(
        "nfs.fsstat3_resok.tfiles",
        Uint64,
        "Total file slots"
    ));
    pub static FSSTAT3_RESOK_FFILES: &F = field!(F::new(
        "nfs.fsstat3_resok.ffiles",
        Uint64,
        "Free file slots"
    ));
    pub static FSSTAT3_RESOK_AFILES: &F = field!(F::new(
        "nfs.fsstat3_resok.afiles",
        Uint64,
        "Available free file slots"
    ));
    pub static FSSTAT_INVARSEC: &F = field!(
        F::new("nfs.fsstat.invarsec", Uint32, "invarsec")
            .blurb("probable number of seconds of file system invariance")
    );
    pub static READ_DATA_LENGTH: &F = field!(
        F::new("nfs.read.data_length", Uint32, "Read length").blurb("Length of read response")
    );
    pub static READDIR_ENTRY: &F =
        field!(F::new("nfs.readdir.entry", None, "Entry").blurb("Directory Entry"));
    pub static READDIRPLUS_ENTRY_NAME: &F =
        field!(F::new("nfs.readdirplus.entry.name", String, "Name"));
    pub static READDIRPLUS_ENTRY_FILEID: &F =
        field!(F::new("nfs.readdirplus.entry.fileid", Uint64, "File ID"));
    pub static READDIRPLUS_ENTRY_COOKIE: &F =
        field!(F::new("nfs.readdirplus.entry.cookie", Uint64, "Cookie").blurb("Directory Cookie"));
    pub static READDIR_ENTRY3_FILEID: &F =
        field!(F::new("nfs.readdir.entry3.fileid", Uint64, "File ID"));
    pub static READDIR_ENTRY3_NAME: &F = field!(F::new("nfs.readdir.entry3.name", String, "Name"));
    pub static READDIR_ENTRY3_COOKIE: &F =
        field!(F::new("nfs.readdir.entry3.cookie", Uint64, "Cookie").blurb("Directory Cookie"));
    pub static SET_IT: &F = field!(
        F::new("nfs.set_it", Uint32, "set_it")
            .vals(SET_IT_VALS)
            .blurb("How To Set Time")
    );
    pub static SATTRGUARD3: &F =
        field!(F::new("nfs.sattrguard3", Uint32, "check").vals(ATTRIBUTES_FOLLOW_VALS));
    pub static UID3: &F = field!(F::new("nfs.uid3", Uint32, "uid"));
    pub static GID3: &F = field!(F::new("nfs.gid3", Uint32, "gid"));
    pub static SET_SIZE: &F = field!(F::new("nfs.set_size", Uint64, "size"));

    pub static ALL: &[&F] = &[
        PROCEDURE_V2,
        PROCEDURE_V3,
        PROCEDURE_V4,
        STATUS,
        STATUS3,
        FHANDLE,
        FH_LENGTH,
        FH_HASH,
        ATTRIBUTES_FOLLOW,
        FATTR3_TYPE,
        MODE3,
        MODE3_SUID,
        MODE3_SGID,
        MODE3_STICKY,
        MODE3_RUSR,
        MODE3_WUSR,
        MODE3_XUSR,
        MODE3_RGRP,
        MODE3_WGRP,
        MODE3_XGRP,
        MODE3_ROTH,
        MODE3_WOTH,
        MODE3_XOTH,
        FATTR3_NLINK,
        FATTR3_UID,
        FATTR3_GID,
        FATTR3_SIZE,
        FATTR3_USED,
        SPECDATA1,
        SPECDATA2,
        FATTR3_FSID,
        FATTR3_FILEID,
        ATIME,
        ATIME_SEC,
        ATIME_NSEC,
        MTIME,
        MTIME_SEC,
        MTIME_NSEC,
        CTIME,
        CTIME_SEC,
        CTIME_NSEC,
        NAME,
        COUNT3,
        OFFSET3,
        WRITE_STABLE,
        WRITE_COMMITTED,
        VERIFIER,
        DATA,
        ACCESS_CHECK,
        ACCESS_RIGHTS,
        ACCESS_READ,
        ACCESS_LOOKUP,
        ACCESS_MODIFY,
        ACCESS_EXTEND,
        ACCESS_DELETE,
        ACCESS_EXECUTE,
        WCC_ATTR_SIZE,
        PATHCONF_LINKMAX,
        PATHCONF_NAME_MAX,
        PATHCONF_NO_TRUNC,
        PATHCONF_CHOWN_RESTRICTED,
        PATHCONF_CASE_INSENSITIVE,
        PATHCONF_CASE_PRESERVING,
        FSINFO_RTMAX,
        FSINFO_RTPREF,
        FSINFO_RTMULT,
        FSINFO_WTMAX,
        FSINFO_WTPREF,
        FSINFO_WTMULT,
        FSINFO_DTPREF,
        FSINFO_MAXFILESIZE,
        DTIME,
        DTIME_SEC,
        DTIME_NSEC,
        FSINFO_PROPERTIES,
        FSINFO_PROPERTIES_SETATTR,
        FSINFO_PROPERTIES_PATHCONF,
        FSINFO_PROPERTIES_SYMLINKS,
        FSINFO_PROPERTIES_HARDLINKS,
        CREATEMODE,
        COOKIE3,
        COUNT3_DIRCOUNT,
        COUNT3_MAXCOUNT,
        READDIR_EOF,
        READ_EOF,
        HANDLE_FOLLOW,
        SYMLINK_TO,
        READLINK_DATA,
        FSSTAT3_RESOK_TBYTES,
        FSSTAT3_RESOK_FBYTES,
        FSSTAT3_RESOK_ABYTES,
        FSSTAT3_RESOK_TFILES,
        FSSTAT3_RESOK_FFILES,
        FSSTAT3_RESOK_AFILES,
        FSSTAT_INVARSEC,
        READ_DATA_LENGTH,
        READDIR_ENTRY,
        READDIRPLUS_ENTRY_NAME,
        READDIRPLUS_ENTRY_FILEID,
        READDIRPLUS_ENTRY_COOKIE,
        READDIR_ENTRY3_FILEID,
        READDIR_ENTRY3_NAME,
        READDIR_ENTRY3_COOKIE,
        SET_IT,
        SATTRGUARD3,
        UID3,
        GID3,
        SET_SIZE,
    ];

    const PROCEDURE_V2_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "GETATTR"),
        (2, "SETATTR"),
        (3, "ROOT"),
        (4, "LOOKUP"),
        (5, "READLINK"),
        (6, "READ"),
        (7, "WRITECACHE"),
        (8, "WRITE"),
        (9, "CREATE"),
        (10, "REMOVE"),
        (11, "RENAME"),
        (12, "LINK"),
        (13, "SYMLINK"),
        (14, "MKDIR"),
        (15, "RMDIR"),
        (16, "READDIR"),
        (17, "STATFS"),
    ];

    const PROCEDURE_V3_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "GETATTR"),
        (2, "SETATTR"),
        (3, "LOOKUP"),
        (4, "ACCESS"),
        (5, "READLINK"),
        (6, "READ"),
        (7, "WRITE"),
        (8, "CREATE"),
        (9, "MKDIR"),
        (10, "SYMLINK"),
        (11, "MKNOD"),
        (12, "REMOVE"),
        (13, "RMDIR"),
        (14, "RENAME"),
        (15, "LINK"),
        (16, "READDIR"),
        (17, "READDIRPLUS"),
        (18, "FSSTAT"),
        (19, "FSINFO"),
        (20, "PATHCONF"),
        (21, "COMMIT"),
    ];

    const PROCEDURE_V4_VALS: &[(u64, &str)] = &[(0, "NULL"), (1, "COMPOUND")];

    const STATUS_VALS: &[(u64, &str)] = &[
        (0, "OK"),
        (1, "ERR_PERM"),
        (2, "ERR_NOENT"),
        (5, "ERR_IO"),
        (6, "ERR_NXIO"),
        (11, "ERR_EAGAIN"),
        (13, "ERR_ACCESS"),
        (17, "ERR_EXIST"),
        (18, "ERR_XDEV"),
        (19, "ERR_NODEV"),
        (20, "ERR_NOTDIR"),
        (21, "ERR_ISDIR"),
        (22, "ERR_INVAL"),
        (26, "ERR_TXTBSY"),
        (27, "ERR_FBIG"),
        (28, "ERR_NOSPC"),
        (30, "ERR_ROFS"),
        (31, "ERR_MLINK"),
        (45, "ERR_OPNOTSUPP"),
        (63, "ERR_NAMETOOLONG"),
        (66, "ERR_NOTEMPTY"),
        (69, "ERR_DQUOT"),
        (70, "ERR_STALE"),
        (71, "ERR_REMOTE"),
        (99, "ERR_WFLUSH"),
        (10001, "ERR_BADHANDLE"),
        (10002, "ERR_NOT_SYNC"),
        (10003, "ERR_BAD_COOKIE"),
        (10004, "ERR_NOTSUPP"),
        (10005, "ERR_TOOSMALL"),
        (10006, "ERR_SERVERFAULT"),
        (10007, "ERR_BADTYPE"),
        (10008, "ERR_DELAY"),
        (10009, "ERR_SAME"),
        (10010, "ERR_DENIED"),
        (10011, "ERR_EXPIRED"),
        (10012, "ERR_LOCKED"),
        (10013, "ERR_GRACE"),
        (10014, "ERR_FHEXPIRED"),
        (10015, "ERR_SHARE_DENIED"),
        (10016, "ERR_WRONGSEC"),
        (10017, "ERR_CLID_INUSE"),
        (10018, "ERR_RESOURCE"),
        (10019, "ERR_MOVED"),
        (10020, "ERR_NOFILEHANDLE"),
        (10021, "ERR_MINOR_VERS_MISMATCH"),
        (10022, "ERR_STALE_CLIENTID"),
        (10023, "ERR_STALE_STATEID"),
        (10024, "ERR_OLD_STATEID"),
        (10025, "ERR_BAD_STATEID"),
        (10026, "ERR_BAD_SEQID"),
        (10027, "ERR_NOT_SAME"),
        (10028, "ERR_LOCK_RANGE"),
        (10029, "ERR_SYMLINK"),
        (10030, "ERR_READDIR_NOSPC"),
        (10031, "ERR_LEASE_MOVED"),
        (10032, "ERR_ATTRNOTSUPP"),
        (10033, "ERR_NO_GRACE"),
        (10034, "ERR_RECLAIM_BAD"),
        (10035, "ERR_RECLAIM_CONFLICT"),
        (10036, "ERR_BADXDR"),
        (10037, "ERR_LOCKS_HELD"),
        (10038, "ERR_OPENMODE"),
        (10039, "ERR_BADOWNER"),
        (10040, "ERR_BADCHAR"),
        (10041, "ERR_BADNAME"),
        (10042, "ERR_BAD_RANGE"),
        (10043, "ERR_LOCK_NOTSUPP"),
        (10044, "ERR_OP_ILLEGAL"),
        (10045, "ERR_DEADLOCK"),
        (10046, "ERR_FILE_OPEN"),
        (10047, "ERR_ADMIN_REVOKED"),
        (10048, "ERR_CB_PATH_DOWN"),
        (10049, "ERR_REPLAY_ME_or_BADIOMODE"),
        (10050, "ERR_BADLAYOUT"),
        (10051, "ERR_BAD_SESSION_DIGEST"),
        (10052, "ERR_BADSESSION"),
        (10053, "ERR_BADSLOT"),
        (10054, "ERR_COMPLETE_ALREADY"),
        (10055, "ERR_CONN_NOT_BOUND_TO_SESSION"),
        (10056, "ERR_DELEG_ALREADY_WANTED"),
        (10057, "ERR_BACK_CHAN_BUSY"),
        (10058, "ERR_LAYOUTTRYLATER"),
        (10059, "ERR_LAYOUTUNAVAILABLE"),
        (10060, "ERR_NOMATCHING_LAYOUT"),
        (10061, "ERR_RECALLCONFLICT"),
        (10062, "ERR_UNKNOWN_LAYOUTTYPE"),
        (10063, "ERR_SEQ_MISORDERED"),
        (10064, "ERR_SEQUENCE_POS"),
        (10065, "ERR_REQ_TOO_BIG"),
        (10066, "ERR_REP_TOO_BIG"),
        (10067, "ERR_REP_TOO_BIG_TO_CACHE"),
        (10068, "ERR_RETRY_UNCACHED_REP"),
        (10069, "ERR_UNSAFE_COMPOUND"),
        (10070, "ERR_TOO_MANY_OPS"),
        (10071, "ERR_OP_NOT_IN_SESSION"),
        (10072, "ERR_HASH_ALG_UNSUPP"),
        (10073, "NFS4ERR_CONN_BINDING_NOT_ENFORCED"),
        (10074, "ERR_CLIENTID_BUSY"),
        (10075, "ERR_PNFS_IO_HOLE"),
        (10076, "ERR_SEQ_FALSE_RETRY"),
        (10077, "ERR_BAD_HIGH_SLOT"),
        (10078, "ERR_DEADSESSION"),
        (10079, "ERR_ENCR_ALG_UNSUPP"),
        (10080, "ERR_PNFS_NO_LAYOUT"),
        (10081, "ERR_NOT_ONLY_OP"),
        (10082, "ERR_WRONG_CRED"),
        (10083, "ERR_WRONG_TYPE"),
        (10084, "ERR_DIRDELEG_UNAVAIL"),
        (10085, "ERR_REJECT_DELEG"),
        (10086, "ERR_RETURNCONFLICT"),
        (10087, "ERR_DELEG_REVOKED"),
        (10088, "ERR_PARTNER_NOTSUPP"),
        (10089, "ERR_PARTNER_NO_AUTH"),
        (10090, "ERR_UNION_NOTSUPP"),
        (10091, "ERR_OFFLOAD_DENIED"),
        (10092, "ERR_WRONG_LFS"),
        (10093, "ERR_BADLABEL"),
        (10094, "ERR_OFFLOAD_NO_REQS"),
    ];

    const STATUS3_VALS: &[(u64, &str)] = &[
        (0, "NFS3_OK"),
        (1, "NFS3ERR_PERM"),
        (2, "NFS3ERR_NOENT"),
        (5, "NFS3ERR_IO"),
        (6, "NFS3ERR_NXIO"),
        (13, "NFS3ERR_ACCES"),
        (17, "NFS3ERR_EXIST"),
        (18, "NFS3ERR_XDEV"),
        (19, "NFS3ERR_NODEV"),
        (20, "NFS3ERR_NOTDIR"),
        (21, "NFS3ERR_ISDIR"),
        (22, "NFS3ERR_INVAL"),
        (27, "NFS3ERR_FBIG"),
        (28, "NFS3ERR_NOSPC"),
        (30, "NFS3ERR_ROFS"),
        (31, "NFS3ERR_MLINK"),
        (63, "NFS3ERR_NAMETOOLONG"),
        (66, "NFS3ERR_NOTEMPTY"),
        (69, "NFS3ERR_DQUOT"),
        (70, "NFS3ERR_STALE"),
        (71, "NFS3ERR_REMOTE"),
        (10001, "NFS3ERR_BADHANDLE"),
        (10002, "NFS3ERR_NOT_SYNC"),
        (10003, "NFS3ERR_BAD_COOKIE"),
        (10004, "NFS3ERR_NOTSUPP"),
        (10005, "NFS3ERR_TOOSMALL"),
        (10006, "NFS3ERR_SERVERFAULT"),
        (10007, "NFS3ERR_BADTYPE"),
        (10008, "NFS3ERR_JUKEBOX"),
    ];

    const ATTRIBUTES_FOLLOW_VALS: &[(u64, &str)] = &[(0, "no value"), (1, "value follows")];

    const FATTR3_TYPE_VALS: &[(u64, &str)] = &[
        (1, "Regular File"),
        (2, "Directory"),
        (3, "Block Special Device"),
        (4, "Character Special Device"),
        (5, "Symbolic Link"),
        (6, "Socket"),
        (7, "Named Pipe"),
    ];

    const WRITE_STABLE_VALS: &[(u64, &str)] =
        &[(0, "UNSTABLE"), (1, "DATA_SYNC"), (2, "FILE_SYNC")];

    const CREATEMODE_VALS: &[(u64, &str)] = &[(0, "UNCHECKED"), (1, "GUARDED"), (2, "EXCLUSIVE")];

    const SET_IT_VALS: &[(u64, &str)] = &[
        (0, "don't change"),
        (1, "set to server time"),
        (2, "set to client time"),
    ];
}

pub mod nfsacl {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PROCEDURE_V1: &F =
        field!(F::new("nfsacl.procedure_v1", Uint32, "V1 Procedure").vals(PROCEDURE_V1_VALS));
    pub static PROCEDURE_V2: &F =
        field!(F::new("nfsacl.procedure_v2", Uint32, "V2 Procedure").vals(PROCEDURE_V2_VALS));
    pub static PROCEDURE_V3: &F =
        field!(F::new("nfsacl.procedure_v3", Uint32, "V3 Procedure").vals(PROCEDURE_V3_VALS));
    pub static MASK: &F = field!(F::new("nfsacl.mask", Uint32, "Mask").base(Base::Hex));
    pub static MASK_ACL_ENTRY: &F = field!(
        F::new("nfsacl.mask.acl_entry", Boolean, "ACL entry")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("Yes", "No")
    );
    pub static MASK_ACL_COUNT: &F = field!(
        F::new("nfsacl.mask.acl_count", Boolean, "ACL count")
            .base(Base::Bits(32))
            .mask(0x2)
            .tfs("Yes", "No")
    );
    pub static MASK_DEFAULT_ACL_ENTRY: &F = field!(
        F::new(
            "nfsacl.mask.default_acl_entry",
            Boolean,
            "Default ACL entry"
        )
        .base(Base::Bits(32))
        .mask(0x4)
        .tfs("Yes", "No")
    );
    pub static MASK_DEFAULT_ACL_COUNT: &F = field!(
        F::new(
            "nfsacl.mask.default_acl_count",
            Boolean,
            "Default ACL count"
        )
        .base(Base::Bits(32))
        .mask(0x8)
        .tfs("Yes", "No")
    );
    pub static ACL: &F = field!(F::new("nfsacl.acl", None, "ACL"));
    pub static ACLCNT: &F = field!(F::new("nfsacl.aclcnt", Uint32, "ACL count"));
    pub static DFACLCNT: &F = field!(F::new("nfsacl.dfaclcnt", Uint32, "Default ACL count"));
    pub static ACLENT: &F = field!(F::new("nfsacl.aclent", None, "ACL Entry").blurb("ACL"));
    pub static ACLENT_TYPE: &F =
        field!(F::new("nfsacl.aclent.type", Uint32, "Type").vals(ACLENT_TYPE_VALS));
    pub static ACLENT_UID: &F = field!(F::new("nfsacl.aclent.uid", Uint32, "UID"));
    pub static ACLENT_PERM: &F = field!(F::new("nfsacl.aclent.perm", Uint32, "Permissions"));
    pub static ACLENT_PERM_READ: &F = field!(
        F::new("nfsacl.aclent.perm.read", Boolean, "READ")
            .base(Base::Bits(32))
            .mask(0x4)
            .tfs("Yes", "No")
    );
    pub static ACLENT_PERM_WRITE: &F = field!(
        F::new("nfsacl.aclent.perm.write", Boolean, "WRITE")
            .base(Base::Bits(32))
            .mask(0x2)
            .tfs("Yes", "No")
    );
    pub static ACLENT_PERM_EXEC: &F = field!(
        F::new("nfsacl.aclent.perm.exec", Boolean, "EXEC")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("Yes", "No")
    );

    pub static ALL: &[&F] = &[
        PROCEDURE_V1,
        PROCEDURE_V2,
        PROCEDURE_V3,
        MASK,
        MASK_ACL_ENTRY,
        MASK_ACL_COUNT,
        MASK_DEFAULT_ACL_ENTRY,
        MASK_DEFAULT_ACL_COUNT,
        ACL,
        ACLCNT,
        DFACLCNT,
        ACLENT,
        ACLENT_TYPE,
        ACLENT_UID,
        ACLENT_PERM,
        ACLENT_PERM_READ,
        ACLENT_PERM_WRITE,
        ACLENT_PERM_EXEC,
    ];

    const PROCEDURE_V1_VALS: &[(u64, &str)] = &[(0, "NULL")];

    const PROCEDURE_V2_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "GETACL"),
        (2, "SETACL"),
        (3, "GETATTR"),
        (4, "ACCESS"),
        (5, "GETXATTRDIR"),
    ];

    const PROCEDURE_V3_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "GETACL"),
        (2, "SETACL"),
        (3, "GETXATTRDIR"),
    ];

    const ACLENT_TYPE_VALS: &[(u64, &str)] = &[
        (1, "NA_USER_OBJ"),
        (2, "NA_USER"),
        (4, "NA_GROUP_OBJ"),
        (8, "NA_GROUP"),
        (16, "NA_CLASS_OBJ"),
        (32, "NA_OTHER_OBJ"),
        (4096, "NA_ACL_DEFAULT"),
        (4097, "Default NA_USER_OBJ"),
        (4098, "Default NA_USER"),
        (4100, "Default NA_GROUP_OBJ"),
        (4104, "Default NA_GROUP"),
        (4112, "Default NA_CLASS_OBJ"),
        (4128, "Default NA_OTHER_OBJ"),
    ];
}

pub mod nlm {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PROCEDURE_V1: &F =
        field!(F::new("nlm.procedure_v1", Uint32, "V1 Procedure").vals(PROCEDURE_V1_VALS));
    pub static PROCEDURE_V2: &F =
        field!(F::new("nlm.procedure_v2", Uint32, "V2 Procedure").vals(PROCEDURE_V1_VALS));
    pub static PROCEDURE_V3: &F =
        field!(F::new("nlm.procedure_v3", Uint32, "V3 Procedure").vals(PROCEDURE_V3_VALS));
    pub static PROCEDURE_V4: &F =
        field!(F::new("nlm.procedure_v4", Uint32, "V4 Procedure").vals(PROCEDURE_V3_VALS));

    pub static ALL: &[&F] = &[PROCEDURE_V1, PROCEDURE_V2, PROCEDURE_V3, PROCEDURE_V4];

    const PROCEDURE_V1_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "TEST"),
        (2, "LOCK"),
        (3, "CANCEL"),
        (4, "UNLOCK"),
        (5, "GRANTED"),
        (6, "TEST_MSG"),
        (7, "LOCK_MSG"),
        (8, "CANCEL_MSG"),
        (9, "UNLOCK_MSG"),
        (10, "GRANTED_MSG"),
        (11, "TEST_RES"),
        (12, "LOCK_RES"),
        (13, "CANCEL_RES"),
        (14, "UNLOCK_RES"),
        (15, "GRANTED_RES"),
    ];

    const PROCEDURE_V3_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "TEST"),
        (2, "LOCK"),
        (3, "CANCEL"),
        (4, "UNLOCK"),
        (5, "GRANTED"),
        (6, "TEST_MSG"),
        (7, "LOCK_MSG"),
        (8, "CANCEL_MSG"),
        (9, "UNLOCK_MSG"),
        (10, "GRANTED_MSG"),
        (11, "TEST_RES"),
        (12, "LOCK_RES"),
        (13, "CANCEL_RES"),
        (14, "UNLOCK_RES"),
        (15, "GRANTED_RES"),
        (20, "SHARE"),
        (21, "UNSHARE"),
        (22, "NM_LOCK"),
        (23, "FREE_ALL"),
    ];
}

pub mod stat {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PROCEDURE_V1: &F =
        field!(F::new("stat.procedure_v1", Uint32, "V1 Procedure").vals(PROCEDURE_V1_VALS));

    pub static ALL: &[&F] = &[PROCEDURE_V1];

    const PROCEDURE_V1_VALS: &[(u64, &str)] = &[
        (0, "NULL"),
        (1, "STAT"),
        (2, "MON"),
        (3, "UNMON"),
        (4, "UNMON_ALL"),
        (5, "SIMU_CRASH"),
        (6, "NOTIFY"),
    ];
}
