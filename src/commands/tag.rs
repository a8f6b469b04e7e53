//! `tag`: ListTagsForResource, TagResource, UntagResource.

use super::Ctx;
use crate::exit::CliError;
use crate::render::View;
use serde_json::{json, Map, Value};

const TAGS: View = View::Map { key: "tags", headers: ["KEY", "VALUE"] };

pub async fn list(ctx: &Ctx, arn: &str) -> Result<(), CliError> {
    let out = ctx.client().await?.call("ListTagsForResource", json!({ "resourceArn": arn })).await?;
    // As every empty list says so: a table with no rows would print nothing at all.
    if out["tags"].as_object().is_none_or(Map::is_empty) && ctx.query.is_none() {
        ctx.ui.status(format!("No tags on {arn}."));
    }
    ctx.print(&out, &TAGS)
}

pub async fn add(ctx: &Ctx, arn: &str, tags: Map<String, Value>) -> Result<(), CliError> {
    let n = tags.len();
    let out = ctx.client().await?.call("TagResource", json!({ "resourceArn": arn, "tags": tags })).await?;
    ctx.ui.status(format!("Tagged {arn} with {n} tag(s)"));
    ctx.print(&out, &View::Empty)
}

/// Removes the tags of `keys` that the resource has (ListTagsForResource first). Keys it does
/// not have are named in a warning; when it has none of them, nothing is sent and the command
/// still succeeds (exit 0): what was asked for, no such tags, is true.
pub async fn remove(ctx: &Ctx, arn: &str, keys: &[String]) -> Result<(), CliError> {
    let client = ctx.client().await?;
    let current = client.call("ListTagsForResource", json!({ "resourceArn": arn })).await?;
    let has = |k: &String| current["tags"].as_object().is_some_and(|t| t.contains_key(k.as_str()));
    let (present, missing): (Vec<&String>, Vec<&String>) = keys.iter().partition(|k| has(k));
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|k| k.as_str()).collect();
        ctx.ui.warn(format!("no tag {} on {arn}", names.join(", ")));
    }
    if present.is_empty() {
        ctx.ui.status("Nothing to remove");
        return ctx.print(&json!({}), &View::Empty);
    }
    let out = client.call("UntagResource", json!({ "resourceArn": arn, "tagKeys": present })).await?;
    ctx.ui.status(format!("Removed {} tag(s) from {arn}", present.len()));
    ctx.print(&out, &View::Empty)
}
