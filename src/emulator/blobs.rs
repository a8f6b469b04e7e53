//! Bytes arriving from the network (an upload PUT, a fetched `sourceUrl`) written to a blob
//! file: streamed, size-limited, hashed, and renamed into place only when complete.

use futures_util::{Stream, StreamExt};
use md5::{Digest, Md5};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use tokio::io::AsyncWriteExt;

pub enum BlobError {
    /// More than the limit arrived; nothing was kept.
    TooLarge(u64),
    /// The sender's stream broke off.
    Broken(String),
    /// The disk refused.
    Store(String),
}

/// Writes `stream` to `path` (via a `.partial` file of its own); returns its size and MD5 (hex).
pub async fn write<S, B, E>(stream: S, path: &Path, limit: u64) -> Result<(u64, String), BlobError>
where
    S: Stream<Item = Result<B, E>> + Unpin,
    B: AsRef<[u8]>,
    E: std::fmt::Display,
{
    let (partial, size, md5) = write_partial(stream, path, limit).await?;
    partial.put_in_place(path).map_err(|e| BlobError::Store(e.to_string()))?;
    Ok((size, md5))
}

/// Writes `stream` to a new `.partial` file beside `path`, complete, for the caller to put in
/// place (or drop, which removes it); with its size and MD5 (hex). Each call has a file of its
/// own: two writers of one path never write into each other's bytes.
pub async fn write_partial<S, B, E>(
    mut stream: S,
    path: &Path,
    limit: u64,
) -> Result<(PartialFile, u64, String), BlobError>
where
    S: Stream<Item = Result<B, E>> + Unpin,
    B: AsRef<[u8]>,
    E: std::fmt::Display,
{
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let unique = uuid::Uuid::new_v4().simple().to_string();
    let partial = PartialFile { path: path.with_file_name(format!("{name}.{unique}.partial")), done: false };
    let store = |e: std::io::Error| BlobError::Store(e.to_string());
    let mut file = tokio::fs::File::create_new(&partial.path).await.map_err(store)?;
    let mut hasher = Md5::new();
    let mut size: u64 = 0;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| BlobError::Broken(e.to_string()))?;
        let bytes = chunk.as_ref();
        size += bytes.len() as u64;
        if size > limit {
            return Err(BlobError::TooLarge(limit));
        }
        hasher.update(bytes);
        file.write_all(bytes).await.map_err(store)?;
    }
    file.flush().await.map_err(store)?;
    Ok((partial, size, hex::encode(hasher.finalize())))
}

/// Downloads `stream` (the body of `shown`, a URL as it may be shown) into a new blob in
/// `blob_dir`, at most `limit` bytes; returns the blob's token, or why a job fetching it fails.
pub async fn fetch_into<S, B, E>(stream: S, blob_dir: &Path, limit: u64, shown: &str) -> Result<String, String>
where
    S: Stream<Item = Result<B, E>> + Unpin,
    B: AsRef<[u8]>,
    E: std::fmt::Display,
{
    let token = uuid::Uuid::new_v4().simple().to_string();
    write(stream, &blob_dir.join(&token), limit).await.map_err(|e| match e {
        BlobError::TooLarge(limit) => format!("{shown} is larger than {limit} bytes."),
        BlobError::Broken(e) => format!("The download of {shown} broke off: {e}"),
        BlobError::Store(e) => format!("Could not store {shown}: {e}"),
    })?;
    Ok(token)
}

/// A `.partial` file being written: removed unless it was put in place, whether the write
/// failed, was abandoned midway (its future dropped, as when the client goes away), or was
/// refused once complete.
pub struct PartialFile {
    path: PathBuf,
    done: bool,
}

impl PartialFile {
    /// Renames the file to `to`, replacing what was there.
    pub fn put_in_place(mut self, to: &Path) -> std::io::Result<()> {
        std::fs::rename(&self.path, to)?;
        self.done = true;
        Ok(())
    }
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// How long a `.partial` file may sit unchanged before it counts as abandoned. Another
/// process on the same data dir may be writing a fresh one, which must be left alone.
const STALE_AFTER: Duration = Duration::from_secs(3600);

/// Removes the `*.partial` files in `dir` that a transfer left behind and nobody has written
/// to for a while (a crash or a killed process cannot clean up after itself; they may be large).
pub fn remove_stale_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let path = entry.path();
        let idle = entry.metadata().and_then(|m| m.modified()).map(|m| now.duration_since(m).unwrap_or_default());
        if path.extension().is_some_and(|x| x == "partial") && idle.is_ok_and(|d| d > STALE_AFTER) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// The blobs in `dir` nobody has written to for a while (not `.partial` ones): those a sweep
/// may remove if nothing refers to them. A younger one may be a fetch's, not yet recorded.
pub fn settled(dir: &Path) -> HashSet<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return HashSet::new() };
    let now = SystemTime::now();
    entries
        .flatten()
        .filter(|e| e.path().extension().is_none())
        .filter(|e| {
            let idle = e.metadata().and_then(|m| m.modified()).map(|m| now.duration_since(m).unwrap_or_default());
            idle.is_ok_and(|d| d > STALE_AFTER)
        })
        .filter_map(|e| e.file_name().into_string().ok())
        .collect()
}

/// Removes the blobs `names` from `dir`; returns how many and their bytes.
pub fn remove(dir: &Path, names: &HashSet<String>) -> (usize, u64) {
    let (mut count, mut bytes) = (0, 0);
    for name in names {
        let path = dir.join(name);
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if std::fs::remove_file(&path).is_ok() {
            count += 1;
            bytes += size;
        }
    }
    (count, bytes)
}
