//! `build`: the app's build spec (`amplify.yml`) run on this machine as Amplify runs it — its
//! phases in one shell, with the app's and branch's environment variables — its artifacts
//! collected in `.amphost/build/<branch>/` and its cache kept for the next run; and the build
//! step of `deploy --build`.

use super::interrupt;
use super::resolve::{existing_app, lookup_app};
use super::Ctx;
use crate::build::artifacts::{self, ArtifactError};
use crate::build::run::{self as runner, Group, PhaseTime, Reporter, RunError};
use crate::build::{spec, Plan};
use crate::exit::{CliError, Exit};
use crate::render::build_progress::{clean_line, BuildProgress};
use crate::render::{escape_controls, OutputFormat, View};
use indexmap::IndexMap;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the build spec comes from.
pub enum SpecSource {
    /// `--spec FILE`.
    File(PathBuf),
    /// The project's: amphost.toml's `[build] spec`, else `amplify.yml` in the project's folder.
    Project,
    /// `--from-app`: the branch's buildSpec, else the app's.
    App,
}

pub struct BuildOptions {
    pub spec: SpecSource,
    pub app: Option<String>,
    pub branch: Option<String>,
    /// The application of a monorepo spec.
    pub app_root: Option<String>,
    /// Fetch the app's and the branch's environment variables (when an app is known).
    pub remote_env: bool,
    /// Run the backend phases too.
    pub backend: bool,
}

/// A finished build.
pub struct Built {
    /// Where the artifacts were collected; None when the spec selects none.
    pub artifacts: Option<PathBuf>,
    pub files: usize,
    pub bytes: u64,
    pub phases: Vec<PhaseTime>,
    /// Files kept in the cache for the next build.
    pub cached: usize,
}

/// The largest build spec read (it holds commands, not data).
const MAX_SPEC_BYTES: u64 = 1 << 20;

/// `amphost build`: builds, then prints the artifacts' folder (or, with `-o json`, one object:
/// `status` SUCCEED, `artifacts`, `files`, `bytes`, `cachedFiles`, `phases` with their
/// seconds; for a build that failed (exit 3), `status` FAILED and the `error`; for one
/// interrupted (130, 143), `status` INTERRUPTED and the `error`).
pub async fn build(ctx: &Ctx, opts: BuildOptions) -> Result<(), CliError> {
    let json = ctx.format == OutputFormat::Json || ctx.query.is_some();
    let built = match run_build(ctx, opts).await {
        Ok(built) => built,
        Err(e) if json && matches!(e.exit, Exit::JobFailed | Exit::Interrupted | Exit::Terminated | Exit::HangUp) => {
            let status = if e.exit == Exit::JobFailed { "FAILED" } else { "INTERRUPTED" };
            let error = crate::api::redact::redact_presigned(&ctx.ui.error_text(&e));
            ctx.print(&json!({"status": status, "error": error}), &View::Empty)?;
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    let phases: Vec<Value> = built.phases.iter().map(|p| json!({"phase": p.phase, "seconds": p.seconds})).collect();
    let folder = built.artifacts.as_ref().map(|p| p.display().to_string());
    let result = json!({
        "status": "SUCCEED", "artifacts": folder, "files": built.files, "bytes": built.bytes,
        "cachedFiles": built.cached, "phases": phases,
    });
    if json {
        return ctx.print(&result, &View::Empty);
    }
    if let Some(folder) = folder {
        ctx.ui.out(&format!("{}\n", escape_controls(&folder)));
    }
    Ok(())
}

/// Runs the build the options describe and collects its artifacts. A spec read from a file is
/// checked before anything is asked of the service.
pub async fn run_build(ctx: &Ctx, opts: BuildOptions) -> Result<Built, CliError> {
    let root = project_root(ctx);
    let app = crate::project::app(opts.app.as_deref(), ctx.project.as_ref());
    let branch = crate::project::branch(opts.branch.as_deref(), ctx.project.as_ref())?;
    // A name the service would refuse (`..`) is refused here too, even with no request to make:
    // the build would run as AWS_BRANCH=.. into a folder of another name.
    if let Some(b) = &branch {
        ctx.precheck("GetBranch", &serde_json::Map::from_iter([("branchName".to_string(), json!(b))]), &["appId"])?;
    }
    let local = match &opts.spec {
        SpecSource::App => None,
        source => Some(read_spec(ctx, source, &root)?),
    };
    let plan_of_local = match local {
        Some((text, origin)) => Some((plan_for(ctx, &text, &origin, &root, &opts)?, origin)),
        None => None,
    };
    let remote = fetch_for(ctx, &opts, app.as_deref(), branch.as_deref()).await?;
    let (plan, origin) = match plan_of_local {
        Some(planned) => planned,
        None => {
            let (text, origin) = app_spec(&remote, app.as_deref().unwrap_or_default(), branch.as_deref())?;
            (plan_for(ctx, &text, &origin, &root, &opts)?, origin)
        }
    };
    let state = artifacts::state_dir(&root).map_err(|e| CliError::failure(e.to_string()))?;
    // Taken before the build is announced: a refused build says only why.
    let _lock = artifacts::lock_builds(&state).map_err(|e| CliError::failure(e.to_string()))?;
    announce(ctx, &plan, &origin);
    let env = environment(ctx, &plan, &remote, branch.as_deref());
    let cache_dir = state.join("cache").join(folder_name(plan.app_root.as_deref(), "_root"));
    restore(ctx, &plan, &cache_dir).await;
    let phases = run_phases(ctx, &plan, env).await?;
    let out = state.join("build").join(folder_name(branch.as_deref(), "out"));
    let (folder, files, bytes) = collect(ctx, &plan, &out).await?;
    // Only a build that succeeded, its artifacts collected, replaces the cache.
    let cached = save(ctx, &plan, &cache_dir).await;
    Ok(Built { artifacts: folder, files, bytes, phases, cached })
}

/// The repository's root: the project file's folder, else the current one.
fn project_root(ctx: &Ctx) -> PathBuf {
    let dir = match &ctx.project {
        // `--config amphost.toml` names a file whose folder is the empty path.
        Some(p) if p.dir().as_os_str().is_empty() => PathBuf::from("."),
        Some(p) => p.dir().to_path_buf(),
        None => std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
    };
    std::path::absolute(&dir).unwrap_or(dir)
}

/// A path as the user knows it: relative to the current folder when it is under it.
fn shown(path: &Path) -> String {
    let here = std::env::current_dir().ok();
    match here.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rel) if rel.as_os_str().is_empty() => ".".to_string(),
        Some(rel) => rel.display().to_string(),
        None => path.display().to_string(),
    }
}

