//! `rollback` and `promote`: a deployment made again from an earlier job's source, with
//! nothing uploaded. For a manual-deploy app, StartDeployment with the job's `sourceUrl` and
//! `sourceUrlType` (job summaries carry them); for an app built from a repository (rollback
//! only), StartJob RELEASE at the job's commit. Either is then followed as `deploy` follows
//! its job, and reported the same way.

use super::deploy::{busy_hint, clear_the_branch, follow, Follow};
use super::resolve::{app_label, existing_app, jobs_of, suggest_on_not_found};
use super::watch::start_shielded;
use super::Ctx;
use crate::api::redact::redact_presigned;
use crate::exit::CliError;
use crate::model::enums::{JobStatus, JobType};
use crate::render::escape_controls;
use crate::text::shell_quote;
use serde_json::{json, Map, Value};

pub struct RollbackOptions {
    pub app: String,
    pub branch: String,
    /// The job to go back to; else the newest successful job before the live one.
    pub to: Option<String>,
    pub cancel_pending: bool,
    pub follow: Follow,
}

pub struct PromoteOptions {
    pub app: String,
    /// The branch whose deployment is promoted.
    pub from: String,
    /// The branch it is deployed to.
    pub to: String,
    /// The job of `from` to promote; else its newest successful job (the live one).
    pub job: Option<String>,
    pub cancel_pending: bool,
    pub follow: Follow,
}

/// A job named by its ID: GetJob's summary.
async fn named_job(ctx: &Ctx, app_id: &str, branch: &str, job_id: &str) -> Result<Value, CliError> {
    let input = json!({"appId": app_id, "branchName": branch, "jobId": job_id});
    match ctx.client().await?.call("GetJob", input).await {
        Ok(out) => Ok(out["job"]["summary"].clone()),
        Err(e) => Err(suggest_on_not_found(ctx, app_id, branch, e).await),
    }
}

fn succeeded(job: &Value) -> bool {
    JobStatus::from_json(&job["status"]) == Some(JobStatus::Succeed)
}

fn job_id_of(job: &Value) -> String {
    job["jobId"].as_str().unwrap_or_default().to_string()
}

/// A named job that did not succeed is not a deployment to go back to, or to promote.
fn require_success(job: &Value, app_id: &str, job_id: &str, branch: &str, what: &str) -> Result<(), CliError> {
    if succeeded(job) {
        return Ok(());
    }
    let status = job["status"].as_str().unwrap_or("in an unknown state");
    Err(CliError::usage(format!(
        "job {job_id} of branch {branch} is {status}: only a job that succeeded can be {what}"
    ))
    .hint(format!("see the branch's jobs with `amphost job list --app {app_id} --branch {}`", shell_quote(branch))))
}

/// The job's source, as StartDeployment takes it: `sourceUrl` and `sourceUrlType` (ZIP when
/// the summary does not say).
fn source_of(job: &Value) -> Option<(String, String)> {
    let url = job["sourceUrl"].as_str().filter(|u| !u.is_empty())?;
    let kind = job["sourceUrlType"].as_str().filter(|k| !k.is_empty()).unwrap_or("ZIP");
    Some((url.to_string(), kind.to_string()))
}

/// Why a job with no `sourceUrl` cannot be deployed again, and how to make the next ones
/// possible. Said before anything is written (exit 2).
fn not_redeployable(job: &Value, branch: &str, app_id: &str, what: &str) -> CliError {
    let job_id = job_id_of(job);
    let why = match JobType::from_json(&job["jobType"]) {
        Some(JobType::Manual) | None => {
            "it deployed a direct upload (a zip or a file map), and the service does not give uploaded files back"
                .to_string()
        }
        Some(other) => format!(
            "it was a {} job, which on an app with no repository deployed nothing that can be named again",
            other.as_str()
        ),
    };
    CliError::usage(format!("job {job_id} of branch {branch} cannot be {what}: {why}")).hint(format!(
        "deployments through a bucket can be: `amphost deploy DIR --bucket s3://BUCKET/PREFIX --app {app_id} --branch \
         {b}` (or from a URL: `--source-url s3://BUCKET/site.zip`), and those jobs can be {what}",
        b = shell_quote(branch)
    ))
}

