//! `webhook`: the Webhook operations, and `trigger`, which POSTs to a webhook's URL.

use super::resolve::{app_id, branch_not_found, existing_app};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::api::redact::mask_webhook_tokens;
use crate::exit::CliError;
use crate::render::{col, Column, Fmt, OutputFormat, View};
use serde_json::{json, Map, Value};

const FIELDS: &[Column] = &[
    col("Webhook ID", "webhookId", Fmt::Plain),
    col("Branch", "branchName", Fmt::Plain),
    col("Description", "description", Fmt::Plain),
    col("App ID", "appId", Fmt::Plain),
    col("ARN", "webhookArn", Fmt::Plain),
    col("URL", "webhookUrl", Fmt::Plain),
    col("Created", "createTime", Fmt::Time),
    col("Updated", "updateTime", Fmt::Time),
];
const LIST_COLUMNS: &[Column] = &[
    col("WEBHOOK ID", "webhookId", Fmt::Plain).copyable(),
    col("BRANCH", "branchName", Fmt::Plain).copyable(),
    col("DESCRIPTION", "description", Fmt::Plain).low(),
    col("UPDATED", "updateTime", Fmt::Time),
    col("URL", "webhookUrl", Fmt::Plain).copyable(),
];
const WEBHOOK: View = View::Item { key: "webhook", fields: FIELDS };
const WEBHOOKS: View = View::List {
    key: "webhooks",
    columns: LIST_COLUMNS,
    empty: "No webhooks. Create one with `amphost webhook create`.",
};

/// Prints a webhook result. A table masks the token in the webhook's URL unless `show_token`
/// (`--show-token`); JSON, text and `--query` output print the URL as the service returned it
/// (see the README, "Secrets").
fn print(ctx: &Ctx, out: &Value, view: &View, show_token: bool) -> Result<(), CliError> {
    if ctx.format == OutputFormat::Table && ctx.query.is_none() && !show_token {
        let masked = mask_webhook_tokens(out);
        if masked != *out {
            ctx.ui.status("The URL's token is masked in tables: pass --show-token, or use -o json or -o text");
        }
        return ctx.print(&masked, view);
    }
    ctx.print(out, view)
}

pub async fn create(ctx: &Ctx, app: &str, mut input: Map<String, Value>, show_token: bool) -> Result<(), CliError> {
    ctx.precheck("CreateWebhook", &input, &["appId"])?;
    let app = existing_app(ctx, app).await?;
    let id = app["appId"].as_str().unwrap_or_default().to_string();
    input.insert("appId".into(), json!(id));
    let branch = input.get("branchName").and_then(Value::as_str).unwrap_or_default().to_string();
    let out = match ctx.client().await?.call("CreateWebhook", Value::Object(input)).await {
        Ok(out) => out,
        // The app exists: what was not found is the branch.
        Err(e) => return Err(branch_not_found(ctx, &id, &branch, e).await),
    };
    ctx.ui.status(format!(
        "Created webhook {}; start a build with `amphost webhook trigger {}`",
        out["webhook"]["webhookId"].as_str().unwrap_or_default(),
        out["webhook"]["webhookId"].as_str().unwrap_or_default()
    ));
    print(ctx, &out, &WEBHOOK, show_token)
}

pub async fn get(ctx: &Ctx, id: &str, show_token: bool) -> Result<(), CliError> {
    let out = ctx.client().await?.call("GetWebhook", json!({"webhookId": id})).await?;
    print(ctx, &out, &WEBHOOK, show_token)
}

pub async fn list(ctx: &Ctx, app: &str, page: &PageOptions, show_token: bool) -> Result<(), CliError> {
    page.check("ListWebhooks").map_err(CliError::usage)?;
    let out = list_all(ctx.client().await?, "ListWebhooks", json!({"appId": app_id(ctx, app).await?}), page).await?;
    print(ctx, &out, &WEBHOOKS, show_token)
}

