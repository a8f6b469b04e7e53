//! The operations the emulator implements, each a function from the validated input to the
//! output object, inside one storage transaction.

mod access_logs;
mod apps;
pub mod artifacts;
mod backend_envs;
mod branches;
mod deployments;
mod domains;
pub mod jobs;
mod tags;
mod uploads;
pub mod webhooks;

use super::error::ServiceError;
use super::faults::Faults;
use super::store::{Row, Store, Tx};
use super::EmulatorConfig;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::Rng;
use serde_json::{Map, Value};
use std::time::{SystemTime, UNIX_EPOCH};

/// What every operation handler sees of the world while it serves one request (inside its
/// store transaction). Not the CLI's `commands::Ctx`, which carries a command's client and UI.
pub struct RequestCtx<'a> {
    pub tx: &'a Tx<'a>,
    pub config: &'a EmulatorConfig,
    pub region: &'a str,
    /// `http://host:port` as the client reached us: the base of every URL handed out.
    pub base_url: &'a str,
    /// Signs handed-out URLs (see `presign`).
    pub secret: &'a str,
    pub faults: &'a Faults,
    pub blob_dir: &'a std::path::Path,
    /// Epoch seconds with millisecond precision, as the service's timestamps are.
    pub now: f64,
}

type Handler = fn(&RequestCtx, &Value) -> Result<Value, ServiceError>;

/// The handler of an operation and whether it writes; None for operations not emulated yet.
fn handler(operation: &str) -> Option<(Handler, bool)> {
    Some(match operation {
        "CreateApp" => (apps::create as Handler, true),
        "GetApp" => (apps::get, false),
        "ListApps" => (apps::list, false),
        "UpdateApp" => (apps::update, true),
        "DeleteApp" => (apps::delete, true),
        "CreateBranch" => (branches::create, true),
        "GetBranch" => (branches::get, false),
        "ListBranches" => (branches::list, false),
        "UpdateBranch" => (branches::update, true),
        "DeleteBranch" => (branches::delete, true),
        "TagResource" => (tags::tag, true),
        "UntagResource" => (tags::untag, true),
        "ListTagsForResource" => (tags::list, false),
        "StartJob" => (jobs::start, true),
        "GetJob" => (jobs::get, false),
        "ListJobs" => (jobs::list, false),
        "StopJob" => (jobs::stop, true),
        "DeleteJob" => (jobs::delete, true),
        "CreateDeployment" => (deployments::create, true),
        "StartDeployment" => (deployments::start, true),
        "ListArtifacts" => (jobs::list_artifacts, false),
        "GetArtifactUrl" => (artifacts::get_url, false),
        "CreateDomainAssociation" => (domains::create, true),
        "GetDomainAssociation" => (domains::get, false),
        "ListDomainAssociations" => (domains::list, false),
        "UpdateDomainAssociation" => (domains::update, true),
        "DeleteDomainAssociation" => (domains::delete, true),
        "CreateWebhook" => (webhooks::create, true),
        "GetWebhook" => (webhooks::get, false),
        "ListWebhooks" => (webhooks::list, false),
        "UpdateWebhook" => (webhooks::update, true),
        "DeleteWebhook" => (webhooks::delete, true),
        "CreateBackendEnvironment" => (backend_envs::create, true),
        "GetBackendEnvironment" => (backend_envs::get, false),
        "ListBackendEnvironments" => (backend_envs::list, false),
        "DeleteBackendEnvironment" => (backend_envs::delete, true),
        "GenerateAccessLogs" => (access_logs::generate, true),
        _ => return None,
    })
}

/// What a request brings to its handler besides its input.
pub struct Env<'a> {
    pub store: &'a Store,
    pub config: &'a EmulatorConfig,
    pub faults: &'a Faults,
    pub region: &'a str,
    pub base_url: &'a str,
}

/// Runs `operation` against the store.
pub fn dispatch(env: &Env, operation: &str, input: &Value) -> Result<Value, ServiceError> {
    let (run, writes) = handler(operation).ok_or_else(|| {
        ServiceError::new(404, "UnknownOperationException", format!("The emulator does not implement {operation} yet."))
    })?;
    with_ctx(env, writes, |ctx| run(ctx, input))
}

/// Runs `f` with a context, in a write or read transaction.
pub fn with_ctx<T>(
    env: &Env,
    writes: bool,
    f: impl FnOnce(&RequestCtx) -> Result<T, ServiceError>,
) -> Result<T, ServiceError> {
    let store = env.store;
    let blob_dir = store.blob_dir();
    let body = |tx: &Tx| {
        // The time once the transaction holds the lock (a write may have waited for it behind
        // another): what it decides by the clock (a job's lease, its end) is then current.
        let now = now_seconds();
        let ctx = RequestCtx {
            tx,
            config: env.config,
            region: env.region,
            base_url: env.base_url,
            secret: store.secret(),
            faults: env.faults,
            blob_dir: &blob_dir,
            now,
        };
        f(&ctx)
    };
    if writes {
        store.write(body)
    } else {
        store.read(body)
    }
}

pub use deployments::content_of as deployments_content_of;
pub use deployments::fetched as deployments_fetched;
pub use deployments::heartbeat as deployments_heartbeat;
pub use deployments::safe_site_path as deployments_safe_site_path;
pub use deployments::Fetched;
pub use uploads::upload_arn as deployments_upload_arn;

pub fn now_seconds() -> f64 {
    let ms = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis();
    ms as f64 / 1000.0
}

