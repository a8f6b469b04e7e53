//! The DNS records a custom domain needs, judged against what resolvers answer. In: the domain
//! association as GetDomainAssociation returns it (`certificateVerificationDNSRecord`,
//! `subDomains[].dnsRecord`, `subDomains[].subDomainSetting.prefix`) and, per resolver, the
//! answers to [`questions`]. Out: rows of record, type, expected, found, verdict and the
//! zone-file line to paste at the DNS provider. Asking is `super::lookup`'s job.

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The names Amazon's certificate authorities go by in CAA `issue` records (ACM's
/// documentation): where CAA records restrict issuance, one of them must be allowed for
/// Amplify's certificate to be issued.
pub const AMAZON_CAS: &[&str] = &["amazon.com", "amazontrust.com", "awstrust.com", "amazonaws.com"];

/// The TTL of the lines to paste: five minutes, so that a mistake is soon undone.
const TTL: u32 = 300;

/// The record types the doctor asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rr {
    Cname,
    A,
    Aaaa,
    Caa,
}

impl Rr {
    /// The type as DNS writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Rr::Cname => "CNAME",
            Rr::A => "A",
            Rr::Aaaa => "AAAA",
            Rr::Caa => "CAA",
        }
    }
}

/// One question put to each resolver: a name (lower case, without the root's dot) and a type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Question {
    pub name: String,
    pub rr: Rr,
}

/// A record of an answer: its owner (normalised), its type as DNS writes it (`CNAME`), and its
/// data in presentation form (`d1.cloudfront.net.`, `192.0.2.1`, `0 issue "amazon.com"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rec {
    pub owner: String,
    pub kind: String,
    pub data: String,
}

/// What a resolver said to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The records answered, CNAMEs the resolver followed on the way included.
    Records(Vec<Rec>),
    /// No record of that type at that name (NXDOMAIN, or NOERROR with no answer).
    Nothing,
    /// No answer to judge by: a timeout, a refusal, a server failure; why.
    Failed(String),
}

/// One resolver's answers, question by question.
pub type Answers = BTreeMap<Question, Answer>;

/// What a needed record is for, which decides how it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// ACM's CNAME, proving that the domain is the owner's.
    Verification,
    /// A sub-domain's CNAME to the app's CloudFront distribution.
    SubDomain,
    /// The domain itself, where DNS allows no CNAME: an ALIAS/ANAME, or the target's addresses.
    Apex,
}

/// A record the service says must exist: `name` pointing at `target` (both normalised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Needed {
    pub name: String,
    pub target: String,
    pub role: Role,
    /// For people: `certificate verification`, `branch main`.
    pub purpose: String,
}

/// How a record stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// In place, as expected.
    Ok,
    /// Nowhere to be seen.
    Missing,
    /// Another target, or another type (an A record where a CNAME is needed).
    Wrong,
    /// Right at some resolvers, not (yet) at others.
    Propagating,
    /// CAA records that forbid Amazon's certificate authorities.
    Blocked,
    /// The lookup failed: nothing can be said.
    Unknown,
}

impl Verdict {
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Missing => "missing",
            Verdict::Wrong => "wrong",
            Verdict::Propagating => "propagating",
            Verdict::Blocked => "blocked",
            Verdict::Unknown => "unknown",
        }
    }

    /// How bad it is, to pick one verdict when resolvers disagree and none is right.
    const fn weight(self) -> u8 {
        match self {
            Verdict::Ok => 0,
            Verdict::Propagating => 1,
            Verdict::Unknown => 2,
            Verdict::Missing => 3,
            Verdict::Wrong => 4,
            Verdict::Blocked => 5,
        }
    }
}

/// What one resolver shows for one record: the verdict, what was found, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    pub verdict: Verdict,
    pub found: String,
    pub note: String,
}

fn seen(verdict: Verdict, found: impl Into<String>, note: impl Into<String>) -> Seen {
    Seen { verdict, found: found.into(), note: note.into() }
}

