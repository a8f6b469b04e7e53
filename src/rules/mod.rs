//! Rules and headers as code: the files `amphost rules` and `amphost headers` keep in the
//! repository, read and written (Amplify's JSON list of rules, or TOML with a `[[rules]]`
//! array; `customHttp.yml` as text), compared with what the app has (a readable diff),
//! translated from other hosts' formats ([`import`]), tested against a file of cases
//! ([`cases`]) and linted ([`lint`]). Pure: no I/O, no terminal.

pub mod cases;
pub mod import;
pub mod lint;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeSet;

/// The files of a site (paths without the leading `/`): what a deploy folder would publish,
/// for `rules test` and `rules lint`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteFiles(pub BTreeSet<String>);

impl crate::preview::rules::Files for SiteFiles {
    fn exists(&self, path: &str) -> bool {
        self.0.contains(path)
    }
}

/// One of Amplify's custom rules, with the API's field names. Both file formats use them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub source: String,
    pub target: String,
    /// Text in the API (`"301"`); a file may give it as a number (`status = 301`).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "status_text")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

/// A rule's status as text, from text or a whole number (`301` is what people type).
fn status_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct Status;
    impl serde::de::Visitor<'_> for Status {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a status such as \"301\" or 301")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    d.deserialize_any(Status)
}

impl Rule {
    pub fn new(source: impl Into<String>, target: impl Into<String>, status: &str) -> Rule {
        Rule { source: source.into(), target: target.into(), status: Some(status.to_string()), condition: None }
    }

    /// A rule as the API returns it (lenient: a missing member is empty, an empty condition
    /// is none).
    pub fn from_api(v: &Value) -> Rule {
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Rule {
            source: text("source").unwrap_or_default(),
            target: text("target").unwrap_or_default(),
            status: text("status"),
            condition: text("condition"),
        }
        .normalised()
    }

    /// An empty condition or status is the same as none.
    pub fn normalised(mut self) -> Rule {
        if self.condition.as_deref().is_some_and(|c| c.trim().is_empty()) {
            self.condition = None;
        }
        if self.status.as_deref().is_some_and(|s| s.trim().is_empty()) {
            self.status = None;
        }
        self
    }

    /// `source → target (status, condition)`, for diffs and messages.
    pub fn describe(&self) -> String {
        let mut extra: Vec<&str> = Vec::new();
        extra.push(self.status.as_deref().unwrap_or("no status"));
        if let Some(c) = &self.condition {
            extra.push(c);
        }
        format!("{} → {} ({})", self.source, self.target, extra.join(", "))
    }
}

/// The rules as the API's `customRules` member takes them.
pub fn to_api(rules: &[Rule]) -> Value {
    serde_json::to_value(rules).unwrap_or(Value::Array(Vec::new()))
}

/// The rules of a GetApp response's `app` (none when it has no `customRules`).
pub fn from_app(app: &Value) -> Vec<Rule> {
    app.get("customRules").and_then(Value::as_array).map(|l| l.iter().map(Rule::from_api).collect()).unwrap_or_default()
}

/// How a rules file is written: by its name, `.toml` is TOML, anything else JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Json,
    Toml,
}

impl FileFormat {
    pub fn of(path: &std::path::Path) -> FileFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("toml") => FileFormat::Toml,
            _ => FileFormat::Json,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    #[serde(default)]
    rules: Vec<Rule>,
}

/// A TOML rules file with no rules.
const EMPTY_TOML_RULES: &str = "# No rules yet. Each rule is a [[rules]] table, tried in order; for example:
#
# [[rules]]
# source = \"/old-blog/<*>\"
# target = \"/blog/<*>\"
# status = \"301\"
#
# [[rules]]
# source = \"/<*>\"
# target = \"/index.html\"
# status = \"404-200\"
";

/// The text of a rules file: a JSON list (2-space indent, a final newline) or `[[rules]]`.
pub fn write_rules(rules: &[Rule], format: FileFormat) -> String {
    match format {
        FileFormat::Json => {
            let mut text = serde_json::to_string_pretty(rules).unwrap_or_else(|_| "[]".to_string());
            text.push('\n');
            text
        }
        // No rules: an example to copy, commented (`rules = []` would make the first
        // `[[rules]]` added below it a duplicate key).
        FileFormat::Toml if rules.is_empty() => EMPTY_TOML_RULES.to_string(),
        FileFormat::Toml => toml::to_string(&TomlFile { rules: rules.to_vec() }).unwrap_or_default(),
    }
}

