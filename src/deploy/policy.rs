//! Whether a bucket policy lets Amplify read a deployment prefix, and the statements that
//! would. Amplify fetches an `s3://` source as the service principal `amplify.amazonaws.com`:
//! it needs `s3:GetObject` on the objects and, for a BUCKET_PREFIX source, `s3:ListBucket` on
//! the bucket. Of conditions, only `aws:SourceAccount` (StringEquals) is evaluated, against
//! the caller's account when it is known: a statement for another account does not count.
//! Others (`aws:SourceArn`, `s3:prefix`) are taken to hold in an Allow, as they do for one's
//! own apps; a Deny with such a condition is taken not to apply (the usual one, HTTPS only,
//! `aws:SecureTransport` false, never does to Amplify), so that it blocks nothing here.

use serde_json::{json, Value};

const PRINCIPAL: &str = "amplify.amazonaws.com";

/// The statement IDs amphost writes start with these, followed by a digest of the bucket and
/// prefix: `--grant` for one prefix replaces its own statements, never another prefix's.
pub const READ_SID: &str = "AmphostAmplifyRead";
pub const LIST_SID: &str = "AmphostAmplifyList";

/// The statement IDs for one bucket and prefix (IAM takes only letters and digits in a Sid).
pub fn sids(bucket: &str, prefix: &str) -> (String, String) {
    use md5::{Digest, Md5};
    let digest = hex::encode(&Md5::digest(format!("{bucket}/{}", super::manifest::with_slash(prefix)).as_bytes())[..6]);
    (format!("{READ_SID}{digest}"), format!("{LIST_SID}{digest}"))
}

/// What Amplify needs that the policy does not give.
#[derive(Debug, PartialEq, Eq)]
pub struct Missing {
    pub get_object: bool,
    pub list_bucket: bool,
    /// The Sids (or positions, from 1) of Deny statements that refuse Amplify what it needs:
    /// no Allow added can change that.
    pub denied_by: Vec<String>,
}

impl Missing {
    pub fn any(&self) -> bool {
        self.get_object || self.list_bucket
    }
}

/// Checks `policy` (the bucket policy's JSON, `None` when the bucket has none) for the grants
/// a deployment under `prefix` needs, for apps of `account` when it is known.
pub fn missing(policy: Option<&Value>, bucket: &str, prefix: &str, account: Option<&str>) -> Missing {
    let objects = format!("arn:aws:s3:::{bucket}/{}probe", super::manifest::with_slash(prefix));
    let bucket_arn = format!("arn:aws:s3:::{bucket}");
    let statements: Vec<&Value> = match policy.map(|p| &p["Statement"]) {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one @ Value::Object(_)) => vec![one],
        _ => Vec::new(),
    };
    let applies = |s: &Value, action: &str, resource: &str| {
        // `NotX` names what a statement leaves out (a Deny for all but one principal).
        let principal = match s.get("NotPrincipal") {
            Some(not) => !names_amplify(not),
            None => names_amplify(&s["Principal"]),
        };
        let action = match s.get("NotAction") {
            Some(not) => !any_matches(not, action, Case::Ignored),
            None => any_matches(&s["Action"], action, Case::Ignored),
        };
        let resource = match s.get("NotResource") {
            Some(not) => !any_matches(not, resource, Case::Kept),
            None => any_matches(&s["Resource"], resource, Case::Kept),
        };
        principal && for_account(&s["Condition"], account) && action && resource
    };
    let allowed = |action: &str, resource: &str| {
        statements.iter().any(|s| s["Effect"] == "Allow" && applies(s, action, resource))
    };
    let denying = |action: &str, resource: &str| -> Vec<String> {
        let deny = |s: &&Value| s["Effect"] == "Deny" && only_account_condition(&s["Condition"]);
        let sid =
            |(i, s): (usize, &Value)| s["Sid"].as_str().map_or_else(|| format!("statement {}", i + 1), str::to_string);
        let all = statements.iter().enumerate().filter(|(_, s)| deny(s) && applies(s, action, resource));
        all.map(|(i, s)| sid((i, s))).collect()
    };
    let mut denied_by = denying("s3:GetObject", &objects);
    denied_by.extend(denying("s3:ListBucket", &bucket_arn));
    denied_by.dedup();
    // An explicit Deny wins over any Allow, as IAM evaluates them.
    let refused = |action: &str, resource: &str| !allowed(action, resource) || !denying(action, resource).is_empty();
    Missing {
        get_object: refused("s3:GetObject", &objects),
        list_bucket: refused("s3:ListBucket", &bucket_arn),
        denied_by,
    }
}

