//! Bucket deploys over S3 (`aws-sdk-s3`): the bucket checked (there, reachable, in the app's
//! region), its policy read and written, manifests listed and written, a deployment's files
//! placed (copied inside the bucket when an earlier deployment holds the same bytes, else
//! uploaded, in parallel, multipart above [`MULTIPART_THRESHOLD`], every byte MD5-checked),
//! and old deployments deleted. Plain functions of the S3 client: no terminal here, progress
//! goes through [`Progress`].

use super::manifest::{self, FileRecord, Manifest, Step};
use super::Progress;
use aws_sdk_s3::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_s3::primitives::{ByteStream, Length};
use aws_sdk_s3::types::{CompletedMultipartUpload, CompletedPart, Delete, ObjectIdentifier};
use aws_sdk_s3::Client;
use base64::Engine;
use futures_util::stream::{self, StreamExt, TryStreamExt};
use md5::{Digest, Md5};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Files above this size go up in parts, so a dropped connection costs one part, not the file.
pub const MULTIPART_THRESHOLD: u64 = 16 * 1024 * 1024;
/// The size of each part (S3's minimum is 5 MiB). Parts stream from disk: memory holds none.
const PART_SIZE: u64 = 8 * 1024 * 1024;
/// The most server-side copies in flight (they cost S3 requests, not bandwidth).
const MAX_COPY_CONCURRENCY: usize = 64;

#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct BucketError {
    pub message: String,
    /// S3 refused these credentials access (403): an authorization problem, not a failure.
    pub denied: bool,
    /// S3 said there is no such object (404).
    pub not_found: bool,
}

impl BucketError {
    pub fn new(message: impl Into<String>) -> BucketError {
        BucketError { message: message.into(), denied: false, not_found: false }
    }
}

/// An SDK error as one line: the operation, then S3's code and message (or the cause chain;
/// `access denied (HTTP 403)` for a refusal with no body, as S3 answers HEAD requests).
fn s3_error<E>(what: &str, e: &SdkError<E, aws_sdk_s3::config::http::HttpResponse>) -> BucketError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    let denied = status_of(e) == Some(403);
    let said = match (e.code(), denied) {
        (None, true) => "access denied (HTTP 403)".to_string(),
        _ => crate::storage::service_error_text(e),
    };
    BucketError { message: format!("{what}: {said}"), denied, not_found: status_of(e) == Some(404) }
}

/// The HTTP status of a failed request, when the service answered.
fn status_of<E>(e: &SdkError<E, aws_sdk_s3::config::http::HttpResponse>) -> Option<u16> {
    e.raw_response().map(|r| r.status().as_u16())
}

/// The bucket exists, is reachable with these credentials, and is in `region` (Amplify reads
/// deployment sources from a bucket in the app's region).
pub async fn check_bucket(s3: &Client, bucket: &str, region: &str) -> Result<(), BucketError> {
    match s3.head_bucket().bucket(bucket).send().await {
        Ok(out) => match out.bucket_region() {
            Some(found) if found != region => Err(BucketError::new(format!(
                "bucket {bucket} is in {found}, not in {region} where the app is: Amplify reads deployments from a bucket in the app's region"
            ))),
            _ => Ok(()),
        },
        Err(e) => Err(match status_of(&e) {
            Some(404) => BucketError::new(format!("bucket {bucket} does not exist")),
            Some(403) => BucketError {
                message: format!("access to bucket {bucket} is denied to these credentials"),
                denied: true,
                not_found: false,
            },
            Some(301) => BucketError::new(format!("bucket {bucket} is not in {region}, where the app is")),
            _ => s3_error(&format!("cannot reach bucket {bucket}"), &e),
        }),
    }
}

/// The bucket's policy, `None` when it has none.
pub async fn read_policy(s3: &Client, bucket: &str) -> Result<Option<Value>, BucketError> {
    match s3.get_bucket_policy().bucket(bucket).send().await {
        Ok(out) => {
            let text = out.policy().unwrap_or("{}");
            serde_json::from_str(text)
                .map(Some)
                .map_err(|e| BucketError::new(format!("the policy of bucket {bucket} is not JSON: {e}")))
        }
        Err(e) if e.code() == Some("NoSuchBucketPolicy") => Ok(None),
        Err(e) => Err(s3_error(&format!("cannot read the policy of bucket {bucket}"), &e)),
    }
}

pub async fn write_policy(s3: &Client, bucket: &str, policy: &Value) -> Result<(), BucketError> {
    s3.put_bucket_policy()
        .bucket(bucket)
        .policy(policy.to_string())
        .send()
        .await
        .map(|_| ())
        .map_err(|e| s3_error(&format!("cannot write the policy of bucket {bucket}"), &e))
}

/// Every key under `prefix`, every page.
pub async fn list_keys(s3: &Client, bucket: &str, prefix: &str) -> Result<Vec<String>, BucketError> {
    let mut keys = Vec::new();
    let mut pages = s3.list_objects_v2().bucket(bucket).prefix(prefix).into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| s3_error(&format!("cannot list s3://{bucket}/{prefix}"), &e))?;
        keys.extend(page.contents().iter().filter_map(|o| o.key().map(str::to_string)));
    }
    Ok(keys)
}

/// The deployment IDs that have a manifest under `prefix`, whether or not it can be read.
pub async fn manifest_ids(s3: &Client, bucket: &str, prefix: &str) -> Result<Vec<String>, BucketError> {
    let keys = list_keys(s3, bucket, &manifest::manifests_prefix(prefix)).await?;
    let mut ids: Vec<String> = keys
        .iter()
        .filter_map(|k| k.rsplit('/').next()?.strip_suffix(".json"))
        .filter(|id| manifest::is_deploy_id(id))
        .map(str::to_string)
        .collect();
    ids.sort();
    Ok(ids)
}

