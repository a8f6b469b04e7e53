//! Jobs: StartJob, GetJob, ListJobs, StopJob, DeleteJob, and the lifecycle they share with
//! manual deployments and webhooks. A job's state is computed from its record and the clock,
//! so it advances with no background worker and survives restarts.

use super::branches::find as find_branch;
use super::{list_output, s, RequestCtx};
use crate::emulator::error::ServiceError;
use crate::emulator::presign::presign;
use crate::model::enums::{JobStatus, JobType};
use crate::timefmt::format_time;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};

pub const BUILD_STEPS: &[&str] = &["BUILD", "DEPLOY", "VERIFY"];
pub const DEPLOY_STEPS: &[&str] = &["DEPLOY", "VERIFY"];

/// A step as it stands at some moment.
pub struct StepState {
    pub name: String,
    pub start: f64,
    pub end: f64,
    pub status: JobStatus,
    pub reason: Option<String>,
}

/// A job as it stands at some moment.
pub struct Timeline {
    pub status: JobStatus,
    pub end: Option<f64>,
    pub steps: Vec<StepState>,
}

impl Timeline {
    pub fn is_terminal(&self) -> bool {
        self.status.is_terminal()
    }
}

fn f(job: &Value, key: &str) -> Option<f64> {
    job.get(key).and_then(Value::as_f64)
}

/// Where `job` stands at `now`. Steps run back to back from `startedAt`, each taking
/// `stepSeconds`, except that the first lasts until a deployment's source is fetched (while
/// `fetching`, until `fetchedAt` after; it fails when the fetch's lease runs out, see
/// [`FETCH_LEASE_SECONDS`]); a failure planned for a step ends the job when that step ends;
/// a stop takes half a step (a second at most) to go from CANCELLING to CANCELLED.
pub fn timeline(job: &Value, now: f64) -> Timeline {
    let d = f(job, "stepSeconds").unwrap_or(2.0);
    let stop = f(job, "stopAt");
    let Some(t0) = f(job, "startedAt") else {
        return match stop {
            Some(at) => Timeline { status: JobStatus::Cancelled, end: Some(at), steps: vec![] },
            None => Timeline { status: JobStatus::Pending, end: None, steps: vec![] },
        };
    };
    let names: Vec<&str> = job["steps"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let lost = fetch_lost_at(job).filter(|at| now >= *at);
    let fetched = match (job["fetching"] == true, lost) {
        (true, Some(at)) => at,
        (true, None) => f64::INFINITY,
        (false, _) => f(job, "fetchedAt").unwrap_or(t0),
    };
    let failure = match lost {
        Some(_) => (Some(names.first().copied().unwrap_or("DEPLOY")), Some(LOST_FETCH)),
        None => (job["failAt"]["step"].as_str(), job["failAt"]["reason"].as_str()),
    };
    let mut steps = Vec::new();
    let mut start = t0;
    for (i, name) in names.iter().enumerate() {
        let planned = start + d;
        let end = if i == 0 { planned.max(fetched) } else { planned };
        if now < start {
            break;
        }
        // A step whose end is not known yet shows its planned one.
        let shown = if end.is_finite() { end } else { planned.max(now) };
        let mut step =
            StepState { name: name.to_string(), start, end: shown, status: JobStatus::Running, reason: None };
        if let Some(at) = stop.filter(|at| *at < end) {
            let done = at.max(start) + (d / 2.0).min(1.0);
            let cancelled = now >= done;
            step.status = if cancelled { JobStatus::Cancelled } else { JobStatus::Running };
            step.end = if cancelled { done } else { shown };
            steps.push(step);
            return match cancelled {
                true => Timeline { status: JobStatus::Cancelled, end: Some(done), steps },
                false => Timeline { status: JobStatus::Cancelling, end: None, steps },
            };
        }
        if now < end {
            steps.push(step);
            return Timeline { status: JobStatus::Running, end: None, steps };
        }
        if failure.0 == Some(*name) {
            step.status = JobStatus::Failed;
            step.reason = failure.1.map(str::to_string);
            steps.push(step);
            return Timeline { status: JobStatus::Failed, end: Some(end), steps };
        }
        step.status = JobStatus::Succeed;
        steps.push(step);
        start = end;
    }
    if steps.len() == names.len() {
        let end = steps.last().map_or(t0, |s| s.end);
        Timeline { status: JobStatus::Succeed, end: Some(end), steps }
    } else {
        Timeline { status: JobStatus::Pending, end: None, steps }
    }
}

/// How long a fetch may go without a heartbeat (its emulator writes one every second while it
/// fetches) before its job is taken for lost: that emulator stopped, or was killed.
pub const FETCH_LEASE_SECONDS: f64 = 5.0;
pub const LOST_FETCH: &str = "The emulator stopped while it was fetching the source; start the deployment again.";

/// When a fetching job's fetch counts as lost: its last heartbeat and the lease.
pub fn fetch_lost_at(job: &Value) -> Option<f64> {
    (job["fetching"] == true).then(|| f(job, "fetchHeartbeat").unwrap_or(0.0) + FETCH_LEASE_SECONDS)
}

/// Whether a fetching job's lease has run out by `now`.
pub fn fetch_lost(job: &Value, now: f64) -> bool {
    fetch_lost_at(job).is_some_and(|at| now >= at)
}

/// The JobSummary the API returns.
pub fn summary(job: &Value, now: f64) -> Value {
    let t = timeline(job, now);
    let mut out = json!({
        "jobArn": job["jobArn"],
        "jobId": job["jobId"],
        "commitId": job["commitId"],
        "commitMessage": job["commitMessage"],
        "commitTime": job["commitTime"],
        "startTime": f(job, "startedAt").unwrap_or(f(job, "createTime").unwrap_or(now)),
        "status": t.status.as_str(),
        "jobType": job["jobType"],
    });
    if let Some(end) = t.end {
        out["endTime"] = json!(end);
    }
    for k in ["sourceUrl", "sourceUrlType"] {
        if job.get(k).is_some_and(|v| !v.is_null()) {
            out[k] = job[k].clone();
        }
    }
    out
}

/// The token in a step's log URL: which job, which step.
pub fn log_token(job_arn: &str, step: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{job_arn}\n{step}"))
}

pub fn parse_log_token(token: &str) -> Option<(String, String)> {
    let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(token).ok()?).ok()?;
    let (arn, step) = raw.split_once('\n')?;
    Some((arn.to_string(), step.to_string()))
}

