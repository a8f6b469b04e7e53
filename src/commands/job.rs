//! `job`: StartJob, GetJob, ListJobs, StopJob, DeleteJob, watch, logs, artifacts.

use super::resolve::{app_id, suggest_on_not_found};
use super::watch::{self, JobRef, OnInterrupt, Waited};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::{CliError, Exit};
use crate::model::enums::{JobStatus, JobType};
use crate::render::escape_controls;
use crate::render::{col, Column, Fmt, View};
use crate::text::shell_quote;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SUMMARY_FIELDS: &[Column] = &[
    col("Job ID", "jobId", Fmt::Plain),
    col("Type", "jobType", Fmt::Plain),
    col("Status", "status", Fmt::JobStatus),
    col("Commit", "commitId", Fmt::Plain),
    col("Message", "commitMessage", Fmt::Plain),
    col("Started", "startTime", Fmt::Time),
    col("Ended", "endTime", Fmt::Time),
];
// DURATION comes last so that `-o text` keeps the fields scripts already cut by position.
const LIST_COLUMNS: &[Column] = &[
    col("JOB", "jobId", Fmt::Plain).copyable(),
    col("TYPE", "jobType", Fmt::Plain),
    col("STATUS", "status", Fmt::JobStatus),
    col("COMMIT", "commitId", Fmt::Plain).copyable(),
    col("STARTED", "startTime", Fmt::Time),
    col("ENDED", "endTime", Fmt::Time).low(),
    col("DURATION", "startTime", Fmt::Duration { end: "endTime" }),
];
const STEP_COLUMNS: &[Column] = &[
    col("STEP", "stepName", Fmt::Plain).copyable(),
    col("STATUS", "status", Fmt::JobStatus),
    col("STARTED", "startTime", Fmt::Time),
    col("ENDED", "endTime", Fmt::Time),
    col("REASON", "statusReason", Fmt::Plain).low(),
];
const ARTIFACT_COLUMNS: &[Column] =
    &[col("ARTIFACT ID", "artifactId", Fmt::Plain).copyable(), col("FILE", "artifactFileName", Fmt::Plain).copyable()];

pub const SUMMARY: View = View::Item { key: "jobSummary", fields: SUMMARY_FIELDS };
const JOBS: View = View::List { key: "jobSummaries", columns: LIST_COLUMNS, empty: "No jobs on this branch yet." };
const STEPS: View = View::List { key: "steps", columns: STEP_COLUMNS, empty: "" };
const ARTIFACTS: View = View::List {
    key: "artifacts",
    columns: ARTIFACT_COLUMNS,
    empty: "No artifacts (a job has them once it succeeds).",
};

/// A job addressed by app (ID or name), branch and job ID.
pub async fn job_ref(ctx: &Ctx, app: &str, branch: &str, job_id: &str) -> Result<JobRef, CliError> {
    let check = Map::from_iter([("branchName".to_string(), json!(branch)), ("jobId".to_string(), json!(job_id))]);
    ctx.precheck("GetJob", &check, &["appId"])?;
    Ok(JobRef { app_id: app_id(ctx, app).await?, branch: branch.to_string(), job_id: job_id.to_string() })
}

/// The newest job of a branch, for verbs whose job ID is optional.
pub async fn latest_job(ctx: &Ctx, app: &str, branch: &str) -> Result<JobRef, CliError> {
    ctx.precheck("ListJobs", &Map::from_iter([("branchName".to_string(), json!(branch))]), &["appId"])?;
    let id = app_id(ctx, app).await?;
    let input = json!({"appId": id, "branchName": branch, "maxResults": 1});
    let out = match ctx.client().await?.call("ListJobs", input).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    let job_id = out["jobSummaries"][0]["jobId"].as_str().ok_or_else(|| {
        CliError::failure(format!("branch {branch} has no jobs yet"))
            .hint(format!("start one with `amphost job start --app {id} --branch {}`", shell_quote(branch)))
    })?;
    Ok(JobRef { app_id: id, branch: branch.to_string(), job_id: job_id.to_string() })
}

