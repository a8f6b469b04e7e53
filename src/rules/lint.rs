//! `amphost rules lint`: what in a list of rules is surely or probably wrong, read with the
//! engine's semantics (`preview::rules`, RULES.md): rules that can never match, a catch-all
//! placed before the rules it hides, catch-alls that answer asset requests with a page,
//! targets absent from the deploy folder, redirect loops, placeholders the source does not
//! capture, duplicates, and lists near the configuration's size limit. Pure: rules (and the
//! folder's file names) in, findings out.
//!
//! How "can never match" is decided: for two path patterns (`/docs/<*>`, `/blog/<slug>`,
//! literals), exactly, by comparing the languages they match (a small automaton over the
//! characters the patterns name, one for every other character); when a `</regex/>` is
//! involved, by trying the later rule's sample paths on the earlier one, which is a guess
//! and reported as a warning. Precedence is the engine's: 200, 301 and 302 rules answer
//! before the files and before any 404 or 404-200 rule, wherever they are in the list.
//!
//! Rules are named by their position counted from 1 (`rule #3`).

use super::{Rule, SiteFiles, MANY_RULES};
use crate::preview::rules::{Files, Outcome, Request, Rule as Compiled, RuleSet, Status};
use serde::Serialize;
use std::collections::{BTreeSet, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The site will not do what the rule says: `rules push` and `deploy` stop.
    Error,
    /// Likely a mistake, or a guess: printed only.
    Warning,
}

/// One problem, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// The rule's position in the list, counted from 1; none for the list as a whole.
    pub rule: Option<usize>,
    pub source: Option<String>,
    /// Which check found it: `invalid`, `placeholder`, `too-long`, `shadowed`, `duplicate`,
    /// `catch-all-first`, `asset-capture`, `missing-target`, `redirect-loop`, `size`,
    /// `control-character`.
    pub check: &'static str,
    pub message: String,
    pub hint: String,
}

impl Finding {
    /// `rule #3 (/docs/<*>) [shadowed]: … (fix: …)`, for messages on stderr.
    pub fn line(&self) -> String {
        let at = match (self.rule, &self.source) {
            (Some(n), Some(s)) => format!("rule #{n} ({s})"),
            (Some(n), None) => format!("rule #{n}"),
            _ => "the rules".to_string(),
        };
        format!("{at} [{}]: {} (fix: {})", self.check, self.message, self.hint)
    }
}

/// The model's maximum length of a rule's source, target and condition (CustomRule).
pub const MAX_FIELD: usize = 2048;

/// Amplify's documented single-page-app source, which leaves paths with a file extension alone.
pub const SPA_SOURCE: &str =
    r"</^[^.]+$|\.(?!(css|gif|ico|jpg|js|png|txt|svg|woff|woff2|ttf|map|json|webp)$)([^.]+$)/>";

/// Redirects followed before a chain is called endless.
const MAX_HOPS: usize = 10;

/// Routes a single-page app answers: a source matching all of them is a catch-all.
const ROUTES: &[&str] = &["/", "/a", "/a/b", "/deep/link/x", "/about"];

/// Paths tried on `</regex/>` and domain sources, which cannot be filled in.
const GENERIC: &[&str] = &[
    "/",
    "/a",
    "/a/",
    "/a/b",
    "/a/b/c",
    "/about",
    "/docs/intro",
    "/blog/2024/hello-world",
    "/index.html",
    "/404.html",
    "/app.js",
    "/assets/main.css",
    "/logo.png",
    "/favicon.ico",
    "/fonts/inter.woff2",
    "/data.json",
    "/robots.txt",
    "/sitemap.xml",
];

/// Asset requests a catch-all must not answer with a page.
const ASSETS: &[&str] = &[
    "/app.js",
    "/assets/main.css",
    "/logo.png",
    "/favicon.ico",
    "/static/js/main.3f2a1b.js",
    "/fonts/inter.woff2",
    "/data.json",
];

/// The extensions [`ASSETS`] stand for (all in [`SPA_SOURCE`]'s exclusions).
const ASSET_EXTENSIONS: &[&str] = &["js", "css", "png", "ico", "woff2", "json", "svg", "jpg", "map"];

/// What `<*>` and `<name>` are filled with for a pattern's sample paths.
const FILLS: &[(&str, &str)] = &[("x", "x"), ("", "y"), ("a/b", "z"), ("page.html", "p.html"), ("x/", "q")];

/// Pattern comparisons give up (and say "not covered") beyond this many states.
const STATE_LIMIT: usize = 20_000;

/// Every character no pattern names, in the comparison's alphabet.
const OTHER: char = '\u{E000}';

/// Lints `rules`; with `files` (the deploy folder's), targets are looked for too.
pub fn lint(rules: &[Rule], files: Option<&SiteFiles>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let (mut compiled, mut checked) = (Vec::new(), Vec::new());
    for (index, rule) in rules.iter().enumerate() {
        findings.extend(too_long(index, rule));
        findings.extend(empty_target(index, rule));
        findings.extend(control_characters(index, rule));
        findings.extend(colon_placeholders(index, rule));
        match compile(index, rule) {
            Ok(c) => {
                checked.push(Checked::new(index, rule, &c, compiled.len()));
                compiled.push(c);
            }
            Err(problem) => findings.push(refused(index, rule, problem)),
        }
    }
    let none = SiteFiles::default();
    let site: &dyn Files = match files {
        Some(f) => f,
        None => &none,
    };
    let linter = Lint { set: RuleSet { rules: compiled, files_first: false }, checked, files: site, folder: files };
    let answered = linter.catch_all_first(&mut findings);
    linter.shadowed(&answered, &mut findings);
    linter.asset_capture(&mut findings);
    linter.loops(&mut findings);
    if files.is_some() {
        linter.missing_targets(&mut findings);
    }
    if rules.len() > MANY_RULES {
        findings.push(many(rules.len()));
    }
    findings.sort_by_key(|f| (f.rule.unwrap_or(usize::MAX), f.severity));
    findings
}

/// How many findings are errors and warnings.
pub fn counts(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    (errors, findings.len() - errors)
}

