//! Manual deployments: CreateDeployment hands out upload URLs and makes a PENDING job;
//! StartDeployment checks what was uploaded and runs the job (failing it at DEPLOY, with the
//! reason, when the upload is missing, corrupt or not what the file map promised).

use super::artifacts::ContentKind;
use super::jobs::{self, NewJob, DEPLOY_STEPS};
use super::uploads::{seal_uploads, upload_arn};
use super::{random_id, s, RequestCtx};
use crate::emulator::error::ServiceError;
use crate::emulator::presign::presign;
use crate::model::enums::JobType;
use serde_json::{json, Map, Value};

fn new_upload(
    ctx: &RequestCtx,
    job_arn: &str,
    file: Option<&str>,
    md5: Option<&str>,
) -> Result<(String, String), ServiceError> {
    let token = random_id(32);
    let doc = json!({"token": token, "jobArn": job_arn, "fileName": file, "md5": md5, "received": false});
    ctx.tx.insert("upload", job_arn, &upload_arn(&token), &doc)?;
    let url = presign(ctx.base_url, ctx.secret, &format!("/_amphost/uploads/{token}"), ctx.now);
    Ok((token, url))
}

/// A site path that stays inside the site: relative, no `..`, no backslashes or NULs.
pub fn safe_site_path(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains('\0')
        && name.split('/').all(|seg| seg != ".." && seg != ".")
}

/// A file map's key: a safe site path naming a file, every segment named (`a//b.html` and
/// `dir/` name nothing a request can reach).
fn file_map_key(name: &str) -> bool {
    safe_site_path(name) && name.split('/').all(|seg| !seg.is_empty())
}

pub fn create(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    if let Some(Value::Object(files)) = input.get("fileMap") {
        if let Some(bad) = files.keys().find(|k| !file_map_key(k)) {
            return Err(ServiceError::bad_request(format!("fileMap key {bad:?} is not a path inside the site.")));
        }
    }
    let job = jobs::create(
        ctx,
        s(input, "appId"),
        s(input, "branchName"),
        NewJob {
            job_type: JobType::Manual,
            steps: DEPLOY_STEPS,
            started: false,
            commit_id: None,
            commit_message: None,
            commit_time: None,
            extra: json!({}),
        },
    )?;
    let job_arn = job["jobArn"].as_str().unwrap_or_default().to_string();
    let (zip_token, zip_url) = new_upload(ctx, &job_arn, None, None)?;
    let mut file_tokens = Map::new();
    let mut file_urls = Map::new();
    if let Some(Value::Object(files)) = input.get("fileMap") {
        for (name, md5) in files {
            let (token, url) = new_upload(ctx, &job_arn, Some(name), md5.as_str())?;
            file_tokens.insert(name.clone(), json!(token));
            file_urls.insert(name.clone(), json!(url));
        }
    }
    let mut job = job;
    job["zipUpload"] = json!(zip_token);
    job["fileUploads"] = Value::Object(file_tokens);
    ctx.tx.update(&job_arn, &job)?;
    Ok(json!({"jobId": job["jobId"], "fileUploadUrls": file_urls, "zipUploadUrl": zip_url}))
}

/// What was uploaded for a job: its content, or why it cannot be deployed.
fn check_uploads(ctx: &RequestCtx, job: &Value) -> Result<Value, String> {
    let upload = |token: &str| -> Result<Value, String> {
        ctx.tx.get(&upload_arn(token)).map_err(|e| e.message)?.ok_or_else(|| "the upload record is missing".to_string())
    };
    let files = job["fileUploads"].as_object().cloned().unwrap_or_default();
    if !files.is_empty() {
        for (name, token) in &files {
            let u = upload(token.as_str().unwrap_or_default())?;
            if u["received"] != true {
                return Err(format!("File {name} of the file map was not uploaded."));
            }
            if u["md5"] != u["receivedMd5"] {
                return Err(format!(
                    "File {name} does not match its MD5 in the file map (expected {}, received {}).",
                    u["md5"].as_str().unwrap_or("?"),
                    u["receivedMd5"].as_str().unwrap_or("?")
                ));
            }
        }
        return Ok(json!({"kind": ContentKind::Files.as_str(), "files": files}));
    }
    let token = job["zipUpload"].as_str().unwrap_or_default();
    let u = upload(token)?;
    if u["received"] != true {
        return Err("No archive was uploaded to the zipUploadUrl before StartDeployment.".into());
    }
    check_zip(ctx.blob_dir, ctx.config.max_expanded_bytes, token)
}