/// Parses a rules file; errors read `LINE:COL: what is wrong` (the caller adds the file).
/// Only the syntax and the fields are checked here: [`check_rules`] reads the rules as
/// Amplify does.
pub fn parse_rules(text: &str, format: FileFormat) -> Result<Vec<Rule>, String> {
    let rules: Vec<Rule> = match format {
        FileFormat::Json => serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m).to_string();
            // serde_json counts a wrong type at a value's first byte as column 0.
            format!("{}:{}: {message}", e.line(), e.column().max(1))
        })?,
        FileFormat::Toml => {
            toml::from_str::<TomlFile>(text).map_err(|e| located(text, e.span().map(|s| s.start), e.message()))?.rules
        }
    };
    Ok(rules.into_iter().map(Rule::normalised).collect())
}

/// The rules read as Amplify will read them (`preview::rules::RuleSet`), and measured against
/// the API's limits: each broken rule as `rule #N (SOURCE): problem`, numbered from 1.
pub fn check_rules(rules: &[Rule]) -> Result<(), Vec<String>> {
    let mut problems: Vec<(usize, String)> =
        rules.iter().enumerate().flat_map(|(i, r)| lint::over_length(r).into_iter().map(move |m| (i, m))).collect();
    if let Err(errors) = crate::preview::rules::RuleSet::parse(&to_api(rules)) {
        problems.extend(errors.into_iter().map(|e| (e.index, e.problem)));
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.sort_by_key(|(i, _)| *i);
    Err(problems
        .into_iter()
        .map(|(i, problem)| {
            let source = rules.get(i).map(|r| shortened(&r.source)).unwrap_or_default();
            format!("rule #{} ({source}): {problem}", i + 1)
        })
        .collect())
}

/// A rule's source as a message shows it: a long one cut to its first 60 characters.
fn shortened(source: &str) -> String {
    const SHOWN: usize = 60;
    match source.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &source[..end]),
        None => source.to_string(),
    }
}

/// `LINE:COL: message` for a byte offset of `text` (1-based; columns in characters).
pub fn located(text: &str, offset: Option<usize>, message: &str) -> String {
    let message = message.trim();
    match offset {
        Some(at) => {
            let (line, col) = line_col(text, at);
            format!("{line}:{col}: {message}")
        }
        None => message.to_string(),
    }
}

/// The line and column (1-based, in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Above this many rules, `rules push` warns: the model gives `customRules` no maximum, but
/// an app's configuration has a size limit, and every request is matched against the list.
pub const MANY_RULES: usize = 900;

/// One difference between the app's rules and the file's (what `push` would do). Positions
/// count from 1, as every message names rules: `from` in the app's list, `to` in the file's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum Change {
    Added { to: usize, rule: Rule },
    Removed { from: usize, rule: Rule },
    Changed { from: usize, to: usize, before: Rule, after: Rule },
    Moved { from: usize, to: usize, rule: Rule },
}

impl Change {
    /// One readable line.
    pub fn line(&self) -> String {
        match self {
            Change::Added { to, rule } => format!("+ rule #{to} added: {}", rule.describe()),
            Change::Removed { from, rule } => format!("- rule #{from} removed: {}", rule.describe()),
            Change::Moved { from, to, rule } => format!("> rule #{from} moved to #{to}: {}", rule.describe()),
            Change::Changed { from, to, before, after } => {
                let mut what = Vec::new();
                let show = |o: &Option<String>| o.clone().unwrap_or_else(|| "(none)".to_string());
                if before.source != after.source {
                    what.push(format!("source {} → {}", before.source, after.source));
                }
                if before.target != after.target {
                    what.push(format!("target {} → {}", before.target, after.target));
                }
                if before.status != after.status {
                    what.push(format!("status {} → {}", show(&before.status), show(&after.status)));
                }
                if before.condition != after.condition {
                    what.push(format!("condition {} → {}", show(&before.condition), show(&after.condition)));
                }
                let at = if from == to { format!("rule #{to}") } else { format!("rule #{from} (now #{to})") };
                format!("~ {at} changed ({}): {}", after.source, what.join("; "))
            }
        }
    }
}

