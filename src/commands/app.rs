//! `app`: CreateApp, GetApp, ListApps, UpdateApp, DeleteApp, and `app env`.

use super::resolve::app_id;
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use crate::render::{col, Column, Fmt, View};
use serde_json::{json, Map, Value};

const LIST_COLUMNS: &[Column] = &[
    col("APP ID", "appId", Fmt::Plain),
    col("NAME", "name", Fmt::Plain),
    col("PLATFORM", "platform", Fmt::Plain),
    col("DEFAULT DOMAIN", "defaultDomain", Fmt::Plain),
    col("REPOSITORY", "repository", Fmt::Plain),
    col("UPDATED", "updateTime", Fmt::Time),
];

const ITEM_FIELDS: &[Column] = &[
    col("App ID", "appId", Fmt::Plain),
    col("Name", "name", Fmt::Plain),
    col("ARN", "appArn", Fmt::Plain),
    col("Description", "description", Fmt::Plain),
    col("Platform", "platform", Fmt::Plain),
    col("Repository", "repository", Fmt::Plain),
    col("Default domain", "defaultDomain", Fmt::Plain),
    col("Production branch", "productionBranch.branchName", Fmt::Plain),
    col("Basic auth", "enableBasicAuth", Fmt::YesNo),
    col("Auto build", "enableBranchAutoBuild", Fmt::YesNo),
    col("Environment", "environmentVariables", Fmt::Keys),
    col("Custom rules", "customRules", Fmt::Count),
    col("Tags", "tags", Fmt::Pairs),
    col("Created", "createTime", Fmt::Time),
    col("Updated", "updateTime", Fmt::Time),
];

pub const APP: View = View::Item { key: "app", fields: ITEM_FIELDS };
pub const APPS: View =
    View::List { key: "apps", columns: LIST_COLUMNS, empty: "No apps. Create one with `amphost app create NAME`." };
const ENV: View = View::Map { key: "environmentVariables", headers: ["NAME", "VALUE"] };

pub async fn create(ctx: &Ctx, input: Map<String, Value>) -> Result<(), CliError> {
    let out = ctx.client().await?.call("CreateApp", Value::Object(input)).await?;
    ctx.ui.status(format!(
        "Created app {} ({})",
        out["app"]["name"].as_str().unwrap_or_default(),
        out["app"]["appId"].as_str().unwrap_or_default()
    ));
    ctx.print(&out, &APP)
}

pub async fn get(ctx: &Ctx, app: &str) -> Result<(), CliError> {
    let id = app_id(ctx, app).await?;
    let out = ctx.client().await?.call("GetApp", json!({ "appId": id })).await?;
    ctx.print(&out, &APP)
}

pub async fn list(ctx: &Ctx, page: &PageOptions) -> Result<(), CliError> {
    let out = list_all(ctx.client().await?, "ListApps", json!({}), page).await?;
    ctx.print(&out, &APPS)
}

/// Sends only the members the user set: nothing else of the app is touched.
pub async fn update(ctx: &Ctx, app: &str, mut changes: Map<String, Value>) -> Result<(), CliError> {
    if changes.is_empty() {
        return Err(CliError::usage("nothing to update: pass at least one setting (see `amphost app update --help`)"));
    }
    ctx.precheck("UpdateApp", &changes, &["appId"])?;
    let id = app_id(ctx, app).await?;
    changes.insert("appId".into(), Value::String(id));
    let out = ctx.client().await?.call("UpdateApp", Value::Object(changes)).await?;
    ctx.ui.status(format!("Updated app {}", out["app"]["appId"].as_str().unwrap_or_default()));
    ctx.print(&out, &APP)
}

pub async fn delete(ctx: &Ctx, app: &str) -> Result<(), CliError> {
    let id = app_id(ctx, app).await?;
    ctx.ui.confirm(&format!("delete app {app} ({id}) with all its branches"), ctx.yes)?;
    let out = ctx.client().await?.call("DeleteApp", json!({ "appId": id })).await?;
    ctx.ui.status(format!("Deleted app {id}"));
    ctx.print(&out, &APP)
}

/// Where environment variables live: on the app, or on one of its branches.
struct EnvTarget {
    get: &'static str,
    update: &'static str,
    key: &'static str,
    input: Value,
}

