//! `rules test` and `rules lint`, and the lint `rules push` and `deploy` run first: the
//! checks of `crate::rules::cases` and `crate::rules::lint`, wired to the rules file or the
//! app, the deploy folder, a live site and the terminal.

use super::{at_file, get_app, read_code_file, rules_file, show};
use crate::api::redact::redact_presigned;
use crate::commands::resolve::app_label;
use crate::commands::Ctx;
use crate::exit::CliError;
use crate::preview::rules::{Files, RuleSet};
use crate::preview::site::{FolderSite, Site, ZipSite};
use crate::render::{col, Column, Fmt, OutputFormat, View};
use crate::rules::cases::{self, Case, CaseResult, LiveResult};
use crate::rules::lint::{self as linter, Severity};
use crate::rules::{from_app, parse_rules, to_api, FileFormat, Rule, SiteFiles};
use futures_util::stream::{self, StreamExt};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The largest body (and site file) compared by content with `--against`.
const MAX_BODY: u64 = 64 << 20;

/// Where the checked rules come from: the app's (`--app`), else the rules file.
pub struct RulesFrom<'a> {
    pub app: Option<&'a str>,
    pub file: Option<&'a Path>,
}

/// Rules to check, and how messages name them.
struct Loaded {
    rules: Vec<Rule>,
    label: String,
}

/// The app's rules with `--app`; else the rules file (`--file`, amphost.toml's `rules`, else
/// amplify-rules.json); when no file is named and none is there, the app of AMPHOST_APP or
/// amphost.toml, if any.
async fn load(ctx: &Ctx, from: &RulesFrom<'_>) -> Result<Loaded, CliError> {
    if let Some(app) = from.app {
        return app_rules(ctx, app).await;
    }
    let path = rules_file(ctx, from.file);
    let named = from.file.is_some() || ctx.project.as_ref().is_some_and(|p| p.file.rules.is_some());
    if !named && !path.exists() {
        if let Some(app) = crate::project::app(None, ctx.project.as_ref()) {
            ctx.ui.status(format!("No rules file at {}: checking the rules of app {app}", path.display()));
            return app_rules(ctx, &app).await;
        }
    }
    let hint = "write the rules there (`amphost rules pull` takes the app's), name a file with --file, or check an \
                app's rules with --app";
    let text = read_code_file(&path, hint)?;
    let rules = parse_rules(&text, FileFormat::of(&path)).map_err(|e| CliError::usage(at_file(&path, &e)))?;
    Ok(Loaded { rules, label: path.display().to_string() })
}

async fn app_rules(ctx: &Ctx, app: &str) -> Result<Loaded, CliError> {
    let (id, doc) = get_app(ctx, app).await?;
    Ok(Loaded { rules: from_app(&doc), label: format!("the rules of app {}", app_label(app, &id)) })
}

/// The folder amphost.toml deploys for its branch (the branch's own, else the file's).
fn project_folder(ctx: &Ctx) -> Option<PathBuf> {
    let p = ctx.project.as_ref()?;
    match crate::project::branch(None, Some(p)).ok().flatten() {
        Some(branch) => p.folder_for(&branch),
        None => p.file.folder.as_ref().map(|f| p.resolve(f)),
    }
}

/// The deploy folder (or .zip) to check against: `--dir`, else the project's folder once built.
fn deploy_folder(ctx: &Ctx, dir: Option<&Path>) -> Result<Option<PathBuf>, CliError> {
    if let Some(d) = dir {
        if !d.is_dir() && !d.is_file() {
            return Err(CliError::usage(format!("--dir {}: there is no such folder or .zip", d.display())));
        }
        return Ok(Some(d.to_path_buf()));
    }
    let Some(folder) = project_folder(ctx) else { return Ok(None) };
    if folder.exists() {
        return Ok(Some(folder));
    }
    ctx.ui.warn(format!(
        "the project's folder {} does not exist (not built yet?): checking without the site's files",
        folder.display()
    ));
    Ok(None)
}