/// The deployment IDs that have files under `prefix`: folders `PREFIX/<id>/` and zips
/// `PREFIX/<id>.zip`, whether or not a manifest names them.
pub async fn deployment_ids(s3: &Client, bucket: &str, prefix: &str) -> Result<Vec<String>, BucketError> {
    let base = manifest::with_slash(prefix);
    let mut ids = Vec::new();
    let mut pages = s3.list_objects_v2().bucket(bucket).prefix(&base).delimiter("/").into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| s3_error(&format!("cannot list s3://{bucket}/{base}"), &e))?;
        let folders = page.common_prefixes().iter().filter_map(|p| p.prefix()?.strip_prefix(&base)?.strip_suffix('/'));
        let zips = page.contents().iter().filter_map(|o| o.key()?.strip_prefix(&base)?.strip_suffix(".zip"));
        ids.extend(folders.chain(zips).filter(|id| manifest::is_deploy_id(id)).map(str::to_string));
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// When anything under `key_prefix` was last written (Unix seconds; S3's clock), if anything
/// is there: a deployment whose upload is still going has files written moments ago.
pub async fn last_written(s3: &Client, bucket: &str, key_prefix: &str) -> Result<Option<i64>, BucketError> {
    let mut newest = None;
    let mut pages = s3.list_objects_v2().bucket(bucket).prefix(key_prefix).into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| s3_error(&format!("cannot list s3://{bucket}/{key_prefix}"), &e))?;
        let written = page.contents().iter().filter_map(|o| o.last_modified().map(|t| t.secs()));
        newest = newest.max(written.max());
    }
    Ok(newest)
}

/// Whether a deployment's source is still there: an object (`ZIP`), or at least one object
/// under a prefix (`BUCKET_PREFIX`).
async fn source_exists(s3: &Client, bucket: &str, key: &str, is_prefix: bool) -> Result<bool, BucketError> {
    if is_prefix {
        let prefix = manifest::with_slash(key);
        let out = s3.list_objects_v2().bucket(bucket).prefix(&prefix).max_keys(1).send().await;
        let out = out.map_err(|e| s3_error(&format!("cannot list s3://{bucket}/{prefix}"), &e))?;
        return Ok(!out.contents().is_empty());
    }
    match s3.head_object().bucket(bucket).key(key).send().await {
        Ok(_) => Ok(true),
        Err(e) if status_of(&e) == Some(404) => Ok(false),
        Err(e) => Err(s3_error(&format!("cannot read s3://{bucket}/{key}"), &e)),
    }
}

/// What became of a deployment's source since it was deployed.
#[derive(Debug, PartialEq, Eq)]
pub enum Kept {
    /// As amphost wrote it; or, for a source amphost did not make, still there.
    Intact,
    /// Deleted (by `deploy --keep`, or by hand).
    Gone,
    /// A zip written again since amphost wrote it.
    Rewritten,
    /// A folder whose files are no longer those its manifest lists.
    Drifted(manifest::Drift),
    /// Still there, but its manifest is there and cannot be read (why): not checked.
    Unverified(String),
}

/// Whether the source at `key` (a zip, or a folder when `is_prefix`) is still what was
/// deployed. One amphost made is checked against its manifest: every file of a folder (one
/// listing: a request per 1,000 files), or a zip's ETag. Any other is only looked for.
pub async fn check_source(s3: &Client, bucket: &str, key: &str, is_prefix: bool) -> Result<Kept, BucketError> {
    let kind = if is_prefix { "BUCKET_PREFIX" } else { "ZIP" };
    let mut unreadable = None;
    let recorded = match manifest::recorded_as(key) {
        Some((prefix, id)) => match read_with(s3, bucket, &prefix, &id, |b| serde_json::from_slice(b)).await {
            Ok(recorded) => Some(recorded),
            Err(e) => {
                unreadable = (!e.not_found).then_some(e.message);
                None
            }
        },
        None => None,
    };
    let Some((m, written)) = recorded.filter(|(m, _)| m.source_url_type == kind) else {
        return Ok(match (source_exists(s3, bucket, key, is_prefix).await?, unreadable) {
            (false, _) => Kept::Gone,
            (true, Some(why)) => Kept::Unverified(why),
            (true, None) => Kept::Intact,
        });
    };
    if is_prefix {
        let stored = list_stored(s3, bucket, &manifest::with_slash(key)).await?;
        let drift = manifest::drift(&m.files, &stored, written);
        return Ok(match () {
            _ if stored.is_empty() => Kept::Gone,
            _ if drift.is_empty() => Kept::Intact,
            _ => Kept::Drifted(drift),
        });
    }
    let head = match s3.head_object().bucket(bucket).key(key).send().await {
        Ok(head) => head,
        Err(e) if status_of(&e) == Some(404) => return Ok(Kept::Gone),
        Err(e) => return Err(s3_error(&format!("cannot read s3://{bucket}/{key}"), &e)),
    };
    let rewritten = match (&m.zip_etag, head.e_tag()) {
        (Some(kept), Some(now)) => kept.trim_matches('"') != now.trim_matches('"'),
        _ => head.last_modified().is_some_and(|t| t.secs() > written),
    };
    Ok(if rewritten { Kept::Rewritten } else { Kept::Intact })
}

