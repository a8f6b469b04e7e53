//! Amplify's redirects and rewrites (CustomRule), as `RULES.md` states them. Pure: no I/O;
//! what exists on the site is asked through [`Files`].
//!
//! Choices where AWS documents nothing: a rule without a status is a rewrite (200); a source
//! path without a trailing slash also matches the path with one; rewrites are not evaluated
//! again (no chains, so no loops); `<*>` matches any rest of the path, `<name>` one segment.
//!
//! Domain sources follow AWS's documentation: a source that is a domain alone
//! (`https://mydomain.com`, a trailing slash allowed) matches every request to that host, and
//! a 200, 301 or 302 appends the request's path to the target (`/guide` with target
//! `https://www.mydomain.com/documents/` goes to `…/documents/guide`; the query is forwarded as
//! for any rule). A domain with a path (`https://example.com/blog/<*>`) is not supported by
//! Amplify, so it is refused, with the rule's index. A 404 or 404-200 from a domain source
//! serves its target as is (a domain-wide fallback; AWS documents nothing about it).

use fancy_regex::Regex;
use serde_json::Value;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// 200: rewrite, or reverse proxy when the target is an absolute URL.
    Rewrite,
    /// 301
    Permanent,
    /// 302
    Temporary,
    /// 404: the target served with status 404, when nothing exists at the path.
    NotFound,
    /// 404-200: the target served with status 200, when nothing exists at the path.
    NotFoundOk,
}

impl Status {
    fn parse(s: &str) -> Option<Status> {
        Some(match s.trim() {
            "200" => Status::Rewrite,
            "301" => Status::Permanent,
            "302" => Status::Temporary,
            "404" => Status::NotFound,
            "404-200" => Status::NotFoundOk,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Status::Rewrite => "200",
            Status::Permanent => "301",
            Status::Temporary => "302",
            Status::NotFound => "404",
            Status::NotFoundOk => "404-200",
        }
    }

    /// 200/301/302 are looked at before the files; 404s only when nothing exists.
    pub fn before_files(self) -> bool {
        matches!(self, Status::Rewrite | Status::Permanent | Status::Temporary)
    }
}

enum QueryPart {
    Literal(String),
    Placeholder(String),
}

enum Matcher {
    /// `</regex/>`, matched against the path without the query string.
    Regex(Regex),
    /// `https://mydomain.com`: every request to that host (lowercase, without a port), its
    /// path appended to the target.
    Origin { host: String },
    Pattern {
        path: Regex,
        /// Capture names in order: `*` or a placeholder name.
        names: Vec<String>,
        query: Vec<(String, QueryPart)>,
    },
}

pub struct Rule {
    pub index: usize,
    pub source: String,
    pub target: String,
    pub status: Status,
    /// Country codes the rule is for; empty: any.
    pub countries: Vec<String>,
    matcher: Matcher,
}

/// A rule that cannot work, with its position in the list (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub index: usize,
    pub problem: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rule #{}: {}", self.index + 1, self.problem)
    }
}

/// What the request is.
pub struct Request<'a> {
    pub host: &'a str,
    /// The decoded path, starting with `/`.
    pub path: &'a str,
    /// The raw query string, without `?`.
    pub query: &'a str,
    pub country: Option<&'a str>,
}

/// What exists on the site (paths without the leading `/`).
pub trait Files {
    fn exists(&self, path: &str) -> bool;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Serve this site file with this status.
    Serve {
        file: String,
        status: u16,
    },
    Redirect {
        location: String,
        status: u16,
    },
    /// Fetch this URL and answer with what it answers.
    Proxy {
        url: String,
    },
    /// Nothing to serve: 404 (with `404.html` when the site has one).
    NotFound,
}

/// An outcome and why: which rule decided (its index), or the file lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub outcome: Outcome,
    pub rule: Option<usize>,
    pub reason: String,
}

fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `/docs/<*>` → `^/docs/(.*)$`, names `["*"]`.
fn compile_path(pattern: &str) -> Result<(Regex, Vec<String>), String> {
    let mut re = String::from("^");
    let mut names = Vec::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('<') {
        re.push_str(&escape(&rest[..start]));
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else {
            re.push_str(&escape(&rest[start..]));
            rest = "";
            break;
        };
        let name = &after[..end];
        if name == "*" {
            re.push_str("(.*)");
        } else if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            re.push_str("([^/]+)");
        } else {
            return Err(format!("<{name}> is not a placeholder (use <*> or <name>)"));
        }
        names.push(name.to_string());
        rest = &after[end + 1..];
    }
    re.push_str(&escape(rest));
    if !pattern.ends_with('/') && !pattern.ends_with("<*>") {
        re.push_str("/?");
    }
    re.push('$');
    Regex::new(&re).map(|r| (r, names)).map_err(|e| format!("the pattern does not compile: {e}"))
}

/// The placeholders a target uses: `<*>` and `<name>`.
fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        match after.find('>') {
            Some(end) => {
                let name = &after[..end];
                if name == "*"
                    || (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                {
                    out.push(name.to_string());
                }
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out
}

/// A full-URL source: `Ok(Some(host))` for a domain alone (`https://mydomain.com`, with or
/// without a trailing slash), `Ok(None)` when `source` is not a full URL, and an error for a
/// domain with a path or a query, which Amplify does not support.
fn origin(source: &str) -> Result<Option<String>, String> {
    let Some((scheme, after)) = source.split_once("://") else {
        return Ok(None);
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Ok(None);
    }
    let cut = after.find(['/', '?']).unwrap_or(after.len());
    let (host, rest) = after.split_at(cut);
    if host.is_empty() {
        return Err(format!("source {source:?} has no domain"));
    }
    if !rest.is_empty() && rest != "/" {
        return Err(format!(
            "source {source:?} is a domain with a path, which Amplify does not support: use the domain \
             alone ({scheme}://{host}: every path, appended to the target) or the path alone ({rest})"
        ));
    }
    let host = host.to_ascii_lowercase();
    Ok(Some(host.split(':').next().unwrap_or_default().to_string()))
}

/// `target` with the request's `path` appended (before the target's own query, if any):
/// what a domain source does with `https://www.mydomain.com/documents/` and `/guide`.
fn append_path(target: &str, path: &str) -> String {
    let (base, query) = match target.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (target, None),
    };
    let joined = format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'));
    match query {
        Some(q) => format!("{joined}?{q}"),
        None => joined,
    }
}

fn field<'a>(rule: &'a Value, key: &str) -> Option<&'a str> {
    rule.get(key).and_then(Value::as_str)
}

