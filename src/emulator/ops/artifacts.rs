//! ListArtifacts and GetArtifactUrl: a job's artifacts are real files to download (a manual
//! deployment's archive or files; a build's output).

use super::{list_output, random_id, s, RequestCtx};
use crate::emulator::error::ServiceError;
use crate::emulator::presign::presign;
use serde_json::{json, Value};
use std::io::Write;

/// What a deployment job's stored `content` holds (`content.kind`, a field of the emulator's
/// own job record, not of the model): an uploaded archive, the files of a file map, or a
/// source URL that was not fetched (S3), which leaves nothing to serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    Zip,
    Files,
    Url,
}

impl ContentKind {
    /// The value stored in the job record.
    pub const fn as_str(self) -> &'static str {
        match self {
            ContentKind::Zip => "zip",
            ContentKind::Files => "files",
            ContentKind::Url => "url",
        }
    }

    /// The kind of a job's `content`: `None` when there is no content or its kind is unknown.
    pub fn of(content: &Value) -> Option<ContentKind> {
        content["kind"].as_str().and_then(|k| k.parse().ok())
    }
}

impl std::str::FromStr for ContentKind {
    type Err = String;

    fn from_str(s: &str) -> Result<ContentKind, String> {
        match s {
            "zip" => Ok(ContentKind::Zip),
            "files" => Ok(ContentKind::Files),
            "url" => Ok(ContentKind::Url),
            _ => Err(format!("{s:?} is not a deployment content kind")),
        }
    }
}

fn artifact_arn(id: &str) -> String {
    format!("amphost:artifact:{id}")
}

fn add(ctx: &RequestCtx, job_arn: &str, file_name: &str, blob: &str) -> Result<(), ServiceError> {
    let id = random_id(24);
    let doc = json!({"artifactId": id, "artifactFileName": file_name, "blob": blob});
    ctx.tx.insert("artifact", job_arn, &artifact_arn(&id), &doc)?;
    Ok(())
}

/// The artifacts of a manual deployment: its archive, or each file of its file map.
pub fn record_deployment(ctx: &RequestCtx, job_arn: &str, content: &Value) -> Result<(), ServiceError> {
    match ContentKind::of(content) {
        Some(ContentKind::Zip) => add(ctx, job_arn, "deployment.zip", content["blob"].as_str().unwrap_or_default()),
        Some(ContentKind::Files) => {
            for (name, token) in content["files"].as_object().into_iter().flatten() {
                add(ctx, job_arn, name, token.as_str().unwrap_or_default())?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The output of a simulated build: a small archive with the page it "built".
pub fn record_build(ctx: &RequestCtx, job: &Value) -> Result<(), ServiceError> {
    let blob = random_id(32);
    let page = format!(
        "<!doctype html><title>{app}</title><h1>Built by the amphost emulator</h1><p>{app} / {branch}, job {job_id}</p>\n",
        app = job["appId"].as_str().unwrap_or_default(),
        branch = job["branchName"].as_str().unwrap_or_default(),
        job_id = job["jobId"].as_str().unwrap_or_default()
    );
    let write = || -> zip::result::ZipResult<()> {
        let file = std::fs::File::create(ctx.blob_dir.join(&blob))?;
        let mut zip = zip::ZipWriter::new(file);
        zip.start_file("index.html", zip::write::SimpleFileOptions::default())?;
        zip.write_all(page.as_bytes())?;
        zip.finish()?;
        Ok(())
    };
    write().map_err(|e| ServiceError::internal(format!("cannot write the build artifact: {e}")))?;
    add(ctx, job["jobArn"].as_str().unwrap_or_default(), "artifacts.zip", &blob)
}

/// A page of a job's artifacts (ListArtifacts, once `jobs` has found the job succeeded).
pub fn page(ctx: &RequestCtx, job_arn: &str, input: &Value) -> Result<Value, ServiceError> {
    let (rows, next) = ctx.page("artifact", job_arn, input)?;
    let items = rows
        .into_iter()
        .map(|r| json!({"artifactFileName": r.doc["artifactFileName"], "artifactId": r.doc["artifactId"]}))
        .collect();
    Ok(list_output("artifacts", items, next))
}

pub fn get_url(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let id = s(input, "artifactId");
    let doc =
        ctx.tx.get(&artifact_arn(id))?.ok_or_else(|| ServiceError::not_found(format!("Artifact {id} not found.")))?;
    let path = format!("/_amphost/blobs/{}", doc["blob"].as_str().unwrap_or_default());
    Ok(json!({"artifactId": id, "artifactUrl": presign(ctx.base_url, ctx.secret, &path, ctx.now)}))
}
