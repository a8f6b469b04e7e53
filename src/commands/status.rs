//! `status` and `open`: the linked app at a glance (its production URL, each branch with its
//! latest job, its domains), and its site or its console page in the browser.

use super::deploy::site_url;
use super::resolve::{existing_app, suggest_on_not_found};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use crate::model::enums::JobStatus;
use crate::render::{col, Column, Fmt, OutputFormat, View};
use crate::text::shell_quote;
use futures_util::stream::{self, StreamExt, TryStreamExt};
use serde_json::{json, Map, Value};

const APP_FIELDS: &[Column] = &[
    col("App", "name", Fmt::Plain),
    col("App ID", "appId", Fmt::Plain),
    col("Region", "region", Fmt::Plain),
    col("Production branch", "productionBranch", Fmt::Plain),
    col("URL", "productionUrl", Fmt::Plain),
    col("Default domain", "defaultDomain", Fmt::Plain),
    col("Updated", "updateTime", Fmt::Time),
];
const BRANCH_COLUMNS: &[Column] = &[
    col("BRANCH", "branch", Fmt::Plain).copyable(),
    col("STAGE", "stage", Fmt::Plain),
    col("JOB", "jobId", Fmt::Plain).copyable(),
    col("TYPE", "jobType", Fmt::Plain),
    col("STATUS", "status", Fmt::JobStatus),
    col("STARTED", "startTime", Fmt::Time),
    col("DURATION", "startTime", Fmt::Duration { end: "endTime" }),
    col("NOTE", "note", Fmt::Plain).low(),
];
const DOMAIN_COLUMNS: &[Column] = &[
    col("DOMAIN", "domainName", Fmt::Plain).copyable(),
    col("STATUS", "domainStatus", Fmt::DomainStatus),
    col("UPDATE", "updateStatus", Fmt::UpdateStatus),
    col("SUB-DOMAINS", "subDomains", Fmt::Count),
];

const APP: View = View::Item { key: "app", fields: APP_FIELDS };
const BRANCHES: View = View::List {
    key: "branches",
    columns: BRANCH_COLUMNS,
    empty: "No branches yet. Deploy one with `amphost deploy --create`.",
};
const DOMAINS: View = View::List { key: "domains", columns: DOMAIN_COLUMNS, empty: "" };

/// What the NOTE column says of a branch whose latest job is under way.
const BUSY_NOTE: &str = "in progress: a deploy now is refused";

/// The production branch: the app's own (`productionBranch`), else the project's default
/// branch when the app has it, else a branch of stage PRODUCTION.
fn production_branch(ctx: &Ctx, app: &Value, branches: &[Value]) -> Option<String> {
    let has = |name: &str| branches.iter().any(|b| b["branchName"] == name);
    app["productionBranch"]["branchName"]
        .as_str()
        .map(str::to_string)
        .or_else(|| crate::project::branch(None, ctx.project.as_ref()).ok().flatten().filter(|b| has(b.as_str())))
        .or_else(|| {
            branches
                .iter()
                .find(|b| b["stage"] == "PRODUCTION")
                .and_then(|b| b["branchName"].as_str())
                .map(str::to_string)
        })
}