/// What a deploy of `path` publishes, with a reader of its files: a folder's files as
/// `deploy` lists them (`.amphostignore` and the usual clutter left out), or a zip's entries.
fn site_files(path: &Path) -> Result<(SiteFiles, Arc<dyn Site>), CliError> {
    if path.is_dir() {
        let listing = crate::deploy::archive::list(path).map_err(|e| CliError::usage(e.to_string()))?;
        let names = listing.files.into_iter().map(|f| f.name).collect();
        return Ok((SiteFiles(names), Arc::new(FolderSite::new(path.to_path_buf()))));
    }
    let zip = ZipSite::open_archive(path).map_err(CliError::usage)?;
    Ok((SiteFiles(zip.names().map(str::to_string).collect()), Arc::new(zip)))
}

/// The rules as the engine reads them; broken ones stop `rules test` (exit 2).
fn engine(loaded: &Loaded) -> Result<RuleSet, CliError> {
    RuleSet::parse(&to_api(&loaded.rules)).map_err(|errors| {
        let list: Vec<String> = errors
            .iter()
            .map(|e| {
                let source = loaded.rules.get(e.index).map_or("", |r| r.source.as_str());
                format!("  rule #{} ({source}): {}", e.index + 1, e.problem)
            })
            .collect();
        CliError::usage(format!(
            "{} has {} broken rule(s), as Amplify would read them:\n{}",
            loaded.label,
            errors.len(),
            list.join("\n")
        ))
        .hint("`amphost rules lint` says how to fix each")
    })
}

/// `rules test`'s inputs.
pub struct TestOptions<'a> {
    pub cases: &'a Path,
    pub from: RulesFrom<'a>,
    pub dir: Option<&'a Path>,
    pub against: Option<&'a str>,
    pub concurrency: usize,
    pub timeout: Duration,
}

/// Checks each case against the engine (and the live site); exit 1 on any difference.
pub async fn test(ctx: &Ctx, opts: TestOptions<'_>) -> Result<(), CliError> {
    // Local input first: a malformed cases file or URL costs no request.
    let list = read_cases(opts.cases)?;

    let folder = deploy_folder(ctx, opts.dir)?;
    let site = folder.as_deref().map(site_files).transpose()?;
    let loaded = load(ctx, &opts.from).await?;
    let set = engine(&loaded)?;
    let assumed;
    let files: &dyn Files = match &site {
        Some((names, _)) => names,
        None => {
            assumed = cases::assumed_site(&set);
            &assumed
        }
    };
    let over = match &folder {
        Some(f) => format!("the files of {}", f.display()),
        None => "no deploy folder (--dir, or amphost.toml's `folder`): the site is taken to hold only the files \
                 the rules rewrite to"
            .to_string(),
    };
    ctx.ui.status(format!("Testing {} case(s) against {}, with {over}", list.len(), loaded.label));
    let mut results = cases::check(&set, files, &list);
    if let Some(base) = opts.against {
        let content = site.as_ref().map(|(_, s)| Arc::clone(s));
        fetch_live(ctx, base, &mut results, content, opts.concurrency, opts.timeout).await?;
    }
    report(ctx, &opts, &loaded, folder.as_deref(), &results)
}

/// The cases of a file; every malformed line is named `FILE:LINE` (exit 2).
fn read_cases(path: &Path) -> Result<Vec<Case>, CliError> {
    let text = read_code_file(path, "give a file of cases, one a line, like `/docs/a -> 301 /documents/a`")?;
    let hint = format!("{}; `#` starts a comment", cases::SYNTAX);
    let parsed = cases::parse_cases(&text).map_err(|errors| {
        let mut lines: Vec<String> = errors.iter().take(20).map(|e| format!("{}:{e}", path.display())).collect();
        if errors.len() > 20 {
            lines.push(format!("… and {} more malformed line(s)", errors.len() - 20));
        }
        CliError::usage(lines.join("\n")).hint(hint.clone())
    })?;
    if parsed.is_empty() {
        return Err(CliError::usage(format!("{} holds no cases", path.display())).hint(hint));
    }
    Ok(parsed)
}

