//! Webhooks: URLs that start a WEB_HOOK job on their branch when POSTed to.

use super::jobs::{self, NewJob, BUILD_STEPS};
use super::{list_output, random_id, s, RequestCtx};
use crate::emulator::error::ServiceError;
use crate::model::enums::JobType;
use serde_json::{json, Value};

const MAX_WEBHOOKS_PER_APP: usize = 50;

fn webhook_arn(ctx: &RequestCtx, id: &str) -> String {
    format!("arn:aws:amplify:{}:{}:webhooks/{id}", ctx.region, ctx.account())
}

/// The Webhook the API returns; its URL is on this emulator, with the webhook's token.
fn output(ctx: &RequestCtx, doc: &Value) -> Value {
    let url = format!(
        "{}/_amphost/webhooks?id={}&token={}&operation=startbuild",
        ctx.config.webhook_base.as_deref().unwrap_or(ctx.base_url),
        doc["webhookId"].as_str().unwrap_or_default(),
        doc["token"].as_str().unwrap_or_default()
    );
    json!({
        "webhookArn": doc["webhookArn"],
        "webhookId": doc["webhookId"],
        "webhookUrl": url,
        "appId": doc["appId"],
        "branchName": doc["branchName"],
        "description": doc["description"],
        "createTime": doc["createTime"],
        "updateTime": doc["updateTime"],
    })
}

fn find(ctx: &RequestCtx, id: &str) -> Result<(String, Value), ServiceError> {
    let arn = webhook_arn(ctx, id);
    let doc = ctx.tx.get(&arn)?.ok_or_else(|| ServiceError::not_found(format!("Webhook {id} not found.")))?;
    Ok((arn, doc))
}

pub fn create(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let app_id = s(input, "appId");
    let branch = s(input, "branchName");
    super::branches::find(ctx, app_id, branch)?;
    let (app_arn, _) = ctx.app(app_id)?;
    ctx.check_quota("webhook", &app_arn, MAX_WEBHOOKS_PER_APP, &format!("webhooks of app {app_id}"))?;
    let id = uuid::Uuid::new_v4().to_string();
    let arn = webhook_arn(ctx, &id);
    let doc = json!({
        "webhookArn": arn, "webhookId": id, "appId": app_id, "branchName": branch,
        "description": input.get("description").and_then(Value::as_str).unwrap_or_default(),
        "createTime": ctx.now, "updateTime": ctx.now, "token": random_id(40),
    });
    ctx.tx.insert("webhook", &app_arn, &arn, &doc)?;
    Ok(json!({"webhook": output(ctx, &doc)}))
}

pub fn get(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (_, doc) = find(ctx, s(input, "webhookId"))?;
    Ok(json!({"webhook": output(ctx, &doc)}))
}

pub fn list(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    let (rows, next) = ctx.page("webhook", &app_arn, input)?;
    Ok(list_output("webhooks", rows.iter().map(|r| output(ctx, &r.doc)).collect(), next))
}

pub fn update(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, mut doc) = find(ctx, s(input, "webhookId"))?;
    if let Some(branch) = input.get("branchName").and_then(Value::as_str) {
        super::branches::find(ctx, doc["appId"].as_str().unwrap_or_default(), branch)?;
        doc["branchName"] = json!(branch);
    }
    if let Some(d) = input.get("description") {
        doc["description"] = d.clone();
    }
    doc["updateTime"] = json!(ctx.now);
    ctx.tx.update(&arn, &doc)?;
    Ok(json!({"webhook": output(ctx, &doc)}))
}

pub fn delete(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, doc) = find(ctx, s(input, "webhookId"))?;
    let out = output(ctx, &doc);
    ctx.tx.delete_tree(&arn)?;
    Ok(json!({"webhook": out}))
}

/// A POST to a webhook URL: with the right token, a WEB_HOOK job starts on its branch.
pub fn trigger(ctx: &RequestCtx, id: &str, token: &str) -> Result<Value, ServiceError> {
    let hook = ctx
        .tx
        .all_of_kind("webhook")?
        .into_iter()
        .find(|w| w["webhookId"] == id)
        .ok_or_else(|| ServiceError::not_found(format!("Webhook {id} not found.")))?;
    if hook["token"] != token {
        return Err(ServiceError::new(403, "AccessDenied", "The webhook token is not valid."));
    }
    let job = jobs::create(
        ctx,
        hook["appId"].as_str().unwrap_or_default(),
        hook["branchName"].as_str().unwrap_or_default(),
        NewJob {
            job_type: JobType::WebHook,
            steps: BUILD_STEPS,
            started: true,
            commit_id: None,
            commit_message: Some("Started by a webhook"),
            commit_time: None,
            extra: json!({}),
        },
    )?;
    Ok(json!({"jobSummary": jobs::summary(&job, ctx.now)}))
}
