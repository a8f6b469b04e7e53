//! Validation of a request or response value against a shape of the model: required members,
//! unknown members, types, lengths, counts, patterns and enums. The client runs it before
//! sending (so bad input costs no request) and the emulator runs it on every request it receives.

use super::{model, Location, Operation, Shape, ShapeType};
use fancy_regex::Regex;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The first constraint a value breaks: where (`customRules[0].source`) and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Dotted path from the top of the request, in the model's member names.
    pub path: String,
    pub problem: String,
}

impl Violation {
    /// The top-level member the violation is in (`customRules` for `customRules[0].source`).
    pub fn top_member(&self) -> &str {
        self.path.split(['.', '[']).next().unwrap_or(self.path.as_str())
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Model patterns are matched against the whole value (we anchor them). The service's IDs and
/// names are whole-value constraints; an unanchored `d[a-z0-9]+` would accept `xd1`. Some
/// patterns use lookahead (domain names), hence fancy-regex.
fn pattern_regex(pattern: &str) -> &'static Regex {
    static COMPILED: OnceLock<HashMap<String, Regex>> = OnceLock::new();
    let all = COMPILED.get_or_init(|| {
        model()
            .shapes
            .values()
            .filter_map(|s| s.pattern.as_deref())
            .map(|p| {
                let anchored = format!("^(?:{p})$");
                let re = Regex::new(&anchored).expect("model patterns compile");
                (p.to_string(), re)
            })
            .collect()
    });
    &all[pattern]
}

/// Validates `value` against the shape named `shape_name`.
pub fn validate(shape_name: &str, value: &Value) -> Result<(), Violation> {
    check(shape_name, value, "")
}

/// Validates an operation's whole input: its URI labels (see [`check_labels`]), then its shape.
/// The client runs this before sending and the emulator on every request.
pub fn validate_input(op: &Operation, input: &Value) -> Result<(), Violation> {
    let Some(shape) = &op.input else { return Ok(()) };
    check_labels(op, input)?;
    validate(&shape.shape, input)
}

/// The names of every member that some operation puts in its URI (`branchName`, `jobId`, …).
fn label_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let m = model();
        let mut names: Vec<String> = m
            .operations
            .values()
            .filter_map(|op| m.input_of(op))
            .flat_map(|s| s.members.iter())
            .filter(|(_, member)| member.location == Location::Uri)
            .map(|(name, _)| name.clone())
            .collect();
        names.sort();
        names.dedup();
        names
    })
}

/// A URI label must stay one path segment naming one resource. An empty label disappears
/// (`/webhooks/` is ListWebhooks' neighbour), and `.` or `..` are dot-segments that HTTP
/// clients and servers normalise away: `DELETE /apps/X/branches/..` becomes DeleteApp. So a
/// label may be none of these, and neither may a resource created under such a name (a
/// branch named `..` in CreateBranch's body could never be addressed safely afterwards).
pub fn check_labels(op: &Operation, input: &Value) -> Result<(), Violation> {
    let Some(shape) = model().input_of(op) else { return Ok(()) };
    for (name, member) in &shape.members {
        let Some(Value::String(s)) = input.get(name) else { continue };
        let is_label = member.location == Location::Uri;
        if is_label && s.is_empty() {
            return fail(name, "must not be empty (it is part of the request's path)");
        }
        if (is_label || label_names().contains(name)) && (s == "." || s == "..") {
            return fail(
                name,
                format!(
                    "{s:?} cannot be used: it is a path's dot-segment, which HTTP normalises into another resource"
                ),
            );
        }
    }
    Ok(())
}

fn at(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_string()
    } else {
        format!("{path}.{member}")
    }
}

fn fail<T>(path: &str, problem: impl Into<String>) -> Result<T, Violation> {
    Err(Violation { path: if path.is_empty() { "(request)".into() } else { path.into() }, problem: problem.into() })
}

fn check_count(path: &str, n: usize, min: Option<i64>, max: Option<i64>, unit: &str) -> Result<(), Violation> {
    if let Some(min) = min {
        if (n as i64) < min {
            return fail(path, format!("must have at least {min} {unit} (has {n})"));
        }
    }
    if let Some(max) = max {
        if (n as i64) > max {
            return fail(path, format!("must have at most {max} {unit} (has {n})"));
        }
    }
    Ok(())
}

fn check(shape_name: &str, value: &Value, path: &str) -> Result<(), Violation> {
    let shape = model().shape(shape_name);
    let is = |ok: bool, problem: &str| if ok { Ok(()) } else { fail(path, problem) };
    match shape.kind {
        ShapeType::Structure => check_structure(shape, value, path),
        ShapeType::List => check_list(shape, value, path),
        ShapeType::Map => check_map(shape, value, path),
        ShapeType::String => check_string(shape, value, path),
        ShapeType::Integer | ShapeType::Long => check_integer(shape, value, path),
        ShapeType::Double | ShapeType::Float => is(value.is_number(), "must be a number"),
        ShapeType::Boolean => is(value.is_boolean(), "must be true or false"),
        // rest-json sends body timestamps as epoch seconds.
        ShapeType::Timestamp => is(value.is_number(), "must be a timestamp in epoch seconds"),
        ShapeType::Blob => is(value.is_string(), "must be base64 text"),
    }
}

