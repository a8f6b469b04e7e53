//! Waiting on a job: GetJob polled with backoff until a terminal status, live progress, the
//! failing step's log tail, and exits for failure (3), timeout (5) and Ctrl-C (130).
//! `job watch`, `job start --wait` and `deploy` share it.

use super::interrupt::{self, interruptible};
use super::Ctx;
use crate::api::redact::http_error_text;
use crate::exit::{CliError, Exit};
use crate::render::progress::JobProgress;
use crate::text::shell_quote;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct JobRef {
    pub app_id: String,
    pub branch: String,
    pub job_id: String,
}

impl JobRef {
    pub fn input(&self) -> Value {
        json!({"appId": self.app_id, "branchName": self.branch, "jobId": self.job_id})
    }

    /// The command that resumes watching this job.
    pub fn resume_command(&self) -> String {
        self.command("watch")
    }

    /// The command that stops the job.
    pub fn stop_command(&self) -> String {
        self.command("stop")
    }

    fn command(&self, verb: &str) -> String {
        format!("amphost job {verb} --app {} --branch {} {}", self.app_id, shell_quote(&self.branch), self.job_id)
    }
}

/// What to do when the user presses Ctrl-C while waiting.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnInterrupt {
    /// Stop waiting; the job keeps running.
    Detach,
    /// Stop the job (StopJob), then exit.
    CancelJob,
    /// The job was asked to stop (`--cancel-pending`) and the command waits for it to end
    /// before starting anything: stop waiting, nothing new is started.
    AwaitStop,
}

/// How a wait ended, short of an error: the job ended, or the time ran out.
pub enum Waited {
    /// GetJob's `job`, in a terminal status.
    Ended(Value),
    /// The wait ended before the job did: the time ran out (exit 5), a signal came (130) or
    /// the job could not be read (1). The job as last seen (None if it never was; a job being
    /// cancelled shows CANCELLING), and the error to end the command with once the result is
    /// reported.
    Unfinished { last: Option<Value>, error: CliError },
}

/// Polls until the job ends; returns GetJob's `job`. Errors: timeout (5), interrupt (130).
pub async fn wait(
    ctx: &Ctx,
    job: &JobRef,
    timeout: Option<Duration>,
    on_interrupt: OnInterrupt,
) -> Result<Value, CliError> {
    match wait_to_report(ctx, job, timeout, on_interrupt).await {
        Waited::Ended(job) => Ok(job),
        Waited::Unfinished { error, .. } => Err(error),
    }
}

/// [`wait`], with the job as last seen however the wait ends (for a result that is printed
/// whatever happens, as `deploy -o json`'s and `job watch -o json`'s).
pub async fn wait_to_report(ctx: &Ctx, job: &JobRef, timeout: Option<Duration>, on_interrupt: OnInterrupt) -> Waited {
    let seen = RefCell::new(None);
    match interruptible(poll(ctx, job, timeout, &seen), interrupted(ctx, job, on_interrupt, &seen)).await {
        Ok(waited) => waited,
        Err(error) => Waited::Unfinished { last: seen.into_inner(), error },
    }
}

async fn interrupted(ctx: &Ctx, job: &JobRef, on_interrupt: OnInterrupt, seen: &RefCell<Option<Value>>) -> CliError {
    match on_interrupt {
        OnInterrupt::Detach => {
            CliError::new(Exit::Interrupted, format!("stopped watching job {}; it keeps running", job.job_id))
                .hint(format!("resume with `{}`", job.resume_command()))
        }
        OnInterrupt::AwaitStop => CliError::new(
            Exit::Interrupted,
            format!(
                "interrupted while job {} was being stopped (--cancel-pending); nothing new was started",
                job.job_id
            ),
        )
        .hint(format!("see it end with `{}`", job.resume_command())),
        OnInterrupt::CancelJob => cancel(ctx, job, seen).await,
    }
}

/// Stops the job (`--cancel-on-interrupt`), noting in `seen` where it then stands.
async fn cancel(ctx: &Ctx, job: &JobRef, seen: &RefCell<Option<Value>>) -> CliError {
    interrupt::if_forced(format!("job {} may keep running; `{}` stops it", job.job_id, job.stop_command()));
    let stopped = match ctx.client().await {
        Ok(client) => client.call("StopJob", job.input()).await.map_err(CliError::from),
        Err(e) => Err(e),
    };
    let refused = match stopped {
        Ok(out) => {
            seen.borrow_mut().get_or_insert_with(|| json!({}))["summary"] = out["jobSummary"].clone();
            return CliError::new(Exit::Interrupted, format!("interrupted: job {} is being cancelled", job.job_id));
        }
        Err(e) => e,
    };
    // StopJob refuses a job that has ended: say how it ended rather than that it runs on.
    if let Some(ended) = ended(ctx, job).await {
        let status = ended["summary"]["status"].as_str().unwrap_or_default().to_string();
        seen.replace(Some(ended));
        return CliError::new(
            Exit::Interrupted,
            format!("interrupted, but job {} had already ended: {status}", job.job_id),
        );
    }
    CliError::new(
        Exit::Interrupted,
        format!("interrupted, but job {} could not be stopped ({}); it keeps running", job.job_id, refused.message),
    )
    .hint(format!("stop it with `{}`", job.stop_command()))
}

