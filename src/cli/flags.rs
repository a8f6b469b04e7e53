//! How request members reach the command line: the member → flag naming rule, and the
//! value parsers for the kinds of values flags carry (KEY=VALUE, JSON or `file://`, text or
//! `file://`, user:password, durations, timestamps).

use crate::model::{model, ShapeType};
use base64::Engine;
use serde_json::{Map, Value};
use std::io::Read;
use std::time::Duration;

// The member → flag naming rule lives with the model (exit codes and errors name flags too).
pub use crate::model::naming::{describe_member_path, flag_for_member, kebab, FLAG_OVERRIDES};

/// What `env export --format` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EnvFormat {
    /// `KEY=VALUE` lines, quoted where needed (dotenvy reads them back identically)
    Dotenv,
    /// One JSON object of names and values
    Json,
}

/// `KEY=VALUE`, as `--env` and `--tag` take it.
#[derive(Clone, Debug)]
pub struct KeyValue(pub String, pub String);

pub fn parse_key_value(s: &str) -> Result<KeyValue, String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok(KeyValue(k.to_string(), v.to_string())),
        _ => Err(format!("expected KEY=VALUE, got {s:?}")),
    }
}

pub fn key_values_to_map(pairs: &[KeyValue]) -> Map<String, Value> {
    pairs.iter().map(|KeyValue(k, v)| (k.clone(), Value::String(v.clone()))).collect()
}

/// Sets a map member from repeated `KEY=VALUE` flags (`--env`, `--tag`), checked against the
/// model here so that a refusal names the flag typed, not the JSON flag of the same member.
pub fn set_pairs(
    input: &mut Map<String, Value>,
    operation: &str,
    (member, flag): (&str, &str),
    pairs: &[KeyValue],
) -> Result<(), crate::exit::CliError> {
    if pairs.is_empty() {
        return Ok(());
    }
    let map = Value::Object(key_values_to_map(pairs));
    let m = model();
    let shape = m.input_of(m.operation(operation)).expect("operation has input");
    let member_shape = &shape.members.get(member).expect("member of the operation").shape;
    crate::model::validate::validate(member_shape, &map)
        .map_err(|v| crate::exit::CliError::usage(format!("invalid {flag} ({member}{}): {}", v.path, v.problem)))?;
    input.insert(member.to_string(), map);
    Ok(())
}

/// The most a `file://` value may hold: 10 MiB, far above the model's largest text member (a
/// build spec, 25,000 characters), so a wrong path (a log, `/dev/zero`) fails at once instead
/// of filling memory.
pub const MAX_FILE_ARG: u64 = 10 * 1024 * 1024;

/// Reads `file://PATH` (or `fileb://`), else returns the text itself. Only a regular file is
/// read, and at most [`MAX_FILE_ARG`] bytes of it: a FIFO would block, a device never end.
pub fn read_text_arg(s: &str) -> Result<String, String> {
    match s.strip_prefix("file://").or_else(|| s.strip_prefix("fileb://")) {
        Some(path) => read_capped(path),
        None => Ok(s.to_string()),
    }
}