fn finding(
    severity: Severity,
    index: usize,
    rule: &Rule,
    check: &'static str,
    message: impl Into<String>,
    hint: impl Into<String>,
) -> Finding {
    let (message, hint) = (message.into(), hint.into());
    Finding { severity, rule: Some(index + 1), source: Some(rule.source.clone()), check, message, hint }
}

/// The rule as the engine reads it, its index set to its place in the whole list.
fn compile(index: usize, rule: &Rule) -> Result<Compiled, String> {
    match RuleSet::parse(&super::to_api(std::slice::from_ref(rule))) {
        Ok(mut set) => {
            let mut c = set.rules.pop().ok_or("the rule could not be read")?;
            c.index = index;
            Ok(c)
        }
        Err(errors) => Err(errors.into_iter().next().map(|e| e.problem).unwrap_or_default()),
    }
}

/// A rule the engine refuses: a placeholder the source does not capture, or anything else.
fn refused(index: usize, rule: &Rule, problem: String) -> Finding {
    if problem.starts_with("the target uses <") {
        let hint = "capture it in the source (`/blog/<slug>` captures <slug>, `<*>` the rest of the path), \
                    or take it out of the target";
        return finding(Severity::Error, index, rule, "placeholder", problem, hint);
    }
    let hint = "fix the rule as the message says; `rules push` refuses the file until then";
    finding(Severity::Error, index, rule, "invalid", problem, hint)
}

fn too_long(index: usize, rule: &Rule) -> Vec<Finding> {
    over_length(rule)
        .into_iter()
        .map(|message| finding(Severity::Error, index, rule, "too-long", message, "shorten it"))
        .collect()
}

/// A control character in a rule (from an imported `_redirects`, say): no URL, path or header
/// carries one, so the rule cannot do what it says.
fn control_characters(index: usize, rule: &Rule) -> Vec<Finding> {
    [("source", Some(&rule.source)), ("target", Some(&rule.target)), ("condition", rule.condition.as_ref())]
        .into_iter()
        .filter_map(|(name, value)| {
            let c = value?.chars().find(|c| c.is_control())?;
            let message = format!("its {name} holds a control character ({c:?}), which no URL or header carries");
            Some(finding(Severity::Error, index, rule, "control-character", message, "remove it"))
        })
        .collect()
}

/// What of the rule is longer than the API takes (`its source has 3001 characters; …`).
pub fn over_length(rule: &Rule) -> Vec<String> {
    [("source", Some(&rule.source)), ("target", Some(&rule.target)), ("condition", rule.condition.as_ref())]
        .into_iter()
        .filter_map(|(name, value)| {
            let n = value?.chars().count();
            (n > MAX_FIELD).then(|| format!("its {name} has {n} characters; the API takes at most {MAX_FIELD}"))
        })
        .collect()
}

/// A target left empty: the API takes 1 to 2,048 characters, and the engine would read it
/// as a rewrite to nothing. (An empty source the engine refuses itself: see [`refused`].)
fn empty_target(index: usize, rule: &Rule) -> Option<Finding> {
    rule.target.is_empty().then(|| {
        let message = format!("its target is empty; the API takes 1 to {MAX_FIELD} characters");
        finding(Severity::Error, index, rule, "invalid", message, "give the rule a target, or remove it")
    })
}

/// `:name` segments (Netlify's and Vercel's placeholders), which Amplify reads as text.
fn colon_names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("/:") {
        let rest = &text[i + 2..];
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if end > 0 && rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            out.push(&rest[..end]);
        }
    }
    out
}

fn colon_placeholders(index: usize, rule: &Rule) -> Option<Finding> {
    let in_source = if is_regex(&rule.source) { Vec::new() } else { colon_names(&rule.source) };
    let in_target = colon_names(&rule.target);
    let name = in_target.first().or(in_source.first())?;
    let place = match (in_source.is_empty(), in_target.is_empty()) {
        (false, false) => "source and target have",
        (false, true) => "source has",
        _ => "target has",
    };
    let message = format!(
        "the {place} :{name}, which Amplify does not read as a placeholder (it is Netlify's and Vercel's \
         syntax): it is matched and sent as written"
    );
    let hint = format!("write <{name}> (one segment) or <*> (the rest of the path), in the source and the target");
    Some(finding(Severity::Warning, index, rule, "placeholder", message, hint))
}

fn many(n: usize) -> Finding {
    Finding {
        severity: Severity::Warning,
        rule: None,
        source: None,
        check: "size",
        message: format!(
            "{n} rules: above {MANY_RULES}, the app's configuration nears Amplify's size limit (UpdateApp then \
             fails with LimitExceededException, \"maximum configuration storage limit\"), and every request is \
             matched against the list"
        ),
        hint: "merge rules with placeholders (<name>, <*>) or a </regex/> source (the API sets no count; \
               900 is amphost's threshold)"
            .into(),
    }
}

fn is_regex(source: &str) -> bool {
    source.strip_prefix("</").and_then(|s| s.strip_suffix("/>")).is_some()
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A path on this site (not a URL, not `//host`).
fn is_local(target: &str) -> bool {
    target.starts_with('/') && !target.starts_with("//")
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// One piece of a path pattern, as the engine compiles it: a character, `<name>` (one
/// non-`/` character, then any more), `<*>` (anything), and the optional trailing slash the
/// engine adds to a pattern that ends with neither `/` nor `<*>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Elem {
    Char(char),
    Segment,
    SegmentRest,
    Any,
    OptSlash,
}

/// A source path pattern's pieces (`None` for an invalid placeholder).
fn path_elems(pattern: &str) -> Option<Vec<Elem>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('<') {
        out.extend(rest[..start].chars().map(Elem::Char));
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else {
            out.extend(rest[start..].chars().map(Elem::Char));
            rest = "";
            break;
        };
        match &after[..end] {
            "*" => out.push(Elem::Any),
            name if is_name(name) => out.extend([Elem::Segment, Elem::SegmentRest]),
            _ => return None,
        }
        rest = &after[end + 1..];
    }
    out.extend(rest.chars().map(Elem::Char));
    if !pattern.ends_with('/') && !pattern.ends_with("<*>") {
        out.push(Elem::OptSlash);
    }
    Some(out)
}

