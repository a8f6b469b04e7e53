//! `deploy --bucket s3://BUCKET/PREFIX`: every deployment kept in the bucket under its own
//! prefix, with a manifest. Files the previous deployment holds are copied inside the bucket,
//! the rest uploaded; then StartDeployment from the prefix (BUCKET_PREFIX), or from one zip
//! per deployment with `--zip`. Such jobs carry their `sourceUrl`, so `rollback` and
//! `promote` can deploy them again with nothing uploaded; `--keep` bounds how many stay.
//!
//! Order: the folder is hashed, the bucket and its policy are checked (nothing on the service
//! changes before they pass), then the app and branch, the files, the manifest, the start.
//! A failed or interrupted transfer deletes the half-written prefix; the live deployment is
//! never touched.

use super::zip_listing;
use super::{clear_the_branch, ensure_app, ensure_branch, follow, hashed_folder, Follow};
use super::{DeployOptions, Source};
use crate::api::paginate::{list_all, PageOptions};
use crate::commands::interrupt;
use crate::commands::resolve::jobs_of;
use crate::commands::Ctx;
use crate::deploy::archive::{Entry, Listing};
use crate::deploy::bucket::{self as s3ops, BucketError, Placed, Placement};
use crate::deploy::manifest::{self, FileRecord, Manifest};
use crate::deploy::policy;
use crate::deploy::zipcompose::{self, Composition, Unfit};
use crate::exit::{CliError, Exit};
use crate::model::enums::JobStatus;
use crate::render::progress::TransferBar;
use crate::storage::identity;
use crate::storage::S3Url;
use futures_util::stream::{StreamExt, TryStreamExt};
use serde_json::{json, Map, Value};
use std::path::Path;

/// What `--bucket` and its companions ask for.
#[derive(Clone, Debug)]
pub struct BucketOptions {
    pub url: S3Url,
    /// `--message`: why this deployment, kept in its manifest.
    pub message: Option<String>,
    /// `--keep`: how many deployments of the branch stay in the bucket.
    pub keep: usize,
    /// `--zip`: one object per deployment instead of a folder of files.
    pub zip: bool,
    /// `--grant`: add the statements Amplify needs to the bucket policy (after a confirmation).
    pub grant: bool,
}

/// S3's refusal of these credentials is an authorization error (exit 4), as the service's is.
fn failed(e: BucketError) -> CliError {
    let exit = if e.denied { Exit::Auth } else { Exit::Failure };
    CliError::new(exit, e.message)
}

/// A bucket deploy, from the folder to the followed job; old deployments pruned after a
/// success.
pub(crate) async fn deploy(ctx: &Ctx, opts: DeployOptions, bucket: BucketOptions) -> Result<(), CliError> {
    let Source::Folder(dir) = &opts.source else {
        return Err(CliError::usage("--bucket deploys a folder: give a folder, not a .zip, a URL or a job ID")
            .hint("to deploy a zip already in S3, use --source-url s3://BUCKET/KEY.zip"));
    };
    let hashed = hashed_folder(ctx, dir, opts.allow_secrets).await?;
    if !bucket.zip {
        refuse_unlistable_names(hashed.entries.iter().map(|(e, _)| e.name.as_str()))?;
        refuse_long_keys(&bucket.url.key, hashed.entries.iter().map(|(e, _)| e.name.as_str()))?;
    }
    let s3 = ctx.s3().await?;
    let who = whoami(ctx).await;
    let region = ctx.client().await?.region().await?;
    s3ops::check_bucket(s3, &bucket.url.bucket, &region).await.map_err(failed)?;
    check_policy(ctx, &bucket, who.as_ref().map(|i| i.account.as_str())).await?;
    let app = ensure_app(ctx, &opts).await?;
    super::super::rules::check::warn_if_unpushed(ctx, &app);
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    ensure_branch(ctx, &app_id, &opts).await?;
    clear_the_branch(ctx, &app_id, &opts.branch, opts.cancel_pending).await?;

    let prefix = bucket.url.key.clone();
    let previous = previous_deployment(s3, &bucket, &app_id, &opts.branch).await?;
    // Its files were all written before its manifest was: a copy checks its source is not newer.
    let previous_written = previous.as_ref().map_or(0, |(_, written)| *written);
    let previous = previous.as_ref().map(|(m, _)| m);
    let deploy_id = manifest::new_deploy_id(time::OffsetDateTime::now_utc());
    let files: Vec<(String, FileRecord)> =
        hashed.entries.iter().map(|(e, md5)| (e.name.clone(), FileRecord::new(e.size, md5.clone()))).collect();
    let source_url = manifest::source_url(&bucket.url.bucket, &prefix, &deploy_id, bucket.zip);
    let kind = if bucket.zip { "ZIP" } else { "BUCKET_PREFIX" };
    let mut record = Manifest {
        version: 1,
        deploy_id,
        app_id: app_id.clone(),
        branch: opts.branch.clone(),
        source_url,
        source_url_type: kind.into(),
        message: bucket.message.clone(),
        git: crate::deploy::git::state(dir),
        who: who.map(|i| i.arn).unwrap_or_else(identity::local_user),
        created: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        job_id: None,
        files_uploaded: 0,
        files_copied: 0,
        bytes_uploaded: 0,
        zip_etag: None,
        changes: None,
        files: files.iter().cloned().collect(),
    };
    // Counted now: `--keep` may delete the previous manifest before a history is asked for.
    // Against the branch's own previous deployment; without one read here (its first, or a
    // switch between files and `--zip`), a history counts against the next older manifest.
    let own = previous.filter(|p| p.app_id == app_id && p.branch == opts.branch);
    record.changes = own.map(|p| manifest::changes(Some(p), &record));
    let what = Transfer {
        opts: &opts,
        bucket: &bucket,
        dir,
        files: &files,
        empty_dirs: &hashed.empty_dirs,
        previous,
        previous_written,
    };
    let started = place_and_start(ctx, &what, &mut record).await?;
    ctx.ui.status(format!(
        "Started deployment job {} on {} from {}",
        started["jobSummary"]["jobId"].as_str().unwrap_or_default(),
        opts.branch,
        record.source_url
    ));
    let how = Follow { wait: opts.wait, timeout: opts.timeout, cancel_on_interrupt: opts.cancel_on_interrupt };
    follow(ctx, &app, &opts.branch, &started, result_members(&record), &how).await?;
    if opts.wait {
        prune_after_success(ctx, &bucket, &app_id, &opts.branch).await?;
    }
    super::verify_after(ctx, &app, &opts).await
}

