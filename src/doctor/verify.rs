//! The live site compared with what was deployed. First the expected answers are planned from
//! the deployed files, the app's rules (the engine of `preview::rules`) and its custom headers
//! (`preview::headers`); then each path is fetched (bounded concurrency, retries on 5xx and
//! failed connections, redirects not followed) and compared, and every difference is reported
//! with its likely cause. No terminal here: progress goes through [`Progress`].

use crate::deploy::{archive, Progress};
use crate::preview::headers::{matches_across_folders, HeaderRules};
use crate::preview::rules::{Decision, Files, Outcome, Request, RuleSet};
use crate::preview::site::{MapSite, Site, ZipSite};
use futures_util::stream::{self, StreamExt};
use md5::{Digest, Md5};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// A body that differs from the deployed file, with no rule to explain it.
const STALE: &str = "an old copy still served (cache) or a different deploy is live";

// ----- What was deployed -----------------------------------------------------------------

/// What was deployed: each file's site path, and its bytes (hashed when needed) or its hash.
pub struct Deployed {
    /// Site paths (`assets/app.js`).
    names: BTreeSet<String>,
    content: Content,
}

enum Content {
    /// The bytes are at hand (a folder, a zip).
    Bytes(Arc<dyn Site>),
    /// Only each file's MD5 (hex) is known: a deployment's manifest.
    Hashes(BTreeMap<String, (String, u64)>),
}

impl Deployed {
    /// A folder, walked as `deploy` walks it (`.amphostignore`, litter, symlinks), so that the
    /// files compared are the files a deploy of it publishes.
    pub fn folder(dir: &Path) -> Result<Deployed, String> {
        let listing = archive::list(dir).map_err(|e| e.to_string())?;
        let files: BTreeMap<String, PathBuf> = listing.files.into_iter().map(|f| (f.name, f.path)).collect();
        Ok(Deployed { names: files.keys().cloned().collect(), content: Content::Bytes(Arc::new(MapSite { files })) })
    }

    /// A zip archive, as deployed.
    pub fn zip(path: &Path) -> Result<Deployed, String> {
        let site = ZipSite::open_archive(path)?;
        let names = site.names().map(str::to_string).collect();
        Ok(Deployed { names, content: Content::Bytes(Arc::new(site)) })
    }

    /// Files known by their MD5 alone (a deployment's manifest): site path → MD5 in hex and
    /// size.
    pub fn manifest(hashes: BTreeMap<String, (String, u64)>) -> Deployed {
        Deployed { names: hashes.keys().cloned().collect(), content: Content::Hashes(hashes) }
    }

    /// The MD5 (hex) of a deployed file; reads the file when only its bytes are known
    /// (blocking).
    pub fn md5(&self, name: &str) -> Result<String, String> {
        self.hash(name).map(|(md5, _)| md5)
    }

    /// The MD5 (hex) and size of a deployed file (see [`Deployed::md5`]).
    pub fn hash(&self, name: &str) -> Result<(String, u64), String> {
        let site = match &self.content {
            Content::Hashes(hashes) => {
                return hashes.get(name).cloned().ok_or_else(|| format!("{name} is not in the manifest"))
            }
            Content::Bytes(site) => site,
        };
        let (_, mut reader) = site.open(name).ok_or_else(|| format!("cannot read {name}"))?;
        let (mut hash, mut size) = (Md5::new(), 0u64);
        let mut chunk = vec![0u8; 256 * 1024];
        loop {
            let n = reader.read(&mut chunk).map_err(|e| format!("cannot read {name}: {e}"))?;
            if n == 0 {
                return Ok((hex::encode(hash.finalize()), size));
            }
            size += n as u64;
            hash.update(&chunk[..n]);
        }
    }
}

impl Files for Deployed {
    fn exists(&self, path: &str) -> bool {
        self.names.contains(path)
    }
}

/// The files to fetch: every one, or `n` picked at random (`--sample`), in name order.
pub fn sample(deployed: &Deployed, n: Option<usize>) -> Vec<String> {
    use rand::seq::SliceRandom;
    let mut names: Vec<String> = deployed.names.iter().cloned().collect();
    if let Some(n) = n.filter(|&n| n < names.len()) {
        names.shuffle(&mut rand::rng());
        names.truncate(n);
        names.sort();
    }
    names
}