/// The states reachable without reading a character.
fn closure(elems: &[Elem], mut set: BTreeSet<usize>) -> BTreeSet<usize> {
    let mut stack: Vec<usize> = set.iter().copied().collect();
    while let Some(k) = stack.pop() {
        if matches!(elems.get(k), Some(Elem::SegmentRest | Elem::Any | Elem::OptSlash)) && set.insert(k + 1) {
            stack.push(k + 1);
        }
    }
    set
}

fn step(elems: &[Elem], from: &BTreeSet<usize>, c: char) -> BTreeSet<usize> {
    let mut next = BTreeSet::new();
    for &k in from {
        let to = match elems.get(k) {
            Some(Elem::Char(x)) if *x == c => Some(k + 1),
            Some(Elem::Segment) if c != '/' => Some(k + 1),
            Some(Elem::SegmentRest) if c != '/' => Some(k),
            Some(Elem::Any) => Some(k),
            Some(Elem::OptSlash) if c == '/' => Some(k + 1),
            _ => None,
        };
        next.extend(to);
    }
    closure(elems, next)
}

/// Whether every path `inner` matches, `outer` matches too (false when undecided).
fn includes(outer: &[Elem], inner: &[Elem]) -> bool {
    let mut alphabet: BTreeSet<char> = BTreeSet::from(['/', OTHER]);
    alphabet.extend(outer.iter().chain(inner).filter_map(|e| if let Elem::Char(c) = e { Some(*c) } else { None }));
    let start = (closure(inner, BTreeSet::from([0])), closure(outer, BTreeSet::from([0])));
    let mut seen = BTreeSet::from([start.clone()]);
    let mut queue = VecDeque::from([start]);
    while let Some((si, so)) = queue.pop_front() {
        if si.contains(&inner.len()) && !so.contains(&outer.len()) {
            return false;
        }
        for &c in &alphabet {
            let ni = step(inner, &si, c);
            if ni.is_empty() {
                continue;
            }
            let pair = (ni, step(outer, &so, c));
            if seen.insert(pair.clone()) {
                if seen.len() > STATE_LIMIT {
                    return false;
                }
                queue.push_back(pair);
            }
        }
    }
    true
}

/// `/docs/<*>` with `star` for `<*>` and `name` for each `<name>`.
fn instantiate(pattern: &str, star: &str, name: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else {
            out.push_str(&rest[start..]);
            return out;
        };
        out.push_str(if &after[..end] == "*" { star } else { name });
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// What a source matches, for comparing rules.
enum Shape {
    /// A path pattern, its literal start, and its query (a value of `None` matches any).
    Path {
        elems: Vec<Elem>,
        prefix: String,
        query: Vec<(String, Option<String>)>,
    },
    Regex,
    /// A domain alone: every path on that host (lowercase, no port).
    Origin(String),
}

fn shape_of(source: &str) -> Shape {
    if is_regex(source) {
        return Shape::Regex;
    }
    if let Some((scheme, after)) = source.split_once("://") {
        if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
            let host = &after[..after.find(['/', '?']).unwrap_or(after.len())];
            return Shape::Origin(host.to_ascii_lowercase().split(':').next().unwrap_or_default().to_string());
        }
    }
    let (path, query) = source.split_once('?').unwrap_or((source, ""));
    let query = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let inner = v.strip_prefix('<').and_then(|x| x.strip_suffix('>'));
            let placeholder = inner.is_some_and(|n| n == "*" || is_name(n));
            (k.to_string(), (!placeholder).then(|| v.to_string()))
        })
        .collect();
    let elems = path_elems(path).unwrap_or_default();
    let prefix = elems.iter().map_while(|e| if let Elem::Char(c) = e { Some(*c) } else { None }).collect();
    Shape::Path { elems, prefix, query }
}

fn query_string(query: &[(String, Option<String>)]) -> String {
    query.iter().map(|(k, v)| format!("{k}={}", v.as_deref().unwrap_or("x"))).collect::<Vec<_>>().join("&")
}

/// A sample request a rule matches.
#[derive(Debug, Clone)]
struct Probe {
    host: String,
    path: String,
    query: String,
    country: Option<String>,
}

impl Probe {
    fn at(host: &str, path: &str) -> Probe {
        Probe { host: host.to_string(), path: path.to_string(), query: String::new(), country: None }
    }

    fn request(&self) -> Request<'_> {
        Request { host: &self.host, path: &self.path, query: &self.query, country: self.country.as_deref() }
    }
}

/// A rule that compiles, with what the checks need of it.
struct Checked<'a> {
    /// Its place in the list, from 0.
    index: usize,
    raw: &'a Rule,
    /// Its place in the compiled set.
    compiled: usize,
    shape: Shape,
    /// Requests it matches: its pattern filled in, or the generic paths it matches.
    probes: Vec<Probe>,
}

impl<'a> Checked<'a> {
    fn new(index: usize, raw: &'a Rule, c: &Compiled, compiled: usize) -> Checked<'a> {
        let shape = shape_of(&raw.source);
        let mut candidates: Vec<Probe> = match &shape {
            Shape::Path { elems, query, .. } => {
                let (pattern, _) = raw.source.split_once('?').unwrap_or((raw.source.as_str(), ""));
                let q = query_string(query);
                let mut out: Vec<Probe> = FILLS
                    .iter()
                    .map(|(star, name)| Probe {
                        query: q.clone(),
                        ..Probe::at("localhost", &instantiate(pattern, star, name))
                    })
                    .collect();
                if elems.last() == Some(&Elem::OptSlash) {
                    let slashed = format!("{}/", instantiate(pattern, FILLS[0].0, FILLS[0].1));
                    out.push(Probe { query: q, ..Probe::at("localhost", &slashed) });
                }
                out
            }
            Shape::Regex => GENERIC.iter().map(|p| Probe::at("localhost", p)).collect(),
            Shape::Origin(host) => GENERIC.iter().map(|p| Probe::at(host, p)).collect(),
        };
        let country = c.countries.first().cloned();
        for p in &mut candidates {
            p.country = country.clone();
        }
        let mut seen = BTreeSet::new();
        candidates.retain(|p| c.is_match(&p.request()) && seen.insert((p.path.clone(), p.query.clone())));
        Checked { index, raw, compiled, shape, probes: candidates }
    }
}

/// Whether `i` covers `j`: exactly (path patterns), probably (a regex tried on samples), or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cover {
    Exact,
    Probable,
    No,
}

