//! The model's string enums that the tool makes decisions on: job and step status, job type,
//! domain status and domain update status. Each mirrors the model shape of the same name
//! value for value (a test holds them to it), so a decision is a `match`, not a string
//! comparison, and each fact (which statuses are terminal, which are busy) is written once.
//!
//! On the wire the values stay strings: JSON output carries the service's string as it came.
//! A newer service may send a value this build does not know; [`JobStatus::parse_lossy`] (and
//! the same function on every enum here) answers `None` for it rather than failing, and each
//! caller says what `None` means for its decision (for a job status: neither terminal nor busy,
//! so a wait keeps polling and a busy check does not block on it).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::fmt;
use std::str::FromStr;

/// A string that is none of an enum's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// The model shape the value was parsed as (`JobStatus`, …).
    pub shape: &'static str,
    pub value: String,
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a {} value", self.value, self.shape)
    }
}

impl std::error::Error for UnknownValue {}

/// Defines an enum over a model shape's values: `as_str`, `FromStr`, `parse_lossy`,
/// `from_json`, `Display`, and serde as the string.
macro_rules! model_enum {
    (
        $(#[$meta:meta])*
        $name:ident = $shape:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// The model shape this enum mirrors.
            pub const SHAPE: &'static str = $shape;

            /// Every value, in the model's order.
            pub const ALL: &'static [$name] = &[$( $name::$variant, )+];

            /// The value as the service writes it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// The value, or `None` for a string this build does not know (a newer service
            /// may add values); never panics.
            pub fn parse_lossy(s: &str) -> Option<$name> {
                s.parse().ok()
            }

            /// A JSON string member's value: `None` when it is missing, not a string, or
            /// unknown (see [`Self::parse_lossy`]).
            pub fn from_json(v: &Value) -> Option<$name> {
                v.as_str().and_then($name::parse_lossy)
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;

            fn from_str(s: &str) -> Result<$name, UnknownValue> {
                match s {
                    $( $text => Ok($name::$variant), )+
                    _ => Err(UnknownValue { shape: $shape, value: s.to_string() }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let s = String::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

model_enum! {
    /// Where a job stands; a step's status uses the same shape (`Step.status` is a JobStatus).
    JobStatus = "JobStatus" {
        Created = "CREATED",
        Pending = "PENDING",
        Provisioning = "PROVISIONING",
        Running = "RUNNING",
        Failed = "FAILED",
        Succeed = "SUCCEED",
        Cancelling = "CANCELLING",
        Cancelled = "CANCELLED",
    }
}

impl JobStatus {
    /// The job (or step) has ended and will not change again: SUCCEED, FAILED, CANCELLED.
    pub const fn is_terminal(self) -> bool {
        matches!(self, JobStatus::Succeed | JobStatus::Failed | JobStatus::Cancelled)
    }

    /// The job occupies its branch: CREATED, PENDING, PROVISIONING, RUNNING, CANCELLING
    /// (every status that is not terminal).
    pub const fn is_busy(self) -> bool {
        !self.is_terminal()
    }
}

model_enum! {
    /// What started a job.
    JobType = "JobType" {
        Release = "RELEASE",
        Retry = "RETRY",
        Manual = "MANUAL",
        WebHook = "WEB_HOOK",
    }
}

model_enum! {
    /// Where a domain association stands.
    DomainStatus = "DomainStatus" {
        PendingVerification = "PENDING_VERIFICATION",
        InProgress = "IN_PROGRESS",
        Available = "AVAILABLE",
        ImportingCustomCertificate = "IMPORTING_CUSTOM_CERTIFICATE",
        PendingDeployment = "PENDING_DEPLOYMENT",
        AwaitingAppCname = "AWAITING_APP_CNAME",
        Failed = "FAILED",
        Creating = "CREATING",
        RequestingCertificate = "REQUESTING_CERTIFICATE",
        Updating = "UPDATING",
    }
}

model_enum! {
    /// Where the last update of a domain association stands.
    UpdateStatus = "UpdateStatus" {
        RequestingCertificate = "REQUESTING_CERTIFICATE",
        PendingVerification = "PENDING_VERIFICATION",
        ImportingCustomCertificate = "IMPORTING_CUSTOM_CERTIFICATE",
        PendingDeployment = "PENDING_DEPLOYMENT",
        AwaitingAppCname = "AWAITING_APP_CNAME",
        UpdateComplete = "UPDATE_COMPLETE",
        UpdateFailed = "UPDATE_FAILED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::model;
    use std::collections::BTreeSet;

    /// The model shape's `enum` list, as a set.
    fn model_values(shape: &str) -> BTreeSet<String> {
        let values = model().shape(shape).enum_values.clone();
        values.unwrap_or_else(|| panic!("shape {shape} has no enum")).into_iter().collect()
    }

    fn ours(all: &[&'static str]) -> BTreeSet<String> {
        all.iter().map(|s| s.to_string()).collect()
    }

    /// Each enum has exactly the model's values, no more, no fewer, and no duplicates.
    #[test]
    fn every_enum_mirrors_its_model_shape() {
        let cases: [(&str, Vec<&'static str>); 4] = [
            (JobStatus::SHAPE, JobStatus::ALL.iter().map(|v| v.as_str()).collect()),
            (JobType::SHAPE, JobType::ALL.iter().map(|v| v.as_str()).collect()),
            (DomainStatus::SHAPE, DomainStatus::ALL.iter().map(|v| v.as_str()).collect()),
            (UpdateStatus::SHAPE, UpdateStatus::ALL.iter().map(|v| v.as_str()).collect()),
        ];
        for (shape, values) in cases {
            assert_eq!(ours(&values), model_values(shape), "{shape}");
            assert_eq!(values.len(), model_values(shape).len(), "{shape} has a duplicate");
        }
    }

    /// The shapes these enums stand for are the ones the model uses where we decide on them.
    #[test]
    fn the_members_we_decide_on_use_these_shapes() {
        let m = model();
        let member = |shape: &str, name: &str| m.shape(shape).members[name].shape.clone();
        assert_eq!(member("JobSummary", "status"), JobStatus::SHAPE);
        assert_eq!(member("Step", "status"), JobStatus::SHAPE);
        assert_eq!(member("JobSummary", "jobType"), JobType::SHAPE);
        assert_eq!(member("StartJobRequest", "jobType"), JobType::SHAPE);
        assert_eq!(member("DomainAssociation", "domainStatus"), DomainStatus::SHAPE);
        assert_eq!(member("DomainAssociation", "updateStatus"), UpdateStatus::SHAPE);
    }

    #[test]
    fn values_round_trip_and_unknown_ones_do_not_panic() {
        for v in JobStatus::ALL {
            assert_eq!(v.as_str().parse::<JobStatus>(), Ok(*v));
            assert_eq!(v.to_string(), v.as_str());
            assert_eq!(serde_json::to_value(v).unwrap(), Value::String(v.as_str().to_string()));
            assert_eq!(serde_json::from_value::<JobStatus>(Value::String(v.as_str().into())).unwrap(), *v);
        }
        for v in DomainStatus::ALL {
            assert_eq!(DomainStatus::parse_lossy(v.as_str()), Some(*v));
        }
        assert_eq!(JobStatus::parse_lossy("PAUSED"), None);
        assert_eq!(JobStatus::parse_lossy("succeed"), None);
        assert_eq!(JobStatus::from_json(&Value::Null), None);
        assert_eq!(JobStatus::from_json(&serde_json::json!("RUNNING")), Some(JobStatus::Running));
        let e = "NEW_STATE".parse::<JobType>().unwrap_err();
        assert_eq!(e.to_string(), "\"NEW_STATE\" is not a JobType value");
        assert!(serde_json::from_value::<JobStatus>(serde_json::json!("PAUSED")).is_err());
    }

    #[test]
    fn every_job_status_is_either_terminal_or_busy() {
        let terminal: Vec<&str> = JobStatus::ALL.iter().filter(|s| s.is_terminal()).map(|s| s.as_str()).collect();
        let busy: Vec<&str> = JobStatus::ALL.iter().filter(|s| s.is_busy()).map(|s| s.as_str()).collect();
        assert_eq!(terminal, ["FAILED", "SUCCEED", "CANCELLED"]);
        assert_eq!(busy, ["CREATED", "PENDING", "PROVISIONING", "RUNNING", "CANCELLING"]);
    }
}
