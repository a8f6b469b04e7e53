//! `preview`: a folder, or a branch's live deployment, served locally with Amplify's rules,
//! headers and basic auth; or `--explain`, what would answer each path and why.

use super::interrupt::Handling;
use super::resolve::app_id;
use super::Ctx;
use crate::api::paginate::list_all;
use crate::exit::CliError;
use crate::preview::headers::HeaderRules;
use crate::preview::rules::{Outcome, RuleSet};
use crate::preview::serve::{self, Incoming, SiteConfig};
use crate::preview::site::{FolderSite, Site, ZipSite};
use crate::render::{col, Column, Fmt, View};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

pub struct PreviewOptions {
    pub dir: Option<PathBuf>,
    pub rules: Option<Value>,
    pub headers: Option<String>,
    pub app: Option<String>,
    pub branch: Option<String>,
    pub country: Option<String>,
    pub basic_auth: Option<String>,
    pub files_first: bool,
    pub bind: SocketAddr,
    pub explain: Vec<String>,
    /// Serve files that look like secrets, as `deploy --allow-secrets` publishes them.
    pub allow_secrets: bool,
}

const EXPLAIN_COLUMNS: &[Column] = &[
    col("PATH", "path", Fmt::Plain).copyable(),
    col("STATUS", "status", Fmt::Plain),
    col("ANSWER", "answer", Fmt::Plain).copyable(),
    col("DECIDED BY", "reason", Fmt::Plain).low(),
];
const EXPLAIN: View = View::List { key: "paths", columns: EXPLAIN_COLUMNS, empty: "" };

/// Rules are checked whole: every broken rule is named, with its index.
pub fn parse_rules(rules: &Value) -> Result<RuleSet, CliError> {
    parse_rules_from(rules, "--custom-rules")
}

/// [`parse_rules`] of rules that came from `origin` (a flag, a file).
fn parse_rules_from(rules: &Value, origin: &str) -> Result<RuleSet, CliError> {
    RuleSet::parse(rules).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        CliError::usage(format!("{origin} has {} broken rule(s):\n{}", errors.len(), list.join("\n")))
    })
}

/// An app's rules, as the service holds them: those that make sense are served, the others
/// named in a warning (the API took them, so the preview cannot refuse them).
fn app_rules(ctx: &Ctx, app: &str, rules: &Value) -> RuleSet {
    let (set, errors) = RuleSet::parse_lenient(rules);
    for e in errors {
        ctx.ui.warn(format!("app {app}'s custom rules: {e} (the preview leaves it out)"));
    }
    set
}

/// The app's (and branch's) rules, headers and password, from the API.
async fn from_app(ctx: &Ctx, app: &str, branch: Option<&str>) -> Result<(String, Value, Option<Value>), CliError> {
    if let Some(b) = branch {
        ctx.precheck("GetBranch", &serde_json::Map::from_iter([("branchName".to_string(), json!(b))]), &["appId"])?;
    }
    let id = app_id(ctx, app).await?;
    let client = ctx.client().await?;
    let app_doc = client.call("GetApp", json!({"appId": id})).await?["app"].clone();
    let branch_doc = match branch {
        Some(b) => Some(client.call("GetBranch", json!({"appId": id, "branchName": b})).await?["branch"].clone()),
        None => None,
    };
    Ok((id, app_doc, branch_doc))
}

/// Downloads the branch's newest successful deployment; returns a site over it.
async fn deployed_site(ctx: &Ctx, app_id: &str, branch: &str) -> Result<(Arc<dyn Site>, tempfile::TempDir), CliError> {
    use crate::model::enums::JobStatus;
    let client = ctx.client().await?;
    let jobs =
        list_all(client, "ListJobs", json!({"appId": app_id, "branchName": branch}), &Default::default()).await?;
    let job = jobs["jobSummaries"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|j| JobStatus::from_json(&j["status"]) == Some(JobStatus::Succeed))
        .ok_or_else(|| CliError::failure(format!("branch {branch} has no successful deployment to preview")))?;
    let input = json!({"appId": app_id, "branchName": branch, "jobId": job["jobId"]});
    let artifacts = list_all(client, "ListArtifacts", input, &Default::default()).await?;
    let items = artifacts["artifacts"].as_array().cloned().unwrap_or_default();
    let dir = tempfile::tempdir().map_err(|e| CliError::failure(format!("cannot make a temporary folder: {e}")))?;
    for a in &items {
        let name = a["artifactFileName"].as_str().unwrap_or_default();
        if name.split('/').any(|seg| seg.is_empty() || seg == ".." || seg == ".") {
            continue;
        }
        let url = client.call("GetArtifactUrl", json!({"artifactId": a["artifactId"]})).await?;
        let dest = super::job::Destination { path: &dir.path().join(name), replace: true }; // our own folder
        super::job::download(ctx, url["artifactUrl"].as_str().unwrap_or_default(), dest).await?;
    }
    let zip_name =
        items.iter().filter_map(|a| a["artifactFileName"].as_str()).find(|n| n.ends_with(".zip") && items.len() == 1);
    let site: Arc<dyn Site> = match zip_name {
        Some(n) => Arc::new(ZipSite::open_archive(&dir.path().join(n)).map_err(CliError::failure)?),
        None => Arc::new(FolderSite::new(dir.path().to_path_buf())),
    };
    ctx.ui.status(format!("Previewing job {} of {branch}", job["jobId"].as_str().unwrap_or("?")));
    Ok((site, dir))
}