struct Lint<'a> {
    set: RuleSet,
    checked: Vec<Checked<'a>>,
    files: &'a dyn Files,
    /// The deploy folder's files, when one was given: checks then ask about them, not about
    /// sample paths.
    folder: Option<&'a SiteFiles>,
}

impl<'a> Lint<'a> {
    fn rule(&self, c: &Checked) -> &Compiled {
        &self.set.rules[c.compiled]
    }

    fn hits(&self, c: &Checked, p: &Probe) -> bool {
        self.rule(c).is_match(&p.request())
    }

    /// Whether `i` is looked at before `j` for the same request: 200/301/302 rules before the
    /// files and any 404 rule; within each phase, the list's order.
    fn earlier(&self, i: &Checked, j: &Checked) -> bool {
        let (a, b) = (self.rule(i).status.before_files(), self.rule(j).status.before_files());
        i.index != j.index && if a == b { i.index < j.index } else { a }
    }

    fn covers(&self, i: &Checked, j: &Checked) -> Cover {
        let (ci, cj) = (&self.rule(i).countries, &self.rule(j).countries);
        if !ci.is_empty() && (cj.is_empty() || !cj.iter().all(|c| ci.contains(c))) {
            return Cover::No;
        }
        let exact = |yes: bool| if yes { Cover::Exact } else { Cover::No };
        match (&i.shape, &j.shape) {
            (Shape::Path { elems: a, prefix: pa, query: qa }, Shape::Path { elems: b, prefix: pb, query: qb }) => {
                let query = qa.iter().all(|(k, va)| qb.iter().any(|(kb, vb)| kb == k && (va.is_none() || va == vb)));
                exact((pb.starts_with(pa.as_str()) || pa.starts_with(pb.as_str())) && query && includes(a, b))
            }
            (Shape::Path { elems, query, .. }, Shape::Origin(_)) => {
                exact(query.is_empty() && includes(elems, &[Elem::Char('/'), Elem::Any]))
            }
            (Shape::Origin(a), Shape::Origin(b)) => exact(a == b),
            (Shape::Origin(_), _) => Cover::No,
            (Shape::Regex, Shape::Regex) if i.raw.source == j.raw.source => Cover::Exact,
            _ if !j.probes.is_empty() && j.probes.iter().all(|p| self.hits(i, p)) => Cover::Probable,
            _ => Cover::No,
        }
    }

    /// A 200 or 404-200 rewrite to a page of the site that answers every route of an app.
    fn is_catch_all(&self, c: &Checked) -> bool {
        let r = self.rule(c);
        let plain = match &c.shape {
            Shape::Path { query, .. } => query.is_empty(),
            Shape::Regex => true,
            Shape::Origin(_) => false,
        };
        matches!(r.status, Status::Rewrite | Status::NotFoundOk)
            && r.countries.is_empty()
            && is_local(&r.target)
            && plain
            && ROUTES.iter().all(|p| r.is_match(&Probe::at("localhost", p).request()))
    }

    /// A catch-all above rules of its phase that it answers first (for some of their paths
    /// or all). Returns the (catch-all, hidden rule) pairs, which `shadowed` leaves out.
    fn catch_all_first(&self, out: &mut Vec<Finding>) -> BTreeSet<(usize, usize)> {
        let mut pairs = BTreeSet::new();
        for i in self.checked.iter().filter(|c| self.is_catch_all(c)) {
            let phase = self.rule(i).status.before_files();
            let hidden: Vec<&Checked> = self
                .checked
                .iter()
                .filter(|j| j.index > i.index && self.rule(j).status.before_files() == phase)
                .filter(|j| j.probes.iter().any(|p| self.hits(i, p)))
                .collect();
            if hidden.is_empty() {
                continue;
            }
            let mut names: Vec<String> =
                hidden.iter().take(5).map(|j| format!("#{} {}", j.index + 1, j.raw.source)).collect();
            if hidden.len() > 5 {
                names.push(format!("and {} more", hidden.len() - 5));
            }
            let message = format!(
                "a catch-all placed before {} more specific rule(s), which it answers first: {}",
                hidden.len(),
                names.join(", ")
            );
            let hint = "move it to the end of the list: rules apply top-down, and the first that matches wins";
            out.push(finding(Severity::Error, i.index, i.raw, "catch-all-first", message, hint));
            pairs.extend(hidden.iter().map(|j| (i.index, j.index)));
        }
        pairs
    }

    /// The first rule that answers every request `j` would, before it: exactly if any.
    fn first_shadower(&self, j: &Checked) -> Option<(&Checked<'a>, Cover)> {
        let mut probable = None;
        for i in self.checked.iter().filter(|i| self.earlier(i, j)) {
            match self.covers(i, j) {
                Cover::Exact => return Some((i, Cover::Exact)),
                Cover::Probable => {
                    probable.get_or_insert(i);
                }
                Cover::No => {}
            }
        }
        probable.map(|i| (i, Cover::Probable))
    }

    fn shadowed(&self, reported: &BTreeSet<(usize, usize)>, out: &mut Vec<Finding>) {
        for j in &self.checked {
            if let Some((i, cover)) = self.first_shadower(j).filter(|(i, _)| !reported.contains(&(i.index, j.index))) {
                out.push(self.shadow_finding(i, j, cover));
            }
        }
    }

