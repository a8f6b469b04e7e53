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

    /// `{"requests": {"count": 2, "kind": "throttle|500|503|slow|drop", "operation": "ListApps",
    /// "delayMs": 3000}, "failNextJob": {"step": "DEPLOY", "reason": "…"},
    /// "failNextDomain": {"reason": "…"}}`; `requests` may be a list of such objects.
    pub fn configure(&self, body: &Value) -> Result<(), ServiceError> {
        // Checked whole before anything is armed: a refused body changes nothing, and a key
        // misspelt is refused rather than arming nothing (a test relying on it would pass
        // for the wrong reason).
        const KEYS: [&str; 3] = ["requests", "failNextJob", "failNextDomain"];
        let Some(fields) = body.as_object() else {
            return Err(ServiceError::bad_request("a fault body is a JSON object"));
        };
        if let Some(key) = fields.keys().find(|k| !KEYS.contains(&k.as_str())) {
            return Err(ServiceError::bad_request(format!(
                "unknown fault {key:?}: {} (DELETE /_amphost/faults clears them)",
                KEYS.join(", ")
            )));
        }
        let job_failure = body.get("failNextJob").map(job_failure).transpose()?;
        let requests = match body.get("requests") {
            None => Vec::new(),
            Some(Value::Array(list)) => list.iter().map(request_fault).collect::<Result<_, _>>()?,
            Some(one) => vec![request_fault(one)?],
        };
        let armed = requests.into_iter().filter(|f| f.remaining > 0);
        self.requests.lock().unwrap_or_else(|p| p.into_inner()).extend(armed);
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

/// One `requests` fault: `{"count": 2, "kind": "…", "operation": "…", "delayMs": 3000}`.
fn request_fault(r: &Value) -> Result<RequestFault, ServiceError> {
    if !r.is_object() {
        return Err(ServiceError::bad_request(format!("a request fault is a JSON object, not {r}")));
    }
    let count = r.get("count").and_then(Value::as_u64).unwrap_or(1) as u32;
    let kind = match r.get("kind").and_then(Value::as_str).unwrap_or("throttle") {
        "throttle" => FaultKind::Throttle,
        "slow" => FaultKind::Slow(Duration::from_millis(r.get("delayMs").and_then(Value::as_u64).unwrap_or(5000))),
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
    Ok(RequestFault { operation, remaining: count, kind })
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_list_of_request_faults_arms_each_and_a_misspelt_body_arms_nothing() {
        let faults = Faults::default();
        let list = json!({"requests": [
            {"count": 1, "kind": "503", "operation": "StopJob"},
            {"count": 2, "kind": "slow", "delayMs": 10, "operation": "GetJob"},
        ]});
        faults.configure(&list).unwrap();
        assert!(matches!(faults.take_request_fault("StopJob"), Some(FaultKind::Status(503))));
        assert!(faults.take_request_fault("StopJob").is_none());
        assert!(faults.take_request_fault("ListApps").is_none(), "a list's faults keep their operations");
        assert!(matches!(faults.take_request_fault("GetJob"), Some(FaultKind::Slow(_))));
        faults.clear();
        for bad in [
            json!({"clear": true}),
            json!({"request": {"kind": "500"}}),
            json!({"requests": [{"kind": "500"}, 3]}),
            json!({"requests": [{"kind": "500"}], "failNextJob": {"step": "NOPE"}}),
            json!([{"requests": {"kind": "500"}}]),
        ] {
            assert!(faults.configure(&bad).is_err(), "{bad}");
            assert!(faults.take_request_fault("GetApp").is_none(), "{bad} armed a fault");
        }
    }
}
