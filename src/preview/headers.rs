//! Custom headers: the app's `customHeaders` YAML. Patterns are globs on the served path
//! without its leading `/` (`*` stays within a segment, `**` crosses segments); every matching
//! entry applies in order, a later one winning for the same key.

use globset::{Glob, GlobBuilder, GlobMatcher};
use serde::Deserialize;

#[derive(Deserialize)]
struct Document {
    #[serde(rename = "customHeaders", default)]
    custom_headers: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    pattern: String,
    #[serde(default)]
    headers: Vec<KeyValue>,
}

#[derive(Deserialize)]
struct KeyValue {
    key: String,
    value: String,
}

#[derive(Default)]
pub struct HeaderRules {
    entries: Vec<(GlobMatcher, Vec<(String, String)>)>,
}

fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern.trim_start_matches('/')).literal_separator(true).build()
}

impl HeaderRules {
    /// Parses the YAML document; an empty document means no headers.
    pub fn parse(yaml: &str) -> Result<HeaderRules, String> {
        if yaml.trim().is_empty() {
            return Ok(HeaderRules::default());
        }
        let doc: Document =
            serde_yaml_ng::from_str(yaml).map_err(|e| format!("custom headers are not valid YAML: {e}"))?;
        let mut entries = Vec::new();
        for (i, e) in doc.custom_headers.into_iter().enumerate() {
            let matcher =
                glob(&e.pattern).map_err(|err| format!("custom header entry {i}: pattern {:?}: {err}", e.pattern))?;
            entries.push((matcher.compile_matcher(), e.headers.into_iter().map(|kv| (kv.key, kv.value)).collect()));
        }
        Ok(HeaderRules { entries })
    }

    /// The headers for a served path (`/assets/app.js`).
    pub fn for_path(&self, path: &str) -> Vec<(String, String)> {
        let rel = path.trim_start_matches('/');
        let mut out: Vec<(String, String)> = Vec::new();
        for (matcher, headers) in &self.entries {
            if !matcher.is_match(rel) {
                continue;
            }
            for (k, v) in headers {
                out.retain(|(existing, _)| !existing.eq_ignore_ascii_case(k));
                out.push((k.clone(), v.clone()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_apply_in_order_and_the_later_wins() {
        let rules = HeaderRules::parse(
            "customHeaders:\n  - pattern: '**/*'\n    headers:\n      - key: Cache-Control\n        value: max-age=300\n  - pattern: '*.json'\n    headers: [{ key: 'X-Kind', value: 'data' }, { key: 'cache-control', value: 'no-cache' }]\n",
        )
        .unwrap();
        assert_eq!(
            rules.for_path("/data.json"),
            vec![("X-Kind".into(), "data".into()), ("cache-control".into(), "no-cache".into())]
        );
        assert_eq!(
            rules.for_path("/a/data.json"),
            vec![("Cache-Control".into(), "max-age=300".into())],
            "* stays in a segment"
        );
        assert!(HeaderRules::parse("customHeaders: [oops").is_err());
    }
}
