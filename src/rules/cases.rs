//! `amphost rules test`: a plain file of requests and the answers they should get, checked
//! against the rules engine (`preview::rules`), and, with `--against`, the live site's
//! answers compared with the engine's. Pure: parsing, predicting, comparing and the report's
//! lines; fetching is the command's.
//!
//! One case a line: `REQUEST [OPTION]… -> STATUS [TARGET]`
//! - REQUEST: a path with its query, as on the wire (`/search?q=red%20shoes`), or a full URL
//!   (`https://docs.example.com/guide`), asked at that host so that domain sources apply.
//! - OPTION: `[country=US]`, the visitor's country for `<US>` conditions; `[header:NAME=VALUE]`,
//!   a header sent with `--against` (`[header:Host=…]` is also the host rules are matched at).
//! - STATUS: what the visitor gets: 200, 301, 302 or 404.
//! - TARGET (optional): the file served (`/index.html`), a redirect's `Location`
//!   (`/documents/a`, `https://example.com/x`), or the URL a 200 rule proxies to. Without it
//!   only the status is compared.
//!
//! `#` starts a comment (at the start of a line, or after a space); blank lines are skipped.
//! `→` may stand for `->`.

use super::SiteFiles;
use crate::preview::rules::{Files, Outcome, Request, RuleSet, Status};
use crate::preview::serve;
use serde::Serialize;
use std::fmt;

/// How a case reads, for error messages.
pub const SYNTAX: &str = "a case reads `/path [country=US] [header:Name=value] -> STATUS [TARGET]`";

/// The statuses a visitor can get from Amplify's rules and files, and 400 for a path with a
/// `.` or `..` segment (the server's answer before any rule).
pub const STATUSES: [u16; 5] = [200, 301, 302, 404, 400];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Header {
    pub name: String,
    pub value: String,
}

/// A status and, when given, what goes with it (the file served, the `Location`, the proxied URL).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl Answer {
    /// `301 /documents/a`, or `404`.
    pub fn describe(&self) -> String {
        describe(self.status, self.target.as_deref())
    }
}

fn describe(status: u16, target: Option<&str>) -> String {
    match target {
        Some(t) => format!("{status} {t}"),
        None => status.to_string(),
    }
}

/// One line of a cases file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Case {
    /// Its line in the file, from 1.
    pub line: usize,
    /// The request as written: a path with its query, or a full URL.
    pub request: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<Header>,
    pub expected: Answer,
}

impl Case {
    /// The request with its options, as a person wrote it.
    pub fn label(&self) -> String {
        let mut text = self.request.clone();
        if let Some(c) = &self.country {
            text.push_str(&format!(" [country={c}]"));
        }
        for h in &self.headers {
            text.push_str(&format!(" [header:{}={}]", h.name, h.value));
        }
        text
    }
}

/// A malformed line: its number (from 1) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    pub line: usize,
    pub problem: String,
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.problem)
    }
}

/// Reads a cases file; every malformed line is reported.
pub fn parse_cases(text: &str) -> Result<Vec<Case>, Vec<CaseError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut cases, mut errors) = (Vec::new(), Vec::new());
    for (i, raw) in text.lines().enumerate() {
        match parse_line(raw) {
            Ok(Some(mut case)) => {
                case.line = i + 1;
                cases.push(case);
            }
            Ok(None) => {}
            Err(problem) => errors.push(CaseError { line: i + 1, problem }),
        }
    }
    if errors.is_empty() {
        Ok(cases)
    } else {
        Err(errors)
    }
}

/// The line without its comment: `#` at the start, or after a space outside `[…]`.
fn strip_comment(line: &str) -> &str {
    let (mut in_option, mut after_space) = (false, true);
    for (i, c) in line.char_indices() {
        match c {
            '[' => in_option = true,
            ']' => in_option = false,
            '#' if after_space && !in_option => return &line[..i],
            _ => {}
        }
        after_space = c.is_whitespace();
    }
    line
}