/// [`prune`] once the result is out (the deploy succeeded): a signal now cuts only the
/// pruning short, and says so.
async fn prune_after_success(ctx: &Ctx, bucket: &BucketOptions, app_id: &str, branch: &str) -> Result<(), CliError> {
    let pruning = async {
        prune(ctx, bucket, app_id, branch).await;
        Ok(())
    };
    let cut_short = async {
        CliError::new(Exit::Interrupted, "interrupted while removing older deployments from the bucket")
            .hint("the deploy itself succeeded; the next deploy to the bucket removes the rest")
    };
    interrupt::interruptible(pruning, cut_short).await
}

/// A deployment kept as files is read back by listing its prefix, and S3 lists keys in
/// XML 1.0, which cannot carry control characters: such a name would make the job fail at
/// DEPLOY and every later listing of the prefix too. Refused before any request (exit 2).
fn refuse_unlistable_names<'a>(names: impl Iterator<Item = &'a str>) -> Result<(), CliError> {
    let unlistable: Vec<String> = names.filter(|n| n.chars().any(char::is_control)).map(|n| format!("{n:?}")).collect();
    match unlistable.as_slice() {
        [] => Ok(()),
        some => Err(CliError::usage(format!(
            "{} file name(s) with a control character, which S3 cannot list: {}",
            some.len(),
            some.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        ))
        .hint("rename them, leave them out with .amphostignore, or deploy the site as one zip (--zip)")),
    }
}

/// A file whose key (`PREFIX/<deploy-id>/PATH`) would be longer than S3 takes is refused
/// before any request (exit 2): its upload would fail midway.
fn refuse_long_keys<'a>(prefix: &str, mut names: impl Iterator<Item = &'a str>) -> Result<(), CliError> {
    let folder = manifest::files_prefix(prefix, &"0".repeat(manifest::DEPLOY_ID_LEN)).len();
    match names.find(|n| folder + n.len() > manifest::MAX_KEY_BYTES) {
        None => Ok(()),
        Some(long) => Err(CliError::usage(format!(
            "{:?} would be a key of {} bytes under {prefix}: S3 keys hold at most {} bytes",
            long,
            folder + long.len(),
            manifest::MAX_KEY_BYTES
        ))
        .hint("use a shorter --bucket prefix or file path, or deploy the site as one zip (--zip)")),
    }
}

/// What a deploy copies from, with when its manifest was written: the newest deployment kept
/// the same way (files, or a zip with `--zip`) of the branch, else of another branch of the app
/// (a new preview branch copies from main), else of another app sharing the prefix (a copy is
/// of a file with the same MD5, whoever deployed it). None when there is none, or its manifest
/// cannot be read.
async fn previous_deployment(
    s3: &aws_sdk_s3::Client,
    bucket: &BucketOptions,
    app_id: &str,
    branch: &str,
) -> Result<Option<(Manifest, i64)>, CliError> {
    let (name, prefix) = (&bucket.url.bucket, &bucket.url.key);
    let all = s3ops::manifests(s3, name, prefix).await.map_err(failed)?;
    let kind = if bucket.zip { "ZIP" } else { "BUCKET_PREFIX" };
    let newest = |fits: &dyn Fn(&Manifest) -> bool| all.iter().rev().find(|m| m.source_url_type == kind && fits(m));
    let chosen = newest(&|m| m.app_id == app_id && m.branch == branch)
        .or_else(|| newest(&|m| m.app_id == app_id))
        .or_else(|| newest(&|_| true));
    // Read whole only now: the others' file lists are not needed (see `manifest::parse_head`).
    Ok(match chosen {
        Some(m) => s3ops::read_manifest_written(s3, name, prefix, &m.deploy_id).await.ok(),
        None => None,
    })
}

