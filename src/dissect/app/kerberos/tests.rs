//! Crafted Kerberos messages.
