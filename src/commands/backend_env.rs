//! `backend-env`: the BackendEnvironment operations.

use super::resolve::{app_id, app_id_checked};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use crate::render::{col, Column, Fmt, View};
use serde_json::{json, Map, Value};

const FIELDS: &[Column] = &[
    col("Environment", "environmentName", Fmt::Plain),
    col("Stack", "stackName", Fmt::Plain),
    col("Deployment artifacts", "deploymentArtifacts", Fmt::Plain),
    col("ARN", "backendEnvironmentArn", Fmt::Plain),
    col("Created", "createTime", Fmt::Time),
];
const LIST_COLUMNS: &[Column] = &[
    col("ENVIRONMENT", "environmentName", Fmt::Plain).copyable(),
    col("STACK", "stackName", Fmt::Plain).copyable(),
    col("CREATED", "createTime", Fmt::Time),
];
const ENV: View = View::Item { key: "backendEnvironment", fields: FIELDS };
const ENVS: View = View::List { key: "backendEnvironments", columns: LIST_COLUMNS, empty: "No backend environments." };

pub async fn create(ctx: &Ctx, app: &str, mut input: Map<String, Value>) -> Result<(), CliError> {
    ctx.precheck("CreateBackendEnvironment", &input, &["appId"])?;
    input.insert("appId".into(), json!(app_id(ctx, app).await?));
    let out = ctx.client().await?.call("CreateBackendEnvironment", Value::Object(input)).await?;
    ctx.ui.status(format!(
        "Created backend environment {}",
        out["backendEnvironment"]["environmentName"].as_str().unwrap_or_default()
    ));
    ctx.print(&out, &ENV)
}

pub async fn get(ctx: &Ctx, app: &str, name: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "GetBackendEnvironment", &[("environmentName", name)]).await?;
    let out = ctx.client().await?.call("GetBackendEnvironment", json!({"appId": id, "environmentName": name})).await?;
    ctx.print(&out, &ENV)
}

pub async fn list(ctx: &Ctx, app: &str, name: Option<&str>, page: &PageOptions) -> Result<(), CliError> {
    page.check("ListBackendEnvironments").map_err(CliError::usage)?;
    let mut input = json!({"appId": app_id(ctx, app).await?});
    if let Some(n) = name {
        input["environmentName"] = json!(n);
    }
    let out = list_all(ctx.client().await?, "ListBackendEnvironments", input, page).await?;
    ctx.print(&out, &ENVS)
}

pub async fn delete(ctx: &Ctx, app: &str, name: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "DeleteBackendEnvironment", &[("environmentName", name)]).await?;
    ctx.ui.confirm(&format!("delete backend environment {name} of app {app}"), ctx.yes)?;
    let out =
        ctx.client().await?.call("DeleteBackendEnvironment", json!({"appId": id, "environmentName": name})).await?;
    ctx.ui.status(format!("Deleted backend environment {name}"));
    ctx.print(&out, &ENV)
}