    fn shadow_finding(&self, i: &Checked, j: &Checked, cover: Cover) -> Finding {
        let (ri, rj) = (self.rule(i), self.rule(j));
        let n = i.index + 1;
        let by = format!("rule #{n} ({} {} → {})", ri.status.code(), i.raw.source, i.raw.target);
        let hint = if i.index < j.index {
            format!("remove it, or move it above rule #{n} if it is meant to win")
        } else {
            format!(
                "200, 301 and 302 rules apply before any 404 or 404-200 rule, wherever they are: remove one of \
                 the two, or narrow rule #{n}'s source"
            )
        };
        if i.raw.source == j.raw.source && ri.countries == rj.countries {
            if i.raw.target == j.raw.target && ri.status == rj.status {
                let message = format!("repeats rule #{n} (same source, target and status): it never applies");
                return finding(Severity::Warning, j.index, j.raw, "duplicate", message, "remove it");
            }
            let message = format!("has the same source as {by}, which answers first: this rule never applies");
            return finding(Severity::Error, j.index, j.raw, "duplicate", message, hint);
        }
        if cover == Cover::Exact {
            let message = format!("can never match: {by} matches every request it would, and answers first");
            return finding(Severity::Error, j.index, j.raw, "shadowed", message, hint);
        }
        let sample = j.probes.first().map_or("", |p| p.path.as_str());
        let message = format!(
            "probably never matches: {by} answered every path it was tried with (such as {sample}), and answers first"
        );
        finding(Severity::Warning, j.index, j.raw, "shadowed", message, hint)
    }

    /// Asset requests (`/app.js`) a rule would answer with one page (`/index.html`).
    fn asset_probes(&self, c: &Checked) -> Vec<Probe> {
        let mut out: Vec<Probe> = ASSETS.iter().map(|p| Probe::at("localhost", p)).collect();
        if let Shape::Path { query, .. } = &c.shape {
            let (pattern, _) = c.raw.source.split_once('?').unwrap_or((c.raw.source.as_str(), ""));
            for (star, name) in [("assets/app.js", "logo.png"), ("main.css", "app.js")] {
                out.push(Probe {
                    query: query_string(query),
                    ..Probe::at("localhost", &instantiate(pattern, star, name))
                });
            }
        }
        let is_asset = |p: &Probe| {
            let last = p.path.rsplit('/').next().unwrap_or_default();
            last.rsplit_once('.').is_some_and(|(_, ext)| ASSET_EXTENSIONS.contains(&ext))
        };
        out.retain(is_asset);
        out
    }

    /// A 200 rule with one page as its target, checked against the deploy folder: the files it
    /// answers with that page instead of themselves (the list decided whole, as served).
    fn files_captured(&self, c: &Checked, folder: &SiteFiles) -> Option<Finding> {
        let r = self.rule(c);
        let target = r.target.split(['?', '#']).next().unwrap_or_default().trim_start_matches('/');
        let captured: Vec<&String> = folder
            .0
            .iter()
            .filter(|f| f.as_str() != target)
            .filter(|f| {
                let probe = Probe::at("localhost", &format!("/{f}"));
                self.set.decide(&probe.request(), self.files).rule == Some(r.index)
            })
            .collect();
        let first = captured.first()?;
        let more = match captured.len() {
            1 => String::new(),
            n => format!(" and {} more", n - 1),
        };
        let message = format!(
            "answers /{first}{more} of the folder's files with {} instead of themselves (200 rules apply before \
             the files)",
            r.target
        );
        let hint = format!(
            "for a site of pages, the status 404-200 (it answers only paths no file has); for a single-page app, \
             the source {SPA_SOURCE}, which leaves assets alone"
        );
        Some(finding(Severity::Error, c.index, c.raw, "asset-capture", message, hint))
    }

    fn asset_capture(&self, out: &mut Vec<Finding>) {
        for c in &self.checked {
            let r = self.rule(c);
            let wide = match &c.shape {
                Shape::Regex => true,
                Shape::Path { elems, .. } => elems.iter().any(|e| !matches!(e, Elem::Char(_) | Elem::OptSlash)),
                Shape::Origin(_) => false,
            };
            let one_page = is_local(&r.target) && !r.target.contains('<');
            if !matches!(r.status, Status::Rewrite | Status::NotFoundOk)
                || !r.countries.is_empty()
                || !one_page
                || !wide
            {
                continue;
            }
            if let (Status::Rewrite, Some(folder)) = (r.status, self.folder) {
                out.extend(self.files_captured(c, folder));
                continue;
            }
            let Some(asset) = self.asset_probes(c).into_iter().find(|p| r.is_match(&p.request())) else { continue };
            let (path, target) = (&asset.path, &r.target);
            out.push(if r.status == Status::Rewrite {
                let message = format!(
                    "answers asset requests such as {path} with {target}, even when the file exists (200 rules apply \
                     before the files)"
                );
                let hint = format!(
                    "leave paths with a file extension alone: use the source {SPA_SOURCE} (Amplify's single-page-app \
                     rule), or the status 404-200"
                );
                finding(Severity::Error, c.index, c.raw, "asset-capture", message, hint)
            } else {
                let message = format!(
                    "answers a missing asset such as {path} with {target} and status 200: a browser then gets a page \
                     for a script or a stylesheet, and caches keep it"
                );
                let hint = format!(
                    "for a single-page app, the source {SPA_SOURCE} (Amplify's rule) gives a missing asset a 404 \
                     (as a 200 rule it also answers pages with an extension, .html: not for a site of pages)"
                );
                finding(Severity::Warning, c.index, c.raw, "asset-capture", message, hint)
            });
        }
    }

    /// Each redirect followed from a request it answers, through the whole list and the
    /// files, until it leaves the site, stops redirecting, comes back, or goes on too long.
    fn loops(&self, out: &mut Vec<Finding>) {
        let mut cycles: BTreeSet<Vec<usize>> = BTreeSet::new();
        for c in &self.checked {
            if !matches!(self.rule(c).status, Status::Permanent | Status::Temporary) {
                continue;
            }
            let Some(start) = c.probes.first() else { continue };
            out.extend(self.follow(c, start, &mut cycles));
        }
    }

