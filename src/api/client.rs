//! The signed-HTTP client: one generic `call(operation, input)` for all 37 operations.
//! Region, endpoint and credentials are resolved on the first call, never before, so help,
//! completions and usage errors cost no file reads of AWS config and no network.

use super::error::ApiError;
use super::redact::{http_error_text, is_secret_header, redact_presigned, redact_trace, REDACTED};
use super::wire::{serialize, WireRequest};
use crate::model::{model, validate::validate_input};
use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::{Mutex, OnceCell};

/// Receives `--debug` lines (already redacted). The API layer never writes to the terminal.
pub type Trace = Arc<dyn Fn(String) + Send + Sync>;

/// Where credentials come from.
#[derive(Clone, Debug)]
pub enum CredentialSource {
    /// The AWS default chain: environment, shared config and credentials files (profiles, SSO,
    /// role chains, credential_process), web identity, container and instance metadata.
    DefaultChain,
    /// Fixed keys (the embedded emulator).
    Static { access_key_id: String, secret_access_key: String },
}

/// Plain settings, resolved from flags and environment by the CLI layer.
#[derive(Clone)]
pub struct ClientSettings {
    pub profile: Option<String>,
    pub region: Option<String>,
    /// Where `profile` and `region` were set, for errors about them, when not by their flags
    /// or environment variables (the project file: "`region` in amphost.toml:3:1").
    pub profile_from: Option<String>,
    pub region_from: Option<String>,
    /// An explicit endpoint (`--endpoint-url`, or the embedded emulator's address).
    pub endpoint_url: Option<String>,
    /// Whether `AWS_ENDPOINT_URL_AMPLIFY` / `AWS_ENDPOINT_URL` are consulted.
    pub endpoint_from_env: bool,
    pub credentials: CredentialSource,
    pub max_attempts: u32,
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    /// The base of the exponential backoff (AWS standard mode: 1 s, capped at 20 s).
    pub retry_base: Duration,
    pub trace: Option<Trace>,
}

impl Default for ClientSettings {
    fn default() -> Self {
        ClientSettings {
            profile: None,
            region: None,
            profile_from: None,
            region_from: None,
            endpoint_url: None,
            endpoint_from_env: true,
            credentials: CredentialSource::DefaultChain,
            max_attempts: 3,
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(60),
            retry_base: Duration::from_secs(1),
            trace: None,
        }
    }
}

struct Resolved {
    region: String,
    endpoint: String,
}

pub struct Client {
    settings: ClientSettings,
    /// For `http://` URLs (the emulator, a local endpoint): no TLS, so no trust store is read.
    plain: std::sync::OnceLock<reqwest::Client>,
    /// For `https://` URLs, built on first use: loading the system's roots costs milliseconds.
    tls: std::sync::OnceLock<reqwest::Client>,
    resolved: OnceCell<Resolved>,
    provider: OnceCell<aws_config::default_provider::credentials::DefaultCredentialsChain>,
    cached: Mutex<Option<Credentials>>,
}