/// Splits `name TYPE value` as the service writes DNS records; an apex record has an empty
/// name (` CNAME value`).
pub fn split_record(record: &str) -> Option<(String, String, String)> {
    let mut parts = record.split_whitespace();
    let (first, second) = (parts.next()?, parts.next()?);
    match parts.next() {
        Some(third) => Some((first.to_string(), second.to_string(), third.to_string())),
        None => Some((String::new(), first.to_string(), second.to_string())),
    }
}

/// A name as the doctor compares names: lower case, without the root's final dot.
pub fn normalize(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// A record's name in full: the domain for an empty one, a prefix under the domain, a name
/// already under the domain as it is.
fn qualify(name: &str, domain: &str) -> String {
    let name = normalize(name);
    if name.is_empty() || name == domain {
        domain.to_string()
    } else if name.ends_with(&format!(".{domain}")) {
        name
    } else {
        format!("{name}.{domain}")
    }
}

/// The records the association says are needed: the certificate's verification CNAME, then
/// each sub-domain's record (the apex's when a prefix is empty).
pub fn needed(assoc: &Value) -> Vec<Needed> {
    let domain = normalize(assoc["domainName"].as_str().unwrap_or_default());
    let mut out: Vec<Needed> = Vec::new();
    let verification = assoc["certificateVerificationDNSRecord"]
        .as_str()
        .or(assoc["certificate"]["certificateVerificationDNSRecord"].as_str());
    if let Some((name, _, target)) = verification.and_then(split_record) {
        let (name, target) = (qualify(&name, &domain), normalize(&target));
        out.push(Needed { name, target, role: Role::Verification, purpose: "certificate verification".into() });
    }
    for sd in assoc["subDomains"].as_array().into_iter().flatten() {
        let Some((prefix, _, target)) = sd["dnsRecord"].as_str().and_then(split_record) else { continue };
        let prefix = sd["subDomainSetting"]["prefix"].as_str().map_or(prefix, str::to_string);
        let name = qualify(&prefix, &domain);
        let branch = sd["subDomainSetting"]["branchName"].as_str().unwrap_or_default();
        let (role, purpose) = if name == domain {
            (Role::Apex, format!("apex, branch {branch}"))
        } else {
            (Role::SubDomain, format!("branch {branch}"))
        };
        if !out.iter().any(|n| n.name == name) {
            out.push(Needed { name, target: normalize(&target), role, purpose });
        }
    }
    out
}

fn question(name: &str, rr: Rr) -> Question {
    Question { name: name.to_string(), rr }
}

/// Every question the checks need answered, each once: CNAME, A and AAAA at each needed name
/// (an A record where a CNAME belongs is a classic mistake), the apex target's addresses, and
/// CAA from each host name up to the domain.
pub fn questions(needed: &[Needed], domain: &str) -> Vec<Question> {
    let mut set = BTreeSet::new();
    for n in needed {
        for rr in [Rr::Cname, Rr::A, Rr::Aaaa] {
            set.insert(question(&n.name, rr));
        }
        if n.role == Role::Apex {
            set.insert(question(&n.target, Rr::A));
            set.insert(question(&n.target, Rr::Aaaa));
        }
    }
    for host in hosts(needed, domain) {
        for name in climb(&host, domain) {
            set.insert(question(&name, Rr::Caa));
        }
    }
    set.into_iter().collect()
}

/// The names Amplify's certificate is issued for: the domain and each sub-domain.
fn hosts(needed: &[Needed], domain: &str) -> Vec<String> {
    let mut out = vec![domain.to_string()];
    for n in needed.iter().filter(|n| n.role == Role::SubDomain) {
        if !out.contains(&n.name) {
            out.push(n.name.clone());
        }
    }
    out
}

/// `name` and each name above it up to the domain: where RFC 8659 looks for the CAA records
/// that govern `name`, nearest first. (The RFC climbs on to the top-level domain; amphost stops
/// at the domain, the zone its user controls.)
fn climb(name: &str, domain: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let mut rest = name;
    while rest != domain {
        match rest.split_once('.') {
            Some((_, parent)) if parent == domain || parent.ends_with(&format!(".{domain}")) => {
                out.push(parent.to_string());
                rest = parent;
            }
            _ => break,
        }
    }
    out
}

/// The data of the `rr` records in an answer; only those owned by `owner` when one is given
/// (records reached through a CNAME belong to the CNAME's target).
fn data(answer: Option<&Answer>, owner: Option<&str>, rr: Rr) -> Vec<String> {
    let Some(Answer::Records(recs)) = answer else { return Vec::new() };
    recs.iter()
        .filter(|r| r.kind.eq_ignore_ascii_case(rr.as_str()) && owner.is_none_or(|o| r.owner == o))
        .map(|r| if rr == Rr::Cname { normalize(&r.data) } else { r.data.trim().to_string() })
        .collect()
}

/// Why a lookup of these questions failed, if one did.
fn failed(a: &Answers, name: &str, types: &[Rr]) -> Option<String> {
    types.iter().find_map(|rr| match a.get(&question(name, *rr)) {
        Some(Answer::Failed(why)) => Some(why.clone()),
        _ => None,
    })
}

/// The A and AAAA records owned by `name` itself, as `A 192.0.2.1`.
fn own_addresses(a: &Answers, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for rr in [Rr::A, Rr::Aaaa] {
        out.extend(
            data(a.get(&question(name, rr)), Some(name), rr).into_iter().map(|d| format!("{} {d}", rr.as_str())),
        );
    }
    out
}

/// Every address the answers give for `name`, at the end of any CNAME chain, as `A 192.0.2.1`.
fn addresses(a: &Answers, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for rr in [Rr::A, Rr::Aaaa] {
        out.extend(data(a.get(&question(name, rr)), None, rr).into_iter().map(|d| format!("{} {d}", rr.as_str())));
    }
    out
}

/// Nothing at the name: missing, unless a lookup failed (then nothing can be said).
fn absent(a: &Answers, name: &str) -> Seen {
    match failed(a, name, &[Rr::Cname, Rr::A, Rr::Aaaa]) {
        Some(why) => seen(Verdict::Unknown, "no answer", format!("the lookup failed: {why}")),
        None => seen(Verdict::Missing, "nothing", ""),
    }
}

/// A CNAME at the name: right when it names the target (`None` when there is none).
fn cname_at(n: &Needed, a: &Answers) -> Option<Seen> {
    let cnames = data(a.get(&question(&n.name, Rr::Cname)), Some(n.name.as_str()), Rr::Cname);
    if cnames.contains(&n.target) {
        return Some(seen(Verdict::Ok, format!("CNAME {}", n.target), ""));
    }
    cnames.first().map(|other| seen(Verdict::Wrong, format!("CNAME {other}"), "it points elsewhere: change its target"))
}

/// A name that must be a CNAME to its target (the certificate's verification record, a
/// sub-domain), as one resolver sees it.
fn see_cname(n: &Needed, a: &Answers) -> Seen {
    if let Some(s) = cname_at(n, a) {
        return s;
    }
    let mine = own_addresses(a, &n.name);
    if !mine.is_empty() {
        let note = "an A/AAAA record where a CNAME is needed: remove it, then add the CNAME \
                    (a name that has a CNAME can have no other record)";
        return seen(Verdict::Wrong, mine.join(", "), note);
    }
    absent(a, &n.name)
}

/// The apex, as one resolver sees it. DNS allows no CNAME beside the zone's SOA and NS
/// records, so providers offer ALIAS/ANAME records (or CNAME flattening), which answer with the
/// target's addresses: addresses shared with the target are right. CloudFront hands each
/// resolver a part of its addresses, so sharing one is enough; a CNAME to the target (where a
/// provider allows it) is right too.
fn see_apex(n: &Needed, a: &Answers) -> Seen {
    if let Some(s) = cname_at(n, a) {
        return s;
    }
    let mine = own_addresses(a, &n.name);
    if mine.is_empty() {
        return absent(a, &n.name);
    }
    let theirs = addresses(a, &n.target);
    let found = mine.join(", ");
    if mine.iter().any(|m| theirs.contains(m)) {
        return seen(Verdict::Ok, found, "");
    }
    if theirs.is_empty() {
        return match failed(a, &n.target, &[Rr::A, Rr::Aaaa]) {
            Some(why) => seen(Verdict::Unknown, found, format!("cannot resolve {} to compare: {why}", n.target)),
            None => seen(Verdict::Wrong, found, format!("{} has no address to compare these with", n.target)),
        };
    }
    let note = format!(
        "these are not the addresses of {} ({}): point an ALIAS/ANAME record at it instead",
        n.target,
        theirs.join(", ")
    );
    seen(Verdict::Wrong, found, note)
}

/// One verdict from several resolvers: theirs when they agree; `propagating` when some see the
/// record right and others do not yet; else the worst of them.
fn merge(per: &[(String, Seen)]) -> Seen {
    let Some((_, first)) = per.first() else { return seen(Verdict::Unknown, "no resolver asked", "") };
    if per.iter().all(|(_, s)| s.verdict == first.verdict && s.found == first.found) {
        return first.clone();
    }
    let found = per.iter().map(|(label, s)| format!("{label}: {}", s.found)).collect::<Vec<_>>().join("; ");
    if per.iter().any(|(_, s)| s.verdict == Verdict::Ok) {
        let behind: Vec<&str> = per.iter().filter(|(_, s)| s.verdict != Verdict::Ok).map(|(l, _)| l.as_str()).collect();
        let note = format!(
            "not yet right at {}: wait for the change to reach every resolver (up to the old record's TTL)",
            behind.join(", ")
        );
        return seen(Verdict::Propagating, found, note);
    }
    let worst = per.iter().map(|(_, s)| s).max_by_key(|s| s.verdict.weight()).expect("not empty");
    seen(worst.verdict, found, worst.note.clone())
}

/// What a row shows besides what resolvers saw.
struct RowSpec<'a> {
    record: &'a str,
    kind: &'a str,
    expected: String,
    purpose: &'a str,
    /// The zone-file line that makes the record right (empty: nothing to add).
    line: String,
    /// What to do when the record is missing.
    missing: &'a str,
}

