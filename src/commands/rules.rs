//! `rules`: the app's custom rules as a file in the repository (pull, diff, push), and rules
//! imported from other hosts' redirect files. Only `customRules` is ever sent. `check` holds
//! `rules test` and `rules lint`, and the lint `push` and `deploy` run first.

pub mod check;

use super::resolve::{app_id, app_label};
use super::Ctx;
use crate::exit::CliError;
use crate::render::View;
use crate::rules::import::{translate, Format};
use crate::rules::{
    check_rules, diff_rules, from_app, parse_rules, summary, to_api, write_rules, Change, FileFormat, Rule, MANY_RULES,
};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// The rules file when neither `--file` nor the project's `rules` key names one.
pub const DEFAULT_RULES_FILE: &str = "amplify-rules.json";

/// The largest rules or headers file read (far above what the service takes).
const MAX_FILE_BYTES: u64 = 10 << 20;

/// The file a verb works on: `--file`, else the project's key (relative to amphost.toml), else
/// `default` next to amphost.toml, else `default` in the current folder.
pub fn code_file(ctx: &Ctx, flag: Option<&Path>, configured: Option<&str>, default: &str) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    match &ctx.project {
        Some(project) => project.resolve(configured.unwrap_or(default)),
        None => PathBuf::from(default),
    }
}

/// The rules file: `--file`, else amphost.toml's `rules`, else amplify-rules.json.
fn rules_file(ctx: &Ctx, flag: Option<&Path>) -> PathBuf {
    let configured = ctx.project.as_ref().and_then(|p| p.file.rules.clone());
    code_file(ctx, flag, configured.as_deref(), DEFAULT_RULES_FILE)
}

/// A rules or headers file's text: a regular file of at most 10 MiB (else exit 2).
pub fn read_code_file(path: &Path, missing_hint: &str) -> Result<String, CliError> {
    use std::io::Read;
    let cannot = |e: &dyn std::fmt::Display| CliError::usage(format!("cannot read {}: {e}", path.display()));
    let meta = std::fs::metadata(path).map_err(|e| cannot(&e).hint(missing_hint.to_string()))?;
    if !meta.is_file() {
        return Err(CliError::usage(format!("{} is not a regular file", path.display())));
    }
    let file = std::fs::File::open(path).map_err(|e| cannot(&e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| cannot(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(CliError::usage(format!("{} is over 10 MiB", path.display())));
    }
    let text =
        String::from_utf8(bytes).map_err(|_| CliError::usage(format!("{} is not UTF-8 text", path.display())))?;
    // A byte-order mark (some Windows editors write one) is not part of the text.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Refuses (exit 2, before any request) to write rules or headers over a project file (the
/// project's, or any `amphost.toml`: its settings would be lost), or where nothing can be
/// written (see [`check_writable`]).
pub fn check_code_file_writable(ctx: &Ctx, path: &Path) -> Result<(), CliError> {
    let project_file = path.file_name().is_some_and(|n| n == crate::project::FILE_NAME)
        || ctx.project.as_ref().is_some_and(|p| p.is_itself(path));
    if project_file {
        return Err(CliError::usage(format!(
            "{} is a project file: writing there would lose its settings",
            path.display()
        ))
        .hint("name a file of its own with --file (rules.toml, customHttp.yml)"));
    }
    check_writable(path)
}

/// Refuses (exit 2, before any request) a file that cannot be written: its folder must exist.
pub fn check_writable(path: &Path) -> Result<(), CliError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(CliError::usage(format!(
            "cannot write {}: the folder {} does not exist",
            path.display(),
            dir.display()
        )));
    }
    if path.is_dir() {
        return Err(CliError::usage(format!("cannot write {}: it is a folder", path.display())));
    }
    // A link is written through (a rules file shared from elsewhere stays shared), but a link
    // to nothing would create a file wherever it points.
    let dangling = path.is_symlink() && !path.exists();
    if dangling {
        let to = std::fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default();
        return Err(CliError::usage(format!(
            "cannot write {}: it is a symbolic link to {}, which does not exist",
            path.display(),
            to
        ))
        .hint("remove the link, or name another file with --file"));
    }
    Ok(())
}

/// Writes `text` (`what`: "the app's rules") to `path`. A file there that differs may be work
/// never pushed: it is replaced only once confirmed (`--yes`; without a terminal to ask on,
/// refused, exit 2), unless it holds nothing but blanks. False when the file already held
/// exactly this (nothing written).
pub fn replace_code_file(ctx: &Ctx, path: &Path, text: &str, what: &str) -> Result<bool, CliError> {
    if let Ok(meta) = std::fs::metadata(path) {
        let same = meta.len() == text.len() as u64 && std::fs::read(path).is_ok_and(|had| had == text.as_bytes());
        if same {
            return Ok(false);
        }
        let blank = meta.len() <= 4096 && std::fs::read(path).is_ok_and(|had| had.trim_ascii().is_empty());
        if !blank {
            ctx.ui.confirm(&format!("replace {} with {what}", path.display()), ctx.yes)?;
        }
    }
    write_code_file(path, text)?;
    Ok(true)
}

/// Writes `text` to `path` whole or not at all (a temporary file moved in place), through a
/// link to the file it points to, keeping the mode of a file that was there.
pub fn write_code_file(path: &Path, text: &str) -> Result<(), CliError> {
    let cannot = |e: std::io::Error| CliError::failure(format!("cannot write {}: {e}", path.display()));
    let target = super::through_link(path).map_err(cannot)?;
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(cannot)?;
    std::io::Write::write_all(&mut temp, text.as_bytes()).map_err(cannot)?;
    super::put_in_place(temp, &target, true).map_err(cannot)
}

/// `FILE:LINE:COL: problem`, or `FILE: problem` when the problem has no place.
pub fn at_file(path: &Path, problem: &str) -> String {
    if problem.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{}:{problem}", path.display())
    } else {
        format!("{}: {problem}", path.display())
    }
}