/// What a bucket deploy adds to deploy's JSON result.
fn result_members(record: &Manifest) -> Map<String, Value> {
    let mut extra = Map::new();
    extra.insert("bytesUploaded".into(), json!(record.bytes_uploaded));
    extra.insert("files".into(), json!(record.files.len()));
    extra.insert("filesUploaded".into(), json!(record.files_uploaded));
    extra.insert("filesCopied".into(), json!(record.files_copied));
    extra.insert("deployId".into(), json!(record.deploy_id));
    extra.insert("sourceUrl".into(), json!(record.source_url));
    extra
}

/// Who deploys: STS's answer when worth asking (see [`identity::worth_asking`]).
async fn whoami(ctx: &Ctx) -> Option<identity::Identity> {
    if ctx.is_local() || !identity::worth_asking() {
        return None;
    }
    identity::caller(&ctx.s3_settings().await.ok()?).await
}

/// The bucket policy must let Amplify read the prefix. When it does not, the statements it
/// needs are shown; `--grant` adds them after a confirmation. A policy that cannot be read
/// (no s3:GetBucketPolicy permission) is warned about, not fatal: the job would say.
async fn check_policy(ctx: &Ctx, bucket: &BucketOptions, account: Option<&str>) -> Result<(), CliError> {
    let s3 = ctx.s3().await?;
    let name = &bucket.url.bucket;
    let current = match s3ops::read_policy(s3, name).await {
        Ok(p) => p,
        Err(e) => {
            ctx.ui.warn(format!("{e}; if Amplify cannot read the bucket, the job will fail at DEPLOY"));
            return Ok(());
        }
    };
    let missing = policy::missing(current.as_ref(), name, &bucket.url.key, account);
    if !missing.any() {
        return Ok(());
    }
    if !missing.denied_by.is_empty() {
        return Err(CliError::failure(format!(
            "the policy of bucket {name} denies Amplify what it needs to read {} ({}): no statement added \
             can change that, an explicit Deny wins",
            bucket.url,
            missing.denied_by.join(", ")
        ))
        .hint("narrow that Deny (exclude amplify.amazonaws.com, or the prefix), then deploy again"));
    }
    let needed = policy::needed(&missing, name, &bucket.url.key, account);
    let shown = needed.iter().map(|s| serde_json::to_string_pretty(s).unwrap_or_default()).collect::<Vec<_>>();
    if !bucket.grant {
        return Err(CliError::failure(format!(
            "the policy of bucket {name} does not let Amplify read {}: it needs these statements:\n{}",
            bucket.url,
            shown.join(",\n")
        ))
        .hint(
            "add them to the bucket policy (`aws s3api put-bucket-policy`), or pass --grant to let amphost add them",
        ));
    }
    ctx.ui.status(format!(
        "Amplify needs to read {}; these statements would be added:\n{}",
        bucket.url,
        shown.join(",\n")
    ));
    ctx.ui.confirm(&format!("add them to the policy of bucket {name}"), ctx.yes)?;
    grant(s3, bucket, account).await?;
    ctx.ui.status(format!("Granted Amplify read access to {}", bucket.url));
    Ok(())
}

/// How many times the grant is applied again when concurrent writers drop it.
const GRANT_ROUNDS: u32 = 8;

/// Adds what Amplify needs to the bucket policy, read-merge-write. PutBucketPolicy has no
/// condition: a concurrent writer (another deploy's `--grant`) can replace the policy with one
/// it read before, dropping the grant. So the policy is read back after a pause until a pause
/// passes with no other change, and the grant applied again whenever it was dropped (as
/// `env set` does with variables).
async fn grant(s3: &aws_sdk_s3::Client, bucket: &BucketOptions, account: Option<&str>) -> Result<(), CliError> {
    let (name, prefix) = (&bucket.url.bucket, &bucket.url.key);
    for _ in 0..GRANT_ROUNDS {
        let current = s3ops::read_policy(s3, name).await.map_err(failed)?;
        let missing = policy::missing(current.as_ref(), name, prefix, account);
        let mut seen = policy::granted(current.as_ref(), policy::needed(&missing, name, prefix, account));
        if missing.any() {
            s3ops::write_policy(s3, name, &seen).await.map_err(failed)?;
        }
        loop {
            tokio::time::sleep(crate::commands::settle()).await;
            let now = s3ops::read_policy(s3, name).await.map_err(failed)?.unwrap_or_default();
            if policy::missing(Some(&now), name, prefix, account).any() {
                break;
            }
            if now == seen {
                return Ok(());
            }
            seen = now;
        }
    }
    Err(CliError::failure(format!("other writers kept replacing the policy of bucket {name}: the grant did not hold"))
        .hint("deploy again when they are done, or add the statements to the policy yourself"))
}