fn row(spec: RowSpec, per: &[(String, Seen)]) -> Value {
    let merged = merge(per);
    let note = if merged.verdict == Verdict::Missing && merged.note.is_empty() {
        spec.missing.to_string()
    } else {
        merged.note
    };
    let resolvers: Vec<Value> = per
        .iter()
        .map(|(label, s)| json!({"resolver": label, "found": s.found, "verdict": s.verdict.as_str()}))
        .collect();
    json!({
        "record": spec.record,
        "type": spec.kind,
        "expected": spec.expected,
        "found": merged.found,
        "verdict": merged.verdict.as_str(),
        "purpose": spec.purpose,
        "line": spec.line,
        "note": note,
        "resolvers": resolvers,
    })
}

/// The row of a needed record.
fn record_row(n: &Needed, resolvers: &[(String, Answers)]) -> Value {
    let check: fn(&Needed, &Answers) -> Seen = if n.role == Role::Apex { see_apex } else { see_cname };
    let per: Vec<(String, Seen)> = resolvers.iter().map(|(label, a)| (label.clone(), check(n, a))).collect();
    let (kind, line, missing) = match n.role {
        Role::Apex => (
            "ALIAS",
            format!("{}. {TTL} IN ALIAS {}.", n.name, n.target),
            "at the apex, use your DNS provider's ALIAS or ANAME record (or CNAME flattening): DNS allows no CNAME there",
        ),
        Role::Verification => (
            "CNAME",
            format!("{}. {TTL} IN CNAME {}.", n.name, n.target),
            "ACM issues the certificate once it sees this record",
        ),
        Role::SubDomain => ("CNAME", format!("{}. {TTL} IN CNAME {}.", n.name, n.target), "add this CNAME"),
    };
    let spec = RowSpec { record: &n.name, kind, expected: n.target.clone(), purpose: &n.purpose, line, missing };
    row(spec, &per)
}

