//! One error type for everything a call to the service can end in.

use crate::model::validate::Violation;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The service answered with an error. `operation` is the model's name of the call that
    /// got it (`GetApp`, …) and `scope` the app and branch it named: what was asked, which a
    /// hint can be chosen from and filled in with.
    #[error("{code}: {message}")]
    Service {
        code: String,
        message: String,
        status: u16,
        request_id: Option<String>,
        operation: String,
        scope: Box<Scope>,
    },
    /// No answer: connection refused or reset, timeout, TLS failure.
    #[error("could not reach {endpoint}: {detail}")]
    Transport { endpoint: String, detail: String, attempts: u32, elapsed: Duration },
    /// No credentials could be found or loaded.
    #[error("{0}")]
    Credentials(String),
    /// Region, endpoint or other settings are missing or wrong; nothing was sent.
    #[error("{0}")]
    Config(String),
    /// The request breaks the model's constraints; nothing was sent.
    #[error("{0}")]
    Invalid(Violation),
}

/// The app and branch a call named (its input's `appId` and `branchName`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub app_id: Option<String>,
    pub branch: Option<String>,
}

impl Scope {
    pub fn of(input: &serde_json::Value) -> Scope {
        let member = |name: &str| input.get(name).and_then(serde_json::Value::as_str).map(str::to_string);
        Scope { app_id: member("appId"), branch: member("branchName") }
    }
}

/// Error codes that mean "the caller is not allowed or not known" (exit 4 at the CLI).
const AUTH_CODES: &[&str] = &[
    "UnauthorizedException",
    "UnrecognizedClientException",
    "InvalidSignatureException",
    "AccessDeniedException",
    "SignatureDoesNotMatch",
    "InvalidClientTokenId",
    "ExpiredToken",
    "ExpiredTokenException",
    "MissingAuthenticationTokenException",
    "IncompleteSignatureException",
];

/// The AWS "standard" retry mode's throttling codes.
const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

const TRANSIENT_CODES: &[&str] = &["RequestTimeout", "RequestTimeoutException", "InternalFailureException"];

/// The kinds of resource the service has, as far as an error needs to tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    App,
    Branch,
    Job,
    Artifact,
    Domain,
    Webhook,
    BackendEnvironment,
}

impl Resource {
    /// The resource a NotFoundException from `operation` is about: the one the operation
    /// reads, changes or deletes, or for one that creates or lists, the parent it needs (a
    /// branch's jobs need the branch). A missing parent of a parent (the app of GetBranch) is
    /// answered with the same code; the operation cannot tell it apart, and the hint for the
    /// nearer resource leads to the other in one more step. `None` for an operation with no
    /// such resource (CreateApp, ListApps, the tag operations, which use
    /// ResourceNotFoundException with an ARN).
    pub fn missing_in(operation: &str) -> Option<Resource> {
        Some(match operation {
            "GetApp" | "UpdateApp" | "DeleteApp" => Resource::App,
            "CreateBranch" | "ListBranches" => Resource::App,
            "CreateDomainAssociation" | "ListDomainAssociations" => Resource::App,
            "CreateWebhook" | "ListWebhooks" => Resource::App,
            "CreateBackendEnvironment" | "ListBackendEnvironments" => Resource::App,
            "GetBranch" | "UpdateBranch" | "DeleteBranch" => Resource::Branch,
            "StartJob" | "ListJobs" | "CreateDeployment" | "StartDeployment" => Resource::Branch,
            "GetJob" | "StopJob" | "DeleteJob" | "ListArtifacts" => Resource::Job,
            "GetArtifactUrl" => Resource::Artifact,
            "GetDomainAssociation" | "UpdateDomainAssociation" | "DeleteDomainAssociation" => Resource::Domain,
            "GenerateAccessLogs" => Resource::Domain,
            "GetWebhook" | "UpdateWebhook" | "DeleteWebhook" => Resource::Webhook,
            "GetBackendEnvironment" | "DeleteBackendEnvironment" => Resource::BackendEnvironment,
            _ => return None,
        })
    }
}

impl ApiError {
    /// The model's name of the operation a service error answered (`GetApp`, …).
    pub fn operation(&self) -> Option<&str> {
        match self {
            ApiError::Service { operation, .. } => Some(operation),
            _ => None,
        }
    }