/// The files placed (or the zip uploaded), the manifest written, StartDeployment; the
/// manifest then names the job. Any failure or signal before the start deletes what was
/// written for this deployment; StartDeployment itself runs to its end (a job it started reads
/// those files), and a signal during it goes on to the wait.
async fn place_and_start(ctx: &Ctx, what: &Transfer<'_>, record: &mut Manifest) -> Result<Value, CliError> {
    let bucket = what.bucket;
    let s3 = ctx.s3().await?;
    let deploy_id = record.deploy_id.clone();
    // Whether the manifest may have been written (its PUT was sent): only then is it deleted.
    let manifest_sent = std::cell::Cell::new(false);
    let work = async {
        let (placed, zip_etag, etags) = transfer(ctx, what, &deploy_id).await?;
        record.zip_etag = zip_etag;
        for (path, etag) in etags {
            if let Some(file) = record.files.get_mut(&path) {
                file.etag = Some(etag);
            }
        }
        record.files_uploaded = placed.files_uploaded;
        record.files_copied = placed.files_copied;
        record.bytes_uploaded = placed.bytes_uploaded;
        manifest_sent.set(true);
        s3ops::write_manifest(s3, &bucket.url.bucket, &bucket.url.key, record).await.map_err(failed)
    };
    let interrupted = async {
        let e = CliError::new(Exit::Interrupted, "interrupted before the deployment started");
        remove_unstarted(ctx, bucket, &deploy_id, manifest_sent.get(), e).await
    };
    match interrupt::interruptible(work, interrupted).await {
        Ok(()) => {}
        Err(e) if e.exit == Exit::Interrupted || e.exit == Exit::Terminated || e.exit == Exit::HangUp => return Err(e),
        Err(e) => return Err(remove_unstarted(ctx, bucket, &deploy_id, manifest_sent.get(), e).await),
    }
    let input = json!({
        "appId": record.app_id, "branchName": record.branch,
        "sourceUrl": record.source_url, "sourceUrlType": record.source_url_type,
    });
    let client = ctx.client().await?;
    // A signal passed on by the start waits here for the wait, past the manifest's update.
    let _held = interrupt::Handling::start();
    let started =
        crate::commands::watch::start_shielded(client, &record.app_id, &record.branch, "StartDeployment", input).await;
    let started = match started {
        Ok(started) => started,
        Err(e) => return Err(remove_unstarted(ctx, bucket, &deploy_id, true, super::busy_hint(e)).await),
    };
    record.job_id = started["jobSummary"]["jobId"].as_str().map(str::to_string);
    if let Err(e) = s3ops::write_manifest(s3, &bucket.url.bucket, &bucket.url.key, record).await {
        ctx.ui.warn(format!("the deployment started, but its manifest could not name the job: {e}"));
    }
    Ok(started)
}

/// What a bucket deploy transfers: the folder's files (site path, size, MD5) and the
/// deployment they may be copied from (kept as files, or as a zip with `--zip`).
struct Transfer<'a> {
    opts: &'a DeployOptions,
    bucket: &'a BucketOptions,
    dir: &'a Path,
    files: &'a [(String, FileRecord)],
    empty_dirs: &'a [String],
    previous: Option<&'a Manifest>,
    /// When the previous deployment's manifest was written (S3's clock, Unix seconds).
    previous_written: i64,
}

/// What a transfer placed, the zip's ETag, and the files' ETags by site path.
type Transferred = (Placed, Option<String>, Vec<(String, String)>);

/// Places the files (copies and uploads; then also their ETags, by path) or uploads the zip
/// (then also its ETag), with a progress bar.
async fn transfer(ctx: &Ctx, what: &Transfer<'_>, deploy_id: &str) -> Result<Transferred, CliError> {
    let Transfer { opts, bucket, dir, files, previous, previous_written, .. } = *what;
    let s3 = ctx.s3().await?;
    let (name, prefix) = (&bucket.url.bucket, &bucket.url.key);
    if bucket.zip {
        let (placed, etag) = upload_zip(ctx, what, deploy_id).await?;
        return Ok((placed, etag, Vec::new()));
    }
    let intact = match previous.filter(|m| m.source_url_type == "BUCKET_PREFIX") {
        Some(m) => Some(still_as_written(s3, bucket, m, previous_written).await?),
        None => None,
    };
    let steps = manifest::plan(files, intact.as_ref().or(previous), prefix);
    let placements: Vec<Placement> = files
        .iter()
        .zip(steps)
        .map(|((name, rec), step)| Placement { path: dir.join(name), name: name.clone(), record: rec.clone(), step })
        .collect();
    let to_upload: u64 = placements.iter().filter(|p| p.step == manifest::Step::Upload).map(|p| p.record.size).sum();
    let bar = TransferBar::new(&ctx.ui, "uploading", to_upload);
    let dest = manifest::files_prefix(prefix, deploy_id);
    let placed = s3ops::place(s3, name, &dest, &placements, previous_written, opts.concurrency, bar.clone()).await;
    let detail = match &placed {
        Ok((p, _)) => format!("{} files uploaded, {} unchanged copied in the bucket", p.files_uploaded, p.files_copied),
        Err(_) => String::new(),
    };
    finish(&bar, &placed, &detail);
    let (placed, etags) = placed.map_err(failed)?;
    if let Some(tip) = zip_tip(&placed) {
        ctx.ui.status(tip);
    }
    Ok((placed, None, etags))
}

