//! The rules engine with arbitrary rules and requests: a decision, never a panic.
#![no_main]
use amphost::preview::rules::{Files, Request, RuleSet};
use libfuzzer_sys::fuzz_target;

struct Some3;
impl Files for Some3 {
    fn exists(&self, path: &str) -> bool {
        path.len() % 3 == 0
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.split('\n');
    let path = format!("/{}", lines.next().unwrap_or(""));
    let mut rules = Vec::new();
    while let (Some(s), Some(t)) = (lines.next(), lines.next()) {
        let status = ["200", "301", "302", "404", "404-200"][rules.len() % 5];
        rules.push(serde_json::json!({"source": s, "target": t, "status": status}));
    }
    if let Ok(set) = RuleSet::parse(&serde_json::Value::Array(rules)) {
        let _ = set.decide(&Request { host: "h", path: &path, query: "a=1", country: Some("US") }, &Some3);
    }
});
