//! Other hosts' redirects as Amplify rules: Netlify's `_redirects` and `netlify.toml`
//! `[[redirects]]`, Vercel's `vercel.json` `redirects` and `rewrites`, and CSV
//! (`source,target,status[,condition]`, in Amplify's own syntax). Pure: text in, rules out,
//! with what could not be translated and why, and what changed meaning on the way, each
//! with its line in the input.
//!
//! How meanings map (AWS: 200, 301 and 302 rules apply before the files are looked at; 404 and
//! 404-200 only when nothing exists at the path):
//! - placeholders: `*` and `:splat` are `<*>`; `:name` is `<name>`; Vercel's `:name*`,
//!   `:name+` and `(.*)` at the end are `<*>`;
//! - Netlify's unforced 200 rewrites (and Vercel's rewrites, applied after the filesystem)
//!   serve their target only when no file exists at the path: that is Amplify's 404-200.
//!   A 200 to an absolute URL (a proxy) stays 200;
//! - forced rules (`301!`, `force = true`) shadow files, as Amplify's 200/301/302 always do;
//!   unforced 301/302 let a file win on Netlify, which Amplify cannot express (noted);
//! - `Country=us,ca` becomes one rule per country with the condition `<US>`, `<CA>`;
//! - 307/308 become 302/301 (noted: the method is no longer kept);
//! - what Amplify has no equivalent for is listed, not guessed: query-parameter matching,
//!   `Language=`, `Role=` and cookie conditions, 404s rewriting the path with `:splat`,
//!   Vercel's `has`/`missing`, regular expressions, headers and signatures on redirects,
//!   statuses other than 200/301/302/404, domains with a path.

use super::Rule;
use serde_json::Value;

/// The formats `rules import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Netlify's `_redirects`.
    Netlify,
    /// `netlify.toml`'s `[[redirects]]`.
    NetlifyToml,
    /// `vercel.json`'s `redirects` and `rewrites`.
    Vercel,
    /// `source,target,status[,condition]`.
    Csv,
}

impl Format {
    /// The format a file's name says: `_redirects`, `netlify.toml`, `vercel.json`, `*.csv`.
    pub fn detect(path: &std::path::Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        match name.as_str() {
            "_redirects" => Some(Format::Netlify),
            "netlify.toml" => Some(Format::NetlifyToml),
            "vercel.json" => Some(Format::Vercel),
            n if n.ends_with(".csv") => Some(Format::Csv),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Netlify => "Netlify _redirects",
            Format::NetlifyToml => "netlify.toml",
            Format::Vercel => "vercel.json",
            Format::Csv => "CSV",
        }
    }
}

/// A line of the input that gave no rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untranslated {
    /// 1-based line in the input.
    pub line: usize,
    /// The line (or, for structured files, the entry in short).
    pub text: String,
    pub why: String,
}

/// A rule translated with a change of meaning worth knowing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub line: usize,
    pub why: String,
}

#[derive(Debug, Default)]
pub struct Translation {
    pub rules: Vec<Rule>,
    pub untranslated: Vec<Untranslated>,
    pub notes: Vec<Note>,
}

/// Translates `text`, in `format`, into Amplify rules, in the order they apply.
pub fn translate(format: Format, text: &str) -> Translation {
    let mut out = Translation::default();
    match format {
        Format::Netlify => netlify_redirects(text, &mut out),
        Format::NetlifyToml => netlify_toml(text, &mut out),
        Format::Vercel => vercel(text, &mut out),
        Format::Csv => csv(text, &mut out),
    }
    out
}

impl Translation {
    fn skip(&mut self, line: usize, text: &str, why: impl Into<String>) {
        self.untranslated.push(Untranslated { line, text: text.to_string(), why: why.into() });
    }

    fn note(&mut self, line: usize, why: impl Into<String>) {
        self.notes.push(Note { line, why: why.into() });
    }

    /// Adds the rules if Amplify would take them (each is read as Amplify does), else lists
    /// the entry with Amplify's objection; the notes count only when the rules are kept.
    fn keep(&mut self, line: usize, text: &str, rules: Vec<Rule>, notes: Vec<String>) {
        for rule in &rules {
            if let Err(errors) = super::check_rules(std::slice::from_ref(rule)) {
                let problem = errors.first().map(|e| e.split_once("): ").map_or(e.as_str(), |(_, p)| p).to_string());
                self.skip(line, text, format!("Amplify would refuse it: {}", problem.unwrap_or_default()));
                return;
            }
        }
        self.rules.extend(rules);
        for n in notes {
            self.note(line, n);
        }
    }
}