const MAX_BACKOFF: Duration = Duration::from_secs(20);

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Client {
    pub fn new(settings: ClientSettings) -> Client {
        Client {
            settings,
            plain: Default::default(),
            tls: Default::default(),
            resolved: OnceCell::new(),
            provider: OnceCell::new(),
            cached: Mutex::new(None),
        }
    }

    /// The HTTP client for `url`: API calls, and the unsigned downloads and presigned uploads.
    pub fn http_for(&self, url: &str) -> &reqwest::Client {
        let plain = url.starts_with("http://");
        let cell = if plain { &self.plain } else { &self.tls };
        cell.get_or_init(|| {
            let builder = reqwest::Client::builder()
                .connect_timeout(self.settings.connect_timeout)
                .read_timeout(self.settings.read_timeout)
                .user_agent(concat!("amphost/", env!("CARGO_PKG_VERSION")));
            // No roots at all for plain HTTP: reqwest would otherwise read the trust store.
            let builder = if plain { builder.tls_certs_only(std::iter::empty()) } else { builder };
            builder.build().expect("the HTTP client builds")
        })
    }

    pub fn settings(&self) -> &ClientSettings {
        &self.settings
    }

    fn trace(&self, line: impl FnOnce() -> String) {
        if let Some(t) = &self.settings.trace {
            t(line());
        }
    }

    /// The region requests are signed for: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, then
    /// the profile's `region`. Instance metadata is never asked: it would be a network probe.
    pub async fn region(&self) -> Result<String, ApiError> {
        Ok(self.resolve().await?.region.clone())
    }

    pub async fn endpoint(&self) -> Result<String, ApiError> {
        Ok(self.resolve().await?.endpoint.clone())
    }

    async fn resolve(&self) -> Result<&Resolved, ApiError> {
        self.resolved
            .get_or_try_init(|| async {
                let (region, origin) = self.find_region().await.ok_or_else(|| {
                    ApiError::Config(
                        "no region is set: pass --region REGION, set AWS_REGION, or add `region = …` to your profile in ~/.aws/config".into(),
                    )
                })?;
                check_region(&region, &origin)?;
                let endpoint = self.endpoint_for(&region)?;
                Ok(Resolved { region, endpoint })
            })
            .await
    }

    /// The region and where it was set (for messages): `--region`, `AWS_REGION`,
    /// `AWS_DEFAULT_REGION`, then the profile's `region`.
    async fn find_region(&self) -> Option<(String, String)> {
        if let Some(r) = &self.settings.region {
            return Some((r.clone(), self.settings.region_from.clone().unwrap_or_else(|| "--region".into())));
        }
        for var in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let Some(r) = env_nonempty(var) {
                return Some((r, var.into()));
            }
        }
        let mut builder = aws_config::profile::ProfileFileRegionProvider::builder();
        if let Some(p) = &self.settings.profile {
            builder = builder.profile_name(p);
        }
        use aws_config::meta::region::ProvideRegion;
        let region = builder.build().region().await?.to_string();
        let profile = self.settings.profile.as_deref().unwrap_or("default");
        Some((region, format!("the `region` of profile {profile} in the AWS config file")))
    }

    fn endpoint_for(&self, region: &str) -> Result<String, ApiError> {
        let from_env = || {
            let ignore =
                env_nonempty("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS").is_some_and(|v| v.eq_ignore_ascii_case("true"));
            (!ignore && self.settings.endpoint_from_env)
                .then(|| env_nonempty("AWS_ENDPOINT_URL_AMPLIFY").or_else(|| env_nonempty("AWS_ENDPOINT_URL")))
                .flatten()
        };
        if let Some(url) = self.settings.endpoint_url.clone().or_else(from_env) {
            // Quoted with any password cut, however malformed the rest.
            let shown = super::redact::redact_given_url(&url);
            let parsed = reqwest::Url::parse(&url).map_err(|e| {
                ApiError::Config(format!(
                    "the endpoint URL {shown:?} is not a valid URL ({e}); use e.g. http://127.0.0.1:4750"
                ))
            })?;
            if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
                return Err(ApiError::Config(format!(
                    "the endpoint URL {shown:?} must be http:// or https:// with a host"
                )));
            }
            return Ok(url.trim_end_matches('/').to_string());
        }
        let fips = env_nonempty("AWS_USE_FIPS_ENDPOINT").is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let host = if fips { "amplify-fips" } else { "amplify" };
        let suffix = if region.starts_with("cn-") { "amazonaws.com.cn" } else { "amazonaws.com" };
        Ok(format!("https://{host}.{region}.{suffix}"))
    }

    /// Credentials for the next request, from the chain on first use and again when the ones
    /// held are about to expire (long waits outlive session credentials).
    async fn credentials(&self) -> Result<Credentials, ApiError> {
        let region = self.region().await?;
        let mut cached = self.cached.lock().await;
        if let Some(c) = cached.as_ref() {
            let fresh = c.expiry().is_none_or(|exp| exp > SystemTime::now() + Duration::from_secs(300));
            if fresh {
                return Ok(c.clone());
            }
        }
        // Checked when credentials are loaded, not on every request (each poll of a wait).
        if let Some(profile) = &self.settings.profile {
            let from = self.settings.profile_from.as_deref().unwrap_or("--profile or AWS_PROFILE");
            check_profile_exists(profile, from).await?;
        }
        let creds = match &self.settings.credentials {
            CredentialSource::Static { access_key_id, secret_access_key } => {
                Credentials::new(access_key_id, secret_access_key, None, None, "amphost-static")
            }
            // The chain's first source, taken directly: building the whole chain (SSO,
            // web identity, containers…) costs more than the request itself.
            CredentialSource::DefaultChain if env_nonempty("AWS_ACCESS_KEY_ID").is_some() => {
                aws_config::environment::credentials::EnvironmentVariableCredentialsProvider::new()
                    .provide_credentials()
                    .await
                    .map_err(|e| ApiError::Credentials(format!("the AWS_* credentials in the environment are incomplete: {e}; set AWS_SECRET_ACCESS_KEY too, or unset AWS_ACCESS_KEY_ID")))?
            }
            CredentialSource::DefaultChain => {
                let provider = self
                    .provider
                    .get_or_init(|| async {
                        let mut builder = aws_config::default_provider::credentials::DefaultCredentialsChain::builder()
                            .region(aws_config::Region::new(region.clone()));
                        if let Some(p) = &self.settings.profile {
                            builder = builder.profile_name(p);
                        }
                        builder.build().await
                    })
                    .await;
                provider.provide_credentials().await.map_err(|e| {
                    let mut detail = e.to_string();
                    let mut source = std::error::Error::source(&e);
                    while let Some(s) = source {
                        detail = format!("{detail}: {s}");
                        source = s.source();
                    }
                    ApiError::Credentials(format!(
                        "no AWS credentials could be loaded ({detail}); set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, run `aws configure` or `aws sso login`, or pass --profile; try --local to use the embedded emulator"
                    ))
                })?
            }
        };
        *cached = Some(creds.clone());
        Ok(creds)
    }

    /// Validates `input` against the operation's input shape, then sends it with retries.
    /// Returns the response body (an object; `{}` when the service sent none).
    pub async fn call(&self, operation: &str, input: Value) -> Result<Value, ApiError> {
        let op = model().operation(operation);
        validate_input(op, &input).map_err(ApiError::Invalid)?;
        let wire = serialize(op, &input);
        let started = Instant::now();
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.send_once(operation, &wire, &input).await {
                Ok(v) => return Ok(v),
                Err(e) if e.is_retryable() && attempt < self.settings.max_attempts.max(1) => {
                    let delay = self.backoff(attempt);
                    self.trace(|| {
                        format!("retrying {operation} in {} ms (attempt {attempt} failed: {e})", delay.as_millis())
                    });
                    tokio::time::sleep(delay).await;
                }
                Err(ApiError::Transport { endpoint, detail, .. }) => {
                    return Err(ApiError::Transport { endpoint, detail, attempts: attempt, elapsed: started.elapsed() })
                }
                // Say that the retry budget was spent, with the last cause.
                Err(ApiError::Service { code, message, status, request_id, operation, scope }) if attempt > 1 => {
                    let message = format!("{message} (gave up after {attempt} attempts)");
                    let e = ApiError::Service { code, message, status, request_id, operation, scope };
                    return Err(e.scoped(&input));
                }
                Err(e) => return Err(e.scoped(&input)),
            }
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        backoff(self.settings.retry_base, attempt)
    }

    /// One attempt: sign, trace, send, read the answer.
    async fn send_once(&self, operation: &str, wire: &WireRequest, input: &Value) -> Result<Value, ApiError> {
        let Resolved { region, endpoint } = self.resolve().await?;
        let url = format!("{endpoint}{}", wire.path_and_query);
        let parsed = reqwest::Url::parse(&url).map_err(|e| ApiError::Config(format!("bad request URL {url}: {e}")))?;
        let headers = self.signed_headers(wire, &url, &parsed, region).await?;
        self.trace(|| request_trace(operation, wire, &url, &headers, input));
        let method = reqwest::Method::from_bytes(wire.method.as_bytes()).expect("model methods are valid");
        let mut request = self.http_for(&url).request(method, parsed);
        for (k, v) in headers.iter().filter(|(k, _)| k != "host") {
            request = request.header(k, v);
        }
        if let Some(b) = &wire.body {
            request = request.body(b.clone());
        }
        let started = Instant::now();
        let transport = |e: reqwest::Error| ApiError::Transport {
            endpoint: endpoint.clone(),
            detail: http_error_text(&e),
            attempts: 1,
            elapsed: started.elapsed(),
        };
        let response = request.send().await.map_err(transport)?;
        let answer = Answer::read(response).await.map_err(transport)?;
        self.trace(|| answer.trace(operation, started.elapsed()));
        answer.into_result(operation)
    }

    /// The request's headers with the SigV4 signature added (`host` included, for the trace).
    async fn signed_headers(
        &self,
        wire: &WireRequest,
        url: &str,
        parsed: &reqwest::Url,
        region: &str,
    ) -> Result<Vec<(String, String)>, ApiError> {
        let creds = self.credentials().await?;
        let host = match parsed.port() {
            Some(p) => format!("{}:{p}", parsed.host_str().unwrap_or_default()),
            None => parsed.host_str().unwrap_or_default().to_string(),
        };
        let mut headers: Vec<(String, String)> = wire.headers.clone();
        headers.push(("host".into(), host));
        let cannot = |e: &dyn std::fmt::Display| ApiError::Config(format!("cannot sign the request: {e}"));
        let identity = creds.into();
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(region)
            .name(&model().metadata.signing_name)
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()
            .map_err(|e| cannot(&e))?
            .into();
        let body = wire.body.as_deref().unwrap_or(&[]);
        let pairs = headers.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let signable =
            SignableRequest::new(&wire.method, url, pairs, SignableBody::Bytes(body)).map_err(|e| cannot(&e))?;
        let (instructions, _signature) = sign(signable, &params).map_err(|e| cannot(&e))?.into_parts();
        for (k, v) in instructions.headers() {
            headers.push((k.to_string(), v.to_string()));
        }
        Ok(headers)
    }
}