impl Rule {
    fn parse(index: usize, v: &Value) -> Result<Rule, RuleError> {
        let err = |problem: String| RuleError { index, problem };
        let source = field(v, "source").ok_or_else(|| err("has no source".into()))?.to_string();
        let target = field(v, "target").ok_or_else(|| err("has no target".into()))?.to_string();
        let status_text = field(v, "status").unwrap_or("200");
        let status = Status::parse(status_text)
            .ok_or_else(|| err(format!("status {status_text:?} is not one of 200, 301, 302, 404, 404-200")))?;
        let countries: Vec<String> = field(v, "condition")
            .unwrap_or("")
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .split(',')
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        if let Some(bad) = countries.iter().find(|c| c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic())) {
            return Err(err(format!("condition {bad:?} is not a two-letter country code like <US>")));
        }
        let matcher = if let Some(inner) = source.strip_prefix("</").and_then(|s| s.strip_suffix("/>")) {
            let re = Regex::new(inner)
                .map_err(|e| err(format!("the regular expression {inner:?} does not compile: {e}")))?;
            if let Some(p) = placeholders(&target).first() {
                return Err(err(format!(
                    "the target uses <{p}>, but a regular-expression source binds no placeholders"
                )));
            }
            Matcher::Regex(re)
        } else if let Some(host) = origin(&source).map_err(err)? {
            if let Some(p) = placeholders(&target).first() {
                return Err(err(format!(
                    "the target uses <{p}>, but a domain source binds no placeholders (the request's path is \
                     appended to the target)"
                )));
            }
            Matcher::Origin { host }
        } else {
            let rest = source.clone();
            if !rest.starts_with('/') {
                return Err(err(format!(
                    "source {source:?} must start with /, be a domain (https://example.com), or be a </regex/>"
                )));
            }
            let (path_part, query_part) = rest.split_once('?').unwrap_or((&rest, ""));
            let (path, mut names) = compile_path(path_part).map_err(err)?;
            let mut query = Vec::new();
            for pair in query_part.split('&').filter(|p| !p.is_empty()) {
                let (k, val) = pair.split_once('=').unwrap_or((pair, ""));
                let part = match placeholders(val).first() {
                    Some(name) if val == format!("<{name}>") => {
                        names.push(name.clone());
                        QueryPart::Placeholder(name.clone())
                    }
                    _ => QueryPart::Literal(val.to_string()),
                };
                query.push((k.to_string(), part));
            }
            for p in placeholders(&target) {
                if !names.contains(&p) {
                    return Err(err(format!("the target uses <{p}>, which the source does not bind")));
                }
            }
            Matcher::Pattern { path, names, query }
        };
        Ok(Rule { index, source, target, status, countries, matcher })
    }

    /// The captures when the rule matches the request (name → value).
    fn matches(&self, req: &Request) -> Option<Vec<(String, String)>> {
        if !self.countries.is_empty()
            && !req.country.is_some_and(|c| self.countries.iter().any(|x| x.eq_ignore_ascii_case(c)))
        {
            return None;
        }
        match &self.matcher {
            Matcher::Regex(re) => re.is_match(req.path).unwrap_or(false).then(Vec::new),
            Matcher::Origin { host } => {
                let req_host = req.host.split(':').next().unwrap_or_default().to_ascii_lowercase();
                (*host == req_host).then(Vec::new)
            }
            Matcher::Pattern { path, names, query } => {
                let caps = path.captures(req.path).ok()??;
                let mut bound: Vec<(String, String)> = Vec::new();
                let path_names = names.iter().take(caps.len() - 1);
                for (i, name) in path_names.enumerate() {
                    bound.push((name.clone(), caps.get(i + 1).map_or("", |m| m.as_str()).to_string()));
                }
                let params: Vec<(String, String)> = req
                    .query
                    .split('&')
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        let (k, v) = p.split_once('=').unwrap_or((p, ""));
                        let dec = |s: &str| {
                            percent_encoding::percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned()
                        };
                        (dec(k), dec(v))
                    })
                    .collect();
                for (k, part) in query {
                    let value = params.iter().find(|(pk, _)| pk == k).map(|(_, v)| v.clone())?;
                    match part {
                        QueryPart::Literal(l) if *l != value => return None,
                        QueryPart::Literal(_) => {}
                        QueryPart::Placeholder(name) => bound.push((name.clone(), value)),
                    }
                }
                Some(bound)
            }
        }
    }

    /// Whether the rule matches the request (its country condition included); what
    /// `rules lint` probes rules with.
    pub fn is_match(&self, req: &Request) -> bool {
        self.matches(req).is_some()
    }

    /// A domain source's 200, 301 or 302: the request's path is appended to the target.
    pub fn appends_path(&self) -> bool {
        matches!(self.matcher, Matcher::Origin { .. }) && self.status.before_files()
    }

    fn pins_query(&self) -> bool {
        matches!(&self.matcher, Matcher::Pattern { query, .. } if !query.is_empty())
    }

    /// The target with its placeholders filled: as decoded, for a rewrite to a file of the
    /// site; percent-encoded segment by segment (see [`as_url_path`]) for a URL, a redirect's
    /// Location or a proxy's upstream. None when a captured value would step out of its place
    /// (a `.` or `..` segment).
    fn substitute(&self, captures: &[(String, String)], into_url: bool) -> Option<String> {
        if into_url && placeholder_in_authority(&self.target) {
            // `https://example.com<u>` with u = `@evil.com`: the visitor would pick the host.
            return None;
        }
        let mut out = self.target.clone();
        for (name, value) in captures {
            let value = if into_url { as_url_path(value)? } else { value.clone() };
            out = out.replace(&format!("<{name}>"), &value);
        }
        let absolute = ["http://", "https://", "//"].iter().any(|p| self.target.starts_with(p));
        if into_url && !absolute && out.starts_with("//") {
            // A path stays a path (`/<*>`, or `<id>` alone): `//host` is another host.
            out = format!("/{}", out.trim_start_matches('/'));
        }
        Some(out)
    }
}