fn steps_output(ctx: &RequestCtx, job: &Value) -> Vec<Value> {
    let arn = job["jobArn"].as_str().unwrap_or_default();
    timeline(job, ctx.now)
        .steps
        .iter()
        .map(|st| {
            let path = format!("/_amphost/logs/{}", log_token(arn, &st.name));
            let mut v = json!({
                "stepName": st.name,
                "startTime": st.start,
                "status": st.status.as_str(),
                "endTime": st.end,
                "logUrl": presign(ctx.base_url, ctx.secret, &path, ctx.now),
            });
            if let Some(r) = &st.reason {
                v["statusReason"] = json!(r);
            }
            v
        })
        .collect()
}

/// The log of one step, as far as it has got at `now`.
pub fn log_text(job: &Value, step: &str, now: f64) -> Option<String> {
    let t = timeline(job, now);
    let st = t.steps.iter().find(|s| s.name == step)?;
    let at = |offset: f64| format_time(st.start + offset);
    // A deployment from a URL that has no content (yet, or ever: its fetch failed, was lost
    // or stopped) logs the fetch and no more; while it waits, its step has no end either.
    let from_url = job.get("sourceUrl").is_some_and(|u| !u.is_null());
    let without_content = step == "DEPLOY" && from_url && job["content"].is_null();
    let fetching = without_content && st.status == JobStatus::Running;
    let d = if fetching { 0.0 } else { st.end - st.start };
    let mut lines =
        vec![(0.0, format!("[INFO]: Starting step {step} of job {}", job["jobId"].as_str().unwrap_or("?")))];
    let detail: &[&str] = match step {
        "BUILD" => {
            &["# Cloning repository", "# Running build commands", "$ npm ci", "$ npm run build", "# Build complete"]
        }
        "DEPLOY" if without_content => &["# Fetching the source"],
        "DEPLOY" if from_url => &[
            "# Fetching the source",
            "# Checking the artifacts",
            "# Uploading the artifacts to the hosting service",
            "# Invalidating the cache",
        ],
        "DEPLOY" => &[
            "# Checking the artifacts",
            "# Uploading the artifacts to the hosting service",
            "# Invalidating the cache",
        ],
        _ => &["# Verifying the deployment", "# Checking that the site answers"],
    };
    for (i, l) in detail.iter().enumerate() {
        lines.push((d * (i + 1) as f64 / (detail.len() + 2) as f64, format!("[INFO]: {l}")));
    }
    let finished_at = st.end - st.start;
    match st.status {
        JobStatus::Succeed => lines.push((finished_at, format!("[INFO]: Step {step} succeeded"))),
        JobStatus::Failed => {
            lines.push((finished_at, format!("[ERROR]: {}", st.reason.as_deref().unwrap_or("Step failed"))))
        }
        JobStatus::Cancelled => lines.push((finished_at, format!("[WARNING]: Step {step} was cancelled"))),
        _ => {}
    }
    let elapsed = now - st.start;
    Some(
        lines
            .into_iter()
            .filter(|(offset, _)| *offset <= elapsed)
            .map(|(offset, l)| format!("{} {l}\n", at(offset)))
            .collect(),
    )
}

