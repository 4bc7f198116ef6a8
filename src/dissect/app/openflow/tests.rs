//! OpenFlow messages from crafted bytes.
