//! How the model's member names appear on the command line: `customRules` is
//! `--custom-rules`, with a few members renamed (`appId` is `--app`). Errors from model
//! validation name the flag the user typed, so the rule sits next to the model, below every
//! layer that reports such errors.

/// Members whose flag is not simply the member name in kebab-case.
pub const FLAG_OVERRIDES: &[(&str, &str)] = &[
    ("appId", "--app"),
    ("branchName", "--branch"),
    ("basicAuthCredentials", "--basic-auth"),
    ("tags", "--tag"),
    ("tagKeys", "KEY"),
    ("nextToken", "--starting-token"),
    ("maxResults", "--page-size"),
];

pub fn kebab(member: &str) -> String {
    // Word breaks: before an uppercase letter that follows a lowercase letter or digit, and
    // before the last capital of an acronym (`autoSubDomainIAMRole` → `auto-sub-domain-iam-role`).
    let chars: Vec<char> = member.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase() || prev.is_ascii_digit() || (prev.is_ascii_uppercase() && next_lower) {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The flag that carries a top-level request member.
pub fn flag_for_member(member: &str) -> String {
    FLAG_OVERRIDES
        .iter()
        .find(|(m, _)| *m == member)
        .map(|(_, f)| f.to_string())
        .unwrap_or_else(|| format!("--{}", kebab(member)))
}

/// `customRules[0].source` → `--custom-rules (customRules[0].source)`; a top-level member is
/// just its flag.
pub fn describe_member_path(path: &str) -> String {
    let top = path.split(['.', '[', ' ']).next().unwrap_or(path);
    let flag = flag_for_member(top);
    if top == path {
        flag
    } else {
        format!("{flag} ({path})")
    }
}
