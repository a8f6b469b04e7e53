//! `deploy`: a folder, a zip or a URL to a live site. Local work (listing, zipping, hashing)
//! comes first, so a bad folder costs no request; then CreateDeployment, the upload(s),
//! StartDeployment, and the job followed to its end.

pub mod bucket;
pub mod history;

use super::interrupt;
use super::resolve::{app_label, closest_name, find_app, looks_like_app_id, Found, Noun};
use super::watch::{self, JobRef, OnInterrupt, Waited};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::deploy::archive::{self, Listing};
use crate::deploy::upload::put_file;
use crate::deploy::Progress;
use crate::exit::{CliError, Exit};
use crate::render::escape_controls;
use crate::render::progress::TransferBar;
use crate::render::{OutputFormat, View};
use crate::text::shell_quote;
use futures_util::stream::{self, StreamExt, TryStreamExt};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// What to deploy.
pub enum Source {
    Folder(PathBuf),
    Zip(PathBuf),
    Url {
        url: String,
        kind: String,
    },
    /// A deployment already created (CreateDeployment) and uploaded: only start it.
    Created(String),
}

pub struct DeployOptions {
    pub app: String,
    pub branch: String,
    /// What a branch created by `--create` starts with: the project's settings for it.
    pub new_branch: crate::project::BranchSettings,
    pub source: Source,
    pub file_map: bool,
    pub concurrency: usize,
    pub compression_level: u32,
    pub create: bool,
    pub cancel_pending: bool,
    /// Publish files that look like secrets instead of refusing.
    pub allow_secrets: bool,
    pub wait: bool,
    pub timeout: Option<Duration>,
    pub cancel_on_interrupt: bool,
    pub upload_attempts: u32,
    /// `--bucket`: the deployment kept in S3 and started from there.
    pub bucket: Option<bucket::BucketOptions>,
    /// `--verify`: once the job succeeded, the live site compared with what was deployed.
    pub verify: Option<super::verify::compare::AfterDeploy>,
    /// Skip `rules lint` of the project's rules file (which stops the deploy on an error).
    pub no_lint: bool,
}

/// The bytes, prepared before any request.
enum Prepared {
    Zip { file: tempfile::NamedTempFile, files: usize, bytes: u64 },
    GivenZip { path: PathBuf, entries: usize, bytes: u64 },
    FileMap { entries: Vec<(archive::Entry, String)>, bytes: u64 },
    Url { url: String, kind: String },
    Created(String),
}

fn refused(e: archive::ArchiveError) -> CliError {
    match e {
        archive::ArchiveError::Refused(m) => CliError::usage(m),
        archive::ArchiveError::Io(m) => CliError::failure(m),
    }
}

/// Lists, zips or hashes the source, on a blocking thread (it is disk and CPU work).
async fn prepare(ctx: &Ctx, opts: &DeployOptions) -> Result<Prepared, CliError> {
    match &opts.source {
        Source::Url { url, kind } => Ok(Prepared::Url { url: url.clone(), kind: kind.clone() }),
        Source::Created(job_id) => Ok(Prepared::Created(job_id.clone())),
        Source::Zip(path) => {
            let p = path.clone();
            let entries =
                tokio::task::spawn_blocking(move || archive::check_zip(&p)).await.map_err(join)?.map_err(refused)?;
            let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
            Ok(Prepared::GivenZip { path: path.clone(), entries, bytes })
        }
        Source::Folder(dir) => {
            if opts.file_map {
                let hashed = hashed_folder(ctx, dir, opts.allow_secrets).await?;
                return Ok(Prepared::FileMap { entries: hashed.entries, bytes: hashed.total });
            }
            let listing = listed(ctx, dir, opts.allow_secrets).await?;
            let files = listing.files.len();
            let file = zip_listing(ctx, listing, opts.compression_level).await?;
            let bytes = file.as_file().metadata().map(|m| m.len()).unwrap_or(0);
            Ok(Prepared::Zip { file, files, bytes })
        }
    }
}

/// The folder's files as a deploy publishes them (ignore rules, litter, symlinks), its
/// warnings said and its secrets refused unless allowed.
async fn listed(ctx: &Ctx, dir: &Path, allow_secrets: bool) -> Result<Listing, CliError> {
    let d = dir.to_path_buf();
    let listing: Listing =
        tokio::task::spawn_blocking(move || archive::list(&d)).await.map_err(join)?.map_err(refused)?;
    check_secrets(ctx, &listing.secrets, allow_secrets)?;
    for w in &listing.warnings {
        ctx.ui.warn(w);
    }
    Ok(listing)
}

