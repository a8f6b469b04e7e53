//! StartDeployment from a `sourceUrl` (http(s):// or s3://): the job is made at once, RUNNING
//! at DEPLOY and marked `fetching`, and the source is fetched in the background, as the
//! service does, so the request answers at once however large the site. When the fetch ends
//! the job gets its content (checked like an upload) or fails at DEPLOY with the reason; its
//! DEPLOY step lasts until then (see `jobs::timeline`). While it fetches, the emulator
//! writes a heartbeat into the job every second; a job whose heartbeat stops (its emulator
//! stopped or was killed) fails at DEPLOY, with the reason, once the lease runs out. A lease
//! rather than a sweep at start: another emulator, or a `--local` command, may open the same
//! data while this one fetches.

use super::blobs;
use super::ops::{self, Fetched};
use super::{s3_sources, Shared};
use crate::emulator::error::ServiceError;
use serde_json::Value;
use std::sync::Arc;

/// The source a StartDeployment asked for.
pub struct Source {
    url: String,
    kind: String,
}

impl Source {
    /// The source to fetch when `operation` is a StartDeployment from a URL.
    pub fn of(operation: &str, input: &Value) -> Option<Source> {
        // With a jobId, the deployment is CreateDeployment's upload: a sourceUrl beside it
        // is not read (`deployments::start` takes the jobId first).
        if operation != "StartDeployment" || input.get("jobId").is_some_and(|j| !j.is_null()) {
            return None;
        }
        let url = input.get("sourceUrl").and_then(Value::as_str)?;
        let kind = input.get("sourceUrlType").and_then(Value::as_str).unwrap_or("ZIP");
        Some(Source { url: url.to_string(), kind: kind.to_string() })
    }
}

/// Fetches the source of the job StartDeployment just made (named in its `output`), with a
/// heartbeat every second until it is in, then records it in the job.
pub fn spawn(shared: &Arc<Shared>, base_url: &str, source: Source, output: &Value) {
    let Some(arn) = output["jobSummary"]["jobArn"].as_str().map(str::to_string) else { return };
    let (shared, base_url) = (Arc::clone(shared), base_url.to_string());
    tokio::spawn(async move {
        let fetched = {
            let fetching = fetch_and_check(&shared, &source);
            tokio::pin!(fetching);
            let mut beat = tokio::time::interval(HEARTBEAT);
            loop {
                tokio::select! {
                    fetched = &mut fetching => break fetched,
                    _ = beat.tick() => {
                        let arn = arn.clone();
                        record(&shared, &base_url, move |ctx| ops::deployments_heartbeat(ctx, &arn)).await;
                    }
                }
            }
        };
        record(&shared, &base_url, move |ctx| ops::deployments_fetched(ctx, &arn, fetched)).await;
    });
}

/// How often a fetch under way says so (the lease is `jobs::FETCH_LEASE_SECONDS`).
const HEARTBEAT: std::time::Duration = std::time::Duration::from_secs(1);

/// Runs `f` in a write transaction on a blocking thread; a failure is logged.
async fn record(
    shared: &Arc<Shared>,
    base_url: &str,
    f: impl FnOnce(&ops::RequestCtx) -> Result<(), ServiceError> + Send + 'static,
) {
    let (done, base_url) = (Arc::clone(shared), base_url.to_string());
    let recorded = tokio::task::spawn_blocking(move || {
        let env = ops::Env {
            store: &done.store,
            config: &done.config,
            faults: &done.faults,
            region: &done.config.default_region,
            base_url: &base_url,
        };
        ops::with_ctx(&env, true, f)
    })
    .await;
    if let (Some(log), Ok(Err(e))) = (&shared.config.log, recorded) {
        log(format!("could not record a deployment's fetch: {}", e.message));
    }
}

/// The source fetched and checked like an upload (outside any transaction, under the
/// heartbeat: expanding a large archive takes a while): the job's content, or why not.
async fn fetch_and_check(shared: &Arc<Shared>, source: &Source) -> Result<Value, String> {
    let fetched = fetch(shared, source).await?;
    let (blob_dir, limit) = (shared.store.blob_dir(), shared.config.max_expanded_bytes);
    tokio::task::spawn_blocking(move || ops::deployments_content_of(fetched, &blob_dir, limit))
        .await
        .map_err(|e| format!("The source could not be checked: {e}"))?
}

async fn fetch(shared: &Arc<Shared>, source: &Source) -> Result<Fetched, String> {
    let url = source.url.as_str();
    if url.starts_with("s3://") {
        s3_sources::fetch(shared, url, &source.kind).await
    } else if url.starts_with("http://") || url.starts_with("https://") {
        fetch_archive(shared, url).await.map(Fetched::Archive)
    } else {
        Err(format!("The source {url} cannot be read: only http(s):// and s3:// URLs are."))
    }
}

/// Downloads a deployment's `sourceUrl` into a blob. Returns the blob token, or why the job
/// must fail.
async fn fetch_archive(shared: &Arc<Shared>, url: &str) -> Result<String, String> {
    let shown = crate::api::redact::redact_presigned(url);
    let response = shared
        .fetch_http
        .get(url)
        .send()
        .await
        .map_err(|e| format!("Could not download {shown}: {}", crate::api::redact::http_error_text(&e)))?;
    if !response.status().is_success() {
        return Err(format!("Could not download {shown}: HTTP {}", response.status()));
    }
    blobs::fetch_into(response.bytes_stream(), &shared.store.blob_dir(), shared.config.max_upload_bytes, &shown).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_start_deployment_from_a_url_without_a_job_id_is_fetched() {
        let url = json!({"sourceUrl": "s3://b/k.zip"});
        assert_eq!(Source::of("StartDeployment", &url).map(|s| s.kind), Some("ZIP".to_string()));
        assert!(Source::of("StartJob", &url).is_none());
        // The jobId's upload is what deploys; a sourceUrl beside it is never read.
        assert!(Source::of("StartDeployment", &json!({"jobId": "1", "sourceUrl": "http://x/a.zip"})).is_none());
        assert!(Source::of("StartDeployment", &json!({"jobId": "1"})).is_none());
    }
}