pub async fn start(
    ctx: &Ctx,
    app: &str,
    branch: &str,
    mut input: Map<String, Value>,
    wait: Option<Option<Duration>>,
) -> Result<(), CliError> {
    input.insert("branchName".into(), json!(branch));
    ctx.precheck("StartJob", &input, &["appId"])?;
    // The model cannot say it: a RETRY names the job it retries (the service refuses it else).
    let retry = input.get("jobType").and_then(JobType::from_json) == Some(JobType::Retry);
    if retry && !input.contains_key("jobId") {
        return Err(CliError::usage("a RETRY job retries a job: name it with --job-id").hint(format!(
            "`amphost job list --app {} --branch {}` lists the branch's jobs",
            shell_quote(app),
            shell_quote(branch)
        )));
    }
    let id = app_id(ctx, app).await?;
    input.insert("appId".into(), json!(id));
    let client = ctx.client().await?;
    let out = match super::watch::start_shielded(client, &id, branch, "StartJob", Value::Object(input)).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    let job_id = out["jobSummary"]["jobId"].as_str().unwrap_or_default().to_string();
    ctx.ui.status(format!("Started job {job_id} on {branch}"));
    let Some(timeout) = wait else {
        return ctx.print(&out, &SUMMARY);
    };
    let job = JobRef { app_id: id, branch: branch.to_string(), job_id };
    finish_watch(ctx, &job, timeout).await
}

/// Waits for the job, then shows it as `job get` does (JSON: its summary, as before). With
/// JSON, a wait that ends first (a timeout, a signal) still prints the summary as last seen,
/// before the exit code says what happened.
async fn finish_watch(ctx: &Ctx, job: &JobRef, timeout: Option<Duration>) -> Result<(), CliError> {
    let json = ctx.format == crate::render::OutputFormat::Json || ctx.query.is_some();
    let final_job = match watch::wait_to_report(ctx, job, timeout, OnInterrupt::Detach).await {
        Waited::Ended(final_job) => final_job,
        Waited::Unfinished { last, error } => {
            if let Some(last) = last.filter(|_| json) {
                let _ = ctx.print(&json!({"jobSummary": last["summary"]}), &SUMMARY);
            }
            return Err(error);
        }
    };
    if json {
        ctx.print(&json!({"jobSummary": final_job["summary"]}), &SUMMARY)?;
    } else {
        show_job(ctx, &final_job)?;
    }
    watch::outcome(ctx, job, &final_job).await
}

/// A job as `job get` and `job watch` show it in a table or text: its summary, then its
/// steps. `job` is GetJob's `job` member.
fn show_job(ctx: &Ctx, job: &Value) -> Result<(), CliError> {
    ctx.print(&json!({"jobSummary": job["summary"]}), &SUMMARY)?;
    ctx.separate(&job["steps"]);
    ctx.print(&json!({"steps": unended_without_end(&job["steps"])}), &STEPS)
}

/// The steps, those not finished without their `endTime`: the API gives every step one (the
/// model requires it), but a running step's is no end to show people.
fn unended_without_end(steps: &Value) -> Value {
    let shown = steps.as_array().into_iter().flatten().map(|step| {
        let mut step = step.clone();
        if !JobStatus::from_json(&step["status"]).is_some_and(|s| s.is_terminal()) {
            if let Some(fields) = step.as_object_mut() {
                fields.remove("endTime");
            }
        }
        step
    });
    Value::Array(shown.collect())
}

pub async fn get(ctx: &Ctx, job: &JobRef) -> Result<(), CliError> {
    let out = ctx.client().await?.call("GetJob", job.input()).await?;
    if ctx.format == crate::render::OutputFormat::Json || ctx.query.is_some() {
        return ctx.print(&out, &View::Empty);
    }
    show_job(ctx, &out["job"])
}

pub async fn list(ctx: &Ctx, app: &str, branch: &str, page: &PageOptions) -> Result<(), CliError> {
    page.check("ListJobs").map_err(CliError::usage)?;
    ctx.precheck("ListJobs", &Map::from_iter([("branchName".to_string(), json!(branch))]), &["appId"])?;
    let id = app_id(ctx, app).await?;
    let out = match list_all(ctx.client().await?, "ListJobs", json!({"appId": id, "branchName": branch}), page).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    ctx.print(&out, &JOBS)
}

pub async fn stop(ctx: &Ctx, job: &JobRef) -> Result<(), CliError> {
    let out = ctx.client().await?.call("StopJob", job.input()).await?;
    ctx.ui.status(format!("Stopping job {}", job.job_id));
    ctx.print(&out, &SUMMARY)
}

pub async fn delete(ctx: &Ctx, job: &JobRef) -> Result<(), CliError> {
    ctx.ui.confirm(&format!("delete job {} of branch {}", job.job_id, job.branch), ctx.yes)?;
    let out = ctx.client().await?.call("DeleteJob", job.input()).await?;
    ctx.ui.status(format!("Deleted job {}", job.job_id));
    ctx.print(&out, &SUMMARY)
}

