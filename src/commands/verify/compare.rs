//! The comparison `verify` and `deploy --verify` share: the deployed files read, the app and
//! branch fetched, the checks planned and run (`doctor::verify` does the work) with a progress
//! bar, and the outcome (exit 6 when the live site differs). Its callers hand it the site's URL
//! (`deploy::site_url`): `deploy` calls it, and the two must not import each other.

use crate::commands::Ctx;
use crate::doctor::verify::{self, Checks, Deployed, Fetch, Report};
use crate::exit::{CliError, Exit};
use crate::preview::headers::HeaderRules;
use crate::preview::rules::RuleSet;
use crate::render::progress::TransferBar;
use crate::text::shell_quote;
use serde_json::{json, Value};
use std::path::PathBuf;

/// Where the deployed files are read from.
#[derive(Debug, Clone)]
pub enum Expected {
    /// A folder, walked as `deploy` walks it.
    Folder(PathBuf),
    /// A `.zip`, as deployed.
    Zip(PathBuf),
    /// Files known by their MD5 (a bucket deployment's manifest): site path → hex MD5, size.
    Hashes(std::collections::BTreeMap<String, (String, u64)>),
}

/// How to verify: `verify`'s settings, and what `deploy --verify` carries to the end of a
/// successful job.
#[derive(Debug, Clone)]
pub struct Verification {
    /// Check this many files, picked at random, instead of every one.
    pub sample: Option<usize>,
    /// Paths fetched at a time.
    pub concurrency: usize,
    /// How long one path may take, its whole answer read (a server trickling bytes would
    /// otherwise hold it as long as each byte comes within the read timeout).
    pub timeout: std::time::Duration,
}

/// [`Verification::timeout`] by default: a web page's file, even a large one, comes sooner.
pub const PATH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// `deploy --verify`: what was deployed, and how to verify it.
#[derive(Debug, Clone)]
pub struct AfterDeploy {
    pub deployed: Expected,
    pub how: Verification,
}

/// `deploy --verify`, once the job has succeeded: the live site at `url` (`deploy::site_url`;
/// with `--local`, the embedded emulator's own site path) compared with what was deployed. The
/// differences are told on stderr (stdout holds the deploy's own result); exit 6 when there is
/// one.
pub(crate) async fn after_deploy(
    ctx: &Ctx,
    app: &Value,
    branch: &str,
    url: &str,
    what: &AfterDeploy,
) -> Result<(), CliError> {
    let deployed = expected_files(ctx, Some(&what.deployed), branch).await?;
    let app_id = app["appId"].as_str().unwrap_or_default();
    let (app, branch_doc) = app_and_branch(ctx, app_id, branch).await?;
    let base = match local_site(ctx, &app, branch).await? {
        Some(local) => local,
        None => url.to_string(),
    };
    ctx.ui.status(format!("Verifying {}", crate::api::redact::redact_presigned(&base)));
    let (checks, report) = check(ctx, &app, &branch_doc, deployed, &base, &what.how).await?;
    for m in &report.mismatches {
        let (path, kind, expected, found, cause) = (&m.path, m.kind, &m.expected, &m.found, &m.cause);
        ctx.ui.warn(format!("{path} ({kind}): expected {expected}, found {found}; likely: {cause}"));
    }
    outcome(ctx, &base, &checks, &report, (app_id, branch))
}

/// With `--local`, where the embedded emulator serves the branch: it runs in this process, on
/// its own port (the one `deploy` prints is where `amphost emulator` serves the same data).
pub(super) async fn local_site(ctx: &Ctx, app: &Value, branch: &str) -> Result<Option<String>, CliError> {
    if !ctx.is_local() {
        return Ok(None);
    }
    let endpoint = ctx.client().await?.endpoint().await?;
    let app_id = app["appId"].as_str().unwrap_or_default();
    Ok(Some(format!("{endpoint}/_amphost/sites/{app_id}/{}/", crate::api::wire::encode(branch))))
}

/// The files the live site should serve: the folder or zip given, else the project's folder
/// for the branch. (This is where a deployment's own manifest would come in: files known by
/// their hashes, [`Deployed::manifest`].)
pub(super) async fn expected_files(ctx: &Ctx, given: Option<&Expected>, branch: &str) -> Result<Deployed, CliError> {
    let expected = match given {
        Some(e) => e.clone(),
        None => match ctx.project.as_ref().and_then(|p| p.folder_for(branch)) {
            Some(folder) => Expected::Folder(folder),
            None => {
                let e = "verify compares the live site with the deployed files: give the folder (or .zip) deployed";
                return Err(CliError::usage(e)
                    .hint("`amphost verify --app APP --branch BRANCH ./dist`, or set `folder` in amphost.toml"));
            }
        },
    };
    let read = tokio::task::spawn_blocking(move || match expected {
        Expected::Folder(dir) => Deployed::folder(&dir),
        // Refused as `deploy` refuses it: an entry leaving the site would be fetched from
        // wherever its path resolves (another site's paths, with this branch's basic auth).
        Expected::Zip(zip) => {
            crate::deploy::archive::check_zip(&zip).map_err(|e| e.to_string()).and_then(|_| Deployed::zip(&zip))
        }
        Expected::Hashes(hashes) => Ok(Deployed::manifest(hashes)),
    });
    read.await.map_err(|e| CliError::failure(format!("internal task failed: {e}")))?.map_err(CliError::usage)
}