/// From this many unchanged files, a redeploy kept as files is bound by its copies (one
/// request each, as many as a full deploy's uploads), where a zip's unchanged entries are
/// copied in a few large ranges: `--zip` is then the faster way (see benches/incremental.sh).
const MANY_COPIES: usize = 1000;

/// The tip for a redeploy bound by its copies.
fn zip_tip(placed: &Placed) -> Option<String> {
    (placed.files_copied >= MANY_COPIES).then(|| {
        format!(
            "tip: the {} unchanged files were copied one request each; a site this size redeploys \
             faster as one zip (--zip; its first deploy uploads the whole site)",
            placed.files_copied
        )
    })
}

/// The previous deployment's files that are still as amphost wrote them: one changed in the
/// bucket since (written again by hand or by another tool, or deleted) is not copied from, but
/// uploaded from the folder.
async fn still_as_written(
    s3: &aws_sdk_s3::Client,
    bucket: &BucketOptions,
    previous: &Manifest,
    written: i64,
) -> Result<Manifest, CliError> {
    let drift = s3ops::drift_of(s3, &bucket.url.bucket, &bucket.url.key, previous, written).await.map_err(failed)?;
    let gone: std::collections::HashSet<&String> = drift.changed.iter().chain(&drift.missing).collect();
    let mut intact = previous.clone();
    intact.files.retain(|path, _| !gone.contains(path));
    Ok(intact)
}

/// The deployment's zip: composed from the previous zip deployment's when that pays (see
/// [`zipcompose`]: unchanged entries copied inside the bucket, the changed ones and a new
/// directory uploaded), else zipped whole and uploaded.
async fn upload_zip(ctx: &Ctx, what: &Transfer<'_>, deploy_id: &str) -> Result<(Placed, Option<String>), CliError> {
    let Transfer { opts, bucket, dir, files, previous, .. } = *what;
    let key = manifest::zip_key(&bucket.url.key, deploy_id);
    if let Some(previous) = previous {
        match compose_zip(ctx, what, previous, &key).await {
            Ok(placed) => return Ok(placed),
            Err(Unfit(why)) => ctx.ui.status(format!("Uploading the whole zip: {why}")),
        }
    }
    let s3 = ctx.s3().await?;
    let zip = zip_listing(ctx, as_hashed(dir, files, what.empty_dirs), opts.compression_level).await?;
    let size = zip.as_file().metadata().map(|m| m.len()).unwrap_or(0);
    let bar = TransferBar::new(&ctx.ui, "uploading", size);
    let sent = s3ops::upload_whole(s3, &bucket.url.bucket, &key, zip.path(), bar.as_ref()).await;
    finish(&bar, &sent, "");
    let (bytes, etag) = sent.map_err(failed)?;
    Ok((Placed { files_uploaded: files.len(), files_copied: 0, bytes_uploaded: bytes }, etag))
}

/// The folder's files as hashed: the zip holds those (not what the folder holds by then), each
/// checked to still have the MD5 the manifest records.
fn as_hashed(dir: &Path, files: &[(String, FileRecord)], empty_dirs: &[String]) -> Listing {
    let entry = |(name, record): &(String, FileRecord)| Entry {
        name: name.clone(),
        path: dir.join(name),
        size: record.size,
        md5: Some(record.md5.clone()),
    };
    Listing {
        files: files.iter().map(entry).collect(),
        empty_dirs: empty_dirs.to_vec(),
        total_bytes: files.iter().map(|(_, record)| record.size).sum(),
        ..Listing::default()
    }
}

/// How many bytes of the previous zip are read first: its end record and, for sites of up to
/// about 50,000 files, its whole central directory.
const DIRECTORY_READ: u64 = 4 << 20;

