//! `tag`: ListTagsForResource, TagResource, UntagResource.

use super::Ctx;
use crate::exit::CliError;
use crate::render::View;
use serde_json::{json, Map, Value};

const TAGS: View = View::Map { key: "tags", headers: ["KEY", "VALUE"] };

pub async fn list(ctx: &Ctx, arn: &str) -> Result<(), CliError> {
    let out = ctx.client().await?.call("ListTagsForResource", json!({ "resourceArn": arn })).await?;
    ctx.print(&out, &TAGS)
}

pub async fn add(ctx: &Ctx, arn: &str, tags: Map<String, Value>) -> Result<(), CliError> {
    let n = tags.len();
    let out = ctx.client().await?.call("TagResource", json!({ "resourceArn": arn, "tags": tags })).await?;
    ctx.ui.status(format!("Tagged {arn} with {n} tag(s)"));
    ctx.print(&out, &View::Empty)
}

pub async fn remove(ctx: &Ctx, arn: &str, keys: &[String]) -> Result<(), CliError> {
    let out = ctx.client().await?.call("UntagResource", json!({ "resourceArn": arn, "tagKeys": keys })).await?;
    ctx.ui.status(format!("Removed {} tag(s) from {arn}", keys.len()));
    ctx.print(&out, &View::Empty)
}
