//! Rendering results: `--output table|json|text`, `--query` (JMESPath), and the terminal UI
//! (status lines, confirmations). Everything here writes to strings or stderr; stdout gets
//! only what [`render`] returns.

pub mod progress;
pub mod ui;

use crate::api::redact::redact_output;
pub use crate::text::{escape_controls, escape_controls_in_lines};
pub use crate::timefmt::format_time;
use anyhow::Context;
use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Text,
}

/// How a cell is shown.
#[derive(Clone, Copy, Debug)]
pub enum Fmt {
    Plain,
    /// Epoch seconds → `2026-11-26 04:21:44 UTC`.
    Time,
    /// true/false → yes/no.
    YesNo,
    /// A list or map → how many entries.
    Count,
    /// A map → its keys, comma-separated (values may be secrets).
    Keys,
    /// A map → `k=v` pairs.
    Pairs,
}

#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub header: &'static str,
    /// A member name; `a.b` reaches into nested objects.
    pub field: &'static str,
    pub fmt: Fmt,
}

pub const fn col(header: &'static str, field: &'static str, fmt: Fmt) -> Column {
    Column { header, field, fmt }
}

/// What a command's result looks like, for table and text output.
#[derive(Clone, Copy, Debug)]
pub enum View {
    /// One resource under `key`, shown as field/value rows.
    Item { key: &'static str, fields: &'static [Column] },
    /// Resources listed under `key`, a row each; `empty` is said (on stderr) when there are none.
    List { key: &'static str, columns: &'static [Column], empty: &'static str },
    /// A map of strings under `key` (tags, environment variables), a row per entry.
    Map { key: &'static str, headers: [&'static str; 2] },
    /// No data (the outcome is told on stderr).
    Empty,
}

/// What to tell people when a list has no items (None when it has, or for other views).
pub fn empty_message(value: &Value, view: &View) -> Option<&'static str> {
    match view {
        View::List { key, empty, .. } if value[*key].as_array().is_none_or(Vec::is_empty) && !empty.is_empty() => {
            Some(empty)
        }
        _ => None,
    }
}

/// Compiles a `--query` before anything is sent, so a bad expression costs no request.
/// Backtick literals that are not JSON are read as the AWS CLI reads them (see
/// [`legacy_literals`]).
pub fn compile_query(expr: &str) -> Result<jmespath::Expression<'static>, String> {
    jmespath::compile(&legacy_literals(expr))
        .map_err(|e| format!("--query {expr:?} is not a valid JMESPath expression: {e}"))
}

/// JMESPath's legacy literal rule, which the AWS CLI (jmespath.py) still applies: the text
/// between backticks that is not valid JSON is taken as a JSON string, so
/// `` apps[?name==`my-site`] `` means `` apps[?name==`"my-site"`] ``. Each such literal is
/// rewritten into the JSON string literal; valid JSON literals, raw strings (`'...'`) and
/// quoted identifiers (`"..."`) are left as they are, backticks inside them included. As in
/// jmespath.py, `` \` `` inside a literal is a backtick, and leading blanks are dropped.
pub fn legacy_literals(expr: &str) -> String {
    let mut out = String::with_capacity(expr.len() + 8);
    let mut chars = expr.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            '`' => {
                // The literal as written, escapes kept.
                let mut raw = String::new();
                let mut closed = false;
                while let Some(d) = chars.next() {
                    if d == '\\' && chars.peek() == Some(&'`') {
                        chars.next();
                        raw.push_str("\\`");
                    } else if d == '`' {
                        closed = true;
                        break;
                    } else {
                        raw.push(d);
                    }
                }
                out.push('`');
                if !closed {
                    // Left to the parser, which names the unclosed literal.
                    out.push_str(&raw);
                    continue;
                }
                let content = raw.replace("\\`", "`");
                if serde_json::from_str::<Value>(&content).is_ok() {
                    out.push_str(&raw);
                } else {
                    let text = serde_json::from_str::<Value>(&format!("\"{}\"", content.trim_start()))
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or(content);
                    let json = serde_json::to_string(&Value::String(text)).expect("a string serialises");
                    out.push_str(&json.replace('`', "\\`"));
                }
                out.push('`');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The resume token of a list cut short by `--max-items` (see `api::paginate`).
pub fn next_token(value: &Value) -> Option<&str> {
    value.get("NextToken").and_then(Value::as_str).filter(|t| !t.is_empty())
}

/// Renders `value` (the service's response object); secrets are redacted in every format.
pub fn render(
    value: &Value,
    view: &View,
    format: OutputFormat,
    query: Option<&jmespath::Expression>,
) -> anyhow::Result<String> {
    let value = redact_output(value);
    if let Some(q) = query {
        let result = q.search(value).context("--query failed")?;
        let queried = serde_json::to_value(&*result).context("--query result")?;
        return Ok(match format {
            OutputFormat::Json => to_json(&queried),
            OutputFormat::Table => generic_table(&queried),
            OutputFormat::Text => generic_text(&queried),
        });
    }
    Ok(match format {
        OutputFormat::Json => match view {
            View::Empty if value.as_object().is_some_and(|o| o.is_empty()) => String::new(),
            _ => to_json(&value),
        },
        OutputFormat::Table => view_table(&value, view),
        OutputFormat::Text => view_text(&value, view),
    })
}

/// JSON as the AWS CLI prints it: four-space indent, keys in the service's order.
pub fn to_json(value: &Value) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    value.serialize(&mut ser).expect("JSON values serialise");
    let mut s = String::from_utf8(buf).expect("JSON is UTF-8");
    s.push('\n');
    s
}

fn field<'a>(item: &'a Value, path: &str) -> &'a Value {
    path.split('.').fold(item, |v, k| v.get(k).unwrap_or(&Value::Null))
}