pub fn job_arn(branch_arn: &str, job_id: &str) -> String {
    format!("{branch_arn}/jobs/{job_id}")
}

/// Everything a new job record starts from.
pub struct NewJob<'a> {
    pub job_type: JobType,
    pub steps: &'a [&'a str],
    pub started: bool,
    pub commit_id: Option<&'a str>,
    pub commit_message: Option<&'a str>,
    pub commit_time: Option<f64>,
    pub extra: Value,
}

/// Creates a job on a branch: the next job ID, the branch's job counters, a planned failure
/// if one was injected.
pub fn create(ctx: &RequestCtx, app_id: &str, branch: &str, new: NewJob) -> Result<Value, ServiceError> {
    let (branch_arn, mut branch_doc) = find_branch(ctx, app_id, branch)?;
    check_branch_free(ctx, &branch_arn)?;
    let job_id = ctx.tx.next_counter(&format!("jobs:{branch_arn}"))?.to_string();
    let arn = job_arn(&branch_arn, &job_id);
    let mut job = json!({
        "jobArn": arn,
        "jobId": job_id,
        "jobType": new.job_type.as_str(),
        "appId": app_id,
        "branchName": branch,
        "commitId": new.commit_id.unwrap_or(if new.job_type == JobType::Manual { "MANUAL" } else { "HEAD" }),
        "commitMessage": new.commit_message.unwrap_or(if new.job_type == JobType::Manual { "Manual deployment" } else { "" }),
        "commitTime": new.commit_time.unwrap_or(ctx.now),
        "createTime": ctx.now,
        "steps": new.steps,
        "stepSeconds": ctx.config.job_step_duration.as_secs_f64(),
    });
    if new.started {
        job["startedAt"] = json!(ctx.now);
    }
    if let Some(fail) = ctx.faults.take_job_failure() {
        job["failAt"] = json!({"step": fail.step, "reason": fail.reason});
    }
    if let (Value::Object(j), Value::Object(extra)) = (&mut job, new.extra) {
        j.extend(extra);
    }
    ctx.tx.insert("job", &branch_arn, &arn, &job)?;
    if new.steps.contains(&"BUILD") {
        super::artifacts::record_build(ctx, &job)?;
    }
    let total = branch_doc["totalNumberOfJobs"].as_str().and_then(|n| n.parse::<u64>().ok()).unwrap_or(0) + 1;
    branch_doc["totalNumberOfJobs"] = json!(total.to_string());
    branch_doc["activeJobId"] = json!(job_id);
    ctx.tx.update(&branch_arn, &branch_doc)?;
    Ok(job)
}