/// Known members only, required ones present, each member valid.
fn check_structure(shape: &Shape, value: &Value, path: &str) -> Result<(), Violation> {
    let Value::Object(obj) = value else {
        return fail(path, "must be an object");
    };
    if let Some(key) = obj.keys().find(|k| !shape.members.contains_key(*k)) {
        let known: Vec<&str> = shape.members.keys().map(String::as_str).collect();
        return fail(&at(path, key), format!("is not a known member (known: {})", known.join(", ")));
    }
    if let Some(req) = shape.required.iter().find(|r| obj.get(*r).is_none_or(Value::is_null)) {
        return fail(&at(path, req), "is required");
    }
    for (name, member) in &shape.members {
        if let Some(v) = obj.get(name).filter(|v| !v.is_null()) {
            check(&member.shape, v, &at(path, name))?;
        }
    }
    Ok(())
}

fn check_list(shape: &Shape, value: &Value, path: &str) -> Result<(), Violation> {
    let Value::Array(items) = value else {
        return fail(path, "must be a list");
    };
    check_count(path, items.len(), shape.min, shape.max, "items")?;
    let member = &shape.member.as_ref().expect("list has a member").shape;
    for (i, item) in items.iter().enumerate() {
        check(member, item, &format!("{path}[{i}]"))?;
    }
    Ok(())
}

fn check_map(shape: &Shape, value: &Value, path: &str) -> Result<(), Violation> {
    let Value::Object(entries) = value else {
        return fail(path, "must be a map of strings");
    };
    check_count(path, entries.len(), shape.min, shape.max, "entries")?;
    let key_shape = &shape.key.as_ref().expect("map has a key").shape;
    let value_shape = &shape.value.as_ref().expect("map has a value").shape;
    for (k, v) in entries {
        check(key_shape, &Value::String(k.clone()), &format!("{path} key {k:?}"))?;
        check(value_shape, v, &format!("{path}[{k:?}]"))?;
    }
    Ok(())
}

/// Length in characters, then the enum, then the (anchored) pattern.
fn check_string(shape: &Shape, value: &Value, path: &str) -> Result<(), Violation> {
    let Value::String(s) = value else {
        return fail(path, "must be a string");
    };
    check_count(path, s.chars().count(), shape.min, shape.max, "characters")?;
    if let Some(allowed) = shape.enum_values.as_ref().filter(|allowed| !allowed.iter().any(|a| a == s)) {
        return fail(path, format!("{s:?} is not one of {}", allowed.join(", ")));
    }
    if let Some(p) = shape.pattern.as_ref().filter(|p| !pattern_regex(p).is_match(s).unwrap_or(false)) {
        return fail(path, format!("{s:?} does not match the pattern {p}"));
    }
    Ok(())
}