/// A CAA record in presentation form, `FLAGS TAG "VALUE"`: its flags, tag (lower case) and
/// value (unquoted).
fn parse_caa(data: &str) -> Option<(u8, String, String)> {
    let (flags, rest) = data.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    let (tag, value) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    Some((flags.parse().ok()?, tag.to_ascii_lowercase(), value.trim().trim_matches('"').to_string()))
}

/// Why a CAA record set keeps Amazon's CAs from issuing, or `None` when it does not: a
/// critical property no CA may ignore, or `issue` records none of which names Amazon.
/// (`issuewild` is left aside: Amplify's certificates name the domain and its sub-domains.)
pub fn caa_blocks(records: &[String]) -> Option<String> {
    let parsed: Vec<(u8, String, String)> = records.iter().filter_map(|r| parse_caa(r)).collect();
    let known = ["issue", "issuewild", "iodef"];
    if let Some((_, tag, _)) = parsed.iter().find(|(f, t, _)| f & 128 != 0 && !known.contains(&t.as_str())) {
        return Some(format!("a critical CAA property `{tag}` that CAs must not ignore"));
    }
    let issuers: Vec<String> = parsed
        .iter()
        .filter(|(_, t, _)| t == "issue")
        .map(|(_, _, v)| normalize(v.split(';').next().unwrap_or("")))
        .collect();
    if issuers.is_empty() || issuers.iter().any(|i| AMAZON_CAS.contains(&i.as_str())) {
        return None;
    }
    let named: Vec<&str> = issuers.iter().map(String::as_str).filter(|i| !i.is_empty()).collect();
    Some(if named.is_empty() {
        "the CAA records here allow no CA at all".to_string()
    } else {
        format!("the CAA records here allow only {}", named.join(", "))
    })
}

