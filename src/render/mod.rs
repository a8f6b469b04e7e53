//! Rendering results: `--output table|json|text`, `--query` (JMESPath), and the terminal UI
//! (status lines, confirmations). Everything here writes to strings or stderr; stdout gets
//! only what [`render`] returns.

mod aws_text;
pub mod build_progress;
pub mod progress;
pub mod style;
pub mod table;
pub mod ui;

use crate::api::redact::redact_output;
use crate::model::enums::{DomainStatus, JobStatus, UpdateStatus};
pub use crate::text::{escape_controls, escape_controls_in_lines};
pub use crate::timefmt::format_time;
use crate::timefmt::{format_duration, format_local, format_relative, now_epoch};
use anyhow::Context;
use serde::Serialize;
use serde_json::Value;
use style::{domain_tone, job_tone, update_tone, Tone};
use table::Cell;
pub use table::Keep;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Text,
}

/// How a cell is shown. Times depend on where: relative in list rows (`3 min ago`), local
/// with the zone in one resource's fields, absolute UTC in `-o text` (scripts), epoch seconds
/// in JSON (untouched).
#[derive(Clone, Copy, Debug)]
pub enum Fmt {
    Plain,
    /// Epoch seconds → a time (see above).
    Time,
    /// The time from this member (epoch seconds) to the member `end`: `1m 12s`; while the
    /// item's `status` is a job status still under way, the time so far (`running 35s`).
    /// Whole seconds in `-o text`, `-` there while it runs.
    Duration {
        end: &'static str,
    },
    /// A job's or step's status, coloured by [`JobStatus`] on a colour terminal.
    JobStatus,
    /// A domain association's status, coloured by [`DomainStatus`].
    DomainStatus,
    /// A domain association's update status, coloured by [`UpdateStatus`].
    UpdateStatus,
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
    /// What the column gives up when a list is wider than the terminal.
    pub keep: Keep,
}

/// A column that may be cut (with `…`) when a list is too wide, after the [`Column::low`] ones.
pub const fn col(header: &'static str, field: &'static str, fmt: Fmt) -> Column {
    // Times and durations mean nothing in part: left out whole, never cut.
    let keep = match fmt {
        Fmt::Time | Fmt::Duration { .. } => Keep::Atomic,
        _ => Keep::Normal,
    };
    Column { header, field, fmt, keep }
}

impl Column {
    /// Never cut: a value people copy (an ID, a name they type, a DNS record, a URL, an ARN).
    pub const fn copyable(self) -> Column {
        Column { keep: Keep::Whole, ..self }
    }

    /// Cut first when a list is too wide (descriptions, messages, reasons).
    pub const fn low(self) -> Column {
        Column { keep: Keep::Low, ..self }
    }
}

/// What a command's result looks like, for table and text output.
#[derive(Clone, Copy, Debug)]
pub enum View {
    /// One resource under `key`, shown as aligned `Field  value` lines.
    Item { key: &'static str, fields: &'static [Column] },
    /// Resources listed under `key`, a row each; `empty` is said (on stderr) when there are none.
    List { key: &'static str, columns: &'static [Column], empty: &'static str },
    /// A map of strings under `key` (tags, environment variables), a row per entry.
    Map { key: &'static str, headers: [&'static str; 2] },
    /// No data (the outcome is told on stderr).
    Empty,
}

/// What tables are drawn for: decided once, at the edge (`cli::ui_for` from the terminal,
/// tests by hand), and handed to [`render`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Screen {
    /// The terminal's width in columns; `None` when stdout is not a terminal (nothing is cut).
    /// A terminal that reports 0 is taken as 80 wide.
    pub width: Option<usize>,
    /// Whether states are coloured in tables (stdout is a colour terminal, or `--color always`).
    pub color: bool,
    /// The local time zone, for the times of one resource's fields; `None`: unknown, UTC.
    pub offset: Option<time::UtcOffset>,
    /// The clock relative times count from (epoch seconds); `None`: the system clock.
    pub now: Option<f64>,
}

