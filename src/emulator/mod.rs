//! The local Amplify Hosting emulator: the service's rest-json API over real HTTP, with SigV4
//! verification, model validation and SQLite persistence. It runs as `amphost emulator` and,
//! in-process on an ephemeral loopback port, behind `--local`.

mod admin;
mod blobs;
pub mod error;
pub mod faults;
mod fetching;
mod ops;
pub mod presign;
pub mod protocol;
mod s3_sources;
pub mod sigv4;
pub mod sites;
pub mod store;

use error::ServiceError;
use serde_json::Value;
use sigv4::Verifier;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use store::{Scan, Store};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use futures_util::StreamExt;

/// Where the emulator writes: one line per request, when someone listens.
pub type Log = Arc<dyn Fn(String) + Send + Sync>;

/// `amphost emulator`'s port unless told another: where what `--local` made is served.
pub const DEFAULT_PORT: u16 = 4750;

#[derive(Clone)]
pub struct EmulatorConfig {
    pub data_dir: PathBuf,
    /// Known key pairs (access key id, secret). `test`/`test` unless others are given.
    pub credentials: Vec<(String, String)>,
    pub verify_signatures: bool,
    pub account_id: String,
    /// Used for ARNs when a request is not signed (signature checks off).
    pub default_region: String,
    pub job_step_duration: Duration,
    pub max_apps: usize,
    /// Amplify's quota of branches per app (50); CreateBranch beyond is LimitExceededException.
    pub max_branches_per_app: usize,
    /// The largest upload accepted (413 beyond), and the most a deployment's archive may
    /// expand to (a zip bomb fails the job).
    pub max_upload_bytes: u64,
    pub max_expanded_bytes: u64,
    /// Where `s3://` deployment sources are read (`--s3-endpoint`); else `AWS_ENDPOINT_URL_S3`,
    /// else AWS's S3.
    pub s3_endpoint: Option<String>,
    /// How long a deployment's source may send nothing (or not answer) before its job fails.
    pub fetch_timeout: Duration,
    /// Sweep the data dir's unreferenced blobs at start, once a day (`amphost emulator`; a
    /// `--local` command ends too soon to finish a sweep).
    pub sweep_blobs: bool,
    /// Where webhook URLs point, when not at the address the request came to: the embedded
    /// emulator of `--local` ends with its command, so its webhooks name `amphost emulator`'s
    /// default address, where they work later.
    pub webhook_base: Option<String>,
    pub log: Option<Log>,
}

impl EmulatorConfig {
    pub fn new(data_dir: PathBuf) -> EmulatorConfig {
        EmulatorConfig {
            data_dir,
            credentials: vec![("test".into(), "test".into())],
            verify_signatures: true,
            account_id: "123456789012".into(),
            default_region: "us-east-1".into(),
            job_step_duration: Duration::from_secs(2),
            max_apps: 1000,
            max_branches_per_app: 50,
            max_upload_bytes: 5 << 30,
            max_expanded_bytes: 20 << 30,
            s3_endpoint: None,
            fetch_timeout: Duration::from_secs(60),
            sweep_blobs: false,
            webhook_base: None,
            log: None,
        }
    }
}

/// `$XDG_DATA_HOME/amphost/emulator`, else `~/.local/share/amphost/emulator`.
pub fn default_data_dir() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("amphost").join("emulator")
}

/// The largest request body accepted on the API.
const MAX_API_BODY: usize = 6 * 1024 * 1024;

struct Shared {
    config: EmulatorConfig,
    store: Arc<Store>,
    verifier: Verifier,
    /// API requests received (admin calls under `/_amphost/` excluded), for tests that
    /// prove bad input sent nothing.
    requests: AtomicU64,
    faults: faults::Faults,
    /// The address listened on (for URLs when a request has no Host header).
    addr: SocketAddr,
    /// For rules that proxy to another site.
    http: reqwest::Client,
    /// For http(s) deployment sources: gives up on one that sends nothing for `fetch_timeout`.
    fetch_http: reqwest::Client,
    /// For `s3://` deployment sources, built on first use.
    s3: tokio::sync::OnceCell<aws_sdk_s3::Client>,
}

/// A running emulator.
pub struct Emulator {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Emulator {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Serves until the process ends or the server fails.
    pub async fn wait(mut self) -> anyhow::Result<()> {
        let task = &mut self.task;
        task.await??;
        Ok(())
    }