/// The rules file `rules push` would push (amphost.toml's `rules`, else amplify-rules.json),
/// as the API's list, for `preview` of a folder: None when there is no such file (one that
/// amphost.toml names must exist).
pub fn local_rules(ctx: &Ctx) -> Result<Option<(PathBuf, Value)>, CliError> {
    let path = rules_file(ctx, None);
    let configured = ctx.project.as_ref().is_some_and(|p| p.file.rules.is_some());
    if !in_use(ctx, &path, "rules", configured)? {
        return Ok(None);
    }
    let rules = load_rules(ctx, &path)?;
    Ok(Some((path, to_api(&rules))))
}

/// Whether `preview` reads the code file at `path`: when it is there. One that amphost.toml
/// names (`key`, `configured`) must be; the default one may well not be.
pub fn in_use(ctx: &Ctx, path: &Path, key: &str, configured: bool) -> Result<bool, CliError> {
    match (path.is_file(), ctx.project.as_ref().filter(|_| configured)) {
        (true, _) => Ok(true),
        (false, None) => Ok(false),
        (false, Some(p)) => {
            Err(CliError::usage(format!("{} is not there (`{key}` in {})", path.display(), p.place_of(key)))
                .hint(format!("`amphost {key} pull` writes the app's {key} there; `--{key}` gives preview others")))
        }
    }
}

/// The rules of a file, read and checked as Amplify reads them (exit 2 naming the file and
/// each broken rule's index), and as the model allows them.
fn load_rules(ctx: &Ctx, path: &Path) -> Result<Vec<Rule>, CliError> {
    let text = read_code_file(path, "`amphost rules pull` writes the app's rules there; `--file PATH` names another")?;
    let rules = parse_rules(&text, FileFormat::of(path)).map_err(|e| CliError::usage(at_file(path, &e)))?;
    if let Err(errors) = check_rules(&rules) {
        let list: Vec<String> = errors.iter().map(|e| format!("  {}: {e}", path.display())).collect();
        return Err(CliError::usage(format!(
            "{} has {} broken rule(s), as Amplify would read them:\n{}",
            path.display(),
            errors.len(),
            list.join("\n")
        )));
    }
    let input = Map::from_iter([("customRules".to_string(), to_api(&rules))]);
    ctx.precheck("UpdateApp", &input, &["appId"])?;
    Ok(rules)
}

