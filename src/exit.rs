//! Exit codes, in one place, and the error every command ends in.

use crate::api::error::{Resource, Scope};
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
    /// A job or domain that was waited on ended FAILED or CANCELLED; a local build failed.
    JobFailed = 3,
    /// Credentials or authorization.
    Auth = 4,
    /// A wait timed out.
    Timeout = 5,
    /// Verification found differences between the live site and the deploy (`verify`,
    /// `deploy --verify`).
    VerifyFailed = 6,
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
    /// Text from elsewhere quoted right after the message (a job's failure reason and log, a
    /// build's command and output): shown as it is, never rewritten as amphost's own words
    /// are (see `Ui::pasteable`).
    pub detail: String,
}

impl CliError {
    pub fn new(exit: Exit, message: impl Into<String>) -> CliError {
        CliError { exit, message: message.into(), hint: None, detail: String::new() }
    }

    /// The error with `hint`, or none.
    pub fn with_hint(mut self, hint: Option<String>) -> CliError {
        self.hint = hint;
        self
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> CliError {
        self.detail = detail.into();
        self
    }

    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Usage, message)
    }

    pub fn failure(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Failure, message)
    }

    /// An exit code with nothing more to say: the command has said it (`app env diff` exits 1
    /// when the variables differ, as `diff` does). Nothing is printed for it.
    pub fn silent(exit: Exit) -> CliError {
        CliError::new(exit, "")
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
            detail: redact_presigned(&self.detail),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.message, self.detail)
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
        // A NotFoundException's hint is chosen from the operation that got it, not its message.
        let hint = e.missing_resource().map(|r| list_hint(r, e.scope())).or_else(|| match &e {
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
        });
        CliError { exit, message, hint, detail: String::new() }
    }
}

/// The command that lists what there is of a resource that was not found, with the app and
/// branch the call named (`APP`, `BRANCH` where it named none).
fn list_hint(resource: Resource, scope: Option<&Scope>) -> String {
    let named = |v: Option<&Option<String>>, placeholder: &str| match v.and_then(Option::as_deref) {
        Some(value) => crate::text::shell_quote(value),
        None => placeholder.to_string(),
    };
    let app = named(scope.map(|s| &s.app_id), "APP");
    let branch = named(scope.map(|s| &s.branch), "BRANCH");
    match resource {
        Resource::App => "list apps with `amphost app list`".to_string(),
        Resource::Branch => format!("list branches with `amphost branch list --app {app}`"),
        Resource::Job => format!("list jobs with `amphost job list --app {app} --branch {branch}`"),
        Resource::Artifact => {
            format!("list a job's artifacts with `amphost job artifacts list --app {app} --branch {branch} JOB_ID`")
        }
        Resource::Domain => format!("list domains with `amphost domain list --app {app}`"),
        Resource::Webhook => format!("list webhooks with `amphost webhook list --app {app}`"),
        Resource::BackendEnvironment => {
            format!("list backend environments with `amphost backend-env list --app {app}`")
        }
    }
}

impl From<crate::project::ProjectError> for CliError {
    fn from(e: crate::project::ProjectError) -> CliError {
        CliError::usage(e.0)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn service(code: &str, operation: &str, message: &str) -> ApiError {
        ApiError::Service {
            code: code.into(),
            message: message.into(),
            status: 404,
            request_id: None,
            operation: operation.into(),
            scope: Box::new(Scope { app_id: Some("d1".into()), branch: Some("dev x".into()) }),
        }
    }

    #[test]
    fn a_not_found_hint_follows_the_operation_whatever_the_message_says() {
        let hint = |code: &str, op: &str, message: &str| CliError::from(service(code, op, message)).hint;
        let apps = Some("list apps with `amphost app list`");
        assert_eq!(hint("NotFoundException", "GetApp", "App d1 not found.").as_deref(), apps);
        assert_eq!(hint("NotFoundException", "GetApp", "Nothing here").as_deref(), apps);
        let branches = Some("list branches with `amphost branch list --app d1`");
        assert_eq!(hint("NotFoundException", "UpdateBranch", "Branch x not found").as_deref(), branches);
        assert_eq!(hint("NotFoundException", "StartJob", "No such thing").as_deref(), branches);
        assert_eq!(
            hint("NotFoundException", "GetJob", "x").as_deref(),
            Some("list jobs with `amphost job list --app d1 --branch 'dev x'`")
        );
        assert!(hint("NotFoundException", "GetDomainAssociation", "x").unwrap().contains("amphost domain list"));
        assert!(hint("NotFoundException", "DeleteWebhook", "x").unwrap().contains("amphost webhook list"));
        assert!(hint("NotFoundException", "GetBackendEnvironment", "x").unwrap().contains("amphost backend-env list"));
        assert_eq!(hint("BadRequestException", "GetApp", "App d1 not found."), None);
        assert_eq!(hint("ResourceNotFoundException", "TagResource", "App d1 not found."), None);
        // A call that named no app (GetWebhook takes the webhook's ID alone) keeps the placeholder.
        let mut unscoped = service("NotFoundException", "GetWebhook", "x");
        if let ApiError::Service { scope, .. } = &mut unscoped {
            **scope = Scope::default();
        }
        assert_eq!(
            CliError::from(unscoped).hint.as_deref(),
            Some("list webhooks with `amphost webhook list --app APP`")
        );
    }
}