fn read_capped(path: &str) -> Result<String, String> {
    let cannot = |why: String| format!("cannot read {path}: {why}");
    // Checked before opening: opening a FIFO blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(|e| cannot(e.to_string()))?;
    if !meta.is_file() {
        return Err(cannot("not a regular file (a folder, device, FIFO or socket)".into()));
    }
    let file = std::fs::File::open(path).map_err(|e| cannot(e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_ARG + 1).read_to_end(&mut bytes).map_err(|e| cannot(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_ARG {
        return Err(cannot(format!("larger than {} MiB, the most a file:// value may hold", MAX_FILE_ARG >> 20)));
    }
    String::from_utf8(bytes).map_err(|_| cannot("not UTF-8 text".into()))
}

/// Text or `file://PATH` (build specs, custom headers).
pub fn parse_text(s: &str) -> Result<String, String> {
    read_text_arg(s)
}

/// A structured value: inline JSON, `file://PATH` holding JSON, or shorthand `k=v,k2=v2`.
pub fn parse_json(s: &str) -> Result<Value, String> {
    let from_file = s.starts_with("file://") || s.starts_with("fileb://");
    let text = read_text_arg(s)?;
    let trimmed = text.trim();
    if from_file || trimmed.starts_with('{') || trimmed.starts_with('[') || trimmed.starts_with('"') {
        return serde_json::from_str(trimmed).map_err(|e| {
            let origin = if from_file { format!("{s} is not valid JSON") } else { "not valid JSON".to_string() };
            format!("{origin}: {e}")
        });
    }
    super::shorthand::parse(trimmed).map(Value::Object).map_err(|e| {
        format!("expected JSON, file://PATH or shorthand key=value[,key={{k=v}},key=[a,b]] ({e}), got {s:?}")
    })
}

/// One `--auto-branch-creation-patterns`-style value: a list of strings.
#[derive(Clone, Debug)]
pub struct StringList(pub Vec<String>);

impl StringList {
    pub fn into_values(self) -> Vec<Value> {
        self.0.into_iter().map(Value::String).collect()
    }
}

/// The items of one list a list flag was given ([`parse_struct_list`] makes only lists).
pub fn list_items(list: Value) -> Vec<Value> {
    match list {
        Value::Array(items) => items,
        other => vec![other],
    }
}

/// A list of strings: comma-separated (`main,dev/*`), a JSON list (`["main","dev/*"]`), the
/// shorthand list (`[main,dev/*]`), or `file://PATH` holding a JSON list. `[]` is the empty
/// list (it clears the member); an empty item (`a,,b`) is refused.
pub fn parse_string_list(s: &str) -> Result<StringList, String> {
    let from_file = s.starts_with("file://") || s.starts_with("fileb://");
    let text = read_text_arg(s)?;
    let trimmed = text.trim();
    if !from_file && !trimmed.starts_with('[') {
        let items: Vec<String> =
            split_outside_groups(trimmed).into_iter().map(|item| item.trim().to_string()).collect();
        if items.iter().any(String::is_empty) {
            return Err("an item is empty (two commas in a row, or one at an end)".into());
        }
        return Ok(StringList(items));
    }
    let items = match list_value(trimmed, from_file) {
        Ok(items) => items,
        Err(e) if from_file => return Err(format!("{s} is {e}")),
        Err(e) => return Err(format!("{e} (a single item that starts with `[` goes in a JSON list: '[\"[abc]*\"]')")),
    };
    let strings = items.into_iter().map(|item| match item {
        Value::String(text) => Ok(text),
        other => Err(format!("the list holds {other}, not a string")),
    });
    strings.collect::<Result<_, _>>().map(StringList)
}

/// `a,b` split at its commas, but not inside a glob's braces or brackets (`release/{a,b}`,
/// `feat/[a,b]*` are one item each).
fn split_outside_groups(text: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0usize, 0);
    for (i, c) in text.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&text[start..]);
    items
}

/// The items of a list given as JSON, or else as shorthand (`[a,b]`, `[{k=v},{k=v}]`). A file
/// holds JSON.
fn list_value(text: &str, from_file: bool) -> Result<Vec<Value>, String> {
    let json_error = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => return Ok(items),
        Ok(other) => return Err(format!("not a list: {other}")),
        Err(e) => format!("not valid JSON: {e}"),
    };
    if from_file {
        return Err(json_error);
    }
    // Quotes around keys or items say JSON was meant: then its error says where it went wrong.
    super::shorthand::parse_list(text).map_err(|e| match text.contains('"') {
        true => json_error,
        false => format!("not a list: {e}"),
    })
}

/// A list of structures (`--custom-rules`, `--sub-domain-settings`): a JSON list, `file://`
/// holding one, the shorthand list (`[{source=/a,target=/b},{…}]`), or one structure as
/// shorthand (`prefix=www,branchName=main`) or a JSON object, which makes a list of one.
pub fn parse_struct_list(s: &str) -> Result<Value, String> {
    let from_file = s.starts_with("file://") || s.starts_with("fileb://");
    let text = read_text_arg(s)?;
    let trimmed = text.trim();
    if from_file || trimmed.starts_with('[') {
        let origin = if from_file { format!("{s} is ") } else { String::new() };
        return list_value(trimmed, from_file).map(Value::Array).map_err(|e| format!("{origin}{e}"));
    }
    match parse_json(s)? {
        item @ Value::Object(_) => Ok(Value::Array(vec![item])),
        other => Err(format!("expected a list or key=value pairs, got {other}")),
    }
}