pub async fn watch(ctx: &Ctx, job: &JobRef, timeout: Option<Duration>) -> Result<(), CliError> {
    finish_watch(ctx, job, timeout).await
}

/// Prints the logs of a job's steps (or one step); with `follow`, keeps printing new lines
/// until the job ends.
pub async fn logs(ctx: &Ctx, job: &JobRef, step: Option<&str>, follow: bool) -> Result<(), CliError> {
    let client = ctx.client().await?;
    let mut printed: std::collections::HashMap<String, usize> = Default::default();
    let mut interval = Duration::from_millis(250);
    loop {
        let out = client.call("GetJob", job.input()).await?;
        let steps = out["job"]["steps"].as_array().cloned().unwrap_or_default();
        // Step names are matched in any case (`--step build` is BUILD).
        let is_wanted =
            |s: &Value| step.is_none_or(|w| s["stepName"].as_str().is_some_and(|n| n.eq_ignore_ascii_case(w)));
        if let Some(wanted) = step {
            if !steps.iter().any(is_wanted) && !follow {
                let have: Vec<&str> = steps.iter().filter_map(|s| s["stepName"].as_str()).collect();
                return Err(CliError::usage(format!(
                    "job {} has no step {wanted} (steps: {})",
                    job.job_id,
                    have.join(", ")
                )));
            }
        }
        for s in steps.iter().filter(|s| is_wanted(s)) {
            let name = s["stepName"].as_str().unwrap_or("?").to_string();
            let Some(url) = s["logUrl"].as_str() else { continue };
            let text = watch::fetch_text(ctx, url).await?;
            let lines: Vec<&str> = text.lines().collect();
            let already = printed.get(&name).copied().unwrap_or(0);
            if already == 0 && !lines.is_empty() && step.is_none() {
                ctx.ui.out(&format!("=== {} ===\n", crate::render::escape_controls(&name)));
            }
            for l in lines.iter().skip(already) {
                ctx.ui.out_untrusted(&format!("{l}\n"));
            }
            printed.insert(name, lines.len().max(already));
        }
        // A status this build does not know is not terminal: --follow goes on.
        let status = JobStatus::from_json(&out["job"]["summary"]["status"]);
        if !follow {
            return Ok(());
        }
        if status.is_some_and(JobStatus::is_terminal) {
            return followed_to_the_end(job, &out["job"]);
        }
        tokio::time::sleep(interval).await;
        interval = (interval * 3 / 2).min(Duration::from_secs(3));
    }
}

/// A job `logs --follow` waited on ended: exit 3 unless it succeeded, as `job watch` does
/// (its log is on the screen already: only the step and the service's reason are added).
fn followed_to_the_end(job: &JobRef, final_job: &Value) -> Result<(), CliError> {
    match watch::failure(job, final_job) {
        Some((message, detail)) => Err(CliError::new(Exit::JobFailed, message).with_detail(detail)),
        None => Ok(()),
    }
}

pub async fn artifacts_list(ctx: &Ctx, job: &JobRef, page: &PageOptions) -> Result<(), CliError> {
    let out = list_all(ctx.client().await?, "ListArtifacts", job.input(), page).await?;
    ctx.print(&out, &ARTIFACTS)
}

/// Where downloads go, and whether a file already there may be replaced (`--force`).
#[derive(Clone, Copy)]
pub struct Destination<'a> {
    pub path: &'a Path,
    pub replace: bool,
}

/// A file already at `path` is the user's: refused (exit 2) unless `--force` replaces it.
pub fn refuse_existing(path: &Path, replace: bool) -> Result<(), CliError> {
    if replace || std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    Err(CliError::usage(format!("{} exists: nothing was downloaded", escape_controls(&path.display().to_string())))
        .hint("pass --force to replace it, or --out to write elsewhere"))
}

