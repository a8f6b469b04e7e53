//! Answering one HTTP request for a site: basic auth, the rules and files (see `rules`), the
//! custom headers, streaming the file. `amphost preview` and the emulator's deployed sites
//! both answer through here.

use super::headers::HeaderRules;
use super::rules::{Decision, Outcome, Request, RuleSet};
use super::site::Site;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::response::Response;
use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use std::io::Read;
use std::sync::Arc;

/// How a site is served: its rules, headers, password and the visitor's country.
pub struct SiteConfig {
    pub rules: RuleSet,
    pub headers: HeaderRules,
    /// base64 of `user:password`, when basic auth is on.
    pub basic_auth: Option<String>,
    /// The country conditions are checked against (preview: `--country`).
    pub country: Option<String>,
}

/// The request as the site sees it.
pub struct Incoming<'a> {
    pub method: &'a str,
    pub host: &'a str,
    pub raw_path: &'a str,
    pub query: &'a str,
    /// Basic auth reads `Authorization`; `Via` says how many amphost servers the request has
    /// been proxied through; a proxy rule passes them all on.
    pub headers: &'a HeaderMap,
    /// What a proxy rule passes on (an API's POST); files ignore it.
    pub body: Body,
}

impl Incoming<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// The response, and one line saying what decided it (for request logs).
pub struct Served {
    pub response: Response,
    pub log: String,
}

fn plain(status: u16, text: &str) -> Response {
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Body::from(format!("{text}\n")))
        .expect("valid response")
}

/// Why a path with a `.` or `..` segment (decoded) names nothing: a URL would resolve it
/// elsewhere, whatever a rule made of it (a proxy's upstream, a redirect).
pub const CLIMBS: &str = "a . or .. segment in the path";

/// Whether a decoded path has a `.` or `..` segment: answered 400.
pub fn climbs(path: &str) -> bool {
    path.split('/').any(|segment| segment == "." || segment == "..")
}

/// What would answer `path` (with its query), without serving: `preview --explain`. A full
/// URL (`https://mydomain.com/guide?x=1`) is asked at its host, so that domain sources can be
/// explained; a path is asked at `localhost`.
pub fn explain(site: &dyn Site, config: &SiteConfig, path_and_query: &str) -> Decision {
    let (host, path_and_query) = split_url(path_and_query);
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    // Decoded as a request's path is before the rules see it (`/a%20b.html` is `/a b.html`).
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let path = if path.starts_with('/') { path.into_owned() } else { format!("/{path}") };
    let req = Request { host, path: &path, query, country: config.country.as_deref() };
    config.rules.decide(&req, site)
}

/// `https://mydomain.com/guide?x=1` → (`mydomain.com`, `/guide?x=1`); `https://mydomain.com`
/// → (`mydomain.com`, `/`); anything else is a path at `localhost`.
fn split_url(text: &str) -> (&str, &str) {
    let after = ["http://", "https://"].iter().find_map(|scheme| {
        let n = scheme.len();
        text.get(..n).filter(|s| s.eq_ignore_ascii_case(scheme)).map(|_| &text[n..])
    });
    let Some(after) = after else {
        return ("localhost", text);
    };
    let cut = after.find(['/', '?']).unwrap_or(after.len());
    let (host, rest) = after.split_at(cut);
    if host.is_empty() {
        return ("localhost", text);
    }
    (host, if rest.is_empty() { "/" } else { rest })
}

