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
/// credential scope, a webhook's token) are replaced; the rest of the URL stays readable.
pub fn redact_presigned(text: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential|Signature|AWSAccessKeyId|token)=[^&\s\x22']*")
            .expect("valid regex")
    });
    let text = re.replace_all(text, |c: &regex::Captures| format!("{}={REDACTED}", &c[1]));
    redact_userinfo(&text)
}

/// The password of a URL's userinfo (`https://admin:hunter2@host/`, basic auth given in a
/// URL) replaced, up to the last `@` before the path (a password may hold one); the user name
/// stays. Also in the forms URL parsers take (`http:/u:p@h`, `http:\u:p@h`).
fn redact_userinfo(text: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"(?i)\b([a-z][a-z0-9+.-]*:[/\\]*[^/\\?#@\s:]*):[^/\\?#\n'"]*@"#).expect("valid regex")
    });
    re.replace_all(text, |c: &regex::Captures| format!("{}:{REDACTED}@", &c[1])).into_owned()
}

/// A value given as a URL, its password cut however malformed the rest (`u:pw@host`,
/// `http:/u:pw@h`, a tab in the password): what a usage error may quote of it. The userinfo is
/// what comes before the last `@`, after the scheme's `:` and slashes; without a scheme's `:`,
/// from the first `:`.
pub fn redact_given_url(value: &str) -> String {
    let Some(at) = value.rfind('@') else { return value.to_string() };
    let head = &value[..at];
    let after_scheme = head.find(':').filter(|&i| head[i + 1..].starts_with(['/', '\\']));
    let Some(scheme_end) = after_scheme else {
        // With no scheme's `:` (`https//u:p/w@h`, a colon forgotten) the value is no URL:
        // everything from the first `:` to the last `@` is cut, unless a query or fragment
        // comes first.
        return match head.find(':') {
            Some(colon) if !head[..colon].contains(['?', '#']) => {
                format!("{}:{REDACTED}{}", &value[..colon], &value[at..])
            }
            _ => value.to_string(),
        };
    };
    let rest = &head[scheme_end + 1..];
    let start = scheme_end + 1 + rest.len() - rest.trim_start_matches(['/', '\\']).len();
    let userinfo = &head[start..];
    // A `/` before the `@` is a path's (`http://h/a:b@c`) in a URL; in a value that is no URL
    // (`http://u:p/w@h`, the port not a number), it may be the password's.
    let a_path_maybe = userinfo.contains(['/', '\\', '?', '#']) && reqwest::Url::parse(value).is_ok();
    match userinfo.find(':') {
        Some(colon) if !a_path_maybe => {
            format!("{}:{REDACTED}{}", &value[..start + colon], &value[at..])
        }
        _ => value.to_string(),
    }
}

/// [`redact_presigned`] without the `token` parameter: what a webhook's URL gets in output
/// that asked for it (its token is what makes the URL usable; a signature never is).
fn redact_signatures(text: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential|Signature|AWSAccessKeyId)=[^&\s\x22']*",
        )
        .expect("valid regex")
    });
    re.replace_all(text, |c: &regex::Captures| format!("{}={REDACTED}", &c[1])).into_owned()
}

/// The member that holds a webhook's URL (`…/webhooks?id=…&token=…&operation=startbuild`).
pub const WEBHOOK_URL_MEMBER: &str = "webhookUrl";