/// The `--debug` lines of a request about to be sent (credential headers redacted).
fn request_trace(
    operation: &str,
    wire: &WireRequest,
    url: &str,
    headers: &[(String, String)],
    input: &Value,
) -> String {
    let mut lines = vec![format!("→ {operation}: {} {}", wire.method, redact_presigned(url))];
    for (k, v) in headers {
        let shown = if is_secret_header(k) { REDACTED } else { v.as_str() };
        lines.push(format!("  {k}: {shown}"));
    }
    if wire.body.is_some() {
        lines.push(format!("  body: {}", redact_trace(input)));
    }
    lines.join("\n")
}

/// What the service answered: status, the headers that matter, the body as JSON (or text).
struct Answer {
    status: u16,
    request_id: Option<String>,
    error_type: Option<String>,
    body: Value,
}

impl Answer {
    async fn read(response: reqwest::Response) -> Result<Answer, reqwest::Error> {
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let status = response.status().as_u16();
        let request_id = header("x-amzn-requestid").or_else(|| header("x-amz-request-id"));
        let error_type = header("x-amzn-errortype");
        let bytes = response.bytes().await?;
        let body = if bytes.is_empty() {
            Value::Object(Default::default())
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
        };
        Ok(Answer { status, request_id, error_type, body })
    }