/// Without an app to take them from, the rules and headers not given by flag are the ones
/// `rules push` and `headers push` would push (the project's files), as `rules test` and
/// `rules lint` read them, so that all three agree.
fn local_code(ctx: &Ctx, rules: &mut Option<RuleSet>, headers: &mut Option<HeaderRules>) -> Result<(), CliError> {
    if rules.is_none() {
        if let Some((path, list)) = super::rules::local_rules(ctx)? {
            ctx.ui.status(format!("Rules from {} (--rules takes others)", path.display()));
            *rules = Some(parse_rules_from(&list, &path.display().to_string())?);
        }
    }
    if headers.is_none() {
        if let Some((path, text)) = super::headers::local_headers(ctx)? {
            ctx.ui.status(format!("Headers from {} (--headers takes others)", path.display()));
            *headers = Some(HeaderRules::parse(&text).map_err(CliError::usage)?);
        }
    }
    Ok(())
}

/// The folder served when none is given: the project's (amphost.toml's `folder`, which must
/// be one; said), else this one.
fn default_folder(ctx: &Ctx) -> Result<PathBuf, CliError> {
    let Some((project, folder)) = ctx.project.as_ref().and_then(|p| Some((p, p.file.folder.as_deref()?))) else {
        return Ok(PathBuf::from("."));
    };
    let path = project.resolve(folder);
    if !path.is_dir() {
        return Err(CliError::usage(format!(
            "{} is not a folder (`folder` in {})",
            path.display(),
            project.place_of("folder")
        ))
        .hint("build the site into it first, or give the folder to serve: `amphost preview DIR`"));
    }
    ctx.ui.status(format!("Serving {} (amphost.toml's `folder`)", path.display()));
    Ok(path)
}

/// `--explain`: what would answer each path, and why, as a table or JSON.
fn explain(ctx: &Ctx, site: &dyn Site, config: &SiteConfig, paths: &[String]) -> Result<(), CliError> {
    let row = |p: &String| {
        // As the server answers it: a path that climbs is a bad request, whatever the rules.
        let decoded = percent_encoding::percent_decode_str(p.split('?').next().unwrap_or(p)).decode_utf8_lossy();
        if serve::climbs(&decoded) {
            return json!({"path": p, "status": "400", "answer": null, "rule": null, "reason": serve::CLIMBS});
        }
        let d = serve::explain(site, config, p);
        // No answer (a 404 with no 404.html) is null, shown as `-`.
        let (status, answer) = match &d.outcome {
            Outcome::Serve { file, status } => (status.to_string(), Some(format!("/{file}"))),
            Outcome::Redirect { location, status } => (status.to_string(), Some(format!("→ {location}"))),
            Outcome::Proxy { url } => {
                let query = p.split_once('?').map_or("", |(_, q)| q);
                ("200".into(), Some(format!("proxy {}", serve::proxied_url(url, query))))
            }
            Outcome::NotFound => ("404".into(), site.exists("404.html").then(|| "/404.html".to_string())),
        };
        json!({"path": p, "status": status, "answer": answer, "rule": d.rule.map(|i| i + 1), "reason": d.reason})
    };
    let rows: Vec<Value> = paths.iter().map(row).collect();
    ctx.print(&json!({ "paths": rows }), &EXPLAIN)
}

