//! rest-json on the server side, driven by the model: find the operation a request is for,
//! gather its input from the URI, query string, headers and body, and validate it.

use super::error::ServiceError;
use crate::model::{model, validate::validate_input, Location, Operation, ShapeType};
use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// No operation's path has an empty segment or a dot-segment. A client that sent one either
/// had an empty label, or named a resource `.`/`..` and normalised it away (botocore's HTTP
/// stack turns `DELETE /apps/ID/branches/..` into `DELETE /apps/ID/`): routing what is left
/// would run another operation (DeleteApp), so such a path is refused whole.
pub fn check_path(raw_path: &str) -> Result<(), ServiceError> {
    let segments: Vec<String> = raw_path.split('/').skip(1).map(decode).collect();
    let bad = raw_path.len() > 1 && segments.iter().any(|s| s.is_empty() || s == "." || s == "..");
    if bad {
        return Err(ServiceError::bad_request(format!(
            "The request path {raw_path:?} has an empty or dot segment: a name in the path is empty, `.` or `..`."
        )));
    }
    Ok(())
}

/// The operation for `method` and the raw (still percent-encoded) path, with its URI labels
/// decoded. A trailing `{resourceArn}` also takes any further segments, so an ARN sent with
/// its `/` unescaped (curl) still reaches the tagging operations.
pub fn route(method: &str, raw_path: &str) -> Option<(&'static Operation, Vec<(String, String)>)> {
    let path: Vec<&str> = raw_path.trim_end_matches('/').split('/').skip(1).collect();
    let mut fallback = None;
    for op in model().operations.values() {
        if !op.http.method.eq_ignore_ascii_case(method) {
            continue;
        }
        let template: Vec<&str> = op.http.request_uri.split('?').next().unwrap_or("").split('/').skip(1).collect();
        let exact = template.len() == path.len();
        let greedy_tail = path.len() > template.len() && template.last() == Some(&"{resourceArn}");
        if !exact && !greedy_tail {
            continue;
        }
        let mut labels = Vec::new();
        let mut ok = true;
        for (i, seg) in template.iter().enumerate() {
            if let Some(name) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                let value = if i == template.len() - 1 { path[i..].join("/") } else { path[i].to_string() };
                if value.is_empty() {
                    ok = false;
                    break;
                }
                labels.push((name.trim_end_matches('+').to_string(), decode(&value)));
            } else if *seg != path[i] {
                ok = false;
                break;
            }
        }
        if ok {
            if exact {
                return Some((op, labels));
            }
            fallback = Some((op, labels));
        }
    }
    fallback
}

fn typed_scalar(shape_name: &str, text: &str, member: &str) -> Result<Value, ServiceError> {
    let shape = model().shape(shape_name);
    Ok(match shape.kind {
        ShapeType::Integer | ShapeType::Long => text
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| ServiceError::bad_request(format!("{member} must be a whole number, not {text:?}")))?,
        ShapeType::Boolean => Value::Bool(text.eq_ignore_ascii_case("true")),
        _ => Value::String(text.to_string()),
    })
}

/// Gathers and validates the input of `op`.
pub fn parse_input(
    op: &Operation,
    labels: Vec<(String, String)>,
    raw_query: &str,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<Value, ServiceError> {
    let m = model();
    let Some(shape_ref) = &op.input else {
        return Ok(Value::Object(Map::new()));
    };
    let shape = m.shape(&shape_ref.shape);
    let mut input = Map::new();

    let query: Vec<(String, String)> = raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect();

    for (name, member) in &shape.members {
        let wire = member.wire_name(name);
        match member.location {
            Location::Uri => {
                if let Some((_, v)) = labels.iter().find(|(l, _)| l == wire) {
                    input.insert(name.clone(), Value::String(v.clone()));
                }
            }
            Location::Querystring => {
                let values: Vec<&String> = query.iter().filter(|(k, _)| k == wire).map(|(_, v)| v).collect();
                if values.is_empty() {
                    continue;
                }
                let member_shape = m.shape(&member.shape);
                let value = if member_shape.kind == ShapeType::List {
                    let elem = &member_shape.member.as_ref().expect("list member").shape;
                    Value::Array(values.iter().map(|v| typed_scalar(elem, v, name)).collect::<Result<_, _>>()?)
                } else {
                    typed_scalar(&member.shape, values[values.len() - 1], name)?
                };
                input.insert(name.clone(), value);
            }
            Location::Header => {
                if let Some(v) = headers.get(wire).and_then(|v| v.to_str().ok()) {
                    input.insert(name.clone(), typed_scalar(&member.shape, v, name)?);
                }
            }
            Location::Body => {}
        }
    }

    if !body.iter().all(u8::is_ascii_whitespace) {
        let parsed: Value = serde_json::from_slice(body).map_err(|e| {
            ServiceError::new(400, "SerializationException", format!("The request body is not valid JSON: {e}"))
        })?;
        let Value::Object(fields) = parsed else {
            return Err(ServiceError::new(400, "SerializationException", "The request body must be a JSON object."));
        };
        for (k, v) in fields {
            let is_body_member = shape.members.get(&k).is_some_and(|mem| mem.location == Location::Body);
            if !is_body_member {
                return Err(ServiceError::bad_request(format!("Unknown member in the request body: '{k}'.")));
            }
            if !v.is_null() {
                input.insert(k, v);
            }
        }
    }
    let input = Value::Object(input);
    validate_input(op, &input).map_err(|v| ServiceError::invalid(&v))?;
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_every_operation_of_the_model_from_its_own_template() {
        for op in model().operations.values() {
            let path = op.http.request_uri.replace('{', "x").replace('}', "");
            let (found, _) = route(&op.http.method, &path).unwrap_or_else(|| panic!("{} not routed", op.name));
            assert_eq!(found.name, op.name);
        }
    }

    #[test]
    fn labels_are_decoded_and_an_unescaped_arn_still_routes() {
        let (op, labels) = route("GET", "/tags/arn%3Aaws%3Aamplify%3Aus-east-1%3A1%3Aapps%2Fd1").unwrap();
        assert_eq!(op.name, "ListTagsForResource");
        assert_eq!(labels[0].1, "arn:aws:amplify:us-east-1:1:apps/d1");
        let (op, labels) = route("GET", "/tags/arn:aws:amplify:us-east-1:1:apps/d1/branches/main").unwrap();
        assert_eq!(op.name, "ListTagsForResource");
        assert_eq!(labels[0].1, "arn:aws:amplify:us-east-1:1:apps/d1/branches/main");
        assert!(route("GET", "/nothing/here").is_none());
        for bad in ["/apps/d1/", "/apps/d1/branches/..", "/apps/d1/branches/%2E", "/webhooks/", "/apps//branches"] {
            assert!(check_path(bad).is_err(), "{bad}");
        }
        assert!(check_path("/apps/d1/branches/a.b").is_ok());
        assert!(check_path("/apps").is_ok());
        let (op, _) = route("DELETE", "/apps/d1/branches/main/jobs/1/stop").unwrap();
        assert_eq!(op.name, "StopJob");
    }
}
