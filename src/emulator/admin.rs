//! Everything under `/_amphost/`: presigned uploads and downloads, step logs, webhook
//! triggers, fault injection, health and the request count. None of it is SigV4-signed:
//! transfers carry their own presigned signature, as S3's do.

use super::blobs::{self, BlobError};
use super::error::ServiceError;
use super::ops::{self, jobs, webhooks, Env};
use super::{presign, Shared};
use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use serde_json::{json, Value};
use std::sync::atomic::Ordering;
use std::sync::Arc;

pub enum Answer {
    Json(Value),
    Response(Response),
}

fn safe_token(t: &str) -> Result<&str, ServiceError> {
    if !t.is_empty() && t.len() <= 64 && t.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(t)
    } else {
        Err(ServiceError::not_found("No such object."))
    }
}

fn param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k == name).then(|| percent_encoding::percent_decode_str(v).decode_utf8_lossy().into_owned())
    })
}

/// Keeps web pages away from the admin routes. A page may send another origin "simple"
/// requests (text/plain or form bodies) with no CORS preflight, so state-changing calls must
/// be JSON (which a page can only send after a preflight, never granted here), and requests a
/// browser marks as coming from another origin are refused outright. Presigned uploads are
/// raw bytes, and authorised by their own signature.
fn guard(method: &str, sub: &str, headers: &http::HeaderMap) -> Result<(), ServiceError> {
    let header = |name: &str| headers.get(name).and_then(|h| h.to_str().ok());
    let host = header("host").unwrap_or_default();
    let foreign_origin = headers.get("origin").is_some_and(|o| !o.to_str().is_ok_and(|o| same_authority(o, host)));
    let foreign_fetch = header("sec-fetch-site").is_some_and(|s| matches!(s, "cross-site" | "same-site"));
    if foreign_origin || foreign_fetch {
        return Err(ServiceError::new(403, "ForbiddenException", "Cross-origin requests to /_amphost/ are refused."));
    }
    let changes = matches!(method, "POST" | "PUT" | "DELETE");
    let json = header("content-type")
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|ct| ct.trim().eq_ignore_ascii_case("application/json"));
    if changes && !sub.starts_with("uploads/") && !json {
        let message = format!("{method} /_amphost/{sub} needs Content-Type: application/json.");
        return Err(ServiceError::new(415, "UnsupportedMediaTypeException", message));
    }
    Ok(())
}

/// Whether an `Origin` (`scheme://host[:port]`, or `null`) names the `Host` the request came to.
fn same_authority(origin: &str, host: &str) -> bool {
    let authority = origin.split_once("://").map_or("", |(_, rest)| rest);
    !authority.is_empty() && authority.eq_ignore_ascii_case(host)
}

pub async fn handle(shared: &Arc<Shared>, base_url: &str, request: Request) -> Result<Answer, ServiceError> {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().unwrap_or("").to_string();
    let sub = path.trim_start_matches("/_amphost/");
    let method = parts.method.as_str();
    guard(method, sub, &parts.headers)?;
    let now = ops::now_seconds();
    let signed = || presign::verify(shared.store.secret(), &path, &query, now);
    match (method, sub.split_once('/').unwrap_or((sub, ""))) {
        ("GET", ("health", "")) => Ok(Answer::Json(json!({"status": "ok"}))),
        ("GET", ("requests", "")) => Ok(Answer::Json(json!({"count": shared.requests.load(Ordering::SeqCst)}))),
        ("POST", ("faults", "")) => arm_faults(shared, body).await,
        ("DELETE", ("faults", "")) => {
            shared.faults.clear();
            Ok(Answer::Json(json!({"cleared": true})))
        }
        ("PUT", ("uploads", token)) => {
            signed()?;
            if let Some(fault) = shared.faults.take_request_fault("Upload") {
                fault.act().await?;
            }
            receive_upload(shared, safe_token(token)?, body).await.map(Answer::Response)
        }
        ("GET", ("blobs", token)) => {
            signed()?;
            send_blob(shared, safe_token(token)?).await
        }
        ("GET", ("logs", token)) => {
            signed()?;
            send_log(shared, token, now).await
        }
        ("POST", ("webhooks", "")) => trigger_webhook(shared, base_url, &query).await,
        _ => Err(ServiceError::not_found(format!("No admin endpoint {method} {path}."))),
    }
}

/// `POST /_amphost/faults`: arms fault injection (see `faults.rs` for the JSON).
async fn arm_faults(shared: &Arc<Shared>, body: Body) -> Result<Answer, ServiceError> {
    let bytes = super::read_body(body, 64 * 1024).await?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|e| ServiceError::bad_request(format!("not JSON: {e}")))?;
    shared.faults.configure(&v)?;
    Ok(Answer::Json(json!({"armed": true})))
}