/// The spec file's text, and its name for errors.
fn read_spec(ctx: &Ctx, source: &SpecSource, root: &Path) -> Result<(String, String), CliError> {
    let path = match source {
        SpecSource::File(p) => p.clone(),
        _ => project_spec_path(ctx, root),
    };
    let name = shown(&path);
    let meta = std::fs::metadata(&path).map_err(|e| {
        let e = CliError::usage(format!("cannot read the build spec {name}: {e}"));
        match source {
            SpecSource::File(_) => e,
            _ => e.hint("write an amplify.yml there, pass --spec FILE, or --from-app to run the app's build spec"),
        }
    })?;
    if !meta.is_file() || meta.len() > MAX_SPEC_BYTES {
        return Err(CliError::usage(format!("{name} is not a build spec: not a regular file, or over 1 MiB")));
    }
    let text = std::fs::read_to_string(&path)
        .map_err(|e| CliError::usage(format!("cannot read the build spec {name}: {e}")))?;
    Ok((text, name))
}

/// amphost.toml's `[build] spec` (relative to it), else `amplify.yml` in the root.
fn project_spec_path(ctx: &Ctx, root: &Path) -> PathBuf {
    if let Some(p) = &ctx.project {
        if let Some(spec) = p.file.build.as_ref().and_then(|b| b.spec.as_deref()) {
            return p.resolve(spec);
        }
    }
    root.join("amplify.yml")
}

/// The spec parsed and checked (exit 2 with `file:line:col`), and the application to build
/// picked: `--app-root`, else amphost.toml's `[build] app_root`, else
/// `AMPLIFY_MONOREPO_APP_ROOT` (as Amplify picks one).
fn plan_for(ctx: &Ctx, text: &str, origin: &str, root: &Path, opts: &BuildOptions) -> Result<Plan, CliError> {
    let parsed = spec::parse(text).map_err(|e| {
        CliError::usage(format!("{origin}:{e}"))
            .hint("the format: https://docs.aws.amazon.com/amplify/latest/userguide/yml-specification-syntax.html")
    })?;
    let from_file = ctx.project.as_ref().and_then(|p| p.file.build.as_ref()).and_then(|b| b.app_root.clone());
    let from_env = std::env::var("AMPLIFY_MONOREPO_APP_ROOT").ok().filter(|v| !v.trim().is_empty());
    let app_root = opts.app_root.clone().or(from_file).or(from_env);
    let plan = crate::build::plan(&parsed, root, app_root.as_deref(), opts.backend)
        .map_err(|m| CliError::usage(format!("{origin}: {m}")))?;
    if !plan.workdir.is_dir() {
        return Err(CliError::usage(format!(
            "{origin}: the folder the build runs in, {}, does not exist",
            shown(&plan.workdir)
        )));
    }
    Ok(plan)
}