/// What a path segment keeps as it is in a URL: the unreserved characters only. Everything
/// else (`%`, `?`, `#`, `&`, `=`, `:`, `@`, a backslash, spaces, controls, non-ASCII) is
/// encoded: a captured value may land in a query (`?next=<u>`), where `&` and `=` would add
/// parameters, or at the start of a target, where `https:` would make it another site.
const SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Whether an absolute target has a placeholder before its path (in its host or port).
fn placeholder_in_authority(target: &str) -> bool {
    let Some(rest) = ["http://", "https://", "//"].iter().find_map(|p| target.strip_prefix(p)) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    authority.contains('<')
}

/// Text a visitor sent (decoded), made a URL path again: each `/`-separated segment
/// percent-encoded, so that it stays data. None when a segment is `.` or `..`, which a URL
/// resolves into another path (encoding does not stop that: `%2e%2e` is `..` too).
pub fn as_url_path(decoded: &str) -> Option<String> {
    let segments: Vec<String> = decoded
        .split('/')
        .map(|segment| match segment {
            "." | ".." => None,
            _ => Some(percent_encoding::utf8_percent_encode(segment, SEGMENT).to_string()),
        })
        .collect::<Option<_>>()?;
    Some(segments.join("/"))
}

/// An ordered list of rules, and whether existing files win over every rule.
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// RULES.md's inferred precedence lets 200/301/302 rules shadow files; with this set,
    /// an existing file always wins (switchable with `preview --files-first`).
    pub files_first: bool,
}

/// How a path maps to a file: as is, with `.html` (clean URLs), or as a folder's index.
enum Lookup {
    File(String),
    /// `/about` where `about/index.html` exists: redirect to `/about/`.
    Slash,
    Missing,
}

fn lookup(path: &str, files: &dyn Files) -> Lookup {
    let rel = path.trim_start_matches('/');
    if rel.is_empty() || rel.ends_with('/') {
        let index = format!("{rel}index.html");
        return if files.exists(&index) { Lookup::File(index) } else { Lookup::Missing };
    }
    if files.exists(rel) {
        return Lookup::File(rel.to_string());
    }
    let html = format!("{rel}.html");
    if files.exists(&html) {
        return Lookup::File(html);
    }
    if files.exists(&format!("{rel}/index.html")) {
        return Lookup::Slash;
    }
    Lookup::Missing
}

impl RuleSet {
    /// Parses the API's `customRules` (a JSON list); every broken rule is reported.
    pub fn parse(rules: &Value) -> Result<RuleSet, Vec<RuleError>> {
        match RuleSet::parse_lenient(rules) {
            (set, errors) if errors.is_empty() => Ok(set),
            (_, errors) => Err(errors),
        }
    }

    /// The rules that parse, and what is wrong with the others: rules an app already holds
    /// (the API took them) are served with those that make sense, not dropped all together.
    pub fn parse_lenient(rules: &Value) -> (RuleSet, Vec<RuleError>) {
        let Some(list) = rules.as_array() else {
            return (
                RuleSet::empty(),
                vec![RuleError { index: 0, problem: "custom rules must be a JSON list".into() }],
            );
        };
        let (mut ok, mut errors) = (Vec::new(), Vec::new());
        for (i, r) in list.iter().enumerate() {
            match Rule::parse(i, r) {
                Ok(rule) => ok.push(rule),
                Err(e) => errors.push(e),
            }
        }
        (RuleSet { rules: ok, files_first: false }, errors)
    }

    pub fn empty() -> RuleSet {
        RuleSet { rules: Vec::new(), files_first: false }
    }

    fn first(&self, req: &Request, wanted: impl Fn(Status) -> bool) -> Option<(&Rule, Vec<(String, String)>)> {
        self.rules.iter().filter(|r| wanted(r.status)).find_map(|r| r.matches(req).map(|c| (r, c)))
    }

