//! `domain`: the DomainAssociation operations, the DNS records to set, and `wait`.

use super::interrupt::interruptible;
use super::resolve::{app_id, app_id_checked, app_label, suggest_on_not_found};
use super::watch::{ride_out, Watched, UNREACHABLE_BUDGET};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::doctor::dns::split_record;
use crate::exit::{CliError, Exit};
use crate::render::progress::StatusProgress;
use crate::render::{col, render, Column, Fmt, OutputFormat, Screen, View};
use crate::text::shell_quote;
use serde_json::{json, Map, Value};
use std::cell::RefCell;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

const FIELDS: &[Column] = &[
    col("Domain", "domainName", Fmt::Plain),
    col("Status", "domainStatus", Fmt::DomainStatus),
    col("Update", "updateStatus", Fmt::UpdateStatus),
    col("Reason", "statusReason", Fmt::Plain),
    col("Certificate", "certificate.type", Fmt::Plain),
    col("Auto sub-domains", "enableAutoSubDomain", Fmt::YesNo),
    col("ARN", "domainAssociationArn", Fmt::Plain),
];
const LIST_COLUMNS: &[Column] = &[
    col("DOMAIN", "domainName", Fmt::Plain).copyable(),
    col("STATUS", "domainStatus", Fmt::DomainStatus),
    col("SUB-DOMAINS", "subDomains", Fmt::Count),
    col("CERTIFICATE", "certificate.type", Fmt::Plain),
];
const RECORD_COLUMNS: &[Column] = &[
    col("NAME", "name", Fmt::Plain).copyable(),
    col("TYPE", "type", Fmt::Plain).copyable(),
    col("VALUE", "value", Fmt::Plain).copyable(),
    col("FOR", "purpose", Fmt::Plain).low(),
    col("VERIFIED", "verified", Fmt::YesNo),
];
const DOMAIN: View = View::Item { key: "domainAssociation", fields: FIELDS };
/// (An empty list's message names the app: `list` says it.)
const DOMAINS: View = View::List { key: "domainAssociations", columns: LIST_COLUMNS, empty: "" };
const RECORDS: View = View::List { key: "records", columns: RECORD_COLUMNS, empty: "" };

/// The records the user must create at their DNS provider, one row each, written as
/// `domain doctor` checks them: names without the root's final dot, and the domain itself
/// (the apex) as an ALIAS, since DNS allows no CNAME there whatever the service writes.
pub fn dns_records(assoc: &Value) -> Value {
    let domain = assoc["domainName"].as_str().unwrap_or_default().trim_end_matches('.');
    let bare = |s: &str| s.trim_end_matches('.').to_string();
    let mut rows = Vec::new();
    let verification = assoc["certificateVerificationDNSRecord"]
        .as_str()
        .or(assoc["certificate"]["certificateVerificationDNSRecord"].as_str());
    if let Some((name, kind, value)) = verification.and_then(split_record) {
        rows.push(
            json!({"name": bare(&name), "type": kind, "value": bare(&value), "purpose": "certificate verification"}),
        );
    }
    for sd in assoc["subDomains"].as_array().into_iter().flatten() {
        if let Some((prefix, kind, value)) = sd["dnsRecord"].as_str().and_then(split_record) {
            let branch = sd["subDomainSetting"]["branchName"].as_str().unwrap_or_default();
            let (name, kind, purpose) = if prefix.is_empty() {
                (domain.to_string(), "ALIAS".to_string(), format!("apex, branch {branch}"))
            } else {
                (format!("{prefix}.{domain}"), kind, format!("branch {branch}"))
            };
            let row = json!({"name": name, "type": kind, "value": bare(&value), "purpose": purpose, "verified": sd["verified"]});
            rows.push(row);
        }
    }
    json!({ "records": rows })
}

/// A domain with its records: JSON is the service's object; tables add the records.
fn show(ctx: &Ctx, out: &Value) -> Result<(), CliError> {
    if ctx.format == OutputFormat::Json || ctx.query.is_some() {
        return ctx.print(out, &View::Empty);
    }
    ctx.print(out, &DOMAIN)?;
    let records = dns_records(&out["domainAssociation"]);
    ctx.separate(&records["records"]);
    ctx.print_section("RECORDS", &records, &RECORDS)
}