/// Amplify runs one job at a time on a branch: a new one is refused while the last is
/// PENDING (a deployment not started yet) or RUNNING. This runs in the write transaction that
/// inserts the job, which holds the database lock, so two requests at once cannot both pass.
fn check_branch_free(ctx: &RequestCtx, branch_arn: &str) -> Result<(), ServiceError> {
    let Some(last) = ctx.tx.list_desc("job", branch_arn, 0, 1)?.into_iter().next() else { return Ok(()) };
    if matches!(timeline(&last.doc, ctx.now).status, JobStatus::Pending | JobStatus::Running) {
        let id = last.doc["jobId"].as_str().unwrap_or("?");
        return Err(ServiceError::bad_request(format!("The last job {id} was not finished.")));
    }
    Ok(())
}

/// The stored job, or NotFoundException.
pub fn find(ctx: &RequestCtx, input: &Value) -> Result<(String, Value), ServiceError> {
    let (branch_arn, _) = find_branch(ctx, s(input, "appId"), s(input, "branchName"))?;
    let job_id = s(input, "jobId");
    let arn = job_arn(&branch_arn, job_id);
    match ctx.tx.get(&arn)? {
        Some(doc) => Ok((arn, doc)),
        None => Err(ServiceError::not_found(format!("Job {job_id} not found for branch {}.", s(input, "branchName")))),
    }
}

pub fn start(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    // The input was validated against the model, so an unknown job type does not get here.
    let raw_type = s(input, "jobType");
    let job_type = JobType::parse_lossy(raw_type)
        .ok_or_else(|| ServiceError::bad_request(format!("{raw_type:?} is not a job type.")))?;
    let steps = if job_type == JobType::Retry {
        let previous_id = input
            .get("jobId")
            .and_then(Value::as_str)
            .ok_or_else(|| ServiceError::bad_request("A RETRY job needs the jobId of the job to retry."))?;
        let (_, previous) = find(ctx, input)?;
        let t = timeline(&previous, ctx.now);
        if !matches!(t.status, JobStatus::Failed | JobStatus::Cancelled) {
            return Err(ServiceError::bad_request(format!(
                "Job {previous_id} is {}; only FAILED or CANCELLED jobs can be retried.",
                t.status
            )));
        }
        BUILD_STEPS
    } else {
        BUILD_STEPS
    };
    let commit_time = input.get("commitTime").and_then(Value::as_f64);
    let reason = input.get("jobReason").cloned().unwrap_or(Value::Null);
    let job = create(
        ctx,
        s(input, "appId"),
        s(input, "branchName"),
        NewJob {
            job_type,
            steps,
            started: true,
            commit_id: input.get("commitId").and_then(Value::as_str),
            commit_message: input.get("commitMessage").and_then(Value::as_str),
            commit_time,
            extra: json!({ "jobReason": reason }),
        },
    )?;
    Ok(json!({ "jobSummary": summary(&job, ctx.now) }))
}

pub fn get(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (_, job) = find(ctx, input)?;
    Ok(json!({ "job": { "summary": summary(&job, ctx.now), "steps": steps_output(ctx, &job) } }))
}

/// Newest first, as the service lists them.
pub fn list(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (branch_arn, _) = find_branch(ctx, s(input, "appId"), s(input, "branchName"))?;
    let (rows, next) = ctx.page_desc("job", &branch_arn, input)?;
    let items = rows.iter().map(|r| summary(&r.doc, ctx.now)).collect();
    Ok(list_output("jobSummaries", items, next))
}