const FORCED: &str = "forced: Amplify applies 200, 301 and 302 rules before looking for files anyway, so \
                      the rule keeps shadowing existing files";
const UNFORCED_REWRITE: &str = "not forced: Netlify rewrites only when no file exists at the path, which is \
                                Amplify's 404-200 (a 200 rule would also answer for existing files such as /app.js)";
const UNFORCED_REDIRECT: &str = "not forced: on Netlify an existing file at the path wins over the redirect; \
                                 Amplify redirects even when a file exists (it has no redirect that waits for \
                                 missing paths)";
const QUERY: &str = "query-parameter matching: Amplify rules match the path; a query parameter's value cannot \
                     be required or captured";
const HEADERS: &str = "headers in redirects: an Amplify rule cannot send or require headers (response headers \
                       by path go in customHttp.yml: `amphost headers`)";

/// `:name` → `<name>`, `:splat` → `<*>`.
fn netlify_placeholders(s: &str) -> String {
    let re = regex::Regex::new(r":([A-Za-z_][A-Za-z0-9_]*)").expect("a valid regex");
    re.replace_all(s, |c: &regex::Captures| if &c[1] == "splat" { "<*>".to_string() } else { format!("<{}>", &c[1]) })
        .into_owned()
}

fn is_url(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// A Netlify redirect, from either file.
struct NetlifyRedirect<'a> {
    line: usize,
    text: &'a str,
    from: &'a str,
    to: &'a str,
    /// 301 when absent.
    status: Option<u16>,
    force: bool,
    /// `(key, values)`: `Country`, `Language`, `Role`, `Cookie`.
    conditions: Vec<(String, Vec<String>)>,
    query: bool,
    headers: bool,
    signed: bool,
}

fn netlify_rule(r: NetlifyRedirect, out: &mut Translation) {
    let (line, text) = (r.line, r.text);
    let mut notes: Vec<String> = Vec::new();
    let translated = netlify_unsupported(&r)
        .map_or(Ok(()), Err)
        .and_then(|()| netlify_countries(&r))
        .and_then(|countries| Ok((countries, netlify_code(&r, &mut notes)?)))
        .and_then(|(countries, code)| Ok((countries, code, netlify_source_target(&r, code)?)));
    let (countries, code, (source, target)) = match translated {
        Ok(t) => t,
        Err(why) => return out.skip(line, text, why),
    };
    if r.force && matches!(code, "200" | "301" | "302") {
        notes.push(FORCED.to_string());
    } else if !r.force && matches!(code, "301" | "302") {
        notes.push(UNFORCED_REDIRECT.to_string());
    }
    let rules: Vec<Rule> = if countries.is_empty() {
        vec![Rule::new(source, target, code)]
    } else {
        countries
            .iter()
            .map(|c| Rule { condition: Some(format!("<{c}>")), ..Rule::new(source.clone(), target.clone(), code) })
            .collect()
    };
    out.keep(line, text, rules, notes);
}

/// What a Netlify redirect does that no Amplify rule can.
fn netlify_unsupported(r: &NetlifyRedirect) -> Option<String> {
    if r.query {
        return Some(QUERY.to_string());
    }
    if r.headers {
        return Some(HEADERS.to_string());
    }
    r.signed.then(|| "signed proxy requests: Amplify cannot sign what it proxies".to_string())
}

/// The redirect's countries (two-letter codes, upper case); any other condition cannot be had.
fn netlify_countries(r: &NetlifyRedirect) -> Result<Vec<String>, String> {
    let mut countries: Vec<String> = Vec::new();
    for (key, values) in &r.conditions {
        match key.to_ascii_lowercase().as_str() {
            "country" => countries.extend(values.iter().map(|v| v.trim().to_ascii_uppercase())),
            "language" => return Err("Language= conditions: Amplify's conditions are countries only".into()),
            "role" => {
                return Err("role-based conditions (Netlify Identity): Amplify has no users or roles; protect the \
                            branch with basic auth instead"
                    .into())
            }
            "cookie" => return Err("cookie conditions: Amplify rules cannot look at cookies".into()),
            other => return Err(format!("the condition {other:?}: Amplify's conditions are countries only")),
        }
    }
    if let Some(bad) = countries.iter().find(|c| c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic())) {
        return Err(format!("Country={bad}: Amplify takes two-letter country codes"));
    }
    Ok(countries)
}