// ----- The checks ------------------------------------------------------------------------

/// A deployed file to fetch.
pub struct FileCheck {
    /// Its site path, without the leading `/`.
    pub path: String,
    /// The MD5 (hex) of what was deployed.
    pub md5: String,
    /// The rule that answers this path instead of the file, as the engine reads the rules
    /// (its description: "rule #1 (200 /logo.png → /index.html) rewrites").
    pub shadowed_by: Option<String>,
    /// Were the file not deployed, what would answer with status 200: the rule's description
    /// and the MD5 of the file it serves (a catch-all rule's `index.html`). A live answer with
    /// those bytes says the file is missing from the live deployment, not a stale copy.
    pub if_missing: Option<(String, String)>,
}

/// A declared header to see on a deployed path.
pub struct HeaderCheck {
    /// The `customHeaders` pattern that declares it.
    pub pattern: String,
    /// A deployed file's site path the pattern is for, without the leading `/`.
    pub path: String,
    pub key: String,
    /// The value that path should get (a later entry wins for the same key).
    pub value: String,
    /// Whether the pattern, read as Amplify reads it, matches the path. When it does not, the
    /// path was picked because it matches once `*` crosses folders: what was probably meant.
    pub matches: bool,
}

/// What the engine predicts for a literal path a rule names.
pub struct RuleCheck {
    /// The path (and query) asked: the rule's source (`/old`, `/p?id=1`).
    pub request: String,
    pub expect: Expect,
    /// Why: the engine's reason ("rule #1 (301 /old → /new) redirects").
    pub why: String,
}

/// A predicted answer.
pub enum Expect {
    Redirect {
        status: u16,
        location: String,
    },
    /// A deployed file's bytes, with this status.
    Serve {
        status: u16,
        file: String,
        md5: String,
    },
    NotFound,
}

/// Everything to fetch and compare.
#[derive(Default)]
pub struct Checks {
    pub files: Vec<FileCheck>,
    pub headers: Vec<HeaderCheck>,
    pub rules: Vec<RuleCheck>,
    /// What could not be checked, and why (said to the user, not counted as a difference).
    pub not_checked: Vec<String>,
    /// The size of the largest file a check expects: a longer answer is read no further (it
    /// cannot be the file, and an endless one would never end).
    pub largest_body: u64,
}

impl Checks {
    pub fn total(&self) -> usize {
        self.files.len() + self.headers.len() + self.rules.len()
    }
}

/// The engine's answer for a path on the live site (`host` is the site's: domain rules match
/// by it). The visitor's country is unknown, so rules with a country condition never match.
fn decide(rules: &RuleSet, files: &dyn Files, host: &str, path: &str, query: &str) -> Decision {
    rules.decide(&Request { host, path, query, country: None }, files)
}

/// Plans every check (blocking: the files in `names` are hashed): the files, the headers, the
/// rules. `host` is the live site's host name.
pub fn plan(
    deployed: &Deployed,
    names: &[String],
    rules: &RuleSet,
    headers: &HeaderRules,
    host: &str,
) -> Result<Checks, String> {
    let mut largest_body = 0;
    let files = plan_files(deployed, names, rules, host, &mut largest_body)?;
    let all: Vec<String> = deployed.names.iter().cloned().collect();
    let serves_itself = |name: &str| {
        let answer = decide(rules, deployed, host, &format!("/{name}"), "").outcome;
        answer == Outcome::Serve { file: name.to_string(), status: 200 }
    };
    let (headers, mut not_checked) = plan_headers(headers, &all, serves_itself);
    let (rules, skipped) = plan_rules(rules, deployed, host, &mut largest_body)?;
    not_checked.extend(skipped);
    Ok(Checks { files, headers, rules, not_checked, largest_body })
}