    fn follow(&self, c: &Checked, start: &Probe, cycles: &mut BTreeSet<Vec<usize>>) -> Option<Finding> {
        let mut visited = vec![(start.path.clone(), start.query.clone())];
        // Each redirect: the rule that made it (none: the folder's trailing slash), and where.
        let mut hops: Vec<(Option<usize>, String)> = Vec::new();
        while hops.len() < MAX_HOPS {
            let (path, query) = visited.last().cloned()?;
            let req = Request { host: &start.host, path: &path, query: &query, country: start.country.as_deref() };
            let d = self.set.decide(&req, self.files);
            let Outcome::Redirect { location, .. } = d.outcome else { return None };
            if hops.is_empty() && d.rule != Some(c.index) {
                return None;
            }
            let next = same_site(&location, &start.host)?;
            hops.push((d.rule, location));
            if let Some(at) = visited.iter().position(|v| *v == next) {
                return self.loop_finding(&visited[at].0, &hops[at..], cycles);
            }
            visited.push(next);
        }
        let mut key: Vec<usize> = hops.iter().filter_map(|h| h.0).collect();
        key.sort_unstable();
        key.dedup();
        if !cycles.insert(key) {
            return None;
        }
        let chain: Vec<&str> = hops.iter().take(3).map(|h| h.1.as_str()).collect();
        let message = format!(
            "redirects without end: {} → {} → …, {MAX_HOPS} redirects and counting",
            start.path,
            chain.join(" → ")
        );
        let hint = "its target matches a redirect's source again (/docs/<*> → /docs/v2/<*> sends /docs/v2/x on to \
                    /docs/v2/v2/x): narrow the source, or put a rule for the target above it";
        Some(finding(Severity::Error, c.index, c.raw, "redirect-loop", message, hint))
    }

    /// A cycle of redirects, once per set of rules in it, on the first of them.
    fn loop_finding(
        &self,
        from: &str,
        hops: &[(Option<usize>, String)],
        cycles: &mut BTreeSet<Vec<usize>>,
    ) -> Option<Finding> {
        let mut rules: Vec<usize> = hops.iter().filter_map(|h| h.0).collect();
        rules.sort_unstable();
        rules.dedup();
        let first = *rules.first()?;
        if !cycles.insert(rules.clone()) {
            return None;
        }
        let c = self.checked.iter().find(|c| c.index == first)?;
        let mut path = from.to_string();
        for (rule, location) in hops {
            let by = rule.map_or("the folder's trailing slash".to_string(), |i| format!("rule #{}", i + 1));
            path.push_str(&format!(" → {location} ({by})"));
        }
        let message =
            if rules.len() == 1 { format!("redirects to itself: {path}") } else { format!("redirect loop: {path}") };
        let hint = "change a target so that no redirect's source matches it again (visitors get \"too many \
                    redirects\")";
        Some(finding(Severity::Error, c.index, c.raw, "redirect-loop", message, hint))
    }

    /// Rewrites to files the folder does not hold, and redirects to paths nothing answers.
    fn missing_targets(&self, out: &mut Vec<Finding>) {
        for c in &self.checked {
            let r = self.rule(c);
            if !is_local(&r.target) || r.target.contains('<') || r.appends_path() {
                continue;
            }
            let path = r.target.split(['?', '#']).next().unwrap_or_default();
            let redirect = matches!(r.status, Status::Permanent | Status::Temporary);
            let missing = if redirect {
                let decoded = decode(path);
                let country = r.countries.first().map(String::as_str);
                let req = Request { host: "localhost", path: &decoded, query: "", country };
                self.set.decide(&req, self.files).outcome == Outcome::NotFound
            } else {
                !target_exists(self.files, path)
            };
            if !missing {
                continue;
            }
            out.push(if redirect {
                let message = format!(
                    "redirects to {path}, which the deploy folder does not hold and no rule answers: visitors end on \
                     a 404"
                );
                let hint = "add the page to the build, fix the target, or add a rule for it";
                finding(Severity::Error, c.index, c.raw, "missing-target", message, hint)
            } else {
                let message = format!("serves {path}, which is not in the deploy folder: visitors get a 404");
                let hint = "add the file to the build (a rewrite's target is a file of the site), or fix the target";
                finding(Severity::Error, c.index, c.raw, "missing-target", message, hint)
            });
        }
    }
}

/// Whether a rewrite's target is a file of the site, as the engine looks it up (the path,
/// `.html` added, or a folder's `index.html`).
fn target_exists(files: &dyn Files, path: &str) -> bool {
    let rel = path.trim_start_matches('/');
    if rel.is_empty() || rel.ends_with('/') {
        return files.exists(&format!("{rel}index.html"));
    }
    files.exists(rel) || files.exists(&format!("{rel}.html")) || files.exists(&format!("{rel}/index.html"))
}