pub async fn create(
    ctx: &Ctx,
    app: &str,
    mut input: Map<String, Value>,
    wait: Option<Option<Duration>>,
) -> Result<(), CliError> {
    ctx.precheck("CreateDomainAssociation", &input, &["appId"])?;
    let id = app_id(ctx, app).await?;
    input.insert("appId".into(), json!(id));
    let settings = input.get("subDomainSettings").cloned();
    let out = match ctx.client().await?.call("CreateDomainAssociation", Value::Object(input)).await {
        Ok(out) => out,
        Err(e) => return Err(with_unknown_branches(ctx, &id, settings.as_ref(), e.into()).await),
    };
    let domain = out["domainAssociation"]["domainName"].as_str().unwrap_or_default().to_string();
    // The records follow in a table or text (JSON holds them without a word).
    let records_follow = if ctx.format == OutputFormat::Json || ctx.query.is_some() {
        ""
    } else {
        "; create these DNS records at your DNS provider:"
    };
    ctx.ui.status(format!("Associated {domain} with app {}{records_follow}", app_label(app, &id)));
    match wait {
        Some(timeout) => wait_available(ctx, &id, &domain, timeout, &[]).await,
        None => show(ctx, &out),
    }
}

pub async fn get(ctx: &Ctx, app: &str, domain: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "GetDomainAssociation", &[("domainName", domain)]).await?;
    let out = match ctx.client().await?.call("GetDomainAssociation", json!({"appId": id, "domainName": domain})).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, domain, e).await),
    };
    show(ctx, &out)
}

pub async fn list(ctx: &Ctx, app: &str, page: &PageOptions) -> Result<(), CliError> {
    page.check("ListDomainAssociations").map_err(CliError::usage)?;
    let id = app_id(ctx, app).await?;
    let out = list_all(ctx.client().await?, "ListDomainAssociations", json!({"appId": id}), page).await?;
    if out["domainAssociations"].as_array().is_none_or(Vec::is_empty) && ctx.query.is_none() {
        let id = crate::text::shell_quote(&id);
        ctx.ui.status(format!(
            "No custom domains. Connect one with `amphost domain create --app {id} DOMAIN --sub-domain =BRANCH`."
        ));
    }
    ctx.print(&out, &DOMAINS)
}

/// UpdateDomainAssociation with `changes`. `sub_domains` (`--sub-domain PREFIX=BRANCH`) add
/// or re-point those prefixes and keep the domain's others: the API takes the whole list, so
/// it is read first (GetDomainAssociation) and sent back with them merged in.
pub async fn update(
    ctx: &Ctx,
    app: &str,
    domain: &str,
    mut changes: Map<String, Value>,
    sub_domains: Vec<Value>,
) -> Result<(), CliError> {
    if changes.is_empty() && sub_domains.is_empty() {
        return Err(CliError::usage(
            "nothing to update: pass at least one setting (see `amphost domain update --help`)",
        ));
    }
    changes.insert("domainName".into(), json!(domain));
    if !sub_domains.is_empty() {
        changes.insert("subDomainSettings".into(), Value::Array(sub_domains.clone()));
    }
    ctx.precheck("UpdateDomainAssociation", &changes, &["appId"])?;
    let id = app_id(ctx, app).await?;
    changes.insert("appId".into(), json!(id));
    if !sub_domains.is_empty() {
        let input = json!({"appId": id, "domainName": domain});
        let current = match ctx.client().await?.call("GetDomainAssociation", input).await {
            Ok(out) => out,
            Err(e) => return Err(suggest_on_not_found(ctx, &id, domain, e).await),
        };
        changes.insert("subDomainSettings".into(), merged_sub_domains(&current["domainAssociation"], sub_domains));
    }
    let settings = changes.get("subDomainSettings").cloned();
    let out = match ctx.client().await?.call("UpdateDomainAssociation", Value::Object(changes)).await {
        Ok(out) => out,
        Err(e) => {
            let e = suggest_on_not_found(ctx, &id, domain, e).await;
            return Err(with_unknown_branches(ctx, &id, settings.as_ref(), e).await);
        }
    };
    ctx.ui.status(format!("Updated {domain}"));
    show(ctx, &out)
}