/// How deployment `m`'s folder differs from its manifest, written last at `written`: files
/// missing, written again since (or of another size), or added. One listing, a request per
/// 1,000 files.
pub async fn drift_of(
    s3: &Client,
    bucket: &str,
    prefix: &str,
    m: &Manifest,
    written: i64,
) -> Result<manifest::Drift, BucketError> {
    let stored = list_stored(s3, bucket, &manifest::files_prefix(prefix, &m.deploy_id)).await?;
    Ok(manifest::drift(&m.files, &stored, written))
}

/// Every object under `prefix` (ending in `/`), named by its key below it.
async fn list_stored(s3: &Client, bucket: &str, prefix: &str) -> Result<Vec<manifest::Stored>, BucketError> {
    let mut stored = Vec::new();
    let mut pages = s3.list_objects_v2().bucket(bucket).prefix(prefix).into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| s3_error(&format!("cannot list s3://{bucket}/{prefix}"), &e))?;
        stored.extend(page.contents().iter().filter_map(|o| {
            Some(manifest::Stored {
                path: o.key()?.strip_prefix(prefix)?.to_string(),
                size: o.size().unwrap_or_default().max(0) as u64,
                modified: o.last_modified().map_or(i64::MIN, |t| t.secs()),
                etag: o.e_tag().map(str::to_string),
            })
        }));
    }
    Ok(stored)
}

/// The deployments recorded under `prefix`, oldest first (deploy IDs sort by time), without
/// their file lists (see [`manifest::parse_head`]; [`read_manifest`] reads one whole). A
/// manifest that cannot be read or parsed is skipped: it only costs its history line.
pub async fn manifests(s3: &Client, bucket: &str, prefix: &str) -> Result<Vec<Manifest>, BucketError> {
    let ids = manifest_ids(s3, bucket, prefix).await?;
    let read = ids.into_iter().map(|id| async move { read_head(s3, bucket, prefix, &id).await });
    let outcomes: Vec<Result<Manifest, BucketError>> = stream::iter(read).buffered(8).collect().await;
    Ok(outcomes.into_iter().flatten().collect())
}

/// How much of a manifest [`read_head`] asks for first: a 10,000-file site's is about 1 MB, its
/// head a few hundred bytes.
const HEAD_BYTES: usize = 16 * 1024;

/// The manifest of deployment `id` without its file list, from its first bytes when they hold
/// the rest (see [`manifest::head_part`]), else read whole.
async fn read_head(s3: &Client, bucket: &str, prefix: &str, id: &str) -> Result<Manifest, BucketError> {
    let key = manifest::manifest_key(prefix, id);
    let ObjectRead { bytes, total } = read(s3, bucket, &key, &format!("bytes=0-{}", HEAD_BYTES - 1), None).await?;
    let m = if total == bytes.len() as u64 {
        manifest::parse_head(&bytes).map_err(|e| BucketError::new(format!("{key}: {e}")))?
    } else {
        match manifest::head_part(&bytes).and_then(|head| manifest::parse_head(&head).ok()) {
            Some(m) => m,
            None => return read_with(s3, bucket, prefix, id, manifest::parse_head).await.map(|(m, _)| m),
        }
    };
    filed(m, bucket, prefix, id)
}

/// `m`, read as deployment `id`'s, if it is (see [`manifest::misfiled`]).
fn filed(m: Manifest, bucket: &str, prefix: &str, id: &str) -> Result<Manifest, BucketError> {
    match manifest::misfiled(&m, bucket, prefix, id) {
        Some(why) => Err(BucketError::new(format!("{} is not read: {why}", manifest::manifest_key(prefix, id)))),
        None => Ok(m),
    }
}

/// [`manifests`] with their file lists, and why each one that could not be read was not (a
/// history says so rather than show its deployment as unknown).
pub async fn manifests_with_files(
    s3: &Client,
    bucket: &str,
    prefix: &str,
) -> Result<(Vec<Manifest>, Vec<String>), BucketError> {
    let ids = manifest_ids(s3, bucket, prefix).await?;
    let read = ids.into_iter().map(|id| async move { read_manifest(s3, bucket, prefix, &id).await });
    let outcomes: Vec<Result<Manifest, BucketError>> = stream::iter(read).buffered(8).collect().await;
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(m) => found.push(m),
            // Deleted since it was listed (by a concurrent `--keep`): nothing to say.
            Err(e) if e.not_found => {}
            Err(e) => unreadable.push(e.message),
        }
    }
    Ok((found, unreadable))
}

/// The manifest of deployment `id`, whole.
pub async fn read_manifest(s3: &Client, bucket: &str, prefix: &str, id: &str) -> Result<Manifest, BucketError> {
    read_with(s3, bucket, prefix, id, |b| serde_json::from_slice(b)).await.map(|(m, _)| m)
}

/// The manifest of deployment `id`, whole, and when it was last written (S3's clock, Unix
/// seconds): its files were all written before then.
pub async fn read_manifest_written(
    s3: &Client,
    bucket: &str,
    prefix: &str,
    id: &str,
) -> Result<(Manifest, i64), BucketError> {
    read_with(s3, bucket, prefix, id, |b| serde_json::from_slice(b)).await
}