/// Each case fetched from the live site at `base`, `concurrency` at a time, with no redirect
/// followed, and compared with the engine's prediction.
async fn fetch_live(
    ctx: &Ctx,
    base: &str,
    results: &mut [CaseResult],
    content: Option<Arc<dyn Site>>,
    concurrency: usize,
    timeout: Duration,
) -> Result<(), CliError> {
    let mut builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .user_agent(concat!("amphost/", env!("CARGO_PKG_VERSION")));
    if base.starts_with("http://") {
        // No trust store to read for plain HTTP.
        builder = builder.tls_certs_only(std::iter::empty());
    }
    let http = builder.build().map_err(|e| CliError::failure(format!("cannot make the HTTP client: {e}")))?;
    let at_once = concurrency.max(1);
    ctx.ui.status(format!("Fetching {} case(s) from {}, {at_once} at a time", results.len(), redact_presigned(base)));
    let content = content.as_deref();
    let answers: Vec<LiveResult> =
        stream::iter(results.iter().map(|r| fetch_one(&http, base, r, content))).buffered(at_once).collect().await;
    for (r, live) in results.iter_mut().zip(answers) {
        r.live = Some(live);
    }
    Ok(())
}

/// One case from the live site. A case with a country is skipped: the site takes the
/// visitor's country from their address, which a request cannot choose.
async fn fetch_one(http: &reqwest::Client, base: &str, r: &CaseResult, content: Option<&dyn Site>) -> LiveResult {
    let (url, host) = cases::live_url(base, &r.case);
    if r.case.country.is_some() {
        let why = "a country condition: the live site takes the country from the visitor's address";
        return LiveResult::skipped(redact_presigned(&url), why);
    }
    if let Some(why) = cases::unaskable(&r.case) {
        return LiveResult::skipped(redact_presigned(&url), why);
    }
    let mut req = http.get(url.as_str());
    let has_host = r.case.headers.iter().any(|h| h.name.eq_ignore_ascii_case("host"));
    if let Some(h) = host.filter(|_| !has_host) {
        req = req.header("host", h);
    }
    for h in &r.case.headers {
        req = req.header(h.name.as_str(), h.value.as_str());
    }
    let mut resp = match req.send().await {
        Ok(resp) => resp,
        Err(e) => return LiveResult::failed(redact_presigned(&url), crate::api::redact::http_error_text(&e)),
    };
    let status = resp.status().as_u16();
    let location = resp.headers().get("location").and_then(|v| v.to_str().ok()).map(|l| cases::site_relative(l, base));
    // The body is compared when the engine serves a file of a known folder, at the status seen.
    let want = match (&r.got.file, content) {
        (Some(file), Some(site)) if !r.got.proxied && r.got.status == status => file_sha256(site, file),
        _ => None,
    };
    let body_matches = match want {
        Some(want) => body_sha256(&mut resp).await.map(|got| got == want),
        None => None,
    };
    LiveResult::fetched(redact_presigned(&url), &r.got, status, location, body_matches)
}

/// A site file's SHA-256 (`None` above [`MAX_BODY`], or when it cannot be read).
fn file_sha256(site: &dyn Site, file: &str) -> Option<String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let (size, reader) = site.open(file)?;
    if size > MAX_BODY {
        return None;
    }
    let mut bytes = Vec::new();
    reader.take(MAX_BODY).read_to_end(&mut bytes).ok()?;
    Some(hex::encode(Sha256::digest(&bytes)))
}

/// A response body's SHA-256, read a chunk at a time (`None` above [`MAX_BODY`] or on error).
async fn body_sha256(resp: &mut reqwest::Response) -> Option<String> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    let mut read: u64 = 0;
    while let Some(chunk) = resp.chunk().await.ok()? {
        read += chunk.len() as u64;
        if read > MAX_BODY {
            return None;
        }
        hasher.update(&chunk);
    }
    Some(hex::encode(hasher.finalize()))
}

