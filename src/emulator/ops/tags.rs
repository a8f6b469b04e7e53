//! TagResource, UntagResource, ListTagsForResource: on any resource the emulator holds.

use super::{s, RequestCtx};
use crate::emulator::error::ServiceError;
use serde_json::{json, Value};

const MAX_TAGS: usize = 50;

/// Keys beginning with `aws:` are reserved for AWS.
pub fn check_keys<'a>(keys: impl IntoIterator<Item = &'a String>) -> Result<(), ServiceError> {
    match keys.into_iter().find(|k| k.to_ascii_lowercase().starts_with("aws:")) {
        Some(k) => Err(ServiceError::bad_request(format!("Tag key '{k}' uses the reserved prefix 'aws:'."))),
        None => Ok(()),
    }
}

/// The resource must exist in the request's region (its ARN's), as on AWS, where each
/// region's endpoint knows only its own resources.
fn require_resource(ctx: &RequestCtx, arn: &str) -> Result<(), ServiceError> {
    let here = arn.starts_with(&format!("arn:aws:amplify:{}:", ctx.region));
    match ctx.tx.get(arn)? {
        Some(_) if here => Ok(()),
        _ => Err(ServiceError::resource_not_found(format!("Resource {arn} not found."))),
    }
}

pub fn tag(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let arn = s(input, "resourceArn");
    require_resource(ctx, arn)?;
    let mut tags = ctx.tx.tags(arn)?;
    if let Some(Value::Object(new)) = input.get("tags") {
        check_keys(new.keys())?;
        for (k, v) in new {
            tags.insert(k.clone(), v.clone());
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(ServiceError::bad_request(format!("A resource can have at most {MAX_TAGS} tags.")));
    }
    ctx.tx.set_tags(arn, &tags)?;
    Ok(json!({}))
}

pub fn untag(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let arn = s(input, "resourceArn");
    require_resource(ctx, arn)?;
    let mut tags = ctx.tx.tags(arn)?;
    for key in input["tagKeys"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        tags.shift_remove(key);
    }
    ctx.tx.set_tags(arn, &tags)?;
    Ok(json!({}))
}

pub fn list(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let arn = s(input, "resourceArn");
    require_resource(ctx, arn)?;
    Ok(json!({ "tags": ctx.tx.tags(arn)? }))
}
