#!/usr/bin/env bash
# The test command of the README, for a fresh Debian machine with only the
# Rust toolchain: installs the Debian packages the tests need when some are
# missing (apt-get, non-interactive; sudo when not root), then runs the whole
# suite. Extra arguments go to cargo test: scripts/test.sh --test cli
#
# What needs what:
#   libpcap-dev, pkg-config   build the `libpcap` feature (--all-features)
#   libpcre2-dev              `matches` links the system's PCRE2, the library
#                             and version tshark uses (without it the pcre2
#                             crate builds its own copy, a newer PCRE2)
#   libwireshark-data         Wireshark's manuf table: the manufacturer names
#                             (eth.src.oui_resolved) the goldens hold
#   gcc, libc6-dev            the linker, when no `cc` is installed
#   iproute2 iputils-ping curl dnsutils dnsmasq-base python3 procps (sysctl)
#                             tests/live.rs: namespaces, real clients and servers
#   libcap2-bin util-linux mount   setcap, setpriv, a tiny tmpfs (capture tests)
#   chromium                  tests/report.rs: the report page in a real browser
#                             (headless; the test fails in CI without it)
# The live tests need root (network namespaces); without it they say why and
# skip. Set OSIDUMP_CORPUS to a folder of captures to add the corpus sweep.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(libpcap-dev pkg-config libpcre2-dev libwireshark-data iproute2 iputils-ping curl dnsutils dnsmasq-base
  python3 procps libcap2-bin util-linux mount chromium)
command -v cc >/dev/null 2>&1 || packages+=(gcc libc6-dev)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 || {
        echo "scripts/test.sh: as root, or with sudo, install: ${missing[*]}" >&2
        exit 1
      }
      sudo=(sudo)
    fi
    echo "scripts/test.sh: installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "scripts/test.sh: not Debian; make sure these are installed: ${packages[*]}" >&2
fi

exec cargo test --all-features "$@"