fn cell(value: &Value, fmt: Fmt) -> String {
    match (fmt, value) {
        (_, Value::Null) => "-".into(),
        (Fmt::Time, Value::Number(n)) => format_time(n.as_f64().unwrap_or_default()),
        (Fmt::YesNo, Value::Bool(b)) => if *b { "yes" } else { "no" }.into(),
        (Fmt::Count, Value::Array(a)) => a.len().to_string(),
        (Fmt::Count, Value::Object(o)) => o.len().to_string(),
        (Fmt::Keys, Value::Object(o)) => o.keys().map(|k| escape_controls(k)).collect::<Vec<_>>().join(", "),
        (Fmt::Pairs, Value::Object(o)) => {
            o.iter().map(|(k, v)| format!("{}={}", escape_controls(k), scalar(v))).collect::<Vec<_>>().join(", ")
        }
        (_, v) => scalar(v),
    }
}

/// A value as a table cell or text field: a string bare (its control characters escaped),
/// anything else as JSON (which escapes them itself).
fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => escape_controls(s),
        Value::Null => String::new(),
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            items.iter().map(scalar).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

fn new_table() -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t
}

fn view_rows(value: &Value, view: &View) -> (Vec<String>, Vec<Vec<String>>) {
    match view {
        View::Item { key, fields } => {
            let item = &value[*key];
            let rows = fields.iter().map(|c| vec![c.header.to_string(), cell(field(item, c.field), c.fmt)]).collect();
            (vec![], rows)
        }
        View::List { key, columns, .. } => {
            let headers = columns.iter().map(|c| c.header.to_string()).collect();
            let rows = value[*key]
                .as_array()
                .into_iter()
                .flatten()
                .map(|item| columns.iter().map(|c| cell(field(item, c.field), c.fmt)).collect())
                .collect();
            (headers, rows)
        }
        View::Map { key, headers } => {
            let entries = value[*key].as_object().into_iter().flatten();
            let rows = entries.map(|(k, v)| vec![escape_controls(k), scalar(v)]).collect();
            (headers.iter().map(|h| h.to_string()).collect(), rows)
        }
        View::Empty => (vec![], vec![]),
    }
}

fn view_table(value: &Value, view: &View) -> String {
    let (headers, rows) = view_rows(value, view);
    if rows.is_empty() {
        return String::new();
    }
    let mut t = new_table();
    if !headers.is_empty() {
        t.set_header(headers);
    }
    for r in rows {
        t.add_row(r);
    }
    format!("{t}\n")
}

/// Tab-separated rows, no header: for `cut`, `awk` and `while read`.
fn view_text(value: &Value, view: &View) -> String {
    let (_, rows) = view_rows(value, view);
    rows.iter().map(|r| format!("{}\n", r.join("\t"))).collect()
}

fn generic_table(value: &Value) -> String {
    match value {
        Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
            let mut headers: Vec<String> = Vec::new();
            for item in items {
                for k in item.as_object().into_iter().flat_map(|o| o.keys()) {
                    if !headers.contains(k) {
                        headers.push(k.clone());
                    }
                }
            }
            let mut t = new_table();
            t.set_header(headers.iter().map(|h| escape_controls(h)).collect::<Vec<_>>());
            for item in items {
                t.add_row(headers.iter().map(|h| scalar(&item[h])).collect::<Vec<_>>());
            }
            format!("{t}\n")
        }
        Value::Object(o) => {
            let mut t = new_table();
            for (k, v) in o {
                t.add_row(vec![escape_controls(k), scalar(v)]);
            }
            format!("{t}\n")
        }
        other => generic_text(other),
    }
}

