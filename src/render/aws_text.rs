//! `--query` with `-o text`: the AWS CLI's text format (awscli's `text.py`), so that a script
//! written for `aws … --query Q --output text` reads amphost's output the same way. A list of
//! scalars is one line of tab-separated values; an object is one line of its scalar values in
//! the order of their keys, its lists and objects below it (their lines headed by their key in
//! capitals); a list of objects is one line each over the union of their scalar keys. Values
//! read as Python prints them (`True`, `None`), control characters escaped (never raw).

use super::escape_controls;
use serde_json::{Map, Value};

/// `value` in the AWS CLI's text format.
pub fn aws_text(value: &Value) -> String {
    let mut out = String::new();
    item(value, None, None, &mut out);
    out
}

fn item(value: &Value, identifier: Option<&str>, scalar_keys: Option<&[String]>, out: &mut String) {
    match value {
        Value::Object(fields) => object(fields, identifier, scalar_keys, out),
        Value::Array(items) => list(items, identifier, out),
        scalar => {
            out.push_str(&python_str(scalar));
            out.push('\n');
        }
    }
}

fn list(items: &[Value], identifier: Option<&str>, out: &mut String) {
    if items.iter().any(Value::is_object) {
        let keys = all_scalar_keys(items);
        for element in items {
            item(element, identifier, Some(&keys), out);
        }
    } else if items.iter().any(Value::is_array) {
        let (nested, scalars): (Vec<&Value>, Vec<&Value>) = items.iter().partition(|v| v.is_array());
        if !scalars.is_empty() {
            scalar_list(&scalars, identifier, out);
        }
        for element in nested {
            item(element, identifier, None, out);
        }
    } else if !items.is_empty() {
        scalar_list(&items.iter().collect::<Vec<_>>(), identifier, out);
    }
}

fn scalar_list(items: &[&Value], identifier: Option<&str>, out: &mut String) {
    match identifier {
        Some(id) => {
            for value in items {
                out.push_str(&format!("{}\t{}\n", id.to_uppercase(), python_str(value)));
            }
        }
        None => {
            let line: Vec<String> = items.iter().map(|v| python_str(v)).collect();
            out.push_str(&line.join("\t"));
            out.push('\n');
        }
    }
}

fn object(fields: &Map<String, Value>, identifier: Option<&str>, scalar_keys: Option<&[String]>, out: &mut String) {
    let mut sorted: Vec<(&String, &Value)> = fields.iter().collect();
    sorted.sort_by_key(|(key, _)| *key);
    let (mut scalars, nested): (Vec<String>, Vec<(&String, &Value)>) = match scalar_keys {
        // Over a list's keys: a key this object lacks is an empty column.
        Some(keys) => (
            keys.iter().map(|k| fields.get(k).map(python_str).unwrap_or_default()).collect(),
            sorted.into_iter().filter(|(key, _)| !keys.contains(key)).collect(),
        ),
        None => {
            let (nested, scalars): (Vec<_>, Vec<_>) = sorted.into_iter().partition(|(_, v)| is_nested(v));
            (scalars.into_iter().map(|(_, v)| python_str(v)).collect(), nested)
        }
    };
    if !scalars.is_empty() {
        if let Some(id) = identifier {
            scalars.insert(0, id.to_uppercase());
        }
        out.push_str(&scalars.join("\t"));
        out.push('\n');
    }
    for (key, value) in nested {
        item(value, Some(key), None, out);
    }
}

fn is_nested(value: &Value) -> bool {
    value.is_object() || value.is_array()
}

/// The keys whose value is a scalar in any of the objects of `items`, sorted.
fn all_scalar_keys(items: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = items
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|fields| fields.iter().filter(|(_, v)| !is_nested(v)).map(|(k, _)| k.clone()))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// A value as Python's `str()` prints it (the AWS CLI's way), strings with their control
/// characters escaped.
fn python_str(value: &Value) -> String {
    match value {
        Value::String(s) => escape_controls(s),
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_objects_and_scalars_read_as_the_aws_cli_prints_them() {
        let app = json!({"name": "hello", "appId": "d1", "enableBasicAuth": false, "description": null,
            "productionBranch": {"branchName": "main", "status": "SUCCEED"},
            "customRules": [{"source": "/a", "target": "/b", "status": "301"}, {"source": "/<*>", "target": "/i", "condition": "<US>"}],
            "environmentVariables": {"B": "2", "A": "1"}, "tags": ["x", "y"]});
        assert_eq!(aws_text(&json!(["hello", "d1"])), "hello\td1\n");
        assert_eq!(aws_text(&json!({"n": "hello", "i": "d1"})), "d1\thello\n");
        assert_eq!(aws_text(&app["productionBranch"]), "main\tSUCCEED\n");
        assert_eq!(aws_text(&json!([app["name"], app["enableBasicAuth"], app["description"]])), "hello\tFalse\tNone\n");
        assert_eq!(aws_text(&app["customRules"]), "\t/a\t301\t/b\n<US>\t/<*>\t\t/i\n");
        assert_eq!(
            aws_text(&app),
            "d1\tNone\tFalse\thello\nCUSTOMRULES\t\t/a\t301\t/b\nCUSTOMRULES\t<US>\t/<*>\t\t/i\n\
             ENVIRONMENTVARIABLES\t1\t2\nPRODUCTIONBRANCH\tmain\tSUCCEED\nTAGS\tx\nTAGS\ty\n"
        );
        assert_eq!(aws_text(&json!("a\u{1b}[2J")), "a\\u{1b}[2J\n");
        assert_eq!(aws_text(&json!([])), "");
    }
}
