//! One error type for everything a call to the service can end in.

use crate::model::validate::Violation;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The service answered with an error.
    #[error("{code}: {message}")]
    Service { code: String, message: String, status: u16, request_id: Option<String> },
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

impl ApiError {
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