    fn trace(&self, operation: &str, took: Duration) -> String {
        format!(
            "← {} {operation} in {} ms (request id {})\n  body: {}",
            self.status,
            took.as_millis(),
            self.request_id.as_deref().unwrap_or("-"),
            redact_trace(&self.body)
        )
    }

    /// The body of a 2xx answer (which must be a JSON object), else the typed error.
    fn into_result(self, operation: &str) -> Result<Value, ApiError> {
        let Answer { status, request_id, error_type, body } = self;
        if !(200..300).contains(&status) {
            return Err(service_error(operation, status, error_type, &body, request_id));
        }
        match body {
            Value::Object(_) => Ok(body),
            _ => Err(ApiError::Service {
                code: "InvalidResponse".into(),
                message: "the service answered with a body that is not a JSON object".into(),
                status,
                request_id,
                operation: operation.to_string(),
                scope: Box::default(),
            }),
        }
    }
}

/// Whether `s` has the shape of an AWS region name: lowercase letters, then at least two more
/// `-`-separated parts of lowercase letters and digits, the last all digits (`us-east-1`,
/// `us-gov-west-1`, `cn-north-1`, `eu-isoe-west-1`). The region becomes part of the endpoint's
/// host name, so anything else (`x@127.0.0.1:80/` would send the request elsewhere) is refused.
pub fn is_region_name(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let word = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    s.len() <= 40
        && parts.len() >= 3
        && parts[0].len() >= 2
        && parts[0].bytes().all(|b| b.is_ascii_lowercase())
        && parts.iter().all(word)
        && parts[parts.len() - 1].bytes().all(|b| b.is_ascii_digit())
}