/// Each file with its MD5 and the rule, if any, that answers its path instead of it.
fn plan_files(
    deployed: &Deployed,
    names: &[String],
    rules: &RuleSet,
    host: &str,
    largest: &mut u64,
) -> Result<Vec<FileCheck>, String> {
    let mut hash = |name: &str| md5_counted(deployed, name, largest);
    // The files rules answer with, hashed once each.
    let mut hashed: BTreeMap<String, String> = BTreeMap::new();
    names
        .iter()
        .map(|name| {
            let d = decide(rules, deployed, host, &format!("/{name}"), "");
            let itself = d.outcome == Outcome::Serve { file: name.clone(), status: 200 };
            let shadowed_by = (d.rule.is_some() && !itself).then_some(d.reason);
            let missing = decide(rules, &Without { deployed, hidden: name }, host, &format!("/{name}"), "");
            let if_missing = match missing.outcome {
                Outcome::Serve { file, status: 200 } if missing.rule.is_some() => {
                    if !hashed.contains_key(&file) {
                        hashed.insert(file.clone(), hash(&file)?);
                    }
                    Some((format!("{} it to /{file}", missing.reason), hashed[&file].clone()))
                }
                _ => None,
            };
            Ok(FileCheck { path: name.clone(), md5: hash(name)?, shadowed_by, if_missing })
        })
        .collect()
}

/// A deployed file's MD5, its size raising `largest` (see [`Checks::largest_body`]).
fn md5_counted(deployed: &Deployed, name: &str, largest: &mut u64) -> Result<String, String> {
    let (md5, size) = deployed.hash(name)?;
    *largest = (*largest).max(size);
    Ok(md5)
}

/// The deployed files but one: what the rules would do were it not deployed.
struct Without<'a> {
    deployed: &'a Deployed,
    hidden: &'a str,
}

impl Files for Without<'_> {
    fn exists(&self, path: &str) -> bool {
        path != self.hidden && self.deployed.exists(path)
    }
}

/// The first of `names` that `matches`, preferring one answered with its own file (a path a
/// rule shadows would show another file's headers).
fn pick<'a>(
    names: &'a [String],
    matches: impl Fn(&str) -> bool,
    serves_itself: &impl Fn(&str) -> bool,
) -> Option<&'a String> {
    let mut matching = names.iter().filter(|n| matches(n.as_str())).peekable();
    let first = matching.peek().copied();
    matching.find(|n| serves_itself(n.as_str())).or(first)
}

/// For each header entry, a deployed path its pattern matches (or, failing that, would match
/// if `*` crossed folders) and the headers that path should get. Returns the checks and the
/// patterns that match nothing deployed.
fn plan_headers(
    headers: &HeaderRules,
    names: &[String],
    serves_itself: impl Fn(&str) -> bool,
) -> (Vec<HeaderCheck>, Vec<String>) {
    let (mut checks, mut not_checked) = (Vec::new(), Vec::new());
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    for (i, (pattern, declared)) in headers.entries().enumerate() {
        let strict = pick(names, |n| headers.entry_matches(i, n), &serves_itself);
        let (path, matches) = match strict {
            Some(p) => (p, true),
            None => match pick(names, |n| matches_across_folders(pattern, n), &serves_itself) {
                Some(p) => (p, false),
                None => {
                    not_checked.push(format!("header pattern {pattern:?} matches no deployed file"));
                    continue;
                }
            },
        };
        let effective = headers.for_path(&format!("/{path}"));
        for (key, value) in declared {
            if !seen.insert((path.clone(), key.to_ascii_lowercase())) {
                continue;
            }
            // On a path the pattern matches, a later entry with the same key wins.
            let value = if matches {
                effective.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map_or(value, |(_, v)| v)
            } else {
                value
            };
            checks.push(HeaderCheck {
                pattern: pattern.to_string(),
                path: path.clone(),
                key: key.clone(),
                value: value.clone(),
                matches,
            });
        }
    }
    (checks, not_checked)
}