/// The diff-like report (stdout; stderr beside JSON), then exit 1 when anything differs.
fn report(
    ctx: &Ctx,
    opts: &TestOptions,
    loaded: &Loaded,
    folder: Option<&Path>,
    results: &[CaseResult],
) -> Result<(), CliError> {
    let file = opts.cases.display().to_string();
    let summary = cases::summarize(results);
    let mut lines = cases::report_lines(&file, results);
    lines.push(summary.line());
    let value = json!({
        "file": file,
        "rules": loaded.label,
        "folder": folder.map(|f| f.display().to_string()),
        "against": opts.against.map(redact_presigned),
        "cases": results,
        "summary": summary,
    });
    show(ctx, &value, &lines)?;
    if summary.ok() {
        return Ok(());
    }
    let mut what = Vec::new();
    if summary.failed > 0 {
        what.push(format!("{} of {} case(s) failed", summary.failed, summary.cases));
    }
    if let Some(l) = &summary.live {
        if l.differ > 0 {
            what.push(format!("the live site differs from the engine on {} case(s)", l.differ));
        }
        if l.failed > 0 {
            what.push(format!("{} case(s) could not be fetched", l.failed));
        }
    }
    Err(CliError::failure(what.join("; "))
        .hint("`amphost preview DIR --explain PATH` shows how the engine decides a path"))
}

const FINDING_COLUMNS: &[Column] = &[
    col("SEVERITY", "severity", Fmt::Plain),
    col("RULE", "rule", Fmt::Plain),
    col("SOURCE", "source", Fmt::Plain).copyable(),
    col("CHECK", "check", Fmt::Plain),
    col("PROBLEM", "message", Fmt::Plain).low(),
    col("FIX", "hint", Fmt::Plain).low(),
];
const FINDINGS: View = View::List { key: "findings", columns: FINDING_COLUMNS, empty: "" };

/// Each finding as a heading (severity, rule, check), then its problem and its fix, wrapped
/// to the terminal's width.
fn finding_blocks(findings: &[linter::Finding], width: usize) -> String {
    use crate::text::{escape_controls, wrap};
    let mut out = String::new();
    for f in findings {
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let at = match (f.rule, &f.source) {
            (Some(n), Some(source)) => format!("rule #{n} {}", escape_controls(source)),
            (Some(n), None) => format!("rule #{n}"),
            _ => "the rules".to_string(),
        };
        out.push_str(&format!("{severity}: {at} [{}]\n", f.check));
        out.push_str(&wrap(&escape_controls(&f.message), width, "  "));
        out.push_str(&wrap(&format!("fix: {}", escape_controls(&f.hint)), width, "  "));
        out.push('\n');
    }
    out
}

/// `rules lint`'s inputs.
pub struct LintOptions<'a> {
    pub from: RulesFrom<'a>,
    pub dir: Option<&'a Path>,
}

/// `2 errors and 1 warning`, `no problems`.
fn tally(errors: usize, warnings: usize) -> String {
    let n = |k: usize, what: &str| format!("{k} {what}{}", if k == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) => "no problems".to_string(),
        (e, 0) => n(e, "error"),
        (0, w) => n(w, "warning"),
        (e, w) => format!("{} and {}", n(e, "error"), n(w, "warning")),
    }
}

/// Lints the rules: a table of findings (JSON with `-o json`); exit 1 on an error.
pub async fn lint(ctx: &Ctx, opts: LintOptions<'_>) -> Result<(), CliError> {
    let folder = deploy_folder(ctx, opts.dir)?;
    let site = folder.as_deref().map(site_files).transpose()?;
    let loaded = load(ctx, &opts.from).await?;
    let findings = linter::lint(&loaded.rules, site.as_ref().map(|(f, _)| f));
    let (errors, warnings) = linter::counts(&findings);
    let value = json!({
        "rules": loaded.label,
        "count": loaded.rules.len(),
        "folder": folder.as_ref().map(|f| f.display().to_string()),
        "findings": findings,
        "errors": errors,
        "warnings": warnings,
    });
    // On a terminal, blocks: a table's PROBLEM and FIX would be cut to a few letters.
    match ctx.ui.screen.width.filter(|_| ctx.format == OutputFormat::Table && ctx.query.is_none()) {
        Some(width) => ctx.ui.out(&finding_blocks(&findings, width)),
        None => ctx.print(&value, &FINDINGS)?,
    }
    let against =
        folder.as_ref().map_or_else(|| "no deploy folder".to_string(), |f| format!("against {}", f.display()));
    let n = loaded.rules.len();
    let what = format!(
        "{} in {} ({n} rule{}, {against})",
        tally(errors, warnings),
        loaded.label,
        if n == 1 { "" } else { "s" }
    );
    if errors > 0 {
        return Err(CliError::failure(what)
            .hint("each finding's FIX says how; `amphost preview --explain PATH` shows how a path is decided"));
    }
    ctx.ui.status(what);
    Ok(())
}

