//! `branch`: CreateBranch, GetBranch, ListBranches, UpdateBranch, DeleteBranch.

use super::resolve::{app_id, app_id_checked, app_label, suggest_on_not_found};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use crate::render::{col, Column, Fmt, View};
use serde_json::{json, Map, Value};

const LIST_COLUMNS: &[Column] = &[
    col("BRANCH", "branchName", Fmt::Plain).copyable(),
    col("STAGE", "stage", Fmt::Plain),
    col("AUTO BUILD", "enableAutoBuild", Fmt::YesNo),
    col("ACTIVE JOB", "activeJobId", Fmt::Plain),
    col("JOBS", "totalNumberOfJobs", Fmt::Plain),
    col("UPDATED", "updateTime", Fmt::Time),
];

const ITEM_FIELDS: &[Column] = &[
    col("Branch", "branchName", Fmt::Plain),
    col("ARN", "branchArn", Fmt::Plain),
    col("Description", "description", Fmt::Plain),
    col("Stage", "stage", Fmt::Plain),
    col("Display name", "displayName", Fmt::Plain),
    col("Framework", "framework", Fmt::Plain),
    col("Auto build", "enableAutoBuild", Fmt::YesNo),
    col("Basic auth", "enableBasicAuth", Fmt::YesNo),
    col("Active job", "activeJobId", Fmt::Plain),
    col("Total jobs", "totalNumberOfJobs", Fmt::Plain),
    col("Custom domains", "customDomains", Fmt::Plain),
    col("Environment", "environmentVariables", Fmt::Keys),
    col("Tags", "tags", Fmt::Pairs),
    col("Created", "createTime", Fmt::Time),
    col("Updated", "updateTime", Fmt::Time),
];

pub const BRANCH: View = View::Item { key: "branch", fields: ITEM_FIELDS };
pub const BRANCHES: View = View::List {
    key: "branches",
    columns: LIST_COLUMNS,
    empty: "No branches. Create one with `amphost branch create --app APP NAME`.",
};

pub async fn create(ctx: &Ctx, app: &str, mut input: Map<String, Value>) -> Result<(), CliError> {
    ctx.precheck("CreateBranch", &input, &["appId"])?;
    input.insert("appId".into(), Value::String(app_id(ctx, app).await?));
    let out = ctx.client().await?.call("CreateBranch", Value::Object(input)).await?;
    ctx.ui.status(format!("Created branch {}", out["branch"]["branchName"].as_str().unwrap_or_default()));
    ctx.print(&out, &BRANCH)
}

pub async fn get(ctx: &Ctx, app: &str, branch: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "GetBranch", &[("branchName", branch)]).await?;
    let out = match ctx.client().await?.call("GetBranch", json!({"appId": id, "branchName": branch})).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    ctx.print(&out, &BRANCH)
}

pub async fn list(ctx: &Ctx, app: &str, page: &PageOptions) -> Result<(), CliError> {
    page.check("ListBranches").map_err(CliError::usage)?;
    let id = app_id(ctx, app).await?;
    let out = list_all(ctx.client().await?, "ListBranches", json!({ "appId": id }), page).await?;
    ctx.print(&out, &BRANCHES)
}

pub async fn update(ctx: &Ctx, app: &str, branch: &str, mut changes: Map<String, Value>) -> Result<(), CliError> {
    if changes.is_empty() {
        return Err(CliError::usage(
            "nothing to update: pass at least one setting (see `amphost branch update --help`)",
        ));
    }
    changes.insert("branchName".into(), Value::String(branch.to_string()));
    ctx.precheck("UpdateBranch", &changes, &["appId"])?;
    let id = app_id(ctx, app).await?;
    if changes.get("enableBasicAuth") == Some(&Value::Bool(true)) && !changes.contains_key("basicAuthCredentials") {
        let current = match ctx.client().await?.call("GetBranch", json!({"appId": id, "branchName": branch})).await {
            Ok(out) => out,
            Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
        };
        super::app::refuse_basic_auth_without_credentials(&current["branch"], &format!("branch {branch}"))?;
    }
    changes.insert("appId".into(), Value::String(id.clone()));
    let out = match ctx.client().await?.call("UpdateBranch", Value::Object(changes)).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    ctx.ui.status(format!("Updated branch {branch} of app {}", app_label(app, &id)));
    ctx.print(&out, &BRANCH)
}

pub async fn delete(ctx: &Ctx, app: &str, branch: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "DeleteBranch", &[("branchName", branch)]).await?;
    ctx.ui.confirm(&format!("delete branch {branch} of app {}", app_label(app, &id)), ctx.yes)?;
    let out = match ctx.client().await?.call("DeleteBranch", json!({"appId": id, "branchName": branch})).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    ctx.ui.status(format!("Deleted branch {branch} of app {}", app_label(app, &id)));
    ctx.print(&out, &BRANCH)
}
