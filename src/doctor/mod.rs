//! Checks of what is live against what should be: `verify` (the served site against the
//! deploy). Plain modules: typed inputs in, a report out, progress through callbacks.

pub mod verify;
