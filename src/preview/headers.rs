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
    /// Each entry's pattern as written, in the order of `entries` (for `verify`'s reports).
    patterns: Vec<String>,
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
        let mut patterns = Vec::new();
        for (i, e) in doc.custom_headers.into_iter().enumerate() {
            let matcher = glob(&e.pattern)
                .map_err(|err| format!("custom header entry #{}: pattern {:?}: {err}", i + 1, e.pattern))?;
            entries.push((matcher.compile_matcher(), e.headers.into_iter().map(|kv| (kv.key, kv.value)).collect()));
            patterns.push(e.pattern);
        }
        Ok(HeaderRules { entries, patterns })
    }

    /// Each entry's pattern as written and its headers, in order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &[(String, String)])> {
        self.patterns.iter().map(String::as_str).zip(self.entries.iter().map(|(_, h)| h.as_slice()))
    }

    /// Whether entry `i`'s pattern matches a served path (`/assets/app.js`).
    pub fn entry_matches(&self, i: usize, path: &str) -> bool {
        self.entries.get(i).is_some_and(|(m, _)| m.is_match(path.trim_start_matches('/')))
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

/// Whether `pattern` would match `path` if `*` crossed folders (`*.js` and `assets/app.js`):
/// what its author probably meant when the pattern as read matches nothing deployed.
pub fn matches_across_folders(pattern: &str, path: &str) -> bool {
    GlobBuilder::new(pattern.trim_start_matches('/'))
        .literal_separator(false)
        .build()
        .is_ok_and(|g| g.compile_matcher().is_match(path.trim_start_matches('/')))
}

/// The strict reading of `customHttp.yml` that [`check`] uses: every key known.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrictDocument {
    #[serde(rename = "customHeaders")]
    custom_headers: Vec<StrictEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrictEntry {
    pattern: String,
    headers: Vec<StrictKeyValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrictKeyValue {
    key: String,
    value: String,
}

/// Whether `name` is an HTTP header name: an RFC 7230 token (letters, digits and
/// ``!#$%&'*+-.^_`|~``), not empty.
pub fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The 1-based line and column (in characters) of the first `needle` at or after `from`.
fn place(text: &str, needle: &str, from: usize) -> Option<(usize, usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let at = from.min(text.len());
    let found = text.get(at..)?.find(needle)? + at;
    let before = &text[..found];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, col, found))
}

/// Checks a `customHttp.yml` before it is sent: YAML syntax, the document's shape (a
/// `customHeaders` list of `pattern` and `headers`, each a `key` and a `value`, no other
/// keys), patterns that compile, header names that are RFC 7230 tokens and values without
/// line breaks. Errors read `LINE:COL: problem` when the problem has a place (the caller
/// adds the file). Returns the number of entries.
pub fn check(yaml: &str) -> Result<usize, String> {
    if yaml.trim().is_empty() {
        return Ok(0);
    }
    let doc: StrictDocument = serde_yaml_ng::from_str(yaml).map_err(|e| {
        let message = e.to_string();
        let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m).to_string();
        match e.location() {
            Some(l) => format!("{}:{}: {message}", l.line(), l.column()),
            None => message,
        }
    })?;
    let mut from = 0;
    let at = |needle: &str, from: usize, problem: String| match place(yaml, needle, from) {
        Some((line, col, _)) => format!("{line}:{col}: {problem}"),
        None => problem,
    };
    for (i, entry) in doc.custom_headers.iter().enumerate() {
        let i = i + 1;
        if entry.pattern.trim().is_empty() {
            return Err(at("pattern:", from, format!("custom header entry #{i}: the pattern is empty")));
        }
        if let Some((_, _, found)) = place(yaml, &entry.pattern, from) {
            from = found;
        }
        if let Err(e) = glob(&entry.pattern) {
            return Err(at(
                &entry.pattern,
                from,
                format!("custom header entry #{i}: pattern {:?}: {e}", entry.pattern),
            ));
        }
        for kv in &entry.headers {
            if !is_header_name(&kv.key) {
                return Err(at(
                    &kv.key,
                    from,
                    format!(
                        "custom header entry #{i}: {:?} is not a header name (letters, digits and !#$%&'*+-.^_`|~ only)",
                        kv.key
                    ),
                ));
            }
            if kv.value.chars().any(|c| c.is_control() && c != '\t') {
                return Err(at(
                    &kv.key,
                    from,
                    format!(
                        "custom header entry #{i}: the value of {} has a line break or a control character",
                        kv.key
                    ),
                ));
            }
        }
    }
    Ok(doc.custom_headers.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_pattern_is_placed_and_entries_counted_from_1() {
        let yaml = "customHeaders:\n  - pattern: '*.js'\n    headers: [{key: A, value: b}]\n  - pattern: ''\n    headers: [{key: A, value: b}]\n";
        assert_eq!(check(yaml).unwrap_err(), "4:5: custom header entry #2: the pattern is empty");
    }

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

    #[test]
    fn check_names_the_place_of_each_mistake() {
        let good = "customHeaders:\n  - pattern: '**/*'\n    headers:\n      - key: Cache-Control\n        value: max-age=300\n";
        assert_eq!(check(good), Ok(1));
        assert_eq!(check(""), Ok(0));
        let cases = [
            ("customHeaders:\n  - pattern: '*.js'\n    headers: [oops\n", "", ""),
            ("customHeaders:\n  - pattern: '*.js'\n    hedaers: []\n", "3:", "unknown field `hedaers`"),
            (
                "customHeaders:\n  - pattern: '*.js'\n    headers:\n      - key: X Bad\n        value: v\n",
                "4:14:",
                "not a header name",
            ),
            ("customHeaders:\n  - pattern: 'a[b'\n    headers: []\n", "2:15:", "pattern"),
            (
                "customHeaders:\n  - pattern: '*'\n    headers:\n      - key: X-A\n        value: \"a\\nb\"\n",
                "4:",
                "line break",
            ),
        ];
        let located = regex::Regex::new(r"^\d+:\d+: ").unwrap();
        for (yaml, place, problem) in cases {
            let e = check(yaml).unwrap_err();
            assert!(located.is_match(&e) && e.starts_with(place), "{yaml:?}: {e}");
            assert!(e.contains(problem), "{yaml:?}: {e}");
        }
        assert!(is_header_name("X-Frame-Options") && !is_header_name("") && !is_header_name("a:b"));
    }
}