/// A zip blob fit to deploy: readable, not empty, no entry escaping the root, no zip bomb.
/// Each entry is expanded and its bytes counted, since the sizes an archive declares may lie.
/// `limit`: the most the archive may expand to. Outside any transaction when it can be (see
/// [`content_of`]): expanding a large archive takes a while.
fn check_zip(blob_dir: &std::path::Path, limit: u64, token: &str) -> Result<Value, String> {
    let path = blob_dir.join(token);
    let file = std::fs::File::open(&path).map_err(|e| format!("The uploaded archive cannot be read: {e}"))?;
    let mut archive =
        zip::ZipArchive::new(file).map_err(|e| format!("The uploaded file is not a valid zip archive: {e}"))?;
    if archive.is_empty() {
        return Err("The uploaded zip archive is empty.".into());
    }
    let bomb = || format!("The archive expands to more than {limit} bytes (a zip bomb?); refusing the deployment.");
    let mut expanded: u64 = 0;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| format!("The uploaded zip archive is damaged: {e}"))?;
        let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        if entry.enclosed_name().is_none() || !safe_site_path(&name) {
            return Err(format!(
                "The archive entry {name:?} escapes the site root (zip slip); refusing the deployment."
            ));
        }
        let declared = entry.size();
        let room = limit - expanded;
        if declared > room {
            return Err(bomb());
        }
        let lie = format!("The archive entry {name:?} does not expand to the {declared} bytes its header declares");
        let real = expand(&mut entry, room).map_err(|e| format!("{lie} ({e}); refusing the deployment."))?;
        if real > room {
            return Err(bomb());
        }
        if real != declared {
            return Err(format!("{lie} (it expands to {real}); refusing the deployment."));
        }
        expanded += real;
    }
    Ok(json!({"kind": ContentKind::Zip.as_str(), "blob": token, "entries": archive.len()}))
}

/// Decompresses an entry into nothing, counting its bytes; stops one byte past `room`.
fn expand(entry: &mut impl std::io::Read, room: u64) -> std::io::Result<u64> {
    std::io::copy(&mut std::io::Read::take(entry, room.saturating_add(1)), &mut std::io::sink())
}

/// What a deployment's source was fetched into (blob tokens).
#[derive(Debug, Clone, PartialEq)]
pub enum Fetched {
    /// One archive, to be checked and served like an uploaded zip.
    Archive(String),
    /// A site's files by path, as a file-map deployment stores them.
    Files(indexmap::IndexMap<String, String>),
}

