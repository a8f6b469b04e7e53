//! URLs the emulator hands out for uploads and downloads, signed and expiring like S3's
//! presigned URLs: whoever holds one may use it, until it expires, and nobody can forge one.

use super::error::ServiceError;
use aws_sigv4::sign::v4::calculate_signature;

/// How long a handed-out URL stays valid.
pub const EXPIRES_SECONDS: u64 = 3600;

fn signature(secret: &str, path: &str, issued: u64, expires: u64) -> String {
    calculate_signature(secret.as_bytes(), format!("{path}\n{issued}\n{expires}").as_bytes())
}

/// A URL for `path` (under `/_amphost/`) on `base`, signed with the data dir's secret.
pub fn presign(base: &str, secret: &str, path: &str, now: f64) -> String {
    let issued = now as u64;
    let sig = signature(secret, path, issued, EXPIRES_SECONDS);
    format!("{base}{path}?X-Amz-Date={issued}&X-Amz-Expires={EXPIRES_SECONDS}&X-Amz-Signature={sig}")
}

fn param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query.split('&').find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
}

/// Checks the signature and expiry of a presigned request.
pub fn verify(secret: &str, path: &str, query: &str, now: f64) -> Result<(), ServiceError> {
    let denied = |m: &str| ServiceError::new(403, "AccessDenied", m);
    let issued: u64 =
        param(query, "X-Amz-Date").and_then(|v| v.parse().ok()).ok_or_else(|| denied("Missing X-Amz-Date."))?;
    let expires: u64 =
        param(query, "X-Amz-Expires").and_then(|v| v.parse().ok()).ok_or_else(|| denied("Missing X-Amz-Expires."))?;
    let given = param(query, "X-Amz-Signature").ok_or_else(|| denied("Missing X-Amz-Signature."))?;
    if given != signature(secret, path, issued, expires) {
        return Err(denied("The request signature we calculated does not match the signature you provided."));
    }
    if now as u64 > issued + expires {
        return Err(denied("Request has expired."));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presigned_urls_verify_until_they_expire_and_cannot_be_altered() {
        let url = presign("http://h", "k", "/_amphost/blobs/a", 1000.0);
        let query = url.split_once('?').unwrap().1;
        assert!(verify("k", "/_amphost/blobs/a", query, 1001.0).is_ok());
        assert!(verify("k", "/_amphost/blobs/b", query, 1001.0).is_err(), "another path");
        assert!(verify("other", "/_amphost/blobs/a", query, 1001.0).is_err(), "another secret");
        assert!(verify("k", "/_amphost/blobs/a", query, 1000.0 + 3601.0).is_err(), "expired");
    }
}