/// CAA record sets by owner name.
type CaaSets = BTreeMap<String, Vec<String>>;

/// The CAA record sets that govern the host names, as one resolver sees them: owner →
/// records, the first set found climbing from each host (a CNAME's target's records count, as
/// RFC 8659 follows aliases); `Err` when a lookup on the way failed.
fn caa_sets(a: &Answers, hosts: &[String], domain: &str) -> Result<CaaSets, String> {
    let mut sets = BTreeMap::new();
    for host in hosts {
        for name in climb(host, domain) {
            let q = question(&name, Rr::Caa);
            if let Some(Answer::Failed(why)) = a.get(&q) {
                return Err(why.clone());
            }
            let records = data(a.get(&q), None, Rr::Caa);
            if !records.is_empty() {
                sets.insert(name, records);
                break;
            }
        }
    }
    Ok(sets)
}

/// A CAA record set (`None`: there is none) as one resolver sees it.
fn see_caa(set: Option<&[String]>) -> Seen {
    let Some(records) = set else { return seen(Verdict::Ok, "none", "") };
    match caa_blocks(records) {
        Some(why) => seen(Verdict::Blocked, records.join(", "), format!("{why}: add this record beside them")),
        None => seen(Verdict::Ok, records.join(", "), ""),
    }
}