/// What the service says of the app and the branch: their variables and build specs.
#[derive(Default)]
struct Remote {
    app_id: Option<String>,
    app: Option<Value>,
    branch: Option<Value>,
}

/// The app and branch, fetched when their variables are wanted (an app is known and
/// `--no-remote-env` was not given) or their spec is (`--from-app`, which needs the app).
async fn fetch_for(
    ctx: &Ctx,
    opts: &BuildOptions,
    app: Option<&str>,
    branch: Option<&str>,
) -> Result<Remote, CliError> {
    let from_app = matches!(opts.spec, SpecSource::App);
    match app {
        None if from_app => Err(CliError::usage(
            "--from-app needs the app: pass --app APP, set AMPHOST_APP, or link this folder with `amphost link APP`",
        )),
        Some(app) if from_app || opts.remote_env => fetch_remote(ctx, app, branch, from_app).await,
        _ => Ok(Remote::default()),
    }
}

/// GetApp (or ListApps by name) and GetBranch. An app or branch that does not exist yet (a
/// first `deploy --build --create`) only costs its variables, unless its spec is needed.
async fn fetch_remote(ctx: &Ctx, app: &str, branch: Option<&str>, required: bool) -> Result<Remote, CliError> {
    let found = if required { Some(existing_app(ctx, app).await?) } else { lookup_app(ctx, app).await? };
    let Some(found) = found else {
        ctx.ui.warn(format!("there is no app {app:?} yet: the build runs without its environment variables"));
        return Ok(Remote::default());
    };
    let app_id = found["appId"].as_str().unwrap_or_default().to_string();
    let mut remote = Remote { app_id: Some(app_id.clone()), app: Some(found), branch: None };
    if let Some(b) = branch {
        let client = ctx.client().await?;
        match client.call("GetBranch", json!({"appId": app_id, "branchName": b})).await {
            Ok(out) => remote.branch = Some(out["branch"].clone()),
            Err(e) if e.is_not_found() => {
                ctx.ui.status(format!("Branch {b} does not exist yet: the build gets the app's variables only"))
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(remote)
}

/// `--from-app`: the branch's buildSpec, else the app's; and its name for errors.
fn app_spec(remote: &Remote, app: &str, branch: Option<&str>) -> Result<(String, String), CliError> {
    let spec_of = |doc: &Option<Value>| {
        doc.as_ref().and_then(|d| d["buildSpec"].as_str()).filter(|s| !s.trim().is_empty()).map(str::to_string)
    };
    if let (Some(text), Some(b)) = (spec_of(&remote.branch), branch) {
        return Ok((text, format!("buildSpec (branch {b})")));
    }
    match spec_of(&remote.app) {
        Some(text) => Ok((text, format!("buildSpec (app {app})"))),
        None => Err(CliError::failure(format!("app {app} has no build spec (buildSpec), nor has its branch")).hint(
            "set one with `amphost app update APP --build-spec file://amplify.yml`, or build a file with --spec",
        )),
    }
}

/// Says what runs, and what a local build leaves out.
fn announce(ctx: &Ctx, plan: &Plan, origin: &str) {
    let count = plan.phases.iter().map(|p| p.commands.len()).sum::<usize>();
    let (phases, place) = (plan.phases.len(), shown(&plan.workdir));
    ctx.ui.status(format!("Running {origin}: {phases} phase(s), {count} command(s), in {place}"));
    if plan.has_tests {
        ctx.ui.status("The build spec's test phases are not run by a local build");
    }
    let (_, outside) = artifacts::usable_cache_paths(&plan.cache);
    if !outside.is_empty() {
        ctx.ui.status(format!("Cache paths outside the project are not kept locally: {}", outside.join(", ")));
    }
}

/// The build's variables, over amphost's own environment (which the shell inherits): the
/// spec's `env.variables`, the app's, the branch's, then Amplify's own (`AWS_APP_ID`,
/// `AWS_BRANCH`, `AWS_JOB_ID`, `AWS_COMMIT_ID`, `AMPLIFY_MONOREPO_APP_ROOT`), later ones
/// winning. Names only are ever said (with `-v`), never values.
fn environment(ctx: &Ctx, plan: &Plan, remote: &Remote, branch: Option<&str>) -> Vec<(String, String)> {
    let mut env: IndexMap<String, String> = plan.variables.clone();
    let mut said = Vec::new();
    for (what, doc) in [("app", &remote.app), ("branch", &remote.branch)] {
        let vars = doc.as_ref().and_then(|d| d["environmentVariables"].as_object());
        let vars: Vec<(String, String)> =
            vars.into_iter().flatten().filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string()))).collect();
        if !vars.is_empty() {
            said.push(format!("{what}: {}", vars.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(", ")));
        }
        env.extend(vars);
    }
    let mut fixed = vec![("AWS_JOB_ID", "local".to_string())];
    fixed.extend(branch.map(|b| ("AWS_BRANCH", b.to_string())));
    fixed.extend(remote.app_id.clone().map(|id| ("AWS_APP_ID", id)));
    fixed.extend(git_head(&plan.root).map(|c| ("AWS_COMMIT_ID", c)));
    fixed.extend(plan.app_root.clone().map(|r| ("AMPLIFY_MONOREPO_APP_ROOT", r)));
    env.extend(fixed.into_iter().map(|(k, v)| (k.to_string(), v)));
    if ctx.ui.verbose && !said.is_empty() {
        ctx.ui.status(format!("Environment variables from the {}", said.join("; from the ")));
    }
    let unset: Vec<&str> = plan
        .secrets
        .iter()
        .map(String::as_str)
        .filter(|s| std::env::var_os(s).is_none() && !env.contains_key(*s))
        .collect();
    if !unset.is_empty() {
        ctx.ui.warn(format!(
            "env.secrets are read from Parameter Store by Amplify, not by a local build; set these in your environment: {}",
            unset.join(", ")
        ));
    }
    env.into_iter().collect()
}

