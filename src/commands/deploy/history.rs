//! `deploy list`: a branch's deployments, newest first: each job (ListJobs) joined with the
//! manifest of the bucket deploy that made it (matched by `sourceUrl`), for the message, the
//! commit, who, what changed against the previous deployment, and the bytes uploaded; and
//! which one is live (the newest that succeeded).

use crate::commands::resolve::{existing_app, jobs_of};
use crate::commands::Ctx;
use crate::deploy::bucket as s3ops;
use crate::deploy::manifest::{self, Manifest};
use crate::exit::CliError;
use crate::model::enums::JobStatus;
use crate::render::{col, Column, Fmt, View};
use crate::storage::S3Url;
use serde_json::{json, Map, Value};

pub struct HistoryOptions {
    pub app: String,
    pub branch: String,
    /// Where the manifests are (`--bucket`, or the project's `bucket`); without it, the jobs
    /// alone.
    pub bucket: Option<S3Url>,
}

const COLUMNS: &[Column] = &[
    col("LIVE", "live", Fmt::YesNo),
    col("JOB", "jobId", Fmt::Plain).copyable(),
    col("STATUS", "status", Fmt::JobStatus),
    col("STARTED", "startTime", Fmt::Time),
    col("WHO", "who", Fmt::Plain).low(),
    col("COMMIT", "commit", Fmt::Plain).low(),
    col("CHANGED", "changes", Fmt::Plain),
    col("UPLOADED", "uploaded", Fmt::Plain),
    col("MESSAGE", "message", Fmt::Plain).low(),
];
const DEPLOYMENTS: View =
    View::List { key: "deployments", columns: COLUMNS, empty: "No deployments on this branch yet." };

pub async fn list(ctx: &Ctx, opts: HistoryOptions) -> Result<(), CliError> {
    // `deploy list` is this command, even beside a folder of that name someone meant to deploy.
    if std::path::Path::new("list").is_dir() {
        ctx.ui
            .warn("`deploy list` lists the deployments; to deploy the folder list/ here, type `amphost deploy ./list`");
    }
    let mut check = Map::new();
    check.insert("branchName".into(), json!(opts.branch));
    ctx.precheck("ListJobs", &check, &["appId"])?;
    let app = existing_app(ctx, &opts.app).await?;
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    let jobs = jobs_of(ctx, &app_id, &opts.branch).await?;
    let manifests = match &opts.bucket {
        Some(url) => {
            let s3 = ctx.s3().await?;
            let (found, unreadable) = s3ops::manifests_with_files(s3, &url.bucket, &url.key)
                .await
                .map_err(|e| CliError::failure(e.message))?;
            for why in &unreadable {
                ctx.ui.warn(format!("a manifest cannot be read, its deployment is shown without it: {why}"));
            }
            if found.is_empty() && unreadable.is_empty() {
                ctx.ui.warn(format!("{url} holds no deployment manifests: the jobs alone are listed"));
            }
            found
        }
        None => Vec::new(),
    };
    let rows = rows(&jobs, &manifests, &opts.branch);
    ctx.print(&json!({ "deployments": rows }), &DEPLOYMENTS)
}

/// One row per job, newest first; see the module's comment.
fn rows(jobs: &[Value], manifests: &[Manifest], branch: &str) -> Vec<Value> {
    let made_by = |job: &Value| -> Option<&Manifest> {
        let url = job["sourceUrl"].as_str().filter(|u| !u.is_empty())?;
        manifests.iter().find(|m| manifest::same_source(&m.source_url, url))
    };
    let live = jobs.iter().find(|j| JobStatus::from_json(&j["status"]) == Some(JobStatus::Succeed));
    let found: Vec<Option<&Manifest>> = jobs.iter().map(made_by).collect();
    jobs.iter()
        .enumerate()
        .map(|(i, job)| {
            // The previous deployment: the next older job whose manifest is known.
            let before = found[i + 1..].iter().flatten().next().copied();
            row(job, branch, found[i], before, live.is_some_and(|l| l["jobId"] == job["jobId"]))
        })
        .collect()
}