/// A refused association whose sub-domains name branches the app lacks (the service says
/// only that one does not exist): those are named, each with the closest branch it has.
async fn with_unknown_branches(ctx: &Ctx, app_id: &str, settings: Option<&Value>, e: CliError) -> CliError {
    let wanted: Vec<&str> =
        settings.and_then(Value::as_array).into_iter().flatten().filter_map(|s| s["branchName"].as_str()).collect();
    if wanted.is_empty() || e.hint.is_some() {
        return e;
    }
    let Ok(client) = ctx.client().await else { return e };
    let Ok(all) = list_all(client, "ListBranches", json!({"appId": app_id}), &PageOptions::default()).await else {
        return e;
    };
    let have: Vec<&str> =
        all["branches"].as_array().into_iter().flatten().filter_map(|b| b["branchName"].as_str()).collect();
    let missing: Vec<String> = wanted
        .iter()
        .filter(|b| !have.contains(b))
        .map(|b| match crate::text::closest(b, have.iter().copied()) {
            Some(near) => format!("`{}` (did you mean `{}`?)", shell_quote(b), shell_quote(near)),
            None => format!("`{}`", shell_quote(b)),
        })
        .collect();
    if missing.is_empty() {
        return e;
    }
    e.hint(format!("the app has no branch {}; list them with `amphost branch list --app {app_id}`", missing.join(", ")))
}

/// The domain's sub-domain settings with `changed` ones (by prefix) replaced or added, in the
/// order the domain lists them, new prefixes last.
fn merged_sub_domains(association: &Value, changed: Vec<Value>) -> Value {
    let mut settings: Vec<Value> = association["subDomains"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|sd| json!({"prefix": sd["subDomainSetting"]["prefix"], "branchName": sd["subDomainSetting"]["branchName"]}))
        .collect();
    for new in changed {
        match settings.iter_mut().find(|s| s["prefix"] == new["prefix"]) {
            Some(existing) => *existing = new,
            None => settings.push(new),
        }
    }
    Value::Array(settings)
}

pub async fn delete(ctx: &Ctx, app: &str, domain: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "DeleteDomainAssociation", &[("domainName", domain)]).await?;
    ctx.ui.confirm(&format!("remove domain {domain} from app {}", app_label(app, &id)), ctx.yes)?;
    let input = json!({"appId": id, "domainName": domain});
    let out = match ctx.client().await?.call("DeleteDomainAssociation", input).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, domain, e).await),
    };
    ctx.ui.status(format!("Removed {domain}"));
    ctx.print(&out, &DOMAIN)
}

/// Polls until the domain is AVAILABLE (exit 3 if it FAILED, 5 on timeout), showing the DNS
/// records to set while it waits for them. When it fails, or is still waiting for its DNS
/// records at the timeout, the DNS check (`domain doctor`, at `nameservers` or the system's
/// resolver) says which record is at fault.
pub async fn wait_available(
    ctx: &Ctx,
    app_id: &str,
    domain: &str,
    timeout: Option<Duration>,
    nameservers: &[SocketAddr],
) -> Result<(), CliError> {
    use crate::model::enums::DomainStatus;
    let started = Instant::now();
    let input = json!({"appId": app_id, "domainName": domain});
    let mut last = String::new();
    let mut interval = Duration::from_millis(250);
    let resume = format!("amphost domain wait --app {app_id} {}", shell_quote(domain));
    let watched = Watched {
        name: domain.to_string(),
        left: "the domain keeps being set up by the service",
        resume: resume.clone(),
    };
    // The association as last seen: a script reading JSON gets it however the wait ends.
    let seen = RefCell::new(None);
    let poll = async {
        let mut progress = StatusProgress::new(&ctx.ui, domain);
        loop {
            let budget =
                timeout.map_or(UNREACHABLE_BUDGET, |t| t.saturating_sub(started.elapsed()).min(UNREACHABLE_BUDGET));
            let out = ride_out(ctx, &watched, budget, "GetDomainAssociation", input.clone()).await?;
            seen.replace(Some(out.clone()));
            let assoc = &out["domainAssociation"];
            let status = assoc["domainStatus"].as_str().unwrap_or("?").to_string();
            // A status this build does not know is neither AVAILABLE nor FAILED: the wait goes on.
            let known = DomainStatus::parse_lossy(&status);
            if status != last {
                if last.is_empty() && known != Some(DomainStatus::Available) {
                    show_records(ctx, domain, assoc)?;
                }
                progress.update(&status);
                last = status.clone();
            }
            match known {
                Some(DomainStatus::Available) => {
                    progress.finish(Some(true));
                    return show(ctx, &out);
                }
                Some(DomainStatus::Failed) => {
                    progress.finish(Some(false));
                    show(ctx, &out)?;
                    explain_dns(ctx, assoc, nameservers).await;
                    let reason = assoc["statusReason"].as_str().unwrap_or_default();
                    return Err(CliError::new(Exit::JobFailed, format!("domain {domain} FAILED: {reason}")));
                }
                _ => {}
            }
            if timeout.is_some_and(|t| started.elapsed() >= t) {
                progress.finish(None);
                if matches!(known, Some(DomainStatus::PendingVerification | DomainStatus::AwaitingAppCname)) {
                    explain_dns(ctx, assoc, nameservers).await;
                }
                show_last_seen(ctx, &seen)?;
                return Err(CliError::new(Exit::Timeout, format!("gave up waiting: {domain} is still {status}"))
                    .hint(format!("keep waiting with `{resume}`")));
            }
            tokio::time::sleep(timeout.map_or(interval, |t| interval.min(t.saturating_sub(started.elapsed())))).await;
            interval = (interval * 3 / 2).min(Duration::from_secs(10));
        }
    };
    let stopped = async {
        let stopped = CliError::new(Exit::Interrupted, format!("stopped waiting for {domain}"))
            .hint(format!("resume with `{resume}`"));
        match show_last_seen(ctx, &seen) {
            Ok(()) => stopped,
            Err(e) => e,
        }
    };
    interruptible(poll, stopped).await
}