impl Screen {
    /// Not a terminal: no width limit, no colour, UTC, the system clock.
    pub const PIPE: Screen = Screen { width: None, color: false, offset: None, now: None };

    /// The width a table may use (`None`: no limit; 80 for a terminal that reports 0).
    pub fn usable_width(&self) -> Option<usize> {
        table::usable_width(self.width)
    }
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

/// Renders `value` (the service's response object) for `screen`; secrets are redacted in
/// every format. Only tables depend on the screen (width, colour, time zone, clock); JSON and
/// text are the same everywhere.
pub fn render(
    value: &Value,
    view: &View,
    format: OutputFormat,
    query: Option<&jmespath::Expression>,
    screen: &Screen,
) -> anyhow::Result<String> {
    let value = redact_output(value);
    if let Some(q) = query {
        let result = q.search(value).context("--query failed")?;
        let queried = serde_json::to_value(&*result).context("--query result")?;
        return Ok(match format {
            OutputFormat::Json => to_json(&queried),
            OutputFormat::Table => generic_table(&queried),
            OutputFormat::Text => aws_text::aws_text(&queried),
        });
    }
    Ok(match format {
        OutputFormat::Json => match view {
            View::Empty if value.as_object().is_some_and(|o| o.is_empty()) => String::new(),
            _ => to_json(&value),
        },
        OutputFormat::Table => view_table(&value, view, screen),
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

/// Where a cell is shown, which decides how a time reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// A row of a list table: relative times.
    Row,
    /// A field of one resource: local time with the zone.
    Field,
    /// `-o text`: absolute UTC, whole seconds, no colour.
    Text,
}

/// How cells are made: where they are shown, the time zone and the clock.
#[derive(Clone, Copy, Debug)]
struct Cells {
    place: Place,
    offset: Option<time::UtcOffset>,
    now: f64,
}

impl Cells {
    fn new(place: Place, screen: &Screen) -> Cells {
        Cells { place, offset: screen.offset, now: screen.now.unwrap_or_else(now_epoch) }
    }

    /// The cell of `c` in `item`.
    fn cell(&self, item: &Value, c: &Column) -> Cell {
        let value = field(item, c.field);
        let text = match (c.fmt, value) {
            (Fmt::Duration { end }, _) => self.duration(item, value, field(item, end)),
            (_, Value::Null) => "-".into(),
            (Fmt::Time, Value::Number(n)) => self.time(n.as_f64().unwrap_or_default()),
            (Fmt::YesNo, Value::Bool(b)) => if *b { "yes" } else { "no" }.into(),
            (Fmt::Count, Value::Array(a)) => a.len().to_string(),
            (Fmt::Count, Value::Object(o)) => o.len().to_string(),
            (Fmt::Keys, Value::Object(o)) => o.keys().map(|k| escape_controls(k)).collect::<Vec<_>>().join(", "),
            (Fmt::Pairs, Value::Object(o)) => {
                o.iter().map(|(k, v)| format!("{}={}", escape_controls(k), scalar(v))).collect::<Vec<_>>().join(", ")
            }
            (_, v) => scalar(v),
        };
        let tone = if self.place == Place::Text { None } else { tone_of(c.fmt, value) };
        // `-` stands for no value, unless it is the value (`env diff`'s removal marker).
        let no_value = text.is_empty() || (text == "-" && !value.is_string());
        Cell { text, tone, no_value }
    }

    fn time(&self, epoch: f64) -> String {
        match self.place {
            Place::Row => format_relative(epoch, self.now, self.offset),
            Place::Field => format_local(epoch, self.offset),
            Place::Text => format_time(epoch),
        }
    }

    /// From `start` to `end`, or to now while the item's status is under way.
    fn duration(&self, item: &Value, start: &Value, end: &Value) -> String {
        let Some(start) = start.as_f64() else { return "-".into() };
        let text = self.place == Place::Text;
        match end.as_f64() {
            Some(end) if text => format!("{}", (end - start).max(0.0).floor() as u64),
            Some(end) => format_duration(end - start),
            // A status this build does not know is not said to be running.
            None if JobStatus::from_json(&item["status"]).is_some_and(JobStatus::is_busy) && !text => {
                format!("running {}", format_duration(self.now - start))
            }
            None => "-".into(),
        }
    }
}

/// The tone of a state column's value; `None` for other columns and unknown states.
fn tone_of(fmt: Fmt, value: &Value) -> Option<Tone> {
    match fmt {
        Fmt::JobStatus => JobStatus::from_json(value).map(job_tone),
        Fmt::DomainStatus => DomainStatus::from_json(value).map(domain_tone),
        Fmt::UpdateStatus => UpdateStatus::from_json(value).map(update_tone),
        _ => None,
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

/// The items of a list view.
fn list_items<'a>(value: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    value[key].as_array().into_iter().flatten()
}

/// A map view's entries as two plain cells each.
fn map_rows(value: &Value, key: &str) -> Vec<Vec<Cell>> {
    let entries = value[key].as_object().into_iter().flatten();
    entries.map(|(k, v)| vec![Cell::plain(escape_controls(k)), Cell::plain(scalar(v))]).collect()
}

fn view_table(value: &Value, view: &View, screen: &Screen) -> String {
    match view {
        View::Item { key, fields } => {
            let cells = Cells::new(Place::Field, screen);
            let item = &value[*key];
            let rows: Vec<(String, Cell)> =
                fields.iter().map(|c| (c.header.to_string(), cells.cell(item, c))).collect();
            table::fields(&rows, screen.color)
        }
        View::List { key, columns, .. } => {
            let cells = Cells::new(Place::Row, screen);
            let rows: Vec<Vec<Cell>> =
                list_items(value, key).map(|item| columns.iter().map(|c| cells.cell(item, c)).collect()).collect();
            let headers: Vec<String> = columns.iter().map(|c| c.header.to_string()).collect();
            let keep: Vec<Keep> = columns.iter().map(|c| c.keep).collect();
            table::grid(&headers, &keep, &rows, screen.width, screen.color)
        }
        // Tags and environment variables: keys and values are both copied, never cut.
        View::Map { key, headers } => {
            let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
            table::grid(&headers, &[Keep::Whole, Keep::Whole], &map_rows(value, key), screen.width, screen.color)
        }
        View::Empty => String::new(),
    }
}

/// Tab-separated rows, no header: for `cut`, `awk` and `while read`. Times are absolute UTC.
fn view_text(value: &Value, view: &View) -> String {
    let cells = Cells::new(Place::Text, &Screen::PIPE);
    let rows: Vec<Vec<String>> = match view {
        View::Item { key, fields } => {
            let item = &value[*key];
            fields.iter().map(|c| vec![c.header.to_string(), cells.cell(item, c).text]).collect()
        }
        View::List { key, columns, .. } => {
            list_items(value, key).map(|item| columns.iter().map(|c| cells.cell(item, c).text).collect()).collect()
        }
        View::Map { key, .. } => {
            map_rows(value, key).into_iter().map(|r| r.into_iter().map(|c| c.text).collect()).collect()
        }
        View::Empty => vec![],
    };
    rows.iter().map(|r| format!("{}\n", r.join("\t"))).collect()
}

/// `--query` results as a table: a list of objects as columns of their members, an object as
/// `key  value` lines. Nothing is cut: what a query picks out is what was asked for.
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
            let rows: Vec<Vec<Cell>> =
                items.iter().map(|item| headers.iter().map(|h| Cell::plain(scalar(&item[h]))).collect()).collect();
            let shown: Vec<String> = headers.iter().map(|h| escape_controls(h)).collect();
            table::grid(&shown, &vec![Keep::Whole; shown.len()], &rows, None, false)
        }
        Value::Object(o) => {
            let rows: Vec<(String, Cell)> =
                o.iter().map(|(k, v)| (escape_controls(k), Cell::plain(scalar(v)))).collect();
            table::fields(&rows, false)
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
        let view = View::List { key: "apps", columns: COLS, empty: "" };
        let out = render(&v, &view, OutputFormat::Text, None, &Screen::PIPE).unwrap();
        assert_eq!(out, "d1\t1970-01-01 00:00:00 UTC\nd2\t1970-01-02 00:00:00 UTC\n");
    }

    #[test]
    fn json_output_keeps_the_service_shape_and_hides_credentials() {
        let v = json!({"app": {"appId": "d1", "basicAuthCredentials": "c2VjcmV0OnB3"}});
        let out = render(&v, &View::Empty, OutputFormat::Json, None, &Screen::PIPE).unwrap();
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
            let view = View::List { key: "apps", columns: NAMES, empty: "" };
            let out = render(&v, &view, format, None, &Screen::PIPE).unwrap();
            assert!(!out.contains('\x1b') && out.contains("x\\u{1b}[2J"), "{out}");
        }
        let json = render(&v, &View::Empty, OutputFormat::Json, None, &Screen::PIPE).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), v);
    }

    /// A list of values prints as the AWS CLI's `--output text` does: one line, tab-separated.
    #[test]
    fn query_applies_before_rendering() {
        let v = json!({"apps": [{"appId": "d1", "name": "a"}, {"appId": "d2", "name": "b"}]});
        let q = compile_query("apps[].name").unwrap();
        assert_eq!(render(&v, &View::Empty, OutputFormat::Text, Some(&q), &Screen::PIPE).unwrap(), "a\tb\n");
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
        assert_eq!(render(&v, &View::Empty, OutputFormat::Text, Some(&q), &Screen::PIPE).unwrap(), "my-site\n");
        let jobs = json!({"jobSummaries": [{"jobId": "1", "status": "FAILED"}, {"jobId": "2", "status": "SUCCEED"}]});
        let q = compile_query("jobSummaries[?status==`FAILED`].jobId").unwrap();
        assert_eq!(render(&jobs, &View::Empty, OutputFormat::Text, Some(&q), &Screen::PIPE).unwrap(), "1\n");
        assert!(compile_query("a[?n==`x").is_err());
    }

    // 2026-11-27 16:04:05 UTC
    const T: f64 = 1_795_795_445.0;

    const JOB_COLUMNS: &[Column] = &[
        col("JOB", "jobId", Fmt::Plain).copyable(),
        col("STATUS", "status", Fmt::JobStatus),
        col("STARTED", "startTime", Fmt::Time),
        col("DURATION", "startTime", Fmt::Duration { end: "endTime" }),
    ];
    const JOBS: View = View::List { key: "jobSummaries", columns: JOB_COLUMNS, empty: "" };

    fn jobs() -> Value {
        json!({"jobSummaries": [
            {"jobId": "2", "status": "RUNNING", "startTime": T - 35.0},
            {"jobId": "1", "status": "SUCCEED", "startTime": T - 7200.0, "endTime": T - 7200.0 + 72.4},
            {"jobId": "0", "status": "CANCELLED", "startTime": T - 86400.0 * 30.0},
        ]})
    }

    fn screen(width: Option<usize>, color: bool) -> Screen {
        Screen { width, color, offset: None, now: Some(T) }
    }

    #[test]
    fn list_times_are_relative_with_a_duration_and_text_keeps_them_absolute() {
        let table = render(&jobs(), &JOBS, OutputFormat::Table, None, &screen(Some(120), false)).unwrap();
        assert_eq!(
            table,
            "JOB  STATUS     STARTED     DURATION\n\
             2    RUNNING    35 s ago    running 35s\n\
             1    SUCCEED    2 h ago     1m 12s\n\
             0    CANCELLED  2026-10-28  -\n"
        );
        let text = render(&jobs(), &JOBS, OutputFormat::Text, None, &screen(Some(120), false)).unwrap();
        assert_eq!(
            text,
            "2\tRUNNING\t2026-11-27 16:03:30 UTC\t-\n\
             1\tSUCCEED\t2026-11-27 14:04:05 UTC\t72\n\
             0\tCANCELLED\t2026-10-28 16:04:05 UTC\t-\n"
        );
        let json = render(&jobs(), &JOBS, OutputFormat::Json, None, &screen(Some(120), false)).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), jobs(), "JSON keeps epoch seconds");
    }

    #[test]
    fn item_times_are_local_with_their_zone() {
        const STARTED: &[Column] = &[col("Started", "startTime", Fmt::Time)];
        let item = View::Item { key: "job", fields: STARTED };
        let v = json!({"job": {"startTime": T}});
        let paris = Screen { offset: Some(time::UtcOffset::from_hms(1, 0, 0).unwrap()), ..screen(None, false) };
        let local = render(&v, &item, OutputFormat::Table, None, &paris).unwrap();
        assert_eq!(local, "Started  2026-11-27 17:04:05 +01:00\n");
        assert_eq!(
            render(&v, &item, OutputFormat::Table, None, &screen(None, false)).unwrap(),
            "Started  2026-11-27 16:04:05 UTC\n"
        );
        assert_eq!(render(&v, &item, OutputFormat::Text, None, &paris).unwrap(), "Started\t2026-11-27 16:04:05 UTC\n");
    }

    #[test]
    fn states_are_coloured_only_in_tables_on_a_colour_screen() {
        let coloured = render(&jobs(), &JOBS, OutputFormat::Table, None, &screen(Some(120), true)).unwrap();
        assert!(coloured.contains("\x1b[32mSUCCEED\x1b[0m  "), "{coloured:?}");
        assert!(coloured.contains("\x1b[33mRUNNING\x1b[0m  "), "{coloured:?}");
        assert!(coloured.contains("\x1b[2mCANCELLED\x1b[0m"), "{coloured:?}");
        let plain = render(&jobs(), &JOBS, OutputFormat::Table, None, &screen(Some(120), false)).unwrap();
        assert_eq!(style::unpaint(&coloured), plain);
        let text = render(&jobs(), &JOBS, OutputFormat::Text, None, &screen(Some(120), true)).unwrap();
        assert!(!text.contains('\x1b'));
        // A state this build does not know is shown as sent, uncoloured.
        let v = json!({"jobSummaries": [{"jobId": "3", "status": "PAUSED", "startTime": T}]});
        let out = render(&v, &JOBS, OutputFormat::Table, None, &screen(Some(120), true)).unwrap();
        assert!(out.contains("PAUSED") && !out.contains('\x1b'), "{out:?}");
    }

    #[test]
    fn a_terminal_of_width_zero_is_drawn_eighty_wide() {
        const APPS: &[Column] = &[
            col("APP ID", "appId", Fmt::Plain).copyable(),
            col("NAME", "name", Fmt::Plain),
            col("DESCRIPTION", "description", Fmt::Plain).low(),
        ];
        let view = View::List { key: "apps", columns: APPS, empty: "" };
        let v = json!({"apps": [{"appId": "d1234567890abc", "name": "site", "description": "word ".repeat(40)}]});
        let zero = render(&v, &view, OutputFormat::Table, None, &screen(Some(0), false)).unwrap();
        assert_eq!(zero, render(&v, &view, OutputFormat::Table, None, &screen(Some(80), false)).unwrap());
        assert_eq!(zero.lines().count(), 2, "{zero}");
        assert!(zero.lines().all(|l| table::display_width(l) <= 80), "{zero}");
        let piped = render(&v, &view, OutputFormat::Table, None, &Screen::PIPE).unwrap();
        assert!(piped.contains(&"word ".repeat(39)), "a pipe gets whole values: {piped}");
    }
}