/// The app (its rules, headers and basic auth) and the branch (its basic auth).
pub(super) async fn app_and_branch(ctx: &Ctx, app_id: &str, branch: &str) -> Result<(Value, Value), CliError> {
    let client = ctx.client().await?;
    let app = client.call("GetApp", json!({"appId": app_id})).await?["app"].clone();
    match client.call("GetBranch", json!({"appId": app_id, "branchName": branch})).await {
        Ok(out) => Ok((app, out["branch"].clone())),
        Err(e) => Err(crate::commands::resolve::suggest_on_not_found(ctx, app_id, branch, e).await),
    }
}

/// The app's rules and headers as the live site reads them; ones that cannot be read are
/// said and left out of the checks.
fn rules_and_headers(ctx: &Ctx, app: &Value) -> (RuleSet, HeaderRules) {
    let list = app.get("customRules").filter(|v| !v.is_null()).cloned().unwrap_or_else(|| json!([]));
    let rules = match RuleSet::parse(&list) {
        Ok(rules) => rules,
        Err(errors) => {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            ctx.ui.warn(format!("the app's rules cannot be read ({first}): they are not checked"));
            RuleSet::empty()
        }
    };
    let headers = match HeaderRules::parse(app["customHeaders"].as_str().unwrap_or_default()) {
        Ok(headers) => headers,
        Err(e) => {
            ctx.ui.warn(format!("{e}: the app's custom headers are not checked"));
            HeaderRules::default()
        }
    };
    (rules, headers)
}

/// The branch's basic auth, else the app's, as an `Authorization` header.
fn authorization(app: &Value, branch: &Value) -> Option<String> {
    let auth = |v: &Value| {
        (v["enableBasicAuth"] == true).then(|| v["basicAuthCredentials"].as_str().unwrap_or_default().to_string())
    };
    auth(branch).or_else(|| auth(app)).map(|credentials| format!("Basic {credentials}"))
}

/// Plans the checks (hashing the files, on a blocking thread), then fetches and compares
/// them with a progress bar.
pub(super) async fn check(
    ctx: &Ctx,
    app: &Value,
    branch: &Value,
    deployed: Deployed,
    base: &str,
    how: &Verification,
) -> Result<(Checks, Report), CliError> {
    let (rules, headers) = rules_and_headers(ctx, app);
    let host = url::Url::parse(base).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
    let names = verify::sample(&deployed, how.sample);
    let planned = tokio::task::spawn_blocking(move || verify::plan(&deployed, &names, &rules, &headers, &host)).await;
    let checks =
        planned.map_err(|e| CliError::failure(format!("internal task failed: {e}")))?.map_err(CliError::failure)?;
    let settings = ctx.client().await?.settings();
    let fetch = Fetch {
        base: base.to_string(),
        authorization: authorization(app, branch),
        concurrency: how.concurrency,
        attempts: settings.max_attempts.max(1),
        retry_base: settings.retry_base,
        connect_timeout: settings.connect_timeout,
        read_timeout: settings.read_timeout,
        max_body: checks.largest_body,
        timeout: how.timeout,
    };
    let bar = TransferBar::counter(&ctx.ui, "checking", checks.total() as u64);
    let report = match verify::run(&fetch, &checks, &*bar).await {
        Ok(report) => report,
        Err(e) => {
            bar.abandon();
            return Err(CliError::failure(e));
        }
    };
    bar.finish(&format!("{} differ", report.mismatches.len()));
    Ok((checks, report))
}

/// The JSON result: `url`, `checked` (and how many of each kind), `mismatches` (`path`,
/// `kind`, `expected`, `found`, `cause`), `notChecked`, and `ok`.
pub(super) fn report_json(base: &str, checks: &Checks, report: &Report) -> Value {
    json!({
        "url": crate::api::redact::redact_presigned(base),
        "checked": report.checked,
        "files": checks.files.len(),
        "headers": checks.headers.len(),
        "rules": checks.rules.len(),
        "mismatches": report.mismatches,
        "notChecked": checks.not_checked,
        "ok": report.mismatches.is_empty(),
    })
}

/// What was left unchecked, the summary line, and exit 6 when the site differs (with how to
/// see what the rules of `branch` (app ID, branch) make of a path).
pub(super) fn outcome(
    ctx: &Ctx,
    base: &str,
    checks: &Checks,
    report: &Report,
    branch: (&str, &str),
) -> Result<(), CliError> {
    let base = crate::api::redact::redact_presigned(base);
    for note in &checks.not_checked {
        ctx.ui.status(format!("not checked: {note}"));
    }
    let what = format!(
        "{} ({}, {}, {}) at {base}",
        counted(report.checked, "check"),
        counted(checks.files.len(), "file"),
        counted(checks.headers.len(), "header"),
        counted(checks.rules.len(), "rule"),
    );
    if report.mismatches.is_empty() {
        ctx.ui.status(format!("Verified {what}: the live site matches the deploy"));
        return Ok(());
    }
    let differ = report.mismatches.len();
    // Nothing answered: the site could not be reached, which says nothing of the deploy.
    if differ == report.checked && report.mismatches.iter().all(|m| m.kind == "unreachable") {
        let why = report.mismatches.first().map(|m| m.found.clone()).unwrap_or_default();
        return Err(CliError::failure(format!("cannot reach {base}: {why}"))
            .hint("check the address (--url), the network, or that the branch has been deployed"));
    }
    let (app, branch) = (shell_quote(branch.0), shell_quote(branch.1));
    Err(CliError::new(Exit::VerifyFailed, format!("{differ} of {what} differ from the deploy")).hint(format!(
        "`amphost preview --app {app} --branch {branch} --explain PATH` shows how the app's rules answer a path"
    )))
}

/// `1 file`, `3 files`.
fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
