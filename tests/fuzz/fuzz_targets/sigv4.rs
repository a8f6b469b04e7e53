//! Signature verification of arbitrary Authorization and X-Amz-Date headers: a refusal,
//! never a panic (and never an acceptance).
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (auth, date) = text.split_once('\n').unwrap_or((&text, "20260101T000000Z"));
    let mut headers = http::HeaderMap::new();
    if let Ok(v) = http::HeaderValue::from_str(auth) {
        headers.insert("authorization", v);
    }
    if let Ok(v) = http::HeaderValue::from_str(date) {
        headers.insert("x-amz-date", v);
    }
    headers.insert("host", http::HeaderValue::from_static("127.0.0.1:4750"));
    let verifier = amphost::emulator::sigv4::Verifier {
        keys: HashMap::from([("test".to_string(), "test".to_string())]),
        service: "amplify".into(),
    };
    let result = verifier.verify("GET", "/apps", "", &headers, b"", std::time::SystemTime::now());
    assert!(result.is_err(), "a random signature was accepted");
});
