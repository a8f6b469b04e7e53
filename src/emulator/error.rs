//! Errors as the service sends them: an HTTP status, `x-amzn-ErrorType` and `{"message": …}`.

use crate::model::validate::Violation;

#[derive(Debug, Clone)]
pub struct ServiceError {
    pub status: u16,
    pub code: String,
    pub message: String,
}

impl ServiceError {
    pub fn new(status: u16, code: &str, message: impl Into<String>) -> ServiceError {
        ServiceError { status, code: code.to_string(), message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> ServiceError {
        ServiceError::new(400, "BadRequestException", message)
    }

    pub fn not_found(message: impl Into<String>) -> ServiceError {
        ServiceError::new(404, "NotFoundException", message)
    }

    /// The tagging operations' own not-found error.
    pub fn resource_not_found(message: impl Into<String>) -> ServiceError {
        ServiceError::new(404, "ResourceNotFoundException", message)
    }

    pub fn limit_exceeded(message: impl Into<String>) -> ServiceError {
        ServiceError::new(429, "LimitExceededException", message)
    }

    pub fn internal(message: impl Into<String>) -> ServiceError {
        ServiceError::new(500, "InternalFailureException", message)
    }

    pub fn unknown_operation(method: &str, path: &str) -> ServiceError {
        ServiceError::new(404, "UnknownOperationException", format!("No operation matches {method} {path}"))
    }

    pub fn invalid(v: &Violation) -> ServiceError {
        ServiceError::bad_request(format!(
            "1 validation error detected: Value at '{}' failed to satisfy constraint: {}",
            v.path, v.problem
        ))
    }

    /// The JSON body: the model's error shapes (ResourceNotFoundException also has `code`).
    pub fn body(&self) -> serde_json::Value {
        if self.code == "ResourceNotFoundException" {
            serde_json::json!({"code": self.code, "message": self.message})
        } else {
            serde_json::json!({"message": self.message})
        }
    }
}

impl From<rusqlite::Error> for ServiceError {
    fn from(e: rusqlite::Error) -> ServiceError {
        ServiceError::internal(format!("storage error: {e}"))
    }
}