/// A manifest, parsed by `parse`, and when it was last written (S3's clock, Unix seconds).
async fn read_with(
    s3: &Client,
    bucket: &str,
    prefix: &str,
    id: &str,
    parse: fn(&[u8]) -> serde_json::Result<Manifest>,
) -> Result<(Manifest, i64), BucketError> {
    let key = manifest::manifest_key(prefix, id);
    let out = s3.get_object().bucket(bucket).key(&key).send().await.map_err(|e| s3_error(&key, &e))?;
    let written = out.last_modified().map_or(i64::MAX, |t| t.secs());
    let bytes = out.body.collect().await.map_err(|e| BucketError::new(format!("{key}: {e}")))?.into_bytes();
    let m = parse(&bytes).map_err(|e| BucketError::new(format!("{key}: {e}")))?;
    Ok((filed(m, bucket, prefix, id)?, written))
}

pub async fn write_manifest(s3: &Client, bucket: &str, prefix: &str, m: &Manifest) -> Result<(), BucketError> {
    let key = manifest::manifest_key(prefix, &m.deploy_id);
    let body = manifest::to_bytes(m);
    s3.put_object()
        .bucket(bucket)
        .key(&key)
        .content_type("application/json")
        .body(ByteStream::from(body))
        .send()
        .await
        .map(|_| ())
        .map_err(|e| s3_error(&format!("cannot write s3://{bucket}/{key}"), &e))
}

/// One file of the new deployment and how it gets there.
pub struct Placement {
    /// Site path (`assets/app.js`).
    pub name: String,
    pub path: PathBuf,
    pub record: FileRecord,
    pub step: Step,
}

/// What placing the files cost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Placed {
    pub files_uploaded: usize,
    pub files_copied: usize,
    pub bytes_uploaded: u64,
}

impl std::ops::Add for Placed {
    type Output = Placed;

    fn add(self, other: Placed) -> Placed {
        Placed {
            files_uploaded: self.files_uploaded + other.files_uploaded,
            files_copied: self.files_copied + other.files_copied,
            bytes_uploaded: self.bytes_uploaded + other.bytes_uploaded,
        }
    }
}

/// Places every file under `dest` (a prefix ending in `/`), `concurrency` at a time; returns
/// the cost and each file's new ETag (by site path). A copy is of the source as its manifest
/// has it: the object with the ETag it kept, else one unmodified since `sources_written`
/// (when an older manifest without ETags was written). A copy whose source has gone or was
/// written again since (by hand, by another tool) becomes an upload, so that what is
/// deployed is the folder's file, whatever the bucket holds.
pub async fn place<'a>(
    s3: &'a Client,
    bucket: &'a str,
    dest: &'a str,
    files: &'a [Placement],
    sources_written: i64,
    concurrency: usize,
    progress: Arc<dyn Progress>,
) -> Result<(Placed, Vec<(String, String)>), BucketError> {
    let one = |p: &'a Placement| {
        let progress = Arc::clone(&progress);
        async move {
            let key = format!("{dest}{}", p.name);
            if let Step::Copy { from, etag } = &p.step {
                let source = Source { key: from, etag: etag.as_deref(), written: sources_written };
                if let Copied::Done(etag) = copy(s3, bucket, &source, &key).await? {
                    return Ok::<_, BucketError>((Placed { files_copied: 1, ..Placed::default() }, (&p.name, etag)));
                }
            }
            let etag = upload(s3, bucket, &key, &p.path, &p.record, progress.as_ref()).await?;
            Ok((Placed { files_uploaded: 1, bytes_uploaded: p.record.size, ..Placed::default() }, (&p.name, etag)))
        }
    };
    // Copies move no bytes through this machine, only requests: they run at a higher
    // concurrency, beside the uploads.
    let (copies, uploads): (Vec<&'a Placement>, Vec<&'a Placement>) =
        files.iter().partition(|p| matches!(p.step, Step::Copy { .. }));
    let copy_limit = (concurrency * 4).clamp(1, MAX_COPY_CONCURRENCY);
    let run = |list: Vec<&'a Placement>, limit: usize| {
        stream::iter(list.into_iter().map(&one)).buffer_unordered(limit.max(1)).try_fold(
            (Placed::default(), Vec::new()),
            |(sum, mut etags), (placed, (name, etag))| async move {
                etags.extend(etag.map(|t| (name.clone(), manifest::bare_etag(&t).to_string())));
                Ok((sum + placed, etags))
            },
        )
    };
    let ((copied, mut etags), (uploaded, more)) =
        futures_util::future::try_join(run(copies, copy_limit), run(uploads, concurrency)).await?;
    etags.extend(more);
    Ok((copied + uploaded, etags))
}

/// A copy's source: its key, and how to know it is still as the manifest has it.
struct Source<'a> {
    key: &'a str,
    /// The ETag the manifest kept for it.
    etag: Option<&'a str>,
    /// Without one, when the manifest was written (Unix seconds).
    written: i64,
}

/// What a copy came to.
enum Copied {
    /// Done; the new object's ETag.
    Done(Option<String>),
    /// The source is gone, or no longer as the manifest has it.
    SourceChanged,
}