/// An edit of a diff: kept, removed (its index in the old list) or added (its index in the
/// new one).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Edit {
    Keep,
    Remove(usize),
    Add(usize),
}

/// The edits from `a` to `b` (a longest common subsequence, after the common ends; a middle
/// too large to compare is replaced whole). Of the longest, the one that keeps the most items
/// at their own position: a rule left in place between two that swapped is kept, not said
/// to move from #2 to #2.
fn edits<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Edit> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut out: Vec<Edit> = (0..prefix).map(|_| Edit::Keep).collect();
    if am.len().saturating_mul(bm.len()) > 4_000_000 {
        out.extend((0..am.len()).map(|i| Edit::Remove(prefix + i)));
        out.extend((0..bm.len()).map(|j| Edit::Add(prefix + j)));
    } else {
        let (n, m) = (am.len(), bm.len());
        // A kept pair is worth 2^32, and one more when it stays at its position.
        let worth = |i: usize, j: usize| (1u64 << 32) + u64::from(i == j);
        // best[i][j]: the most that am[i..] and bm[j..] can keep.
        let mut best = vec![0u64; (n + 1) * (m + 1)];
        let at = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                let skip = best[at(i + 1, j)].max(best[at(i, j + 1)]);
                let keep = if am[i] == bm[j] { best[at(i + 1, j + 1)] + worth(i, j) } else { 0 };
                best[at(i, j)] = skip.max(keep);
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] && best[at(i, j)] == best[at(i + 1, j + 1)] + worth(i, j) {
                out.push(Edit::Keep);
                i += 1;
                j += 1;
            } else if j < m && (i == n || best[at(i, j + 1)] > best[at(i + 1, j)]) {
                out.push(Edit::Add(prefix + j));
                j += 1;
            } else {
                out.push(Edit::Remove(prefix + i));
                i += 1;
            }
        }
    }
    out.extend((0..suffix).map(|_| Edit::Keep));
    out
}

/// What pushing `wanted` (the file) over `current` (the app) changes: rules added, removed,
/// changed (same source, in the same stretch of the list) and moved (the same rule elsewhere).
/// Empty when they are equal.
pub fn diff_rules(current: &[Rule], wanted: &[Rule]) -> Vec<Change> {
    let all = edits(current, wanted);
    // Stretches of removals and additions between kept rules.
    let mut hunks: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut open = false;
    for e in &all {
        match e {
            Edit::Keep => open = false,
            Edit::Remove(i) | Edit::Add(i) => {
                if !open {
                    hunks.push((Vec::new(), Vec::new()));
                    open = true;
                }
                let hunk = hunks.last_mut().expect("a hunk is open");
                if matches!(e, Edit::Remove(_)) {
                    hunk.0.push(*i);
                } else {
                    hunk.1.push(*i);
                }
            }
        }
    }
    let mut changes = Vec::new();
    let mut removed: Vec<usize> = Vec::new();
    let mut added: Vec<usize> = Vec::new();
    for (rem, add) in hunks {
        let mut rem_left = rem;
        for j in add {
            match rem_left.iter().position(|&i| current[i].source == wanted[j].source) {
                Some(p) => {
                    let i = rem_left.remove(p);
                    changes.push(Change::Changed {
                        from: i + 1,
                        to: j + 1,
                        before: current[i].clone(),
                        after: wanted[j].clone(),
                    });
                }
                None => added.push(j),
            }
        }
        removed.extend(rem_left);
    }
    // The same rule removed in one place and added in another: moved.
    let mut moved_from: Vec<usize> = Vec::new();
    for j in std::mem::take(&mut added) {
        match removed.iter().position(|&i| current[i] == wanted[j] && !moved_from.contains(&i)) {
            Some(p) => {
                let i = removed[p];
                moved_from.push(i);
                changes.push(Change::Moved { from: i + 1, to: j + 1, rule: wanted[j].clone() });
            }
            None => changes.push(Change::Added { to: j + 1, rule: wanted[j].clone() }),
        }
    }
    for i in removed.into_iter().filter(|i| !moved_from.contains(i)) {
        changes.push(Change::Removed { from: i + 1, rule: current[i].clone() });
    }
    changes.sort_by_key(|c| match c {
        Change::Removed { from, .. } => (*from, 0),
        Change::Added { to, .. } | Change::Changed { to, .. } | Change::Moved { to, .. } => (*to, 1),
    });
    changes
}

