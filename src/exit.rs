//! Exit codes, in one place, and the error every command ends in.

use crate::api::ApiError;
use std::fmt;

/// The documented exit codes (README, "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    /// A service, network or other error.
    Failure = 1,
    /// Usage or invalid input: nothing was sent.
    Usage = 2,
    /// A job or domain that was waited on ended FAILED or CANCELLED.
    JobFailed = 3,
    /// Credentials or authorization.
    Auth = 4,
    /// A wait timed out.
    Timeout = 5,
    /// Interrupted by SIGHUP (the terminal closed).
    HangUp = 129,
    /// Interrupted (Ctrl-C, SIGINT).
    Interrupted = 130,
    /// Interrupted by SIGTERM.
    Terminated = 143,
}

/// An error for the user: one message, an optional hint, and the exit code it maps to.
#[derive(Debug)]
pub struct CliError {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn new(exit: Exit, message: impl Into<String>) -> CliError {
        CliError { exit, message: message.into(), hint: None }
    }

    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Usage, message)
    }

    pub fn failure(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Failure, message)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }

    /// The error with any presigned signature or token in its text replaced: the last guard
    /// before an error reaches the terminal, whatever library text it quotes.
    pub fn redacted(self) -> CliError {
        use crate::api::redact::redact_presigned;
        CliError {
            exit: self.exit,
            message: redact_presigned(&self.message),
            hint: self.hint.map(|h| redact_presigned(&h)),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<ApiError> for CliError {
    fn from(e: ApiError) -> CliError {
        let exit = if e.is_auth() {
            Exit::Auth
        } else {
            match &e {
                ApiError::Config(_) | ApiError::Invalid(_) => Exit::Usage,
                _ => Exit::Failure,
            }
        };
        let message = match &e {
            ApiError::Service { code, message, request_id, .. } => match request_id {
                Some(id) => format!("{code}: {message} (request id {id})"),
                None => format!("{code}: {message}"),
            },
            ApiError::Transport { attempts, elapsed, .. } if *attempts > 1 => {
                format!("{e} (gave up after {attempts} attempts in {:.1} s)", elapsed.as_secs_f64())
            }
            ApiError::Invalid(v) => {
                format!("invalid {}: {}", crate::model::naming::describe_member_path(&v.path), v.problem)
            }
            _ => e.to_string(),
        };
        let hint = match &e {
            ApiError::Service { code, message, .. } if code == "NotFoundException" && message.starts_with("App ") => {
                Some("list apps with `amphost app list`".to_string())
            }
            ApiError::Service { code, message, .. }
                if code == "NotFoundException" && message.starts_with("Branch ") =>
            {
                Some("list branches with `amphost branch list --app APP`".to_string())
            }
            ApiError::Service { code, .. }
                if code == "UnrecognizedClientException" || code == "InvalidSignatureException" =>
            {
                Some(
                    "check the access key and secret in use (`aws configure list`), and that your clock is right"
                        .to_string(),
                )
            }
            ApiError::Transport { .. } => {
                Some("check the endpoint and your network; --debug shows each attempt".to_string())
            }
            _ => None,
        };
        CliError { exit, message, hint }
    }
}

impl From<anyhow::Error> for CliError {
    fn from(e: anyhow::Error) -> CliError {
        match e.downcast::<CliError>() {
            Ok(c) => c,
            Err(e) => match e.downcast::<ApiError>() {
                Ok(a) => a.into(),
                Err(e) => CliError::failure(format!("{e:#}")),
            },
        }
    }
}