/// One case, or `None` for a blank or comment line.
fn parse_line(raw: &str) -> Result<Option<Case>, String> {
    let line = strip_comment(raw).trim();
    if line.is_empty() {
        return Ok(None);
    }
    if line.chars().any(|c| c.is_control() && c != '\t') {
        return Err("the line holds a control character".into());
    }
    let (request, mut rest) = line.split_at(line.find(char::is_whitespace).unwrap_or(line.len()));
    check_request(request)?;
    let (mut country, mut headers) = (None, Vec::new());
    loop {
        rest = rest.trim_start();
        let Some(after) = rest.strip_prefix('[') else { break };
        let end = after.find(']').ok_or_else(|| format!("`[{after}` is not closed with `]`"))?;
        parse_option(&after[..end], &mut country, &mut headers)?;
        rest = &after[end + 1..];
    }
    let Some(answer) = rest.strip_prefix("->").or_else(|| rest.strip_prefix('→')) else {
        let found = if rest.is_empty() { "nothing".to_string() } else { format!("`{rest}`") };
        return Err(format!("expected `->` after the request, found {found} ({SYNTAX})"));
    };
    let expected = parse_answer(answer)?;
    Ok(Some(Case { line: 0, request: request.to_string(), country, headers, expected }))
}

fn check_request(request: &str) -> Result<(), String> {
    if request.starts_with("->") || request.starts_with('→') {
        return Err(format!("the line has no request before `->` ({SYNTAX})"));
    }
    if request.contains(['[', ']']) {
        return Err(format!("`{request}`: put a space between the request and its [options]"));
    }
    if request.starts_with('/') {
        return Ok(());
    }
    match split_url(request) {
        Some((host, _)) if !host.is_empty() => Ok(()),
        _ => Err(format!("the request `{request}` must be a path starting with / or a full http(s):// URL")),
    }
}

/// `country=US` or `header:Name=value`.
fn parse_option(text: &str, country: &mut Option<String>, headers: &mut Vec<Header>) -> Result<(), String> {
    let unknown = || format!("unknown option `[{text}]`: use [country=US] or [header:Name=value]");
    let (key, value) = text.split_once('=').ok_or_else(unknown)?;
    let (key, value) = (key.trim(), value.trim());
    if key.eq_ignore_ascii_case("country") {
        if country.is_some() {
            return Err("the country is given twice".into());
        }
        if value.len() != 2 || !value.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(format!("country `{value}` is not a two-letter country code like US"));
        }
        *country = Some(value.to_ascii_uppercase());
        return Ok(());
    }
    let name =
        key.get(..7).filter(|p| p.eq_ignore_ascii_case("header:")).map(|_| key[7..].trim()).ok_or_else(unknown)?;
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if name.is_empty() || !name.chars().all(token) {
        return Err(format!("`{name}` is not a header name (letters, digits and -)"));
    }
    headers.push(Header { name: name.to_string(), value: value.to_string() });
    Ok(())
}

/// `STATUS [TARGET]`, after the arrow.
fn parse_answer(text: &str) -> Result<Answer, String> {
    let mut words = text.split_whitespace();
    let status_text = words.next().ok_or("no status after `->`: give 200, 301, 302 or 404")?;
    let status = match status_text {
        "404-200" => {
            return Err("404-200 is a rule's status; write what the visitor gets: 200".into());
        }
        s => s.parse::<u16>().ok().filter(|n| STATUSES.contains(n)).ok_or_else(|| {
            format!("status `{s}` is not one a visitor gets from Amplify's rules: 200, 301, 302 or 404 (400 for a path with a . or .. segment)")
        })?,
    };
    let target = words.next().map(str::to_string);
    if let Some(extra) = words.next() {
        return Err(format!("unexpected `{extra}` after the target (write a space in a path as %20)"));
    }
    if let Some(t) = &target {
        if !t.starts_with('/') && split_url(t).is_none() {
            return Err(format!("the target `{t}` must be a path starting with / or a full http(s):// URL"));
        }
    }
    Ok(Answer { status, target })
}

/// `https://host/path?q` → (`host`, `/path?q`); `None` when `text` is not an http(s) URL.
fn split_url(text: &str) -> Option<(&str, &str)> {
    let after = ["http://", "https://"].iter().find_map(|scheme| {
        text.get(..scheme.len()).filter(|s| s.eq_ignore_ascii_case(scheme)).map(|_| &text[scheme.len()..])
    })?;
    let cut = after.find(['/', '?']).unwrap_or(after.len());
    Some(after.split_at(cut))
}