/// Downloads one artifact (`out` is the file) or all of a job's (`out` is a folder). Every
/// destination is checked before the first byte is written: none may exist unless `--force`.
pub async fn artifacts_download(
    ctx: &Ctx,
    job: Option<&JobRef>,
    artifact_id: Option<&str>,
    out: Destination<'_>,
) -> Result<(), CliError> {
    let wanted: Vec<(String, PathBuf)> = match (artifact_id, job) {
        // One artifact by ID: `out` is the file, checked before any request.
        (Some(id), _) => {
            refuse_existing(out.path, out.replace)?;
            vec![(id.to_string(), out.path.to_path_buf())]
        }
        (None, Some(job)) => job_artifacts(ctx, job, out.path).await?,
        (None, None) => {
            return Err(CliError::usage("name the artifact (--artifact-id) or the job (--app, --branch, JOB_ID)"))
        }
    };
    for (_, dest) in &wanted {
        refuse_existing(dest, out.replace)?;
    }
    let client = ctx.client().await?;
    for (id, dest) in &wanted {
        let url = client.call("GetArtifactUrl", json!({"artifactId": id})).await?;
        let url = url["artifactUrl"].as_str().unwrap_or_default();
        let n = download(ctx, url, Destination { path: dest, replace: out.replace }).await?;
        ctx.ui.status(format!("Downloaded {} ({n} bytes)", escape_controls(&dest.display().to_string())));
    }
    Ok(())
}

/// A job's artifacts and where each goes in `folder`: its file name (never a path that could
/// leave the folder), or, for a second artifact of the same name, `<artifactId>-<name>`.
async fn job_artifacts(ctx: &Ctx, job: &JobRef, folder: &Path) -> Result<Vec<(String, PathBuf)>, CliError> {
    let all = list_all(ctx.client().await?, "ListArtifacts", job.input(), &PageOptions::default()).await?;
    let mut taken = std::collections::HashSet::new();
    let mut wanted = Vec::new();
    for a in all["artifacts"].as_array().into_iter().flatten() {
        let id = a["artifactId"].as_str().unwrap_or_default().to_string();
        let name = a["artifactFileName"].as_str().unwrap_or_default();
        let mut file = Path::new(name).file_name().map_or_else(|| id.clone(), |f| f.to_string_lossy().into_owned());
        if !taken.insert(file.clone()) {
            file = format!("{id}-{file}");
        }
        wanted.push((id, folder.join(file)));
    }
    if wanted.is_empty() {
        return Err(CliError::failure(format!(
            "job {} has no artifacts (jobs have them once they succeed)",
            job.job_id
        )));
    }
    Ok(wanted)
}

/// Streams a presigned URL to a file; returns the bytes written. The bytes go to a temporary
/// file beside it, renamed into place once complete: a download that breaks off leaves
/// nothing, and a file there is replaced only when `replace` (else refused, even one that
/// appeared meanwhile).
pub async fn download(ctx: &Ctx, url: &str, dest: Destination<'_>) -> Result<u64, CliError> {
    use futures_util::StreamExt;
    use tokio::io::AsyncWriteExt;
    let (path, shown) = (dest.path, escape_controls(&dest.path.display().to_string()));
    let redacted = crate::api::redact::redact_presigned(url);
    let resp = ctx.client().await?.http_for(url).get(url).send().await.map_err(|e| {
        CliError::failure(format!("cannot download {redacted}: {}", crate::api::redact::http_error_text(&e)))
    })?;
    if !resp.status().is_success() {
        return Err(CliError::failure(format!("downloading {redacted} answered HTTP {}", resp.status())));
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    tokio::fs::create_dir_all(parent)
        .await
        .map_err(|e| CliError::failure(format!("cannot create {}: {e}", parent.display())))?;
    let cannot_write = |e: std::io::Error| CliError::failure(format!("cannot write {shown}: {e}"));
    let partial = tempfile::NamedTempFile::new_in(parent).map_err(cannot_write)?;
    let mut file = tokio::fs::File::from_std(partial.reopen().map_err(cannot_write)?);
    let mut stream = resp.bytes_stream();
    let mut n = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            CliError::failure(format!("download of {redacted} broke off: {}", crate::api::redact::http_error_text(&e)))
        })?;
        n += chunk.len() as u64;
        file.write_all(&chunk).await.map_err(cannot_write)?;
    }
    file.flush().await.map_err(cannot_write)?;
    drop(file);
    super::put_in_place(partial, path, dest.replace).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => refuse_existing(path, false).unwrap_err(),
        _ => cannot_write(e),
    })?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_finished_steps_show_an_end() {
        let steps = json!([
            {"stepName": "DEPLOY", "status": "SUCCEED", "endTime": 2.0},
            {"stepName": "VERIFY", "status": "RUNNING", "endTime": 3.0},
        ]);
        let shown = unended_without_end(&steps);
        assert_eq!(shown[0]["endTime"], 2.0);
        assert!(shown[1].get("endTime").is_none(), "{shown}");
        assert_eq!(shown[1]["stepName"], "VERIFY");
    }
}