pub async fn preview(ctx: &Ctx, opts: PreviewOptions) -> Result<(), CliError> {
    // Local inputs first: a bad rule or folder costs no request.
    let mut rules = opts.rules.as_ref().map(|r| parse_rules_from(r, "--rules")).transpose()?;
    let mut headers = opts.headers.as_deref().map(HeaderRules::parse).transpose().map_err(CliError::usage)?;
    let mut basic_auth = opts.basic_auth.clone();
    if let Some(dir) = &opts.dir {
        if !dir.is_dir() {
            return Err(CliError::usage(format!("{} is not a folder", dir.display())));
        }
        // An ignore file deploy would refuse is refused here too, rather than 404 everything.
        let root = dir.canonicalize().map_err(|e| CliError::usage(format!("cannot open {}: {e}", dir.display())))?;
        crate::deploy::archive::check_ignore_files(&root).map_err(|e| CliError::usage(e.to_string()))?;
    }
    if opts.app.is_none() {
        local_code(ctx, &mut rules, &mut headers)?;
    }
    let mut keep_alive = None;
    let folder = |root: PathBuf| Arc::new(FolderSite { root, allow_secrets: opts.allow_secrets }) as Arc<dyn Site>;
    let mut site: Option<Arc<dyn Site>> = opts.dir.clone().map(folder);
    if let Some(app) = &opts.app {
        let (id, app_doc, branch_doc) = from_app(ctx, app, opts.branch.as_deref()).await?;
        if rules.is_none() {
            rules = Some(app_rules(ctx, app, app_doc.get("customRules").unwrap_or(&json!([]))));
        }
        if headers.is_none() {
            let yaml = app_doc["customHeaders"].as_str().unwrap_or_default();
            headers = Some(HeaderRules::parse(yaml).map_err(CliError::failure)?);
            // Set from the console or another tool: what HTTP cannot carry is left out.
            if let Err(problem) = crate::preview::headers::check(yaml) {
                ctx.ui.warn(format!(
                    "the app's custom headers: {problem} (the preview leaves out what HTTP cannot carry)"
                ));
            }
        }
        if basic_auth.is_none() {
            let auth = |v: &Value| {
                (v["enableBasicAuth"] == true)
                    .then(|| v["basicAuthCredentials"].as_str().unwrap_or_default().to_string())
            };
            basic_auth = branch_doc.as_ref().and_then(auth).or_else(|| auth(&app_doc));
        }
        if site.is_none() {
            let Some(branch) = &opts.branch else {
                return Err(CliError::usage("give a folder to serve, or --branch to preview a deployed branch"));
            };
            let (s, dir) = deployed_site(ctx, &id, branch).await?;
            site = Some(s);
            keep_alive = Some(dir);
        }
    }
    let site = match site {
        Some(site) => site,
        None => folder(default_folder(ctx)?),
    };
    let mut rules = rules.unwrap_or_else(RuleSet::empty);
    rules.files_first = opts.files_first;
    let config =
        Arc::new(SiteConfig { rules, headers: headers.unwrap_or_default(), basic_auth, country: opts.country.clone() });

    if !opts.explain.is_empty() {
        return explain(ctx, site.as_ref(), &config, &opts.explain);
    }
    serve_until_interrupted(ctx, site, config, opts.bind).await?;
    drop(keep_alive);
    Ok(())
}

async fn serve_until_interrupted(
    ctx: &Ctx,
    site: Arc<dyn Site>,
    config: Arc<SiteConfig>,
    bind: SocketAddr,
) -> Result<(), CliError> {
    let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| {
        CliError::failure(format!("cannot listen on {bind}: {e}"))
            .hint("choose another --port, or --port 0 for any free one")
    })?;
    let addr = listener.local_addr().map_err(|e| CliError::failure(e.to_string()))?;
    let state = Arc::new(Served { site, config, http: serve::proxy_client(), ui: ctx.ui.clone() });
    let app = axum::Router::new().fallback(handle).with_state(state);
    ctx.ui.out(&format!("http://{addr}/\n"));
    ctx.ui.status(format!("Serving on http://{addr}/ with Amplify's rules; Ctrl-C stops."));
    // A signal is how a preview ends (Ctrl-C, or SIGTERM/SIGHUP from whatever started it):
    // exit 0, as the emulator.
    let serving = async {
        axum::serve(listener, app).await.map_err(|e| CliError::failure(format!("the preview server stopped: {e}")))
    };
    let mut handling = Handling::start();
    tokio::select! {
        served = serving => served,
        signal = handling.next() => {
            ctx.ui.status(format!("preview stopped ({})", signal.describe()));
            Ok(())
        }
    }
}

/// What the preview server holds.
struct Served {
    site: Arc<dyn Site>,
    config: Arc<SiteConfig>,
    http: reqwest::Client,
    ui: crate::render::ui::Ui,
}

async fn handle(
    axum::extract::State(state): axum::extract::State<Arc<Served>>,
    req: axum::extract::Request,
) -> axum::response::Response {
    let (parts, body) = req.into_parts();
    let host = parts.headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or_default();
    let inc = Incoming {
        method: parts.method.as_str(),
        host,
        raw_path: parts.uri.path(),
        query: parts.uri.query().unwrap_or(""),
        headers: &parts.headers,
        body,
    };
    let served = serve::respond(Arc::clone(&state.site), &state.config, &state.http, inc).await;
    state.ui.status(format!("{} {}", crate::render::progress::clock(), served.log));
    served.response
}