/// The new zip at `key` composed from `previous`'s; Unfit (the zip is then uploaded whole)
/// when the previous zip cannot be read, is no longer the one amphost wrote, or reusing it
/// does not pay. Every read and the copy are tied to the previous zip's ETag, so the bytes
/// reused are the bytes planned with.
async fn compose_zip(
    ctx: &Ctx,
    what: &Transfer<'_>,
    previous: &Manifest,
    key: &str,
) -> Result<(Placed, Option<String>), Unfit> {
    let Transfer { opts, bucket, dir, files, empty_dirs, .. } = *what;
    let (s3, name) = (ctx.s3().await.map_err(|e| Unfit(e.message))?, &bucket.url.bucket);
    let unfit = |e: BucketError| match s3ops::is_changed_since(&e) {
        true => Unfit(format!("the previous zip is not reused: {e}")),
        false => Unfit(format!("the previous zip could not be read ({e})")),
    };
    let from = manifest::zip_key(&bucket.url.key, &previous.deploy_id);
    let Some(etag) = previous.zip_etag.clone() else {
        return Err(Unfit("the previous zip's manifest has no ETag to check it by (an older amphost wrote it)".into()));
    };
    // One read for the end record and, unless the site has tens of thousands of files, the
    // whole directory.
    let last = s3ops::read_last(s3, name, &from, DIRECTORY_READ, &etag).await.map_err(unfit)?;
    let end = zipcompose::parse_end(&last.bytes, last.total)?;
    let in_last = (end.directory_offset + last.bytes.len() as u64).checked_sub(last.total);
    let directory = match in_last {
        Some(at) => last.bytes[at as usize..at as usize + end.directory_size as usize].to_vec(),
        None => {
            let range = (end.directory_offset, end.directory_size);
            s3ops::read_range(s3, name, &from, range, &etag).await.map_err(unfit)?
        }
    };
    let old = zipcompose::parse_directory(&directory, end.entries)?;
    let md5s: std::collections::HashMap<&str, &FileRecord> = files.iter().map(|(n, r)| (n.as_str(), r)).collect();
    let listing = as_hashed(dir, files, empty_dirs);
    let mut plan =
        Composition::plan(&listing, &old, |e| previous.files.get(&e.name) == md5s.get(e.name.as_str()).copied());
    plan.worth_it(&end, plan.changed.total_bytes)?;
    let changed = std::mem::take(&mut plan.changed);
    let changed_files = changed.files.len();
    let small = zip_listing(ctx, changed, opts.compression_level).await.map_err(|e| Unfit(e.message))?;
    let (plan, tail, tail_len) = tail_file(plan, old, end, small).await?;
    plan.worth_it(&end, tail_len)?;
    let bar = TransferBar::new(&ctx.ui, "uploading", tail_len);
    let head = s3ops::Head { key: &from, len: end.directory_offset, etag: &etag };
    let sent = s3ops::compose(s3, name, key, &head, tail.path(), bar.as_ref()).await;
    let detail = format!("{changed_files} changed files and the zip's directory; {} unchanged reused", plan.reused);
    finish(&bar, &sent, &detail);
    let (bytes_uploaded, etag) =
        sent.map_err(|e| Unfit(format!("the new zip could not be composed in the bucket ({e})")))?;
    Ok((Placed { files_uploaded: changed_files, files_copied: plan.reused, bytes_uploaded }, etag))
}

/// The composed zip's tail (the changed entries, then the new directory and end record) in a
/// temporary file, and its length; written on a blocking thread, as it copies the entries.
async fn tail_file(
    plan: Composition,
    old: zipcompose::Directory,
    end: zipcompose::End,
    small: tempfile::NamedTempFile,
) -> Result<(Composition, tempfile::NamedTempFile, u64), Unfit> {
    let write = move || {
        let tail = tempfile::NamedTempFile::new().map_err(|e| Unfit(format!("cannot create a temporary file: {e}")))?;
        let mut out = std::io::BufWriter::new(tail.as_file());
        let len = zipcompose::write_tail(&plan, &old, &end, small.path(), &mut out)?;
        std::io::Write::flush(&mut out).map_err(|e| Unfit(format!("cannot write the new zip: {e}")))?;
        drop(out);
        Ok((plan, tail, len))
    };
    tokio::task::spawn_blocking(write).await.map_err(|e| Unfit(format!("cannot write the new zip: {e}")))?
}

fn finish<T, E>(bar: &TransferBar, r: &Result<T, E>, detail: &str) {
    match r {
        Ok(_) => bar.finish(detail),
        Err(_) => bar.abandon(),
    }
}

/// How long requests the bucket had whole when a run stopped (copies, a multipart upload's
/// completion: S3 finishes them though no one waits for the answer) are given to land, and
/// how many times, before what they wrote is looked for again.
const LATE_ARRIVAL: std::time::Duration = std::time::Duration::from_secs(1);
const LATE_ROUNDS: usize = 3;

/// Removes what requests in flight when the run stopped wrote after the first removal; an
/// error when something still arrives after [`LATE_ROUNDS`] looks.
async fn remove_late_arrivals(
    s3: &aws_sdk_s3::Client,
    name: &str,
    prefix: &str,
    deploy_id: &str,
    written: &str,
) -> Result<(), BucketError> {
    for _ in 0..LATE_ROUNDS {
        tokio::time::sleep(LATE_ARRIVAL).await;
        s3ops::abort_uploads(s3, name, prefix, Some(deploy_id), None).await?;
        let late = s3ops::list_keys(s3, name, written).await?;
        if late.is_empty() {
            return Ok(());
        }
        s3ops::delete_keys(s3, name, &late).await?;
    }
    Err(BucketError::new("requests still in flight kept writing to it"))
}