/// What the engine predicts for each literal path the rules name: sources that are a path
/// with no placeholder (regular expressions and domains name none). Rules for some countries
/// and reverse proxies are listed as not checked.
fn plan_rules(
    rules: &RuleSet,
    deployed: &Deployed,
    host: &str,
    largest: &mut u64,
) -> Result<(Vec<RuleCheck>, Vec<String>), String> {
    let (mut checks, mut not_checked) = (Vec::new(), Vec::new());
    for rule in &rules.rules {
        if !rule.source.starts_with('/') || rule.source.contains('<') {
            continue;
        }
        if !rule.countries.is_empty() {
            not_checked.push(format!("rule #{} ({}) is for some countries only", rule.index + 1, rule.source));
            continue;
        }
        let (path, query) = rule.source.split_once('?').unwrap_or((rule.source.as_str(), ""));
        let d = decide(rules, deployed, host, path, query);
        let expect = match d.outcome {
            Outcome::Redirect { status, location } => Expect::Redirect { status, location },
            Outcome::Serve { status, file } => {
                Expect::Serve { status, md5: md5_counted(deployed, &file, largest)?, file }
            }
            Outcome::NotFound => Expect::NotFound,
            Outcome::Proxy { url } => {
                not_checked.push(format!("{} is proxied to {url}", rule.source));
                continue;
            }
        };
        checks.push(RuleCheck { request: rule.source.clone(), expect, why: d.reason });
    }
    Ok((checks, not_checked))
}

// ----- Fetching and comparing ------------------------------------------------------------

/// Where and how to fetch.
pub struct Fetch {
    /// The live site's address (the branch URL, or the emulator's site path).
    pub base: String,
    /// An `Authorization` header to send (the branch's or app's basic auth).
    pub authorization: Option<String>,
    /// Paths fetched at a time.
    pub concurrency: usize,
    /// Attempts per path: 5xx answers and failed connections are tried again.
    pub attempts: u32,
    /// The first pause before trying again; it doubles each time.
    pub retry_base: Duration,
    pub connect_timeout: Duration,
    /// The time allowed between bytes of an answer.
    pub read_timeout: Duration,
    /// Bytes of an answer read at most, past which it is no expected file
    /// ([`Checks::largest_body`]).
    pub max_body: u64,
    /// How long one path may take, its whole answer read.
    pub timeout: Duration,
}

/// One difference between the live site and the deploy.
#[derive(Debug, Clone, Serialize)]
pub struct Mismatch {
    /// The path asked (`/assets/app.js`).
    pub path: String,
    /// `body`, `status`, `header`, `rule` or `unreachable`.
    pub kind: &'static str,
    pub expected: String,
    pub found: String,
    /// The likely cause.
    pub cause: String,
}

/// What the checks found.
#[derive(Debug, Serialize)]
pub struct Report {
    pub checked: usize,
    pub mismatches: Vec<Mismatch>,
}