/// Refuses a region that is not a region name, saying where it was set (`origin`).
fn check_region(region: &str, origin: &str) -> Result<(), ApiError> {
    if is_region_name(region) {
        return Ok(());
    }
    Err(ApiError::Config(format!(
        "{region:?} (from {origin}) is not an AWS region name; nothing was sent. Set {origin} to a region such as us-east-1 or eu-west-3"
    )))
}

/// The AWS standard mode's delay after failed attempt `attempt` (1-based): full jitter, a
/// random delay up to base × 2^(attempt−1), capped at 20 s. Uploads retry on it too.
pub fn backoff(base: Duration, attempt: u32) -> Duration {
    let ceiling = base.saturating_mul(1 << attempt.saturating_sub(1).min(16)).min(MAX_BACKOFF);
    ceiling.mul_f64(rand::random::<f64>())
}

/// Builds the typed error from an error response to `operation`, as AWS's rest-json protocol
/// defines it.
fn service_error(
    operation: &str,
    status: u16,
    error_type: Option<String>,
    body: &Value,
    request_id: Option<String>,
) -> ApiError {
    let from_body = || {
        ["__type", "code", "Code"]
            .iter()
            .find_map(|k| body.get(k).and_then(Value::as_str))
            .map(|s| s.rsplit('#').next().unwrap_or(s).to_string())
    };
    let code = error_type
        .map(|t| t.split(':').next().unwrap_or_default().to_string())
        .filter(|t| !t.is_empty())
        .or_else(from_body)
        .unwrap_or_else(|| match status {
            400 => "BadRequest".into(),
            401 | 403 => "AccessDenied".into(),
            404 => "NotFound".into(),
            429 => "TooManyRequestsException".into(),
            s if s >= 500 => "InternalFailure".into(),
            s => format!("HTTP{s}"),
        });
    let message = ["message", "Message", "errorMessage"]
        .iter()
        .find_map(|k| body.get(k).and_then(Value::as_str))
        .map(str::to_string)
        .or_else(|| body.as_str().map(|s| s.chars().take(300).collect()))
        .unwrap_or_else(|| format!("HTTP status {status}"));
    ApiError::Service { code, message, status, request_id, operation: operation.to_string(), scope: Box::default() }
}

/// A named profile must exist: the default chain would otherwise pass over it silently and
/// sign with whatever else it finds (environment keys, say), as a different identity.
async fn check_profile_exists(name: &str, from: &str) -> Result<(), ApiError> {
    use aws_runtime::env_config::file::EnvConfigFiles;
    use aws_types::os_shim_internal::{Env, Fs};
    let selected = Some(std::borrow::Cow::Owned(name.to_string()));
    let set = aws_config::profile::load(&Fs::real(), &Env::real(), &EnvConfigFiles::default(), selected)
        .await
        .map_err(|e| ApiError::Config(format!("cannot read the AWS config files: {e}")))?;
    if set.get_profile(name).is_some() {
        return Ok(());
    }
    let mut known: Vec<&str> = set.profiles().collect();
    known.sort();
    let known = if known.is_empty() { "none".to_string() } else { known.join(", ") };
    Err(ApiError::Config(format!(
        "the profile {name:?} ({from}) is not in ~/.aws/config or ~/.aws/credentials (profiles there: {known}); \
         add it with `aws configure --profile {name}`, or name another"
    )))
}

/// Stand-ins for members a command fills in later (an app ID resolved from a name, say), so
/// that the rest of a request can be checked before anything is sent.
fn placeholder(member: &str) -> Option<Value> {
    Some(Value::String(
        match member {
            "appId" => "d0000000000000",
            "branchName" => "placeholder",
            "jobId" => "1",
            "domainName" => "example.com",
            "webhookId" => "placeholder",
            "environmentName" => "placeholder",
            "artifactId" => "placeholder",
            "resourceArn" => "arn:aws:amplify:us-east-1:000000000000:apps/d0000000000000",
            _ => return None,
        }
        .to_string(),
    ))
}