pub fn start(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (app_id, branch) = (s(input, "appId"), s(input, "branchName"));
    if let Some(job_id) = input.get("jobId").and_then(Value::as_str) {
        let (arn, mut job) = jobs::find(ctx, input)?;
        if JobType::from_json(&job["jobType"]) != Some(JobType::Manual)
            || job.get("startedAt").is_some_and(|v| !v.is_null())
            || job.get("stopAt").is_some_and(|v| !v.is_null())
        {
            return Err(ServiceError::bad_request(format!(
                "Job {job_id} is not a pending manual deployment: it was started or stopped already."
            )));
        }
        match check_uploads(ctx, &job) {
            Ok(content) => {
                super::artifacts::record_deployment(ctx, &arn, &content)?;
                job["content"] = content;
            }
            Err(reason) => {
                job["failAt"] = json!({"step": "DEPLOY", "reason": reason});
            }
        }
        seal_uploads(ctx, &job)?;
        job["startedAt"] = json!(ctx.now);
        ctx.tx.update(&arn, &job)?;
        return Ok(json!({ "jobSummary": jobs::summary(&job, ctx.now) }));
    }
    let Some(url) = input.get("sourceUrl").and_then(Value::as_str) else {
        return Err(ServiceError::bad_request(
            "StartDeployment needs either the jobId of a CreateDeployment or a sourceUrl.",
        ));
    };
    let kind = input.get("sourceUrlType").and_then(Value::as_str).unwrap_or("ZIP");
    // The source is fetched after this transaction, in the background (see `fetching`); the
    // job's DEPLOY step runs until it is.
    let extra = json!({
        "sourceUrl": url, "sourceUrlType": kind, "content": Value::Null, "fetching": true, "fetchHeartbeat": ctx.now,
    });
    let job = jobs::create(
        ctx,
        app_id,
        branch,
        NewJob {
            job_type: JobType::Manual,
            steps: DEPLOY_STEPS,
            started: true,
            commit_id: None,
            commit_message: None,
            commit_time: None,
            extra,
        },
    )?;
    Ok(json!({ "jobSummary": jobs::summary(&job, ctx.now) }))
}

/// What a fetched source deploys (an archive checked like an upload), or why it cannot.
pub fn content_of(fetched: Fetched, blob_dir: &std::path::Path, limit: u64) -> Result<Value, String> {
    match fetched {
        Fetched::Archive(token) => check_zip(blob_dir, limit, &token),
        Fetched::Files(files) => Ok(json!({"kind": ContentKind::Files.as_str(), "files": files})),
    }
}

/// A deployment's source fetched and checked (see [`content_of`]), or not: the job gets its
/// content, or fails at DEPLOY with the reason. A job no longer fetching (deleted, or a fetch
/// whose lease ran out and was shown failed) is left as it is: a finished job never changes.
pub fn fetched(ctx: &RequestCtx, arn: &str, result: Result<Value, String>) -> Result<(), ServiceError> {
    let Some(mut job) = ctx.tx.get(arn)? else { return Ok(()) };
    if job["fetching"] != true {
        return Ok(());
    }
    let content = match result {
        _ if jobs::fetch_lost(&job, ctx.now) => Err(jobs::LOST_FETCH.to_string()),
        result => result,
    };
    match content {
        Ok(content) => job["content"] = content,
        // A failure planned for the job (an injected fault) keeps its own reason.
        Err(reason) if job["failAt"].is_null() => job["failAt"] = json!({"step": "DEPLOY", "reason": reason}),
        Err(_) => {}
    }
    finish_fetch(ctx, arn, job)
}

/// A fetch still under way says so (see `jobs::FETCH_LEASE_SECONDS`).
pub fn heartbeat(ctx: &RequestCtx, arn: &str) -> Result<(), ServiceError> {
    let Some(mut job) = ctx.tx.get(arn)? else { return Ok(()) };
    if job["fetching"] == true && !jobs::fetch_lost(&job, ctx.now) {
        job["fetchHeartbeat"] = json!(ctx.now);
        ctx.tx.update(arn, &job)?;
    }
    Ok(())
}

fn finish_fetch(ctx: &RequestCtx, arn: &str, mut job: Value) -> Result<(), ServiceError> {
    // A lost fetch ended when its lease ran out, as its timeline showed.
    let ended = jobs::fetch_lost_at(&job).map_or(ctx.now, |at| at.min(ctx.now));
    if let Value::Object(fields) = &mut job {
        fields.remove("fetching");
    }
    job["fetchedAt"] = json!(ended);
    ctx.tx.update(arn, &job)?;
    super::artifacts::record_deployment(ctx, arn, &job["content"])
}