/// A deployment that did not start leaves nothing behind: its files (or zip) and manifest (if
/// `manifest_sent`) are deleted, and the error says so (or says what is left, if deleting
/// failed).
async fn remove_unstarted(
    ctx: &Ctx,
    bucket: &BucketOptions,
    deploy_id: &str,
    manifest_sent: bool,
    cause: CliError,
) -> CliError {
    let (name, prefix) = (&bucket.url.bucket, &bucket.url.key);
    // Its folder `P/<id>/` or its zip `P/<id>.zip`, with any upload to it left unfinished.
    let written =
        if bucket.zip { manifest::zip_key(prefix, deploy_id) } else { manifest::files_prefix(prefix, deploy_id) };
    let left = format!(
        "what the deployment wrote to s3://{name}/{written} stays until the next deploy to the bucket removes it"
    );
    if interrupt::if_forced(left.as_str()) {
        ctx.ui.status("removing what the deployment wrote to the bucket (interrupt again to leave it)");
    }
    let removed = async {
        let s3 = ctx.s3().await.map_err(|e| BucketError::new(e.message))?;
        s3ops::abort_uploads(s3, name, prefix, Some(deploy_id), None).await?;
        if bucket.zip {
            s3ops::delete_keys(s3, name, std::slice::from_ref(&written)).await?;
        } else {
            s3ops::delete_prefix(s3, name, &written).await?;
        }
        if manifest_sent {
            s3ops::delete_keys(s3, name, &[manifest::manifest_key(prefix, deploy_id)]).await?;
        }
        remove_late_arrivals(s3, name, prefix, deploy_id, &written).await
    };
    let said = match interrupt::shielded(removed, &left).await.0 {
        Ok(()) => format!("the deployment did not start; what it had written to the bucket was removed ({deploy_id})"),
        Err(e) => format!(
            "the deployment did not start, and what it wrote to s3://{name}/{written} could not be removed: {e}"
        ),
    };
    CliError { message: format!("{}\n{said}", cause.message), ..cause }
}

/// After a success: the branch's deployments beyond the newest `keep` are deleted, except the
/// ones live or next for a rollback on any branch; then what killed runs left unfinished.
async fn prune(ctx: &Ctx, bucket: &BucketOptions, app_id: &str, branch: &str) {
    // The manifests, read once for both sweeps (each is a GET).
    let all = match ctx.s3().await {
        Ok(s3) => s3ops::manifests(s3, &bucket.url.bucket, &bucket.url.key).await.map_err(failed),
        Err(e) => Err(e),
    };
    let all = match all {
        Ok(all) => all,
        Err(e) => return ctx.ui.warn(format!("could not read the bucket's deployments to prune them: {}", e.message)),
    };
    match prune_old(ctx, bucket, &all, app_id, branch).await {
        Ok(0) => {}
        Ok(n) => ctx.ui.status(format!(
            "Removed {n} older deployment{} of {branch} from the bucket (--keep {})",
            if n == 1 { "" } else { "s" },
            bucket.keep
        )),
        Err(e) => ctx.ui.warn(format!("could not remove older deployments from the bucket: {}", e.message)),
    }
    match sweep_orphans(ctx, bucket, app_id).await {
        Ok(0) => {}
        Ok(n) => ctx.ui.status(format!(
            "Removed the files of {n} deployment{} an interrupted run left unfinished (never started, never served)",
            if n == 1 { "" } else { "s" }
        )),
        Err(e) => ctx.ui.warn(format!("could not remove unfinished deployments from the bucket: {}", e.message)),
    }
}

/// How old a deployment's files without a manifest must be to count as left by a run that
/// was killed (SIGKILL, a lost machine): a run under way has written none yet either.
const ORPHAN_AGE: time::Duration = time::Duration::hours(1);

/// Deletes the files of deployments that never got a manifest (their run was killed before
/// it could clean up), started and last written to over [`ORPHAN_AGE`] ago (a run uploading
/// for longer still writes). They were never started, so never
/// served. A manifest that is there counts even if it cannot be read (a failed GET, a hand
/// edit), and a deployment a branch of the app is live on or would roll back to is kept
/// whatever: this sweep deletes nothing that may be served.
async fn sweep_orphans(ctx: &Ctx, bucket: &BucketOptions, app_id: &str) -> Result<usize, CliError> {
    let s3 = ctx.s3().await?;
    let (name, prefix) = (&bucket.url.bucket, &bucket.url.key);
    let recorded = s3ops::manifest_ids(s3, name, prefix).await.map_err(failed)?;
    let cutoff = time::OffsetDateTime::now_utc() - ORPHAN_AGE;
    let ids = s3ops::deployment_ids(s3, name, prefix).await.map_err(failed)?;
    let started_long_ago = ids
        .iter()
        .filter(|id| !recorded.contains(id))
        .filter(|id| manifest::deploy_id_time(id).is_some_and(|t| t < cutoff));
    let mut orphans = Vec::new();
    // An ID tells when its run started: one uploading for over an hour is still writing.
    for id in started_long_ago {
        let folder_or_zip = format!("{}{id}", manifest::with_slash(prefix));
        let written = s3ops::last_written(s3, name, &folder_or_zip).await.map_err(failed)?;
        if written.is_none_or(|at| at < cutoff.unix_timestamp()) {
            orphans.push(id);
        }
    }
    if !orphans.is_empty() {
        let needed = rollback_sources(ctx, app_id).await?;
        let serves = |id: &str| {
            let sources = [manifest::source_url(name, prefix, id, false), manifest::source_url(name, prefix, id, true)];
            needed.iter().any(|u| sources.iter().any(|s| manifest::same_source(u, s)))
        };
        orphans.retain(|id| !serves(id));
    }
    for id in &orphans {
        s3ops::delete_prefix(s3, name, &manifest::files_prefix(prefix, id)).await.map_err(failed)?;
        s3ops::delete_keys(s3, name, &[manifest::zip_key(prefix, id)]).await.map_err(failed)?;
    }
    // Uploads a killed run left unfinished: none of ours takes a day.
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    s3ops::abort_uploads(s3, name, prefix, None, Some(day_ago)).await.map_err(failed)?;
    Ok(orphans.len())
}