/// The app's ID and its document (GetApp).
pub async fn get_app(ctx: &Ctx, app: &str) -> Result<(String, Value), CliError> {
    let id = app_id(ctx, app).await?;
    let out = ctx.client().await?.call("GetApp", json!({ "appId": id })).await?;
    Ok((id, out["app"].clone()))
}

/// Writes the app's custom rules to the rules file.
pub async fn pull(ctx: &Ctx, app: Option<&str>, file: Option<&Path>) -> Result<(), CliError> {
    let app = ctx.app_or_project(app)?;
    let path = rules_file(ctx, file);
    check_code_file_writable(ctx, &path)?;
    let (id, doc) = get_app(ctx, &app).await?;
    let rules = from_app(&doc);
    if replace_code_file(ctx, &path, &write_rules(&rules, FileFormat::of(&path)), "the app's rules")? {
        ctx.ui.status(format!("Wrote {} rule(s) of app {} to {}", rules.len(), app_label(&app, &id), path.display()));
    } else {
        ctx.ui.status(format!("{} already holds the rules of app {}", path.display(), app_label(&app, &id)));
    }
    ctx.print(&json!({ "appId": id, "file": path.display().to_string(), "rules": rules.len() }), &View::Empty)
}

fn changes_value(id: &str, path: &Path, changes: &[Change]) -> Value {
    json!({
        "appId": id,
        "file": path.display().to_string(),
        "changes": changes,
        "summary": summary(changes),
    })
}

/// Shows what `push` would change; exit 1 when the app differs from the file (a drift check).
pub async fn diff(ctx: &Ctx, app: Option<&str>, file: Option<&Path>) -> Result<(), CliError> {
    let app = ctx.app_or_project(app)?;
    let path = rules_file(ctx, file);
    let wanted = load_rules(ctx, &path)?;
    let (id, doc) = get_app(ctx, &app).await?;
    let changes = diff_rules(&from_app(&doc), &wanted);
    let lines: Vec<String> = changes.iter().map(Change::line).chain([summary(&changes)]).collect();
    show(ctx, &changes_value(&id, &path, &changes), &lines)?;
    drift(changes.is_empty(), &app, &id, &path, &summary(&changes), "rules")
}

/// The diff's lines on stdout for people (table and text), or its JSON (`-o json`, `--query`)
/// with the lines on stderr.
pub fn show(ctx: &Ctx, value: &Value, lines: &[String]) -> Result<(), CliError> {
    if ctx.format == crate::render::OutputFormat::Json || ctx.query.is_some() {
        for line in lines {
            ctx.ui.status(line);
        }
        ctx.print(value, &View::Empty)
    } else {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        ctx.ui.out(&crate::render::escape_controls_in_lines(&text));
        Ok(())
    }
}

/// Exit 1 when the app and the file differ.
pub fn drift(same: bool, app: &str, id: &str, path: &Path, summary: &str, what: &str) -> Result<(), CliError> {
    if same {
        return Ok(());
    }
    Err(CliError::failure(format!(
        "the {what} of app {} differ from {} ({summary})",
        app_label(app, id),
        path.display()
    ))
    .hint(format!(
        "`amphost {what} push --app {id} --file {file}` applies the file; `amphost {what} pull --app {id} --file {file}` \
         takes the app's",
        file = crate::text::shell_quote(&path.display().to_string())
    )))
}

/// Sends the file's rules (and nothing else) after showing the diff and asking; with `lint`,
/// after `rules lint`'s checks (an error stops it before any request).
pub async fn push(ctx: &Ctx, app: Option<&str>, file: Option<&Path>, lint: bool) -> Result<(), CliError> {
    let app = ctx.app_or_project(app)?;
    let path = rules_file(ctx, file);
    let wanted = load_rules(ctx, &path)?;
    if lint {
        // The lint warns about the list's size itself.
        check::before_push(ctx, &wanted, &path)?;
    } else if wanted.len() > MANY_RULES {
        ctx.ui.warn(format!(
            "{} has {} rules: above {MANY_RULES}, the app's configuration nears Amplify's size limit, and every \
             request is matched against the list",
            path.display(),
            wanted.len()
        ));
    }
    let (id, doc) = get_app(ctx, &app).await?;
    let changes = diff_rules(&from_app(&doc), &wanted);
    let label = app_label(&app, &id);
    if changes.is_empty() {
        ctx.ui.status(format!("No changes: the rules of app {label} already match {}", path.display()));
        return ctx.print(&changes_value(&id, &path, &changes), &View::Empty);
    }
    for c in &changes {
        ctx.ui.status(c.line());
    }
    ctx.ui.confirm(&format!("push {} to the custom rules of app {label}", summary(&changes)), ctx.yes)?;
    // Only the member this command owns: UpdateApp leaves every other setting as it is.
    let input = json!({ "appId": id, "customRules": to_api(&wanted) });
    ctx.client().await?.call("UpdateApp", input).await?;
    ctx.ui.status(format!("Pushed {} rule(s) to app {label} ({})", wanted.len(), summary(&changes)));
    ctx.print(&changes_value(&id, &path, &changes), &View::Empty)
}