fn check_integer(shape: &Shape, value: &Value, path: &str) -> Result<(), Violation> {
    let Some(n) = value.as_i64() else {
        return fail(path, "must be a whole number");
    };
    if shape.min.is_some_and(|min| n < min) || shape.max.is_some_and(|max| n > max) {
        let (lo, hi) = (shape.min.unwrap_or(i64::MIN), shape.max.unwrap_or(i64::MAX));
        return fail(path, format!("must be between {lo} and {hi} (is {n})"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_model_pattern_compiles() {
        for s in model().shapes.values() {
            if let Some(p) = &s.pattern {
                pattern_regex(p);
            }
        }
    }

    /// The patterns that decide what reaches the service, on values they must take and must
    /// refuse: (shape, value, whether it matches). Matching is of the whole value.
    #[test]
    fn the_patterns_that_matter_match_what_they_should() {
        let cases: &[(&str, &str, bool)] = &[
            ("AppId", "d1234567890abc", true),
            ("AppId", "d0", true),
            ("AppId", "d", false),
            ("AppId", "xd1", false),
            ("AppId", "D12", false),
            ("AppId", "d12-3", false),
            ("AppId", "d12\n", false),
            ("JobId", "1", true),
            ("JobId", "0042", true),
            ("JobId", "", false),
            ("JobId", "1a", false),
            ("JobId", "-1", false),
            ("DomainName", "example.com", true),
            ("DomainName", "www.example.co.uk", true),
            ("DomainName", "example.com.", true),
            ("DomainName", "my-site.example.com", true),
            ("DomainName", "xn--bcher-kva.example", true),
            // The lookahead: no label starts with a hyphen; none ends with one either.
            ("DomainName", "-bad.example.com", false),
            ("DomainName", "example.-com", false),
            ("DomainName", "bad-.example.com", false),
            ("DomainName", "example", false),
            ("DomainName", "example..com", false),
            ("DomainName", "exa mple.com", false),
            ("DomainName", "ex_ample.com", false),
            ("DomainName", "a.b", false),
            ("ResourceArn", "arn:aws:amplify:us-east-1:123456789012:apps/d1", true),
            ("ResourceArn", "arn:aws:amplify:", true),
            ("ResourceArn", "arn:aws:s3:::bucket", false),
            ("ResourceArn", "xarn:aws:amplify:us-east-1", false),
            ("ResourceArn", "arn:aws:amplify:x\ny", false),
            ("BranchName", "main", true),
            ("BranchName", "feature/login", true),
            ("BranchName", "a\nb", true),
            ("BranchName", "", false),
            ("TagKey", "env", true),
            ("TagKey", "team/owner", true),
            ("TagKey", "aws:cloudformation", false),
            ("TagKey", "two words", false),
        ];
        for (shape, value, expected) in cases {
            let pattern = model().shape(shape).pattern.as_deref().unwrap_or_else(|| panic!("{shape} has no pattern"));
            let matched = pattern_regex(pattern).is_match(value).unwrap_or(false);
            assert_eq!(matched, *expected, "{shape} ({pattern}) on {value:?}");
        }
    }

    #[test]
    fn accepts_a_valid_create_app() {
        let v = json!({"name": "site", "platform": "WEB", "environmentVariables": {"A": "1"},
                       "customRules": [{"source": "/a", "target": "/b", "status": "301"}]});
        assert_eq!(validate("CreateAppRequest", &v), Ok(()));
    }

    #[test]
    fn names_the_member_that_breaks_a_constraint() {
        let cases = [
            (json!({}), "name", "is required"),
            (json!({"name": ""}), "name", "at least 1"),
            (json!({"name": "x", "platform": "MOBILE"}), "platform", "not one of"),
            (json!({"name": "x", "bogus": 1}), "bogus", "not a known member"),
            (json!({"name": "x", "customRules": [{"source": "/a"}]}), "customRules[0].target", "is required"),
            (json!({"name": "x", "enableBasicAuth": "yes"}), "enableBasicAuth", "true or false"),
            (json!({"name": "x".repeat(256)}), "name", "at most 255"),
        ];
        for (value, path, problem) in cases {
            let v = validate("CreateAppRequest", &value).unwrap_err();
            assert_eq!(v.path, path, "{value}");
            assert!(v.problem.contains(problem), "{v}");
        }
    }

    #[test]
    fn patterns_are_matched_against_the_whole_value() {
        assert!(validate("GetAppRequest", &json!({"appId": "d1234567890abc"})).is_ok());
        assert!(validate("GetAppRequest", &json!({"appId": "xd1"})).is_err());
        assert!(validate("GetAppRequest", &json!({"appId": "D12"})).is_err());
    }

    #[test]
    fn every_uri_label_refuses_empty_and_dot_segments() {
        let m = model();
        let mut checked = 0;
        for op in m.operations.values() {
            let Some(shape) = m.input_of(op) else { continue };
            for (name, _) in shape.members.iter().filter(|(_, m)| m.location == Location::Uri) {
                for bad in ["", ".", ".."] {
                    let v = check_labels(op, &json!({ name.as_str(): bad })).unwrap_err();
                    assert_eq!(v.path, *name, "{} {name} {bad:?}", op.name);
                    assert!(validate_input(op, &json!({ name.as_str(): bad })).is_err());
                }
                assert!(check_labels(op, &json!({ name.as_str(): "a.b" })).is_ok(), "{}", op.name);
                assert!(check_labels(op, &json!({ name.as_str(): "..." })).is_ok(), "{}", op.name);
                checked += 1;
            }
        }
        assert!(checked >= 30, "only {checked} labels checked");
    }

    #[test]
    fn resources_cannot_be_created_under_a_dot_segment_name() {
        let m = model();
        let v = check_labels(m.operation("CreateBranch"), &json!({"appId": "d1", "branchName": ".."})).unwrap_err();
        assert_eq!(v.path, "branchName");
        let op = m.operation("CreateBackendEnvironment");
        assert!(check_labels(op, &json!({"appId": "d1", "environmentName": "."})).is_err());
        assert!(check_labels(op, &json!({"appId": "d1", "environmentName": "staging"})).is_ok());
    }

    #[test]
    fn integer_limits_and_list_counts() {
        assert!(validate("ListAppsRequest", &json!({"maxResults": 101})).is_err());
        assert!(validate("ListAppsRequest", &json!({"maxResults": 100})).is_ok());
        let v =
            validate("UntagResourceRequest", &json!({"resourceArn": "arn:aws:amplify:x", "tagKeys": []})).unwrap_err();
        assert_eq!(v.path, "tagKeys");
    }
}