    fn apply(&self, rule: &Rule, captures: &[(String, String)], req: &Request, files: &dyn Files) -> Decision {
        let why = |what: &str| {
            format!("rule #{} ({} {} → {}) {what}", rule.index + 1, rule.status.code(), rule.source, rule.target)
        };
        let decided = |outcome: Outcome, what: &str| Decision { outcome, rule: Some(rule.index), reason: why(what) };
        let into_url = matches!(rule.status, Status::Permanent | Status::Temporary)
            || rule.target.starts_with("http://")
            || rule.target.starts_with("https://");
        let filled = rule.substitute(captures, into_url).and_then(|mut target| {
            if rule.appends_path() {
                let path = if into_url { as_url_path(req.path)? } else { req.path.to_string() };
                target = append_path(&target, &path);
            }
            Some(target)
        });
        let Some(target) = filled else {
            return decided(Outcome::NotFound, "would put a . or .. segment of the request into its target");
        };
        match rule.status {
            Status::Permanent | Status::Temporary => {
                let mut location = target;
                if !req.query.is_empty() && !rule.pins_query() && !location.contains('?') {
                    location = format!("{location}?{}", req.query);
                }
                let status = if rule.status == Status::Permanent { 301 } else { 302 };
                decided(Outcome::Redirect { location, status }, "redirects")
            }
            Status::Rewrite if target.starts_with("http://") || target.starts_with("https://") => {
                decided(Outcome::Proxy { url: target }, "proxies")
            }
            status => {
                let (path, _) = target.split_once('?').unwrap_or((&target, ""));
                let code = if status == Status::NotFound { 404 } else { 200 };
                match lookup(path, files) {
                    Lookup::File(file) => decided(Outcome::Serve { file, status: code }, "rewrites"),
                    Lookup::Slash => {
                        let file = format!("{}/index.html", path.trim_matches('/'));
                        decided(Outcome::Serve { file, status: code }, "rewrites")
                    }
                    Lookup::Missing => decided(Outcome::NotFound, "rewrites to a file that does not exist"),
                }
            }
        }
    }

