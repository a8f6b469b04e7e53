//! Bytes arriving from the network (an upload PUT, a fetched `sourceUrl`) written to a blob
//! file: streamed, size-limited, hashed, and renamed into place only when complete.

use futures_util::{Stream, StreamExt};
use md5::{Digest, Md5};
use std::path::Path;
use tokio::io::AsyncWriteExt;

pub enum BlobError {
    /// More than the limit arrived; nothing was kept.
    TooLarge(u64),
    /// The sender's stream broke off.
    Broken(String),
    /// The disk refused.
    Store(String),
}

/// Writes `stream` to `path` (via `path.partial`); returns its size and MD5 (hex).
pub async fn write<S, B, E>(mut stream: S, path: &Path, limit: u64) -> Result<(u64, String), BlobError>
where
    S: Stream<Item = Result<B, E>> + Unpin,
    B: AsRef<[u8]>,
    E: std::fmt::Display,
{
    let partial = path.with_extension("partial");
    let store = |e: std::io::Error| BlobError::Store(e.to_string());
    let mut file = tokio::fs::File::create(&partial).await.map_err(store)?;
    let mut hasher = Md5::new();
    let mut size: u64 = 0;
    while let Some(chunk) = stream.next().await {
        let chunk = match chunk {
            Ok(c) => c,
            Err(e) => {
                let _ = tokio::fs::remove_file(&partial).await;
                return Err(BlobError::Broken(e.to_string()));
            }
        };
        let bytes = chunk.as_ref();
        size += bytes.len() as u64;
        if size > limit {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(BlobError::TooLarge(limit));
        }
        hasher.update(bytes);
        file.write_all(bytes).await.map_err(store)?;
    }
    file.flush().await.map_err(store)?;
    drop(file);
    tokio::fs::rename(&partial, path).await.map_err(store)?;
    Ok((size, hex::encode(hasher.finalize())))
}