pub async fn respond(site: Arc<dyn Site>, config: &SiteConfig, http: &reqwest::Client, inc: Incoming<'_>) -> Served {
    let (method, raw_path, query) = (inc.method, inc.raw_path, inc.query);
    let asked = if query.is_empty() { raw_path.to_string() } else { format!("{raw_path}?{query}") };
    let line = |status: u16, why: &str| format!("{method} {asked} → {status} {why}");
    if let Some(expected) = &config.basic_auth {
        let given = inc.header("authorization").and_then(|a| a.strip_prefix("Basic ")).map(str::trim);
        if given != Some(expected.as_str()) {
            let response = Response::builder()
                .status(401)
                .header("www-authenticate", "Basic realm=\"Amplify\", charset=\"UTF-8\"")
                .body(Body::from("Unauthorized\n"))
                .expect("valid response");
            return Served { response, log: line(401, "basic auth") };
        }
    }
    let path = percent_encoding::percent_decode_str(inc.raw_path).decode_utf8_lossy().into_owned();
    // `/api/%2e%2e/admin` decodes to a path that climbs: whatever a rule did with it (a proxy's
    // upstream, a redirect), a URL would resolve it elsewhere. Such a path names nothing.
    if climbs(&path) {
        return Served { response: plain(400, "Bad Request"), log: line(400, CLIMBS) };
    }
    let req = Request { host: inc.host, path: &path, query: inc.query, country: config.country.as_deref() };
    let decision = config.rules.decide(&req, site.as_ref());
    let proxied = matches!(decision.outcome, Outcome::Proxy { .. });
    // A site's files are read; an API behind a proxy rule takes any method.
    if !proxied && !matches!(method, "GET" | "HEAD") {
        let why = format!("only GET and HEAD; {}", decision.reason);
        return Served { response: plain(405, "Method Not Allowed"), log: line(405, &why) };
    }
    let head = method == "HEAD";
    let response = match &decision.outcome {
        Outcome::Redirect { location, status } => redirect(*status, location),
        Outcome::Serve { file, status } => match stream_file(Arc::clone(&site), file, *status, config, head) {
            Some(r) => r,
            None => plain(404, "Not Found"),
        },
        Outcome::Proxy { .. } if hops(inc.header("via")) >= MAX_HOPS => {
            plain(508, "Loop Detected: a rule proxies requests back through this server")
        }
        // The site's password was for the site: the upstream does not get it.
        Outcome::Proxy { url } => proxy(http, url, inc, config.basic_auth.is_some()).await,
        Outcome::NotFound => match stream_file(Arc::clone(&site), "404.html", 404, config, head) {
            Some(r) => r,
            None => plain(404, "Not Found"),
        },
    };
    let status = response.status().as_u16();
    let refusal = (status == 404).then(|| site.refusal(path.trim_start_matches('/'))).flatten();
    let log = match refusal {
        Some(why) => line(status, &format!("{}; {why}", decision.reason)),
        None => line(status, &decision.reason),
    };
    Served { response, log }
}

/// What a redirect target holds that a URL cannot (control characters, spaces; non-ASCII is
/// always encoded): percent-encoded, so any target the app holds can be sent.
const NOT_IN_A_URL: &AsciiSet = &CONTROLS.add(b' ');

/// A redirect to `location`, as a URL.
fn redirect(status: u16, location: &str) -> Response {
    let location = utf8_percent_encode(location, NOT_IN_A_URL).to_string();
    Response::builder()
        .status(status)
        .header("location", location)
        .body(Body::empty())
        .unwrap_or_else(|_| plain(500, "Internal Server Error: the redirect cannot be sent"))
}

/// Streams a site file with its type and custom headers.
fn stream_file(site: Arc<dyn Site>, file: &str, status: u16, config: &SiteConfig, head: bool) -> Option<Response> {
    let (size, reader) = site.open(file)?;
    let mime = mime_guess::from_path(file).first_or_octet_stream();
    let mut builder =
        Response::builder().status(status).header("content-type", mime.essence_str()).header("content-length", size);
    for (k, v) in config.headers.for_path(&format!("/{file}")) {
        // A header HTTP cannot carry (a control character, set from the console or another
        // tool: `headers push` refuses them) is left out; the file is served all the same.
        if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(k.as_bytes()), HeaderValue::from_bytes(v.as_bytes())) {
            builder = builder.header(name, value);
        }
    }
    let body = if head { Body::empty() } else { Body::from_stream(stream(reader)) };
    builder.body(body).ok()
}

/// Pumps a blocking reader into an async body, a chunk at a time.
fn stream(mut reader: Box<dyn Read + Send>) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::task::spawn_blocking(move || {
        let mut chunk = vec![0u8; 256 * 1024];
        loop {
            match reader.read(&mut chunk) {
                Ok(0) => return,
                Ok(n) => {
                    if tx.blocking_send(Ok(Bytes::copy_from_slice(&chunk[..n]))).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.blocking_send(Err(e));
                    return;
                }
            }
        }
    });
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

/// What amphost adds to `Via` when it proxies a request.
const VIA: &str = "1.1 amphost";

