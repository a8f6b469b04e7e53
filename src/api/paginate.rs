//! Fetching every page of a List operation and merging them, the way the AWS CLI does:
//! `--max-items` caps what is returned (with a `NextToken` to resume from), `--page-size` sets
//! how many items each request asks for, `--starting-token` resumes.

use super::{ApiError, Client};
use crate::model::{model, ShapeType};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Default)]
pub struct PageOptions {
    pub max_items: Option<usize>,
    pub page_size: Option<i64>,
    pub starting_token: Option<String>,
}

/// Our resume token: the service's token plus how many items of that page were already shown.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct ResumeToken {
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    skip: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn encode_token(t: &ResumeToken) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(t).expect("serialises"))
}

fn decode_token(s: &str) -> Option<ResumeToken> {
    let bytes = URL_SAFE_NO_PAD.decode(s.trim()).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The member of a List operation's output that holds the items.
pub fn result_key(operation: &str) -> String {
    let m = model();
    if let Some(p) = m.paginators.get(operation) {
        return p.result_key.clone();
    }
    let op = m.operation(operation);
    let out = m.output_of(op).expect("list operations have an output");
    out.members
        .iter()
        .find(|(_, mem)| m.shape(&mem.shape).kind == ShapeType::List)
        .map(|(name, _)| name.clone())
        .unwrap_or_else(|| panic!("{operation} has no list member"))
}

impl PageOptions {
    /// Checks the page size against the operation's limits (`maxResults`) before anything is
    /// sent: an app name lookup comes first in most List verbs.
    pub fn check(&self, operation: &str) -> Result<(), String> {
        let Some(size) = self.page_size else { return Ok(()) };
        let m = model();
        let Some(member) = m.input_of(m.operation(operation)).and_then(|s| s.members.get("maxResults")) else {
            return Ok(());
        };
        crate::model::validate::validate(&member.shape, &Value::from(size))
            .map_err(|v| format!("--page-size {size}: {}", v.problem))
    }
}

/// Checks a `--starting-token` before anything is sent.
pub fn check_starting_token(token: &str) -> Result<(), String> {
    decode_token(token)
        .map(|_| ())
        .ok_or_else(|| format!("--starting-token {token:?} is not a token amphost printed (use the NextToken of an earlier --max-items run)"))
}

/// Calls `operation` until the pages run out or `max_items` are gathered; returns the first
/// page's object with the items of all pages merged under the result key.
pub async fn list_all(
    client: &Client,
    operation: &str,
    mut input: Value,
    opts: &PageOptions,
) -> Result<Value, ApiError> {
    let key = result_key(operation);
    let mut skip = 0;
    if let Some(t) = &opts.starting_token {
        let token = decode_token(t).ok_or_else(|| ApiError::Config(check_starting_token(t).unwrap_err()))?;
        if let Some(nt) = token.next_token {
            input["nextToken"] = Value::String(nt);
        }
        skip = token.skip;
    }
    if let Some(size) = opts.page_size {
        input["maxResults"] = Value::from(size);
    }
    let mut merged: Option<Value> = None;
    let mut items: Vec<Value> = Vec::new();
    loop {
        let page_token = input.get("nextToken").and_then(Value::as_str).map(str::to_string);
        let mut page = client.call(operation, input.clone()).await?;
        let page_items = match page.get_mut(&key).map(Value::take) {
            Some(Value::Array(a)) => a,
            _ => Vec::new(),
        };
        let next = page.get("nextToken").and_then(Value::as_str).filter(|t| !t.is_empty()).map(str::to_string);
        let available = page_items.len().saturating_sub(skip);
        let room = opts.max_items.map(|m| m - items.len());
        let taking = room.map_or(available, |r| r.min(available));
        items.extend(page_items.into_iter().skip(skip).take(taking));
        let consumed_whole_page = taking == available;
        let base = merged.get_or_insert(page);
        if let Value::Object(o) = base {
            o.remove("nextToken");
        }
        let full = opts.max_items.is_some_and(|m| items.len() >= m);
        if full {
            let resume = if consumed_whole_page {
                next.map(|t| ResumeToken { next_token: Some(t), skip: 0 })
            } else {
                Some(ResumeToken { next_token: page_token, skip: skip + taking })
            };
            if let (Some(r), Value::Object(o)) = (resume, &mut *base) {
                o.insert("NextToken".into(), Value::String(encode_token(&r)));
            }
            break;
        }
        skip = 0;
        match next {
            Some(t) => input["nextToken"] = Value::String(t),
            None => break,
        }
    }
    let mut out = merged.unwrap_or_else(|| Value::Object(Default::default()));
    // Assigning in place keeps the key where the service put it.
    out[&key] = Value::Array(items);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_keys_come_from_the_paginators_or_the_output_list() {
        assert_eq!(result_key("ListApps"), "apps");
        assert_eq!(result_key("ListJobs"), "jobSummaries");
        assert_eq!(result_key("ListWebhooks"), "webhooks");
        assert_eq!(result_key("ListBackendEnvironments"), "backendEnvironments");
    }

    #[test]
    fn page_sizes_are_checked_against_the_operation() {
        let page = |n| PageOptions { page_size: Some(n), ..Default::default() };
        assert!(page(50).check("ListWebhooks").is_ok());
        assert!(page(999).check("ListWebhooks").unwrap_err().contains("--page-size 999"));
        assert!(page(101).check("ListApps").is_err());
        assert!(PageOptions::default().check("ListApps").is_ok());
    }

    #[test]
    fn resume_tokens_round_trip_and_garbage_is_refused() {
        let t = ResumeToken { next_token: Some("abc".into()), skip: 3 };
        assert_eq!(decode_token(&encode_token(&t)), Some(t));
        assert!(check_starting_token("not a token!").is_err());
    }
}