    /// What answers `req`: the rules and the files, in RULES.md's order.
    pub fn decide(&self, req: &Request, files: &dyn Files) -> Decision {
        let from_files = |found: Lookup| match found {
            Lookup::File(file) => Some(Decision {
                reason: format!("the file /{file}"),
                outcome: Outcome::Serve { file, status: 200 },
                rule: None,
            }),
            Lookup::Slash => {
                let mut location = format!("{}/", req.path);
                if !req.query.is_empty() {
                    location = format!("{location}?{}", req.query);
                }
                Some(Decision {
                    outcome: Outcome::Redirect { location, status: 301 },
                    rule: None,
                    reason: format!("the folder {}/ (clean URLs add the slash)", req.path),
                })
            }
            Lookup::Missing => None,
        };
        if self.files_first {
            if let Some(d) = from_files(lookup(req.path, files)) {
                return d;
            }
            if let Some((rule, caps)) = self.first(req, |_| true) {
                return self.apply(rule, &caps, req, files);
            }
        } else {
            if let Some((rule, caps)) = self.first(req, Status::before_files) {
                return self.apply(rule, &caps, req, files);
            }
            if let Some(d) = from_files(lookup(req.path, files)) {
                return d;
            }
            if let Some((rule, caps)) = self.first(req, |s| !s.before_files()) {
                return self.apply(rule, &caps, req, files);
            }
        }
        Decision { outcome: Outcome::NotFound, rule: None, reason: "no file and no rule".into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeSet;

    struct Site(BTreeSet<String>);
    impl Files for Site {
        fn exists(&self, path: &str) -> bool {
            self.0.contains(path)
        }
    }

    fn site(files: &[&str]) -> Site {
        Site(files.iter().map(|s| s.to_string()).collect())
    }

    fn req<'a>(path: &'a str, query: &'a str) -> Request<'a> {
        Request { host: "localhost", path, query, country: None }
    }

    #[test]
    fn captured_text_stays_data_in_redirects_and_proxies() {
        let rules = json!([
            {"source": "/r/<*>", "target": "/<*>", "status": "301"},
            {"source": "/api/<*>", "target": "http://127.0.0.1:9/v1/<*>", "status": "200"},
            {"source": "/docs/<*>", "target": "/guide/<*>", "status": "200"},
        ]);
        let set = RuleSet::parse(&rules).unwrap();
        let files = site(&["guide/a b.html"]);
        let location = |path: &str| match set.decide(&req(path, ""), &files).outcome {
            Outcome::Redirect { location, .. } => location,
            other => panic!("{other:?}"),
        };
        // An open redirect through encoded slashes or a backslash: the Location stays a path.
        assert_eq!(location("/r///evil.com"), "/evil.com", "/r/%2f%2fevil.com");
        assert_eq!(location("/r//evil.com"), "/evil.com");
        assert_eq!(location("/r/\\evil.com"), "/%5Cevil.com");
        assert_eq!(location("/r/a b/ü?#"), "/a%20b/%C3%BC%3F%23");
        // A proxy's upstream never climbs out of its path, and a `..` is refused.
        assert_eq!(
            set.decide(&req("/api/x%2Fy/z", ""), &files).outcome,
            Outcome::Proxy { url: "http://127.0.0.1:9/v1/x%252Fy/z".into() }
        );
        let climbing = set.decide(&req("/api/../../_amphost/health", ""), &files);
        assert_eq!(climbing.outcome, Outcome::NotFound, "{}", climbing.reason);
        // A rewrite to a file of the site takes the decoded name.
        assert_eq!(
            set.decide(&req("/docs/a b.html", ""), &files).outcome,
            Outcome::Serve { file: "guide/a b.html".into(), status: 200 }
        );
    }

    #[test]
    fn a_captured_value_adds_no_query_parameter_and_picks_no_host() {
        let rules = json!([
            {"source": "/qq?u=<u>", "target": "/x?next=<u>", "status": "302"},
            {"source": "/h?u=<u>", "target": "https://example.com<u>", "status": "302"},
            {"source": "/q2?id=<id>", "target": "<id>", "status": "302"},
            {"source": "/s/<*>", "target": "<*>", "status": "302"},
        ]);
        let set = RuleSet::parse(&rules).unwrap();
        let files = site(&[]);
        let answer = |path: &str, query: &str| set.decide(&req(path, query), &files).outcome;
        let redirect = |location: &str| Outcome::Redirect { location: location.into(), status: 302 };
        assert_eq!(answer("/qq", "u=a%26admin%3D1"), redirect("/x?next=a%26admin%3D1"));
        assert_eq!(answer("/h", "u=%40evil.com"), Outcome::NotFound, "the visitor would pick the host");
        assert_eq!(answer("/q2", "id=%2F%2Fevil.com"), redirect("/evil.com"));
        assert_eq!(answer("/q2", "id=https%3A%2F%2Fevil.com"), redirect("https%3A//evil.com"), "a relative path");
        assert_eq!(answer("/s/https:evil.com", ""), redirect("https%3Aevil.com"));
    }

    #[test]
    fn bad_rules_are_reported_with_their_index() {
        let rules = json!([
            {"source": "/ok", "target": "/fine", "status": "301"},
            {"source": "</[unclosed/>", "target": "/x", "status": "200"},
            {"source": "/a", "target": "/b", "status": "418"},
            {"source": "/a", "target": "/b/<name>", "status": "301"},
            {"source": "/a", "target": "/b", "condition": "<USA>"},
        ]);
        let errors = RuleSet::parse(&rules).err().unwrap();
        let indexes: Vec<usize> = errors.iter().map(|e| e.index).collect();
        assert_eq!(indexes, [1, 2, 3, 4]);
        assert!(errors[0].problem.contains("does not compile"));
        assert!(errors[2].problem.contains("<name>"));
    }

    fn at<'a>(host: &'a str, path: &'a str, query: &'a str) -> Request<'a> {
        Request { host, path, query, country: None }
    }

