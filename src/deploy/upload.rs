//! PUTs to presigned URLs: streamed from disk with a Content-Length (as S3 requires), the
//! status checked, the ETag compared with the local MD5, retried on 5xx and dropped
//! connections by streaming the file again.

use super::Progress;
use crate::api::redact::{http_error_text, redact_presigned};
use futures_util::StreamExt;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UploadError(pub String);

/// Uploads `path` to `url`; returns the ETag. `md5` (hex), when known, must match the ETag
/// the server returns for it.
pub async fn put_file(
    http: &reqwest::Client,
    url: &str,
    path: &Path,
    md5: Option<&str>,
    attempts: u32,
    retry_base: Duration,
    progress: Arc<dyn Progress>,
) -> Result<String, UploadError> {
    let shown = redact_presigned(url);
    let mut last = String::new();
    for attempt in 1..=attempts.max(1) {
        if attempt > 1 {
            tokio::time::sleep(crate::api::client::backoff(retry_base, attempt - 1)).await;
        }
        let file = tokio::fs::File::open(path)
            .await
            .map_err(|e| UploadError(format!("cannot read {}: {e}", path.display())))?;
        let len = file.metadata().await.map_err(|e| UploadError(format!("cannot read {}: {e}", path.display())))?.len();
        let p = Arc::clone(&progress);
        let stream = tokio_util::io::ReaderStream::with_capacity(file, 256 * 1024).map(move |chunk| {
            if let Ok(c) = &chunk {
                p.advance(c.len() as u64);
            }
            chunk
        });
        let result = http
            .put(url)
            .header("content-length", len)
            .header("content-type", "application/octet-stream")
            .body(reqwest::Body::wrap_stream(stream))
            .send()
            .await;
        let resp = match result {
            Ok(r) => r,
            Err(e) => {
                last = format!("the upload to {shown} broke off: {}", http_error_text(&e));
                continue;
            }
        };
        let status = resp.status();
        let etag = resp.headers().get("etag").and_then(|v| v.to_str().ok()).map(|s| s.trim_matches('"').to_string());
        if status.is_success() {
            if let (Some(want), Some(got)) = (md5, etag.as_deref()) {
                if !got.eq_ignore_ascii_case(want) {
                    return Err(UploadError(format!(
                        "the upload of {} arrived corrupted (MD5 {got}, expected {want})",
                        path.display()
                    )));
                }
            }
            return Ok(etag.unwrap_or_default());
        }
        let body: String = resp.text().await.unwrap_or_default().chars().take(300).collect();
        last = format!("the upload to {shown} answered HTTP {status}: {}", redact_presigned(body.trim()));
        if !status.is_server_error() {
            return Err(UploadError(last));
        }
    }
    Err(UploadError(format!("{last} (gave up after {attempts} attempts)")))
}