/// An `s3://` source deleted or changed since (by `deploy --keep`, or by hand) would fail the
/// new job at DEPLOY, or serve what the job never did: it is checked first (against its
/// manifest when amphost made it), and refused (exit 2) before anything is started. When S3
/// cannot be asked (no permission, no network), the service decides.
async fn check_source(ctx: &Ctx, (url, kind): (&str, &str), job_id: &str, to: (&str, &str)) -> Result<(), CliError> {
    use crate::deploy::bucket::{self, Kept};
    let Ok(source) = crate::storage::S3Url::parse(url) else { return Ok(()) };
    let Ok(s3) = ctx.s3().await else { return Ok(()) };
    let asked = bucket::check_source(s3, &source.bucket, &source.key, kind == "BUCKET_PREFIX");
    let why = match tokio::time::timeout(std::time::Duration::from_secs(30), asked).await {
        Ok(Ok(Kept::Gone)) => "no longer in S3: it was deleted, by `deploy --keep` or by hand".to_string(),
        Ok(Ok(Kept::Rewritten)) => "changed in S3 since amphost wrote it: the zip was written again".to_string(),
        Ok(Ok(Kept::Drifted(drift))) => format!("changed in S3 since amphost wrote it: {}", drift_text(&drift)),
        Ok(Ok(Kept::Unverified(why))) => {
            ctx.ui.warn(format!(
                "the manifest of job {job_id}'s deployment cannot be read ({why}): its files were not checked \
                 against it"
            ));
            return Ok(());
        }
        Ok(Ok(Kept::Intact) | Err(_)) | Err(_) => return Ok(()),
    };
    let (app_id, branch) = to;
    Err(CliError::usage(format!("the deployment of job {job_id} ({}) is {why}", shown_url(url))).hint(format!(
        "pick another job with `amphost deploy list`, or deploy the folder again; to deploy the source as it is \
         now: `amphost deploy --source-url {} --source-url-type {kind} --app {app_id} --branch {}`",
        shell_quote(&shown_url(url)),
        shell_quote(branch)
    )))
}

/// "2 files missing (a.html, b.css), 1 written again (index.html)": up to three names a kind.
fn drift_text(drift: &crate::deploy::manifest::Drift) -> String {
    let kinds = [(&drift.missing, "missing"), (&drift.changed, "written again"), (&drift.added, "not part of it")];
    let said: Vec<String> = kinds
        .iter()
        .filter(|(paths, _)| !paths.is_empty())
        .map(|(paths, what)| {
            let names: Vec<String> = paths.iter().take(3).map(|p| escape_controls(p)).collect();
            let more = if paths.len() > 3 { ", …" } else { "" };
            let noun = if paths.len() == 1 { "file" } else { "files" };
            format!("{} {noun} {what} ({}{more})", paths.len(), names.join(", "))
        })
        .collect();
    said.join(", ")
}

/// Where the job's source is, as status lines show it (a presigned URL's signature cut).
fn shown_url(url: &str) -> String {
    escape_controls(&redact_presigned(url))
}

/// [`Ctx::precheck`], its complaint naming the flag this command takes for the member
/// (`--to` for a job ID or a branch, `--from`), not the one other verbs take.
fn precheck_as(ctx: &Ctx, operation: &str, input: &Map<String, Value>, flag: &str, ours: &str) -> Result<(), CliError> {
    ctx.precheck(operation, input, &["appId"]).map_err(|e| CliError { message: e.message.replace(flag, ours), ..e })
}

/// `amphost rollback`: the branch's previous successful deployment (or the job named) made
/// again, then followed like a deploy. JSON: deploy's object plus `rolledBackTo`.
pub async fn rollback(ctx: &Ctx, opts: RollbackOptions) -> Result<(), CliError> {
    let mut check = Map::new();
    check.insert("branchName".into(), json!(opts.branch));
    ctx.precheck("ListJobs", &check, &["appId"])?;
    if let Some(id) = &opts.to {
        check.insert("jobId".into(), json!(id));
        precheck_as(ctx, "GetJob", &check, "--job-id", "--to")?;
    }
    let app = existing_app(ctx, &opts.app).await?;
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    let label = app_label(&opts.app, &app_id);
    let branch = opts.branch.as_str();
    let target = match &opts.to {
        Some(id) => {
            let job = named_job(ctx, &app_id, branch, id).await?;
            require_success(&job, &app_id, id, branch, "rolled back to")?;
            warn_if_live(ctx, &app_id, branch, &label, &job).await?;
            job
        }
        None => previous_success(ctx, &app_id, branch, &label).await?,
    };
    let target_id = job_id_of(&target);
    let repository = app["repository"].as_str().unwrap_or_default();
    let started = if !repository.is_empty() {
        rebuild(ctx, &app_id, branch, &target, opts.cancel_pending).await?
    } else {
        let (url, kind) =
            source_of(&target).ok_or_else(|| not_redeployable(&target, branch, &app_id, "rolled back to"))?;
        check_source(ctx, (&url, &kind), &target_id, (&app_id, branch)).await?;
        clear_the_branch(ctx, &app_id, branch, opts.cancel_pending).await?;
        let input = json!({"appId": app_id, "branchName": branch, "sourceUrl": url, "sourceUrlType": kind});
        let client = ctx.client().await?;
        let started = start_shielded(client, &app_id, branch, "StartDeployment", input).await.map_err(busy_hint)?;
        ctx.ui.status(format!(
            "Rolling back branch {branch} to job {target_id} ({}): started deployment job {}",
            shown_url(&url),
            job_id_of(&started["jobSummary"])
        ));
        started
    };
    let mut extra = Map::new();
    extra.insert("bytesUploaded".into(), json!(0));
    extra.insert("files".into(), json!(0));
    extra.insert("rolledBackTo".into(), json!(target_id));
    follow(ctx, &app, branch, &started, extra, &opts.follow).await
}

