//! Fault injection, for testing clients: the next N requests (optionally of one operation, or
//! `Upload` for the presigned uploads) answer with throttling, a 5xx, a slow response or a
//! dropped connection; the next job can be made to fail at a
//! named step, and the next domain association to fail. Set with `POST /_amphost/faults`, cleared with `DELETE /_amphost/faults`.

use super::error::ServiceError;
use serde_json::Value;
use std::sync::Mutex;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    /// 429 ThrottlingException.
    Throttle,
    /// That status with InternalFailureException (500) or ServiceUnavailableException.
    Status(u16),
    /// The answer comes after this delay.
    Slow(Duration),
    /// The connection is closed without an answer.
    Drop,
}

#[derive(Debug, Clone)]
struct RequestFault {
    operation: Option<String>,
    remaining: u32,
    kind: FaultKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JobFailure {
    pub step: String,
    pub reason: String,
}

#[derive(Default)]
pub struct Faults {
    requests: Mutex<Vec<RequestFault>>,
    job: Mutex<Option<JobFailure>>,
    domain: Mutex<Option<String>>,
}

impl Faults {
    /// The fault the next request to `operation` meets, if one is armed.
    pub fn take_request_fault(&self, operation: &str) -> Option<FaultKind> {
        let mut faults = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        let i = faults.iter().position(|f| f.operation.as_deref().is_none_or(|o| o == operation))?;
        let kind = faults[i].kind.clone();
        faults[i].remaining -= 1;
        if faults[i].remaining == 0 {
            faults.remove(i);
        }
        Some(kind)
    }

    pub fn take_job_failure(&self) -> Option<JobFailure> {
        self.job.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// The reason the next domain association will fail, if one was injected.
    pub fn take_domain_failure(&self) -> Option<String> {
        self.domain.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    pub fn clear(&self) {
        *self.domain.lock().unwrap_or_else(|p| p.into_inner()) = None;
        self.requests.lock().unwrap_or_else(|p| p.into_inner()).clear();
        *self.job.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// `{"requests": {"count": 2, "kind": "throttle|500|503|slow", "operation": "ListApps",
    /// "delayMs": 3000}, "failNextJob": {"step": "DEPLOY", "reason": "…"},
    /// "failNextDomain": {"reason": "…"}}`
    pub fn configure(&self, body: &Value) -> Result<(), ServiceError> {
        // Checked before anything is armed: a refused body changes nothing.
        let job_failure = body.get("failNextJob").map(job_failure).transpose()?;
        if let Some(r) = body.get("requests") {
            let count = r.get("count").and_then(Value::as_u64).unwrap_or(1) as u32;
            let kind = match r.get("kind").and_then(Value::as_str).unwrap_or("throttle") {
                "throttle" => FaultKind::Throttle,
                "slow" => {
                    FaultKind::Slow(Duration::from_millis(r.get("delayMs").and_then(Value::as_u64).unwrap_or(5000)))
                }
                "drop" => FaultKind::Drop,
                s => match s.parse::<u16>() {
                    Ok(code) if (500..600).contains(&code) => FaultKind::Status(code),
                    _ => {
                        return Err(ServiceError::bad_request(format!(
                            "unknown fault kind {s:?}: throttle, slow, drop or a 5xx status"
                        )))
                    }
                },
            };
            let operation = r.get("operation").and_then(Value::as_str).map(str::to_string);
            if count > 0 {
                self.requests.lock().unwrap_or_else(|p| p.into_inner()).push(RequestFault {
                    operation,
                    remaining: count,
                    kind,
                });
            }
        }
        if let Some(failure) = job_failure {
            *self.job.lock().unwrap_or_else(|p| p.into_inner()) = Some(failure);
        }
        if let Some(d) = body.get("failNextDomain") {
            let reason = d.get("reason").and_then(Value::as_str).unwrap_or("Injected failure").to_string();
            *self.domain.lock().unwrap_or_else(|p| p.into_inner()) = Some(reason);
        }
        Ok(())
    }
}

/// `{"step": "DEPLOY", "reason": "…"}`: a step that jobs have (else the failure would never
/// happen, and the test relying on it would pass for the wrong reason).
fn job_failure(j: &Value) -> Result<JobFailure, ServiceError> {
    let steps = super::ops::jobs::BUILD_STEPS;
    let step = match j.get("step") {
        None | Some(Value::Null) => "DEPLOY",
        Some(v) => v.as_str().unwrap_or_default(),
    };
    if !steps.contains(&step) {
        let (given, known) = (&j["step"], steps.join(", "));
        return Err(ServiceError::bad_request(format!("failNextJob: unknown step {given}; the steps are {known}")));
    }
    let reason = j.get("reason").and_then(Value::as_str).unwrap_or("Injected failure").to_string();
    Ok(JobFailure { step: step.to_string(), reason })
}

impl FaultKind {
    pub fn error(&self) -> Option<ServiceError> {
        match self {
            FaultKind::Throttle => {
                Some(ServiceError::new(429, "ThrottlingException", "Rate exceeded (injected fault)"))
            }
            FaultKind::Status(500) => Some(ServiceError::internal("Internal failure (injected fault)")),
            FaultKind::Status(code) => {
                Some(ServiceError::new(*code, "ServiceUnavailableException", "Service unavailable (injected fault)"))
            }
            FaultKind::Slow(_) | FaultKind::Drop => None,
        }
    }

    /// Acts the fault out: answers an error, waits, or drops the connection. `Ok` means the
    /// request goes on (after any delay).
    pub async fn act(&self) -> Result<(), ServiceError> {
        match self {
            FaultKind::Slow(d) => {
                tokio::time::sleep(*d).await;
                Ok(())
            }
            // Unwinding the connection's task closes it with no answer, as a reset would;
            // `resume_unwind` skips the panic hook, so nothing is printed.
            FaultKind::Drop => std::panic::resume_unwind(Box::new("injected connection drop")),
            other => Err(other.error().expect("error faults have an error")),
        }
    }
}