fn row(job: &Value, branch: &str, made: Option<&Manifest>, before: Option<&Manifest>, live: bool) -> Value {
    let mut r = json!({
        "jobId": job["jobId"], "status": job["status"], "jobType": job["jobType"],
        "startTime": job["startTime"], "endTime": job["endTime"], "live": live,
        "sourceUrl": job["sourceUrl"],
        "message": job["commitMessage"], "commit": job["commitId"],
    });
    let Some(m) = made else { return r };
    // As counted when it was made, for the job that made it; else against the older manifest.
    let original = m.branch == branch && m.job_id.as_deref().is_none_or(|id| job["jobId"] == id);
    let changes = m.changes.filter(|_| original).unwrap_or_else(|| manifest::changes(before, m));
    if let Some(message) = &m.message {
        r["message"] = json!(message);
    }
    if let Some(git) = &m.git {
        let short: String = git.commit.chars().take(12).collect();
        r["commit"] = json!(if git.dirty { format!("{short}+dirty") } else { short });
        r["gitCommit"] = json!(git.commit);
        r["gitDirty"] = json!(git.dirty);
    }
    r["who"] = json!(m.who);
    r["deployId"] = json!(m.deploy_id);
    r["files"] = json!(m.files.len());
    r["filesChanged"] = json!(changes.changed);
    r["filesAdded"] = json!(changes.added);
    r["filesRemoved"] = json!(changes.removed);
    r["bytesUploaded"] = json!(m.bytes_uploaded);
    r["changes"] = json!(format!("+{} ~{} -{}", changes.added, changes.changed, changes.removed));
    r["uploaded"] = json!(crate::text::human_bytes(m.bytes_uploaded));
    // A rollback or promotion deployed this manifest's files again: nothing was uploaded, and
    // who asked for it is not recorded.
    let same_job = m.job_id.as_deref().is_none_or(|id| job["jobId"] == id);
    if m.branch != branch || !same_job {
        let original = match (m.job_id.as_deref(), m.branch == branch) {
            (Some(id), true) => format!("job {id}"),
            (Some(id), false) => format!("job {id} of {}", m.branch),
            (None, _) => format!("a deployment of {}", m.branch),
        };
        r["redeployOf"] = json!(original);
        r["bytesUploaded"] = json!(0);
        r["uploaded"] = json!(crate::text::human_bytes(0));
        r["who"] = Value::Null;
        let what = m.message.as_deref().map(|msg| format!(": {msg}")).unwrap_or_default();
        r["message"] = json!(format!("{original} again{what}"));
    }
    r
}

