//! CreateBranch, GetBranch, ListBranches, UpdateBranch, DeleteBranch.

use super::{copy_members, list_output, s, RequestCtx};
use crate::api::wire::encode;
use crate::emulator::error::ServiceError;
use serde_json::{json, Map, Value};

const KEPT: &[&str] = &[
    "description",
    "framework",
    "stage",
    "enableNotification",
    "enableAutoBuild",
    "enableSkewProtection",
    "environmentVariables",
    "basicAuthCredentials",
    "enableBasicAuth",
    "enablePerformanceMode",
    "buildSpec",
    "ttl",
    "displayName",
    "enablePullRequestPreview",
    "pullRequestEnvironmentName",
    "backendEnvironmentArn",
    "backend",
    "computeRoleArn",
];

/// A branch's ARN; its name is escaped so that `feature/x` stays one path segment.
pub fn branch_arn(app_arn: &str, branch: &str) -> String {
    format!("{app_arn}/branches/{}", encode(branch))
}

/// The stored branch of an app, or NotFoundException.
pub fn find(ctx: &RequestCtx, app_id: &str, branch: &str) -> Result<(String, Value), ServiceError> {
    let (app_arn, _) = ctx.app(app_id)?;
    let arn = branch_arn(&app_arn, branch);
    match ctx.tx.get(&arn)? {
        Some(doc) => Ok((arn, doc)),
        None => Err(ServiceError::not_found(format!("Branch {branch} not found for app {app_id}."))),
    }
}

pub fn create(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let app_id = s(input, "appId");
    let name = s(input, "branchName");
    let (app_arn, _) = ctx.app(app_id)?;
    if ctx.tx.count("branch", &app_arn)? >= ctx.config.max_branches_per_app {
        // The service's wording, as for apps ("… the maximum number of apps in this account.").
        return Err(ServiceError::limit_exceeded(format!(
            "Failed to create branch. You have reached the maximum number of branches ({}) for app {app_id}.",
            ctx.config.max_branches_per_app
        )));
    }
    let arn = branch_arn(&app_arn, name);
    // Stage defaults to PRODUCTION: the model's Stage enum has no "NONE".
    let mut doc: Map<String, Value> = json!({
        "branchArn": arn,
        "branchName": name,
        "description": "",
        "stage": "PRODUCTION",
        "displayName": name.replace('/', "-"),
        "enableNotification": false,
        "createTime": ctx.now,
        "updateTime": ctx.now,
        "environmentVariables": {},
        "enableAutoBuild": true,
        "enableSkewProtection": false,
        "customDomains": [],
        "framework": "",
        "activeJobId": "0",
        "totalNumberOfJobs": "0",
        "enableBasicAuth": false,
        "enablePerformanceMode": false,
        "ttl": "5",
        "enablePullRequestPreview": false,
    })
    .as_object()
    .cloned()
    .unwrap_or_default();
    copy_members(&mut doc, input, KEPT);
    let doc = Value::Object(doc);
    if !ctx.tx.insert("branch", &app_arn, &arn, &doc)? {
        return Err(ServiceError::bad_request(format!("Branch {name} already exists for app {app_id}.")));
    }
    if let Some(Value::Object(tags)) = input.get("tags") {
        super::tags::check_keys(tags.keys())?;
        ctx.tx.set_tags(&arn, tags)?;
    }
    Ok(json!({ "branch": ctx.with_tags(&arn, doc)? }))
}

pub fn get(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, doc) = find(ctx, s(input, "appId"), s(input, "branchName"))?;
    Ok(json!({ "branch": ctx.with_tags(&arn, doc)? }))
}

pub fn list(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    let (rows, next) = ctx.page("branch", &app_arn, input)?;
    let mut branches = Vec::with_capacity(rows.len());
    for row in rows {
        let arn = row.doc["branchArn"].as_str().unwrap_or_default().to_string();
        branches.push(ctx.with_tags(&arn, row.doc)?);
    }
    Ok(list_output("branches", branches, next))
}

pub fn update(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, mut doc) = find(ctx, s(input, "appId"), s(input, "branchName"))?;
    if let Value::Object(fields) = &mut doc {
        copy_members(fields, input, KEPT);
        fields.insert("updateTime".into(), json!(ctx.now));
    }
    ctx.tx.update(&arn, &doc)?;
    Ok(json!({ "branch": ctx.with_tags(&arn, doc)? }))
}

pub fn delete(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, doc) = find(ctx, s(input, "appId"), s(input, "branchName"))?;
    let doc = ctx.with_tags(&arn, doc)?;
    ctx.tx.delete_tree(&arn)?;
    Ok(json!({ "branch": doc }))
}