/// Whether a statement's condition is none, or only the `aws:SourceAccount` one amphost
/// evaluates: a Deny under any other condition is taken not to apply to Amplify.
fn only_account_condition(condition: &Value) -> bool {
    match condition {
        Value::Null => true,
        Value::Object(ops) => ops.iter().all(|(op, keys)| {
            op == "StringEquals" && keys.as_object().is_some_and(|k| k.keys().all(|k| k == "aws:SourceAccount"))
        }),
        _ => false,
    }
}

/// Whether a statement's `aws:SourceAccount` condition, if any, holds for `account`.
fn for_account(condition: &Value, account: Option<&str>) -> bool {
    match (&condition["StringEquals"]["aws:SourceAccount"], account) {
        (Value::Null, _) | (_, None) => true,
        (wanted, Some(account)) => any_equals(wanted, account),
    }
}

fn names_amplify(principal: &Value) -> bool {
    match principal {
        Value::String(s) => s == "*",
        Value::Object(o) => {
            o.get("AWS").is_some_and(|v| any_equals(v, "*"))
                || o.get("Service").is_some_and(|v| any_equals(v, PRINCIPAL))
        }
        _ => false,
    }
}

fn any_equals(v: &Value, want: &str) -> bool {
    match v {
        Value::String(s) => s == want,
        Value::Array(list) => list.iter().any(|x| x == want),
        _ => false,
    }
}

/// How IAM compares: actions whatever their case, resources (S3 keys) as written.
#[derive(Clone, Copy, PartialEq)]
enum Case {
    Ignored,
    Kept,
}

/// Whether a string or list of IAM patterns (`*` and `?` wildcards) matches `value`.
fn any_matches(patterns: &Value, value: &str, case: Case) -> bool {
    let fold = |t: &str| if case == Case::Ignored { t.to_ascii_lowercase() } else { t.to_string() };
    let one = |p: &str| wildcard(&fold(p), &fold(value));
    match patterns {
        Value::String(p) => one(p),
        Value::Array(list) => list.iter().filter_map(Value::as_str).any(one),
        _ => false,
    }
}