/// The lists a repeated list flag was given, joined into one (None when the flag was absent).
pub fn joined<T>(lists: Vec<T>, items: impl Fn(T) -> Vec<Value>) -> Option<Value> {
    match lists.is_empty() {
        true => None,
        false => Some(Value::Array(lists.into_iter().flat_map(items).collect())),
    }
}

/// `user:password`, sent base64-encoded as the service requires.
pub fn parse_basic_auth(s: &str) -> Result<String, String> {
    match s.split_once(':') {
        Some((u, p)) if !u.is_empty() && !p.is_empty() => Ok(base64::engine::general_purpose::STANDARD.encode(s)),
        _ => Err("expected USER:PASSWORD, both non-empty (the value given is not shown: it may be a password)".into()),
    }
}

/// `--basic-auth` checked and encoded after clap has parsed it: clap's own error would repeat
/// the value, which may be a password.
pub fn encode_basic_auth(raw: Option<&str>) -> Result<Option<String>, crate::exit::CliError> {
    raw.map(parse_basic_auth).transpose().map_err(|e| crate::exit::CliError::usage(format!("--basic-auth: {e}")))
}

/// The basic-auth flags apps and branches share.
#[derive(clap::Args, Debug)]
pub struct BasicAuthArgs {
    /// Require a password (with --basic-auth)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_basic_auth: Option<bool>,
    /// Basic-auth credentials, USER:PASSWORD (encoded for you; turns basic auth on unless
    /// --enable-basic-auth=false)
    #[arg(long, value_name = "USER:PASSWORD")]
    pub basic_auth: Option<String>,
}

impl BasicAuthArgs {
    /// Sets `enableBasicAuth` and `basicAuthCredentials` of `operation`'s input.
    pub fn apply(self, operation: &str, input: &mut Map<String, Value>) -> Result<(), crate::exit::CliError> {
        // A new app or branch has no credentials: turning basic auth on without them would
        // lock everyone out. (An update is checked against what the app or branch has.)
        if self.enable_basic_auth == Some(true) && self.basic_auth.is_none() && operation.starts_with("Create") {
            let refused = crate::exit::CliError::usage(crate::commands::app::LOCKOUT);
            return Err(refused.hint("add --basic-auth USER:PASSWORD"));
        }
        let credentials = encode_basic_auth(self.basic_auth.as_deref())?;
        let enable = self.enable_basic_auth.or(credentials.as_ref().map(|_| true));
        set(input, operation, "enableBasicAuth", enable.map(Value::Bool));
        set(input, operation, "basicAuthCredentials", credentials.map(Value::String));
        Ok(())
    }
}

