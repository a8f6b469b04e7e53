//! The Amplify Hosting service model: AWS's own JSON model of the API, embedded in the binary.
//!
//! It is the single place where each operation's HTTP method, URI template and members (with
//! their locations, types, limits, patterns and enums) are written. The API client serialises
//! requests from it, the emulator routes and parses requests with it, and both validate with
//! [`validate`]. Parsing it costs well under a millisecond and happens on first use only.

pub mod enums;
pub mod naming;
pub mod validate;

use indexmap::IndexMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The model file as shipped by AWS (`amplify-2017-07-25.model.json`).
pub const MODEL_JSON: &str = include_str!("amplify-2017-07-25.model.json");

#[derive(Debug, Deserialize)]
pub struct Model {
    pub metadata: Metadata,
    pub operations: BTreeMap<String, Operation>,
    pub shapes: BTreeMap<String, Shape>,
    #[serde(default)]
    pub paginators: BTreeMap<String, Paginator>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    pub api_version: String,
    pub signing_name: String,
    pub endpoint_prefix: String,
}

#[derive(Debug, Deserialize)]
pub struct Operation {
    pub name: String,
    pub http: Http,
    pub input: Option<ShapeRef>,
    pub output: Option<ShapeRef>,
    #[serde(default)]
    pub errors: Vec<ShapeRef>,
}

#[derive(Debug, Deserialize)]
pub struct Http {
    pub method: String,
    #[serde(rename = "requestUri")]
    pub request_uri: String,
}

#[derive(Debug, Deserialize)]
pub struct ShapeRef {
    pub shape: String,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ShapeType {
    Structure,
    List,
    Map,
    String,
    Integer,
    Long,
    Boolean,
    Timestamp,
    Blob,
    Double,
    Float,
}

#[derive(Debug, Deserialize)]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: ShapeType,
    #[serde(default)]
    pub members: IndexMap<String, Member>,
    #[serde(default)]
    pub required: Vec<String>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pattern: Option<String>,
    #[serde(rename = "enum")]
    pub enum_values: Option<Vec<String>>,
    #[serde(default)]
    pub sensitive: bool,
    /// List element.
    pub member: Option<ShapeRef>,
    /// Map key and value.
    pub key: Option<ShapeRef>,
    pub value: Option<ShapeRef>,
    pub error: Option<ErrorTrait>,
    #[serde(default)]
    pub exception: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorTrait {
    pub http_status_code: u16,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub shape: String,
    #[serde(default)]
    pub location: Location,
    pub location_name: Option<String>,
}

/// Where a request member travels.
#[derive(Debug, Deserialize, Default, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    #[default]
    Body,
    Uri,
    Querystring,
    Header,
}

#[derive(Debug, Deserialize)]
pub struct Paginator {
    pub input_token: String,
    pub output_token: String,
    pub limit_key: String,
    pub result_key: String,
}

/// The parsed model, loaded once.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| serde_json::from_str(MODEL_JSON).expect("the embedded model parses"))
}

impl Model {
    /// The operation of that name; the names are the model's (`CreateApp`, …).
    pub fn operation(&self, name: &str) -> &Operation {
        self.operations.get(name).unwrap_or_else(|| panic!("operation {name} is not in the model"))
    }

    pub fn shape(&self, name: &str) -> &Shape {
        self.shapes.get(name).unwrap_or_else(|| panic!("shape {name} is not in the model"))
    }

    /// The input structure of an operation.
    pub fn input_of(&self, op: &Operation) -> Option<&Shape> {
        op.input.as_ref().map(|r| self.shape(&r.shape))
    }

    pub fn output_of(&self, op: &Operation) -> Option<&Shape> {
        op.output.as_ref().map(|r| self.shape(&r.shape))
    }

    /// Member names anywhere in the model whose shape is marked sensitive (tokens, passwords,
    /// build specs). Renderers and `--debug` traces redact these.
    pub fn sensitive_member_names(&self) -> &'static [String] {
        static NAMES: OnceLock<Vec<String>> = OnceLock::new();
        NAMES.get_or_init(|| {
            let m = model();
            let mut names: Vec<String> = m
                .shapes
                .values()
                .flat_map(|s| s.members.iter())
                .filter(|(_, member)| m.shape(&member.shape).sensitive)
                .map(|(name, _)| name.clone())
                .collect();
            names.sort();
            names.dedup();
            names
        })
    }
}

impl Member {
    /// The wire name: the query key or header name, else the member name itself.
    pub fn wire_name<'a>(&'a self, member_name: &'a str) -> &'a str {
        self.location_name.as_deref().unwrap_or(member_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_has_all_37_operations() {
        let m = model();
        assert_eq!(m.operations.len(), 37);
        assert_eq!(m.metadata.signing_name, "amplify");
        let op = m.operation("ListTagsForResource");
        assert_eq!(op.http.method, "GET");
        assert_eq!(op.http.request_uri, "/tags/{resourceArn}");
    }

    #[test]
    fn sensitive_members_include_credentials_and_tokens() {
        let names = model().sensitive_member_names();
        for n in ["basicAuthCredentials", "oauthToken", "accessToken"] {
            assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
        }
    }
}