pub async fn update(ctx: &Ctx, id: &str, mut changes: Map<String, Value>, show_token: bool) -> Result<(), CliError> {
    if changes.is_empty() {
        return Err(CliError::usage("nothing to update: pass --branch or --description"));
    }
    changes.insert("webhookId".into(), json!(id));
    let out = ctx.client().await?.call("UpdateWebhook", Value::Object(changes)).await?;
    ctx.ui.status(format!("Updated webhook {id}"));
    print(ctx, &out, &WEBHOOK, show_token)
}

pub async fn delete(ctx: &Ctx, id: &str) -> Result<(), CliError> {
    ctx.ui.confirm(&format!("delete webhook {id}"), ctx.yes)?;
    let out = ctx.client().await?.call("DeleteWebhook", json!({"webhookId": id})).await?;
    ctx.ui.status(format!("Deleted webhook {id}"));
    print(ctx, &out, &WEBHOOK, false)
}

/// POSTs to the webhook's URL, as a git provider would, and prints the job it started.
pub async fn trigger(ctx: &Ctx, id: &str) -> Result<(), CliError> {
    let client = ctx.client().await?;
    let hook = client.call("GetWebhook", json!({"webhookId": id})).await?;
    let named = hook["webhook"]["webhookUrl"].as_str().unwrap_or_default();
    // Under --local the URL names `amphost emulator`'s address, for later; this command's own
    // emulator answers now, on its own port.
    let local = match ctx.is_local() {
        true => Some(client.endpoint().await?),
        false => None,
    };
    let url = &local_address(named, local.as_deref());
    let redacted = crate::api::redact::redact_presigned(url);
    let resp =
        client.http_for(url).post(url).header("content-type", "application/json").body("{}").send().await.map_err(
            |e| {
                CliError::failure(format!(
                    "cannot reach the webhook {redacted}: {}",
                    crate::api::redact::http_error_text(&e)
                ))
            },
        )?;
    let status = resp.status();
    let body = resp.text().await.unwrap_or_default();
    if !status.is_success() {
        return Err(refused(&hook["webhook"], status, &body));
    }
    let parsed: Value = serde_json::from_str(&body).unwrap_or_else(|_| json!({}));
    if let Some(job_id) = parsed["jobSummary"]["jobId"].as_str() {
        let branch = hook["webhook"]["branchName"].as_str().unwrap_or_default();
        ctx.ui.status(format!("Webhook started job {job_id} on {branch}"));
        return ctx.print(&parsed, &super::job::SUMMARY);
    }
    ctx.ui.status(format!("Webhook answered HTTP {status}"));
    ctx.print(&parsed, &View::Empty)
}

/// `url` on `endpoint`'s scheme, host and port (the path and query kept); as it is without one.
fn local_address(url: &str, endpoint: Option<&str>) -> String {
    let (Some(endpoint), Ok(mut parsed)) = (endpoint, reqwest::Url::parse(url)) else { return url.to_string() };
    let Ok(local) = reqwest::Url::parse(endpoint) else { return url.to_string() };
    let _ = parsed.set_host(local.host_str());
    let _ = parsed.set_port(local.port());
    parsed.to_string()
}

/// A webhook's refusal: the service's message (not its JSON), and for a busy branch, how to
/// see the job that holds it.
fn refused(hook: &Value, status: reqwest::StatusCode, body: &str) -> CliError {
    let parsed: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let said = match parsed["message"].as_str() {
        Some(message) => message.to_string(),
        None => body.chars().take(300).collect(),
    };
    let e = CliError::failure(format!("the webhook answered HTTP {status}: {said}"));
    let branch = hook["branchName"].as_str().unwrap_or_default();
    let app = hook["appId"].as_str();
    match app {
        Some(app) if said.contains("was not finished") => e.hint(format!(
            "another job on the branch is pending or running: follow it with `amphost job watch --app {app} --branch {}`, \
             then trigger again",
            crate::text::shell_quote(branch)
        )),
        _ => e,
    }
}
