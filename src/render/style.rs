//! Colour for states, decided on the typed enums of `model::enums` (never on strings): green
//! for done, red for failed, yellow for under way, dim for cancelled. A state this build does
//! not know is left uncoloured. Painting wraps text that has already been measured and padded
//! by its caller, so colour never moves a column.

use crate::model::enums::{DomainStatus, JobStatus, UpdateStatus};

/// How a state reads at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Done: SUCCEED, AVAILABLE, UPDATE_COMPLETE (green).
    Good,
    /// Failed (red).
    Bad,
    /// Under way: RUNNING, PENDING, PENDING_VERIFICATION, IN_PROGRESS… (yellow).
    Busy,
    /// Cancelled (dim).
    Faded,
}

impl Tone {
    /// The SGR parameter of the tone.
    pub const fn sgr(self) -> &'static str {
        match self {
            Tone::Good => "32",
            Tone::Bad => "31",
            Tone::Busy => "33",
            Tone::Faded => "2",
        }
    }
}

/// `text` in `tone` when `color` is on; as it is otherwise (and when it is empty).
pub fn paint(text: &str, tone: Option<Tone>, color: bool) -> String {
    match tone {
        Some(t) if color && !text.is_empty() => format!("\x1b[{}m{text}\x1b[0m", t.sgr()),
        _ => text.to_string(),
    }
}

/// A job's or a step's status.
pub const fn job_tone(status: JobStatus) -> Tone {
    match status {
        JobStatus::Succeed => Tone::Good,
        JobStatus::Failed => Tone::Bad,
        JobStatus::Cancelled => Tone::Faded,
        JobStatus::Created
        | JobStatus::Pending
        | JobStatus::Provisioning
        | JobStatus::Running
        | JobStatus::Cancelling => Tone::Busy,
    }
}

/// A domain association's status.
pub const fn domain_tone(status: DomainStatus) -> Tone {
    match status {
        DomainStatus::Available => Tone::Good,
        DomainStatus::Failed => Tone::Bad,
        DomainStatus::PendingVerification
        | DomainStatus::InProgress
        | DomainStatus::ImportingCustomCertificate
        | DomainStatus::PendingDeployment
        | DomainStatus::AwaitingAppCname
        | DomainStatus::Creating
        | DomainStatus::RequestingCertificate
        | DomainStatus::Updating => Tone::Busy,
    }
}

/// The status of a domain association's last update.
pub const fn update_tone(status: UpdateStatus) -> Tone {
    match status {
        UpdateStatus::UpdateComplete => Tone::Good,
        UpdateStatus::UpdateFailed => Tone::Bad,
        UpdateStatus::RequestingCertificate
        | UpdateStatus::PendingVerification
        | UpdateStatus::ImportingCustomCertificate
        | UpdateStatus::PendingDeployment
        | UpdateStatus::AwaitingAppCname => Tone::Busy,
    }
}

/// Removes the SGR sequences [`paint`] adds (for measuring and comparing painted text).
pub fn unpaint(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // `ESC [ params m`
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_coloured_from_their_enum_and_only_when_asked() {
        assert_eq!(paint("SUCCEED", Some(job_tone(JobStatus::Succeed)), true), "\x1b[32mSUCCEED\x1b[0m");
        assert_eq!(paint("FAILED", Some(job_tone(JobStatus::Failed)), true), "\x1b[31mFAILED\x1b[0m");
        assert_eq!(paint("RUNNING", Some(job_tone(JobStatus::Running)), true), "\x1b[33mRUNNING\x1b[0m");
        assert_eq!(paint("CANCELLED", Some(job_tone(JobStatus::Cancelled)), true), "\x1b[2mCANCELLED\x1b[0m");
        assert_eq!(domain_tone(DomainStatus::PendingVerification), Tone::Busy);
        assert_eq!(domain_tone(DomainStatus::Available), Tone::Good);
        assert_eq!(update_tone(UpdateStatus::UpdateFailed), Tone::Bad);
        assert_eq!(paint("SUCCEED", Some(Tone::Good), false), "SUCCEED");
        assert_eq!(paint("PAUSED", None, true), "PAUSED");
        assert_eq!(unpaint(&paint("SUCCEED", Some(Tone::Good), true)), "SUCCEED");
    }
}
