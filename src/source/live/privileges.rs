//! Giving up privileges once the capture socket is open.
//!
//! Opening an `AF_PACKET` socket (or libpcap's) is the only step that needs
//! CAP_NET_RAW (and CAP_NET_ADMIN for promiscuous mode); everything after
//! it parses bytes an attacker chose. So `capture`, after opening the
//! socket and the `-w` file and before the first packet is read:
//!
//! 1. with `-Z USER` (root only): drops the bounding set while it still
//!    can, then becomes USER — its supplementary groups, primary gid, uid
//!    ([`become_user`]); the kernel clears the permitted and effective sets
//!    when the last uid leaves 0;
//! 2. always ([`drop_capabilities`]): empties the bounding set where it is
//!    allowed to (root; a binary with file capabilities lacks CAP_SETPCAP),
//!    the ambient set, then the effective, permitted and inheritable sets,
//!    sets `no_new_privs`, and checks with `capget` that nothing is left.
//!
//! So a root capture keeps uid 0 but no capability (it cannot bypass file
//! permissions, load modules, or reopen a raw socket), a `setcap`ed binary
//! run by a user ends with `CapEff` and `CapPrm` zero, and `-Z nobody`
//! ends as nobody with no capability at all.

use std::ffi::CString;
use std::io;

/// `_LINUX_CAPABILITY_VERSION_3`: two 32-bit words per set.
const CAPABILITY_VERSION_3: u32 = 0x2008_0522;

#[repr(C)]
struct CapHeader {
    version: u32,
    pid: libc::c_int,
}

#[repr(C)]
#[derive(Default, Clone, Copy)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}

/// Whether this process runs as root (effective uid 0).
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// The effective, permitted and inheritable sets of this process, as
/// 64-bit masks (`capget`).
pub fn capabilities() -> io::Result<(u64, u64, u64)> {
    let mut hdr = CapHeader {
        version: CAPABILITY_VERSION_3,
        pid: 0,
    };
    let mut data = [CapData::default(); 2];
    // SAFETY: hdr and data are valid for the kernel's v3 layout (two words).
    let rc = unsafe { libc::syscall(libc::SYS_capget, &mut hdr, data.as_mut_ptr()) };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    let join = |f: fn(&CapData) -> u32| u64::from(f(&data[0])) | (u64::from(f(&data[1])) << 32);
    Ok((
        join(|d| d.effective),
        join(|d| d.permitted),
        join(|d| d.inheritable),
    ))
}

/// Empties the bounding set (when allowed), the ambient set, and the
/// effective, permitted and inheritable sets, and forbids gaining any
/// back through `execve` (`no_new_privs`). Fails if a capability is left.
pub fn drop_capabilities() -> Result<(), String> {
    // Bounding set first: dropping from it needs CAP_SETPCAP, which goes
    // with the rest. EINVAL: past the kernel's last capability; EPERM: no
    // CAP_SETPCAP (file capabilities), the bounding set stays as it is.
    for cap in 0..64 {
        // SAFETY: prctl with integer arguments.
        if unsafe { libc::prctl(libc::PR_CAPBSET_DROP, cap as libc::c_ulong, 0, 0, 0) } != 0 {
            match io::Error::last_os_error().raw_os_error() {
                Some(libc::EINVAL) | Some(libc::EPERM) => break,
                _ => {
                    return Err(format!(
                        "dropping capability {cap} from the bounding set: {}",
                        io::Error::last_os_error()
                    ));
                }
            }
        }
    }
    // SAFETY: prctl with integer arguments. Ambient capabilities exist
    // since Linux 4.3 (EINVAL before, and then there are none); emptying
    // the permitted set below clears them too.
    unsafe {
        libc::prctl(
            libc::PR_CAP_AMBIENT,
            libc::PR_CAP_AMBIENT_CLEAR_ALL as libc::c_ulong,
            0,
            0,
            0,
        );
    }
    let hdr = CapHeader {
        version: CAPABILITY_VERSION_3,
        pid: 0,
    };
    let data = [CapData::default(); 2];
    // SAFETY: hdr and data are valid for the kernel's v3 layout.
    if unsafe { libc::syscall(libc::SYS_capset, &hdr, data.as_ptr()) } != 0 {
        return Err(format!(
            "dropping capabilities: {}",
            io::Error::last_os_error()
        ));
    }
    // SAFETY: prctl with integer arguments.
    if unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1 as libc::c_ulong, 0, 0, 0) } != 0 {
        return Err(format!("no_new_privs: {}", io::Error::last_os_error()));
    }
    match capabilities() {
        Ok((0, 0, 0)) => Ok(()),
        Ok((e, p, i)) => Err(format!(
            "capabilities still held after dropping them: effective {e:#x}, permitted {p:#x}, inheritable {i:#x}"
        )),
        Err(e) => Err(format!("reading capabilities: {e}")),
    }
}

/// As root, after the capture is open: become `user` (its uid, its primary
/// gid, its supplementary groups), like tcpdump's `-Z`, with the bounding
/// set emptied first. Refused when not root: only root can change user.
pub fn become_user(user: &str) -> Result<(), String> {
    if !is_root() {
        return Err(format!("--user {user}: only root can change user"));
    }
    let cname = CString::new(user).map_err(|_| format!("bad user name '{user}'"))?;
    // SAFETY: passwd is plain data; all-zero is a valid value to fill.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call; buf outlives the use of pw.
    let rc = unsafe {
        libc::getpwnam_r(
            cname.as_ptr(),
            &mut pw,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        )
    };
    if rc != 0 || result.is_null() {
        return Err(format!("--user: no user named '{user}'"));
    }
    let (uid, gid) = (pw.pw_uid, pw.pw_gid);
    // While still root (CAP_SETPCAP): nothing this process runs later can
    // get a capability back.
    for cap in 0..64 {
        // SAFETY: prctl with integer arguments.
        if unsafe { libc::prctl(libc::PR_CAPBSET_DROP, cap as libc::c_ulong, 0, 0, 0) } != 0 {
            break;
        }
    }
    // SAFETY: plain syscalls on values; the order (groups, gid, uid) matters
    // because after setuid we may no longer change groups.
    unsafe {
        if libc::initgroups(cname.as_ptr(), gid) != 0 {
            return Err(format!(
                "--user {user}: initgroups: {}",
                io::Error::last_os_error()
            ));
        }
        if libc::setgid(gid) != 0 {
            return Err(format!(
                "--user {user}: setgid: {}",
                io::Error::last_os_error()
            ));
        }
        if libc::setuid(uid) != 0 {
            return Err(format!(
                "--user {user}: setuid: {}",
                io::Error::last_os_error()
            ));
        }
        if uid != 0 && libc::setuid(0) == 0 {
            return Err(format!("--user {user}: could still regain root"));
        }
    }
    Ok(())
}