/// How many amphost servers a request may have been proxied through before another proxying
/// is refused (508): a rule whose target is its own server would otherwise call itself until
/// the server ran out of connections.
const MAX_HOPS: usize = 3;

fn hops(via: Option<&str>) -> usize {
    via.map_or(0, |v| v.split(',').filter(|hop| hop.trim() == VIA).count())
}

/// Marks a response that came from a proxied upstream: its `Location` is the upstream's.
#[derive(Clone, Copy, Debug)]
pub struct Proxied;

/// Headers of one connection, never passed on by a proxy (RFC 9110 §7.6.1).
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// The client rules proxy with: redirects are the visitor's to follow, not the proxy's.
pub fn proxy_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(std::time::Duration::from_secs(10))
        .read_timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap_or_default()
}

/// Where a proxy rule's request goes: its target, with the request's query unless the
/// target has its own.
pub fn proxied_url(target: &str, query: &str) -> String {
    match query.is_empty() || target.contains('?') {
        true => target.to_string(),
        false => format!("{target}?{query}"),
    }
}

/// A 200 rule with an absolute target: the request (method, headers, body) passed to the
/// upstream and its answer (status, headers, body) passed back, as a reverse proxy does.
/// `Authorization` is not passed on when it held the site's own password (`sites_password`).
async fn proxy(http: &reqwest::Client, url: &str, inc: Incoming<'_>, sites_password: bool) -> Response {
    let full = proxied_url(url, inc.query);
    let via = match inc.header("via").filter(|v| !v.trim().is_empty()) {
        Some(earlier) => format!("{earlier}, {VIA}"),
        None => VIA.to_string(),
    };
    let Ok(method) = reqwest::Method::from_bytes(inc.method.as_bytes()) else {
        return plain(400, "Bad Request: the method cannot be passed on");
    };
    let own = if sites_password { &["host", "via", "expect", "authorization"][..] } else { &["host", "via", "expect"] };
    let mut request = http.request(method, &full).headers(end_to_end(inc.headers, own));
    // A request without a body (most GETs) is passed on without one, not as an empty stream.
    let has_body = inc.headers.contains_key("content-length") || inc.headers.contains_key("transfer-encoding");
    if has_body {
        request = request.body(reqwest::Body::wrap_stream(inc.body.into_data_stream()));
    }
    match request.header("via", via).send().await {
        Ok(upstream) => {
            let mut builder = Response::builder().status(upstream.status().as_u16()).extension(Proxied);
            for (name, value) in &end_to_end(upstream.headers(), &[]) {
                builder = builder.header(name, value);
            }
            builder.body(Body::from_stream(upstream.bytes_stream())).unwrap_or_else(|_| plain(502, "Bad Gateway"))
        }
        Err(e) if e.is_timeout() => plain(504, "Gateway Timeout: the upstream did not answer in time"),
        Err(e) => plain(502, &format!("Bad Gateway: {}", crate::api::redact::http_error_text(&e))),
    }
}

/// The headers a proxy passes on: not those of one connection (hop-by-hop, and any that
/// `Connection` names), nor `also` (which the proxy sets itself).
fn end_to_end(headers: &HeaderMap, also: &[&str]) -> HeaderMap {
    let named = headers.get_all("connection").iter().filter_map(|v| v.to_str().ok());
    let of_the_connection: Vec<String> =
        named.flat_map(|v| v.split(',')).map(|h| h.trim().to_ascii_lowercase()).collect();
    let passed = |name: &HeaderName| {
        let name = name.as_str();
        !HOP_BY_HOP.contains(&name) && !also.contains(&name) && !of_the_connection.iter().any(|h| h == name)
    };
    headers.iter().filter(|(name, _)| passed(name)).map(|(n, v)| (n.clone(), v.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::split_url;

    #[test]
    fn explained_urls_are_asked_at_their_host() {
        assert_eq!(split_url("https://MyDomain.com/guide?x=1"), ("MyDomain.com", "/guide?x=1"));
        assert_eq!(split_url("http://mydomain.com"), ("mydomain.com", "/"));
        assert_eq!(split_url("https://mydomain.com?x=1"), ("mydomain.com", "?x=1"));
        assert_eq!(split_url("/guide"), ("localhost", "/guide"));
        assert_eq!(split_url("guide"), ("localhost", "guide"));
    }
}
