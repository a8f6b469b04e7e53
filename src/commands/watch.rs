//! Waiting on a job: GetJob polled with backoff until a terminal status, live progress, the
//! failing step's log tail, and exits for failure (3), timeout (5) and Ctrl-C (130).
//! `job watch`, `job start --wait` and `deploy` share it.

use super::Ctx;
use crate::exit::{CliError, Exit};
use crate::render::progress::JobProgress;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Set while a command handles Ctrl-C itself (to say what it leaves behind); the top level
/// then leaves the signal to it.
pub static INTERRUPTS_HANDLED: AtomicBool = AtomicBool::new(false);

pub const TERMINAL: &[&str] = &["SUCCEED", "FAILED", "CANCELLED"];

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
    pub fn resume_command(&self, ctx: &Ctx) -> String {
        let local = if ctx.is_local() { " --local" } else { "" };
        format!("amphost{local} job watch --app {} --branch {} {}", self.app_id, shell_quote(&self.branch), self.job_id)
    }
}

pub fn shell_quote(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:@".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// What to do when the user presses Ctrl-C while waiting.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnInterrupt {
    /// Stop waiting; the job keeps running.
    Detach,
    /// Stop the job (StopJob), then exit.
    CancelJob,
}

/// Polls until the job ends; returns GetJob's `job`. Errors: timeout (5), interrupt (130).
pub async fn wait(
    ctx: &Ctx,
    job: &JobRef,
    timeout: Option<Duration>,
    on_interrupt: OnInterrupt,
) -> Result<Value, CliError> {
    interruptible(poll(ctx, job, timeout), interrupted(ctx, job, on_interrupt)).await
}

/// Runs `work`, handling Ctrl-C itself: on Ctrl-C, `on_interrupt` runs instead (to say or
/// undo what is left behind) and its error is returned. Until both are done, the top level
/// leaves Ctrl-C to this. Anything `work` must clean up on failure belongs inside it.
pub async fn interruptible<T>(
    work: impl std::future::Future<Output = Result<T, CliError>>,
    on_interrupt: impl std::future::Future<Output = CliError>,
) -> Result<T, CliError> {
    INTERRUPTS_HANDLED.store(true, Ordering::SeqCst);
    let result = tokio::select! {
        r = work => r,
        _ = tokio::signal::ctrl_c() => Err(on_interrupt.await),
    };
    INTERRUPTS_HANDLED.store(false, Ordering::SeqCst);
    result
}

async fn interrupted(ctx: &Ctx, job: &JobRef, on_interrupt: OnInterrupt) -> CliError {
    match on_interrupt {
        OnInterrupt::Detach => {
            CliError::new(Exit::Interrupted, format!("stopped watching job {}; it keeps running", job.job_id))
                .hint(format!("resume with `{}`", job.resume_command(ctx)))
        }
        OnInterrupt::CancelJob => {
            let stopped = match ctx.client().await {
                Ok(client) => client.call("StopJob", job.input()).await.map(|_| ()).map_err(CliError::from),
                Err(e) => Err(e),
            };
            match stopped {
                Ok(()) => {
                    CliError::new(Exit::Interrupted, format!("interrupted: job {} is being cancelled", job.job_id))
                }
                Err(e) => CliError::new(
                    Exit::Interrupted,
                    format!(
                        "interrupted, but job {} could not be stopped ({}); it keeps running",
                        job.job_id, e.message
                    ),
                )
                .hint(format!(
                    "stop it with `amphost job stop --app {} --branch {} {}`",
                    job.app_id,
                    shell_quote(&job.branch),
                    job.job_id
                )),
            }
        }
    }
}

async fn poll(ctx: &Ctx, job: &JobRef, timeout: Option<Duration>) -> Result<Value, CliError> {
    let client = ctx.client().await?;
    let started = Instant::now();
    let mut progress = JobProgress::new(&ctx.ui, format!("job {}", job.job_id));
    let mut interval = Duration::from_millis(250);
    let mut last_seen = String::new();
    loop {
        let out = client.call("GetJob", job.input()).await?;
        let current = out["job"].clone();
        progress.update(&current);
        let status = current["summary"]["status"].as_str().unwrap_or_default().to_string();
        if TERMINAL.contains(&status.as_str()) {
            progress.finish();
            return Ok(current);
        }
        if let Some(limit) = timeout {
            if started.elapsed() >= limit {
                progress.finish();
                return Err(CliError::new(
                    Exit::Timeout,
                    format!(
                        "gave up waiting after {}: job {} is still {status}",
                        humantime::format_duration(limit),
                        job.job_id
                    ),
                )
                .hint(format!("keep watching with `{}`", job.resume_command(ctx))));
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
    let resp =
        client.http().get(url).send().await.map_err(|e| CliError::failure(format!("cannot fetch {redacted}: {e}")))?;
    if !resp.status().is_success() {
        return Err(CliError::failure(format!("fetching {redacted} answered HTTP {}", resp.status())));
    }
    resp.text().await.map_err(|e| CliError::failure(format!("cannot read {redacted}: {e}")))
}

/// Exit 3 for a job that ended FAILED or CANCELLED, naming the step, its reason and its log.
pub async fn outcome(ctx: &Ctx, job: &JobRef, final_job: &Value) -> Result<(), CliError> {
    let status = final_job["summary"]["status"].as_str().unwrap_or_default();
    if status == "SUCCEED" {
        return Ok(());
    }
    let steps = final_job["steps"].as_array().cloned().unwrap_or_default();
    let failing = steps.iter().find(|s| matches!(s["status"].as_str(), Some("FAILED" | "CANCELLED"))).or(steps.last());
    let mut message = format!("job {} {status}", job.job_id);
    if let Some(step) = failing {
        message.push_str(&format!(" at step {}", step["stepName"].as_str().unwrap_or("?")));
        if let Some(reason) = step["statusReason"].as_str() {
            message.push_str(&format!(": {reason}"));
        }
        if let Some(tail) = log_tail(ctx, step, 20).await.filter(|t| !t.is_empty()) {
            message.push_str(&format!(
                "\n--- last lines of the {} log ---\n{tail}",
                step["stepName"].as_str().unwrap_or("step")
            ));
        }
    }
    Err(CliError::new(Exit::JobFailed, message).hint(format!(
        "full logs: `amphost job logs --app {} --branch {} {}`",
        job.app_id,
        shell_quote(&job.branch),
        job.job_id
    )))
}