/// What a job deployed, when it can be told: its source URL, else (a build from a repository)
/// its commit. A direct upload's bytes cannot be compared: None.
fn deployed(job: &Value) -> Option<String> {
    let commit = job["commitId"].as_str().filter(|c| !c.is_empty() && !matches!(*c, "HEAD" | "MANUAL"));
    source_of(job).map(|(url, _)| url).or_else(|| commit.map(str::to_string))
}

/// The newest successful job of the branch (the live one) and the ones before it, newest first.
async fn successes(ctx: &Ctx, app_id: &str, branch: &str, label: &str) -> Result<(Value, Vec<Value>), CliError> {
    let jobs = jobs_of(ctx, app_id, branch).await?;
    let mut done = jobs.into_iter().filter(succeeded);
    let live = done.next().ok_or_else(|| {
        CliError::usage(format!(
            "branch {branch} of app {label} has no successful deployment: there is nothing to roll back"
        ))
    })?;
    Ok((live, done.collect()))
}

/// Of a branch's jobs, newest first: the live one (the newest success) and the one a rollback
/// goes to, the newest success before it whose deployment differs from what is live (a
/// promotion or a rollback repeats an earlier source: going back to it would change nothing).
pub(crate) fn live_and_next_rollback(jobs: &[Value]) -> (Option<&Value>, Option<&Value>) {
    let mut done = jobs.iter().filter(|j| succeeded(j));
    let Some(live) = done.next() else { return (None, None) };
    let live_source = deployed(live);
    (Some(live), done.find(|j| live_source.is_none() || deployed(j) != live_source))
}

/// The job a rollback of the branch goes to (see [`live_and_next_rollback`]).
async fn previous_success(ctx: &Ctx, app_id: &str, branch: &str, label: &str) -> Result<Value, CliError> {
    let (live, earlier) = successes(ctx, app_id, branch, label).await?;
    let live_id = job_id_of(&live);
    let jobs: Vec<Value> = std::iter::once(live).chain(earlier.iter().cloned()).collect();
    if let (_, Some(job)) = live_and_next_rollback(&jobs) {
        return Ok(job.clone());
    }
    let why = if earlier.is_empty() {
        format!("has one successful deployment (job {live_id}, the live one)")
    } else {
        format!("has no successful deployment other than what job {live_id} made live")
    };
    Err(CliError::usage(format!("branch {branch} of app {label} {why}: there is no earlier one to roll back to")))
}

/// `--to` a job whose deployment is what is live already: done as asked, with a warning.
async fn warn_if_live(ctx: &Ctx, app_id: &str, branch: &str, label: &str, target: &Value) -> Result<(), CliError> {
    let (live, _) = successes(ctx, app_id, branch, label).await?;
    let (live_id, target_id) = (job_id_of(&live), job_id_of(target));
    let same = deployed(target).is_some() && deployed(target) == deployed(&live);
    if live_id == target_id || same {
        ctx.ui.warn(format!(
            "job {target_id} deployed what is live on {branch} already (job {live_id}): the site will not change"
        ));
    }
    Ok(())
}