/// The commit checked out in `dir`, if it is a git repository.
fn git_head(dir: &Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !id.is_empty()).then_some(id)
}

/// A branch or app root as one folder name (`feature/x` → `feature-x`); `default` for none.
fn folder_name(name: Option<&str>, default: &str) -> String {
    const KEPT: &percent_encoding::AsciiSet =
        &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.');
    let name = name.unwrap_or_default();
    // Percent-encoded, so that two names never share a folder (`feat/x` is `feat%2Fx`, not
    // `feat-x`); a leading dot too: never `.` or `..`, which would name the folder above.
    let dots = name.len() - name.trim_start_matches('.').len();
    let safe = format!("{}{}", "%2E".repeat(dots), percent_encoding::utf8_percent_encode(&name[dots..], KEPT));
    if safe.is_empty() {
        default.to_string()
    } else {
        safe
    }
}

/// Runs disk work (copying caches and artifacts) off the async threads, so that a signal is
/// still heard meanwhile.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, CliError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| CliError::failure(format!("internal task failed: {e}")))
}

/// Puts back the cached files missing from the folder the build runs in.
async fn restore(ctx: &Ctx, plan: &Plan, cache_dir: &Path) {
    if plan.cache.is_empty() {
        return;
    }
    let (cache, workdir) = (cache_dir.to_path_buf(), plan.workdir.clone());
    match blocking(move || artifacts::restore_cache(&cache, &workdir)).await {
        Ok(Ok(0)) => {}
        Ok(Ok(n)) => {
            ctx.ui.status(format!("Cache: {} put back from {}", crate::text::count(n, "file"), shown(cache_dir)))
        }
        Ok(Err(e)) => ctx.ui.warn(format!("the cache was not restored: {e}")),
        Err(e) => ctx.ui.warn(format!("the cache was not restored: {}", e.message)),
    }
}

/// Keeps what the cache paths match for the next build; returns how many files.
async fn save(ctx: &Ctx, plan: &Plan, cache_dir: &Path) -> usize {
    let (usable, _) = artifacts::usable_cache_paths(&plan.cache);
    if usable.is_empty() {
        return 0;
    }
    let (cache, workdir) = (cache_dir.to_path_buf(), plan.workdir.clone());
    match blocking(move || artifacts::save_cache(&usable, &workdir, &cache)).await {
        Ok(Ok(n)) => {
            ctx.ui.status(format!("Cache: {} kept in {}", crate::text::count(n, "file"), shown(cache_dir)));
            n
        }
        Ok(Err(e)) => {
            ctx.ui.warn(format!("the cache was not saved: {e}"));
            0
        }
        Err(e) => {
            ctx.ui.warn(format!("the cache was not saved: {}", e.message));
            0
        }
    }
}