    /// Serves until `stop` completes (then stops as [`Emulator::stop`] does) or the server
    /// fails. True when it was stopped.
    pub async fn serve_until(mut self, stop: impl std::future::Future<Output = ()>) -> anyhow::Result<bool> {
        tokio::select! {
            served = &mut self.task => {
                served??;
                Ok(false)
            }
            () = stop => {
                self.stop().await;
                Ok(true)
            }
        }
    }

    /// Stops accepting and lets requests in flight finish.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

/// The address to serve on could not be listened on (taken, or not this machine's).
#[derive(Debug, thiserror::Error)]
#[error("cannot listen on {addr}: {error}")]
pub struct ListenError {
    pub addr: SocketAddr,
    pub error: std::io::Error,
}

/// Opens the store and starts serving on `bind` (port 0: an ephemeral port).
pub async fn start(config: EmulatorConfig, bind: SocketAddr) -> anyhow::Result<Emulator> {
    let store = Store::open(&config.data_dir)?;
    blobs::remove_stale_partials(&store.blob_dir());
    let verifier = Verifier {
        keys: config.credentials.iter().cloned().collect(),
        service: crate::model::model().metadata.signing_name.clone(),
    };
    let listener = tokio::net::TcpListener::bind(bind).await.map_err(|error| ListenError { addr: bind, error })?;
    let addr = listener.local_addr()?;
    let fetch_http =
        reqwest::Client::builder().connect_timeout(config.fetch_timeout).read_timeout(config.fetch_timeout).build()?;
    let shared = Arc::new(Shared {
        config,
        store: Arc::new(store),
        verifier,
        requests: AtomicU64::new(0),
        faults: faults::Faults::default(),
        addr,
        http: crate::preview::serve::proxy_client(),
        fetch_http,
        s3: tokio::sync::OnceCell::new(),
    });
    if shared.config.sweep_blobs {
        let sweeping = Arc::clone(&shared);
        tokio::task::spawn_blocking(move || sweep_blobs(&sweeping.store, sweeping.config.log.as_ref()));
    }
    let app = axum::Router::new().fallback(handle).with_state(shared);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await
    });
    Ok(Emulator { addr, shutdown: Some(tx), task })
}

/// How often a data dir's blobs are swept (seconds).
const SWEEP_EVERY: i64 = 24 * 3600;

/// Removes the blobs no resource refers to any more: the deployments of deleted apps, branches
/// and jobs, and what a fetch that failed midway had written. At most once a day per data dir,
/// in the background of whichever emulator starts first. Not while a job fetches its source
/// (another process's, maybe): the blobs it has fetched are named nowhere until it ends, so
/// the day's sweep is left to the next start.
fn sweep_blobs(store: &Store, log: Option<&Log>) {
    const CHORE: &str = "blob-sweep";
    let now = ops::now_seconds() as i64;
    if !store.claim_chore(CHORE, now, SWEEP_EVERY).unwrap_or(false) {
        return;
    }
    let dir = store.blob_dir();
    let mut unreferenced = blobs::settled(&dir);
    if unreferenced.is_empty() {
        return;
    }
    // A fetch whose lease ran out (its emulator stopped) writes nothing more.
    let fetching = |doc: &Value| doc["fetching"] == true && !ops::jobs::fetch_lost(doc, ops::now_seconds());
    match store.forget_referenced(&mut unreferenced, fetching) {
        Ok(Scan::Complete) => {}
        Ok(Scan::Fetching) => {
            let _ = store.release_chore(CHORE);
            return;
        }
        Err(_) => return,
    }
    let (count, bytes) = blobs::remove(&dir, &unreferenced);
    if let (Some(log), true) = (log, count > 0) {
        log(format!("removed {count} stored files ({bytes} bytes) that no app, branch or job refers to any more"));
    }
}

fn json_response(status: u16, request_id: &str, body: &Value, error_code: Option<&str>) -> Response {
    let mut builder = Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .header("x-amzn-requestid", request_id);
    if let Some(code) = error_code {
        builder = builder.header("x-amzn-errortype", code);
    }
    builder.body(Body::from(body.to_string())).expect("valid response")
}

