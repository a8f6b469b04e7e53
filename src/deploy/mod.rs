//! Preparing and shipping a deployment's bytes: the folder walk (ignore rules, litter,
//! symlinks), the streamed zip, the MD5 file map, and the presigned uploads with retries.
//! No terminal here: progress goes through the [`Progress`] callbacks.

pub mod archive;
pub mod bucket;
pub mod git;
pub mod manifest;
pub mod policy;
pub mod upload;
pub mod zipcompose;

/// Progress callbacks; the CLI draws them.
pub trait Progress: Send + Sync {
    /// `n` more bytes were read (zipping, hashing) or sent (uploading).
    fn advance(&self, n: u64);
}

/// No progress to show.
pub struct Silent;

impl Progress for Silent {
    fn advance(&self, _: u64) {}
}