/// Copies `source` to `to` inside the bucket (no bytes through the client), with the
/// Content-Type of `to`'s name (the source may be another path's), if the source is still as
/// its manifest has it: with its ETag (`x-amz-copy-source-if-match`), else not written after
/// the second the manifest was (listings give whole seconds; S3 keeps milliseconds, and would
/// otherwise refuse every file written in the manifest's own second).
async fn copy(s3: &Client, bucket: &str, source: &Source<'_>, to: &str) -> Result<Copied, BucketError> {
    use aws_sdk_s3::primitives::DateTime;
    use aws_sdk_s3::types::MetadataDirective;
    let request = s3
        .copy_object()
        .bucket(bucket)
        .key(to)
        .copy_source(format!("{bucket}/{}", copy_source_key(source.key)))
        .metadata_directive(MetadataDirective::Replace)
        .content_type(content_type(to));
    let request = match source.etag {
        Some(etag) => request.copy_source_if_match(format!("\"{}\"", manifest::bare_etag(etag))),
        None => request.copy_source_if_unmodified_since(DateTime::from_secs(source.written.saturating_add(1))),
    };
    match request.send().await {
        Ok(out) => Ok(Copied::Done(out.copy_object_result().and_then(|r| r.e_tag()).map(str::to_string))),
        Err(e) if e.code() == Some("NoSuchKey") || status_of(&e) == Some(404) => Ok(Copied::SourceChanged),
        Err(e) if e.code() == Some("PreconditionFailed") || status_of(&e) == Some(412) => Ok(Copied::SourceChanged),
        Err(e) => Err(s3_error(&format!("cannot copy s3://{bucket}/{} to {to}", source.key), &e)),
    }
}

/// CopyObject's source is URL-encoded, its slashes kept.
fn copy_source_key(key: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet =
        &percent_encoding::NON_ALPHANUMERIC.remove(b'/').remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    percent_encoding::utf8_percent_encode(key, KEEP).to_string()
}

fn content_type(path: &str) -> String {
    mime_guess::from_path(path).first_or_octet_stream().essence_str().to_string()
}

fn md5_base64(hex_md5: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(hex::decode(hex_md5).unwrap_or_default())
}

/// Uploads one file, streamed from disk with its Content-MD5 (S3 refuses bytes that do not
/// match it), in parts above the threshold. The SDK retries throttling (503 SlowDown) and
/// dropped connections.
async fn upload(
    s3: &Client,
    bucket: &str,
    key: &str,
    path: &Path,
    record: &FileRecord,
    progress: &dyn Progress,
) -> Result<Option<String>, BucketError> {
    if record.size > MULTIPART_THRESHOLD {
        return upload_in_parts(s3, bucket, key, path, record, progress).await;
    }
    let body = file_body(path, 0, record.size).await?;
    let out = s3
        .put_object()
        .bucket(bucket)
        .key(key)
        .body(body)
        .content_length(record.size as i64)
        .content_md5(md5_base64(&record.md5))
        .content_type(content_type(key))
        .send()
        .await
        .map_err(|e| s3_error(&format!("cannot upload {path:?}"), &e))?;
    let sse = Sse::of(out.server_side_encryption(), out.sse_customer_algorithm());
    check_etag(out.e_tag(), sse, &record.md5, path)?;
    progress.advance(record.size);
    Ok(out.e_tag().map(str::to_string))
}

/// `len` bytes of `path` from `offset`, streamed from disk as the request is sent.
async fn file_body(path: &Path, offset: u64, len: u64) -> Result<ByteStream, BucketError> {
    ByteStream::read_from()
        .path(path)
        .offset(offset)
        .length(Length::Exact(len))
        .build()
        .await
        .map_err(|e| BucketError::new(format!("cannot read {path:?}: {e}")))
}

/// A single-part ETag is the content's MD5: a second check that what arrived is what was sent.
/// Not under SSE-KMS (or SSE-C), where the ETag is not the MD5 of anything the client has; S3
/// has checked the Content-MD5 sent with every body anyway.
fn check_etag(etag: Option<&str>, sse: Sse, md5: &str, path: &Path) -> Result<(), BucketError> {
    if sse == Sse::Opaque {
        return Ok(());
    }
    match etag.map(|t| t.trim_matches('"')) {
        Some(got) if !got.contains('-') && !got.eq_ignore_ascii_case(md5) => {
            Err(changed_during_the_deploy(path, got, md5))
        }
        _ => Ok(()),
    }
}

fn changed_during_the_deploy(path: &Path, got: &str, md5: &str) -> BucketError {
    BucketError::new(format!(
        "the upload of {path:?} does not match the file as hashed (MD5 {got}, expected {md5}): it changed during \
         the deploy, or its bytes were damaged on the way; deploy again"
    ))
}

/// Whether an object's ETag can be its content's MD5, from how S3 says it encrypted it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sse {
    /// Not encrypted, or with S3's own keys (SSE-S3): the ETag is the MD5.
    Md5,
    /// With KMS keys or the customer's (SSE-KMS, DSSE-KMS, SSE-C): the ETag is not the MD5.
    Opaque,
}

impl Sse {
    fn of(algorithm: Option<&aws_sdk_s3::types::ServerSideEncryption>, customer_key: Option<&str>) -> Sse {
        use aws_sdk_s3::types::ServerSideEncryption as E;
        match (algorithm, customer_key) {
            (_, Some(_)) | (Some(E::AwsKms | E::AwsKmsDsse), _) => Sse::Opaque,
            _ => Sse::Md5,
        }
    }
}

async fn upload_in_parts(
    s3: &Client,
    bucket: &str,
    key: &str,
    path: &Path,
    record: &FileRecord,
    progress: &dyn Progress,
) -> Result<Option<String>, BucketError> {
    let what = format!("the upload of {path:?}");
    let upload_id = start_multipart(s3, bucket, key, &what).await?;
    let parts = upload_parts(s3, bucket, key, &upload_id, path, record.size, progress).await;
    // Each part's bytes are checked against their MD5; the whole, as sent, against the file's
    // as hashed (a file rewritten since would otherwise go up under the MD5 it no longer has).
    let parts = parts.and_then(|(parts, sent)| match sent == record.md5 {
        true => Ok(parts),
        false => Err(changed_during_the_deploy(path, &sent, &record.md5)),
    });
    finish_multipart(s3, bucket, key, &upload_id, parts, &what).await
}