/// The lint `rules push` and `deploy` run first: warnings are printed, errors stop the
/// command (exit 1, nothing sent), each named in the message.
fn gate(ctx: &Ctx, rules: &[Rule], label: &str, files: Option<&SiteFiles>) -> Result<(), CliError> {
    let findings = linter::lint(rules, files);
    for f in findings.iter().filter(|f| f.severity == Severity::Warning) {
        ctx.ui.warn(format!("{label}: {}", f.line()));
    }
    let errors: Vec<String> =
        findings.iter().filter(|f| f.severity == Severity::Error).map(|f| format!("  {}", f.line())).collect();
    if errors.is_empty() {
        return Ok(());
    }
    Err(CliError::failure(format!("{label} has {} lint error(s):\n{}", errors.len(), errors.join("\n")))
        .hint("fix them (`amphost rules lint` lists each with its fix), or pass --no-lint to go ahead anyway"))
}

/// `rules push`'s lint, over the project's folder when it has been built.
pub(crate) fn before_push(ctx: &Ctx, rules: &[Rule], path: &Path) -> Result<(), CliError> {
    let site = project_folder(ctx).filter(|f| f.exists()).and_then(|f| site_files(&f).ok());
    gate(ctx, rules, &path.display().to_string(), site.as_ref().map(|(f, _)| f))
}

/// `deploy`'s lint, before anything is prepared or sent: the rules file (amphost.toml's
/// `rules`, else amplify-rules.json), when there is one, against what is being deployed (a
/// folder or a .zip; `None` for a URL).
/// A deploy publishes files, not rules: when the project's rules file says other than the app's
/// rules (a rule added and never pushed), a warning says so and how to apply it. Silent when
/// there is no such file, or it cannot be read (the lint before the deploy says why).
pub fn warn_if_unpushed(ctx: &Ctx, app: &serde_json::Value) {
    use crate::rules::{diff_rules, from_app, summary};
    let path = rules_file(ctx, None);
    let Ok(text) = read_code_file(&path, "") else { return };
    let Ok(wanted) = parse_rules(&text, FileFormat::of(&path)) else { return };
    let changes = diff_rules(&from_app(app), &wanted);
    if !changes.is_empty() {
        ctx.ui.warn(format!(
            "the app's rules are not those of {} ({}): a deploy does not change them; `amphost rules push` does",
            path.display(),
            summary(&changes)
        ));
    }
}

pub fn before_deploy(ctx: &Ctx, deployed: Option<&Path>) -> Result<(), CliError> {
    let path = rules_file(ctx, None);
    let configured = ctx.project.as_ref().is_some_and(|p| p.file.rules.is_some());
    // The default file may well not exist; one the project file names must.
    if !path.is_file() && !configured {
        return Ok(());
    }
    let text = read_code_file(&path, "fix `rules` in amphost.toml, or pass --no-lint to deploy without reading it")?;
    let rules = parse_rules(&text, FileFormat::of(&path)).map_err(|e| CliError::usage(at_file(&path, &e)))?;
    // A folder that cannot be listed is deploy's to report, with its own message.
    let site = deployed.and_then(|p| site_files(p).ok());
    gate(ctx, &rules, &path.display().to_string(), site.as_ref().map(|(f, _)| f))
}
