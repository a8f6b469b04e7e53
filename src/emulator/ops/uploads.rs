//! The records of upload URLs handed out by CreateDeployment, which StartDeployment and
//! StopJob close (a module of its own: deployments and jobs both use it).

use super::RequestCtx;
use crate::emulator::error::ServiceError;
use serde_json::{json, Value};

/// The record of one upload URL handed out.
pub fn upload_arn(token: &str) -> String {
    format!("amphost:upload:{token}")
}

/// Closes a started (or stopped) job's upload URLs: what was checked is what is served, so a
/// PUT after StartDeployment or StopJob is refused (see `admin::receive_upload`).
pub fn seal_uploads(ctx: &RequestCtx, job: &Value) -> Result<(), ServiceError> {
    let files = job["fileUploads"].as_object().into_iter().flat_map(|f| f.values());
    for token in std::iter::once(&job["zipUpload"]).chain(files).filter_map(Value::as_str) {
        let arn = upload_arn(token);
        if let Some(mut record) = ctx.tx.get(&arn)? {
            record["sealed"] = json!(true);
            ctx.tx.update(&arn, &record)?;
        }
    }
    Ok(())
}