/// `N changes: 1 added, 2 removed, …`, or `no changes`.
pub fn summary(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no changes".to_string();
    }
    let count = |f: fn(&Change) -> bool| changes.iter().filter(|c| f(c)).count();
    let parts: Vec<String> = [
        (count(|c| matches!(c, Change::Added { .. })), "added"),
        (count(|c| matches!(c, Change::Removed { .. })), "removed"),
        (count(|c| matches!(c, Change::Changed { .. })), "changed"),
        (count(|c| matches!(c, Change::Moved { .. })), "moved"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    let n = changes.len();
    format!("{n} change{}: {}", if n == 1 { "" } else { "s" }, parts.join(", "))
}

/// Two custom-header texts compare equal when they differ only in trailing spaces and final
/// newlines.
pub fn same_text(a: &str, b: &str) -> bool {
    normalised_lines(a) == normalised_lines(b)
}

fn normalised_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// A line diff of two texts (`current` the app's, `wanted` the file's): `-   3 | old line`
/// and `+   3 | new line` with each line's number in its own text; kept lines are left out.
/// Empty when [`same_text`].
pub fn diff_text(current: &str, wanted: &str) -> Vec<String> {
    let (a, b) = (normalised_lines(current), normalised_lines(wanted));
    edits(&a, &b)
        .into_iter()
        .filter_map(|e| match e {
            Edit::Keep => None,
            Edit::Remove(i) => Some(format!("- {:>4} | {}", i + 1, a[i])),
            Edit::Add(j) => Some(format!("+ {:>4} | {}", j + 1, b[j])),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_file_of_another_shape_is_placed_from_column_1() {
        let e = parse_rules("{\"rules\": []}", FileFormat::Json).unwrap_err();
        assert!(e.starts_with("1:1: invalid type: map, expected a sequence"), "{e}");
    }

    fn r(source: &str, target: &str, status: &str) -> Rule {
        Rule::new(source, target, status)
    }

    #[test]
    fn both_formats_round_trip() {
        let mut geo = r("/geo", "/us.html", "302");
        geo.condition = Some("<US>".into());
        let rules = vec![r("/old", "/new", "301"), geo, r("/<*>", "/index.html", "404-200")];
        for format in [FileFormat::Json, FileFormat::Toml] {
            let text = write_rules(&rules, format);
            assert_eq!(parse_rules(&text, format).unwrap(), rules, "{text}");
            assert_eq!(parse_rules(&write_rules(&[], format), format).unwrap(), vec![]);
        }
        assert!(write_rules(&rules, FileFormat::Toml).contains("[[rules]]"));
    }

    #[test]
    fn a_status_may_be_a_number_and_an_empty_toml_file_shows_an_example() {
        let toml = "[[rules]]\nsource = \"/old\"\ntarget = \"/new\"\nstatus = 301\n";
        assert_eq!(parse_rules(toml, FileFormat::Toml).unwrap(), vec![r("/old", "/new", "301")]);
        let json = r#"[{"source": "/old", "target": "/new", "status": 301}, {"source": "/a", "target": "/b", "status": null}]"#;
        let parsed = parse_rules(json, FileFormat::Json).unwrap();
        assert_eq!(parsed[0], r("/old", "/new", "301"));
        assert_eq!(parsed[1].status, None);
        let e =
            parse_rules("[[rules]]\nsource = \"/a\"\ntarget = \"/b\"\nstatus = true\n", FileFormat::Toml).unwrap_err();
        assert!(e.starts_with("4:10:") && e.contains("a status such as \"301\" or 301"), "{e}");
        // The example, uncommented, is a rules file; commented, it adds no `rules` key that a
        // first `[[rules]]` written below would collide with.
        let empty = write_rules(&[], FileFormat::Toml);
        let uncommented: Vec<&str> = empty
            .lines()
            .map(|l| l.trim_start_matches('#').trim_start())
            .filter(|l| l.starts_with('[') || l.contains(" = "))
            .collect();
        let uncommented = uncommented.join("\n");
        assert_eq!(parse_rules(&uncommented, FileFormat::Toml).unwrap().len(), 2, "{uncommented}");
        assert_eq!(parse_rules(&format!("{empty}{toml}"), FileFormat::Toml).unwrap().len(), 1);
    }

    #[test]
    fn syntax_errors_have_a_line_and_column() {
        let e = parse_rules("[\n  {\"source\": \"/a\",\n  \"target\" \"/b\"}\n]", FileFormat::Json).unwrap_err();
        assert!(e.starts_with("3:"), "{e}");
        let e = parse_rules("[[rules]]\nsource = \"/a\"\ntarget = @\n", FileFormat::Toml).unwrap_err();
        assert!(e.starts_with("3:"), "{e}");
        let e = parse_rules("[[rules]]\nsource = \"/a\"\ntarget = \"/b\"\nstauts = \"301\"\n", FileFormat::Toml)
            .unwrap_err();
        assert!(e.contains("stauts"), "{e}");
        let e = parse_rules(r#"[{"source": "/a", "target": "/b", "stat": "301"}]"#, FileFormat::Json).unwrap_err();
        assert!(e.starts_with("1:") && e.contains("stat"), "{e}");
    }

    #[test]
    fn broken_rules_are_named_by_index_and_source() {
        let errors = check_rules(&[r("/ok", "/fine", "301"), r("/a", "/b/<name>", "301")]).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("rule #2 (/a): "), "{errors:?}");
        let long = format!("/{}", "é".repeat(2100));
        let errors = check_rules(&[r("/ok", &long, "301")]).unwrap_err();
        assert_eq!(errors, ["rule #1 (/ok): its target has 2101 characters; the API takes at most 2048"]);
        let errors = check_rules(&[r(&long, "/b", "301")]).unwrap_err();
        assert!(errors[0].starts_with(&format!("rule #1 ({}…): its source", &long[..1 + 59 * 2])), "{errors:?}");
    }

    #[test]
    fn a_rule_left_in_place_between_two_swapped_is_not_said_to_move() {
        let app = vec![r("/a", "/1", "301"), r("/b", "/2", "301"), r("/c", "/3", "301")];
        let file = vec![r("/c", "/3", "301"), r("/b", "/2", "301"), r("/a", "/1", "301")];
        let lines: Vec<String> = diff_rules(&app, &file).iter().map(Change::line).collect();
        assert_eq!(lines, ["> rule #3 moved to #1: /c → /3 (301)", "> rule #1 moved to #3: /a → /1 (301)"]);
    }

    #[test]
    fn the_diff_names_what_was_added_removed_changed_and_moved() {
        let app = vec![r("/a", "/1", "301"), r("/b", "/2", "301"), r("/c", "/3", "301"), r("/d", "/4", "302")];
        assert!(diff_rules(&app, &app).is_empty());
        assert_eq!(summary(&[]), "no changes");
        let file = vec![r("/a", "/1", "301"), r("/b", "/22", "302"), r("/d", "/4", "302"), r("/e", "/5", "301")];
        let changes = diff_rules(&app, &file);
        let lines: Vec<String> = changes.iter().map(Change::line).collect();
        assert_eq!(
            lines,
            [
                "~ rule #2 changed (/b): target /2 → /22; status 301 → 302",
                "- rule #3 removed: /c → /3 (301)",
                "+ rule #4 added: /e → /5 (301)",
            ],
            "{lines:#?}"
        );
        assert_eq!(summary(&changes), "3 changes: 1 added, 1 removed, 1 changed");
        let moved = diff_rules(&app, &[app[1].clone(), app[2].clone(), app[3].clone(), app[0].clone()]);
        assert_eq!(moved, vec![Change::Moved { from: 1, to: 4, rule: app[0].clone() }]);
    }

    #[test]
    fn text_diffs_ignore_trailing_space_and_show_line_numbers() {
        assert!(same_text("a: 1\nb: 2\n", "a: 1  \nb: 2\n\n"));
        assert!(diff_text("a\nb\nc\n", "a\nb\nc").is_empty());
        assert_eq!(diff_text("a\nb\nc\n", "a\nx\nc\nd\n"), ["-    2 | b", "+    2 | x", "+    4 | d"]);
    }
}
