//! Names for shell completion (`src/cli/complete.rs`): the apps, an app's branches, a branch's
//! jobs. Plain lists of (value, description); the caller bounds the time and drops errors.

use super::resolve::app_id;
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use serde_json::{json, Value};

/// A candidate value and a short description of it.
pub type Name = (String, Option<String>);

fn items(list: &Value) -> impl Iterator<Item = &Value> {
    list.as_array().into_iter().flatten()
}

/// Every app's name, described by its ID.
pub async fn apps(ctx: &Ctx) -> Result<Vec<Name>, CliError> {
    let all = list_all(ctx.client().await?, "ListApps", json!({}), &PageOptions::default()).await?;
    Ok(items(&all["apps"])
        .filter_map(|a| Some((a["name"].as_str()?.to_string(), a["appId"].as_str().map(str::to_string))))
        .collect())
}

/// The branches of `app` (an ID or a name).
pub async fn branches(ctx: &Ctx, app: &str) -> Result<Vec<Name>, CliError> {
    let id = app_id(ctx, app).await?;
    let all = list_all(ctx.client().await?, "ListBranches", json!({ "appId": id }), &PageOptions::default()).await?;
    Ok(items(&all["branches"])
        .filter_map(|b| Some((b["branchName"].as_str()?.to_string(), b["stage"].as_str().map(str::to_string))))
        .collect())
}

/// The jobs of a branch, newest first, described by their status and type.
pub async fn jobs(ctx: &Ctx, app: &str, branch: &str) -> Result<Vec<Name>, CliError> {
    let id = app_id(ctx, app).await?;
    let input = json!({ "appId": id, "branchName": branch });
    let all = list_all(ctx.client().await?, "ListJobs", input, &PageOptions::default()).await?;
    Ok(items(&all["jobSummaries"])
        .filter_map(|j| {
            let about = format!("{} {}", j["status"].as_str().unwrap_or("-"), j["jobType"].as_str().unwrap_or("-"));
            Some((j["jobId"].as_str()?.to_string(), Some(about)))
        })
        .collect())
}
