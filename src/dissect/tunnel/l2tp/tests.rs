//! Unit tests: cut and hostile L2TP messages.