    #[test]
    fn a_domain_source_matches_every_path_on_its_host_and_appends_it() {
        let rules = RuleSet::parse(&json!([
            {"source": "https://Docs.Example.com", "target": "https://www.example.com/documents/", "status": "302"},
            {"source": "https://api.example.com/", "target": "http://127.0.0.1:9/v1", "status": "200"},
            {"source": "http://old.example.com", "target": "https://new.example.com?from=old", "status": "301"},
            {"source": "https://spa.example.com", "target": "/index.html", "status": "404-200"},
        ]))
        .unwrap();
        let files = site(&["index.html", "guide.html"]);
        let d = rules.decide(&at("docs.example.com:8443", "/guide", ""), &files);
        let location = "https://www.example.com/documents/guide".to_string();
        assert_eq!((d.rule, d.outcome), (Some(0), Outcome::Redirect { location, status: 302 }));
        let d = rules.decide(&at("docs.example.com", "/", "v=2"), &files);
        let location = "https://www.example.com/documents/?v=2".to_string();
        assert_eq!(d.outcome, Outcome::Redirect { location, status: 302 });
        let d = rules.decide(&at("api.example.com", "/about", ""), &files);
        assert_eq!(d.outcome, Outcome::Proxy { url: "http://127.0.0.1:9/v1/about".into() });
        // The target's own query stays after the appended path, and the request's is not added.
        let d = rules.decide(&at("old.example.com", "/a/b", "x=1"), &files);
        let location = "https://new.example.com/a/b?from=old".to_string();
        assert_eq!(d.outcome, Outcome::Redirect { location, status: 301 });
        // Another host: the domain rules do not apply.
        let d = rules.decide(&at("localhost", "/guide", ""), &files);
        assert_eq!((d.rule, d.outcome), (None, Outcome::Serve { file: "guide.html".into(), status: 200 }));
        // A 404-200 from a domain serves its target as is, for what does not exist.
        let d = rules.decide(&at("spa.example.com", "/deep/link", ""), &files);
        assert_eq!((d.rule, d.outcome), (Some(3), Outcome::Serve { file: "index.html".into(), status: 200 }));
    }

    #[test]
    fn a_domain_with_a_path_is_refused_with_its_index() {
        let errors = RuleSet::parse(&json!([
            {"source": "/ok", "target": "/fine", "status": "301"},
            {"source": "https://example.com/blog/<*>", "target": "https://example.com/<*>", "status": "301"},
            {"source": "https://example.com/<*>", "target": "https://new.example.com/<*>", "status": "301"},
            {"source": "https://example.com?x=1", "target": "/x", "status": "302"},
            {"source": "https://example.com", "target": "/x/<*>", "status": "302"},
            {"source": "https://", "target": "/x", "status": "302"},
        ]))
        .err()
        .unwrap();
        let indexes: Vec<usize> = errors.iter().map(|e| e.index).collect();
        assert_eq!(indexes, [1, 2, 3, 4, 5]);
        assert!(errors[0]
            .to_string()
            .starts_with("rule #2: source \"https://example.com/blog/<*>\" is a domain with a path"));
        assert!(errors[0].problem.contains("https://example.com: every path"), "{}", errors[0]);
        assert!(errors[3].problem.contains("binds no placeholders"), "{}", errors[3]);
        assert!(errors[4].problem.contains("has no domain"), "{}", errors[4]);
    }