    /// For a NotFoundException, the kind of resource that was not found (see
    /// [`Resource::missing_in`]): chosen from the code and the operation, except that a
    /// message beginning `App ` (the service's wording for a missing app) means the app. It
    /// only picks a hint; nothing acts on it.
    pub fn missing_resource(&self) -> Option<Resource> {
        match self {
            // An operation on a part of an app (GetBranch) may not find the app itself: its
            // message says so ("App d1 not found."), and the hint is then about apps.
            ApiError::Service { code, message, .. } if code == "NotFoundException" && message.starts_with("App ") => {
                Some(Resource::App)
            }
            ApiError::Service { code, operation, .. } if code == "NotFoundException" => Resource::missing_in(operation),
            _ => None,
        }
    }

    /// The app and branch the failed call named (none for other errors).
    pub fn scope(&self) -> Option<&Scope> {
        match self {
            ApiError::Service { scope, .. } => Some(scope.as_ref()),
            _ => None,
        }
    }

    /// The error with the scope of the call that got it.
    pub fn scoped(self, input: &serde_json::Value) -> ApiError {
        match self {
            ApiError::Service { code, message, status, request_id, operation, .. } => {
                ApiError::Service { code, message, status, request_id, operation, scope: Box::new(Scope::of(input)) }
            }
            other => other,
        }
    }

    pub fn code(&self) -> Option<&str> {
        match self {
            ApiError::Service { code, .. } => Some(code),
            _ => None,
        }
    }

    pub fn is_auth(&self) -> bool {
        match self {
            ApiError::Service { code, status, .. } => {
                AUTH_CODES.contains(&code.as_str()) || *status == 401 || *status == 403
            }
            ApiError::Credentials(_) => true,
            _ => false,
        }
    }

    pub fn is_not_found(&self) -> bool {
        matches!(self.code(), Some("NotFoundException" | "ResourceNotFoundException"))
    }

    /// Whether the standard retry policy tries this again.
    pub fn is_retryable(&self) -> bool {
        match self {
            ApiError::Service { code, status, .. } => {
                THROTTLING_CODES.contains(&code.as_str())
                    || TRANSIENT_CODES.contains(&code.as_str())
                    || matches!(status, 429 | 500 | 502 | 503 | 504)
            }
            ApiError::Transport { .. } => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::model;

    fn not_found(operation: &str) -> ApiError {
        ApiError::Service {
            code: "NotFoundException".into(),
            message: "Something else entirely".into(),
            status: 404,
            request_id: None,
            operation: operation.into(),
            scope: Box::default(),
        }
    }

    /// Every operation of the model has a resource for NotFoundException, except the few
    /// with none; the names in the table are the model's (a typo would leave one out).
    #[test]
    fn every_operation_that_can_miss_a_resource_names_it() {
        let without = ["CreateApp", "ListApps", "ListTagsForResource", "TagResource", "UntagResource"];
        for (name, op) in &model().operations {
            let can_miss = op.errors.iter().any(|e| e.shape == "NotFoundException");
            match Resource::missing_in(name) {
                Some(_) => assert!(!without.contains(&name.as_str()), "{name}"),
                None => {
                    assert!(without.contains(&name.as_str()), "{name} names no resource");
                    assert!(!can_miss, "{name} can answer NotFoundException");
                }
            }
        }
    }

    #[test]
    fn the_resource_comes_from_the_operation_not_the_message() {
        assert_eq!(not_found("GetApp").missing_resource(), Some(Resource::App));
        assert_eq!(not_found("ListBranches").missing_resource(), Some(Resource::App));
        assert_eq!(not_found("UpdateBranch").missing_resource(), Some(Resource::Branch));
        assert_eq!(not_found("ListJobs").missing_resource(), Some(Resource::Branch));
        assert_eq!(not_found("StopJob").missing_resource(), Some(Resource::Job));
        assert_eq!(not_found("ListArtifacts").missing_resource(), Some(Resource::Job));
        assert_eq!(not_found("DeleteDomainAssociation").missing_resource(), Some(Resource::Domain));
        assert_eq!(not_found("GetWebhook").missing_resource(), Some(Resource::Webhook));
        assert_eq!(not_found("GetBackendEnvironment").missing_resource(), Some(Resource::BackendEnvironment));
        assert_eq!(not_found("TagResource").missing_resource(), None);
        let other = ApiError::Service {
            code: "BadRequestException".into(),
            message: "App d1 not found.".into(),
            status: 400,
            request_id: None,
            operation: "GetApp".into(),
            scope: Box::default(),
        };
        assert_eq!(other.missing_resource(), None);
        assert_eq!(other.operation(), Some("GetApp"));
    }
}