/// `500ms`, `30s`, `5m`, `1h`, or plain seconds.
/// A site's address (`--url`, `--against`): http:// or https://, with a host and no query.
/// The value is shown with any password in it cut.
pub fn parse_site_url(s: &str) -> Result<String, String> {
    let shown = crate::api::redact::redact_given_url(s);
    let parsed = reqwest::Url::parse(s).map_err(|e| format!("{shown:?} is not a URL: {e}"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none_or(str::is_empty) {
        return Err(format!("{shown:?} must be a site's http:// or https:// address (https://www.example.com/)"));
    }
    if parsed.query().is_some() {
        return Err(format!("{shown:?} must be a site's address without a query"));
    }
    Ok(s.to_string())
}

/// An age (`branch prune --older-than`): a duration with its unit (`14d`, `36h`). A bare
/// number is refused: elsewhere it is seconds, and `--older-than 14` meant as days would take
/// in every branch older than 14 seconds.
pub fn parse_age(s: &str) -> Result<Duration, String> {
    if let Ok(n) = s.trim().parse::<u64>() {
        let n = n.max(1);
        return Err(format!("{s:?} has no unit: say how long, e.g. {n}d for days or {n}h for hours"));
    }
    if s.trim().parse::<f64>().is_ok() {
        return Err(format!("{s:?} has no unit: say how long, e.g. 14d for days or 36h for hours"));
    }
    parse_duration(s)
}

pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let parsed = match t.parse::<f64>() {
        Ok(secs) if secs.is_finite() && secs >= 0.0 => Ok(Duration::from_secs_f64(secs)),
        _ => humantime::parse_duration(t).map_err(|_| format!("{s:?} is not a duration (e.g. 30s, 5m, 1h30m, 500ms)")),
    }?;
    // Every duration amphost takes is a limit or a period: zero would give up before starting
    // (a `--timeout 0s` deploy would upload, start a job, then exit 5 at once).
    if parsed.is_zero() {
        return Err(format!("{s:?} is zero: give a duration above zero (e.g. 30s, 5m)"));
    }
    Ok(parsed)
}

/// Converts shorthand strings to the types the model expects (`"true"` → true for booleans,
/// `"5"` → 5 for integers, `beta` → BETA for enums), so `k=v` shorthand can fill any structure.
pub fn coerce(shape_name: &str, value: Value) -> Value {
    let m = model();
    let shape = m.shape(shape_name);
    match (shape.kind, value) {
        (ShapeType::Boolean, Value::String(s)) if s == "true" || s == "false" => Value::Bool(s == "true"),
        // Enum values in any case, sent in the model's spelling (`stage=beta` is BETA).
        (ShapeType::String, Value::String(s)) => {
            let spelled = shape.enum_values.iter().flatten().find(|v| v.eq_ignore_ascii_case(&s));
            Value::String(spelled.cloned().unwrap_or(s))
        }
        (ShapeType::Integer | ShapeType::Long, Value::String(s)) => {
            s.parse::<i64>().map(Value::from).unwrap_or(Value::String(s))
        }
        (ShapeType::Structure, Value::Object(obj)) => Value::Object(
            obj.into_iter()
                .map(|(k, v)| {
                    let v = match shape.members.get(&k) {
                        Some(mem) => coerce(&mem.shape, v),
                        None => v,
                    };
                    (k, v)
                })
                .collect(),
        ),
        (ShapeType::List, Value::Array(items)) => {
            let elem = &shape.member.as_ref().expect("list member").shape;
            Value::Array(items.into_iter().map(|v| coerce(elem, v)).collect())
        }
        (_, v) => v,
    }
}

/// Sets `member` of `input` from an optional value, converting it per the operation's model.
pub fn set(input: &mut Map<String, Value>, operation: &str, member: &str, value: Option<Value>) {
    if let Some(v) = value {
        let m = model();
        let shape = m.input_of(m.operation(operation)).expect("operation has input");
        let v = match shape.members.get(member) {
            Some(mem) => coerce(&mem.shape, v),
            None => v,
        };
        input.insert(member.to_string(), v);
    }
}

/// The enum values the model allows for a shape, as a value parser: any case is accepted and
/// the value is sent in the model's spelling (`--platform web` is WEB, `--stage production`
/// is PRODUCTION); clap lists the values in help, errors and completion.
pub fn model_enum(shape: &str) -> ModelEnumParser {
    ModelEnumParser { values: model().shape(shape).enum_values.iter().flatten().map(String::as_str).collect() }
}

/// See [`model_enum`].
#[derive(Clone, Debug)]
pub struct ModelEnumParser {
    values: Vec<&'static str>,
}

impl ModelEnumParser {
    /// The one value `given` starts (`prod`), else the closest to it.
    fn meant(&self, given: &str) -> Option<&'static str> {
        let given = given.to_ascii_lowercase();
        let starting: Vec<&str> = self
            .values
            .iter()
            .copied()
            .filter(|v| given.len() >= 2 && v.to_ascii_lowercase().starts_with(&given))
            .collect();
        match starting.as_slice() {
            [one] => Some(one),
            _ => crate::text::closest(&given.to_ascii_uppercase(), self.values.iter().copied()),
        }
    }
}

impl clap::builder::TypedValueParser for ModelEnumParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        if let Some(found) = value.to_str().and_then(|v| self.values.iter().find(|m| m.eq_ignore_ascii_case(v))) {
            return Ok(found.to_string());
        }
        // clap's own error, listing the values, with the one meant when it can be told
        // (`prod` is PRODUCTION).
        let mut refused = clap::builder::PossibleValuesParser::new(self.values.clone())
            .parse_ref(cmd, arg, value)
            .expect_err("no value matched");
        if let Some(meant) = value.to_str().and_then(|v| self.meant(v)) {
            use clap::error::{ContextKind, ContextValue};
            refused.insert(ContextKind::SuggestedValue, ContextValue::String(meant.to_string()));
        }
        Err(refused)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().map(|v| clap::builder::PossibleValue::new(*v))))
    }
}