async fn env_target(ctx: &Ctx, app: &str, branch: Option<&str>) -> Result<EnvTarget, CliError> {
    let id = app_id(ctx, app).await?;
    Ok(match branch {
        Some(b) => EnvTarget {
            get: "GetBranch",
            update: "UpdateBranch",
            key: "branch",
            input: json!({"appId": id, "branchName": b}),
        },
        None => EnvTarget { get: "GetApp", update: "UpdateApp", key: "app", input: json!({"appId": id}) },
    })
}

async fn current_env(ctx: &Ctx, t: &EnvTarget) -> Result<Map<String, Value>, CliError> {
    let out = ctx.client().await?.call(t.get, t.input.clone()).await?;
    Ok(out[t.key]["environmentVariables"].as_object().cloned().unwrap_or_default())
}

async fn write_env(ctx: &Ctx, t: &EnvTarget, env: Map<String, Value>) -> Result<(), CliError> {
    let mut input = t.input.clone();
    input["environmentVariables"] = Value::Object(env);
    let out = ctx.client().await?.call(t.update, input).await?;
    ctx.print(&json!({"environmentVariables": out[t.key]["environmentVariables"]}), &ENV)
}

pub async fn env_list(ctx: &Ctx, app: &str, branch: Option<&str>) -> Result<(), CliError> {
    let t = env_target(ctx, app, branch).await?;
    let env = current_env(ctx, &t).await?;
    ctx.print(&json!({ "environmentVariables": env }), &ENV)
}

/// Reads the current variables and writes them back with `set` merged in: the service
/// replaces the whole map, so sending only the new ones would drop the others.
pub async fn env_set(ctx: &Ctx, app: &str, branch: Option<&str>, set: Map<String, Value>) -> Result<(), CliError> {
    let check = Map::from_iter([("environmentVariables".to_string(), Value::Object(set.clone()))]);
    ctx.precheck(if branch.is_some() { "UpdateBranch" } else { "UpdateApp" }, &check, &["appId", "branchName"])?;
    let t = env_target(ctx, app, branch).await?;
    let mut env = current_env(ctx, &t).await?;
    let names: Vec<String> = set.keys().cloned().collect();
    env.extend(set);
    write_env(ctx, &t, env).await?;
    ctx.ui.status(format!("Set {}", names.join(", ")));
    Ok(())
}

pub async fn env_unset(ctx: &Ctx, app: &str, branch: Option<&str>, names: &[String]) -> Result<(), CliError> {
    let t = env_target(ctx, app, branch).await?;
    let mut env = current_env(ctx, &t).await?;
    let missing: Vec<&String> = names.iter().filter(|n| !env.contains_key(*n)).collect();
    if !missing.is_empty() {
        let have: Vec<&String> = env.keys().collect();
        return Err(CliError::usage(format!(
            "not set: {}; nothing was changed (set: {})",
            missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
            if have.is_empty() {
                "none".to_string()
            } else {
                have.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            }
        )));
    }
    for n in names {
        env.shift_remove(n);
    }
    write_env(ctx, &t, env).await?;
    ctx.ui.status(format!("Unset {}", names.join(", ")));
    Ok(())
}

/// GenerateAccessLogs, then the log itself: to `out`, or to stdout.
pub async fn access_logs(
    ctx: &Ctx,
    app: &str,
    input: Map<String, Value>,
    out: Option<&std::path::Path>,
) -> Result<(), CliError> {
    ctx.precheck("GenerateAccessLogs", &input, &["appId"])?;
    let mut input = input;
    input.insert("appId".into(), json!(app_id(ctx, app).await?));
    let resp = ctx.client().await?.call("GenerateAccessLogs", Value::Object(input)).await?;
    let url = resp["logUrl"].as_str().ok_or_else(|| CliError::failure("GenerateAccessLogs returned no logUrl"))?;
    match out {
        Some(path) => {
            let n = super::job::download(ctx, url, path).await?;
            ctx.ui.status(format!("Wrote {} ({n} bytes)", path.display()));
            Ok(())
        }
        None => {
            let text = super::watch::fetch_text(ctx, url).await?;
            use std::io::Write;
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(())
        }
    }
}