/// Amplify's status for the redirect's, with what changes in `notes`.
fn netlify_code(r: &NetlifyRedirect, notes: &mut Vec<String>) -> Result<&'static str, String> {
    let status = r.status.unwrap_or(301);
    Ok(match status {
        200 if is_url(r.to) || r.force => "200",
        200 => {
            notes.push(UNFORCED_REWRITE.to_string());
            "404-200"
        }
        301 => "301",
        302 => "302",
        307 | 308 => {
            let code = if status == 308 { "301" } else { "302" };
            notes.push(format!(
                "{status} became {code}: Amplify's redirects are 301 and 302, which let clients change a POST into a GET"
            ));
            code
        }
        404 if r.to.contains(':') && netlify_placeholders(r.to) != r.to => {
            return Err("404 with :splat path rewriting: Amplify's 404 rules serve one page, whatever the path".into())
        }
        404 => {
            if r.force {
                notes.push(
                    "forced 404: Amplify's 404 rules apply only when nothing exists at the path, so existing files \
                     are still served"
                        .to_string(),
                );
            }
            "404"
        }
        other => {
            return Err(format!(
                "status {other}: Amplify rules answer 200 (rewrite or proxy), 301, 302, 404 or 404-200"
            ))
        }
    })
}

/// The source (a path with `*` only at the end, or a whole domain `https://host/*`) and the
/// target, with Netlify's placeholders in Amplify's spelling.
fn netlify_source_target(r: &NetlifyRedirect, code: &str) -> Result<(String, String), String> {
    if is_url(r.from) {
        let (scheme, rest) = r.from.split_once("://").unwrap_or(("https", r.from));
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        return match (path, r.to.strip_suffix(":splat")) {
            ("/*", Some(base)) if code != "404" => Ok((format!("{scheme}://{host}"), base.to_string())),
            _ => Err("a domain with a path: Amplify's domain rules take a whole domain (`https://host/*` to a \
                      target ending in /:splat) and append the request's path to the target"
                .into()),
        };
    }
    let star = r.from.find('*');
    if star.is_some_and(|p| p + 1 != r.from.len()) {
        return Err("a `*` that is not at the end: Amplify's <*> matches the rest of the path".into());
    }
    let body = r.from.strip_suffix('*').unwrap_or(r.from);
    let mut source = netlify_placeholders(body);
    if star.is_some() {
        source.push_str("<*>");
    }
    Ok((source, netlify_placeholders(r.to)))
}

/// `_redirects`: `FROM [QUERY=:param…] TO [STATUS[!]] [Key=value,…]`, `#` comments.
fn netlify_redirects(text: &str, out: &mut Translation) {
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let shown = raw.trim();
        if shown.is_empty() || shown.starts_with('#') {
            continue;
        }
        let tokens: Vec<&str> = shown.split_whitespace().take_while(|t| !t.starts_with('#')).collect();
        let Some(from) = tokens.first().copied() else { continue };
        let mut i = 1;
        let mut query = false;
        while tokens.get(i).is_some_and(|t| t.contains('=') && !t.starts_with('/') && !is_url(t)) {
            query = true;
            i += 1;
        }
        let Some(to) = tokens.get(i).copied() else {
            out.skip(line, shown, "a rule needs a source and a target");
            continue;
        };
        i += 1;
        let (mut status, mut force) = (None, false);
        if let Some(&t) = tokens.get(i) {
            let digits = t.strip_suffix('!').unwrap_or(t);
            if let Ok(code) = digits.parse::<u16>() {
                status = Some(code);
                force = t.ends_with('!');
                i += 1;
            }
        }
        let mut conditions = Vec::new();
        let mut stray = None;
        for t in &tokens[i..] {
            match t.split_once('=') {
                Some((k, v)) => conditions.push((k.to_string(), v.split(',').map(str::to_string).collect())),
                None => stray = Some(*t),
            }
        }
        if let Some(t) = stray {
            out.skip(line, shown, format!("{t:?} is neither a status nor a Key=value condition"));
            continue;
        }
        let r = NetlifyRedirect {
            line,
            text: shown,
            from,
            to,
            status,
            force,
            conditions,
            query,
            headers: false,
            signed: false,
        };
        netlify_rule(r, out);
    }
}

/// The 1-based lines of the `[[NAME]]` headers of a TOML text, in order.
fn table_lines(text: &str, name: &str) -> Vec<usize> {
    let header = format!("[[{name}]]");
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim().replace(' ', "").starts_with(&header))
        .map(|(n, _)| n + 1)
        .collect()
}

/// The line where `key =` is first set, for entries written inline.
fn key_line(text: &str, key: &str) -> usize {
    text.lines().position(|l| l.trim_start().starts_with(key) && l.contains('=')).map_or(1, |n| n + 1)
}

