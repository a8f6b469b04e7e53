//! Routing and input parsing of arbitrary requests: the emulator must answer (an operation's
//! input or an error), never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\n');
    let method = parts.next().unwrap_or("GET");
    let path = parts.next().unwrap_or("/");
    let query = parts.next().unwrap_or("");
    let body = parts.next().unwrap_or("");
    if let Some((op, labels)) = amphost::emulator::protocol::route(method, path) {
        let _ = amphost::emulator::protocol::parse_input(op, labels, query, &http::HeaderMap::new(), body.as_bytes());
    }
});