/// The rows of the CAA checks: one per record set that governs a host name, or one for the
/// domain saying there is none (any CA may issue).
fn caa_rows(domain: &str, hosts: &[String], resolvers: &[(String, Answers)]) -> Vec<Value> {
    let per: Vec<(String, Result<CaaSets, String>)> =
        resolvers.iter().map(|(label, a)| (label.clone(), caa_sets(a, hosts, domain))).collect();
    let owners: BTreeSet<String> =
        per.iter().filter_map(|(_, sets)| sets.as_ref().ok()).flat_map(|m| m.keys().cloned()).collect();
    let expected = format!("none, or one allowing {}", AMAZON_CAS[0]);
    let purpose = "certificate authorities";
    let judge = |owner: Option<&str>| -> Vec<(String, Seen)> {
        per.iter()
            .map(|(label, sets)| {
                let s = match sets {
                    Err(why) => seen(Verdict::Unknown, "no answer", format!("the lookup failed: {why}")),
                    Ok(m) => see_caa(owner.and_then(|o| m.get(o)).map(Vec::as_slice)),
                };
                (label.clone(), s)
            })
            .collect()
    };
    if owners.is_empty() {
        let spec = RowSpec { record: domain, kind: "CAA", expected, purpose, line: String::new(), missing: "" };
        return vec![row(spec, &judge(None))];
    }
    owners
        .iter()
        .map(|owner| {
            let line = format!("{owner}. {TTL} IN CAA 0 issue \"{}\"", AMAZON_CAS[0]);
            let spec = RowSpec { record: owner, kind: "CAA", expected: expected.clone(), purpose, line, missing: "" };
            row(spec, &judge(Some(owner.as_str())))
        })
        .collect()
}

/// The report on a domain association from each resolver's answers (labelled): `domainName`,
/// `domainStatus`, `resolvers`, `ready` (every record is `ok`) and `records`, one row each
/// (`record`, `type`, `expected`, `found`, `verdict`, `purpose`, `line`, `note`, and what each
/// resolver saw).
pub fn report(assoc: &Value, resolvers: &[(String, Answers)]) -> Value {
    let domain = normalize(assoc["domainName"].as_str().unwrap_or_default());
    let needed = needed(assoc);
    let mut records: Vec<Value> = needed.iter().map(|n| record_row(n, resolvers)).collect();
    records.extend(caa_rows(&domain, &hosts(&needed, &domain), resolvers));
    let ready = records.iter().all(|r| r["verdict"] == Verdict::Ok.as_str());
    json!({
        "domainName": assoc["domainName"],
        "domainStatus": assoc["domainStatus"],
        "resolvers": resolvers.iter().map(|(label, _)| label.clone()).collect::<Vec<_>>(),
        "ready": ready,
        "records": records,
    })
}