/// GetJob's `job` when it has ended, or None while it runs or when it cannot be read.
async fn ended(ctx: &Ctx, job: &JobRef) -> Option<Value> {
    use crate::model::enums::JobStatus;
    let out = ctx.client().await.ok()?.call("GetJob", job.input()).await.ok()?;
    JobStatus::from_json(&out["job"]["summary"]["status"]).filter(|s| s.is_terminal())?;
    Some(out["job"].clone())
}

/// A request that starts a job (StartDeployment, StartJob), run to its end even if a signal
/// comes: a job started is then followed, and the signal passed on to the wait, which says
/// the job keeps running (or stops it, with `--cancel-on-interrupt`).
pub(crate) async fn start_shielded(
    client: &crate::api::Client,
    app_id: &str,
    branch: &str,
    operation: &str,
    input: Value,
) -> Result<Value, crate::api::ApiError> {
    let left = format!(
        "a job being started may run; `amphost job list --app {app_id} --branch {}` shows it",
        crate::text::shell_quote(branch)
    );
    let (started, caught) = interrupt::shielded(client.call(operation, input), &left).await;
    if let Some(caught) = caught {
        if started.is_ok() {
            caught.pass_on();
        }
    }
    started
}

/// How long a wait rides out a service it cannot reach or that keeps failing (throttling,
/// 5xx, dropped connections), polling with backoff, before it gives up (`--timeout` ends it
/// sooner). The job itself is not affected: it keeps running on the service.
pub const UNREACHABLE_BUDGET: Duration = Duration::from_secs(300);

async fn poll(
    ctx: &Ctx,
    job: &JobRef,
    timeout: Option<Duration>,
    seen: &RefCell<Option<Value>>,
) -> Result<Waited, CliError> {
    use crate::model::enums::JobStatus;
    let started = Instant::now();
    let mut progress = JobProgress::new(&ctx.ui, format!("job {}", job.job_id));
    let mut interval = Duration::from_millis(250);
    let mut last_seen = String::new();
    loop {
        let budget =
            timeout.map_or(UNREACHABLE_BUDGET, |t| t.saturating_sub(started.elapsed()).min(UNREACHABLE_BUDGET));
        let current = match get_job(ctx, job, budget).await {
            Ok(current) => current,
            Err(e) => {
                progress.finish();
                return Err(e);
            }
        };
        progress.update(&current);
        seen.replace(Some(current.clone()));
        let status = current["summary"]["status"].as_str().unwrap_or_default().to_string();
        // A status this build does not know is not terminal: the wait goes on (to --timeout).
        if JobStatus::parse_lossy(&status).is_some_and(JobStatus::is_terminal) {
            progress.finish();
            return Ok(Waited::Ended(current));
        }
        if let Some(limit) = timeout {
            if started.elapsed() >= limit {
                progress.finish();
                let error = CliError::new(
                    Exit::Timeout,
                    format!(
                        "gave up waiting after {}: job {} is still {status}",
                        humantime::format_duration(limit),
                        job.job_id
                    ),
                )
                .hint(format!("keep watching with `{}`", job.resume_command()));
                return Ok(Waited::Unfinished { last: Some(current), error });
            }
        }
        // Quick polls while things move, slower ones (up to 5 s) while they do not.
        let fingerprint = current["steps"].to_string() + &status;
        interval = if fingerprint != last_seen {
            Duration::from_millis(250)
        } else {
            (interval * 3 / 2).min(Duration::from_secs(5))
        };
        last_seen = fingerprint;
        let sleep = match timeout {
            Some(limit) => interval.min(limit.saturating_sub(started.elapsed())),
            None => interval,
        };
        tokio::time::sleep(sleep).await;
    }
}

/// GetJob's `job`, riding out transient failures (each call already retries a few times) for
/// up to `budget` with backoff. When it gives up, the error says that the job keeps running
/// and how to resume watching it.
async fn get_job(ctx: &Ctx, job: &JobRef, budget: Duration) -> Result<Value, CliError> {
    let what = Watched {
        name: format!("job {}", job.job_id),
        left: "the job keeps running on the service",
        resume: job.resume_command(),
    };
    let out = ride_out(ctx, &what, budget, "GetJob", job.input()).await?;
    Ok(out["job"].clone())
}

/// What a wait is on, for its messages when the service cannot be reached.
pub struct Watched {
    /// `job 3`, `example.com`.
    pub name: String,
    /// What goes on without us (`the job keeps running on the service`).
    pub left: &'static str,
    /// The command that resumes the wait.
    pub resume: String,
}