fn wildcard(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// The statements that give Amplify what it needs, limited to the account that owns the app
/// (`aws:SourceAccount`) when it is known.
pub fn statements(bucket: &str, prefix: &str, account: Option<&str>) -> Vec<Value> {
    let (read_sid, list_sid) = sids(bucket, prefix);
    let prefix = super::manifest::with_slash(prefix);
    let mut read = json!({
        "Sid": read_sid,
        "Effect": "Allow",
        "Principal": {"Service": PRINCIPAL},
        "Action": "s3:GetObject",
        "Resource": format!("arn:aws:s3:::{bucket}/{prefix}*"),
    });
    let mut list = json!({
        "Sid": list_sid,
        "Effect": "Allow",
        "Principal": {"Service": PRINCIPAL},
        "Action": "s3:ListBucket",
        "Resource": format!("arn:aws:s3:::{bucket}"),
    });
    if let Some(account) = account.filter(|a| !a.is_empty()) {
        read["Condition"] = json!({"StringEquals": {"aws:SourceAccount": account}});
        list["Condition"] = json!({"StringEquals": {"aws:SourceAccount": account}});
    }
    vec![read, list]
}

/// Of [`statements`], those that give what is `missing`: a bucket whose policy already lets
/// Amplify list it (for another prefix) gets no second ListBucket statement per prefix.
pub fn needed(missing: &Missing, bucket: &str, prefix: &str, account: Option<&str>) -> Vec<Value> {
    let [read, list]: [Value; 2] = statements(bucket, prefix, account).try_into().expect("two statements");
    [(missing.get_object, read), (missing.list_bucket, list)].into_iter().filter(|(m, _)| *m).map(|(_, s)| s).collect()
}

/// The policy with amphost's statements added (its earlier ones for the same bucket and prefix
/// replaced, every other statement kept as it is).
pub fn granted(policy: Option<&Value>, added: Vec<Value>) -> Value {
    let mut kept: Vec<Value> = match policy.map(|p| &p["Statement"]) {
        Some(Value::Array(list)) => list.clone(),
        Some(one @ Value::Object(_)) => vec![one.clone()],
        _ => Vec::new(),
    };
    kept.retain(|s| !added.iter().any(|a| a["Sid"] == s["Sid"]));
    kept.extend(added);
    let mut out = policy.cloned().filter(Value::is_object).unwrap_or_else(|| json!({"Version": "2012-10-17"}));
    out["Statement"] = Value::Array(kept);
    out
}

/// The account in an ARN (`arn:aws:amplify:us-east-1:123456789012:apps/d1`).
pub fn account_of(arn: &str) -> Option<&str> {
    arn.split(':').nth(4).filter(|a| !a.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_policy_misses_both_grants() {
        assert_eq!(
            missing(None, "b", "site", None),
            Missing { get_object: true, list_bucket: true, denied_by: vec![] }
        );
    }

    #[test]
    fn the_statements_amphost_writes_are_enough() {
        let policy = granted(None, statements("b", "site", Some("123456789012")));
        assert!(!missing(Some(&policy), "b", "site", None).any(), "{policy}");
        assert!(missing(Some(&policy), "b", "other", None).get_object, "another prefix is not covered");
        assert!(missing(Some(&policy), "other", "site", None).any(), "another bucket is not covered");
    }

    #[test]
    fn wildcards_lists_and_other_statements_are_understood() {
        let policy = json!({"Statement": [
            {"Effect": "Deny", "Principal": "*", "Action": "s3:DeleteBucket", "Resource": "*"},
            {"Effect": "Allow", "Principal": {"Service": ["cloudfront.amazonaws.com", "amplify.amazonaws.com"]},
             "Action": ["s3:Get*", "s3:ListBucket"], "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]}
        ]});
        assert!(!missing(Some(&policy), "b", "deep/prefix", None).any());
        let one = json!({"Statement": {"Effect": "Allow", "Principal": {"Service": "amplify.amazonaws.com"},
            "Action": "S3:GETOBJECT", "Resource": "arn:aws:s3:::b/site/*"}});
        assert_eq!(
            missing(Some(&one), "b", "site", None),
            Missing { get_object: false, list_bucket: true, denied_by: vec![] }
        );
        let other = json!({"Statement": [{"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"},
            "Action": "s3:*", "Resource": "*"}]});
        assert!(missing(Some(&other), "b", "site", None).get_object);
    }

    #[test]
    fn grants_for_two_prefixes_live_side_by_side_and_a_deny_wins() {
        let one = granted(None, statements("b", "one", None));
        let for_two = needed(&missing(Some(&one), "b", "two", None), "b", "two", None);
        assert_eq!(for_two.len(), 1, "the bucket may be listed already: only the read is added: {for_two:?}");
        assert_eq!(for_two[0]["Action"], "s3:GetObject");
        let both = granted(Some(&one), for_two);
        assert_eq!(both["Statement"].as_array().unwrap().len(), 3, "{both}");
        assert!(!missing(Some(&both), "b", "one", None).any() && !missing(Some(&both), "b", "two", None).any());
        let mut denied = both.clone();
        denied["Statement"].as_array_mut().unwrap().push(json!({"Effect": "Deny", "Principal": "*",
            "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/one/*"}));
        assert!(missing(Some(&denied), "b", "one", None).get_object);
        assert_eq!(missing(Some(&denied), "b", "one", None).denied_by, ["statement 4"]);
        assert!(!missing(Some(&denied), "b", "two", None).get_object);
    }

    #[test]
    fn a_deny_under_a_condition_amphost_cannot_evaluate_blocks_nothing() {
        let mut policy = granted(None, statements("b", "site", None));
        policy["Statement"].as_array_mut().unwrap().push(json!({"Sid": "DenyInsecure", "Effect": "Deny",
            "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}}}));
        assert!(!missing(Some(&policy), "b", "site", None).any(), "HTTPS only: {policy}");
        policy["Statement"][2].as_object_mut().unwrap().remove("Condition");
        let refused = missing(Some(&policy), "b", "site", None);
        assert!(refused.get_object && refused.list_bucket);
        assert_eq!(refused.denied_by, ["DenyInsecure"]);
    }

    #[test]
    fn granting_keeps_other_statements_and_replaces_its_own() {
        let mine = statements("b", "site", None);
        let theirs = json!({"Sid": "Theirs", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/public/*"});
        let once = granted(Some(&json!({"Version": "2012-10-17", "Statement": [theirs.clone()]})), mine.clone());
        let twice = granted(Some(&once), mine);
        assert_eq!(twice["Statement"].as_array().unwrap().len(), 3, "{twice}");
        assert_eq!(twice["Statement"][0], theirs);
        assert_eq!(twice["Version"], "2012-10-17");
    }

    #[test]
    fn a_statement_for_another_account_does_not_count() {
        let theirs = granted(None, statements("b", "site", Some("999999999999")));
        assert!(missing(Some(&theirs), "b", "site", Some("123456789012")).get_object);
        assert!(!missing(Some(&theirs), "b", "site", Some("999999999999")).any());
        assert!(!missing(Some(&theirs), "b", "site", None).any(), "unknown account: taken to hold");
    }

    #[test]
    fn resources_keep_their_case_and_not_statements_are_read() {
        let allow = |resource: &str| {
            json!({"Statement": [{"Effect": "Allow", "Principal": {"Service": "amplify.amazonaws.com"},
                "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::b", resource]}]})
        };
        assert!(missing(Some(&allow("arn:aws:s3:::b/SITE/*")), "b", "site", None).get_object, "S3 keys have a case");
        assert!(!missing(Some(&allow("arn:aws:s3:::b/site/*")), "b", "site", None).any());
        let mut with = allow("arn:aws:s3:::b/site/*");
        let deny = |extra: Value| {
            let mut d = json!({"Sid": "D", "Effect": "Deny", "Action": "s3:*"});
            d.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
            d
        };
        let denials = [
            deny(json!({"NotPrincipal": {"AWS": "arn:aws:iam::123456789012:root"}, "Resource": "arn:aws:s3:::b/*"})),
            deny(json!({"Principal": "*", "NotResource": "arn:aws:s3:::b/public/*"})),
            deny(json!({"Principal": {"AWS": ["*"]}, "Resource": "arn:aws:s3:::b/site/*"})),
        ];
        for d in denials {
            with["Statement"].as_array_mut().unwrap().push(d.clone());
            assert_eq!(missing(Some(&with), "b", "site", None).denied_by, ["D"], "{d}");
            with["Statement"].as_array_mut().unwrap().pop();
        }
        // A Deny for all but Amplify, or on what Amplify does not need, does not apply.
        with["Statement"]
            .as_array_mut()
            .unwrap()
            .push(deny(json!({"NotPrincipal": {"Service": "amplify.amazonaws.com"}, "Resource": "*"})));
        with["Statement"]
            .as_array_mut()
            .unwrap()
            .push(deny(json!({"Principal": "*", "NotResource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]})));
        assert!(!missing(Some(&with), "b", "site", None).any(), "{with}");
        let mixed_case = deny(json!({"Principal": "*", "Resource": "arn:aws:s3:::b/SITE/*"}));
        with["Statement"].as_array_mut().unwrap().push(mixed_case);
        assert!(!missing(Some(&with), "b", "site", None).any(), "a Deny on b/SITE is not one on b/site");
    }

    #[test]
    fn accounts_come_from_arns() {
        assert_eq!(account_of("arn:aws:amplify:us-east-1:123456789012:apps/d1"), Some("123456789012"));
        assert_eq!(account_of("nonsense"), None);
    }
}