/// The records that are not right, counted by verdict: `2 missing, 1 wrong`.
pub fn summary(report: &Value) -> String {
    let rows = report["records"].as_array().map(Vec::as_slice).unwrap_or_default();
    let order = [Verdict::Missing, Verdict::Wrong, Verdict::Blocked, Verdict::Propagating, Verdict::Unknown];
    order
        .iter()
        .filter_map(|v| {
            let n = rows.iter().filter(|r| r["verdict"] == v.as_str()).count();
            (n > 0).then(|| format!("{n} {}", v.as_str()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assoc() -> Value {
        json!({"domainName": "example.com", "domainStatus": "PENDING_VERIFICATION",
            "certificateVerificationDNSRecord": "_abc.example.com. CNAME _def.acm-validations.aws.",
            "subDomains": [
                {"subDomainSetting": {"prefix": "www", "branchName": "main"}, "dnsRecord": "www CNAME d1.cloudfront.net"},
                {"subDomainSetting": {"prefix": "", "branchName": "main"}, "dnsRecord": " CNAME d1.cloudfront.net"}]})
    }

    /// Answers as an authoritative server holding `zone` (owner, type, data) gives them: the
    /// records asked for, else a CNAME and its target's records, else nothing.
    fn serve(zone: &[(&str, &str, &str)], questions: &[Question]) -> Answers {
        let at = |name: &str, kind: &str| -> Vec<Rec> {
            zone.iter()
                .filter(|(o, k, _)| *o == name && *k == kind)
                .map(|(o, k, d)| Rec { owner: o.to_string(), kind: k.to_string(), data: d.to_string() })
                .collect()
        };
        let mut out = Answers::new();
        for q in questions {
            let mut recs = at(&q.name, q.rr.as_str());
            if recs.is_empty() && q.rr != Rr::Cname {
                if let Some(c) = at(&q.name, "CNAME").pop() {
                    recs = at(&normalize(&c.data), q.rr.as_str());
                    recs.insert(0, c);
                }
            }
            let answer = if recs.is_empty() { Answer::Nothing } else { Answer::Records(recs) };
            out.insert(q.clone(), answer);
        }
        out
    }

    fn check(zones: &[&[(&str, &str, &str)]]) -> Value {
        let a = assoc();
        let qs = questions(&needed(&a), "example.com");
        let resolvers: Vec<(String, Answers)> =
            zones.iter().enumerate().map(|(i, z)| (format!("ns{i}"), serve(z, &qs))).collect();
        report(&a, &resolvers)
    }

    fn verdicts(report: &Value) -> Vec<(String, String, String)> {
        report["records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let s = |k: &str| r[k].as_str().unwrap().to_string();
                (s("record"), s("type"), s("verdict"))
            })
            .collect()
    }

    const RIGHT: &[(&str, &str, &str)] = &[
        ("_abc.example.com", "CNAME", "_def.acm-validations.aws."),
        ("www.example.com", "CNAME", "D1.cloudfront.net."),
        ("example.com", "A", "192.0.2.10"),
        ("d1.cloudfront.net", "A", "192.0.2.10"),
        ("d1.cloudfront.net", "A", "192.0.2.11"),
    ];

    #[test]
    fn the_association_says_which_records_are_needed() {
        let n = needed(&assoc());
        let names: Vec<(&str, Role)> = n.iter().map(|n| (n.name.as_str(), n.role)).collect();
        assert_eq!(
            names,
            [
                ("_abc.example.com", Role::Verification),
                ("www.example.com", Role::SubDomain),
                ("example.com", Role::Apex)
            ]
        );
        assert_eq!(n[0].target, "_def.acm-validations.aws");
        assert_eq!(climb("a.b.example.com", "example.com"), ["a.b.example.com", "b.example.com", "example.com"]);
        assert_eq!(climb("other.net", "example.com"), ["other.net"]);
    }

    #[test]
    fn a_right_zone_is_ready_and_the_apex_may_hold_the_targets_addresses() {
        let r = check(&[RIGHT]);
        assert_eq!(r["ready"], true, "{r:#}");
        assert!(verdicts(&r).iter().all(|(_, _, v)| v == "ok"), "{r:#}");
        assert_eq!(summary(&r), "");
    }

    #[test]
    fn missing_wrong_and_a_records_instead_of_cnames_are_told_apart() {
        let zone: &[(&str, &str, &str)] =
            &[("www.example.com", "A", "192.0.2.1"), ("_abc.example.com", "CNAME", "elsewhere.example.net.")];
        let r = check(&[zone]);
        let v = verdicts(&r);
        assert_eq!(v[0], ("_abc.example.com".into(), "CNAME".into(), "wrong".into()));
        assert_eq!(v[1].2, "wrong");
        assert!(r["records"][1]["note"].as_str().unwrap().contains("where a CNAME is needed"), "{r:#}");
        assert_eq!(r["records"][1]["found"], "A 192.0.2.1");
        assert_eq!(v[2], ("example.com".into(), "ALIAS".into(), "missing".into()));
        assert_eq!(r["records"][2]["line"], "example.com. 300 IN ALIAS d1.cloudfront.net.");
        assert_eq!(r["records"][1]["line"], "www.example.com. 300 IN CNAME d1.cloudfront.net.");
        assert_eq!(r["ready"], false);
        assert_eq!(summary(&r), "1 missing, 2 wrong");
    }

    #[test]
    fn apex_addresses_that_are_not_the_targets_are_wrong() {
        let mut zone = RIGHT.to_vec();
        zone[2] = ("example.com", "A", "198.51.100.7");
        let r = check(&[zone.as_slice()]);
        assert_eq!(verdicts(&r)[2].2, "wrong", "{r:#}");
        assert!(r["records"][2]["note"].as_str().unwrap().contains("192.0.2.10"), "{r:#}");
    }

    #[test]
    fn caa_records_that_leave_amazon_out_block_the_certificate() {
        let caa = |v: &str| vec![v.to_string()];
        assert!(caa_blocks(&caa("0 issue \"letsencrypt.org\"")).unwrap().contains("only letsencrypt.org"));
        assert!(caa_blocks(&caa("0 issue \";\"")).unwrap().contains("no CA at all"));
        assert!(caa_blocks(&caa("128 tbs \"x\"")).unwrap().contains("critical"));
        assert_eq!(caa_blocks(&caa("0 issue \"amazon.com\"")), None);
        assert_eq!(caa_blocks(&caa("0 issue \"Amazontrust.com.; account=1\"")), None);
        assert_eq!(caa_blocks(&caa("0 iodef \"mailto:ops@example.com\"")), None);
        assert_eq!(caa_blocks(&["0 issue \"letsencrypt.org\"".into(), "0 issue \"awstrust.com\"".into()]), None);

        let mut zone = RIGHT.to_vec();
        zone.push(("example.com", "CAA", "0 issue \"letsencrypt.org\""));
        let r = check(&[zone.as_slice()]);
        let last = r["records"].as_array().unwrap().last().unwrap().clone();
        assert_eq!((last["record"].as_str(), last["verdict"].as_str()), (Some("example.com"), Some("blocked")));
        assert_eq!(last["line"], "example.com. 300 IN CAA 0 issue \"amazon.com\"");
        // A sub-domain's own CAA records govern it; the domain's still govern the apex.
        zone.push(("www.example.com", "CAA", "0 issue \"amazon.com\""));
        let v = verdicts(&check(&[zone.as_slice()]));
        assert!(v.contains(&("www.example.com".into(), "CAA".into(), "ok".into())), "{v:?}");
        assert!(v.contains(&("example.com".into(), "CAA".into(), "blocked".into())), "{v:?}");
    }

    #[test]
    fn resolvers_that_disagree_make_a_record_propagating() {
        let behind: Vec<(&str, &str, &str)> = RIGHT.iter().copied().filter(|r| r.0 != "www.example.com").collect();
        let r = check(&[RIGHT, behind.as_slice()]);
        let www = &r["records"][1];
        assert_eq!(www["verdict"], "propagating", "{r:#}");
        assert_eq!(www["found"], "ns0: CNAME d1.cloudfront.net; ns1: nothing");
        assert!(www["note"].as_str().unwrap().contains("ns1"), "{www:#}");
        assert_eq!(r["records"][0]["verdict"], "ok");
        assert_eq!(r["ready"], false);
    }

    #[test]
    fn a_failed_lookup_is_unknown_not_missing() {
        let a = assoc();
        let qs = questions(&needed(&a), "example.com");
        let failed: Answers = qs.iter().map(|q| (q.clone(), Answer::Failed("timed out".into()))).collect();
        let r = report(&a, &[("ns0".into(), failed)]);
        assert!(verdicts(&r).iter().all(|(_, _, v)| v == "unknown"), "{r:#}");
        assert!(r["records"][0]["note"].as_str().unwrap().contains("timed out"));
    }
}