/// `GET /_amphost/blobs/TOKEN` (presigned): a stored archive or file, streamed.
async fn send_blob(shared: &Arc<Shared>, token: &str) -> Result<Answer, ServiceError> {
    let file = tokio::fs::File::open(shared.store.blob_dir().join(token))
        .await
        .map_err(|_| ServiceError::not_found("No such object."))?;
    let len = file.metadata().await.map(|m| m.len()).unwrap_or(0);
    let stream = tokio_util::io::ReaderStream::new(file);
    Ok(Answer::Response(
        Response::builder()
            .status(200)
            .header("content-type", "application/octet-stream")
            .header("content-length", len)
            .body(Body::from_stream(stream))
            .expect("valid response"),
    ))
}

/// `GET /_amphost/logs/TOKEN` (presigned): a job step's log as it stands at `now`.
async fn send_log(shared: &Arc<Shared>, token: &str, now: f64) -> Result<Answer, ServiceError> {
    let (job_arn, step) = jobs::parse_log_token(token).ok_or_else(|| ServiceError::not_found("No such log."))?;
    let shared2 = Arc::clone(shared);
    let text = tokio::task::spawn_blocking(move || {
        shared2.store.read(|tx| {
            let job = tx.get(&job_arn)?.ok_or_else(|| ServiceError::not_found("No such job."))?;
            jobs::log_text(&job, &step, now).ok_or_else(|| ServiceError::not_found("The step has not started."))
        })
    })
    .await
    .map_err(|e| ServiceError::internal(e.to_string()))??;
    Ok(Answer::Response(
        Response::builder()
            .status(200)
            .header("content-type", "text/plain; charset=utf-8")
            .body(Body::from(text))
            .expect("valid"),
    ))
}

/// `POST /_amphost/webhooks?id=…&token=…`: what a git provider calls; starts a job.
async fn trigger_webhook(shared: &Arc<Shared>, base_url: &str, query: &str) -> Result<Answer, ServiceError> {
    let id = param(query, "id").unwrap_or_default();
    let token = param(query, "token").unwrap_or_default();
    let shared2 = Arc::clone(shared);
    let base = base_url.to_string();
    let out = tokio::task::spawn_blocking(move || {
        let region = shared2.config.default_region.clone();
        let env = Env {
            store: &shared2.store,
            config: &shared2.config,
            faults: &shared2.faults,
            region: &region,
            base_url: &base,
        };
        ops::with_ctx(&env, true, |ctx| webhooks::trigger(ctx, &id, &token))
    })
    .await
    .map_err(|e| ServiceError::internal(e.to_string()))??;
    Ok(Answer::Json(out))
}

/// An upload whose deployment has started: what StartDeployment checked is what is served.
fn sealed() -> ServiceError {
    ServiceError::new(
        403,
        "AccessDenied",
        "The deployment of this upload URL has started: its content can no longer change. Create a new deployment.",
    )
}

/// Streams an upload to its blob file, hashing as it goes; the record then says it arrived,
/// with its MD5 (returned as the ETag, as S3 does).
async fn receive_upload(shared: &Arc<Shared>, token: &str, body: Body) -> Result<Response, ServiceError> {
    let arn = ops::deployments_upload_arn(token);
    let shared2 = Arc::clone(shared);
    let arn2 = arn.clone();
    let record = tokio::task::spawn_blocking(move || shared2.store.read(|tx| tx.get(&arn2)))
        .await
        .map_err(|e| ServiceError::internal(e.to_string()))??
        .ok_or_else(|| ServiceError::not_found("No such upload."))?;
    if record["sealed"] == true {
        return Err(sealed());
    }
    // Received beside the blob (a file of this request's own), then put in its place in the
    // transaction that checks the upload is still open: StartDeployment seals it in one, and
    // what it checked stays.
    let path = shared.store.blob_dir().join(token);
    let limit = shared.config.max_upload_bytes;
    let (partial, size, md5) =
        blobs::write_partial(body.into_data_stream(), &path, limit).await.map_err(|e| match e {
            BlobError::TooLarge(limit) => {
                ServiceError::new(413, "EntityTooLarge", format!("Uploads are limited to {limit} bytes."))
            }
            BlobError::Broken(e) => ServiceError::bad_request(format!("the upload was interrupted: {e}")),
            BlobError::Store(e) => ServiceError::internal(format!("cannot store the upload: {e}")),
        })?;
    let shared2 = Arc::clone(shared);
    let etag = format!("\"{md5}\"");
    tokio::task::spawn_blocking(move || {
        shared2.store.write(|tx| {
            let mut record = tx.get(&arn)?.ok_or_else(|| ServiceError::not_found("No such upload."))?;
            if record["sealed"] == true {
                return Err(sealed());
            }
            let stored = |e: std::io::Error| ServiceError::internal(format!("cannot store the upload: {e}"));
            partial.put_in_place(&path).map_err(stored)?;
            record["received"] = json!(true);
            record["receivedMd5"] = json!(md5);
            record["size"] = json!(size);
            tx.update(&arn, &record)
        })
    })
    .await
    .map_err(|e| ServiceError::internal(e.to_string()))??;
    Ok(Response::builder().status(200).header("etag", etag).body(Body::empty()).expect("valid"))
}