/// `--bucket`, else the project's `bucket`: a malformed URL is refused (exit 2) before any
/// request.
pub(crate) fn bucket_url(
    ctx: &crate::commands::Ctx,
    flag: Option<&str>,
) -> Result<Option<crate::storage::S3Url>, crate::exit::CliError> {
    let from_project = ctx.project.as_ref().and_then(|p| p.file.bucket.clone());
    let Some(url) = flag.map(str::to_string).or(from_project) else { return Ok(None) };
    let refused = |e: String| {
        crate::exit::CliError::usage(format!("--bucket: {e}")).hint("for example --bucket s3://my-bucket/my-site")
    };
    let parsed = crate::storage::S3Url::parse(&url).map_err(refused)?;
    match crate::deploy::manifest::prefix_problem(&parsed.key) {
        Some(problem) => Err(refused(format!("{url:?} is no place for deployments: {problem}"))),
        None => Ok(Some(parsed)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn member_flags() {
        assert_eq!(flag_for_member("enableBasicAuth"), "--enable-basic-auth");
        assert_eq!(flag_for_member("iamServiceRoleArn"), "--iam-service-role-arn");
        assert_eq!(flag_for_member("appId"), "--app");
        assert_eq!(flag_for_member("autoSubDomainIAMRole"), "--auto-sub-domain-iam-role");
        assert_eq!(kebab("GetArtifactUrl"), "get-artifact-url");
        assert_eq!(describe_member_path("customRules[0].source"), "--custom-rules (customRules[0].source)");
    }

    #[test]
    fn structured_values_from_json_or_shorthand() {
        assert_eq!(parse_json(r#"{"type":"AMPLIFY_MANAGED"}"#).unwrap()["type"], "AMPLIFY_MANAGED");
        assert_eq!(parse_json("stage=BETA,enableAutoBuild=true").unwrap()["enableAutoBuild"], "true");
        let coerced = coerce("AutoBranchCreationConfig", parse_json("stage=BETA,enableAutoBuild=true").unwrap());
        assert_eq!(coerced["enableAutoBuild"], Value::Bool(true));
        assert!(parse_json("{not json").unwrap_err().contains("not valid JSON"));
        assert!(parse_json("file:///nonexistent/x.json").unwrap_err().contains("cannot read"));
    }

    #[test]
    fn enums_inside_structures_in_any_case() {
        let coerced = coerce("AutoBranchCreationConfig", parse_json("stage=beta,framework=react").unwrap());
        assert_eq!(coerced["stage"], "BETA");
        assert_eq!(coerced["framework"], "react", "not an enum: left as given");
        assert_eq!(coerce("CacheConfig", json!({"type": "amplify_managed"}))["type"], "AMPLIFY_MANAGED");
    }

    #[test]
    fn string_lists_in_every_form() {
        let list = |s: &str| parse_string_list(s).map(|l| l.0);
        let want = vec!["main".to_string(), "dev/*".to_string()];
        for given in ["main,dev/*", "main, dev/*", "[main,dev/*]", r#"["main","dev/*"]"#, r#"[main, "dev/*"]"#] {
            assert_eq!(list(given).unwrap(), want, "{given}");
        }
        assert_eq!(list("release/[0-9]*").unwrap(), vec!["release/[0-9]*"]);
        assert_eq!(list("release/{a,b},main").unwrap(), vec!["release/{a,b}", "main"]);
        assert_eq!(list("feat/[a,b]*,main").unwrap(), vec!["feat/[a,b]*", "main"]);
        assert_eq!(list(r#"["[abc]*"]"#).unwrap(), vec!["[abc]*"]);
        assert_eq!(list("[]").unwrap(), Vec::<String>::new());
        assert!(list("a,,b").unwrap_err().contains("empty"));
        assert!(list("[main,dev").unwrap_err().contains("never closed"));
        assert!(list(r#"["main", "dev"#).unwrap_err().contains("JSON"));
        assert!(list("[{a=1}]").unwrap_err().contains("not a string"));
        assert!(list("[abc]*").unwrap_err().contains("JSON list"));
    }

    #[test]
    fn structure_lists_from_json_shorthand_or_one_item() {
        let rules = json!([{"source": "/a", "target": "/b"}]);
        assert_eq!(parse_struct_list(r#"[{"source":"/a","target":"/b"}]"#).unwrap(), rules);
        assert_eq!(parse_struct_list("[{source=/a,target=/b}]").unwrap(), rules);
        assert_eq!(parse_struct_list("source=/a,target=/b").unwrap(), rules);
        assert_eq!(parse_struct_list(r#"{"source":"/a","target":"/b"}"#).unwrap(), rules);
        assert!(parse_struct_list(r#"[{"source":"/a",}]"#).unwrap_err().contains("JSON"));
        assert!(parse_struct_list("[{source=/a,target=/b]").is_err());
        assert!(parse_struct_list("just-a-word").is_err());
        assert_eq!(joined(vec![rules.clone(), rules.clone()], list_items).unwrap(), json!([rules[0], rules[0]]));
        assert_eq!(joined(Vec::<Value>::new(), list_items), None);
    }

    #[test]
    fn file_values_are_regular_files_of_bounded_size() {
        assert!(parse_text("file:///dev/zero").unwrap_err().contains("not a regular file"));
        assert!(parse_text("file:///tmp").unwrap_err().contains("not a regular file"));
        let big = tempfile::NamedTempFile::new().unwrap();
        big.as_file().set_len(MAX_FILE_ARG + 1).unwrap();
        let e = parse_text(&format!("file://{}", big.path().display())).unwrap_err();
        assert!(e.contains("larger than 10 MiB"), "{e}");
    }

    #[test]
    fn basic_auth_is_base64_of_user_colon_password() {
        assert_eq!(parse_basic_auth("user:pa:ss").unwrap(), "dXNlcjpwYTpzcw==");
        assert!(parse_basic_auth("nopassword").is_err());
        assert!(parse_basic_auth(":x").is_err());
    }

    #[test]
    fn enum_values_in_any_case_are_sent_in_the_model_spelling() {
        use clap::builder::TypedValueParser;
        let cmd = clap::Command::new("t");
        let parse = |v: &str| model_enum("Stage").parse_ref(&cmd, None, std::ffi::OsStr::new(v));
        assert_eq!(parse("production").unwrap(), "PRODUCTION");
        assert_eq!(parse("Beta").unwrap(), "BETA");
        assert_eq!(parse("PULL_REQUEST").unwrap(), "PULL_REQUEST");
        assert!(parse("live").is_err());
        assert_eq!(model_enum("Platform").parse_ref(&cmd, None, std::ffi::OsStr::new("web")).unwrap(), "WEB");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("-1").is_err());
        assert!(parse_duration("0s").unwrap_err().contains("zero"));
        assert!(parse_duration("0").is_err());
        assert_eq!(parse_age("14d").unwrap(), Duration::from_secs(14 * 86400));
        assert!(parse_age("14").unwrap_err().contains("no unit: say how long, e.g. 14d"));
    }
}

/// A point in time: RFC 3339 (`2026-11-26T10:00:00Z`), epoch seconds, `now`, or a duration
/// ago (`1h`, `30m`, `2d`). Returns epoch seconds, as the service's timestamps are.
pub fn parse_timestamp(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let now = time::OffsetDateTime::now_utc();
    if t.eq_ignore_ascii_case("now") {
        return Ok(now.unix_timestamp() as f64);
    }
    if let Ok(secs) = t.parse::<f64>() {
        if secs.is_finite() && secs >= 0.0 {
            return Ok(secs);
        }
    }
    if let Ok(dt) = time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339) {
        return Ok(dt.unix_timestamp() as f64 + dt.millisecond() as f64 / 1000.0);
    }
    let ago = t.strip_suffix(" ago").unwrap_or(t);
    if let Ok(d) = humantime::parse_duration(ago) {
        return Ok((now - time::Duration::seconds_f64(d.as_secs_f64())).unix_timestamp() as f64);
    }
    Err(format!(
        "{s:?} is not a time: use RFC 3339 (2026-11-26T10:00:00Z), epoch seconds, `now`, or a duration ago (1h, 30m)"
    ))
}

#[cfg(test)]
mod timestamp_tests {
    use super::*;

    #[test]
    fn timestamps_in_every_accepted_form() {
        assert_eq!(parse_timestamp("2026-01-01T00:00:00Z").unwrap(), 1767225600.0);
        assert_eq!(parse_timestamp("1767225600").unwrap(), 1767225600.0);
        let now = time::OffsetDateTime::now_utc().unix_timestamp() as f64;
        assert!((parse_timestamp("1h").unwrap() - (now - 3600.0)).abs() < 5.0);
        assert!(parse_timestamp("yesterday-ish").is_err());
    }
}