/// A folder's files with their MD5s (hex), its empty folders and its size.
pub(crate) struct Hashed {
    pub entries: Vec<(archive::Entry, String)>,
    pub empty_dirs: Vec<String>,
    pub total: u64,
}

/// The folder listed and every file hashed, on all cores.
pub(crate) async fn hashed_folder(ctx: &Ctx, dir: &Path, allow_secrets: bool) -> Result<Hashed, CliError> {
    let listing = listed(ctx, dir, allow_secrets).await?;
    let (files, total) = (listing.files.len(), listing.total_bytes);
    let bar = TransferBar::new(&ctx.ui, "hashing", total);
    let p: Arc<dyn Progress> = bar.clone();
    let (md5s, listing) = tokio::task::spawn_blocking(move || {
        (archive::md5_files(&listing.files, archive::default_workers(), p.as_ref()), listing)
    })
    .await
    .map_err(join)?;
    let md5s = md5s.map_err(refused)?;
    bar.finish(&crate::text::count(files, "file"));
    let entries = listing.files.into_iter().zip(md5s).collect();
    Ok(Hashed { entries, empty_dirs: listing.empty_dirs, total })
}

pub(crate) async fn zip_listing(ctx: &Ctx, listing: Listing, level: u32) -> Result<tempfile::NamedTempFile, CliError> {
    let (files, total) = (listing.files.len(), listing.total_bytes);
    let bar = TransferBar::new(&ctx.ui, "zipping", total);
    let p: Arc<dyn Progress> = bar.clone();
    // The temporary file belongs to this future, not to the zipping thread: when the
    // command ends early (Ctrl-C, SIGTERM), dropping the future deletes the file.
    let file = tempfile::NamedTempFile::new()
        .map_err(|e| CliError::failure(format!("cannot create a temporary file: {e}")))?;
    let handle = file.reopen().map_err(|e| CliError::failure(e.to_string()))?;
    tokio::task::spawn_blocking(move || archive::write_zip(&listing, handle, level, p.as_ref()))
        .await
        .map_err(join)?
        .map_err(refused)?;
    bar.finish(&crate::text::count(files, "file"));
    Ok(file)
}

/// Files that look like secrets are not published unless the user says they are meant to be.
fn check_secrets(ctx: &Ctx, secrets: &[String], allowed: bool) -> Result<(), CliError> {
    if secrets.is_empty() {
        return Ok(());
    }
    let list = secrets.join(", ");
    if allowed {
        ctx.ui.warn(format!("publishing files that look like they hold secrets (--allow-secrets): {list}"));
        return Ok(());
    }
    Err(CliError::usage(format!("the folder holds files that look like they hold secrets, which a deploy would publish: {list}"))
        .hint("deploy the build folder rather than the project's, list them in the folder's .amphostignore (gitignore syntax), or, with --build, leave them out of the spec's artifacts.files; --allow-secrets publishes them if they are meant to be public"))
}

fn join(e: tokio::task::JoinError) -> CliError {
    CliError::failure(format!("internal task failed: {e}"))
}

/// The app, created (for manual deploys) when asked and it does not exist.
/// The app to deploy to: found by ID or name, else created with `--create`. A name no app
/// has is first compared with those there are: a typo is suggested the right name rather
/// than told to create an app, and `--create` warns that it may have made a stray one.
pub(crate) async fn ensure_app(ctx: &Ctx, opts: &DeployOptions) -> Result<Value, CliError> {
    let names = match find_app(ctx, &opts.app).await? {
        Found::App(app) => return Ok(app),
        Found::Nothing { names } => names,
    };
    if looks_like_app_id(&opts.app) {
        return Err(crate::commands::resolve::no_app_with_id(ctx, &opts.app).await);
    }
    let near = crate::text::closest(&opts.app, names.iter().map(String::as_str));
    if !opts.create {
        let create = format!("create it with `amphost app create {}`, or pass --create", shell_quote(&opts.app));
        let hint = match near {
            Some(near) => format!("did you mean `{}`? Else {create}", escape_controls(&shell_quote(near))),
            None => create,
        };
        return Err(CliError::failure(format!("no app is named {:?}", opts.app)).hint(hint));
    }
    let out = ctx.client().await?.call("CreateApp", json!({"name": opts.app, "platform": "WEB"})).await?;
    let app_id = out["app"]["appId"].as_str().unwrap_or_default();
    ctx.ui.status(format!("Created app {} ({app_id})", opts.app));
    if let Some(near) = near {
        ctx.ui.warn(format!(
            "an app named {:?} exists: if that is the one you meant, delete this one (`amphost app delete {app_id}`)",
            escape_controls(near)
        ));
    }
    warn_if_duplicated(ctx, &opts.app, app_id).await;
    Ok(out["app"].clone())
}