/// The host, path and query the engine is asked with: a full URL's host (a `Host` header
/// wins), else `localhost`; the path without its fragment.
fn request_parts(case: &Case) -> (&str, &str, &str) {
    let (url_host, rest) = split_url(&case.request).unwrap_or(("localhost", case.request.as_str()));
    let host = case.headers.iter().find(|h| h.name.eq_ignore_ascii_case("host")).map_or(url_host, |h| h.value.as_str());
    let rest = rest.split('#').next().unwrap_or_default();
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    (host, if path.is_empty() { "/" } else { path }, query)
}

/// What the engine answers a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prediction {
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The deciding rule's position in the list, from 1; none when the files decided.
    pub rule: Option<usize>,
    pub why: String,
    /// The site file served (no leading `/`), whose content a live answer should have.
    #[serde(skip)]
    pub file: Option<String>,
    /// A 200 rule to an absolute URL: the live status is the upstream's.
    #[serde(skip)]
    pub proxied: bool,
}

impl Prediction {
    pub fn describe(&self) -> String {
        describe(self.status, self.target.as_deref())
    }
}

/// What the engine answers `case` over `files`.
pub fn predict(rules: &RuleSet, files: &dyn Files, case: &Case) -> Prediction {
    let (host, raw_path, query) = request_parts(case);
    let path = decoded_path(raw_path);
    // As the server answers it (`preview::serve::respond`), before any rule is read.
    if serve::climbs(&path) {
        return Prediction {
            status: 400,
            target: None,
            rule: None,
            why: serve::CLIMBS.into(),
            file: None,
            proxied: false,
        };
    }
    let req = Request { host, path: &path, query, country: case.country.as_deref() };
    let d = rules.decide(&req, files);
    let why = match d.rule.and_then(|i| rules.rules.iter().find(|r| r.index == i)) {
        Some(r) => format!("rule #{}: {} {} → {}", r.index + 1, r.status.code(), r.source, r.target),
        None => d.reason.clone(),
    };
    let (status, target, file, proxied) = match d.outcome {
        Outcome::Serve { file, status } => (status, Some(format!("/{file}")), Some(file), false),
        Outcome::Redirect { location, status } => (status, Some(location), None, false),
        Outcome::Proxy { url } => (200, Some(serve::proxied_url(&url, query)), None, true),
        Outcome::NotFound => {
            let page = files.exists("404.html").then(|| "404.html".to_string());
            (404, page.as_ref().map(|p| format!("/{p}")), page, false)
        }
    };
    Prediction { status, target, rule: d.rule.map(|i| i + 1), why, file, proxied }
}

/// Whether the engine's answer is the one expected (the target compared only when given).
pub fn agrees(expected: &Answer, got: &Prediction) -> bool {
    expected.status == got.status && expected.target.as_deref().is_none_or(|t| same_target(t, got.target.as_deref()))
}

/// Targets compare as written, or once percent-decoded: a case cannot hold a space, so
/// `/results/red%20shoes` stands for the engine's `/results/red shoes`.
fn same_target(expected: &str, got: Option<&str>) -> bool {
    let decoded = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
    got.is_some_and(|g| g == expected || decoded(g) == decoded(expected))
}

/// With no deploy folder, the site is taken to hold the files the rules rewrite to (and
/// nothing else), so that `/app/x -> 200 /index.html` can be checked without a build.
pub fn assumed_site(rules: &RuleSet) -> SiteFiles {
    let mut files = SiteFiles::default();
    for r in rules.rules.iter().filter(|r| !matches!(r.status, Status::Permanent | Status::Temporary)) {
        let path = r.target.split(['?', '#']).next().unwrap_or_default();
        if !path.starts_with('/') || path.starts_with("//") || path.contains('<') {
            continue;
        }
        let rel = path.trim_start_matches('/');
        files.0.insert(if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_string() });
    }
    files
}

/// One case checked: the engine's answer, whether it is the expected one, and the live
/// site's answer when one was fetched.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    #[serde(flatten)]
    pub case: Case,
    pub got: Prediction,
    pub passed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveResult>,
}