/// A string member of the input (validated, so present when required).
pub fn s<'a>(input: &'a Value, name: &str) -> &'a str {
    input.get(name).and_then(Value::as_str).unwrap_or_default()
}

/// `n` random characters from `[a-z0-9]`, as the service's IDs are made.
pub fn random_id(n: usize) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..n).map(|_| CHARS[rng.random_range(0..CHARS.len())] as char).collect()
}

/// Copies the listed members present in `input` onto `doc`.
pub fn copy_members(doc: &mut Map<String, Value>, input: &Value, members: &[&str]) {
    for m in members {
        if let Some(v) = input.get(*m).filter(|v| !v.is_null()) {
            doc.insert((*m).to_string(), v.clone());
        }
    }
}

impl RequestCtx<'_> {
    pub fn account(&self) -> &str {
        &self.config.account_id
    }

    pub fn app_arn(&self, app_id: &str) -> String {
        format!("{}/{app_id}", self.apps_scope())
    }

    /// What the apps of the request's region are stored under: apps are regional, as on AWS
    /// (ListApps and the app quota count the region's alone).
    pub fn apps_scope(&self) -> String {
        format!("arn:aws:amplify:{}:{}:apps", self.region, self.account())
    }

    /// The app's stored document, or the service's NotFoundException.
    pub fn app(&self, app_id: &str) -> Result<(String, Value), ServiceError> {
        let arn = self.app_arn(app_id);
        match self.tx.get(&arn)? {
            Some(doc) => Ok((arn, doc)),
            None => Err(ServiceError::not_found(format!("App {app_id} not found."))),
        }
    }

    /// A document as the API returns it: with its tags, when it has any.
    pub fn with_tags(&self, arn: &str, mut doc: Value) -> Result<Value, ServiceError> {
        let tags = self.tx.tags(arn)?;
        if !tags.is_empty() {
            doc["tags"] = Value::Object(tags);
        }
        Ok(doc)
    }

    /// One page of `kind` under `parent` in creation order, honouring `maxResults` and
    /// `nextToken`.
    pub fn page(&self, kind: &str, parent: &str, input: &Value) -> Result<(Vec<Row>, Option<String>), ServiceError> {
        self.page_in(kind, parent, input, false)
    }

    /// Like [`RequestCtx::page`], newest first (jobs).
    pub fn page_desc(
        &self,
        kind: &str,
        parent: &str,
        input: &Value,
    ) -> Result<(Vec<Row>, Option<String>), ServiceError> {
        self.page_in(kind, parent, input, true)
    }

    fn page_in(
        &self,
        kind: &str,
        parent: &str,
        input: &Value,
        newest_first: bool,
    ) -> Result<(Vec<Row>, Option<String>), ServiceError> {
        let limit = match input.get("maxResults").and_then(Value::as_i64) {
            Some(n) if n > 0 => n as usize,
            _ => 100,
        };
        let cursor = match input.get("nextToken").and_then(Value::as_str) {
            Some(t) => decode_token(t).ok_or_else(|| ServiceError::bad_request("The nextToken is not valid."))?,
            None => 0,
        };
        let mut rows = match newest_first {
            true => self.tx.list_desc(kind, parent, cursor, limit + 1)?,
            false => self.tx.list(kind, parent, cursor, limit + 1)?,
        };
        let next = (rows.len() > limit).then(|| {
            rows.truncate(limit);
            encode_token(rows[limit - 1].id)
        });
        Ok((rows, next))
    }

    /// Checks a per-app quota before creating another `kind`.
    pub fn check_quota(&self, kind: &str, parent: &str, limit: usize, what: &str) -> Result<(), ServiceError> {
        if self.tx.count(kind, parent)? >= limit {
            return Err(ServiceError::limit_exceeded(format!(
                "The number of {what} has reached the limit of {limit}."
            )));
        }
        Ok(())
    }
}

fn encode_token(after: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("amphost-page:{after}"))
}

fn decode_token(t: &str) -> Option<i64> {
    let raw = URL_SAFE_NO_PAD.decode(t).ok()?;
    String::from_utf8(raw).ok()?.strip_prefix("amphost-page:")?.parse().ok()
}

/// A list response: the items under `key`, and `nextToken` when there are more.
pub fn list_output(key: &str, items: Vec<Value>, next: Option<String>) -> Value {
    let mut out = Map::new();
    out.insert(key.into(), Value::Array(items));
    if let Some(t) = next {
        out.insert("nextToken".into(), Value::String(t));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_that_waited_for_the_lock_sees_the_time_it_got_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let (config, faults) = (EmulatorConfig::new(dir.path().to_path_buf()), Faults::default());
        let env = Env { store: &store, config: &config, faults: &faults, region: "us-east-1", base_url: "" };
        let (locked, released) = (std::sync::mpsc::channel(), std::sync::mpsc::channel());
        let path = dir.path().join("state.sqlite3");
        let holder = std::thread::spawn(move || {
            let conn = rusqlite::Connection::open(path).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE").unwrap();
            locked.0.send(()).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(400));
            released.0.send(now_seconds()).unwrap();
            conn.execute_batch("COMMIT").unwrap();
        });
        locked.1.recv().unwrap();
        let seen = with_ctx(&env, true, |ctx| Ok(ctx.now)).unwrap();
        let released_at = released.1.recv().unwrap();
        holder.join().unwrap();
        assert!(seen >= released_at, "the write saw {seen}, before the lock was released at {released_at}");
    }
}