/// Runs the phases with live progress; on a signal, the build's whole process group is ended
/// before amphost exits (130 for Ctrl-C, 143 for SIGTERM).
async fn run_phases(ctx: &Ctx, plan: &Plan, env: Vec<(String, String)>) -> Result<Vec<PhaseTime>, CliError> {
    if plan.phases.is_empty() {
        ctx.ui.warn("the build spec has no commands to run");
        return Ok(Vec::new());
    }
    let progress = Arc::new(BuildProgress::new(&ctx.ui));
    let reporter: Arc<dyn Reporter> = progress.clone();
    let group = Group::new();
    let work = runner::run(plan.phases.clone(), plan.workdir.clone(), env, reporter, group.clone());
    let work = async { work.await.map_err(build_failed) };
    let stopped = async {
        if let Some(id) = group.id() {
            // Interrupted again while its processes are given time to end: they may outlive us.
            interrupt::if_forced(format!(
                "the build's processes were asked to end and some may still run; `kill -KILL -- -{id}` ends them"
            ));
        }
        group.stop().await;
        progress.finish();
        CliError::new(Exit::Interrupted, "interrupted: the build was stopped, with every process it started")
    };
    let result = interrupt::interruptible(work, stopped).await;
    progress.finish();
    result
}

/// A build that could not start (exit 1), or whose command failed (exit 3, with the end of
/// its output).
fn build_failed(e: RunError) -> CliError {
    let f = match e {
        RunError::Start(m) => {
            return CliError::failure(m).hint("a local build runs the spec's commands with bash: is it on PATH?")
        }
        RunError::Spec(m) => return CliError::usage(m).hint("edit the build spec's command"),
        RunError::Failed(f) => f,
    };
    let first = f.command.trim().lines().next().unwrap_or_default().to_string();
    let more = if f.command.trim().lines().count() > 1 { " …" } else { "" };
    // The spec's command and its output are quoted as they are (the error's detail).
    let mut detail = format!("`{first}{more}` {}", f.how);
    if !f.tail.is_empty() {
        let tail: Vec<String> = f.tail.iter().map(|l| clean_line(l)).collect();
        detail.push_str(&format!("\n--- last lines of its output ---\n{}", tail.join("\n")));
    }
    CliError::new(Exit::JobFailed, format!("the build failed in {}: ", f.phase))
        .with_detail(detail)
        .hint("nothing was collected or deployed; fix the command and build again")
}

/// Collects the artifacts into `out`, emptied first; (folder, files, bytes).
async fn collect(ctx: &Ctx, plan: &Plan, out: &Path) -> Result<(Option<PathBuf>, usize, u64), CliError> {
    let Some(rules) = plan.artifacts.clone() else {
        ctx.ui.status("The build spec has no artifacts: nothing was collected");
        return Ok((None, 0, 0));
    };
    let dest = out.to_path_buf();
    let collected = blocking(move || artifacts::collect(&rules, &dest)).await?.map_err(|e| match e {
        ArtifactError::Io(m) => CliError::failure(m),
        // The build's commands have run: a failed build (3), not bad input (2).
        e @ ArtifactError::LinkOut { .. } => CliError::new(Exit::JobFailed, e.to_string())
            .hint("copy the file into the folder in a build command, or leave it out of artifacts.files"),
        other => CliError::new(Exit::JobFailed, format!("the build's artifacts: {other}"))
            .hint("check artifacts.baseDirectory and files in the build spec against what the build writes"),
    })?;
    for c in &collected.collisions {
        ctx.ui.warn(format!("discard-paths: {c} have the same name; the later one is kept"));
    }
    ctx.ui.status(format!("Collected {} in {}", crate::text::count(collected.files, "file"), shown(out)));
    Ok((Some(out.to_path_buf()), collected.files, collected.bytes))
}

#[cfg(test)]
mod tests {
    use super::folder_name;

    #[test]
    fn names_never_share_a_folder_nor_climb() {
        assert_eq!(folder_name(Some("main"), "out"), "main");
        assert_ne!(folder_name(Some("feat/x"), "out"), folder_name(Some("feat-x"), "out"));
        assert_eq!(folder_name(Some("feat/x"), "out"), "feat%2Fx");
        assert_eq!(folder_name(Some(".."), "out"), "%2E%2E");
        assert_eq!(folder_name(Some("."), "out"), "%2E");
        assert_eq!(folder_name(None, "out"), "out");
        assert_eq!(folder_name(Some("v1.2"), "out"), "v1.2");
    }
}