/// `netlify.toml`'s `[[redirects]]`.
fn netlify_toml(text: &str, out: &mut Translation) {
    let doc: toml::Table = match toml::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            let line = e.span().map_or(1, |s| super::line_col(text, s.start).0);
            return out.skip(line, "", format!("netlify.toml is not valid TOML: {}", e.message().trim()));
        }
    };
    let lines = table_lines(text, "redirects");
    let inline = key_line(text, "redirects");
    let entries = doc.get("redirects").and_then(toml::Value::as_array).cloned().unwrap_or_default();
    for (k, entry) in entries.iter().enumerate() {
        let line = lines.get(k).copied().unwrap_or(inline);
        let Some(t) = entry.as_table() else {
            out.skip(line, "", "a [[redirects]] entry must be a table");
            continue;
        };
        let s = |key: &str| t.get(key).and_then(toml::Value::as_str).unwrap_or_default();
        let (from, to) = (s("from"), s("to"));
        let shown = format!("{from} → {to}");
        if from.is_empty() || to.is_empty() {
            out.skip(line, &shown, "a redirect needs `from` and `to`");
            continue;
        }
        let status = match t.get("status") {
            None => None,
            Some(v) => match v.as_integer().and_then(|n| u16::try_from(n).ok()) {
                Some(n) => Some(n),
                None => {
                    out.skip(line, &shown, format!("status {v} is not a number"));
                    continue;
                }
            },
        };
        let non_empty = |key: &str| t.get(key).is_some_and(|v| v.as_table().is_none_or(|t| !t.is_empty()));
        let conditions: Vec<(String, Vec<String>)> = t
            .get("conditions")
            .and_then(toml::Value::as_table)
            .map(|c| {
                c.iter()
                    .map(|(k, v)| {
                        let values: Vec<String> = match v {
                            toml::Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
                            toml::Value::String(s) => s.split(',').map(str::to_string).collect(),
                            other => vec![other.to_string()],
                        };
                        (k.clone(), values)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let r = NetlifyRedirect {
            line,
            text: &shown,
            from,
            to,
            status,
            force: t.get("force").and_then(toml::Value::as_bool).unwrap_or(false),
            conditions,
            query: non_empty("query"),
            headers: non_empty("headers"),
            signed: t.contains_key("signed"),
        };
        netlify_rule(r, out);
    }
    if let Some(&line) = table_lines(text, "headers").first() {
        out.skip(
            line,
            "[[headers]]",
            "response headers are not rules: write them in customHttp.yml (`amphost headers push`)",
        );
    }
}

/// The 1-based lines where the items of the JSON array under `"key":` start.
fn array_item_lines(text: &str, key: &str) -> Vec<usize> {
    let needle = format!("\"{key}\"");
    let mut from = 0;
    while let Some(p) = text[from..].find(&needle) {
        let after = from + p + needle.len();
        let rest = text[after..].trim_start();
        if let Some(value) = rest.strip_prefix(':').map(str::trim_start) {
            if value.starts_with('[') {
                return items_from(text, text.len() - value.len());
            }
        }
        from = after;
    }
    Vec::new()
}

fn items_from(text: &str, open: usize) -> Vec<usize> {
    let mut lines = Vec::new();
    let (mut depth, mut in_string, mut escaped, mut expect) = (0usize, false, false, true);
    for (i, c) in text[open..].char_indices() {
        let at = open + i;
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if depth == 1 && expect && !c.is_whitespace() && c != ']' && c != ',' {
            lines.push(super::line_col(text, at).0);
            expect = false;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => depth += 1,
            ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => expect = true,
            _ => {}
        }
    }
    lines
}

/// A Vercel (path-to-regexp) source as an Amplify source, and the name its `<*>` stands for.
fn vercel_source(source: &str) -> Result<(String, Option<String>), String> {
    let regex = || {
        "regex sources (a parameter with a pattern, or a group): Amplify's placeholders are <name> and <*>; \
                    rewrite it by hand as a </regex/> source if it needs one"
            .to_string()
    };
    let mut out = String::new();
    let mut splat = None;
    let chars: Vec<char> = source.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ':' {
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            if j == start {
                out.push(c);
                i += 1;
                continue;
            }
            let name: String = chars[start..j].iter().collect();
            match chars.get(j) {
                Some('*') | Some('+') if j + 1 == chars.len() => {
                    out.push_str("<*>");
                    splat = Some(name);
                    i = j + 1;
                }
                Some('*') | Some('+') => return Err("a repeated parameter that is not at the end".into()),
                Some('?') => return Err("optional parameters: an Amplify placeholder always matches a segment".into()),
                Some('(') => return Err(regex()),
                _ => {
                    out.push_str(&format!("<{name}>"));
                    i = j;
                }
            }
        } else if c == '(' {
            let rest: String = chars[i..].iter().collect();
            if rest == "(.*)" {
                out.push_str("<*>");
                splat = Some("$1".to_string());
                i = chars.len();
            } else {
                return Err(regex());
            }
        } else if c == '*' {
            return Err(regex());
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok((out, splat))
}

fn vercel_destination(destination: &str, splat: Option<&str>) -> String {
    let re = regex::Regex::new(r":([A-Za-z_][A-Za-z0-9_]*)[*+]?").expect("a valid regex");
    let mut out = re
        .replace_all(
            destination,
            |c: &regex::Captures| {
                if Some(&c[1]) == splat {
                    "<*>".to_string()
                } else {
                    format!("<{}>", &c[1])
                }
            },
        )
        .into_owned();
    if splat == Some("$1") {
        out = out.replace("$1", "<*>");
    }
    out
}

/// `vercel.json`: `redirects` (applied first on Vercel), then `rewrites` (after the files).
fn vercel(text: &str, out: &mut Translation) {
    let doc: Value = match serde_json::from_str(text) {
        Ok(d) => d,
        Err(e) => return out.skip(e.line(), "", format!("vercel.json is not valid JSON: {e}")),
    };
    for key in ["redirects", "rewrites"] {
        let lines = array_item_lines(text, key);
        let entries = doc.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        for (k, entry) in entries.iter().enumerate() {
            let line = lines.get(k).copied().unwrap_or(1);
            let s = |f: &str| entry.get(f).and_then(Value::as_str).unwrap_or_default();
            let (source, destination) = (s("source"), s("destination"));
            let shown = format!("{source} → {destination}");
            match vercel_entry(key, entry, source, destination) {
                Ok((rule, notes)) => out.keep(line, &shown, vec![rule], notes),
                Err(why) => out.skip(line, &shown, why),
            }
        }
    }
    for (key, why) in [
        ("headers", "response headers are not rules: write them in customHttp.yml (`amphost headers push`)"),
        (
            "routes",
            "legacy `routes` (regular expressions, `handle`, `continue`): rewrite them as redirects and rewrites first",
        ),
    ] {
        if doc.get(key).and_then(Value::as_array).is_some_and(|a| !a.is_empty()) {
            let line = text.find(&format!("\"{key}\"")).map_or(1, |at| super::line_col(text, at).0);
            out.skip(line, key, why);
        }
    }
}

/// One entry of `redirects` or `rewrites` (`key`) as an Amplify rule, with notes on what
/// changes, or why it cannot be translated.
fn vercel_entry(key: &str, entry: &Value, source: &str, destination: &str) -> Result<(Rule, Vec<String>), String> {
    if source.is_empty() || destination.is_empty() {
        return Err("an entry needs `source` and `destination`".into());
    }
    let present = |f: &str| entry.get(f).is_some_and(|v| v.as_array().is_none_or(|a| !a.is_empty()));
    if present("has") || present("missing") {
        return Err("Vercel `has`/`missing` conditions (headers, cookies, query, host): Amplify's conditions are \
                    countries only"
            .into());
    }
    if present("headers") {
        return Err(HEADERS.to_string());
    }
    let (amp_source, splat) = vercel_source(source)?;
    let target = vercel_destination(destination, splat.as_deref());
    let mut notes = Vec::new();
    let code = if key == "redirects" {
        vercel_redirect_code(entry, &mut notes)?
    } else if is_url(destination) {
        "200"
    } else {
        notes.push(
            "Vercel applies rewrites after its files (an existing file wins), which is Amplify's 404-200".to_string(),
        );
        "404-200"
    };
    Ok((Rule::new(amp_source, target, code), notes))
}

/// A Vercel redirect's status (`statusCode`, else 307/308 by `permanent`) as Amplify's.
fn vercel_redirect_code(entry: &Value, notes: &mut Vec<String>) -> Result<&'static str, String> {
    let status = match entry.get("statusCode").and_then(Value::as_u64) {
        Some(n) => n,
        None if entry.get("permanent").and_then(Value::as_bool) == Some(false) => 307,
        None => 308,
    };
    match status {
        301 => Ok("301"),
        302 => Ok("302"),
        307 | 308 => {
            let amp = if status == 308 { "301" } else { "302" };
            notes.push(format!(
                "{status} became {amp}: Amplify's redirects are 301 and 302, which let clients change a POST into a GET"
            ));
            Ok(amp)
        }
        other => Err(format!("status {other}: Amplify's redirects are 301 and 302")),
    }
}

/// The fields of one CSV line (`"…"` quoting, `""` for a quote).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields.into_iter().map(|f| f.trim().to_string()).collect()
}

/// CSV: `source,target,status[,condition]` in Amplify's syntax, a header line allowed; a
/// missing status is 301 (a list of old and new addresses).
fn csv(text: &str, out: &mut Translation) {
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let shown = raw.trim();
        if shown.is_empty() || shown.starts_with('#') {
            continue;
        }
        let fields = csv_fields(shown);
        if fields[0].eq_ignore_ascii_case("source") {
            continue;
        }
        if fields.len() < 2 || fields[1].is_empty() {
            out.skip(line, shown, "a row needs a source and a target");
            continue;
        }
        let status = fields.get(2).filter(|s| !s.is_empty()).map_or("301", String::as_str);
        let mut rule = Rule::new(fields[0].clone(), fields[1].clone(), status);
        rule.condition = fields.get(3).filter(|c| !c.is_empty()).cloned();
        out.keep(line, shown, vec![rule], Vec::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A case: the input, the rules expected (source, target, status, condition), and words
    /// of each untranslated reason and each note, in order.
    struct Case {
        format: Format,
        input: &'static str,
        rules: &'static [(&'static str, &'static str, &'static str, &'static str)],
        untranslated: &'static [(usize, &'static str)],
        notes: &'static [&'static str],
    }

    const fn case(
        format: Format,
        input: &'static str,
        rules: &'static [(&'static str, &'static str, &'static str, &'static str)],
        untranslated: &'static [(usize, &'static str)],
        notes: &'static [&'static str],
    ) -> Case {
        Case { format, input, rules, untranslated, notes }
    }

    use super::Format::{Csv, Netlify, NetlifyToml, Vercel};

    const CASES: &[Case] = &[
        // Netlify _redirects
        case(Netlify, "/home  /  301", &[("/home", "/", "301", "")], &[], &["not forced"]),
        case(Netlify, "/blog/*  /news/:splat  301!", &[("/blog/<*>", "/news/<*>", "301", "")], &[], &["forced"]),
        case(
            Netlify,
            "/news/:year/:month/:slug  /blog/:year/:month/:slug",
            &[("/news/<year>/<month>/<slug>", "/blog/<year>/<month>/<slug>", "301", "")],
            &[],
            &["not forced"],
        ),
        case(Netlify, "/*    /index.html   200", &[("/<*>", "/index.html", "404-200", "")], &[], &["404-200"]),
        case(
            Netlify,
            "/api/*  https://api.example.com/:splat  200",
            &[("/api/<*>", "https://api.example.com/<*>", "200", "")],
            &[],
            &[],
        ),
        case(Netlify, "/admin/*  /admin/index.html  200!", &[("/admin/<*>", "/admin/index.html", "200", "")], &[], &["forced"]),
        case(Netlify, "/  /fr  302!  Country=fr", &[("/", "/fr", "302", "<FR>")], &[], &["forced"]),
        case(
            Netlify,
            "/  /anz  302!  Country=au,nz",
            &[("/", "/anz", "302", "<AU>"), ("/", "/anz", "302", "<NZ>")],
            &[],
            &["forced"],
        ),
        case(Netlify, "/  /china  302  Language=zh", &[], &[(1, "Language=")], &[]),
        case(Netlify, "/admin/*  /admin/:splat  200!  Role=admin", &[], &[(1, "role-based")], &[]),
        case(Netlify, "/store id=:id  /blog/:id  301", &[], &[(1, "query-parameter")], &[]),
        case(Netlify, "/*  /404.html  404", &[("/<*>", "/404.html", "404", "")], &[], &[]),
        case(Netlify, "/blog/*  /blog/:splat/404.html  404", &[], &[(1, "404 with :splat")], &[]),
        case(
            Netlify,
            "https://old.example.com/*  https://new.example.com/:splat  301!",
            &[("https://old.example.com", "https://new.example.com/", "301", "")],
            &[],
            &["forced"],
        ),
        case(Netlify, "https://old.example.com/blog/*  https://new.example.com/:splat  301!", &[], &[(1, "a domain with a path")], &[]),
        case(Netlify, "/gone  /  410", &[], &[(1, "status 410")], &[]),
        case(Netlify, "/temp  /other  307!", &[("/temp", "/other", "302", "")], &[], &["307 became 302", "forced"]),
        case(Netlify, "/  /welcome  302  Cookie=session", &[], &[(1, "cookie conditions")], &[]),
        case(
            Netlify,
            "# moved pages\n\n/a  /b  301!  # inline comment\n/lonely\n",
            &[("/a", "/b", "301", "")],
            &[(4, "a source and a target")],
            &["forced"],
        ),
        case(Netlify, "/a/*/b  /c  301", &[], &[(1, "not at the end")], &[]),
        case(Netlify, "/en/*  /en/404.html  404!", &[("/en/<*>", "/en/404.html", "404", "")], &[], &["forced 404"]),
        case(Netlify, "/x  /y  301  Country=usa", &[], &[(1, "two-letter")], &[]),
        case(Netlify, "/p/:id  /q/:other  301!", &[], &[(1, "Amplify would refuse it")], &[]),
        // netlify.toml
        case(
            NetlifyToml,
            "[build]\n  publish = \"dist\"\n\n[[redirects]]\n  from = \"/old\"\n  to = \"/new\"\n  status = 301\n  force = true\n",
            &[("/old", "/new", "301", "")],
            &[],
            &["forced"],
        ),
        case(
            NetlifyToml,
            "[[redirects]]\nfrom = \"/*\"\nto = \"/index.html\"\nstatus = 200\n",
            &[("/<*>", "/index.html", "404-200", "")],
            &[],
            &["404-200"],
        ),
        case(
            NetlifyToml,
            "[[redirects]]\nfrom = \"/\"\nto = \"/en\"\nstatus = 302\nforce = true\nconditions = {Language = [\"en\"], Country = [\"US\"]}\n",
            &[],
            &[(1, "Language=")],
            &[],
        ),
        case(
            NetlifyToml,
            "[[redirects]]\nfrom = \"/\"\nto = \"/na\"\nstatus = 302\nforce = true\nconditions = {Country = [\"US\", \"ca\"]}\n",
            &[("/", "/na", "302", "<US>"), ("/", "/na", "302", "<CA>")],
            &[],
            &["forced"],
        ),
        case(
            NetlifyToml,
            "[[redirects]]\nfrom = \"/api/*\"\nto = \"https://api.example.com/:splat\"\nstatus = 200\nheaders = {X-From = \"Netlify\"}\n",
            &[],
            &[(1, "headers in redirects")],
            &[],
        ),
        case(
            NetlifyToml,
            "[[redirects]]\nfrom = \"/a\"\nto = \"/b\"\n\n[[redirects]]\nfrom = \"/search\"\nto = \"/find/:q\"\nquery = {q = \":q\"}\n",
            &[("/a", "/b", "301", "")],
            &[(5, "query-parameter")],
            &["not forced"],
        ),
        case(
            NetlifyToml,
            "[[redirects]]\nfrom = \"/s/*\"\nto = \"https://api.example.com/:splat\"\nstatus = 200\nsigned = \"API_SIGNATURE_TOKEN\"\n\n[[headers]]\nfor = \"/*\"\n",
            &[],
            &[(1, "signed"), (7, "response headers")],
            &[],
        ),
        case(NetlifyToml, "[[redirects]]\nfrom = \"/a\"\nto = @\n", &[], &[(3, "not valid TOML")], &[]),
        // vercel.json
        case(
            Vercel,
            r#"{"redirects": [{"source": "/old", "destination": "/new", "permanent": true}]}"#,
            &[("/old", "/new", "301", "")],
            &[],
            &["308 became 301"],
        ),
        case(
            Vercel,
            r#"{"redirects": [{"source": "/blog/:slug", "destination": "/news/:slug", "permanent": false}]}"#,
            &[("/blog/<slug>", "/news/<slug>", "302", "")],
            &[],
            &["307 became 302"],
        ),
        case(
            Vercel,
            r#"{"redirects": [{"source": "/docs/:path*", "destination": "/guide/:path*", "statusCode": 301}]}"#,
            &[("/docs/<*>", "/guide/<*>", "301", "")],
            &[],
            &[],
        ),
        case(
            Vercel,
            r#"{"rewrites": [{"source": "/(.*)", "destination": "/index.html"}]}"#,
            &[("/<*>", "/index.html", "404-200", "")],
            &[],
            &["after its files"],
        ),
        case(
            Vercel,
            r#"{"rewrites": [{"source": "/api/:path*", "destination": "https://api.example.com/:path*"}]}"#,
            &[("/api/<*>", "https://api.example.com/<*>", "200", "")],
            &[],
            &[],
        ),
        case(
            Vercel,
            "{\n  \"redirects\": [\n    {\n      \"source\": \"/\",\n      \"has\": [{\"type\": \"header\", \"key\": \"x-flag\"}],\n      \"destination\": \"/flagged\"\n    }\n  ]\n}",
            &[],
            &[(3, "`has`/`missing`")],
            &[],
        ),
        case(
            Vercel,
            r#"{"redirects": [{"source": "/post/:id(\\d{1,})", "destination": "/p/:id", "statusCode": 301}]}"#,
            &[],
            &[(1, "regex sources")],
            &[],
        ),
        case(
            Vercel,
            "{\n  \"rewrites\": [\n    {\"source\": \"/app/:path*\", \"destination\": \"/app.html\"}\n  ],\n  \"redirects\": [\n    {\"source\": \"/a\", \"destination\": \"/b\", \"statusCode\": 302},\n    {\"source\": \"/c?\", \"destination\": \"/d\", \"statusCode\": 303}\n  ],\n  \"headers\": [{\"source\": \"/(.*)\", \"headers\": []}]\n}",
            &[("/a", "/b", "302", ""), ("/app/<*>", "/app.html", "404-200", "")],
            &[(7, "status 303"), (9, "response headers")],
            &["after its files"],
        ),
        case(
            Vercel,
            r#"{"routes": [{"src": "/(.*)", "dest": "/index.html"}]}"#,
            &[],
            &[(1, "legacy `routes`")],
            &[],
        ),
        case(Vercel, "{\"redirects\": [\n", &[], &[(2, "not valid JSON")], &[]),
        // CSV
        case(
            Csv,
            "source,target,status\n/a,/b,301\n\"/c,d\",/e,302\n/f,/g\n",
            &[("/a", "/b", "301", ""), ("/c,d", "/e", "302", ""), ("/f", "/g", "301", "")],
            &[],
            &[],
        ),
        case(Csv, "/a,/b,418\n/c\n", &[], &[(1, "Amplify would refuse it"), (2, "a source and a target")], &[]),
        case(Csv, "/geo,/us.html,302,<US>\n", &[("/geo", "/us.html", "302", "<US>")], &[], &[]),
    ];

    #[test]
    fn translations_of_real_netlify_and_vercel_syntax() {
        assert!(CASES.len() >= 30, "keep at least 30 cases ({})", CASES.len());
        for (n, c) in CASES.iter().enumerate() {
            let t = translate(c.format, c.input);
            let got: Vec<(String, String, String, String)> = t
                .rules
                .iter()
                .map(|r| {
                    (
                        r.source.clone(),
                        r.target.clone(),
                        r.status.clone().unwrap_or_default(),
                        r.condition.clone().unwrap_or_default(),
                    )
                })
                .collect();
            let want: Vec<(String, String, String, String)> = c
                .rules
                .iter()
                .map(|(s, t, st, co)| (s.to_string(), t.to_string(), st.to_string(), co.to_string()))
                .collect();
            assert_eq!(got, want, "case {n} ({:?}) {:?}: {t:#?}", c.format, c.input);
            assert_eq!(t.untranslated.len(), c.untranslated.len(), "case {n} {:?}: {:#?}", c.input, t.untranslated);
            for (u, (line, why)) in t.untranslated.iter().zip(c.untranslated) {
                assert_eq!(u.line, *line, "case {n} {:?}: {u:?}", c.input);
                assert!(u.why.contains(why), "case {n} {:?}: {u:?} lacks {why:?}", c.input);
            }
            for want in c.notes {
                assert!(t.notes.iter().any(|note| note.why.contains(want)), "case {n} {:?}: {:#?}", c.input, t.notes);
            }
            if c.notes.is_empty() {
                assert!(t.notes.is_empty(), "case {n} {:?}: {:#?}", c.input, t.notes);
            }
        }
    }

    #[test]
    fn the_format_comes_from_the_file_name() {
        use std::path::Path;
        assert_eq!(Format::detect(Path::new("site/_redirects")), Some(Format::Netlify));
        assert_eq!(Format::detect(Path::new("netlify.toml")), Some(Format::NetlifyToml));
        assert_eq!(Format::detect(Path::new("/x/vercel.json")), Some(Format::Vercel));
        assert_eq!(Format::detect(Path::new("Redirects.CSV")), Some(Format::Csv));
        assert_eq!(Format::detect(Path::new("rules.json")), None);
    }

    #[test]
    fn every_translated_rule_is_one_amplify_takes() {
        for c in CASES {
            let t = translate(c.format, c.input);
            assert!(super::super::check_rules(&t.rules).is_ok(), "{:?}", c.input);
        }
    }
}