/// For an app built from a repository: the job's commit, built again (StartJob RELEASE).
async fn rebuild(
    ctx: &Ctx,
    app_id: &str,
    branch: &str,
    target: &Value,
    cancel_pending: bool,
) -> Result<Value, CliError> {
    let target_id = job_id_of(target);
    let commit = target["commitId"].as_str().unwrap_or_default().to_string();
    if commit.is_empty() {
        return Err(CliError::usage(format!(
            "job {target_id} of branch {branch} names no commit: there is nothing to build again"
        )));
    }
    let input = json!({
        "appId": app_id,
        "branchName": branch,
        "jobType": JobType::Release.as_str(),
        "commitId": commit,
        "jobReason": format!("amphost rollback to job {target_id}"),
    });
    if let Value::Object(members) = &input {
        ctx.precheck("StartJob", members, &[])?;
    }
    clear_the_branch(ctx, app_id, branch, cancel_pending).await?;
    let client = ctx.client().await?;
    let started = start_shielded(client, app_id, branch, "StartJob", input).await.map_err(busy_hint)?;
    ctx.ui.status(format!(
        "Rolling back branch {branch} to job {target_id}: started job {} (RELEASE of commit {})",
        job_id_of(&started["jobSummary"]),
        escape_controls(&commit)
    ));
    Ok(started)
}

/// `amphost promote`: the deployment live on one branch (or the job named) deployed to
/// another from the same source, then followed like a deploy. JSON: deploy's object plus
/// `promotedFrom` (`branch`, `jobId`).
pub async fn promote(ctx: &Ctx, opts: PromoteOptions) -> Result<(), CliError> {
    let (from, to) = (opts.from.as_str(), opts.to.as_str());
    if from == to {
        return Err(CliError::usage(format!(
            "--from and --to are the same branch ({from}): promote deploys one branch's deployment to another"
        ))
        .hint(format!(
            "to deploy a branch's earlier deployment again: `amphost rollback --app {} --branch {} --to JOB_ID`",
            shell_quote(&opts.app),
            shell_quote(from)
        )));
    }
    let mut check = Map::new();
    check.insert("branchName".into(), json!(from));
    precheck_as(ctx, "ListJobs", &check, "--branch", "--from")?;
    check.insert("branchName".into(), json!(to));
    precheck_as(ctx, "StartDeployment", &check, "--branch", "--to")?;
    check.insert("branchName".into(), json!(from));
    if let Some(id) = &opts.job {
        check.insert("jobId".into(), json!(id));
        ctx.precheck("GetJob", &check, &["appId"])?;
    }
    let app = existing_app(ctx, &opts.app).await?;
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    let label = app_label(&opts.app, &app_id);
    let repository = app["repository"].as_str().unwrap_or_default();
    if !repository.is_empty() {
        return Err(CliError::usage(format!(
            "app {label} is built from a repository ({}): promote deploys the source of a manual deployment, \
             and its jobs are builds of commits",
            escape_controls(repository)
        ))
        .hint(format!(
            "merge {from} into {to} in the repository, or build {to} with \
             `amphost job start --app {app_id} --branch {}`",
            shell_quote(to)
        )));
    }
    let source_job = match &opts.job {
        Some(id) => {
            let job = named_job(ctx, &app_id, from, id).await?;
            require_success(&job, &app_id, id, from, "promoted")?;
            job
        }
        None => {
            let jobs = jobs_of(ctx, &app_id, from).await?;
            jobs.into_iter().find(succeeded).ok_or_else(|| {
                CliError::usage(format!(
                    "branch {from} of app {label} has no successful deployment: there is nothing to promote"
                ))
            })?
        }
    };
    let source_id = job_id_of(&source_job);
    let (url, kind) = source_of(&source_job).ok_or_else(|| not_redeployable(&source_job, from, &app_id, "promoted"))?;
    check_source(ctx, (&url, &kind), &source_id, (&app_id, to)).await?;
    clear_the_branch(ctx, &app_id, to, opts.cancel_pending).await?;
    let input = json!({"appId": app_id, "branchName": to, "sourceUrl": url, "sourceUrlType": kind});
    let client = ctx.client().await?;
    let started = match start_shielded(client, &app_id, to, "StartDeployment", input).await {
        Ok(out) => out,
        Err(e) if e.is_not_found() => return Err(suggest_on_not_found(ctx, &app_id, to, e).await),
        Err(e) => return Err(busy_hint(e)),
    };
    ctx.ui.status(format!(
        "Promoting job {source_id} of {from} ({}) to {to}: started deployment job {}",
        shown_url(&url),
        job_id_of(&started["jobSummary"])
    ));
    let mut extra = Map::new();
    extra.insert("bytesUploaded".into(), json!(0));
    extra.insert("files".into(), json!(0));
    extra.insert("promotedFrom".into(), json!({"branch": from, "jobId": source_id}));
    follow(ctx, &app, to, &started, extra, &opts.follow).await
}