enum Check<'a> {
    File(&'a FileCheck),
    Header(&'a HeaderCheck),
    Rule(&'a RuleCheck),
}

/// Fetches every check's path, `fetch.concurrency` at a time, and compares; `progress`
/// advances by one per check. Mismatches come in the order of the checks.
pub async fn run(fetch: &Fetch, checks: &Checks, progress: &dyn Progress) -> Result<Report, String> {
    let client = http_client(fetch)?;
    let all: Vec<Check<'_>> = checks
        .files
        .iter()
        .map(Check::File)
        .chain(checks.headers.iter().map(Check::Header))
        .chain(checks.rules.iter().map(Check::Rule))
        .collect();
    let checked = all.len();
    let client = &client;
    let mut found: Vec<(usize, Mismatch)> = stream::iter(all.into_iter().enumerate())
        .map(move |(i, check)| async move {
            let mismatch = check_one(client, fetch, check).await;
            progress.advance(1);
            mismatch.map(|m| (i, m))
        })
        .buffer_unordered(fetch.concurrency.max(1))
        .filter_map(futures_util::future::ready)
        .collect()
        .await;
    found.sort_by_key(|(i, _)| *i);
    Ok(Report { checked, mismatches: found.into_iter().map(|(_, m)| m).collect() })
}

/// A client that reports redirects instead of following them.
fn http_client(fetch: &Fetch) -> Result<reqwest::Client, String> {
    let builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(fetch.connect_timeout)
        .read_timeout(fetch.read_timeout)
        .user_agent(concat!("amphost/", env!("CARGO_PKG_VERSION")));
    // No roots at all for plain HTTP (the emulator): reqwest would otherwise read the trust store.
    let builder = if fetch.base.starts_with("http://") { builder.tls_certs_only(std::iter::empty()) } else { builder };
    builder.build().map_err(|e| format!("cannot set up the HTTP client: {e}"))
}

async fn check_one(client: &reqwest::Client, fetch: &Fetch, check: Check<'_>) -> Option<Mismatch> {
    match check {
        Check::File(f) => compare_file(f, get(client, fetch, &url_of(&fetch.base, &f.path, "")).await),
        Check::Header(h) => compare_header(h, get(client, fetch, &url_of(&fetch.base, &h.path, "")).await),
        Check::Rule(r) => {
            let (path, query) = r.request.split_once('?').unwrap_or((r.request.as_str(), ""));
            compare_rule(r, get(client, fetch, &url_of(&fetch.base, path, query)).await)
        }
    }
}

/// `base` and a site path, each segment percent-encoded, then the query as written.
fn url_of(base: &str, path: &str, query: &str) -> String {
    let segments: Vec<String> = path.trim_start_matches('/').split('/').map(crate::api::wire::encode).collect();
    let mut url = format!("{}/{}", base.trim_end_matches('/'), segments.join("/"));
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// An answer: its status, headers, and the MD5 and size of its body.
struct Fetched {
    status: u16,
    headers: reqwest::header::HeaderMap,
    /// The `Location` answered, relative to the site when it is under the site's address
    /// (the emulator's redirects stay under `/_amphost/sites/…`).
    location: String,
    md5: String,
    size: u64,
    /// The body was longer than any expected file and read no further (`md5` is of its start).
    cut: bool,
}

impl Fetched {
    /// The body, as a mismatch shows it.
    fn body(&self) -> String {
        match self.cut {
            true => format!("over {} bytes, longer than any file deployed (read no further)", self.size - 1),
            false => format!("md5 {} ({} bytes)", self.md5, self.size),
        }
    }

    fn location(&self) -> &str {
        &self.location
    }

    /// The status, with where a redirect goes.
    fn answer(&self) -> String {
        match self.status {
            301 | 302 | 303 | 307 | 308 => format!("{} to {}", self.status, self.location()),
            s => s.to_string(),
        }
    }
}

/// GET, tried again on a 5xx answer or a failed exchange (after `retry_base`, doubling).
async fn get(client: &reqwest::Client, fetch: &Fetch, url: &str) -> Result<Fetched, String> {
    let mut attempt = 1;
    loop {
        let outcome = get_once(client, fetch, url).await;
        let again = match &outcome {
            Ok(f) => f.status >= 500,
            Err(_) => true,
        };
        if !again || attempt >= fetch.attempts.max(1) {
            return outcome;
        }
        tokio::time::sleep(fetch.retry_base * 2u32.pow(attempt - 1)).await;
        attempt += 1;
    }
}

async fn get_once(client: &reqwest::Client, fetch: &Fetch, url: &str) -> Result<Fetched, String> {
    use crate::api::redact::http_error_text;
    let mut request = client.get(url).timeout(fetch.timeout);
    if let Some(auth) = &fetch.authorization {
        request = request.header(reqwest::header::AUTHORIZATION, auth.as_str());
    }
    let mut response = request.send().await.map_err(|e| http_error_text(&e))?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let location = headers.get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("");
    let location = crate::rules::cases::site_relative(location, &fetch.base);
    let (mut hash, mut size, mut cut) = (Md5::new(), 0u64, false);
    while let Some(chunk) = response.chunk().await.map_err(|e| http_error_text(&e))? {
        size += chunk.len() as u64;
        hash.update(&chunk[..]);
        if size > fetch.max_body {
            // Longer than any file expected: it differs, and may never end.
            (cut, size) = (true, fetch.max_body + 1);
            break;
        }
    }
    Ok(Fetched { status, headers, location, md5: hex::encode(hash.finalize()), size, cut })
}

fn not_fetched(path: String, expected: String, error: String) -> Mismatch {
    let cause = "the site could not be fetched, even after retries: check the URL and the network".to_string();
    Mismatch { path, kind: "unreachable", expected, found: error, cause }
}

/// A deployed file: served with status 200 and the same bytes?
fn compare_file(f: &FileCheck, got: Result<Fetched, String>) -> Option<Mismatch> {
    let path = format!("/{}", f.path);
    let got = match got {
        Ok(got) => got,
        Err(e) => return Some(not_fetched(path, "200".into(), e)),
    };
    if got.status == 200 && got.md5 == f.md5 {
        return None;
    }
    let shadowed = f.shadowed_by.as_ref().map(|rule| format!("{rule}: it answers this path instead of the file"));
    // The bytes the rules serve when the file is absent: it is absent from the live site.
    let missing = f
        .if_missing
        .as_ref()
        .filter(|(_, md5)| got.status == 200 && got.md5 == *md5)
        .map(|(why, _)| format!("the file is not in the live deployment: {why} (deploy it)"));
    let shadowed = shadowed.or(missing);
    let (kind, expected, found, cause) = match got.status {
        200 => ("body", format!("md5 {}", f.md5), got.body(), shadowed.unwrap_or_else(|| STALE.to_string())),
        404 => (
            "status",
            "200".to_string(),
            got.answer(),
            shadowed.unwrap_or_else(|| {
                "the file is missing from the live deployment (no rule of the app matches this path)".to_string()
            }),
        ),
        401 | 403 => (
            "status",
            "200".to_string(),
            got.answer(),
            "the site refused the request: basic auth or an access restriction is in the way".to_string(),
        ),
        _ => (
            "status",
            "200".to_string(),
            got.answer(),
            shadowed.unwrap_or_else(|| format!("the live site answers {} here: {STALE}", got.answer())),
        ),
    };
    Some(Mismatch { path, kind, expected, found, cause })
}

/// A declared header: served on the path with its value?
fn compare_header(h: &HeaderCheck, got: Result<Fetched, String>) -> Option<Mismatch> {
    let path = format!("/{}", h.path);
    let expected = format!("{}: {}", h.key, h.value);
    let got = match got {
        Ok(got) => got,
        Err(e) => return Some(not_fetched(path, expected, e)),
    };
    let values: Vec<&str> = got.headers.get_all(h.key.as_str()).iter().filter_map(|v| v.to_str().ok()).collect();
    let served = values.join(", ");
    if !values.is_empty() && served.trim() == h.value.trim() {
        return None;
    }
    let (found, cause) = if got.status != 200 {
        let cause = "the path is not served with its own file (see its file check), so its headers differ";
        (got.answer(), cause.to_string())
    } else if !values.is_empty() {
        let cause = "served with another value: set by the service or a CDN, or an older configuration is live";
        (format!("{}: {served}", h.key), cause.to_string())
    } else if h.matches {
        let cause = format!(
            "the pattern {:?} matches but the header is not served (an older configuration is live, or a cache)",
            h.pattern
        );
        ("not served".to_string(), cause)
    } else {
        let cause = format!(
            "no header pattern matches this path: {:?} keeps `*` within one folder (`**/` reaches every folder)",
            h.pattern
        );
        ("not served".to_string(), cause)
    };
    Some(Mismatch { path, kind: "header", expected, found, cause })
}

/// `predicted` (a rule's target) and a `Location` that may be absolute: the same place?
fn same_location(predicted: &str, found: &str) -> bool {
    if predicted == found {
        return true;
    }
    let Ok(url) = url::Url::parse(found) else { return false };
    let rest = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    };
    predicted.starts_with('/') && rest == predicted
}

/// A rule's literal path: answered as the engine predicts?
fn compare_rule(r: &RuleCheck, got: Result<Fetched, String>) -> Option<Mismatch> {
    let path = r.request.clone();
    let expected = match &r.expect {
        Expect::Redirect { status, location } => format!("{status} to {location}"),
        Expect::Serve { status, file, md5 } => format!("{status} with /{file} (md5 {md5})"),
        Expect::NotFound => "404".to_string(),
    };
    let got = match got {
        Ok(got) => got,
        Err(e) => return Some(not_fetched(path, expected, e)),
    };
    let cause = match &r.expect {
        Expect::Redirect { status, location } if got.status == *status && same_location(location, got.location()) => {
            return None
        }
        Expect::Serve { status, md5, .. } if got.status == *status && got.md5 == *md5 => return None,
        Expect::NotFound if got.status == 404 => return None,
        Expect::Serve { status, file, .. } if got.status == *status => {
            format!("the live copy of /{file} differs: {STALE}")
        }
        Expect::Serve { file, .. } if got.status == 404 => format!("/{file} is missing from the live deployment"),
        _ => "the live site does not answer as the app's rules say: they changed after the answer was cached, \
              or a different deploy is live"
            .to_string(),
    };
    let found = match got.status {
        200 | 404 if !matches!(r.expect, Expect::Redirect { .. }) => format!("{}, {}", got.status, got.body()),
        _ => got.answer(),
    };
    Some(Mismatch { path, kind: "rule", expected, found, cause: format!("{cause} (predicted: {})", r.why) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn site(files: &[(&str, &str)]) -> (tempfile::TempDir, Deployed) {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in files {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, body).unwrap();
        }
        let deployed = Deployed::folder(dir.path()).unwrap();
        (dir, deployed)
    }

    #[test]
    fn a_rule_that_answers_for_a_file_is_named_and_literal_sources_are_predicted() {
        let (_dir, deployed) = site(&[("index.html", "home"), ("logo.png", "png"), ("new.html", "new")]);
        let rules = RuleSet::parse(&json!([
            {"source": "/logo.png", "target": "/index.html", "status": "200"},
            {"source": "/old", "target": "/new", "status": "301"},
            {"source": "/geo", "target": "/new", "status": "302", "condition": "<US>"},
            {"source": "/<*>", "target": "/index.html", "status": "404-200"},
        ]))
        .unwrap();
        let names = sample(&deployed, None);
        let checks = plan(&deployed, &names, &rules, &HeaderRules::default(), "localhost").unwrap();
        let logo = checks.files.iter().find(|f| f.path == "logo.png").unwrap();
        assert!(logo.shadowed_by.as_deref().is_some_and(|r| r.starts_with("rule #1 ")), "{:?}", logo.shadowed_by);
        assert!(checks.files.iter().filter(|f| f.path != "logo.png").all(|f| f.shadowed_by.is_none()));
        let requests: Vec<&str> = checks.rules.iter().map(|r| r.request.as_str()).collect();
        assert_eq!(requests, ["/logo.png", "/old"]);
        assert!(matches!(&checks.rules[1].expect, Expect::Redirect { status: 301, location } if location == "/new"));
        assert!(checks.not_checked.iter().any(|n| n.contains("rule #3 (/geo)")), "{:?}", checks.not_checked);
        assert_eq!(sample(&deployed, Some(2)).len(), 2);
    }

    #[test]
    fn header_patterns_are_checked_where_they_match_or_where_they_were_meant_to() {
        let (_dir, deployed) = site(&[("index.html", "home"), ("assets/app.js", "js"), ("a.css", "css")]);
        let yaml = "customHeaders:
  - pattern: '*.js'
    headers: [{key: X-Js, value: '1'}]
  - pattern: '**/*.css'
    headers: [{key: X-Css, value: a}]
  - pattern: '*.css'
    headers: [{key: x-css, value: b}]
  - pattern: '*.svg'
    headers: [{key: X-Svg, value: s}]
";
        let headers = HeaderRules::parse(yaml).unwrap();
        let checks = plan(&deployed, &[], &RuleSet::empty(), &headers, "localhost").unwrap();
        let found: Vec<(&str, &str, &str, bool)> =
            checks.headers.iter().map(|h| (h.path.as_str(), h.key.as_str(), h.value.as_str(), h.matches)).collect();
        // The later `*.css` entry wins on a.css, and the same header is checked once there.
        assert_eq!(found, [("assets/app.js", "X-Js", "1", false), ("a.css", "X-Css", "b", true)]);
        assert!(checks.not_checked.iter().any(|n| n.contains("*.svg")), "{:?}", checks.not_checked);
    }

    #[test]
    fn urls_keep_each_segment_whole_and_locations_compare_by_path() {
        assert_eq!(url_of("http://h/s/", "docs/read me.txt", ""), "http://h/s/docs/read%20me.txt");
        assert_eq!(url_of("http://h/s", "", ""), "http://h/s/");
        assert_eq!(url_of("https://h/", "/p", "id=1"), "https://h/p?id=1");
        assert!(same_location("/new", "/new") && same_location("/new?a=1", "https://h.example/new?a=1"));
        assert!(!same_location("/new", "/other") && !same_location("https://a.example/x", "https://b.example/x"));
    }
}
