//! GenerateAccessLogs: a CSV of the domain's requests in the window, in the columns of
//! Amplify's access logs, downloadable from the returned URL.

use super::{random_id, s, RequestCtx};
use crate::emulator::error::ServiceError;
use crate::emulator::presign::presign;
use serde_json::{json, Value};

const HEADER: &str = "date,time,x-edge-location,sc-bytes,c-ip,cs-method,cs(Host),cs-uri-stem,sc-status,cs(Referer),cs(User-Agent),cs-uri-query,cs(Cookie),x-edge-result-type,x-edge-request-id,x-host-header,cs-protocol,cs-bytes,time-taken";
/// The service returns at most a window of this length.
const MAX_WINDOW_SECONDS: f64 = 7.0 * 24.0 * 3600.0;

pub fn generate(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    let domain = s(input, "domainName");
    if ctx.tx.get(&super::domains::domain_arn(&app_arn, &super::domains::normal_domain(domain)))?.is_none() {
        return Err(ServiceError::not_found(format!(
            "Domain {domain} is not associated with app {}.",
            s(input, "appId")
        )));
    }
    let end = input.get("endTime").and_then(Value::as_f64).unwrap_or(ctx.now);
    let start = input.get("startTime").and_then(Value::as_f64).unwrap_or(end - 3600.0);
    if start >= end {
        return Err(ServiceError::bad_request("startTime must be before endTime."));
    }
    if end - start > MAX_WINDOW_SECONDS {
        return Err(ServiceError::bad_request("The time range of access logs is at most 7 days."));
    }
    let mut csv = format!("{HEADER}\n");
    // One request every ten minutes of the window (a thousand lines at most).
    let mut t = (start / 600.0).ceil() * 600.0;
    let mut n = 0;
    while t < end && n < 1000 {
        let dt = time::OffsetDateTime::from_unix_timestamp(t as i64).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        let path = ["/", "/index.html", "/about", "/assets/app.js"][n % 4];
        csv.push_str(&format!(
            "{},{},LOCAL1,{},127.0.0.1,GET,{domain},{path},200,-,amphost-emulator,-,-,Hit,{},{domain},https,120,0.002\n",
            dt.date(),
            dt.time(),
            512 + n * 7,
            random_id(20)
        ));
        t += 600.0;
        n += 1;
    }
    let blob = random_id(32);
    std::fs::write(ctx.blob_dir.join(&blob), csv)
        .map_err(|e| ServiceError::internal(format!("cannot write the log: {e}")))?;
    Ok(json!({"logUrl": presign(ctx.base_url, ctx.secret, &format!("/_amphost/blobs/{blob}"), ctx.now)}))
}