pub fn stop(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, mut job) = find(ctx, input)?;
    let t = timeline(&job, ctx.now);
    if t.is_terminal() || t.status == JobStatus::Cancelling {
        return Err(ServiceError::bad_request(format!("Job {} is already {}.", s(input, "jobId"), t.status)));
    }
    job["stopAt"] = json!(ctx.now);
    // A stopped deployment takes no more uploads.
    super::uploads::seal_uploads(ctx, &job)?;
    ctx.tx.update(&arn, &job)?;
    Ok(json!({ "jobSummary": summary(&job, ctx.now) }))
}

pub fn delete(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, job) = find(ctx, input)?;
    let t = timeline(&job, ctx.now);
    if !t.is_terminal() {
        return Err(ServiceError::bad_request(format!(
            "Job {} is {}; stop it before deleting it.",
            s(input, "jobId"),
            t.status
        )));
    }
    let out = summary(&job, ctx.now);
    ctx.tx.delete_tree(&arn)?;
    Ok(json!({ "jobSummary": out }))
}

/// ListArtifacts: a job's artifacts, listed once the job has succeeded (the artifacts module
/// stores them; whether there are any yet is the job's lifecycle, known here).
pub fn list_artifacts(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (job_arn, job) = find(ctx, input)?;
    if timeline(&job, ctx.now).status != JobStatus::Succeed {
        return Ok(list_output("artifacts", vec![], None));
    }
    super::artifacts::page(ctx, &job_arn, input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(extra: Value) -> Value {
        let mut j =
            json!({"jobId": "1", "steps": ["BUILD", "DEPLOY", "VERIFY"], "stepSeconds": 10.0, "startedAt": 100.0});
        if let (Value::Object(a), Value::Object(b)) = (&mut j, extra) {
            a.extend(b);
        }
        j
    }

    #[test]
    fn a_job_runs_its_steps_then_succeeds() {
        let j = job(json!({}));
        assert_eq!(timeline(&j, 99.0).status, JobStatus::Pending);
        let t = timeline(&j, 115.0);
        assert_eq!((t.status, t.steps.len(), t.steps[1].status), (JobStatus::Running, 2, JobStatus::Running));
        let t = timeline(&j, 130.0);
        assert_eq!((t.status, t.end), (JobStatus::Succeed, Some(130.0)));
        assert!(t.steps.iter().all(|s| s.status == JobStatus::Succeed));
    }

    #[test]
    fn a_planned_failure_ends_the_job_at_that_step() {
        let j = job(json!({"failAt": {"step": "DEPLOY", "reason": "bad zip"}}));
        let t = timeline(&j, 125.0);
        assert_eq!((t.status, t.steps.len()), (JobStatus::Failed, 2));
        assert_eq!(t.steps[1].reason.as_deref(), Some("bad zip"));
    }

    #[test]
    fn a_stop_goes_through_cancelling_to_cancelled() {
        let j = job(json!({"stopAt": 112.0}));
        assert_eq!(timeline(&j, 112.5).status, JobStatus::Cancelling);
        let t = timeline(&j, 118.0);
        assert_eq!((t.status, t.end, t.steps[1].status), (JobStatus::Cancelled, Some(113.0), JobStatus::Cancelled));
        let pending = json!({"jobId": "2", "steps": ["DEPLOY"], "stopAt": 50.0});
        assert_eq!(timeline(&pending, 60.0).status, JobStatus::Cancelled);
    }

    #[test]
    fn logs_grow_with_the_step() {
        let j = job(json!({"failAt": {"step": "BUILD", "reason": "npm ERR! missing script"}}));
        let early = log_text(&j, "BUILD", 101.0).unwrap();
        let done = log_text(&j, "BUILD", 200.0).unwrap();
        assert!(early.len() < done.len());
        assert!(done.contains("[ERROR]: npm ERR! missing script"));
        assert!(log_text(&j, "DEPLOY", 200.0).is_none());
    }
}