/// A copy of `value` with the token of every webhook URL replaced: what tables show unless
/// `--show-token` is given (JSON, text and `--query` output print the URL as the service
/// returned it; `--debug` traces and errors never show the token).
pub fn mask_webhook_tokens(value: &Value) -> Value {
    match value {
        Value::Object(obj) => Value::Object(
            obj.iter()
                .map(|(k, v)| {
                    let v = match v {
                        Value::String(s) if k == WEBHOOK_URL_MEMBER => Value::String(redact_presigned(s)),
                        other => mask_webhook_tokens(other),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(mask_webhook_tokens).collect()),
        other => other.clone(),
    }
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

/// A copy of `value` with credential members replaced and presigned URLs scrubbed. A webhook's
/// URL (`webhookUrl`) keeps its token: it is what a user pastes into their git provider, and
/// the AWS CLI prints it too (tables mask it: see [`mask_webhook_tokens`]).
pub fn redact_output(value: &Value) -> Value {
    redact_with(value, &|name| CREDENTIAL_MEMBERS.contains(&name), true)
}

/// For `--debug` traces: every member the model marks sensitive (build specs too) is replaced,
/// and every token, a webhook URL's included.
pub fn redact_trace(value: &Value) -> Value {
    let sensitive = model().sensitive_member_names();
    redact_with(value, &|name| CREDENTIAL_MEMBERS.contains(&name) || sensitive.iter().any(|s| s == name), false)
}

fn redact_with(value: &Value, is_secret: &dyn Fn(&str) -> bool, keep_webhook_token: bool) -> Value {
    match value {
        Value::Object(obj) => Value::Object(
            obj.iter()
                .map(|(k, v)| {
                    let v = match v {
                        v if is_secret(k) && !v.is_null() => Value::String(REDACTED.into()),
                        Value::String(s) if keep_webhook_token && k == WEBHOOK_URL_MEMBER => {
                            Value::String(redact_signatures(s))
                        }
                        v => redact_with(v, is_secret, keep_webhook_token),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| redact_with(v, is_secret, keep_webhook_token)).collect())
        }
        Value::String(s) if s.contains('=') => Value::String(redact_presigned(s)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_url_is_cut_and_its_user_kept() {
        assert_eq!(
            redact_presigned("cannot reach http://admin:hunter2@127.0.0.1:1/x: refused"),
            format!("cannot reach http://admin:{REDACTED}@127.0.0.1:1/x: refused")
        );
        assert_eq!(redact_presigned("http://user@host/a:b@c"), "http://user@host/a:b@c", "no password, a path");
        for (given, shown) in [
            ("u:pw@host/", "u:<redacted>@host/"),
            ("http:/u:pw@h/", "http:/u:<redacted>@h/"),
            ("http://u:S\tK@/", "http://u:<redacted>@/"),
            ("http://u:p@ss@h/x", "http://u:<redacted>@h/x"),
            ("http://h/a:b@c", "http://h/a:b@c"),
            ("https//admin:pw@example.com/", "https//admin:<redacted>@example.com/"),
            ("https//u:p/w@h", "https//u:<redacted>@h"),
            ("u:p/w@h", "u:<redacted>@h"),
            ("http://u:p/w@h", "http://u:<redacted>@h"),
            (r"http\\u:pw@h", r"http\\u:<redacted>@h"),
            ("no-at-all", "no-at-all"),
        ] {
            assert_eq!(redact_given_url(given), shown, "{given}");
        }
        for given in ["http:/u:pw@h/", r"http:\u:pw@h/", "http://u:p@ss@h/x", "HTTPS://u:pw@h", "http://u:p\tw@h/"] {
            let shown = redact_presigned(given);
            assert!(
                !shown.contains("pw") && !shown.contains("ss@") && shown.contains("u:<redacted>@"),
                "{given} → {shown}"
            );
        }
        assert_eq!(redact_presigned("mailto:x@y.z and a:b@c"), "mailto:x@y.z and a:b@c");
    }
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
    fn a_webhook_url_keeps_its_token_in_output_only() {
        let url =
            "https://webhooks.amplify.us-east-1.amazonaws.com/prod/webhooks?id=w-1&token=t0k3n&operation=startbuild";
        let v = json!({"webhook": {"webhookId": "w-1", "webhookUrl": url,
            "other": "https://h/x?token=elsewhere", "signed": "https://h/x?X-Amz-Signature=abc123"}});
        let out = redact_output(&v);
        assert_eq!(out["webhook"]["webhookUrl"], url);
        let text = out.to_string();
        assert!(!text.contains("elsewhere") && !text.contains("abc123"), "{text}");
        let masked = mask_webhook_tokens(&out);
        assert!(masked["webhook"]["webhookUrl"].as_str().unwrap().contains("token=<redacted>&operation=startbuild"));
        assert_eq!(masked["webhook"]["webhookId"], "w-1");
        let trace = redact_trace(&v).to_string();
        assert!(!trace.contains("t0k3n") && trace.contains("token=<redacted>"), "{trace}");
    }

    #[test]
    fn traces_also_hide_every_sensitive_member() {
        let v = json!({"buildSpec": "version: 1 # secret", "name": "x"});
        let out = redact_trace(&v).to_string();
        assert!(!out.contains("secret") && out.contains("\"name\":\"x\""), "{out}");
    }
}
