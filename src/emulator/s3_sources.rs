//! StartDeployment from `s3://`: the object (sourceUrlType ZIP) or every object under the
//! prefix (BUCKET_PREFIX) is fetched from S3 into blobs, in the job (see `fetching`), and
//! checked like an upload. An object or prefix that cannot be read fails the job at
//! DEPLOY with the reason, as the service does; nothing is served that was not fetched.

use super::blobs;
use super::ops::Fetched;
use super::Shared;
use crate::storage::{self, S3Url};
use futures_util::stream::{StreamExt, TryStreamExt};
use indexmap::IndexMap;
use std::sync::Arc;

/// The most objects a BUCKET_PREFIX source may hold (a site, not a data lake).
const MAX_OBJECTS: usize = 20_000;

async fn client(shared: &Shared) -> &aws_sdk_s3::Client {
    shared
        .s3
        .get_or_init(|| async {
            let settings = storage::S3Settings {
                region: Some(shared.config.default_region.clone()),
                endpoint: shared.config.s3_endpoint.clone(),
                wait: Some(shared.config.fetch_timeout),
                ..Default::default()
            };
            storage::client(&settings).await
        })
        .await
}

/// Fetches `url` as `kind` (`ZIP` or `BUCKET_PREFIX`); the error is the job's failure reason.
pub async fn fetch(shared: &Arc<Shared>, url: &str, kind: &str) -> Result<Fetched, String> {
    let source = S3Url::parse(url)?;
    if kind == "BUCKET_PREFIX" {
        return fetch_prefix(shared, &source).await.map(Fetched::Files);
    }
    let token = fetch_object(shared, &source.bucket, &source.key, shared.config.max_upload_bytes).await?;
    Ok(Fetched::Archive(token))
}

/// Objects of a BUCKET_PREFIX source fetched at a time.
const FETCH_CONCURRENCY: usize = 16;

/// One object into a new blob; returns its token.
async fn fetch_object(shared: &Arc<Shared>, bucket: &str, key: &str, limit: u64) -> Result<String, String> {
    let shown = format!("s3://{bucket}/{key}");
    let object = client(shared)
        .await
        .get_object()
        .bucket(bucket)
        .key(key)
        .send()
        .await
        .map_err(|e| format!("Could not read {shown} from S3: {}", storage::service_error_text(&e)))?;
    let stream = tokio_util::io::ReaderStream::new(object.body.into_async_read());
    blobs::fetch_into(stream, &shared.store.blob_dir(), limit, &shown).await
}

/// Every object under the prefix, by its path below the prefix.
async fn fetch_prefix(shared: &Arc<Shared>, source: &S3Url) -> Result<IndexMap<String, String>, String> {
    let prefix = if source.key.is_empty() || source.key.ends_with('/') {
        source.key.clone()
    } else {
        format!("{}/", source.key)
    };
    let keys = list_keys(shared, &source.bucket, &prefix).await?;
    if keys.is_empty() {
        return Err(format!("s3://{}/{prefix} holds no files to deploy.", source.bucket));
    }
    let mut total = 0u64;
    for (key, size) in &keys {
        let path = &key[prefix.len()..];
        if !super::ops::deployments_safe_site_path(path) {
            return Err(format!("s3://{}/{key} has a path that would leave the site ({path:?}).", source.bucket));
        }
        total += size;
        if total > shared.config.max_expanded_bytes {
            return Err(format!(
                "The files under s3://{}/{prefix} are larger than {} bytes.",
                source.bucket, shared.config.max_expanded_bytes
            ));
        }
    }
    // Fetched FETCH_CONCURRENCY at a time, kept in the listing's order.
    // Owned values in each future: the handler's future must be Send for any lifetime.
    let skip = prefix.len();
    let fetches = keys.into_iter().map(|(key, _)| {
        let (shared, bucket) = (Arc::clone(shared), source.bucket.clone());
        async move {
            let token = fetch_object(&shared, &bucket, &key, shared.config.max_upload_bytes).await?;
            Ok::<_, String>((key[skip..].to_string(), token))
        }
    });
    let fetched: Vec<(String, String)> =
        futures_util::stream::iter(fetches).buffered(FETCH_CONCURRENCY).try_collect().await?;
    Ok(fetched.into_iter().collect())
}

/// The keys (and sizes) under `prefix`, folder markers left out.
async fn list_keys(shared: &Arc<Shared>, bucket: &str, prefix: &str) -> Result<Vec<(String, u64)>, String> {
    let mut pages = client(shared).await.list_objects_v2().bucket(bucket).prefix(prefix).into_paginator().send();
    let mut keys = Vec::new();
    while let Some(page) = pages.next().await {
        let page =
            page.map_err(|e| format!("Could not list s3://{bucket}/{prefix}: {}", storage::service_error_text(&e)))?;
        for object in page.contents() {
            let Some(key) = object.key() else { continue };
            if !key.ends_with('/') {
                keys.push((key.to_string(), object.size().unwrap_or(0).max(0) as u64));
            }
        }
        if keys.len() > MAX_OBJECTS {
            return Err(format!("s3://{bucket}/{prefix} holds more than {MAX_OBJECTS} objects."));
        }
    }
    Ok(keys)
}