async fn start_multipart(s3: &Client, bucket: &str, key: &str, what: &str) -> Result<String, BucketError> {
    let created = s3
        .create_multipart_upload()
        .bucket(bucket)
        .key(key)
        .content_type(content_type(key))
        .send()
        .await
        .map_err(|e| s3_error(&format!("cannot start {what}"), &e))?;
    Ok(created.upload_id().unwrap_or_default().to_string())
}

/// Completes a multipart upload whose parts all went up, else aborts it: parts of an
/// unfinished upload are billed until aborted. Returns the object's ETag.
async fn finish_multipart(
    s3: &Client,
    bucket: &str,
    key: &str,
    upload_id: &str,
    parts: Result<Vec<CompletedPart>, BucketError>,
    what: &str,
) -> Result<Option<String>, BucketError> {
    let done = match parts {
        Ok(parts) => s3
            .complete_multipart_upload()
            .bucket(bucket)
            .key(key)
            .upload_id(upload_id)
            .multipart_upload(CompletedMultipartUpload::builder().set_parts(Some(parts)).build())
            .send()
            .await
            .map(|out| out.e_tag().map(str::to_string))
            .map_err(|e| s3_error(&format!("cannot finish {what}"), &e)),
        Err(e) => Err(e),
    };
    if done.is_err() {
        let _ = s3.abort_multipart_upload().bucket(bucket).key(key).upload_id(upload_id).send().await;
    }
    done
}

/// The part of an object a new one is composed from: its key, how many bytes from its start,
/// and the ETag it must still have (S3 refuses the copy otherwise).
pub struct Head<'a> {
    pub key: &'a str,
    pub len: u64,
    pub etag: &'a str,
}

/// A new object `key` made of `head` (copied inside the bucket: no bytes through the client)
/// followed by the file `tail` (uploaded, its MD5 checked). Returns the bytes uploaded and the
/// new object's ETag. `head.len` must be at least 5 MiB (S3's smallest part).
pub async fn compose(
    s3: &Client,
    bucket: &str,
    key: &str,
    head: &Head<'_>,
    tail: &Path,
    progress: &dyn Progress,
) -> Result<(u64, Option<String>), BucketError> {
    let (from, head_len) = (head.key, head.len);
    let what = format!("s3://{bucket}/{key} from s3://{bucket}/{from}");
    let upload_id = start_multipart(s3, bucket, key, &what).await?;
    let len =
        std::fs::metadata(tail).map_err(|e| BucketError::new(format!("cannot read {}: {e}", tail.display())))?.len();
    let parts = async {
        let copied = s3
            .upload_part_copy()
            .bucket(bucket)
            .key(key)
            .upload_id(&upload_id)
            .part_number(1)
            .copy_source(format!("{bucket}/{}", copy_source_key(from)))
            .copy_source_range(format!("bytes=0-{}", head_len - 1))
            .copy_source_if_match(head.etag)
            .send()
            .await
            .map_err(|e| match status_of(&e) {
                Some(412) => changed_since(bucket, from),
                _ => s3_error(&format!("cannot copy the unchanged part of s3://{bucket}/{from}"), &e),
            })?;
        let head_tag = copied.copy_part_result().and_then(|r| r.e_tag()).map(str::to_string);
        let copied = CompletedPart::builder().part_number(1).set_e_tag(head_tag).build();
        let to = PartTarget { bucket, key, upload_id: &upload_id, number: 2 };
        let (tail_part, _) = upload_part(s3, &to, (tail, 0, len), Md5::new(), progress).await?;
        Ok(vec![copied, tail_part])
    }
    .await;
    let etag = finish_multipart(s3, bucket, key, &upload_id, parts, &what).await?;
    Ok((len, etag))
}

const CHANGED_SINCE: &str = "was changed since amphost wrote it";

fn changed_since(bucket: &str, key: &str) -> BucketError {
    BucketError::new(format!("s3://{bucket}/{key} {CHANGED_SINCE}"))
}

/// Whether `e` says an object no longer has the ETag it was read or copied under.
pub fn is_changed_since(e: &BucketError) -> bool {
    e.message.ends_with(CHANGED_SINCE)
}

/// Bytes of an object as they were read, and its size.
pub struct ObjectRead {
    pub bytes: Vec<u8>,
    /// The whole object's size.
    pub total: u64,
}

/// The last `len` bytes of an object (all of it when shorter), if it still has the ETag
/// `if_match`.
pub async fn read_last(
    s3: &Client,
    bucket: &str,
    key: &str,
    len: u64,
    if_match: &str,
) -> Result<ObjectRead, BucketError> {
    read(s3, bucket, key, &format!("bytes=-{len}"), Some(if_match)).await
}

/// Bytes `start..start+len` of an object, if it still has the ETag `if_match`.
pub async fn read_range(
    s3: &Client,
    bucket: &str,
    key: &str,
    (start, len): (u64, u64),
    if_match: &str,
) -> Result<Vec<u8>, BucketError> {
    let range = format!("bytes={start}-{}", start + len.max(1) - 1);
    Ok(read(s3, bucket, key, &range, Some(if_match)).await?.bytes)
}

