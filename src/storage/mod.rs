//! The thin S3 layer: an `aws-sdk-s3` client set up with the same credential chain and region
//! as the Amplify client, an endpoint from `--s3-endpoint` / `AWS_ENDPOINT_URL_S3` (path-style
//! addressing for custom endpoints, as S3 emulators need), and `s3://BUCKET/KEY` URLs.
//! Shared by bucket deploys and the emulator's S3 sources; no S3 protocol is written here.

pub mod identity;
pub mod trace;

use aws_credential_types::Credentials;
use std::fmt;

/// How to reach S3.
#[derive(Clone, Default)]
pub struct S3Settings {
    pub region: Option<String>,
    pub profile: Option<String>,
    /// An explicit endpoint (`--s3-endpoint`); else `AWS_ENDPOINT_URL_S3`, else AWS's.
    pub endpoint: Option<String>,
    /// Fixed keys (tests, the emulator's own); else the AWS default chain.
    pub keys: Option<(String, String)>,
    /// The first retry's delay (standard mode doubles it, with jitter); else the SDK's.
    pub retry_base: Option<std::time::Duration>,
    /// How long to wait for a connection and for an answer's first byte; else the SDK's.
    pub wait: Option<std::time::Duration>,
    /// `-v` / `--debug`: a line per request and answer.
    pub trace: Option<trace::Trace>,
}

/// Attempts per request: throttling (503 SlowDown) and dropped connections are retried.
const MAX_ATTEMPTS: u32 = 5;

/// The SDK configuration of S3 and STS alike: region, profile, the credential chain (or the
/// fixed keys).
async fn sdk_config(settings: &S3Settings) -> aws_config::SdkConfig {
    let region = settings.region.clone().unwrap_or_else(|| "us-east-1".into());
    let mut loader =
        aws_config::defaults(aws_config::BehaviorVersion::latest()).region(aws_config::Region::new(region));
    if let Some(p) = &settings.profile {
        loader = loader.profile_name(p);
    }
    if let Some((id, secret)) = &settings.keys {
        loader = loader.credentials_provider(Credentials::new(id, secret, None, None, "amphost-static"));
    }
    loader.load().await
}

/// Builds the client. Nothing is sent until the first request.
pub async fn client(settings: &S3Settings) -> aws_sdk_s3::Client {
    let sdk = sdk_config(settings).await;
    let endpoint = settings
        .endpoint
        .clone()
        .or_else(|| std::env::var("AWS_ENDPOINT_URL_S3").ok().filter(|v| !v.trim().is_empty()));
    let mut retry = aws_sdk_s3::config::retry::RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS);
    if let Some(base) = settings.retry_base {
        retry = retry.with_initial_backoff(base);
    }
    // Checksums only where S3 requires them: uploads carry their own Content-MD5, and S3
    // emulators do not all take the newer trailing checksums.
    let mut config = aws_sdk_s3::config::Builder::from(&sdk)
        .retry_config(retry)
        .request_checksum_calculation(aws_sdk_s3::config::RequestChecksumCalculation::WhenRequired)
        .response_checksum_validation(aws_sdk_s3::config::ResponseChecksumValidation::WhenRequired);
    if let Some(wait) = settings.wait {
        let timeouts = aws_sdk_s3::config::timeout::TimeoutConfig::builder().connect_timeout(wait).read_timeout(wait);
        config = config.timeout_config(timeouts.build());
    }
    if let Some(trace) = &settings.trace {
        config = config.interceptor(trace::Tracer(trace.clone()));
    }
    if let Some(url) = endpoint {
        // Custom endpoints (moto, MinIO, LocalStack) serve buckets by path, not by host name.
        config = config.endpoint_url(url).force_path_style(true);
    }
    aws_sdk_s3::Client::from_conf(config.build())
}

/// `s3://BUCKET/KEY`: the bucket and the key (which may be empty, or a prefix ending in `/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct S3Url {
    pub bucket: String,
    pub key: String,
}

impl S3Url {
    pub fn parse(url: &str) -> Result<S3Url, String> {
        let rest = url.strip_prefix("s3://").ok_or_else(|| format!("{url:?} is not an s3:// URL"))?;
        let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
        if let Some(problem) = bucket_name_problem(bucket) {
            return Err(format!(
                "{url:?} does not name a bucket ({problem}): s3://BUCKET/KEY, with a bucket name of 3 to 63 \
                 lowercase letters, digits, dots or hyphens, as S3 names them"
            ));
        }
        if key.chars().any(char::is_control) {
            return Err(format!("{url:?} has a control character in its key"));
        }
        // A key is data: `a/../b` is not normalised into `b`, it is refused.
        if key.split('/').any(|segment| segment == "." || segment == "..") {
            return Err(format!("{url:?} has a `.` or `..` segment in its key: name the prefix as it is"));
        }
        Ok(S3Url { bucket: bucket.to_string(), key: key.to_string() })
    }
}