fn error_response(request_id: &str, e: &ServiceError) -> Response {
    json_response(e.status, request_id, &e.body(), Some(&e.code))
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let request_id = uuid::Uuid::new_v4().to_string();
    let method = request.method().as_str().to_string();
    let path = request.uri().path().to_string();
    // URLs handed out point back at the address the client used.
    let base_url = match request.headers().get("host").and_then(|h| h.to_str().ok()) {
        Some(host) => format!("http://{host}"),
        None => format!("http://{}", shared.addr),
    };
    let host = request.headers().get("host").and_then(|h| h.to_str().ok()).unwrap_or_default().to_string();
    let site = sites::route(&host, &path, request.headers());
    if let Some(sites::Route { app_id, by, path: site_path, cookie, prefix }) = site {
        let query = request.uri().query().unwrap_or("").to_string();
        let (mut parts, body) = request.into_parts();
        sites::without_site_cookie(&mut parts.headers);
        let inc = crate::preview::serve::Incoming {
            method: &method,
            host: &host,
            raw_path: &site_path,
            query: &query,
            headers: &parts.headers,
            body,
        };
        let mut response = sites::serve(Arc::clone(&shared.store), shared.http.clone(), app_id, by, inc).await;
        // Appended: the site's own cookies (a proxied upstream's, a custom header) stay.
        if let Some(c) = cookie.and_then(|c| http::HeaderValue::from_str(&c).ok()) {
            response.headers_mut().append("set-cookie", c);
        }
        if let Some(prefix) = prefix {
            sites::keep_prefix(&mut response, &prefix);
        }
        return response;
    }
    let (response, summary) = if path.starts_with("/_amphost/") {
        match admin::handle(&shared, &base_url, request).await {
            Ok(admin::Answer::Json(v)) => (json_response(200, &request_id, &v, None), "200".to_string()),
            Ok(admin::Answer::Response(r)) => (r, "200".to_string()),
            Err(e) => (error_response(&request_id, &e), format!("{} {}", e.status, e.code)),
        }
    } else {
        match serve_api(&shared, &base_url, request).await {
            Ok((op, body)) => (json_response(200, &request_id, &body, None), format!("200 {op}")),
            Err(e) => (error_response(&request_id, &e), format!("{} {}: {}", e.status, e.code, e.message)),
        }
    };
    if let Some(log) = &shared.config.log {
        log(format!("{method} {path} → {summary}"));
    }
    response
}

async fn serve_api(shared: &Arc<Shared>, base_url: &str, request: Request) -> Result<(String, Value), ServiceError> {
    let (parts, body) = request.into_parts();
    let body = read_body(body, MAX_API_BODY).await?;
    let raw_path = parts.uri.path();
    let raw_query = parts.uri.query().unwrap_or("");
    let method = parts.method.as_str();
    shared.requests.fetch_add(1, Ordering::SeqCst);

    let region = if shared.config.verify_signatures {
        let caller = shared.verifier.verify(method, raw_path, raw_query, &parts.headers, &body, SystemTime::now())?;
        caller.region
    } else {
        shared.config.default_region.clone()
    };
    protocol::check_path(raw_path)?;
    let (op, labels) =
        protocol::route(method, raw_path).ok_or_else(|| ServiceError::unknown_operation(method, raw_path))?;
    if let Some(fault) = shared.faults.take_request_fault(&op.name) {
        fault.act().await?;
    }
    let input = protocol::parse_input(op, labels, raw_query, &parts.headers, &body)?;
    let source = fetching::Source::of(&op.name, &input);
    let handler_shared = Arc::clone(shared);
    let name = op.name.clone();
    let base = base_url.to_string();
    let output = tokio::task::spawn_blocking(move || {
        let shared = handler_shared;
        let base_url = base;
        let env = ops::Env {
            store: &shared.store,
            config: &shared.config,
            faults: &shared.faults,
            region: &region,
            base_url: &base_url,
        };
        ops::dispatch(&env, &name, &input)
    })
    .await
    .map_err(|e| ServiceError::internal(format!("handler failed: {e}")))??;
    if let Some(source) = source {
        fetching::spawn(shared, base_url, source, &output);
    }
    Ok((op.name.clone(), output))
}

/// A request body of at most `limit` bytes: 413 beyond, and 400 when it cannot be read (a
/// malformed chunked encoding, a connection broken off), which is no matter of size.
async fn read_body(body: Body, limit: usize) -> Result<Vec<u8>, ServiceError> {
    let mut stream = body.into_data_stream();
    let mut out = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| ServiceError::bad_request(format!("The request body cannot be read: {e}")))?;
        if out.len() + chunk.len() > limit {
            return Err(ServiceError::new(413, "RequestEntityTooLargeException", "The request body is too large."));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}