fn generic_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::Object(o) => format!("{}\n", o.values().map(scalar).collect::<Vec<_>>().join("\t")),
                Value::Array(a) => {
                    format!("{}\n", a.iter().map(scalar).collect::<Vec<_>>().join("\t"))
                }
                v => format!("{}\n", scalar(v)),
            })
            .collect(),
        Value::Object(o) => o.iter().map(|(k, v)| format!("{}\t{}\n", escape_controls(k), scalar(v))).collect(),
        v => format!("{}\n", scalar(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const COLS: &[Column] = &[col("ID", "appId", Fmt::Plain), col("CREATED", "createTime", Fmt::Time)];

    #[test]
    fn text_output_is_tab_separated_rows() {
        let v = json!({"apps": [{"appId": "d1", "createTime": 0}, {"appId": "d2", "createTime": 86400.5}]});
        let out = render(&v, &View::List { key: "apps", columns: COLS, empty: "" }, OutputFormat::Text, None).unwrap();
        assert_eq!(out, "d1\t1970-01-01 00:00:00 UTC\nd2\t1970-01-02 00:00:00 UTC\n");
    }

    #[test]
    fn json_output_keeps_the_service_shape_and_hides_credentials() {
        let v = json!({"app": {"appId": "d1", "basicAuthCredentials": "c2VjcmV0OnB3"}});
        let out = render(&v, &View::Empty, OutputFormat::Json, None).unwrap();
        let back: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["app"]["appId"], "d1");
        assert_eq!(back["app"]["basicAuthCredentials"], "<redacted>");
    }

    #[test]
    fn control_characters_are_shown_not_sent_to_the_terminal() {
        assert_eq!(escape_controls("evil\x1b[2J\x1b]0;pwned\x07"), "evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7}");
        assert_eq!(escape_controls("a\tb\nc\u{9b}"), "a\\tb\\nc\\u{9b}");
        assert_eq!(escape_controls("café ✔ 日本"), "café ✔ 日本");
        assert_eq!(escape_controls_in_lines("one\x1b\ntwo"), "one\\u{1b}\ntwo");
        let v = json!({"apps": [{"appId": "d1", "createTime": 0, "name": "x\x1b[2J"}]});
        const NAMES: &[Column] = &[col("NAME", "name", Fmt::Plain)];
        for format in [OutputFormat::Table, OutputFormat::Text] {
            let out = render(&v, &View::List { key: "apps", columns: NAMES, empty: "" }, format, None).unwrap();
            assert!(!out.contains('\x1b') && out.contains("x\\u{1b}[2J"), "{out}");
        }
        let json = render(&v, &View::Empty, OutputFormat::Json, None).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), v);
    }

    #[test]
    fn query_applies_before_rendering() {
        let v = json!({"apps": [{"appId": "d1", "name": "a"}, {"appId": "d2", "name": "b"}]});
        let q = compile_query("apps[].name").unwrap();
        assert_eq!(render(&v, &View::Empty, OutputFormat::Text, Some(&q)).unwrap(), "a\nb\n");
        assert!(compile_query("apps[").is_err());
    }

    #[test]
    fn backtick_literals_that_are_not_json_are_strings_as_in_the_aws_cli() {
        assert_eq!(legacy_literals("apps[?name==`my-site`]"), r#"apps[?name==`"my-site"`]"#);
        assert_eq!(legacy_literals("a[?n==`3`]"), "a[?n==`3`]");
        assert_eq!(legacy_literals(r#"a[?n==`"x"`]"#), r#"a[?n==`"x"`]"#);
        assert_eq!(legacy_literals("a[?n==`[1, 2]`]"), "a[?n==`[1, 2]`]");
        assert_eq!(legacy_literals("a[?n==`  FAILED`]"), r#"a[?n==`"FAILED"`]"#);
        // Backticks inside raw strings and quoted identifiers are not literals.
        assert_eq!(legacy_literals("a[?n=='`x`']"), "a[?n=='`x`']");
        assert_eq!(legacy_literals(r#""we`ird"[?n==`x`]"#), r#""we`ird"[?n==`"x"`]"#);
        assert_eq!(legacy_literals(r"a[?n=='it\'s `x`']"), r"a[?n=='it\'s `x`']");
        // An escaped backtick inside a literal stays one, and is escaped again.
        assert_eq!(legacy_literals(r"a[?n==`a\`b`]"), r#"a[?n==`"a\`b"`]"#);
        let v = json!({"apps": [{"name": "my-site"}, {"name": "other"}]});
        let q = compile_query("apps[?name==`my-site`].name").unwrap();
        assert_eq!(render(&v, &View::Empty, OutputFormat::Text, Some(&q)).unwrap(), "my-site\n");
        let jobs = json!({"jobSummaries": [{"jobId": "1", "status": "FAILED"}, {"jobId": "2", "status": "SUCCEED"}]});
        let q = compile_query("jobSummaries[?status==`FAILED`].jobId").unwrap();
        assert_eq!(render(&jobs, &View::Empty, OutputFormat::Text, Some(&q)).unwrap(), "1\n");
        assert!(compile_query("a[?n==`x").is_err());
    }
}