/// The API cannot create an app only if its name is free, so two `deploy --create` racing on
/// one name both create one. Said at once, with both IDs, since every later command by that
/// name is then ambiguous.
async fn warn_if_duplicated(ctx: &Ctx, name: &str, created: &str) {
    let Ok(client) = ctx.client().await else { return };
    let Ok(all) = list_all(client, "ListApps", json!({}), &PageOptions::default()).await else { return };
    let others: Vec<&str> = all["apps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["name"] == name && a["appId"] != created)
        .filter_map(|a| a["appId"].as_str())
        .collect();
    if !others.is_empty() {
        ctx.ui.warn(format!(
            "another app is also named {name:?} ({}), probably created at the same time; this deploy uses {created}. \
             Delete the one you do not want (`amphost app delete ID`), or address apps by ID",
            others.join(", ")
        ));
    }
}

pub(crate) async fn ensure_branch(ctx: &Ctx, app_id: &str, opts: &DeployOptions) -> Result<(), CliError> {
    let client = ctx.client().await?;
    match client.call("GetBranch", json!({"appId": app_id, "branchName": opts.branch})).await {
        Ok(_) => Ok(()),
        Err(e) if e.is_not_found() && opts.create => {
            let mut input = json!({"appId": app_id, "branchName": opts.branch});
            if let Some(stage) = &opts.new_branch.stage {
                input["stage"] = json!(stage);
            }
            if !opts.new_branch.env.is_empty() {
                input["environmentVariables"] = json!(opts.new_branch.env);
            }
            if let Err(e) = client.call("CreateBranch", input).await {
                if e.code() == Some("LimitExceededException") {
                    return Err(super::branch::branch_limit_reached(ctx, &opts.app, app_id, &opts.branch, e).await);
                }
                return Err(e.into());
            }
            ctx.ui.status(format!("Created branch {}", opts.branch));
            Ok(())
        }
        Err(e) if e.is_not_found() => {
            let create = format!(
                "create it with `amphost branch create --app {app_id} {}`, or pass --create",
                shell_quote(&opts.branch)
            );
            let hint = match closest_name(ctx, Noun::Branch, app_id, &opts.branch).await {
                Some(near) => format!("did you mean `{}`? Else {create}", shell_quote(&near)),
                None => create,
            };
            let app = app_label(&opts.app, app_id);
            Err(CliError::failure(format!("app {app} has no branch {:?}", opts.branch)).hint(hint))
        }
        Err(e) => Err(e.into()),
    }
}

/// Refuses to start beside a pending or running job, unless asked to stop it first
/// (`cancel_pending`). `rollback` and `promote` share it.
pub(crate) async fn clear_the_branch(
    ctx: &Ctx,
    app_id: &str,
    branch: &str,
    cancel_pending: bool,
) -> Result<(), CliError> {
    use crate::model::enums::JobStatus;
    let client = ctx.client().await?;
    let out = match client.call("ListJobs", json!({"appId": app_id, "branchName": branch, "maxResults": 20})).await {
        Ok(out) => out,
        Err(e) => return Err(super::resolve::suggest_on_not_found(ctx, app_id, branch, e).await),
    };
    let busy: Vec<(String, String)> = out["jobSummaries"]
        .as_array()
        .into_iter()
        .flatten()
        // A status this build does not know does not count as busy (the service decides).
        .filter(|j| JobStatus::from_json(&j["status"]).is_some_and(JobStatus::is_busy))
        .map(|j| {
            (j["jobId"].as_str().unwrap_or_default().to_string(), j["status"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    if busy.is_empty() {
        return Ok(());
    }
    let list = busy.iter().map(|(id, st)| format!("job {id} ({st})")).collect::<Vec<_>>().join(", ");
    if !cancel_pending {
        let first = JobRef { app_id: app_id.to_string(), branch: branch.to_string(), job_id: busy[0].0.clone() };
        return Err(CliError::failure(format!("branch {branch} is busy: {list}"))
            .hint(format!("wait for it (`{}`), or pass --cancel-pending to stop it first", first.resume_command())));
    }
    for (id, status) in &busy {
        if JobStatus::parse_lossy(status) != Some(JobStatus::Cancelling) {
            client.call("StopJob", json!({"appId": app_id, "branchName": branch, "jobId": id})).await?;
        }
        ctx.ui.status(format!("Stopping job {id} (--cancel-pending)"));
    }
    for (id, _) in &busy {
        let job = JobRef { app_id: app_id.to_string(), branch: branch.to_string(), job_id: id.clone() };
        watch::wait(ctx, &job, Some(Duration::from_secs(300)), OnInterrupt::AwaitStop).await?;
    }
    Ok(())
}

/// Where the emulator at `base` serves a branch's live deployment.
fn emulator_site(base: &str, app_id: &str, branch: &str) -> String {
    format!("{base}/_amphost/sites/{app_id}/{}/", crate::api::wire::encode(branch))
}

/// The site's address: `https://{branch}.{defaultDomain}` on AWS; on the emulator (embedded,
/// or a loopback endpoint that answers as one), its site path, which any client can reach:
/// `http://127.0.0.1:{port}/_amphost/sites/{appId}/{branch}/`.
pub(crate) async fn site_url(ctx: &Ctx, app: &Value, branch: &str) -> Result<String, CliError> {
    let app_id = app["appId"].as_str().unwrap_or_default();
    if ctx.is_local() {
        return Ok(emulator_site(&format!("http://127.0.0.1:{}", crate::emulator::DEFAULT_PORT), app_id, branch));
    }
    let client = ctx.client().await?;
    let endpoint = client.endpoint().await?;
    if let Ok(url) = reqwest::Url::parse(&endpoint) {
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(d)) => d == "localhost",
            None => false,
        };
        if loopback {
            let health_url = format!("{endpoint}/_amphost/health");
            let health = client.http_for(&health_url).get(&health_url).send().await;
            if health.is_ok_and(|r| r.status().is_success()) {
                return Ok(emulator_site(&endpoint, app_id, branch));
            }
        }
    }
    Ok(format!(
        "https://{}.{}",
        crate::emulator::sites::branch_label(branch),
        app["defaultDomain"].as_str().unwrap_or("amplifyapp.com")
    ))
}

/// The members known before any lookup are checked first: a bad branch name or job ID costs
/// no request (the app is checked by the lookup itself).
fn precheck(ctx: &Ctx, opts: &DeployOptions) -> Result<(), CliError> {
    let mut input = Map::new();
    input.insert("branchName".into(), json!(opts.branch));
    match &opts.source {
        Source::Created(job_id) => {
            input.insert("jobId".into(), json!(job_id));
        }
        Source::Url { url, kind } => {
            input.insert("sourceUrl".into(), json!(url));
            input.insert("sourceUrlType".into(), json!(kind));
        }
        // An empty folder is said first, before the rules are linted against it.
        Source::Folder(dir) if std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none()) => {
            return Err(CliError::usage(format!("{} has no files to deploy", dir.display())));
        }
        Source::Folder(_) | Source::Zip(_) => {}
    }
    ctx.precheck("StartDeployment", &input, &["appId"])
}

/// Deploys: check, prepare the bytes, make sure the app and branch are there, start the
/// deployment, then follow it and report (or report at once with `--no-wait`).
pub async fn deploy(ctx: &Ctx, mut opts: DeployOptions) -> Result<(), CliError> {
    precheck(ctx, &opts)?;
    if !opts.no_lint {
        let deployed = match &opts.source {
            Source::Folder(p) | Source::Zip(p) => Some(p.as_path()),
            Source::Url { .. } | Source::Created(_) => None,
        };
        super::rules::check::before_deploy(ctx, deployed)?;
    }
    if let Some(bucket) = opts.bucket.take() {
        return bucket::deploy(ctx, opts, bucket).await;
    }
    let prepared = prepare(ctx, &opts).await?;
    let app = ensure_app(ctx, &opts).await?;
    super::rules::check::warn_if_unpushed(ctx, &app);
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    ensure_branch(ctx, &app_id, &opts).await?;
    if !matches!(prepared, Prepared::Created(_)) {
        clear_the_branch(ctx, &app_id, &opts.branch, opts.cancel_pending).await?;
    }
    let (started, uploaded, files) = start(ctx, &opts, &prepared, &app_id).await?;
    let job_id = started["jobSummary"]["jobId"].as_str().unwrap_or_default();
    ctx.ui.status(format!("Started deployment job {job_id} on {}", opts.branch));
    let mut extra = Map::new();
    extra.insert("bytesUploaded".into(), json!(uploaded));
    extra.insert("files".into(), json!(files));
    let how = Follow { wait: opts.wait, timeout: opts.timeout, cancel_on_interrupt: opts.cancel_on_interrupt };
    follow(ctx, &app, &opts.branch, &started, extra, &how).await?;
    verify_after(ctx, &app, &opts).await
}

/// `--verify`, once [`follow`] returned Ok: the job succeeded (with `--no-wait` nothing is
/// live yet, so nothing is compared).
pub(crate) async fn verify_after(ctx: &Ctx, app: &Value, opts: &DeployOptions) -> Result<(), CliError> {
    match &opts.verify {
        Some(verify) if opts.wait => {
            let url = site_url(ctx, app, &opts.branch).await?;
            super::verify::compare::after_deploy(ctx, app, &opts.branch, &url, verify).await
        }
        _ => Ok(()),
    }
}

/// How a started job is followed: `--no-wait`, `--timeout`, `--cancel-on-interrupt`.
pub struct Follow {
    pub wait: bool,
    pub timeout: Option<Duration>,
    pub cancel_on_interrupt: bool,
}

/// Follows a job that StartDeployment (or StartJob) answered with `started` to its end and
/// reports it as `deploy` does: the URL on stdout, or one JSON object (`appId`, `branch`,
/// `jobId`, `status`, `url`, `steps`, then `extra`'s members, then `failedStep` and `reason`
/// when it failed), whatever the end; exit 3 for a failed job, 5 on a timeout. `rollback` and
/// `promote` end here too.
pub(crate) async fn follow(
    ctx: &Ctx,
    app: &Value,
    branch: &str,
    started: &Value,
    extra: Map<String, Value>,
    how: &Follow,
) -> Result<(), CliError> {
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    let summary = &started["jobSummary"];
    let job_id = summary["jobId"].as_str().unwrap_or_default().to_string();
    let job = JobRef { app_id: app_id.clone(), branch: branch.to_string(), job_id: job_id.clone() };
    // The job runs: a signal from here on is the wait's, which says what it leaves running.
    // Until the wait listens, signals are held for it (not ending the command unexplained).
    let held = interrupt::Handling::start();
    let url = site_url(ctx, app, branch).await?;
    let mut result = json!({
        "appId": app_id, "branch": branch, "jobId": job_id, "status": summary["status"], "url": url,
    });
    if let Value::Object(fields) = &mut result {
        fields.extend(extra);
    }
    if !how.wait {
        ctx.ui.status(format!("Not waiting; follow it with `{}`", job.resume_command()));
        github_actions(&result);
        return print_result(ctx, &result, None);
    }
    let on_interrupt = if how.cancel_on_interrupt { OnInterrupt::CancelJob } else { OnInterrupt::Detach };
    drop(held);
    // The result is printed however the wait ends, before the exit code says how: a timeout,
    // a signal or a job that could not be read leave it as last seen.
    let final_job = match watch::wait_to_report(ctx, &job, how.timeout, on_interrupt).await {
        Waited::Ended(final_job) => final_job,
        Waited::Unfinished { last, error } => {
            if let Some(last) = &last {
                note_job(&mut result, last);
            }
            return Err(report_unfinished(ctx, &mut result, &url, error));
        }
    };
    note_job(&mut result, &final_job);
    if let Some(step) = watch::failing_step(&final_job) {
        result["failedStep"] = step["stepName"].clone();
        result["reason"] = step["statusReason"].clone();
    }
    report(ctx, &result, &url)?;
    watch::outcome(ctx, &job, &final_job).await
}

/// Starts the deployment the prepared bytes call for. Each way ends in StartDeployment, whose
/// job summary says where the job stands. Returns it with the bytes and files uploaded.
async fn start(
    ctx: &Ctx,
    opts: &DeployOptions,
    prepared: &Prepared,
    app_id: &str,
) -> Result<(Value, u64, usize), CliError> {
    let client = ctx.client().await?;
    let branch = &opts.branch;
    match prepared {
        Prepared::Url { url, kind } => {
            let input = json!({"appId": app_id, "branchName": branch, "sourceUrl": url, "sourceUrlType": kind});
            Ok((
                watch::start_shielded(client, app_id, branch, "StartDeployment", input).await.map_err(busy_hint)?,
                0,
                0,
            ))
        }
        Prepared::Created(job_id) => {
            let input = json!({"appId": app_id, "branchName": branch, "jobId": job_id});
            Ok((watch::start_shielded(client, app_id, branch, "StartDeployment", input).await?, 0, 0))
        }
        Prepared::Zip { .. } | Prepared::GivenZip { .. } | Prepared::FileMap { .. } => {
            let mut input = json!({"appId": app_id, "branchName": branch});
            if let Prepared::FileMap { entries, .. } = prepared {
                let file_map: Map<String, Value> =
                    entries.iter().map(|(e, md5)| (e.name.clone(), json!(md5))).collect();
                input["fileMap"] = Value::Object(file_map);
            }
            created_and_started(ctx, opts, prepared, app_id, input).await
        }
    }
}

/// Each step of a finished job with how long it took, for the JSON result.
fn step_times(job: &Value) -> Value {
    use crate::model::enums::JobStatus;
    let steps = job["steps"].as_array().into_iter().flatten().map(|s| {
        // A step not yet ended has no duration (the API gives it an endTime all the same).
        let ended = JobStatus::from_json(&s["status"]).is_some_and(JobStatus::is_terminal);
        let secs = s["endTime"].as_f64().zip(s["startTime"].as_f64()).filter(|_| ended);
        let secs = secs.map(|(e, b)| ((e - b) * 1000.0).round() / 1000.0);
        json!({"step": s["stepName"], "status": s["status"], "seconds": secs})
    });
    Value::Array(steps.collect())
}

/// The result of a followed deployment: GitHub Actions outputs, then stdout.
fn report(ctx: &Ctx, result: &Value, url: &str) -> Result<(), CliError> {
    use crate::model::enums::JobStatus;
    github_actions(result);
    let succeeded = JobStatus::from_json(&result["status"]) == Some(JobStatus::Succeed);
    if ctx.is_local() && succeeded {
        ctx.ui.status(format!(
            "Deployed. The site is served while `amphost emulator` runs (port {}, same data):",
            crate::emulator::DEFAULT_PORT
        ));
    }
    print_result(ctx, result, succeeded.then_some(url))
}

/// The job's status and step times, as GetJob last gave them, in the result.
fn note_job(result: &mut Value, job: &Value) {
    result["status"] = job["summary"]["status"].clone();
    if let Value::Object(fields) = result {
        // After `url`, where scripts and the README show it.
        fields.shift_insert(5, "steps".into(), step_times(job));
    }
}

/// A wait that ended before the job: the result is printed as last seen, then the error ends
/// the command. A timeout's is reported as any result's (a script reads the job and status);
/// a signal's or a lost job's adds the `error` to the JSON object.
fn report_unfinished(ctx: &Ctx, result: &mut Value, url: &str, error: CliError) -> CliError {
    if error.exit == Exit::Timeout {
        return report(ctx, result, url).err().unwrap_or(error);
    }
    github_actions(result);
    if ctx.format == OutputFormat::Json || ctx.query.is_some() {
        result["error"] = json!(crate::api::redact::redact_presigned(&ctx.ui.error_text(&error)));
        let _ = ctx.print(result, &View::Empty);
    }
    error
}

/// CreateDeployment, the upload(s) and StartDeployment. Once the deployment exists, every way
/// out short of a started job (a failed upload or start, a signal) stops it and says so: a
/// created job left PENDING would keep the branch busy. Returns StartDeployment's answer.
async fn created_and_started(
    ctx: &Ctx,
    opts: &DeployOptions,
    prepared: &Prepared,
    app_id: &str,
    input: Value,
) -> Result<(Value, u64, usize), CliError> {
    let client = ctx.client().await?;
    // The new job's ID must not be lost to a signal: the request runs to its end.
    let left = format!(
        "a deployment being created may stay PENDING; `amphost job list --app {app_id} --branch {}` shows it",
        crate::text::shell_quote(&opts.branch)
    );
    let (created, caught) = interrupt::shielded(client.call("CreateDeployment", input), &left).await;
    let created = created.map_err(busy_hint)?;
    let job_id = created["jobId"].as_str().unwrap_or_default().to_string();
    let job = JobRef { app_id: app_id.to_string(), branch: opts.branch.clone(), job_id };
    if let Some(caught) = caught {
        let cause = CliError::new(Exit::Interrupted, "interrupted while the deployment was being created");
        let e = interrupt::with_signal(abandon(ctx, &job, cause).await, caught.signal);
        return Err(print_unstarted(ctx, &job, e).await);
    }
    let retry_base = client.settings().retry_base;
    // The work's own failure is kept apart from the interruption's (`Ok(Err(…))`): a signal
    // during the cancellation that follows a failure must not replace the failure's message.
    let sending = async {
        let sent = upload(ctx, prepared, &created, opts.concurrency, opts.upload_attempts, retry_base).await?;
        let started = client.call("StartDeployment", job.input()).await?;
        Ok((started, sent.0, sent.1))
    };
    let interrupted = abandon(ctx, &job, CliError::new(Exit::Interrupted, "interrupted before the deployment started"));
    match interrupt::interruptible(async { Ok(sending.await) }, interrupted).await {
        Ok(Ok(started)) => Ok(started),
        Ok(Err(failed)) => Err(print_unstarted(ctx, &job, abandon(ctx, &job, failed).await).await),
        Err(interrupted) => Err(print_unstarted(ctx, &job, interrupted).await),
    }
}

/// With `-o json` (or `--query`), a deployment that was created but not started still prints
/// its object, with the job's status as the service now tells it (CANCELLED once stopped)
/// and the error, before the exit code says what happened.
async fn print_unstarted(ctx: &Ctx, job: &JobRef, e: CliError) -> CliError {
    if ctx.format != OutputFormat::Json && ctx.query.is_none() {
        return e;
    }
    let status = match ctx.client().await {
        Ok(client) => client.call("GetJob", job.input()).await.ok().map(|out| out["job"]["summary"]["status"].clone()),
        Err(_) => None,
    };
    let result = json!({
        "appId": job.app_id, "branch": job.branch, "jobId": job.job_id,
        "status": status.unwrap_or(Value::Null), "bytesUploaded": 0, "files": 0,
        "error": crate::api::redact::redact_presigned(&ctx.ui.error_text(&e)),
    });
    let _ = ctx.print(&result, &View::Empty);
    e
}

/// The service refuses a second job on a branch while one is pending or running.
pub(crate) fn busy_hint(e: crate::api::ApiError) -> CliError {
    let busy = e.code() == Some("BadRequestException") && e.to_string().contains("was not finished");
    let err = CliError::from(e);
    if busy {
        err.hint(
            "another job on the branch is pending or running: wait for it, or pass --cancel-pending to stop it first",
        )
    } else {
        err
    }
}

/// A deployment created but not started is stopped and reported, never left hanging.
async fn abandon(ctx: &Ctx, job: &JobRef, cause: CliError) -> CliError {
    let stop = job.stop_command();
    let left = format!("deployment job {} may stay PENDING; `{stop}` stops it", job.job_id);
    if interrupt::if_forced(left.as_str()) {
        ctx.ui.status(format!("cancelling deployment job {} (interrupt again to leave it)", job.job_id));
    }
    // Run to its end whatever comes (a signal meanwhile is a repeat of the cause, or after a
    // failure, part of the same end): stopped or not, the message must say which.
    let stopped = match ctx.client().await {
        Ok(c) => interrupt::shielded(c.call("StopJob", job.input()), &left).await.0.is_ok(),
        Err(_) => false,
    };
    let what = if stopped {
        format!("deployment job {} was created but not started; it has been cancelled", job.job_id)
    } else {
        format!(
            "deployment job {} was created but not started and could not be cancelled; it stays PENDING",
            job.job_id
        )
    };
    let hint = if stopped { cause.hint } else { cause.hint.or(Some(format!("stop it with `{stop}`"))) };
    CliError::new(cause.exit, format!("{}{}\n{what}", cause.message, cause.detail)).with_hint(hint)
}

/// Uploads the prepared bytes; returns (bytes, files).
async fn upload(
    ctx: &Ctx,
    prepared: &Prepared,
    created: &Value,
    concurrency: usize,
    attempts: u32,
    retry_base: Duration,
) -> Result<(u64, usize), CliError> {
    let client = ctx.client().await?;
    let zip_url = created["zipUploadUrl"].as_str().unwrap_or_default();
    let http = client.http_for(zip_url);
    let fail = |e: crate::deploy::upload::UploadError| CliError::failure(e.0);
    match prepared {
        Prepared::Zip { file, files, bytes } => {
            let bar = TransferBar::new(&ctx.ui, "uploading", *bytes);
            let r = put_file(http, zip_url, file.path(), None, attempts, retry_base, bar.clone()).await.map_err(fail);
            finish(&bar, &r, "");
            r.map(|_| (*bytes, *files))
        }
        Prepared::GivenZip { path, entries, bytes } => {
            let bar = TransferBar::new(&ctx.ui, "uploading", *bytes);
            let r = put_file(http, zip_url, path, None, attempts, retry_base, bar.clone()).await.map_err(fail);
            finish(&bar, &r, "");
            r.map(|_| (*bytes, *entries))
        }
        Prepared::FileMap { entries, bytes } => {
            let urls = created["fileUploadUrls"].as_object().cloned().unwrap_or_default();
            let bar = TransferBar::new(&ctx.ui, "uploading", *bytes);
            let r = stream::iter(entries.iter().map(|(entry, md5)| {
                let url = urls.get(&entry.name).and_then(Value::as_str).map(str::to_string);
                let bar = bar.clone();
                async move {
                    let url = url.ok_or_else(|| {
                        CliError::failure(format!("the service gave no upload URL for {}", entry.name))
                    })?;
                    let http = client.http_for(&url);
                    put_file(http, &url, &entry.path, Some(md5), attempts, retry_base, bar).await.map_err(fail)
                }
            }))
            .buffer_unordered(concurrency.max(1))
            .try_collect::<Vec<_>>()
            .await;
            finish(&bar, &r, &format!("{} files, {} at a time", entries.len(), concurrency.max(1)));
            r.map(|_| (*bytes, entries.len()))
        }
        Prepared::Url { .. } | Prepared::Created(_) => Ok((0, 0)),
    }
}

fn finish<T>(bar: &TransferBar, r: &Result<T, CliError>, detail: &str) {
    match r {
        Ok(_) => bar.finish(detail),
        Err(_) => bar.abandon(),
    }
}

/// The URL on stdout for people and scripts; one JSON object with `--output json`.
fn print_result(ctx: &Ctx, result: &Value, url: Option<&str>) -> Result<(), CliError> {
    use crate::model::enums::JobStatus;
    if ctx.format == OutputFormat::Json || ctx.query.is_some() {
        return ctx.print(result, &View::Empty);
    }
    if let Some(u) = url {
        // The URL holds the app's default domain, from the service.
        ctx.ui.out(&format!("{}\n", crate::render::escape_controls(u)));
    } else if !JobStatus::from_json(&result["status"]).is_some_and(JobStatus::is_terminal) {
        ctx.ui.out(&format!("{}\n", crate::render::escape_controls(result["jobId"].as_str().unwrap_or_default())));
    }
    Ok(())
}

/// Under GitHub Actions: the URL and job ID as step outputs, and a line in the job summary.
fn github_actions(result: &Value) {
    if std::env::var("GITHUB_ACTIONS").as_deref() != Ok("true") {
        return;
    }
    let append = |var: &str, text: String| {
        if let Some(path) = std::env::var_os(var) {
            use std::io::Write;
            if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(Path::new(&path)) {
                let _ = f.write_all(text.as_bytes());
            }
        }
    };
    let s = |k: &str| result[k].as_str().unwrap_or_default().to_string();
    append("GITHUB_OUTPUT", format!("url={}\njob-id={}\nstatus={}\n", s("url"), s("jobId"), s("status")));
    append(
        "GITHUB_STEP_SUMMARY",
        format!(
            "### amphost deploy: {}\n\n| app | branch | job | URL |\n|---|---|---|---|\n| {} | {} | {} | {} |\n",
            s("status"),
            s("appId"),
            s("branch"),
            s("jobId"),
            s("url")
        ),
    );
}