/// Every case checked against the engine.
pub fn check(rules: &RuleSet, files: &dyn Files, cases: &[Case]) -> Vec<CaseResult> {
    cases
        .iter()
        .map(|case| {
            let got = predict(rules, files, case);
            CaseResult { passed: agrees(&case.expected, &got), case: case.clone(), got, live: None }
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LiveOutcome {
    /// The live site answers what the engine predicts.
    Agrees,
    Differs,
    /// Not asked (a country condition: the live site takes the country from the address).
    Skipped,
    /// The request failed (connection, timeout).
    Failed,
}

/// What the live site answered a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LiveResult {
    pub url: String,
    pub outcome: LiveOutcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Whether the body is the content of the file the engine serves (folder known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_matches: Option<bool>,
    /// What differs, why it was skipped, or why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl LiveResult {
    pub fn skipped(url: String, why: &str) -> LiveResult {
        let detail = Some(why.to_string());
        LiveResult { url, outcome: LiveOutcome::Skipped, status: None, location: None, body_matches: None, detail }
    }

    pub fn failed(url: String, error: String) -> LiveResult {
        let detail = Some(error);
        LiveResult { url, outcome: LiveOutcome::Failed, status: None, location: None, body_matches: None, detail }
    }

    /// A live answer, compared with the engine's prediction.
    pub fn fetched(
        url: String,
        pred: &Prediction,
        status: u16,
        location: Option<String>,
        body_matches: Option<bool>,
    ) -> LiveResult {
        let detail = compare_live(pred, status, location.as_deref(), body_matches);
        let outcome = if detail.is_some() { LiveOutcome::Differs } else { LiveOutcome::Agrees };
        LiveResult { url, outcome, status: Some(status), location, body_matches, detail }
    }

    /// `301 /documents/a`, as the live site answered.
    pub fn describe(&self) -> String {
        self.status.map_or_else(|| "-".to_string(), |s| describe(s, self.location.as_deref()))
    }
}

/// What differs between the live answer and the engine's prediction; `None` when they
/// agree. A proxied answer's status is the upstream's: only a redirect there differs.
pub fn compare_live(
    pred: &Prediction,
    status: u16,
    location: Option<&str>,
    body_matches: Option<bool>,
) -> Option<String> {
    let redirect = (300..400).contains(&status);
    let loc = location.unwrap_or("(none)");
    if pred.proxied {
        return redirect.then(|| format!("a {status} redirect to {loc}; the engine proxies it"));
    }
    if status != pred.status {
        return Some(format!("status {status}; the engine says {}", pred.status));
    }
    if redirect && location != pred.target.as_deref() {
        return Some(format!("Location {loc}; the engine says {}", pred.target.as_deref().unwrap_or("(none)")));
    }
    if body_matches == Some(false) {
        return Some(format!("the body is not the content of {}", pred.target.as_deref().unwrap_or("the file")));
    }
    None
}

/// Why a case cannot be asked of a live site as written, if it cannot: a `.` or `..` segment
/// (`/%2e%2e/x` too) is resolved by any URL library before the request is sent, so another
/// path would be asked (one outside the base's, even) and its answer taken for this case's.
pub fn unaskable(case: &Case) -> Option<&'static str> {
    let (_, raw_path, _) = request_parts(case);
    // URL parsers read `\` as `/` in http(s) URLs: `/a\..\b` climbs too, once sent.
    let path = decoded_path(raw_path).replace('\\', "/");
    serve::climbs(&path).then_some("a . or .. segment in the path: a request would resolve it and ask another path")
}

/// A case's path as the server reads it: percent-decoded.
fn decoded_path(raw_path: &str) -> String {
    percent_encoding::percent_decode_str(raw_path).decode_utf8_lossy().into_owned()
}

/// Where a case is fetched on the live site at `base` (its path appended to the base's), and
/// the `Host` to send for a case written as a full URL.
pub fn live_url(base: &str, case: &Case) -> (String, Option<String>) {
    let base = base.trim_end_matches('/');
    match split_url(&case.request) {
        Some((host, rest)) => {
            let rest = if rest.starts_with('/') { rest.to_string() } else { format!("/{rest}") };
            (format!("{base}{rest}"), Some(host.to_string()))
        }
        None => (format!("{base}{}", case.request), None),
    }
}

/// A live `Location` as the engine writes it: the base's origin and path taken off
/// (`http://127.0.0.1:4750/documents/a` → `/documents/a`); another site's URL as it is.
pub fn site_relative(location: &str, base: &str) -> String {
    let base = base.trim_end_matches('/');
    let origin_end =
        base.find("://").map(|i| i + 3).map_or(base.len(), |s| base[s..].find('/').map_or(base.len(), |p| s + p));
    let (origin, prefix) = base.split_at(origin_end);
    // A root-relative Location under the site's own path (the emulator keeps its sites'
    // redirects under `/_amphost/sites/…`) is relative to the site too.
    let under_prefix = |rest: &str| !prefix.is_empty() && (rest.is_empty() || rest.starts_with(['/', '?']));
    if let Some(rest) = location.strip_prefix(prefix).filter(|r| location.starts_with('/') && under_prefix(r)) {
        return if rest.starts_with('/') { rest.to_string() } else { format!("/{rest}") };
    }
    let mut loc = location;
    if loc.get(..origin.len()).is_some_and(|o| o.eq_ignore_ascii_case(origin)) && !origin.is_empty() {
        loc = &loc[origin.len()..];
        if let Some(rest) = loc.strip_prefix(prefix).filter(|r| under_prefix(r)) {
            loc = rest;
        }
        if !loc.starts_with('/') {
            return format!("/{loc}");
        }
    }
    loc.to_string()
}

/// How many cases passed and failed, and how the live site compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub cases: usize,
    pub passed: usize,
    pub failed: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LiveSummary {
    pub agree: usize,
    pub differ: usize,
    pub skipped: usize,
    pub failed: usize,
}

pub fn summarize(results: &[CaseResult]) -> Summary {
    let passed = results.iter().filter(|r| r.passed).count();
    let lives: Vec<&LiveResult> = results.iter().filter_map(|r| r.live.as_ref()).collect();
    let count = |o: LiveOutcome| lives.iter().filter(|l| l.outcome == o).count();
    let live = (!lives.is_empty()).then(|| LiveSummary {
        agree: count(LiveOutcome::Agrees),
        differ: count(LiveOutcome::Differs),
        skipped: count(LiveOutcome::Skipped),
        failed: count(LiveOutcome::Failed),
    });
    Summary { cases: results.len(), passed, failed: results.len() - passed, live }
}

impl Summary {
    /// `40 cases: 38 passed, 2 failed; live site: 37 agree, 1 differs, 2 skipped`.
    pub fn line(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut text = if self.failed == 0 {
            format!("{}: all passed", plural(self.cases, "case", "cases"))
        } else {
            format!("{}: {} passed, {} failed", plural(self.cases, "case", "cases"), self.passed, self.failed)
        };
        if let Some(l) = &self.live {
            text.push_str(&format!("; live site: {} agree, {}", l.agree, plural(l.differ, "differs", "differ")));
            if l.skipped > 0 {
                text.push_str(&format!(", {} skipped (country conditions, . or .. segments)", l.skipped));
            }
            if l.failed > 0 {
                text.push_str(&format!(", {} could not be fetched", l.failed));
            }
        }
        text
    }

    /// Whether anything calls for exit 1: a case failed, or the live site differs or failed.
    pub fn ok(&self) -> bool {
        self.failed == 0 && self.live.as_ref().is_none_or(|l| l.differ == 0 && l.failed == 0)
    }
}

/// The report for people, diff-like: each failed case (`-` expected, `+` got) and each live
/// answer that differs from the engine's (`-` engine, `+` live), under `FILE:LINE`.
pub fn report_lines(file: &str, results: &[CaseResult]) -> Vec<String> {
    let mut lines = Vec::new();
    for r in results {
        let place = format!("{file}:{}  {}", r.case.line, r.case.label());
        if !r.passed {
            lines.push(format!("FAIL {place}"));
            lines.push(format!("  - expected  {}", r.case.expected.describe()));
            lines.push(format!("  + got       {}   ({})", r.got.describe(), r.got.why));
        }
        match &r.live {
            Some(l) if l.outcome == LiveOutcome::Differs => {
                lines.push(format!("LIVE {place}"));
                lines.push(format!("  - engine    {}", r.got.describe()));
                lines.push(format!("  + live      {}   ({})", l.describe(), l.detail.as_deref().unwrap_or_default()));
            }
            Some(l) if l.outcome == LiveOutcome::Failed => {
                lines.push(format!("LIVE {place}"));
                lines.push(format!("  ! not fetched: {}", l.detail.as_deref().unwrap_or_default()));
            }
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn site(files: &[&str]) -> SiteFiles {
        SiteFiles(files.iter().map(|s| s.to_string()).collect())
    }

    fn rules() -> RuleSet {
        RuleSet::parse(&json!([
            {"source": "/legacy", "target": "/new-home", "status": "301"},
            {"source": "/docs/<*>", "target": "/documents/<*>", "status": "301"},
            {"source": "/users/<id>/posts/<post>", "target": "/profile.html?u=<id>&p=<post>", "status": "302"},
            {"source": "/search?q=<term>", "target": "/results/<term>", "status": "302"},
            {"source": "/go?to=home", "target": "/", "status": "301"},
            {"source": "/first", "target": "/one.html", "status": "200"},
            {"source": "/geo", "target": "/us.html", "status": "302", "condition": "<US>"},
            {"source": "/geo", "target": "/elsewhere.html", "status": "302"},
            {"source": "/api/<*>", "target": "https://api.example.com/v1/<*>", "status": "200"},
            {"source": "/about-us", "target": "/about.html", "status": "200"},
            {"source": "https://docs.example.com", "target": "https://www.example.com/documents/", "status": "302"},
            {"source": "/gone/<*>", "target": "/404.html", "status": "404"},
            {"source": "/app/<*>", "target": "/index.html", "status": "404-200"}
        ]))
        .expect("the rules compile")
    }

    const SITE: &[&str] = &[
        "index.html",
        "about.html",
        "legacy.html",
        "blog/index.html",
        "one.html",
        "us.html",
        "elsewhere.html",
        "404.html",
        "assets/app.js",
    ];

    /// Every line passes against the rules above and the site's files: one case each, as a
    /// user would write them.
    const PASSING: &str = "
# Redirects
/legacy -> 301 /new-home
/legacy?utm=x -> 301 /new-home?utm=x
/legacy.html -> 200 /legacy.html           # an existing file is not the source
/docs/guide/intro -> 301 /documents/guide/intro
/docs/guide/intro?v=2 -> 301 /documents/guide/intro?v=2
/docs/ -> 301 /documents/
/users/42/posts/7 -> 302 /profile.html?u=42&p=7
/users/42/posts/7?ref=mail -> 302 /profile.html?u=42&p=7
/search?q=shoes -> 302 /results/shoes
/search?q=red%20shoes -> 302 /results/red%20shoes
/go?to=home -> 301 /
/go?to=away -> 404 /404.html
/geo [country=US] -> 302 /us.html
/geo [country=de] -> 302 /elsewhere.html
/geo -> 302 /elsewhere.html
/geo [header:Accept-Language=fr] -> 302
https://docs.example.com/guide -> 302 https://www.example.com/documents/guide
/guide [header:Host=docs.example.com] -> 302 https://www.example.com/documents/guide
https://other.example.com/about -> 200 /about.html
# Rewrites and files
/first -> 200 /one.html
/about-us -> 200 /about.html
/about -> 200 /about.html
/ -> 200 /index.html
/index.html -> 200
/blog -> 301 /blog/
/blog/ -> 200 /blog/index.html
/blog?page=2 → 301 /blog/?page=2
/api/users -> 200 https://api.example.com/v1/users
/api/users?page=2 -> 200 https://api.example.com/v1/users?page=2
/assets/app.js -> 200 /assets/app.js
/app/settings -> 200 /index.html
/app/deep/link?tab=2 -> 200 /index.html
# Not found
/gone/page -> 404 /404.html
/missing.png -> 404
/assets/missing.js -> 404 /404.html
/docs -> 404
";

    #[test]
    fn every_case_of_a_realistic_file_passes() {
        let cases = parse_cases(PASSING).expect("the cases parse");
        assert_eq!(cases.len(), 36);
        let results = check(&rules(), &site(SITE), &cases);
        for r in &results {
            assert!(r.passed, "line {} {}: got {} ({})", r.case.line, r.case.request, r.got.describe(), r.got.why);
        }
        let s = summarize(&results);
        assert!(s.ok());
        assert_eq!(s.line(), "36 cases: all passed");
        assert!(report_lines("cases.txt", &results).is_empty());
    }

    /// Lines whose expectation is wrong: each fails, and the report says what came instead.
    #[test]
    fn wrong_expectations_fail_with_what_the_engine_answers() {
        let table: &[(&str, &str)] = &[
            ("/legacy -> 302 /new-home", "301 /new-home"),
            ("/legacy -> 301 /new", "301 /new-home"),
            ("/docs/a -> 301 /docs/a", "301 /documents/a"),
            ("/geo [country=US] -> 302 /elsewhere.html", "302 /us.html"),
            ("/app/x -> 200 /app.html", "200 /index.html"),
            ("/missing.png -> 200 /index.html", "404 /404.html"),
            ("/first -> 200 /two.html", "200 /one.html"),
            ("/api/x -> 302", "200 https://api.example.com/v1/x"),
            ("/blog -> 200 /blog/index.html", "301 /blog/"),
            ("/search -> 302", "404 /404.html"),
        ];
        for (line, got) in table {
            let cases = parse_cases(line).unwrap();
            let results = check(&rules(), &site(SITE), &cases);
            assert!(!results[0].passed, "{line} passed");
            assert_eq!(results[0].got.describe(), *got, "{line}");
            let report = report_lines("c.txt", &results);
            assert!(report[0].starts_with("FAIL c.txt:1  "), "{report:?}");
            assert!(report[2].contains(got), "{report:?}");
        }
    }

    #[test]
    fn the_report_names_the_rule_that_decided() {
        let cases = parse_cases("\n\n/docs/a -> 302 /documents/a\n").unwrap();
        let results = check(&rules(), &site(SITE), &cases);
        let report = report_lines("cases.txt", &results);
        assert_eq!(
            report,
            [
                "FAIL cases.txt:3  /docs/a",
                "  - expected  302 /documents/a",
                "  + got       301 /documents/a   (rule #2: 301 /docs/<*> → /documents/<*>)",
            ]
        );
        let s = summarize(&results);
        assert_eq!(s.line(), "1 case: 0 passed, 1 failed");
        assert!(!s.ok());
    }

    #[test]
    fn malformed_lines_are_refused_with_their_number() {
        let table: &[(&str, &str)] = &[
            ("/a 301 /b", "expected `->` after the request, found `301 /b`"),
            ("/a", "expected `->` after the request, found nothing"),
            ("-> 301 /b", "no request before `->`"),
            ("a/b -> 200", "must be a path starting with /"),
            ("/a -> ", "no status after `->`"),
            ("/a -> 418", "status `418` is not one"),
            ("/a -> 404-200 /index.html", "write what the visitor gets: 200"),
            ("/a -> 301 /b /c", "unexpected `/c`"),
            ("/a -> 301 b", "the target `b` must be a path"),
            ("/a [country=USA] -> 200", "country `USA` is not a two-letter"),
            ("/a [country=US] [country=DE] -> 200", "the country is given twice"),
            ("/a [lang=fr] -> 200", "unknown option `[lang=fr]`"),
            ("/a [header:Bad Name=x] -> 200", "`Bad Name` is not a header name"),
            ("/a [country=US -> 200", "is not closed with `]`"),
            ("/a[country=US] -> 200", "put a space between the request and its [options]"),
            ("/a\u{7} -> 200", "control character"),
            ("https:// -> 200", "full http(s):// URL"),
        ];
        for (line, want) in table {
            let text = format!("# header\n/ok -> 200\n{line}\n");
            let errors = parse_cases(&text).expect_err(line);
            assert_eq!(errors.len(), 1, "{line}: {errors:?}");
            assert_eq!(errors[0].line, 3, "{line}");
            assert!(errors[0].problem.contains(want), "{line}: {}", errors[0].problem);
        }
        let errors = parse_cases("/a\n/b -> 999\n/c -> 200\n").unwrap_err();
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(errors[0].to_string(), format!("1: expected `->` after the request, found nothing ({SYNTAX})"));
    }

    #[test]
    fn options_comments_and_blank_lines_are_read() {
        let text = "\u{feff}# a comment\n\n  /x [country=us] [header:Accept-Language=fr, en;q=0.8] -> 302 /y#frag  # trailing\r\n";
        let cases = parse_cases(text).unwrap();
        assert_eq!(cases.len(), 1);
        let c = &cases[0];
        assert_eq!((c.line, c.request.as_str(), c.country.as_deref()), (3, "/x", Some("US")));
        assert_eq!(c.headers, [Header { name: "Accept-Language".into(), value: "fr, en;q=0.8".into() }]);
        assert_eq!(c.expected, Answer { status: 302, target: Some("/y#frag".into()) });
        assert_eq!(c.label(), "/x [country=US] [header:Accept-Language=fr, en;q=0.8]");
        assert!(parse_cases("# only comments\n\n").unwrap().is_empty());
    }

    #[test]
    fn without_a_folder_the_site_holds_the_rewrite_targets() {
        let set = rules();
        let assumed = assumed_site(&set);
        let names: Vec<&str> = assumed.0.iter().map(String::as_str).collect();
        assert_eq!(names, ["404.html", "about.html", "index.html", "one.html"]);
        let cases = parse_cases("/app/x -> 200 /index.html\n/nothing -> 404\n/first -> 200 /one.html\n").unwrap();
        assert!(check(&set, &assumed, &cases).iter().all(|r| r.passed));
    }

    #[test]
    fn live_answers_are_compared_with_the_prediction() {
        let cases = parse_cases("/docs/a -> 301\n/app/x -> 200\n/api/x -> 200\n/geo [country=US] -> 302\n").unwrap();
        let results = check(&rules(), &site(SITE), &cases);
        let (redirect, page, proxied) = (&results[0].got, &results[1].got, &results[2].got);
        assert_eq!(compare_live(redirect, 301, Some("/documents/a"), None), None);
        assert_eq!(
            compare_live(redirect, 301, Some("/documents/b"), None).as_deref(),
            Some("Location /documents/b; the engine says /documents/a")
        );
        assert_eq!(compare_live(redirect, 200, None, None).as_deref(), Some("status 200; the engine says 301"));
        assert_eq!(compare_live(page, 200, None, Some(true)), None);
        assert!(compare_live(page, 200, None, Some(false)).unwrap().contains("not the content of /index.html"));
        assert_eq!(compare_live(page, 404, None, None).as_deref(), Some("status 404; the engine says 200"));
        assert_eq!(compare_live(proxied, 502, None, None), None, "a proxy's status is the upstream's");
        assert!(compare_live(proxied, 302, Some("/x"), None).is_some());
        let mut results = results;
        results[0].live =
            Some(LiveResult::fetched("u".into(), &results[0].got.clone(), 301, Some("/elsewhere".into()), None));
        results[1].live = Some(LiveResult::fetched("u".into(), &results[1].got.clone(), 200, None, Some(true)));
        results[2].live = Some(LiveResult::failed("u".into(), "connection refused".into()));
        results[3].live = Some(LiveResult::skipped("u".into(), "country"));
        let s = summarize(&results);
        assert_eq!(s.live, Some(LiveSummary { agree: 1, differ: 1, skipped: 1, failed: 1 }));
        assert_eq!(
            s.line(),
            "4 cases: all passed; live site: 1 agree, 1 differs, 1 skipped (country conditions, . or .. segments), 1 could not be fetched"
        );
        assert!(!s.ok());
        let report = report_lines("c", &results);
        assert_eq!(report[0], "LIVE c:1  /docs/a");
        assert_eq!(report[1], "  - engine    301 /documents/a");
        assert!(report[2].starts_with("  + live      301 /elsewhere   (Location /elsewhere;"), "{report:?}");
        assert_eq!(report[4], "  ! not fetched: connection refused");
    }

    #[test]
    fn live_urls_and_locations_are_read_against_the_base() {
        let case = |r: &str| parse_cases(&format!("{r} -> 200")).unwrap().remove(0);
        let base = "http://127.0.0.1:4750/_amphost/sites/d1/main/";
        assert_eq!(
            live_url(base, &case("/docs/a?x=1")),
            ("http://127.0.0.1:4750/_amphost/sites/d1/main/docs/a?x=1".into(), None)
        );
        assert_eq!(
            live_url("https://main.d1.amplifyapp.com", &case("https://docs.example.com")),
            ("https://main.d1.amplifyapp.com/".into(), Some("docs.example.com".into()))
        );
        assert_eq!(site_relative("/documents/a", base), "/documents/a");
        assert_eq!(site_relative("http://127.0.0.1:4750/documents/a", base), "/documents/a");
        assert_eq!(site_relative("http://127.0.0.1:4750/_amphost/sites/d1/main/x?y=1", base), "/x?y=1");
        assert_eq!(site_relative("/_amphost/sites/d1/main/x?y=1", base), "/x?y=1");
        assert_eq!(site_relative("/_amphost/sites/d1/mainly", base), "/_amphost/sites/d1/mainly");
        assert_eq!(site_relative("https://www.example.com/a", base), "https://www.example.com/a");
        assert_eq!(site_relative("https://main.d1.amplifyapp.com/a", "https://main.d1.amplifyapp.com"), "/a");
    }
}
