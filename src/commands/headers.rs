//! `headers`: the app's custom headers (`customHttp.yml`, the `customHeaders` member) as a
//! file in the repository: pull, diff, push. Only `customHeaders` is ever sent.

use super::resolve::app_label;
use super::rules::{
    at_file, check_code_file_writable, code_file, drift, get_app, read_code_file, replace_code_file, show,
};
use super::Ctx;
use crate::exit::CliError;
use crate::render::View;
use crate::rules::{diff_text, same_text};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// The headers file when neither `--file` nor the project's `headers` key names one.
pub const DEFAULT_HEADERS_FILE: &str = "customHttp.yml";

fn headers_file(ctx: &Ctx, flag: Option<&Path>) -> PathBuf {
    let configured = ctx.project.as_ref().and_then(|p| p.file.headers.clone());
    code_file(ctx, flag, configured.as_deref(), DEFAULT_HEADERS_FILE)
}

/// The headers file `headers push` would push (amphost.toml's `headers`, else
/// customHttp.yml), for `preview` of a folder: None when there is no such file (one that
/// amphost.toml names must exist).
pub fn local_headers(ctx: &Ctx) -> Result<Option<(PathBuf, String)>, CliError> {
    let path = headers_file(ctx, None);
    let configured = ctx.project.as_ref().is_some_and(|p| p.file.headers.is_some());
    if !super::rules::in_use(ctx, &path, "headers", configured)? {
        return Ok(None);
    }
    let text = load_headers(ctx, &path)?;
    Ok(Some((path, text)))
}

/// The file's text, checked before anything is sent: YAML syntax (with its line and column),
/// the document's shape, patterns, header names; and the model's limits.
fn load_headers(ctx: &Ctx, path: &Path) -> Result<String, CliError> {
    let text =
        read_code_file(path, "`amphost headers pull` writes the app's headers there; `--file PATH` names another")?;
    crate::preview::headers::check(&text).map_err(|e| CliError::usage(at_file(path, &e)))?;
    let input = Map::from_iter([("customHeaders".to_string(), Value::String(text.clone()))]);
    ctx.precheck("UpdateApp", &input, &["appId"])?;
    Ok(text)
}

fn app_headers(doc: &Value) -> String {
    doc["customHeaders"].as_str().unwrap_or_default().to_string()
}

fn diff_value(id: &str, path: &Path, lines: &[String]) -> Value {
    json!({
        "appId": id,
        "file": path.display().to_string(),
        "changes": lines,
        "summary": summary(lines),
    })
}

fn summary(lines: &[String]) -> String {
    match lines.len() {
        0 => "no changes".to_string(),
        1 => "1 line differs".to_string(),
        n => format!("{n} lines differ"),
    }
}

/// Writes the app's custom headers to the headers file (as the app has them, with a final
/// newline).
pub async fn pull(ctx: &Ctx, app: Option<&str>, file: Option<&Path>) -> Result<(), CliError> {
    let app = ctx.app_or_project(app)?;
    let path = headers_file(ctx, file);
    check_code_file_writable(ctx, &path)?;
    let (id, doc) = get_app(ctx, &app).await?;
    let mut text = app_headers(&doc);
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if replace_code_file(ctx, &path, &text, "the app's custom headers")? {
        let what = if text.is_empty() { "no custom headers (an empty file)" } else { "the custom headers" };
        ctx.ui.status(format!("Wrote {what} of app {} to {}", app_label(&app, &id), path.display()));
    } else {
        ctx.ui.status(format!("{} already holds the custom headers of app {}", path.display(), app_label(&app, &id)));
    }
    ctx.print(&json!({ "appId": id, "file": path.display().to_string() }), &View::Empty)
}

/// Shows what `push` would change (a line diff); exit 1 when the app differs from the file.
pub async fn diff(ctx: &Ctx, app: Option<&str>, file: Option<&Path>) -> Result<(), CliError> {
    let app = ctx.app_or_project(app)?;
    let path = headers_file(ctx, file);
    let wanted = load_headers(ctx, &path)?;
    let (id, doc) = get_app(ctx, &app).await?;
    let current = app_headers(&doc);
    let same = same_text(&current, &wanted);
    let lines = if same { Vec::new() } else { diff_text(&current, &wanted) };
    let shown: Vec<String> = lines.iter().cloned().chain([summary(&lines)]).collect();
    show(ctx, &diff_value(&id, &path, &lines), &shown)?;
    drift(same, &app, &id, &path, &summary(&lines), "headers")
}

/// Sends the file's text as `customHeaders` (and nothing else) after showing the diff and
/// asking.
pub async fn push(ctx: &Ctx, app: Option<&str>, file: Option<&Path>) -> Result<(), CliError> {
    let app = ctx.app_or_project(app)?;
    let path = headers_file(ctx, file);
    let wanted = load_headers(ctx, &path)?;
    let (id, doc) = get_app(ctx, &app).await?;
    let current = app_headers(&doc);
    let label = app_label(&app, &id);
    if same_text(&current, &wanted) {
        ctx.ui.status(format!("No changes: the custom headers of app {label} already match {}", path.display()));
        return ctx.print(&diff_value(&id, &path, &[]), &View::Empty);
    }
    let lines = diff_text(&current, &wanted);
    for line in &lines {
        ctx.ui.status(line);
    }
    ctx.ui.confirm(
        &format!("push {} to the custom headers of app {label} ({})", path.display(), summary(&lines)),
        ctx.yes,
    )?;
    // Only the member this command owns: UpdateApp leaves every other setting as it is.
    let input = json!({ "appId": id, "customHeaders": wanted });
    ctx.client().await?.call("UpdateApp", input).await?;
    ctx.ui.status(format!("Pushed {} to app {label} ({})", path.display(), summary(&lines)));
    ctx.print(&diff_value(&id, &path, &lines), &View::Empty)
}