async fn prune_old(
    ctx: &Ctx,
    bucket: &BucketOptions,
    all: &[Manifest],
    app_id: &str,
    branch: &str,
) -> Result<usize, CliError> {
    let s3 = ctx.s3().await?;
    let (name, prefix) = (&bucket.url.bucket, &bucket.url.key);
    let mine: Vec<&Manifest> = all.iter().rev().filter(|m| m.app_id == app_id && m.branch == branch).collect();
    if mine.len() <= bucket.keep {
        return Ok(0);
    }
    let protected = rollback_sources(ctx, app_id).await?;
    let mut removed = 0;
    for m in
        mine.iter().skip(bucket.keep).filter(|m| !protected.iter().any(|u| manifest::same_source(u, &m.source_url)))
    {
        // The manifest first: cut short after it, what is left is files with no manifest,
        // which the orphan sweep removes; never a manifest naming files that are gone.
        s3ops::delete_keys(s3, name, &[manifest::manifest_key(prefix, &m.deploy_id)]).await.map_err(failed)?;
        s3ops::delete_prefix(s3, name, &manifest::files_prefix(prefix, &m.deploy_id)).await.map_err(failed)?;
        s3ops::delete_keys(s3, name, &[manifest::zip_key(prefix, &m.deploy_id)]).await.map_err(failed)?;
        removed += 1;
    }
    Ok(removed)
}

/// The sources the app's branches need kept: for every branch (a promotion shares a source
/// between branches), its live job's, the next rollback's (the success before it that deployed
/// something else), and those of its jobs under way (a promotion reading one). `--keep` never
/// deletes them.
async fn rollback_sources(ctx: &Ctx, app_id: &str) -> Result<Vec<String>, CliError> {
    let client = ctx.client().await?;
    let out = list_all(client, "ListBranches", json!({"appId": app_id}), &PageOptions::default()).await?;
    let names: Vec<String> = out["branches"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| b["branchName"].as_str().map(str::to_string))
        .collect();
    let per_branch =
        names.iter().map(|name| async move { Ok::<_, CliError>(needed_sources(&jobs_of(ctx, app_id, name).await?)) });
    let found: Vec<Vec<String>> = futures_util::stream::iter(per_branch).buffer_unordered(8).try_collect().await?;
    Ok(found.into_iter().flatten().collect())
}

/// Of one branch's jobs (newest first), the sources to keep: the live one's, the next
/// rollback's, and those of jobs under way.
fn needed_sources(jobs: &[Value]) -> Vec<String> {
    let (live, next_rollback) = crate::commands::rollback::live_and_next_rollback(jobs);
    let under_way = jobs.iter().filter(|j| JobStatus::from_json(&j["status"]).is_some_and(|s| !s.is_terminal()));
    let needed = live.into_iter().chain(next_rollback).chain(under_way);
    needed.filter_map(|j| j["sourceUrl"].as_str().map(str::to_string)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_branch_needs_its_live_source_its_next_rollbacks_and_those_of_jobs_under_way() {
        let job = |status: &str, url: &str| json!({"status": status, "sourceUrl": url});
        let jobs = [
            job("RUNNING", "s3://b/p/5/"),
            job("SUCCEED", "s3://b/p/2/"),
            job("SUCCEED", "s3://b/p/2/"),
            job("FAILED", "s3://b/p/4/"),
            job("SUCCEED", "s3://b/p/1/"),
            job("SUCCEED", "s3://b/p/0/"),
        ];
        assert_eq!(needed_sources(&jobs), ["s3://b/p/2/", "s3://b/p/1/", "s3://b/p/5/"]);
    }

    #[test]
    fn only_a_redeploy_of_many_copies_suggests_a_zip() {
        let copied = |files_copied| Placed { files_uploaded: 3, files_copied, bytes_uploaded: 30 };
        assert_eq!(zip_tip(&copied(MANY_COPIES - 1)), None);
        let tip = zip_tip(&copied(MANY_COPIES)).unwrap();
        assert!(tip.contains("the 1000 unchanged files") && tip.contains("--zip"), "{tip}");
    }
}