    #[test]
    fn redirects_shadow_files_but_404_rules_wait_for_missing_paths() {
        let rules = RuleSet::parse(&json!([
            {"source": "/<*>", "target": "/index.html", "status": "404-200"},
            {"source": "/old", "target": "/new", "status": "301"},
        ]))
        .unwrap();
        let files = site(&["index.html", "old.html", "app.js"]);
        assert_eq!(rules.decide(&req("/old", ""), &files).rule, Some(1));
        assert_eq!(
            rules.decide(&req("/app.js", ""), &files).outcome,
            Outcome::Serve { file: "app.js".into(), status: 200 }
        );
        let d = rules.decide(&req("/deep/link", ""), &files);
        assert_eq!((d.rule, d.outcome), (Some(0), Outcome::Serve { file: "index.html".into(), status: 200 }));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    struct Everything;
    impl Files for Everything {
        fn exists(&self, path: &str) -> bool {
            path.len().is_multiple_of(3)
        }
    }

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("<*>".to_string()),
            Just("<id>".to_string()),
            Just("<x>".to_string()),
            Just("?q=<id>".to_string()),
            Just(".html".to_string()),
            Just("</".to_string()),
            Just("/>".to_string()),
            "[a-z]{1,4}",
            "[/.?&=<>*()\\[\\]^$|\\\\a-z0-9-]{0,6}",
        ]
    }

    fn pattern() -> impl Strategy<Value = String> {
        (proptest::collection::vec(piece(), 0..6), any::<bool>(), any::<bool>()).prop_map(|(parts, slash, regex)| {
            let body = parts.join("/");
            match (regex, slash) {
                (true, _) => format!("</{body}/>"),
                (false, true) => format!("/{body}"),
                (false, false) => body,
            }
        })
    }

    /// A site of these files (paths without the leading `/`).
    struct SiteFiles(std::collections::BTreeSet<String>);
    impl Files for SiteFiles {
        fn exists(&self, path: &str) -> bool {
            self.0.contains(path)
        }
    }

    fn site_files() -> impl Strategy<Value = std::collections::BTreeSet<String>> {
        proptest::collection::btree_set("[a-z]{1,3}(/[a-z]{1,3}){0,2}(\\.html|/index\\.html|\\.js)?", 1..6)
    }

    fn rule_list(statuses: &'static [&'static str]) -> impl Strategy<Value = Vec<Value>> {
        let status = proptest::sample::select(statuses);
        let condition = prop_oneof![Just(""), Just("<US>")];
        proptest::collection::vec((pattern(), pattern(), status, condition), 0..8).prop_map(|rules| {
            rules
                .into_iter()
                .map(|(s, t, st, c)| json!({"source": s, "target": t, "status": st, "condition": c}))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// 404 and 404-200 rules answer only for what does not exist: with no 200, 301 or 302
        /// rule, a request for an existing file's exact path is served that file, and any
        /// request the files answer (a file, or the slash of a folder) is answered as with no
        /// rules at all.
        #[test]
        fn rules_without_rewrites_or_redirects_never_shadow_a_file(
            files in site_files(),
            rules in rule_list(&["404", "404-200"]),
            pick in any::<proptest::sample::Index>(),
            path in "/[a-z./]{0,12}",
            country in prop_oneof![Just(None), Just(Some("US"))],
        ) {
            let Ok(set) = RuleSet::parse(&Value::Array(rules)) else { return Ok(()) };
            prop_assert!(set.rules.iter().all(|r| !r.status.before_files()));
            let site = SiteFiles(files);
            let file = site.0.iter().nth(pick.index(site.0.len())).expect("the site has a file").clone();
            let exact = format!("/{file}");
            let d = set.decide(&Request { host: "localhost", path: &exact, query: "", country }, &site);
            prop_assert_eq!(d.outcome, Outcome::Serve { file, status: 200 });
            prop_assert_eq!(d.rule, None);
            let req = Request { host: "localhost", path: &path, query: "", country };
            let plain = RuleSet::empty().decide(&req, &site);
            if plain.outcome != Outcome::NotFound {
                prop_assert_eq!(set.decide(&req, &site), plain);
            }
        }

        /// With files first (`preview --files-first`), no rule of any kind shadows a file.
        #[test]
        fn files_first_serves_every_existing_file_whatever_the_rules(
            files in site_files(),
            rules in rule_list(&["200", "301", "302", "404", "404-200"]),
            pick in any::<proptest::sample::Index>(),
            query in "[a-z=&]{0,6}",
        ) {
            let Ok(mut set) = RuleSet::parse(&Value::Array(rules)) else { return Ok(()) };
            set.files_first = true;
            let site = SiteFiles(files);
            let file = site.0.iter().nth(pick.index(site.0.len())).expect("the site has a file").clone();
            let exact = format!("/{file}");
            let d = set.decide(&Request { host: "localhost", path: &exact, query: &query, country: None }, &site);
            prop_assert_eq!(d.outcome, Outcome::Serve { file, status: 200 });
            prop_assert_eq!(d.rule, None);
        }

        /// Whatever the rules and the request, parsing and deciding end with an answer:
        /// no panic, and no chain of rules to loop through.
        #[test]
        fn no_rule_set_panics_or_loops(
            rules in proptest::collection::vec((pattern(), pattern(), prop_oneof![Just("200"), Just("301"), Just("302"), Just("404"), Just("404-200"), Just("999")], prop_oneof![Just(""), Just("<US>"), Just("<xx>")]), 0..8),
            path in "/[a-z0-9./<>*?%-]{0,24}",
            query in "[a-z=&%]{0,10}",
            country in prop_oneof![Just(None), Just(Some("US")), Just(Some("DE"))],
        ) {
            let list: Vec<Value> = rules.iter().map(|(s, t, st, c)| json!({"source": s, "target": t, "status": st, "condition": c})).collect();
            if let Ok(set) = RuleSet::parse(&Value::Array(list)) {
                let req = Request { host: "localhost", path: &path, query: &query, country };
                let d = set.decide(&req, &Everything);
                if let Some(i) = d.rule {
                    prop_assert!(i < set.rules.len());
                }
            }
        }
    }
}
