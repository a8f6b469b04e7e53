//! `domain doctor`: the DNS records a custom domain needs, checked against what resolvers answer
//! (`crate::doctor`), shown as a table with the zone-file lines to paste at the DNS provider.
//! `domain wait` shows the same when a domain stays unverified or fails.

use super::resolve::{app_id_checked, suggest_on_not_found};
use super::Ctx;
use crate::doctor::{self, dns, lookup};
use crate::exit::CliError;
use crate::render::{col, render, Column, Fmt, OutputFormat, Screen, View};
use crate::text::{escape_controls, shell_quote};
use serde_json::{json, Value};
use std::net::SocketAddr;

const COLUMNS: &[Column] = &[
    col("RECORD", "record", Fmt::Plain).copyable(),
    col("TYPE", "type", Fmt::Plain),
    col("EXPECTED", "expected", Fmt::Plain),
    col("FOUND", "found", Fmt::Plain).low(),
    col("VERDICT", "verdict", Fmt::Plain),
];
const REPORT: View = View::List { key: "records", columns: COLUMNS, empty: "" };

/// Checks the DNS records `domain` needs (GetDomainAssociation says which) at each name server
/// given, else at the system's resolver. Exit 0 when every record is right, 1 otherwise.
pub async fn doctor(ctx: &Ctx, app: &str, domain: &str, nameservers: &[SocketAddr]) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "GetDomainAssociation", &[("domainName", domain)]).await?;
    let input = json!({"appId": id, "domainName": domain});
    let out = match ctx.client().await?.call("GetDomainAssociation", input).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, domain, e).await),
    };
    let report = doctor::diagnose(&out["domainAssociation"], &lookup::sources(nameservers)).await;
    ctx.print(&report, &REPORT)?;
    let lines = to_paste(&report);
    let table = ctx.format == OutputFormat::Table && ctx.query.is_none();
    if table && !lines.is_empty() {
        ctx.ui.out(&format!("\n{lines}"));
    }
    if report["ready"] == true {
        ctx.ui.status(format!("Every DNS record {domain} needs is in place."));
        return Ok(());
    }
    let servers: String =
        nameservers.iter().map(|s| format!(" --nameserver {}", shell_quote(&s.to_string()))).collect();
    let again = format!("amphost domain doctor --app {id} {}{servers}", shell_quote(domain));
    let fix = match (lines.is_empty(), table) {
        // Only lookups that failed: nothing to set yet, the resolvers must answer first.
        (true, _) => "the resolvers did not answer every question: check that they can be reached",
        (false, true) => "set the lines above at your DNS provider",
        (false, false) => "set each record's `line`",
    };
    Err(CliError::failure(format!("the DNS of {domain} is not ready: {}", dns::summary(&report)))
        .hint(format!("{fix}, then check again with `{again}`")))
}

/// The lines to set at the DNS provider for the records that are missing, wrong or blocked,
/// each under a `;` comment saying why: zone-file syntax, so the block can be pasted whole.
pub fn to_paste(report: &Value) -> String {
    let mut out = String::new();
    for r in report["records"].as_array().into_iter().flatten() {
        let line = r["line"].as_str().unwrap_or_default();
        let verdict = r["verdict"].as_str().unwrap_or_default();
        if line.is_empty() || !matches!(verdict, "missing" | "wrong" | "blocked") {
            continue;
        }
        let text = |k: &str| escape_controls(r[k].as_str().unwrap_or_default());
        let note = match text("note") {
            n if n.is_empty() => String::new(),
            n => format!(": {n}"),
        };
        out.push_str(&format!(
            "; {} ({}, {verdict}){note}\n{}\n",
            text("record"),
            text("purpose"),
            escape_controls(line)
        ));
    }
    out
}

/// The doctor's table and lines, for `domain wait` to show on stderr when a domain stays
/// unverified or fails (without colour: status lines show escapes as text).
pub async fn explain(ctx: &Ctx, assoc: &Value, nameservers: &[SocketAddr]) -> Result<String, CliError> {
    let report = doctor::diagnose(assoc, &lookup::sources(nameservers)).await;
    let screen = Screen { color: false, ..ctx.ui.screen };
    let table = render(&report, &REPORT, OutputFormat::Table, None, &screen)?;
    let domain = escape_controls(assoc["domainName"].as_str().unwrap_or_default());
    let state = match dns::summary(&report) {
        s if s.is_empty() => "every record in place".to_string(),
        s => s,
    };
    let mut text = format!("DNS check of {domain} ({state}):\n{}", table.trim_end());
    let lines = to_paste(&report);
    if !lines.is_empty() {
        text.push_str(&format!("\n\n{}", lines.trim_end()));
    }
    Ok(text)
}
