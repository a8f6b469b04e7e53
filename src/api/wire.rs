//! rest-json serialisation of an operation's input, driven by the model: each member goes to
//! the URI, the query string, a header or the JSON body, as its location says.

use crate::model::{model, Location, Operation, ShapeType};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{Map, Value};

/// Everything but the RFC 3986 unreserved characters is escaped: what AWS's SDKs do for URI
/// labels and query values (an ARN in `/tags/{resourceArn}` keeps its `:` and `/` escaped).
pub const STRICT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, STRICT).to_string()
}

/// A request ready to sign: method, path with query, headers, optional JSON body.
#[derive(Debug, Clone)]
pub struct WireRequest {
    pub method: String,
    pub path_and_query: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

/// Renders a scalar the way the query string and headers carry it.
fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Serialises `input` (already validated) for `op`.
pub fn serialize(op: &Operation, input: &Value) -> WireRequest {
    let m = model();
    let empty = Map::new();
    let fields = input.as_object().unwrap_or(&empty);
    let mut path = op.http.request_uri.clone();
    let mut query: Vec<(String, String)> = Vec::new();
    let mut headers = Vec::new();
    let mut body = Map::new();
    let mut has_body_members = false;

    if let Some(shape) = m.input_of(op) {
        for (name, member) in &shape.members {
            if member.location == Location::Body {
                has_body_members = true;
            }
            let Some(value) = fields.get(name).filter(|v| !v.is_null()) else {
                continue;
            };
            let wire = member.wire_name(name);
            match member.location {
                Location::Uri => {
                    path = path.replace(&format!("{{{wire}}}"), &encode(&scalar_text(value)));
                }
                Location::Querystring => match value {
                    Value::Array(items) => query.extend(items.iter().map(|i| (wire.to_string(), scalar_text(i)))),
                    v => query.push((wire.to_string(), scalar_text(v))),
                },
                Location::Header => headers.push((wire.to_string(), scalar_text(value))),
                Location::Body => {
                    body.insert(name.clone(), value.clone());
                }
            }
        }
    }
    if !query.is_empty() {
        let qs: Vec<String> = query.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        path = format!("{path}?{}", qs.join("&"));
    }
    let body = has_body_members.then(|| serde_json::to_vec(&Value::Object(body)).expect("JSON serialises"));
    if body.is_some() {
        headers.push(("content-type".into(), "application/json".into()));
    }
    WireRequest { method: op.http.method.clone(), path_and_query: path, headers, body }
}

/// True when the shape (by name) is a timestamp; used by callers converting user input.
pub fn is_timestamp(shape_name: &str) -> bool {
    model().shape(shape_name).kind == ShapeType::Timestamp
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_arn_in_the_path_is_fully_percent_encoded() {
        let op = model().operation("ListTagsForResource");
        let req =
            serialize(op, &json!({"resourceArn": "arn:aws:amplify:us-east-1:123456789012:apps/d1/branches/feat x"}));
        assert_eq!(
            req.path_and_query,
            "/tags/arn%3Aaws%3Aamplify%3Aus-east-1%3A123456789012%3Aapps%2Fd1%2Fbranches%2Ffeat%20x"
        );
        assert!(req.body.is_none());
    }

    #[test]
    fn list_members_repeat_in_the_query_and_body_members_go_to_json() {
        let op = model().operation("UntagResource");
        let req = serialize(op, &json!({"resourceArn": "arn:aws:amplify:x", "tagKeys": ["a b", "c"]}));
        assert_eq!(req.method, "DELETE");
        assert!(req.path_and_query.ends_with("?tagKeys=a%20b&tagKeys=c"), "{}", req.path_and_query);

        let op = model().operation("UpdateBranch");
        let req = serialize(op, &json!({"appId": "d1", "branchName": "feature/x", "description": "hi"}));
        assert_eq!(req.path_and_query, "/apps/d1/branches/feature%2Fx");
        assert_eq!(req.body.unwrap(), br#"{"description":"hi"}"#.to_vec());
    }
}
