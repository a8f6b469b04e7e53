//! Secrets never leave the process in a readable form: not in `--debug` traces, not in output.

use crate::model::model;
use regex::Regex;
use serde_json::Value;
use std::sync::OnceLock;

pub const REDACTED: &str = "<redacted>";

/// Members whose values are credentials: never rendered, in any output format.
pub const CREDENTIAL_MEMBERS: &[&str] = &["basicAuthCredentials", "oauthToken", "accessToken"];

/// Request headers that carry credentials.
pub fn is_secret_header(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "authorization" | "x-amz-security-token" | "proxy-authorization" | "cookie"
    )
}

/// Presigned-URL query parameters that grant access (the signature, the session token, the
/// credential scope) are replaced; the rest of the URL stays readable.
pub fn redact_presigned(text: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential|Signature|AWSAccessKeyId|token)=[^&\s\x22']*")
            .expect("valid regex")
    });
    re.replace_all(text, |c: &regex::Captures| format!("{}={REDACTED}", &c[1])).into_owned()
}

/// What went wrong with an HTTP exchange, without the URL: reqwest's own text quotes the full
/// URL (a presigned signature, a webhook token), so the cause is taken from the error's
/// source chain instead, and scrubbed again in case a library put a URL there too.
pub fn http_error_text(e: &reqwest::Error) -> String {
    let mut parts = vec![];
    if e.is_timeout() {
        parts.push("timed out".to_string());
    } else if e.is_connect() {
        parts.push("connection failed".to_string());
    }
    let mut source = std::error::Error::source(e);
    let mut last = None;
    while let Some(s) = source {
        last = Some(s.to_string());
        source = s.source();
    }
    parts.push(last.unwrap_or_else(|| e.without_url_text()));
    redact_presigned(&parts.join(": "))
}

trait WithoutUrl {
    fn without_url_text(&self) -> String;
}

impl WithoutUrl for reqwest::Error {
    fn without_url_text(&self) -> String {
        let mut text = self.to_string();
        if let Some(url) = self.url() {
            text = text.replace(url.as_str(), "(url)");
        }
        text
    }
}

/// A copy of `value` with credential members replaced and presigned URLs scrubbed.
pub fn redact_output(value: &Value) -> Value {
    redact_with(value, &|name| CREDENTIAL_MEMBERS.contains(&name))
}

/// For `--debug` traces: every member the model marks sensitive (build specs too) is replaced.
pub fn redact_trace(value: &Value) -> Value {
    let sensitive = model().sensitive_member_names();
    redact_with(value, &|name| CREDENTIAL_MEMBERS.contains(&name) || sensitive.iter().any(|s| s == name))
}

fn redact_with(value: &Value, is_secret: &dyn Fn(&str) -> bool) -> Value {
    match value {
        Value::Object(obj) => Value::Object(
            obj.iter()
                .map(|(k, v)| {
                    let v = if is_secret(k) && !v.is_null() {
                        Value::String(REDACTED.into())
                    } else {
                        redact_with(v, is_secret)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| redact_with(v, is_secret)).collect()),
        Value::String(s) if s.contains('=') => Value::String(redact_presigned(s)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn credentials_and_signatures_are_replaced() {
        let v = json!({"app": {"name": "a", "basicAuthCredentials": "dXNlcjpwYXNz",
            "url": "https://h/x.zip?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abc123&X-Amz-Expires=60"}});
        let out = redact_output(&v).to_string();
        assert!(!out.contains("dXNlcjpwYXNz") && !out.contains("abc123") && !out.contains("AKIA"), "{out}");
        assert!(out.contains("X-Amz-Expires=60"), "{out}");
    }

    #[test]
    fn http_errors_never_quote_the_url() {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let e = rt.block_on(async {
            // Port 9 on loopback: nothing listens, the connection is refused.
            reqwest::Client::new().get("http://127.0.0.1:9/x.zip?X-Amz-Signature=abc123&token=t0k").send().await
        });
        let e = e.unwrap_err();
        assert!(e.to_string().contains("abc123"), "reqwest's own text quotes the URL: {e}");
        let text = http_error_text(&e);
        assert!(!text.contains("abc123") && !text.contains("t0k") && !text.contains("x.zip"), "{text}");
        assert!(text.contains("connection failed"), "{text}");
    }

    #[test]
    fn traces_also_hide_every_sensitive_member() {
        let v = json!({"buildSpec": "version: 1 # secret", "name": "x"});
        let out = redact_trace(&v).to_string();
        assert!(!out.contains("secret") && out.contains("\"name\":\"x\""), "{out}");
    }
}
