//! NHRP on crafted bytes: cut and malformed packets.

use super::*;