/// Checks `input` against the operation's model before any request, with stand-ins for the
/// members in `later` that are not there yet.
pub fn precheck(operation: &str, input: &serde_json::Map<String, Value>, later: &[&str]) -> Result<(), ApiError> {
    let op = model().operation(operation);
    let Some(shape) = &op.input else { return Ok(()) };
    let members = &model().shape(&shape.shape).members;
    let mut full = input.clone();
    for member in later.iter().filter(|m| members.contains_key(**m)) {
        if !full.contains_key(*member) {
            if let Some(v) = placeholder(member) {
                full.insert(member.to_string(), v);
            }
        }
    }
    validate_input(op, &Value::Object(full)).map_err(ApiError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn error_code_comes_from_the_header_else_the_body() {
        let e = service_error(
            "GetApp",
            404,
            Some("NotFoundException:http://internal".into()),
            &json!({"message": "no app"}),
            Some("r1".into()),
        );
        assert_eq!(e.code(), Some("NotFoundException"));
        assert!(e.to_string().contains("no app"));
        let body = json!({"__type": "com.amazonaws#BadRequestException", "Message": "bad"});
        let e = service_error("CreateApp", 400, None, &body, None);
        assert_eq!(e.code(), Some("BadRequestException"));
        assert_eq!(e.operation(), Some("CreateApp"));
        assert_eq!(e.to_string(), "BadRequestException: bad");
    }

    #[test]
    fn throttling_and_5xx_retry_but_client_errors_do_not() {
        let svc = |code: &str, status| service_error("GetJob", status, Some(code.into()), &json!({}), None);
        assert!(svc("LimitExceededException", 429).is_retryable());
        assert!(svc("TooManyRequestsException", 429).is_retryable());
        assert!(svc("InternalFailureException", 500).is_retryable());
        assert!(svc("DependentServiceFailureException", 503).is_retryable());
        assert!(!svc("BadRequestException", 400).is_retryable());
        assert!(!svc("NotFoundException", 404).is_retryable());
    }

    #[test]
    fn region_names_of_every_partition_pass_and_host_tricks_do_not() {
        for ok in ["us-east-1", "us-gov-west-1", "cn-north-1", "eu-isoe-west-1", "us-isob-east-1", "ap-southeast-5"] {
            assert!(is_region_name(ok), "{ok}");
        }
        let bad = ["x@127.0.0.1:4712/", "US-EAST-1", "us-east", "us--east-1", "us-east-1.", "", "1-east-1", "a-b-1/x"];
        for bad in bad {
            assert!(!is_region_name(bad), "{bad}");
        }
        let e = check_region("evil.com/", "AWS_REGION").unwrap_err().to_string();
        assert!(e.contains("AWS_REGION") && e.contains("not an AWS region name"), "{e}");
    }

    #[test]
    fn backoff_is_jittered_and_capped() {
        let client = Client::new(ClientSettings { retry_base: Duration::from_secs(1), ..Default::default() });
        for attempt in 1..10 {
            let d = client.backoff(attempt);
            assert!(d <= MAX_BACKOFF && d <= Duration::from_secs(1 << (attempt - 1)));
        }
        // Full jitter: attempt 3 with a 1 s base is uniform over [0, 4 s]. Over 2,000 samples
        // the extremes come close to both ends and the mean is near 2 s (its standard error is
        // about 26 ms, so 10% is some 8 of them: this does not fail by chance).
        let samples: Vec<f64> = (0..2000).map(|_| backoff(Duration::from_secs(1), 3).as_secs_f64()).collect();
        let (min, max) = samples.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &s| (lo.min(s), hi.max(s)));
        let mean = samples.iter().sum::<f64>() / samples.len() as f64;
        assert!(samples.iter().all(|&s| (0.0..=4.0).contains(&s)), "min {min}, max {max}");
        assert!(min < 0.5, "the smallest of 2,000 delays is {min} s: not jittered down to 0");
        assert!(max > 3.5, "the largest of 2,000 delays is {max} s: not jittered up to 4 s");
        assert!((mean - 2.0).abs() < 0.2, "mean delay {mean} s, expected 2 s ± 10%");
        // The cap is 20 s, reached from attempt 6 (32 s uncapped) on, and not below it.
        let late: Vec<Duration> = (0..500).map(|_| backoff(Duration::from_secs(1), 30)).collect();
        assert!(late.iter().all(|d| *d <= MAX_BACKOFF));
        assert!(late.iter().any(|d| *d > Duration::from_secs(15)), "the cap is lower than 20 s");
        assert_eq!(backoff(Duration::ZERO, 5), Duration::ZERO);
    }
}