/// A wait that ends unfinished (a timeout, an interrupt) still gives a script reading JSON the
/// association as last seen, as `job watch` does; people have seen it in the progress.
fn show_last_seen(ctx: &Ctx, seen: &RefCell<Option<Value>>) -> Result<(), CliError> {
    match seen.borrow().as_ref() {
        Some(out) if ctx.format == OutputFormat::Json || ctx.query.is_some() => show(ctx, out),
        _ => Ok(()),
    }
}

/// The DNS records to set, once, when a wait starts (on stderr, through `status`, which shows
/// escapes visibly: no colour; nothing with `-q`).
fn show_records(ctx: &Ctx, domain: &str, assoc: &Value) -> Result<(), CliError> {
    if ctx.ui.quiet {
        return Ok(());
    }
    let screen = Screen { color: false, ..ctx.ui.screen };
    let records = render(&dns_records(assoc), &RECORDS, OutputFormat::Table, None, &screen)?;
    ctx.ui.status(format!("DNS records for {domain}:\n{}", records.trim_end()));
    Ok(())
}

/// Which DNS record keeps a domain from being verified, by the doctor's check (on stderr;
/// nothing with `-q`). A check that cannot be made is a warning: the wait's outcome stands.
async fn explain_dns(ctx: &Ctx, assoc: &Value, nameservers: &[SocketAddr]) {
    if ctx.ui.quiet {
        return;
    }
    match super::doctor::explain(ctx, assoc, nameservers).await {
        Ok(text) => ctx.ui.status(text),
        Err(e) => ctx.ui.warn(format!("could not check the DNS records: {}", e.message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_domains_named_are_merged_into_the_others_by_prefix() {
        let association = json!({"subDomains": [
            {"subDomainSetting": {"prefix": "www", "branchName": "main"}, "verified": true},
            {"subDomainSetting": {"prefix": "", "branchName": "main"}, "verified": true},
        ]});
        let changed = vec![json!({"prefix": "www", "branchName": "dev"}), json!({"prefix": "beta", "branchName": "b"})];
        assert_eq!(
            merged_sub_domains(&association, changed),
            json!([
                {"prefix": "www", "branchName": "dev"},
                {"prefix": "", "branchName": "main"},
                {"prefix": "beta", "branchName": "b"},
            ])
        );
    }

    #[test]
    fn dns_records_split_into_rows() {
        let assoc = json!({"domainName": "example.com",
            "certificateVerificationDNSRecord": "_abc.example.com. CNAME _def.acm-validations.aws.",
            "subDomains": [
                {"subDomainSetting": {"prefix": "www", "branchName": "main"}, "verified": false, "dnsRecord": "www CNAME d1.cloudfront.net"},
                {"subDomainSetting": {"prefix": "", "branchName": "main"}, "verified": true, "dnsRecord": " CNAME d1.cloudfront.net"}]});
        let rows = dns_records(&assoc)["records"].as_array().unwrap().clone();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0]["name"], "_abc.example.com");
        assert_eq!(rows[0]["value"], "_def.acm-validations.aws");
        assert_eq!((&rows[1]["name"], &rows[1]["type"]), (&json!("www.example.com"), &json!("CNAME")));
        // DNS allows no CNAME at the apex: an ALIAS, as `domain doctor` asks for.
        assert_eq!((&rows[2]["name"], &rows[2]["type"]), (&json!("example.com"), &json!("ALIAS")));
        assert_eq!(rows[2]["value"], "d1.cloudfront.net");
    }
}