/// A redirect's `Location` as a request to the same site (decoded path, query); `None` when
/// it leaves the site.
fn same_site(location: &str, host: &str) -> Option<(String, String)> {
    let local = if is_local(location) {
        location
    } else {
        let (scheme, after) = location.split_once("://")?;
        if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
            return None;
        }
        let (h, rest) = after.split_at(after.find(['/', '?']).unwrap_or(after.len()));
        if !h.split(':').next().unwrap_or_default().eq_ignore_ascii_case(host) {
            return None;
        }
        rest
    };
    let local = local.split('#').next().unwrap_or_default();
    let (path, query) = local.split_once('?').unwrap_or((local, ""));
    Some((decode(if path.is_empty() { "/" } else { path }), query.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(source: &str, target: &str, status: &str) -> Rule {
        Rule::new(source, target, status)
    }

    fn geo(source: &str, target: &str, status: &str, country: &str) -> Rule {
        Rule { condition: Some(format!("<{country}>")), ..Rule::new(source, target, status) }
    }

    fn site(files: &[&str]) -> SiteFiles {
        SiteFiles(files.iter().map(|s| s.to_string()).collect())
    }

    type Want = (Severity, Option<usize>, &'static str);
    /// A name, the rules, the folder's files (when known), and the findings expected.
    type LintCase = (&'static str, Vec<Rule>, Option<Vec<&'static str>>, Vec<Want>);
    use Severity::{Error as E, Warning as W};

    const SPA: &str = SPA_SOURCE;

    /// The lint cases: a rule list (and the folder's files, when known) and exactly the
    /// findings expected, as (severity, rule from 1, check), in five parts.
    fn cases() -> Vec<LintCase> {
        [cases_1(), cases_2(), cases_3(), cases_4(), cases_5()].concat()
    }

    fn cases_1() -> Vec<LintCase> {
        vec![
            ("a clean list", vec![r("/old", "/new", "301"), r("/docs/<*>", "/documents/<*>", "301")], None, vec![]),
            (
                "a literal under an earlier <*>",
                vec![r("/docs/<*>", "/documents/<*>", "301"), r("/docs/intro", "/guide", "301")],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
            (
                "the specific rule first",
                vec![r("/docs/intro", "/guide", "301"), r("/docs/<*>", "/documents/<*>", "301")],
                None,
                vec![],
            ),
            (
                "a source also matches with a trailing slash",
                vec![r("/about", "/about-us", "301"), r("/about/", "/x", "301")],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
            (
                "a slash source does not cover the bare one",
                vec![r("/about/", "/x", "301"), r("/about", "/y", "301")],
                None,
                vec![],
            ),
            (
                "<*> covers <name>",
                vec![r("/blog/<*>", "/news/<*>", "301"), r("/blog/<slug>", "/posts/<slug>", "301")],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
            (
                "<name> does not cover <*>",
                vec![r("/blog/<slug>", "/posts/<slug>", "301"), r("/blog/<*>", "/news/<*>", "301")],
                None,
                vec![],
            ),
            (
                "an identical duplicate",
                vec![r("/a", "/b", "301"), r("/a", "/b", "301")],
                None,
                vec![(W, Some(2), "duplicate")],
            ),
            (
                "a conflicting duplicate",
                vec![r("/a", "/b", "301"), r("/a", "/c", "302")],
                None,
                vec![(E, Some(2), "duplicate")],
            ),
            (
                "a 404-200 rule under a later 301 with its source",
                vec![r("/x", "/index.html", "404-200"), r("/x", "/y", "301")],
                None,
                vec![(E, Some(1), "duplicate")],
            ),
            (
                "a country rule does not cover the rule for everyone",
                vec![geo("/geo", "/us.html", "302", "US"), r("/geo", "/else.html", "302")],
                None,
                vec![],
            ),
            (
                "the rule for everyone covers a later country rule",
                vec![r("/geo", "/else.html", "302"), geo("/geo", "/us.html", "302", "US")],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
            (
                "a path covers the same path with a query",
                vec![r("/search", "/s", "301"), r("/search?q=<term>", "/r/<term>", "302")],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
        ]
    }

    fn cases_5() -> Vec<LintCase> {
        vec![(
            "a control character in a target",
            vec![r("/old", "/new", "301"), r("/t", "/u\u{1b}[31m", "301")],
            None,
            vec![(E, Some(2), "control-character")],
        )]
    }

    fn cases_2() -> Vec<LintCase> {
        vec![
            (
                "a query rule does not cover the bare path",
                vec![r("/search?q=<term>", "/r/<term>", "302"), r("/search", "/s", "301")],
                None,
                vec![],
            ),
            (
                "a query placeholder covers a query literal",
                vec![r("/go?to=<place>", "/p/<place>", "302"), r("/go?to=home", "/", "301")],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
            (
                "the single-page-app rule placed first",
                vec![r(SPA, "/index.html", "200"), r("/docs/<*>", "/documents/<*>", "301")],
                None,
                vec![(E, Some(1), "catch-all-first")],
            ),
            (
                "a /<*> 200 rewrite placed first",
                vec![r("/<*>", "/index.html", "200"), r("/old", "/new", "301")],
                None,
                vec![(E, Some(1), "catch-all-first"), (E, Some(1), "asset-capture")],
            ),
            (
                "a /<*> 200 rewrite placed last",
                vec![r("/old", "/new", "301"), r("/<*>", "/index.html", "200")],
                None,
                vec![(E, Some(2), "asset-capture")],
            ),
            (
                "the console's 404-200 catch-all",
                vec![r("/<*>", "/index.html", "404-200")],
                None,
                vec![(W, Some(1), "asset-capture")],
            ),
            ("the single-page-app rule alone", vec![r(SPA, "/index.html", "200")], None, vec![]),
            (
                "a 404-200 catch-all above a specific 404-200",
                vec![r("/<*>", "/index.html", "404-200"), r("/docs/<*>", "/docs/<*>.html", "404-200")],
                None,
                vec![(E, Some(1), "catch-all-first"), (W, Some(1), "asset-capture")],
            ),
            (
                "a 404-200 catch-all above a redirect (which applies first anyway)",
                vec![r("/<*>", "/index.html", "404-200"), r("/old", "/new", "301")],
                None,
                vec![(W, Some(1), "asset-capture")],
            ),
            (
                "a 200 catch-all hides a 404 rule wherever it is",
                vec![r("/<*>", "/index.html", "200"), r("/gone/<*>", "/404.html", "404")],
                None,
                vec![(E, Some(1), "asset-capture"), (E, Some(2), "shadowed")],
            ),
            (
                "a redirect loop",
                vec![r("/a", "/b", "301"), r("/b", "/a", "302")],
                None,
                vec![(E, Some(1), "redirect-loop")],
            ),
            ("a redirect to itself", vec![r("/<*>", "/index.html", "301")], None, vec![(E, Some(1), "redirect-loop")]),
            (
                "a redirect without end",
                vec![r("/docs/<*>", "/docs/v2/<*>", "301")],
                None,
                vec![(E, Some(1), "redirect-loop")],
            ),
        ]
    }

    fn cases_3() -> Vec<LintCase> {
        vec![
            (
                "a loop through the folder's trailing slash",
                vec![r("/blog/", "/blog", "301")],
                Some(vec!["blog/index.html"]),
                vec![(E, Some(1), "redirect-loop")],
            ),
            (
                "a rewrite to a file the folder lacks",
                vec![r("/about-us", "/about.html", "200")],
                Some(vec!["index.html"]),
                vec![(E, Some(1), "missing-target")],
            ),
            (
                "a redirect nothing answers",
                vec![r("/old", "/new", "301")],
                Some(vec!["index.html"]),
                vec![(E, Some(1), "missing-target")],
            ),
            ("a redirect to a clean URL", vec![r("/old", "/new", "301")], Some(vec!["index.html", "new.html"]), vec![]),
            (
                "a redirect to a path a rule answers",
                vec![r("/old", "/new", "301"), r("/new", "/index.html", "200")],
                Some(vec!["index.html"]),
                vec![],
            ),
            (
                "a placeholder the source does not capture",
                vec![r("/a", "/b/<name>", "301")],
                None,
                vec![(E, Some(1), "placeholder")],
            ),
            (
                "a placeholder after a regex",
                vec![r("</^/x$/>", "/y/<*>", "301")],
                None,
                vec![(E, Some(1), "placeholder")],
            ),
            (
                "Netlify's :placeholders",
                vec![r("/blog/:slug", "/posts/:slug", "301")],
                None,
                vec![(W, Some(1), "placeholder")],
            ),
        ]
    }

    fn cases_4() -> Vec<LintCase> {
        let long = format!("/{}", "a".repeat(MAX_FIELD + 10));
        let many: Vec<Rule> = (0..=MANY_RULES).map(|i| r(&format!("/r{i}"), "/404.html", "404")).collect();
        vec![
            ("a status Amplify does not have", vec![r("/a", "/b", "418")], None, vec![(E, Some(1), "invalid")]),
            ("a broken placeholder", vec![r("/<bad name>", "/x", "301")], None, vec![(E, Some(1), "invalid")]),
            ("an empty target", vec![r("/a", "/b", "301"), r("/b", "", "200")], None, vec![(E, Some(2), "invalid")]),
            ("an empty source", vec![r("", "/b", "301")], None, vec![(E, Some(1), "invalid")]),
            ("a source over the model's length", vec![r(&long, "/x", "301")], None, vec![(E, Some(1), "too-long")]),
            ("a list above the threshold", many, None, vec![(W, None, "size")]),
            (
                "a domain repeated with a trailing slash",
                vec![
                    r("https://example.com", "https://www.example.com", "301"),
                    r("https://example.com/", "https://new.example.com", "302"),
                ],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
            (
                "a path catch-all covers a later domain",
                vec![
                    r("/<*>", "https://new.example.com/<*>", "301"),
                    r("https://old.example.com", "https://x.example.com", "301"),
                ],
                None,
                vec![(E, Some(2), "shadowed")],
            ),
            (
                "a regex that probably covers a later pattern",
                vec![r("</^/blog/.*$/>", "/news", "301"), r("/blog/<slug>", "/posts/<slug>", "301")],
                None,
                vec![(W, Some(2), "shadowed")],
            ),
            (
                "a good list with its folder",
                vec![r("/old", "/new", "301"), r("/docs/<*>", "/documents/<*>", "301"), r(SPA, "/index.html", "200")],
                Some(vec!["index.html", "assets/app.js", "fonts/inter.woff2"]),
                vec![],
            ),
            (
                "a single-page-app rule over a folder of pages",
                vec![r(SPA, "/index.html", "200")],
                Some(vec!["index.html", "contact.html", "blog/post1.html", "assets/app.js"]),
                vec![(E, Some(1), "asset-capture")],
            ),
            (
                "an older single-page-app rule, over a folder with no file it would answer",
                vec![r(
                    r"</^[^.]+$|\.(?!(css|gif|ico|jpg|js|png|txt|svg|woff|ttf|map|json)$)([^.]+$)/>",
                    "/index.html",
                    "200",
                )],
                Some(vec!["index.html", "assets/app.js", "fonts/inter.woff"]),
                vec![],
            ),
        ]
    }

    #[test]
    fn each_lint_case_finds_exactly_what_it_should() {
        let all = cases();
        assert!(all.len() >= 25, "{} cases", all.len());
        for (name, rules, files, want) in all {
            let files = files.map(|f| site(&f));
            let found = lint(&rules, files.as_ref());
            let got: Vec<Want> = found.iter().map(|f| (f.severity, f.rule, f.check)).collect();
            assert_eq!(got, want, "{name}:\n{}", found.iter().map(Finding::line).collect::<Vec<_>>().join("\n"));
            for f in &found {
                assert!(!f.message.is_empty() && !f.hint.is_empty(), "{name}: {f:?}");
                if let Some(n) = f.rule {
                    assert_eq!(f.source.as_deref(), Some(rules[n - 1].source.as_str()), "{name}");
                }
            }
        }
    }

    #[test]
    fn messages_say_what_and_where() {
        let found = lint(&[r("/a", "/b", "301"), r("/b", "/a", "302")], None);
        assert_eq!(found[0].message, "redirect loop: /a → /b (rule #1) → /a (rule #2)");
        let found = lint(&[r("/<*>", "/index.html", "301")], None);
        assert_eq!(found[0].message, "redirects to itself: /index.html → /index.html (rule #1)");
        let found = lint(&[r("/docs/<*>", "/documents/<*>", "301"), r("/docs/intro", "/guide", "301")], None);
        assert_eq!(
            found[0].line(),
            "rule #2 (/docs/intro) [shadowed]: can never match: rule #1 (301 /docs/<*> → /documents/<*>) matches every \
             request it would, and answers first (fix: remove it, or move it above rule #1 if it is meant to win)"
        );
        let found =
            lint(&[r(SPA, "/index.html", "200"), r("/old", "/new", "301"), r("/docs/<*>", "/d/<*>", "302")], None);
        assert_eq!(
            found[0].message,
            "a catch-all placed before 2 more specific rule(s), which it answers first: #2 /old, #3 /docs/<*>"
        );
        assert_eq!(counts(&found), (1, 0));
    }

    #[test]
    fn pattern_inclusion_is_exact() {
        let p = |s: &str| path_elems(s).unwrap();
        let table = [
            ("/<*>", "/anything/<*>", true),
            ("/<*>", "/", true),
            ("/a/<*>", "/a", false),
            ("/a/<*>", "/a/", true),
            ("/<x>", "/<y>/", true),
            ("/<x>", "/a/b", false),
            ("/<x>/<y>", "/<*>", false),
            ("/a<*>", "/ab/c", true),
            ("/a-<x>", "/a-1", true),
            ("/a-<x>", "/a-", false),
            ("/files/<*>.pdf", "/files/x.pdf", true),
            ("/files/<*>.pdf", "/files/<*>", false),
        ];
        for (outer, inner, want) in table {
            assert_eq!(includes(&p(outer), &p(inner)), want, "{outer} ⊇ {inner}");
        }
    }
}