/// One call of a wait's poll, riding out transient failures (each call already retries a few
/// times) for up to `budget` with backoff. When it gives up, the error says what goes on
/// without us and how to resume; a failure that is not transient is reported at once.
pub async fn ride_out(
    ctx: &Ctx,
    what: &Watched,
    budget: Duration,
    operation: &str,
    input: Value,
) -> Result<Value, CliError> {
    let client = ctx.client().await?;
    let since = Instant::now();
    let mut failures = 0;
    loop {
        let e = match client.call(operation, input.clone()).await {
            Ok(out) => return Ok(out),
            Err(e) => e,
        };
        failures += 1;
        let delay = crate::api::client::backoff(client.settings().retry_base, failures)
            .clamp(Duration::from_millis(100), Duration::from_secs(5));
        // Not transient (a job or domain that is not there, access denied): watching again
        // would meet the same answer, so the error keeps its own hint.
        if !e.is_retryable() {
            return Err(CliError::from(e));
        }
        let hint = format!("resume watching with `{}`", what.resume);
        if since.elapsed() + delay > budget {
            let waited = humantime::format_duration(Duration::from_secs(since.elapsed().as_secs()));
            let cause = CliError::from(e);
            let message = format!(
                "lost track of {} after {failures} failed checks over {waited}: {}\n{}",
                what.name, cause.message, what.left
            );
            return Err(CliError::new(cause.exit, message).hint(hint));
        }
        if failures == 1 {
            let cause = CliError::from(e).message;
            ctx.ui.warn(format!("cannot check on {} ({cause}); still trying", what.name));
        }
        tokio::time::sleep(delay).await;
    }
}

/// The last `lines` lines of a step's log.
pub async fn log_tail(ctx: &Ctx, step: &Value, lines: usize) -> Option<String> {
    let url = step["logUrl"].as_str()?;
    let text = fetch_text(ctx, url).await.ok()?;
    let all: Vec<&str> = text.lines().collect();
    Some(all[all.len().saturating_sub(lines)..].join("\n"))
}

/// Downloads a presigned URL's text (a step log).
pub async fn fetch_text(ctx: &Ctx, url: &str) -> Result<String, CliError> {
    let client = ctx.client().await?;
    let redacted = crate::api::redact::redact_presigned(url);
    let resp = client
        .http_for(url)
        .get(url)
        .send()
        .await
        .map_err(|e| CliError::failure(format!("cannot fetch {redacted}: {}", http_error_text(&e))))?;
    if !resp.status().is_success() {
        return Err(CliError::failure(format!("fetching {redacted} answered HTTP {}", resp.status())));
    }
    resp.text().await.map_err(|e| CliError::failure(format!("cannot read {redacted}: {}", http_error_text(&e))))
}

/// For a job that did not succeed (by its status): `job 4 FAILED at step BUILD`, and the
/// service's reason as the detail (quoted as it is). None for one that succeeded.
pub fn failure(job: &JobRef, final_job: &Value) -> Option<(String, String)> {
    use crate::model::enums::JobStatus;
    let status = final_job["summary"]["status"].as_str().unwrap_or_default();
    if JobStatus::parse_lossy(status) == Some(JobStatus::Succeed) {
        return None;
    }
    let mut message = format!("job {} {status}", job.job_id);
    let mut detail = String::new();
    if let Some(step) = failing_step(final_job) {
        message.push_str(&format!(" at step {}", step["stepName"].as_str().unwrap_or("?")));
        if let Some(reason) = step["statusReason"].as_str() {
            detail.push_str(&format!(": {reason}"));
        }
    }
    Some((message, detail))
}

/// The step a job that did not succeed ended at: the first FAILED or CANCELLED one, else the
/// last. None for a job that succeeded, or has no steps.
pub fn failing_step(final_job: &Value) -> Option<&Value> {
    use crate::model::enums::JobStatus;
    if JobStatus::from_json(&final_job["summary"]["status"]) == Some(JobStatus::Succeed) {
        return None;
    }
    let steps = final_job["steps"].as_array()?;
    steps
        .iter()
        .find(|s| matches!(JobStatus::from_json(&s["status"]), Some(JobStatus::Failed | JobStatus::Cancelled)))
        .or(steps.last())
}

/// Exit 3 for a job that ended FAILED or CANCELLED, naming the step, its reason and its log.
pub async fn outcome(ctx: &Ctx, job: &JobRef, final_job: &Value) -> Result<(), CliError> {
    let Some((message, mut detail)) = failure(job, final_job) else { return Ok(()) };
    if let Some(step) = failing_step(final_job) {
        if let Some(tail) = log_tail(ctx, step, 20).await.filter(|t| !t.is_empty()) {
            let name = step["stepName"].as_str().unwrap_or("step");
            detail.push_str(&format!("\n--- last lines of the {name} log ---\n{tail}"));
        }
    }
    Err(CliError::new(Exit::JobFailed, message).with_detail(detail).hint(format!(
        "full logs: `amphost job logs --app {} --branch {} {}`",
        job.app_id,
        shell_quote(&job.branch),
        job.job_id
    )))
}