/// Where `rules import` writes: the rules file (or `--out`), or stdout.
pub enum ImportTo<'a> {
    File(Option<&'a Path>),
    Stdout,
}

/// Translates another host's redirects into Amplify rules; lists what could not be
/// translated, line by line. No request is sent.
pub fn import(ctx: &Ctx, input: &Path, from: Option<Format>, to: ImportTo) -> Result<(), CliError> {
    let format = from.or_else(|| Format::detect(input)).ok_or_else(|| {
        CliError::usage(format!("cannot tell the format of {} from its name", input.display())).hint(
            "name it _redirects, netlify.toml, vercel.json or *.csv, or pass --from netlify|netlify-toml|vercel|csv",
        )
    })?;
    let text = read_code_file(input, "give the path of a _redirects, netlify.toml, vercel.json or CSV file")?;
    let t = translate(format, &text);
    let shown = input.display();
    for u in &t.untranslated {
        let what = if u.text.is_empty() { String::new() } else { format!("{}: ", u.text) };
        ctx.ui.warn(format!("{shown}:{}: not translated: {what}{}", u.line, u.why));
    }
    // A note once per meaning, with every line it concerns.
    let mut notes: Vec<(&str, Vec<String>)> = Vec::new();
    for n in &t.notes {
        match notes.iter_mut().find(|(why, _)| *why == n.why.as_str()) {
            Some((_, lines)) => lines.push(n.line.to_string()),
            None => notes.push((n.why.as_str(), vec![n.line.to_string()])),
        }
    }
    for (why, lines) in &notes {
        ctx.ui.status(format!("note: {shown}:{}: {why}", lines.join(",")));
    }
    if t.rules.len() > MANY_RULES {
        ctx.ui.warn(format!(
            "{} rules: above {MANY_RULES}, the app's configuration nears Amplify's size limit",
            t.rules.len()
        ));
    }
    let path = match to {
        ImportTo::Stdout => {
            ctx.ui.out(&write_rules(&t.rules, FileFormat::Json));
            ctx.ui.status(format!(
                "Translated {} rule(s) from {} ({}); {} entr{} not translated",
                t.rules.len(),
                shown,
                format.label(),
                t.untranslated.len(),
                if t.untranslated.len() == 1 { "y" } else { "ies" }
            ));
            return Ok(());
        }
        ImportTo::File(out) => rules_file(ctx, out),
    };
    check_code_file_writable(ctx, &path)?;
    let text = write_rules(&t.rules, FileFormat::of(&path));
    replace_code_file(ctx, &path, &text, &format!("the {} imported rule(s)", t.rules.len()))?;
    ctx.ui.status(format!(
        "Wrote {} rule(s) translated from {} ({}) to {}; {} entr{} not translated",
        t.rules.len(),
        shown,
        format.label(),
        path.display(),
        t.untranslated.len(),
        if t.untranslated.len() == 1 { "y" } else { "ies" }
    ));
    if !t.rules.is_empty() {
        ctx.ui.status(format!("Review it, then `amphost rules diff` and `amphost rules push` (with --file {} if it is not the project's rules file)", path.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_byte_order_mark_is_not_part_of_a_code_files_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.json");
        std::fs::write(&path, "\u{feff}[]").unwrap();
        assert_eq!(super::read_code_file(&path, "").unwrap(), "[]");
    }
}