/// What makes `name` no bucket name S3 allows, by its naming rules: None when it is one.
fn bucket_name_problem(name: &str) -> Option<&'static str> {
    let allowed = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.';
    if !(3..=63).contains(&name.len()) {
        return Some("3 to 63 characters");
    }
    if !name.bytes().all(allowed) {
        return Some("only lowercase letters, digits, dots and hyphens");
    }
    // Each dot-separated label is a DNS label: not empty (no `..`), no hyphen at either end.
    if name.split('.').any(|label| label.is_empty() || label.starts_with('-') || label.ends_with('-')) {
        return Some("dot-separated parts that neither are empty nor start or end with a hyphen");
    }
    if name.parse::<std::net::Ipv4Addr>().is_ok() {
        return Some("not an IP address");
    }
    let reserved_prefix = ["xn--", "sthree-", "amzn-s3-demo-"].iter().any(|p| name.starts_with(p));
    let reserved_suffix = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"].iter().any(|p| name.ends_with(p));
    if reserved_prefix || reserved_suffix {
        return Some("a prefix or suffix S3 reserves");
    }
    None
}

impl fmt::Display for S3Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s3://{}/{}", self.bucket, self.key)
    }
}

/// A service's error as one line: S3's code and message (`AccessDenied: Access Denied`), else
/// the cause chain ([`error_text`]).
pub fn service_error_text<E>(e: &aws_sdk_s3::error::SdkError<E, aws_sdk_s3::config::http::HttpResponse>) -> String
where
    E: aws_sdk_s3::error::ProvideErrorMetadata + std::error::Error + 'static,
{
    use aws_sdk_s3::error::ProvideErrorMetadata;
    // S3 gives no message with some codes (a GET of a missing key: NoSuchKey, and an empty
    // body for HEAD); the code then says it alone. With no code either (a body that is no S3
    // error), the HTTP status says it, not the SDK's debug dump of the error.
    match (e.code(), e.message().filter(|m| !m.trim().is_empty()), e.raw_response()) {
        (Some(code), Some(message), _) => format!("{code}: {message}"),
        (Some(code), None, _) => code.to_string(),
        (None, _, Some(r)) => {
            let status = r.status().as_u16();
            let reason = reqwest::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("");
            format!("HTTP {status} {reason}").trim_end().to_string()
        }
        _ => error_text(e),
    }
}

/// An SDK error as one line: the service's code and message, else the cause chain.
pub fn error_text<E: std::error::Error>(e: &E) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.contains(&text) {
            parts.push(text);
        }
        source = s.source();
    }
    crate::api::redact::redact_presigned(&parts.join(": "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_s3_error_without_a_code_is_told_by_its_status() {
        use aws_sdk_s3::config::http::HttpResponse;
        use aws_sdk_s3::operation::get_object::GetObjectError;
        use aws_smithy_types::body::SdkBody;
        use aws_smithy_types::error::ErrorMetadata;
        let answer = |meta: ErrorMetadata| {
            let raw = HttpResponse::new(403.try_into().unwrap(), SdkBody::empty());
            aws_sdk_s3::error::SdkError::service_error(GetObjectError::generic(meta), raw)
        };
        assert_eq!(service_error_text(&answer(ErrorMetadata::builder().build())), "HTTP 403 Forbidden");
        let coded = ErrorMetadata::builder().code("AccessDenied").message("Access Denied").build();
        assert_eq!(service_error_text(&answer(coded)), "AccessDenied: Access Denied");
    }

    #[test]
    fn s3_urls_name_a_bucket_and_a_key() {
        assert_eq!(
            S3Url::parse("s3://my-bucket/sites/a.zip").unwrap(),
            S3Url { bucket: "my-bucket".into(), key: "sites/a.zip".into() }
        );
        assert_eq!(S3Url::parse("s3://my-bucket").unwrap().key, "");
        for bad in [
            "https://x/y",
            "s3://",
            "s3://UPPER/x",
            "s3://ab/x",
            "s3://-bad/x",
            "s3://a_b_c/x",
            "s3://abc/a/../b",
            "s3://abc/./x",
            "s3://a..b/x",
            "s3://a.-b/x",
            "s3://192.168.5.4/x",
            "s3://xn--abc/x",
            "s3://abc-s3alias/x",
            "s3://abc/a\x1b[31mb",
            "s3://abc/a\nb",
        ] {
            assert!(S3Url::parse(bad).is_err(), "{bad}");
        }
        for good in ["s3://my.site.bucket/x", "s3://1-2-3/x", "s3://a1.b2/x"] {
            assert!(S3Url::parse(good).is_ok(), "{good}");
        }
    }
}
