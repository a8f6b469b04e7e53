//! CreateApp, GetApp, ListApps, UpdateApp, DeleteApp.

use super::{copy_members, list_output, random_id, s, RequestCtx};
use crate::emulator::error::ServiceError;
use serde_json::{json, Map, Value};

/// Members of CreateApp/UpdateApp that the App keeps as given. (Tokens are accepted but, as
/// with the service, never returned.)
const KEPT: &[&str] = &[
    "name",
    "description",
    "repository",
    "platform",
    "computeRoleArn",
    "iamServiceRoleArn",
    "environmentVariables",
    "enableBranchAutoBuild",
    "enableBranchAutoDeletion",
    "enableBasicAuth",
    "basicAuthCredentials",
    "customRules",
    "buildSpec",
    "customHeaders",
    "enableAutoBranchCreation",
    "autoBranchCreationPatterns",
    "autoBranchCreationConfig",
    "jobConfig",
    "cacheConfig",
];

pub fn create(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    if ctx.tx.count("app", &ctx.apps_scope())? >= ctx.config.max_apps {
        return Err(ServiceError::limit_exceeded(format!(
            "The number of apps in this account has reached the limit of {}.",
            ctx.config.max_apps
        )));
    }
    let app_id = format!("d{}", random_id(13));
    let arn = ctx.app_arn(&app_id);
    let mut doc: Map<String, Value> = json!({
        "appId": app_id,
        "appArn": arn,
        "name": "",
        "description": "",
        "repository": "",
        "platform": "WEB",
        "createTime": ctx.now,
        "updateTime": ctx.now,
        "environmentVariables": {},
        "defaultDomain": format!("{app_id}.amplifyapp.com"),
        "enableBranchAutoBuild": false,
        "enableBranchAutoDeletion": false,
        "enableBasicAuth": false,
        "customRules": [],
        "enableAutoBranchCreation": false,
        "cacheConfig": {"type": "AMPLIFY_MANAGED"},
        "jobConfig": {"buildComputeType": "STANDARD_8GB"},
    })
    .as_object()
    .cloned()
    .unwrap_or_default();
    copy_members(&mut doc, input, KEPT);
    if !s(input, "repository").is_empty() {
        doc.insert("repositoryCloneMethod".into(), json!("TOKEN"));
    }
    let doc = Value::Object(doc);
    ctx.tx.insert("app", &ctx.apps_scope(), &arn, &doc)?;
    if let Some(Value::Object(tags)) = input.get("tags") {
        super::tags::check_keys(tags.keys())?;
        ctx.tx.set_tags(&arn, tags)?;
    }
    Ok(json!({ "app": ctx.with_tags(&arn, doc)? }))
}

pub fn get(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, doc) = ctx.app(s(input, "appId"))?;
    Ok(json!({ "app": shown(ctx, &arn, doc)? }))
}

/// An app as the API returns it: with its tags, and its production branch: the oldest branch
/// of stage PRODUCTION (the first one deployed to, for a manual-deploy app), when it has one.
fn shown(ctx: &RequestCtx, arn: &str, mut doc: Value) -> Result<Value, ServiceError> {
    let branches = ctx.tx.list("branch", arn, 0, ctx.config.max_branches_per_app + 1)?;
    let production = branches.into_iter().map(|row| row.doc).find(|b| b["stage"] == "PRODUCTION");
    if let Some(branch) = production {
        doc["productionBranch"] = json!({"branchName": branch["branchName"]});
    }
    ctx.with_tags(arn, doc)
}

pub fn list(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (rows, next) = ctx.page("app", &ctx.apps_scope(), input)?;
    let mut apps = Vec::with_capacity(rows.len());
    for row in rows {
        let arn = row.doc["appArn"].as_str().unwrap_or_default().to_string();
        apps.push(shown(ctx, &arn, row.doc)?);
    }
    Ok(list_output("apps", apps, next))
}

pub fn update(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, mut doc) = ctx.app(s(input, "appId"))?;
    if let Value::Object(fields) = &mut doc {
        copy_members(fields, input, KEPT);
        fields.insert("updateTime".into(), json!(ctx.now));
    }
    ctx.tx.update(&arn, &doc)?;
    Ok(json!({ "app": shown(ctx, &arn, doc)? }))
}

pub fn delete(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, doc) = ctx.app(s(input, "appId"))?;
    let doc = shown(ctx, &arn, doc)?;
    ctx.tx.delete_tree(&arn)?;
    Ok(json!({ "app": doc }))
}
