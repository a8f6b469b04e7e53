//! Backend environments: CreateBackendEnvironment, Get, List (optionally by name), Delete.

use super::{list_output, s, RequestCtx};
use crate::api::wire::encode;
use crate::emulator::error::ServiceError;
use serde_json::{json, Value};

const MAX_PER_APP: usize = 50;

fn find(ctx: &RequestCtx, input: &Value) -> Result<(String, Value), ServiceError> {
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    let name = s(input, "environmentName");
    let arn = format!("{app_arn}/backendenvironments/{}", encode(name));
    let doc =
        ctx.tx.get(&arn)?.ok_or_else(|| ServiceError::not_found(format!("Backend environment {name} not found.")))?;
    Ok((arn, doc))
}

pub fn create(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let app_id = s(input, "appId");
    let (app_arn, _) = ctx.app(app_id)?;
    ctx.check_quota("backendenv", &app_arn, MAX_PER_APP, &format!("backend environments of app {app_id}"))?;
    let name = s(input, "environmentName");
    let arn = format!("{app_arn}/backendenvironments/{}", encode(name));
    let mut doc = json!({"backendEnvironmentArn": arn, "environmentName": name});
    if let Value::Object(d) = &mut doc {
        super::copy_members(d, input, &["stackName", "deploymentArtifacts"]);
        d.insert("createTime".into(), json!(ctx.now));
        d.insert("updateTime".into(), json!(ctx.now));
    }
    if !ctx.tx.insert("backendenv", &app_arn, &arn, &doc)? {
        return Err(ServiceError::bad_request(format!("Backend environment {name} already exists for app {app_id}.")));
    }
    Ok(json!({"backendEnvironment": doc}))
}

pub fn get(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (_, doc) = find(ctx, input)?;
    Ok(json!({"backendEnvironment": doc}))
}

pub fn list(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    let (rows, next) = ctx.page("backendenv", &app_arn, input)?;
    let wanted = input.get("environmentName").and_then(Value::as_str);
    let items = rows.into_iter().map(|r| r.doc).filter(|d| wanted.is_none_or(|w| d["environmentName"] == w)).collect();
    Ok(list_output("backendEnvironments", items, next))
}

pub fn delete(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, doc) = find(ctx, input)?;
    ctx.tx.delete_tree(&arn)?;
    Ok(json!({"backendEnvironment": doc}))
}
