//! Server-side SigV4 verification: rebuild the canonical request from what arrived, as the
//! signer must have built it, and compare signatures. The key derivation and HMAC are
//! aws-sigv4's; the canonicalisation is the verifier's job and lives here.

use super::error::ServiceError;
use crate::api::wire::encode;
use aws_sigv4::sign::v4::{calculate_signature, generate_signing_key};
use http::HeaderMap;
use percent_encoding::{percent_decode_str, utf8_percent_encode};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::{Duration, SystemTime};

/// How far a request's `x-amz-date` may be from the emulator's clock, as AWS allows.
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

pub struct Verifier {
    /// access key id → secret access key
    pub keys: HashMap<String, String>,
    pub service: String,
}

/// What a verified request proved about itself.
pub struct Caller {
    pub access_key_id: String,
    pub region: String,
}

struct AuthHeader<'a> {
    access_key: &'a str,
    date: &'a str,
    region: &'a str,
    service: &'a str,
    signed_headers: Vec<&'a str>,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Option<AuthHeader<'_>> {
    let rest = value.strip_prefix("AWS4-HMAC-SHA256")?.trim_start();
    let mut credential = None;
    let mut signed = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (k, v) = part.trim().split_once('=')?;
        match k {
            "Credential" => credential = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => signature = Some(v),
            _ => {}
        }
    }
    let mut scope = credential?.split('/');
    let access_key = scope.next()?;
    let date = scope.next()?;
    let region = scope.next()?;
    let service = scope.next()?;
    if scope.next()? != "aws4_request" {
        return None;
    }
    Some(AuthHeader {
        access_key,
        date,
        region,
        service,
        signed_headers: signed?.split(';').collect(),
        signature: signature?,
    })
}

fn parse_amz_date(s: &str) -> Option<SystemTime> {
    let fmt = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    let dt = time::PrimitiveDateTime::parse(s, &fmt).ok()?.assume_utc();
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(dt.unix_timestamp()).ok()?))
}

/// The path as the signer saw it: dot-segments removed (RFC 3986 5.2.4, as SigV4 for services
/// other than S3 asks and AWS's SDKs do), then escaped once more. The request itself is still
/// routed by its raw path, which refuses such segments (see `protocol::check_path`).
fn canonical_uri(raw_path: &str) -> String {
    const PATH: &percent_encoding::AsciiSet = &crate::api::wire::STRICT.remove(b'/');
    let normalized = remove_dot_segments(raw_path);
    let p = if normalized.is_empty() { "/" } else { normalized.as_str() };
    utf8_percent_encode(p, PATH).to_string()
}

/// RFC 3986's dot-segment removal, as botocore and aws-sigv4 apply it before signing (empty
/// segments go too; a trailing `/` stays).
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
    }
    let lead = if path.starts_with('/') { "/" } else { "" };
    let trail = if path.ends_with('/') && !out.is_empty() { "/" } else { "" };
    format!("{lead}{}{trail}", out.join("/"))
}

fn canonical_query(raw_query: &str) -> String {
    let mut pairs: Vec<(String, String)> = raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let dec = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
            (encode(&dec(k)), encode(&dec(v)))
        })
        .collect();
    pairs.sort();
    pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