/// A range of an object, with the whole object's size; with `if_match`, only while the object
/// still has that ETag.
async fn read(
    s3: &Client,
    bucket: &str,
    key: &str,
    range: &str,
    if_match: Option<&str>,
) -> Result<ObjectRead, BucketError> {
    let what = format!("cannot read s3://{bucket}/{key}");
    let get = s3.get_object().bucket(bucket).key(key).range(range).set_if_match(if_match.map(str::to_string));
    let out = get.send().await.map_err(|e| match status_of(&e) {
        Some(412) => changed_since(bucket, key),
        _ => s3_error(&what, &e),
    })?;
    // Content-Range: bytes FIRST-LAST/TOTAL
    let total = out.content_range().and_then(|r| r.rsplit('/').next()).and_then(|t| t.parse().ok());
    let bytes = out.body.collect().await.map_err(|e| BucketError::new(format!("{what}: {e}")))?.to_vec();
    let total = total.unwrap_or(bytes.len() as u64);
    Ok(ObjectRead { bytes, total })
}

async fn upload_parts(
    s3: &Client,
    bucket: &str,
    key: &str,
    upload_id: &str,
    path: &Path,
    size: u64,
    progress: &dyn Progress,
) -> Result<(Vec<CompletedPart>, String), BucketError> {
    let mut parts = Vec::new();
    let mut whole = Md5::new();
    let mut offset = 0;
    while offset < size {
        let len = PART_SIZE.min(size - offset);
        let target = PartTarget { bucket, key, upload_id, number: parts.len() as i32 + 1 };
        let (part, hashed) = upload_part(s3, &target, (path, offset, len), whole, progress).await?;
        parts.push(part);
        whole = hashed;
        offset += len;
    }
    Ok((parts, hex::encode(whole.finalize())))
}

/// Where a part goes: the upload and the part's number.
struct PartTarget<'a> {
    bucket: &'a str,
    key: &'a str,
    upload_id: &'a str,
    number: i32,
}

/// Uploads `len` bytes of `path` from `offset` as one part, streamed from disk with their
/// Content-MD5 and the ETag checked against it; `whole` (the MD5 of the parts before) is
/// returned with the part's bytes added: S3 keeps a part only if its bytes are those hashed.
async fn upload_part(
    s3: &Client,
    to: &PartTarget<'_>,
    (path, offset, len): (&Path, u64, u64),
    whole: Md5,
    progress: &dyn Progress,
) -> Result<(CompletedPart, Md5), BucketError> {
    let (md5, whole) = part_md5(path, offset, len, whole).await?;
    let out = s3
        .upload_part()
        .bucket(to.bucket)
        .key(to.key)
        .upload_id(to.upload_id)
        .part_number(to.number)
        .content_length(len as i64)
        .content_md5(md5_base64(&md5))
        .body(file_body(path, offset, len).await?)
        .send()
        .await
        .map_err(|e| s3_error(&format!("cannot upload part {} of {path:?}", to.number), &e))?;
    check_etag(out.e_tag(), Sse::of(out.server_side_encryption(), out.sse_customer_algorithm()), &md5, path)?;
    progress.advance(len);
    Ok((CompletedPart::builder().part_number(to.number).set_e_tag(out.e_tag().map(str::to_string)).build(), whole))
}

/// The MD5 of `len` bytes of `path` from `offset`, read on a blocking thread, and `whole`
/// updated with the same bytes.
async fn part_md5(path: &Path, offset: u64, len: u64, mut whole: Md5) -> Result<(String, Md5), BucketError> {
    let p = path.to_path_buf();
    let hashed = tokio::task::spawn_blocking(move || -> std::io::Result<(String, Md5)> {
        use std::io::{Seek, SeekFrom};
        let mut f = std::fs::File::open(&p)?;
        f.seek(SeekFrom::Start(offset))?;
        let mut h = Md5::new();
        let mut buf = vec![0u8; 256 * 1024];
        let mut left = f.take(len);
        loop {
            let n = left.read(&mut buf)?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
            whole.update(&buf[..n]);
        }
        Ok((hex::encode(h.finalize()), whole))
    })
    .await
    .map_err(|e| BucketError::new(format!("internal task failed: {e}")))?;
    hashed.map_err(|e| BucketError::new(format!("cannot read {path:?}: {e}")))
}

/// Uploads one file as it is (a deployment's zip) to `key`; returns its size and the
/// object's ETag.
pub async fn upload_whole(
    s3: &Client,
    bucket: &str,
    key: &str,
    path: &Path,
    progress: &dyn Progress,
) -> Result<(u64, Option<String>), BucketError> {
    let size = std::fs::metadata(path).map_err(|e| BucketError::new(format!("cannot read {path:?}: {e}")))?.len();
    let md5 = super::archive::md5_file(path, &super::Silent).map_err(|e| BucketError::new(e.to_string()))?;
    let etag = upload(s3, bucket, key, path, &FileRecord::new(size, md5), progress).await?;
    Ok((size, etag))
}

