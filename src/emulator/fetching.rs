//! StartDeployment from a `sourceUrl` (http(s):// or s3://): the job is made at once, RUNNING
//! at DEPLOY and marked `fetching`, and the source is fetched in the background, as the
//! service does, so the request answers at once however large the site. When the fetch ends
//! the job gets its content (checked like an upload) or fails at DEPLOY with the reason; its
//! DEPLOY step lasts until then (see `jobs::timeline`). A job still fetching when the
//! emulator stopped is failed, with the reason, the next time it starts.

use super::blobs;
use super::ops::{self, Fetched};
use super::store::Store;
use super::{s3_sources, EmulatorConfig, Shared};
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
        if operation != "StartDeployment" {
            return None;
        }
        let url = input.get("sourceUrl").and_then(Value::as_str)?;
        let kind = input.get("sourceUrlType").and_then(Value::as_str).unwrap_or("ZIP");
        Some(Source { url: url.to_string(), kind: kind.to_string() })
    }
}

/// Fetches the source of the job StartDeployment just made (named in its `output`), unless
/// the job needs no fetch (it failed already: an unreadable scheme, a planned failure).
pub fn spawn(shared: &Arc<Shared>, base_url: &str, source: Source, output: &Value) {
    let Some(arn) = output["jobSummary"]["jobArn"].as_str().map(str::to_string) else { return };
    let (shared, base_url) = (Arc::clone(shared), base_url.to_string());
    tokio::spawn(async move {
        let fetched = fetch(&shared, &source).await;
        let done = Arc::clone(&shared);
        let recorded = tokio::task::spawn_blocking(move || {
            let env = ops::Env {
                store: &done.store,
                config: &done.config,
                faults: &done.faults,
                region: &done.config.default_region,
                base_url: &base_url,
            };
            ops::with_ctx(&env, true, |ctx| ops::deployments_fetched(ctx, &arn, fetched))
        })
        .await;
        if let (Some(log), Ok(Err(e))) = (&shared.config.log, recorded) {
            log(format!("could not record the fetched source of a deployment: {}", e.message));
        }
    });
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
        .http
        .get(url)
        .send()
        .await
        .map_err(|e| format!("Could not download {shown}: {}", crate::api::redact::http_error_text(&e)))?;
    if !response.status().is_success() {
        return Err(format!("Could not download {shown}: HTTP {}", response.status()));
    }
    let token = uuid::Uuid::new_v4().simple().to_string();
    let path = shared.store.blob_dir().join(&token);
    blobs::write(response.bytes_stream(), &path, shared.config.max_upload_bytes).await.map_err(|e| match e {
        blobs::BlobError::TooLarge(limit) => format!("{shown} is larger than {limit} bytes."),
        blobs::BlobError::Broken(e) => format!("The download of {shown} broke off: {e}"),
        blobs::BlobError::Store(e) => format!("Could not store {shown}: {e}"),
    })?;
    Ok(token)
}

/// At start: jobs whose fetch the last run did not finish (it stopped, or was killed) are
/// failed at DEPLOY with the reason, rather than left RUNNING for ever.
pub fn fail_unfinished(store: &Store, config: &EmulatorConfig) -> Result<(), ServiceError> {
    let faults = super::faults::Faults::default();
    let env = ops::Env { store, config, faults: &faults, region: &config.default_region, base_url: "" };
    ops::with_ctx(&env, true, ops::deployments_fail_unfinished)
}