fn header_value(headers: &HeaderMap, name: &str) -> Option<String> {
    let values: Vec<String> = headers
        .get_all(name)
        .iter()
        .map(|v| {
            let s = String::from_utf8_lossy(v.as_bytes());
            s.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect();
    (!values.is_empty()).then(|| values.join(","))
}

fn invalid_signature(msg: impl Into<String>) -> ServiceError {
    ServiceError::new(403, "InvalidSignatureException", msg)
}

impl Verifier {
    pub fn verify(
        &self,
        method: &str,
        raw_path: &str,
        raw_query: &str,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<Caller, ServiceError> {
        let Some(auth) = headers.get("authorization").and_then(|v| v.to_str().ok()) else {
            return Err(ServiceError::new(403, "MissingAuthenticationTokenException", "Missing Authentication Token"));
        };
        let a = parse_authorization(auth).ok_or_else(|| {
            ServiceError::new(
                400,
                "IncompleteSignatureException",
                "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters (AWS4-HMAC-SHA256).",
            )
        })?;
        let Some(secret) = self.keys.get(a.access_key) else {
            return Err(ServiceError::new(
                403,
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            ));
        };
        if a.service != self.service {
            return Err(invalid_signature(format!(
                "Credential should be scoped to correct service: '{}'.",
                self.service
            )));
        }
        let (amz_date, signed_at) = check_date(headers, &a, now)?;
        let request = Arrived { method, raw_path, raw_query, headers, body };
        let key = generate_signing_key(secret, signed_at, a.region, a.service);
        let expected = calculate_signature(key, string_to_sign(&request, &a, &amz_date).as_bytes());
        if !constant_time_eq(expected.as_bytes(), a.signature.as_bytes()) {
            return Err(invalid_signature(
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
            ));
        }
        Ok(Caller { access_key_id: a.access_key.to_string(), region: a.region.to_string() })
    }
}

/// A request as it arrived, to rebuild its canonical form.
struct Arrived<'a> {
    method: &'a str,
    raw_path: &'a str,
    raw_query: &'a str,
    headers: &'a HeaderMap,
    body: &'a [u8],
}

/// X-Amz-Date: present, well formed, within 15 minutes of `now`, matching the scope's date,
/// with the host signed. Returns the date as sent and as a time.
fn check_date(headers: &HeaderMap, a: &AuthHeader, now: SystemTime) -> Result<(String, SystemTime), ServiceError> {
    let amz_date = header_value(headers, "x-amz-date").ok_or_else(|| {
        ServiceError::new(400, "IncompleteSignatureException", "Authorization requires the X-Amz-Date header.")
    })?;
    let signed_at = parse_amz_date(&amz_date).ok_or_else(|| {
        invalid_signature(format!("X-Amz-Date {amz_date:?} is not of the form YYYYMMDD'T'HHMMSS'Z'."))
    })?;
    let skew = now.duration_since(signed_at).or_else(|e| Ok::<_, ()>(e.duration())).unwrap_or_default();
    if skew > MAX_SKEW {
        return Err(invalid_signature(format!(
            "Signature expired: {amz_date} is more than 15 minutes from the server's time. Check your clock."
        )));
    }
    if !amz_date.starts_with(a.date) {
        return Err(invalid_signature("The credential scope date does not match X-Amz-Date."));
    }
    if !a.signed_headers.contains(&"host") {
        return Err(invalid_signature("The host header must be signed."));
    }
    Ok((amz_date, signed_at))
}

/// SigV4's string to sign for the request as it arrived.
fn string_to_sign(r: &Arrived, a: &AuthHeader, amz_date: &str) -> String {
    let mut canonical_headers = String::new();
    for name in &a.signed_headers {
        let value = header_value(r.headers, name).unwrap_or_default();
        canonical_headers.push_str(&format!("{name}:{value}\n"));
    }
    let payload_hash = match header_value(r.headers, "x-amz-content-sha256") {
        Some(h) => h,
        None => hex::encode(Sha256::digest(r.body)),
    };
    let canonical_request = format!(
        "{}\n{}\n{}\n{canonical_headers}\n{}\n{payload_hash}",
        r.method,
        canonical_uri(r.raw_path),
        canonical_query(r.raw_query),
        a.signed_headers.join(";"),
    );
    let scope = format!("{}/{}/{}/aws4_request", a.date, a.region, a.service);
    format!("AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}", hex::encode(Sha256::digest(canonical_request.as_bytes())))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms_match_aws_examples() {
        assert_eq!(canonical_uri("/tags/arn%3Aaws%3Aamplify"), "/tags/arn%253Aaws%253Aamplify");
        assert_eq!(canonical_query("b=2&a=x%20y&a=1"), "a=1&a=x%20y&b=2");
        assert_eq!(canonical_uri("/apps/d1/branches/.."), "/apps/d1");
        assert_eq!(canonical_uri("/apps/d1/./branches/main/"), "/apps/d1/branches/main/");
        assert_eq!(canonical_uri("/"), "/");
        assert_eq!(canonical_query(""), "");
    }

    #[test]
    fn parses_the_authorization_header() {
        let a = parse_authorization(
            "AWS4-HMAC-SHA256 Credential=AK/20261126/eu-west-1/amplify/aws4_request, SignedHeaders=host;x-amz-date, Signature=ab",
        )
        .unwrap();
        assert_eq!((a.access_key, a.region, a.service, a.signature), ("AK", "eu-west-1", "amplify", "ab"));
        assert_eq!(a.signed_headers, vec!["host", "x-amz-date"]);
        assert!(parse_authorization("Basic xyz").is_none());
    }
}
