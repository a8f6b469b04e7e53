//! `-v` and `--debug` for S3: a line for each request sent and each answer (or failed
//! attempt, which the SDK then retries), as the Amplify client writes them. No bodies (they
//! are the site's files) and no headers (they carry the signature): the method, the URL
//! (presigned parameters redacted), the status and S3's request ID.

use aws_sdk_s3::config::interceptors::{BeforeTransmitInterceptorContextRef, FinalizerInterceptorContextRef};
use aws_sdk_s3::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_s3::error::BoxError;
use aws_smithy_types::config_bag::{Storable, StoreReplace};

/// Where trace lines go: the Amplify client's trace (`[debug]` lines, or `-v`'s).
pub use crate::api::client::Trace;

#[derive(Clone)]
pub struct Tracer(pub Trace);

/// The request an attempt sent (`PUT https://…`), kept for the line of its answer: the SDK
/// has taken the request by then.
#[derive(Clone, Debug)]
struct Sent(String);

impl Storable for Sent {
    type Storer = StoreReplace<Sent>;
}

impl std::fmt::Debug for Tracer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tracer")
    }
}

impl Intercept for Tracer {
    fn name(&self) -> &'static str {
        "amphost-trace"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let request = context.request();
        let sent = format!("{} {}", request.method(), shown_uri(request.uri()));
        (self.0)(format!("→ S3: {sent}"));
        cfg.interceptor_state().store_put(Sent(sent));
        Ok(())
    }

    fn read_after_attempt(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let what = cfg.load::<Sent>().map_or_else(String::new, |s| s.0.clone());
        let line = match context.response() {
            Some(response) => {
                let id = response.headers().get("x-amz-request-id").unwrap_or("-");
                format!("← {} S3 {what} (request id {id})", response.status().as_u16())
            }
            None => format!("← S3 {what}: no answer (the SDK retries a dropped connection)"),
        };
        (self.0)(line);
        Ok(())
    }
}

fn shown_uri(uri: &str) -> String {
    crate::api::redact::redact_presigned(uri)
}