/// Aborts the multipart uploads to deployment `id`'s files (to any deployment's with None)
/// under the bucket prefix, started before `before` (all of them with None): the parts of an
/// upload cut short (a deploy interrupted, or killed) are billed until then, and no listing
/// of objects shows them. Uploads of other keys (another tool's) are left alone. Returns how
/// many were aborted.
pub async fn abort_uploads(
    s3: &Client,
    bucket: &str,
    prefix: &str,
    id: Option<&str>,
    before: Option<std::time::SystemTime>,
) -> Result<usize, BucketError> {
    let listed = format!("{}{}", manifest::with_slash(prefix), id.unwrap_or_default());
    let what = format!("cannot list the unfinished uploads under s3://{bucket}/{listed}");
    let (mut aborted, mut markers) = (0, (None::<String>, None::<String>));
    loop {
        let page = s3
            .list_multipart_uploads()
            .bucket(bucket)
            .prefix(&listed)
            .set_key_marker(markers.0.take())
            .set_upload_id_marker(markers.1.take())
            .send()
            .await
            .map_err(|e| s3_error(&what, &e))?;
        for upload in page.uploads() {
            let (Some(key), Some(upload_id)) = (upload.key(), upload.upload_id()) else { continue };
            let ours = manifest::deployment_of(prefix, key).is_some_and(|of| id.is_none_or(|id| of == id));
            if !ours {
                continue;
            }
            let initiated = upload.initiated().and_then(|t| std::time::SystemTime::try_from(*t).ok());
            if before.is_some_and(|b| upload_started(key, initiated).is_none_or(|s| s >= b)) {
                continue;
            }
            s3.abort_multipart_upload()
                .bucket(bucket)
                .key(key)
                .upload_id(upload_id)
                .send()
                .await
                .map_err(|e| s3_error(&format!("cannot abort the unfinished upload of s3://{bucket}/{key}"), &e))?;
            aborted += 1;
        }
        if page.is_truncated() != Some(true) {
            return Ok(aborted);
        }
        markers = (page.next_key_marker().map(str::to_string), page.next_upload_id_marker().map(str::to_string));
    }
}

/// When the upload of `key` began: S3's Initiated, or the time in the key's deployment ID when
/// that is later. An upload cannot begin before its deployment, and moto dates every upload
/// 2010, which would make a deploy under way look a day old to the sweep.
fn upload_started(key: &str, initiated: Option<std::time::SystemTime>) -> Option<std::time::SystemTime> {
    let from_id = key
        .split('/')
        .map(|segment| segment.strip_suffix(".zip").unwrap_or(segment))
        .filter(|segment| manifest::is_deploy_id(segment))
        .find_map(manifest::deploy_id_time)
        .map(std::time::SystemTime::from);
    initiated.max(from_id)
}

/// Deletes every object under `prefix` (a deployment's folder), or the one object `key`.
pub async fn delete_prefix(s3: &Client, bucket: &str, prefix: &str) -> Result<usize, BucketError> {
    let keys = list_keys(s3, bucket, prefix).await?;
    delete_keys(s3, bucket, &keys).await?;
    Ok(keys.len())
}

pub async fn delete_keys(s3: &Client, bucket: &str, keys: &[String]) -> Result<(), BucketError> {
    for chunk in keys.chunks(1000) {
        let ids: Vec<ObjectIdentifier> =
            chunk.iter().filter_map(|k| ObjectIdentifier::builder().key(k).build().ok()).collect();
        let delete = Delete::builder()
            .set_objects(Some(ids))
            .quiet(true)
            .build()
            .map_err(|e| BucketError::new(e.to_string()))?;
        let out = s3
            .delete_objects()
            .bucket(bucket)
            .delete(delete)
            .send()
            .await
            .map_err(|e| s3_error(&format!("cannot delete from bucket {bucket}"), &e))?;
        if let Some(err) = out.errors().first() {
            return Err(BucketError::new(format!(
                "cannot delete s3://{bucket}/{}: {}",
                err.key().unwrap_or_default(),
                err.message().unwrap_or_default()
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_upload_is_as_old_as_its_deployment_at_most() {
        use std::time::{Duration, SystemTime};
        let id_time = SystemTime::from(time::macros::datetime!(2026-11-27 09:05:01 UTC));
        let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_262_304_000); // 2010, as moto says
        let key = "site/20261127T090501Z-a1b2c3/big.bin";
        assert_eq!(upload_started(key, Some(old)), Some(id_time));
        assert_eq!(upload_started("site/20261127T090501Z-a1b2c3.zip", None), Some(id_time));
        let later = id_time + Duration::from_secs(60);
        assert_eq!(upload_started(key, Some(later)), Some(later));
        assert_eq!(upload_started("site/other/big.bin", Some(old)), Some(old));
        assert_eq!(upload_started("site/other/big.bin", None), None);
    }

    #[test]
    fn copy_sources_are_encoded_with_their_slashes() {
        assert_eq!(copy_source_key("site/X/a b/ü.html"), "site/X/a%20b/%C3%BC.html");
        assert_eq!(copy_source_key("a+b?c#d"), "a%2Bb%3Fc%23d");
    }

    #[test]
    fn etags_are_checked_against_the_md5_unless_multipart() {
        let p = Path::new("f");
        assert!(check_etag(Some("\"abc\""), Sse::Md5, "ABC", p).is_ok());
        assert!(check_etag(Some("\"abd\""), Sse::Md5, "abc", p).is_err());
        assert!(check_etag(Some("\"x-2\""), Sse::Md5, "abc", p).is_ok());
        assert!(check_etag(None, Sse::Md5, "abc", p).is_ok());
        // Under SSE-KMS the ETag is no MD5: not a corrupted upload.
        assert!(check_etag(Some("\"abd\""), Sse::Opaque, "abc", p).is_ok());
        use aws_sdk_s3::types::ServerSideEncryption as E;
        assert_eq!(Sse::of(Some(&E::AwsKms), None), Sse::Opaque);
        assert_eq!(Sse::of(Some(&E::AwsKmsDsse), None), Sse::Opaque);
        assert_eq!(Sse::of(None, Some("AES256")), Sse::Opaque);
        assert_eq!(Sse::of(Some(&E::Aes256), None), Sse::Md5);
        assert_eq!(Sse::of(None, None), Sse::Md5);
        assert_eq!(md5_base64("d41d8cd98f00b204e9800998ecf8427e"), "1B2M2Y8AsgTpgAmY7PhCfg==");
    }
}