/// The manifest of the branch's live deployment (its newest successful job), from `bucket`.
pub(crate) async fn live_manifest(ctx: &Ctx, app_id: &str, branch: &str, bucket: &S3Url) -> Result<Manifest, CliError> {
    let jobs = jobs_of(ctx, app_id, branch).await?;
    let live =
        jobs.iter().find(|j| JobStatus::from_json(&j["status"]) == Some(JobStatus::Succeed)).ok_or_else(|| {
            CliError::failure(format!("branch {branch} has no successful deployment: nothing is live to verify"))
        })?;
    let job = live["jobId"].as_str().unwrap_or_default();
    let none = || {
        CliError::failure(format!("the live deployment of {branch} (job {job}) has no manifest in {bucket}"))
            .hint("it was not made by a bucket deploy there: give the folder or .zip that was deployed")
    };
    // Its deployment under the prefix, by its source (`s3://B/P/<id>/` or `…/<id>.zip`).
    let source = live["sourceUrl"].as_str().and_then(|u| S3Url::parse(u).ok()).filter(|u| u.bucket == bucket.bucket);
    let id = source.as_ref().and_then(|u| manifest::deployment_of(&bucket.key, &u.key)).ok_or_else(none)?;
    match s3ops::read_manifest(ctx.s3().await?, &bucket.bucket, &bucket.key, id).await {
        Ok(found) => Ok(found),
        Err(e) if e.not_found => Err(none()),
        Err(e) => Err(CliError::failure(format!(
            "the manifest of the live deployment of {branch} (job {job}) cannot be read: {}",
            e.message
        ))
        .hint("give the folder or .zip that was deployed")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deploy::manifest::FileRecord;

    fn m(id: &str, files: &[(&str, &str)], bytes: u64) -> Manifest {
        Manifest {
            version: 1,
            deploy_id: id.into(),
            app_id: "d1".into(),
            branch: "main".into(),
            source_url: format!("s3://b/p/{id}/"),
            source_url_type: "BUCKET_PREFIX".into(),
            message: Some(format!("deploy {id}")),
            git: None,
            who: "arn:aws:iam::1:user/me".into(),
            created: String::new(),
            job_id: None,
            files_uploaded: 0,
            files_copied: 0,
            bytes_uploaded: bytes,
            zip_etag: None,
            changes: None,
            files: files.iter().map(|(p, h)| (p.to_string(), FileRecord::new(1, h.to_string()))).collect(),
        }
    }

    #[test]
    fn rows_join_jobs_with_manifests_and_diff_against_the_previous_deployment() {
        let a = m("A", &[("index.html", "1"), ("a.js", "2")], 10);
        let b = m("B", &[("index.html", "1"), ("a.js", "3"), ("b.js", "4")], 5);
        let jobs = vec![
            json!({"jobId": "4", "status": "FAILED", "sourceUrl": "s3://b/p/B"}),
            json!({"jobId": "3", "status": "SUCCEED", "sourceUrl": "s3://b/p/B/"}),
            json!({"jobId": "2", "status": "SUCCEED", "commitMessage": "zip upload"}),
            json!({"jobId": "1", "status": "SUCCEED", "sourceUrl": "s3://b/p/A/"}),
        ];
        let rows = rows(&jobs, &[a, b], "main");
        assert_eq!(rows[0]["live"], false);
        assert_eq!(rows[1]["live"], true, "the newest success is live");
        assert_eq!(rows[1]["filesChanged"], 1);
        assert_eq!(rows[1]["filesAdded"], 1);
        assert_eq!(rows[1]["message"], "deploy B");
        assert_eq!(rows[1]["changes"], "+1 ~1 -0");
        assert_eq!(rows[2]["message"], "zip upload");
        assert!(rows[2].get("deployId").is_none(), "a direct upload has no manifest");
        assert_eq!(rows[3]["filesAdded"], 2, "the first deployment adds every file");
        assert_eq!(rows[3]["bytesUploaded"], 10);
    }

    #[test]
    fn a_rollback_or_promotion_row_says_what_it_deployed_again_and_uploaded_nothing() {
        let mut a = m("A", &[("index.html", "1")], 10);
        a.job_id = Some("1".into());
        let mut s = m("S", &[("index.html", "2")], 7);
        (s.branch, s.job_id) = ("staging".into(), Some("4".into()));
        let jobs = vec![
            json!({"jobId": "3", "status": "SUCCEED", "sourceUrl": "s3://b/p/S/"}),
            json!({"jobId": "2", "status": "SUCCEED", "sourceUrl": "s3://b/p/A/"}),
            json!({"jobId": "1", "status": "SUCCEED", "sourceUrl": "s3://b/p/A/"}),
        ];
        let rows = rows(&jobs, &[a, s], "main");
        assert_eq!(rows[0]["redeployOf"], "job 4 of staging");
        assert_eq!(rows[1]["redeployOf"], "job 1");
        assert_eq!(rows[1]["message"], "job 1 again: deploy A");
        assert_eq!((rows[1]["bytesUploaded"].as_u64(), rows[1]["who"].is_null()), (Some(0), true));
        assert!(rows[2].get("redeployOf").is_none());
        assert_eq!(rows[2]["bytesUploaded"], 10);
    }
}