/// `amphost status`: GetApp (or ListApps for a name), ListBranches, ListJobs (one job) per
/// branch, ListDomainAssociations. JSON is one object of the service's values: `app`,
/// `region`, `productionBranch`, `productionUrl`, `branches` (`branch`, `stage`, `latestJob`)
/// and `domains`.
pub async fn status(ctx: &Ctx, app_flag: Option<&str>) -> Result<(), CliError> {
    let typed = ctx.app_or_project(app_flag)?;
    let app = existing_app(ctx, &typed).await?;
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    let client = ctx.client().await?;
    let region = client.region().await?;
    let all = list_all(client, "ListBranches", json!({ "appId": app_id }), &PageOptions::default()).await?;
    let branches: Vec<Value> = all["branches"].as_array().cloned().unwrap_or_default();
    let latest: Vec<Value> = stream::iter(branches.iter().map(|b| {
        let input = json!({"appId": app_id, "branchName": b["branchName"], "maxResults": 1});
        async move {
            let out = client.call("ListJobs", input).await?;
            Ok::<Value, CliError>(out["jobSummaries"][0].clone())
        }
    }))
    .buffered(4)
    .try_collect()
    .await?;
    let all = list_all(client, "ListDomainAssociations", json!({ "appId": app_id }), &PageOptions::default()).await?;
    let domains: Vec<Value> = all["domainAssociations"].as_array().cloned().unwrap_or_default();
    let production = production_branch(ctx, &app, &branches);
    let url = match &production {
        Some(b) => Some(site_url(ctx, &app, b).await?),
        None => None,
    };

    // Branches whose latest job is under way: a deploy there would be refused.
    let mut rows = Vec::new();
    for (b, job) in branches.iter().zip(&latest) {
        let name = b["branchName"].as_str().unwrap_or_default();
        let busy = JobStatus::from_json(&job["status"]).is_some_and(JobStatus::is_busy);
        if busy {
            ctx.ui.status(format!(
                "Pending: job {} on {name} is {}; follow it with `amphost job watch --app {} --branch {}`",
                job["jobId"].as_str().unwrap_or("?"),
                job["status"].as_str().unwrap_or("?"),
                shell_quote(&typed),
                shell_quote(name)
            ));
        }
        let mut row = Map::new();
        row.insert("branch".into(), json!(name));
        row.insert("stage".into(), b["stage"].clone());
        for key in ["jobId", "jobType", "status", "startTime", "endTime"] {
            row.insert(key.into(), job[key].clone());
        }
        row.insert("note".into(), if busy { json!(BUSY_NOTE) } else { Value::Null });
        rows.push(Value::Object(row));
    }

    if ctx.format == OutputFormat::Json || ctx.query.is_some() {
        let branches: Vec<Value> = branches
            .iter()
            .zip(&latest)
            .map(|(b, job)| json!({"branch": b["branchName"], "stage": b["stage"], "latestJob": job}))
            .collect();
        let result = json!({
            "app": app,
            "region": region,
            "productionBranch": production,
            "productionUrl": url,
            "branches": branches,
            "domains": domains,
        });
        return ctx.print(&result, &View::Empty);
    }
    let mut head = app.clone();
    head["region"] = json!(region);
    head["productionBranch"] = json!(production);
    head["productionUrl"] = json!(url);
    ctx.print(&json!({ "app": head }), &APP)?;
    let rows = Value::Array(rows);
    ctx.separate(&rows);
    ctx.print_section("BRANCHES", &json!({ "branches": rows }), &BRANCHES)?;
    if !domains.is_empty() {
        let domains = Value::Array(domains);
        ctx.separate(&domains);
        ctx.print_section("DOMAINS", &json!({ "domains": domains }), &DOMAINS)?;
    }
    Ok(())
}

/// The app's page in the AWS console.
pub fn console_url(region: &str, app_id: &str) -> String {
    format!("https://{region}.console.aws.amazon.com/amplify/apps/{app_id}/overview")
}

/// `amphost open`: the branch's live URL (the flag's branch, else AMPHOST_BRANCH, else the
/// project's, else the app's production branch), or with `console` the app's console page.
pub async fn open(ctx: &Ctx, app_flag: Option<&str>, branch_flag: Option<&str>, console: bool) -> Result<(), CliError> {
    let typed = ctx.app_or_project(app_flag)?;
    if let Some(b) = branch_flag {
        ctx.precheck("GetBranch", &Map::from_iter([("branchName".to_string(), json!(b))]), &["appId"])?;
    }
    let app = existing_app(ctx, &typed).await?;
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    let url = if console {
        let region = ctx.client().await?.region().await?;
        console_url(&region, &app_id)
    } else {
        let branch = match crate::project::branch(branch_flag, ctx.project.as_ref())? {
            Some(b) => b,
            None => app["productionBranch"]["branchName"].as_str().map(str::to_string).ok_or_else(|| {
                CliError::usage(
                    "no branch given and the app has no production branch: pass --branch BRANCH, \
                     set AMPHOST_BRANCH, or set `branch` in amphost.toml",
                )
            })?,
        };
        let client = ctx.client().await?;
        if let Err(e) = client.call("GetBranch", json!({"appId": app_id, "branchName": branch})).await {
            return Err(suggest_on_not_found(ctx, &app_id, &branch, e).await);
        }
        site_url(ctx, &app, &branch).await?
    };
    show_or_open(ctx, &url);
    Ok(())
}

/// Opens `url` in the browser when a person is there to see it (stdout is a terminal and
/// `AMPHOST_NO_BROWSER` is not set); otherwise, or when no browser opens, prints it on
/// stdout, whatever the output format (`amphost open | pbcopy`).
fn show_or_open(ctx: &Ctx, url: &str) {
    let no_browser = std::env::var("AMPHOST_NO_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0");
    if no_browser || !ctx.ui.streams.stdout_is_terminal {
        ctx.ui.out(&format!("{url}\n"));
        return;
    }
    match webbrowser::open(url) {
        Ok(()) => ctx.ui.status(format!("Opened {url}")),
        Err(e) => {
            ctx.ui.warn(format!("no browser could be opened ({e})"));
            ctx.ui.out(&format!("{url}\n"));
        }
    }
}
