//! `app`: CreateApp, GetApp, ListApps, UpdateApp, DeleteApp, and `app env`.

use super::resolve::{app_id, app_label, lookup_app};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::{CliError, Exit};
use crate::project::dotenv::{self, Entry};
use crate::render::{col, Column, Fmt, View};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

const LIST_COLUMNS: &[Column] = &[
    col("APP ID", "appId", Fmt::Plain).copyable(),
    col("NAME", "name", Fmt::Plain).copyable(),
    col("PLATFORM", "platform", Fmt::Plain),
    col("DEFAULT DOMAIN", "defaultDomain", Fmt::Plain).copyable(),
    col("REPOSITORY", "repository", Fmt::Plain).copyable(),
    col("UPDATED", "updateTime", Fmt::Time),
    // Last, so that `-o text` keeps the fields scripts already cut by position; cut first.
    col("DESCRIPTION", "description", Fmt::Plain).low(),
];

const ITEM_FIELDS: &[Column] = &[
    col("App ID", "appId", Fmt::Plain),
    col("Name", "name", Fmt::Plain),
    col("ARN", "appArn", Fmt::Plain),
    col("Description", "description", Fmt::Plain),
    col("Platform", "platform", Fmt::Plain),
    col("Repository", "repository", Fmt::Plain),
    col("Default domain", "defaultDomain", Fmt::Plain),
    col("Production branch", "productionBranch.branchName", Fmt::Plain),
    col("Basic auth", "enableBasicAuth", Fmt::YesNo),
    col("Auto build", "enableBranchAutoBuild", Fmt::YesNo),
    col("Environment", "environmentVariables", Fmt::Keys),
    col("Custom rules", "customRules", Fmt::Count),
    col("Tags", "tags", Fmt::Pairs),
    col("Created", "createTime", Fmt::Time),
    col("Updated", "updateTime", Fmt::Time),
];

pub const APP: View = View::Item { key: "app", fields: ITEM_FIELDS };
pub const APPS: View =
    View::List { key: "apps", columns: LIST_COLUMNS, empty: "No apps. Create one with `amphost app create NAME`." };
const ENV: View = View::Map { key: "environmentVariables", headers: ["NAME", "VALUE"] };
const ENV_DIFF_COLUMNS: &[Column] = &[col("CHANGE", "change", Fmt::Plain), col("NAME", "name", Fmt::Plain).copyable()];
/// `env diff`: names and a marker only; values are never shown.
const ENV_DIFF: View =
    View::List { key: "changes", columns: ENV_DIFF_COLUMNS, empty: "No differences: the variables are the file's" };

/// Creates an app; unless `allow_duplicate`, only if no app has its name yet (see
/// [`refuse_taken_name`]). One ListApps before CreateApp.
pub async fn create(ctx: &Ctx, input: Map<String, Value>, allow_duplicate: bool) -> Result<(), CliError> {
    ctx.precheck("CreateApp", &input, &[])?;
    if !allow_duplicate {
        refuse_taken_name(ctx, input.get("name").and_then(Value::as_str).unwrap_or_default(), None).await?;
    }
    let out = ctx.client().await?.call("CreateApp", Value::Object(input)).await?;
    ctx.ui.status(format!(
        "Created app {} ({})",
        out["app"]["name"].as_str().unwrap_or_default(),
        out["app"]["appId"].as_str().unwrap_or_default()
    ));
    ctx.print(&out, &APP)
}

/// A second app of a name makes every command that names it ambiguous: when another app than
/// `renamed` (the app being renamed) has `name`, the user is asked on a terminal, and a script
/// is refused (exit 2) with `--allow-duplicate` as the way through.
async fn refuse_taken_name(ctx: &Ctx, name: &str, renamed: Option<&str>) -> Result<(), CliError> {
    let all = list_all(ctx.client().await?, "ListApps", json!({}), &PageOptions::default()).await?;
    let same: Vec<&str> = all["apps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["name"] == name && a["appId"].as_str() != renamed)
        .filter_map(|a| a["appId"].as_str())
        .collect();
    if same.is_empty() {
        return Ok(());
    }
    let ids = same.join(", ");
    let what = format!("an app named {name:?} already exists ({ids})");
    let doing = if renamed.is_some() { "rename this app to" } else { "create a second app named" };
    if ctx.ui.interactive() && !ctx.yes {
        ctx.ui.warn(format!("{what}; another would make every command that names it ambiguous"));
        return ctx.ui.confirm(&format!("{doing} {name:?}"), false);
    }
    let other = if renamed.is_some() { "rename it anyway" } else { "create another" };
    Err(CliError::usage(format!("{what}: a second one would make every command that names it ambiguous"))
        .hint(format!("use the existing app ({ids}), or pass --allow-duplicate to {other}")))
}

pub async fn get(ctx: &Ctx, app: &str) -> Result<(), CliError> {
    let id = app_id(ctx, app).await?;
    let out = ctx.client().await?.call("GetApp", json!({ "appId": id })).await?;
    ctx.print(&out, &APP)
}

pub async fn list(ctx: &Ctx, page: &PageOptions) -> Result<(), CliError> {
    page.check("ListApps").map_err(CliError::usage)?;
    let out = list_all(ctx.client().await?, "ListApps", json!({}), page).await?;
    ctx.print(&out, &APPS)
}

/// Sends only the members the user set: nothing else of the app is touched.
pub async fn update(
    ctx: &Ctx,
    app: &str,
    mut changes: Map<String, Value>,
    allow_duplicate: bool,
) -> Result<(), CliError> {
    if changes.is_empty() {
        return Err(CliError::usage("nothing to update: pass at least one setting (see `amphost app update --help`)"));
    }
    ctx.precheck("UpdateApp", &changes, &["appId"])?;
    let id = app_id(ctx, app).await?;
    if let (Some(name), false) = (changes.get("name").and_then(Value::as_str), allow_duplicate) {
        refuse_taken_name(ctx, name, Some(&id)).await?;
    }
    let needs_basic_auth =
        changes.get("enableBasicAuth") == Some(&Value::Bool(true)) && !changes.contains_key("basicAuthCredentials");
    let replaces =
        ["autoBranchCreationConfig", "environmentVariables", "customRules"].iter().any(|k| changes.contains_key(*k));
    if needs_basic_auth || replaces {
        let current = ctx.client().await?.call("GetApp", json!({ "appId": id })).await?;
        if needs_basic_auth {
            refuse_basic_auth_without_credentials(&current["app"], &format!("app {}", app_label(app, &id)))?;
        }
        if let Some(new) = changes.get("autoBranchCreationConfig") {
            let config = Replaced::auto_branch_creation_config(&current["app"]["autoBranchCreationConfig"], new);
            confirm_dropped(ctx, config)?;
        }
        if let Some(new) = changes.get("environmentVariables") {
            let env_set = format!("amphost app env set --app {} KEY=VALUE", crate::text::shell_quote(app));
            confirm_dropped(ctx, Replaced::variables("app", &current["app"]["environmentVariables"], new, &env_set))?;
        }
        if let Some(new) = changes.get("customRules") {
            confirm_dropped(ctx, Replaced::rules(&current["app"]["customRules"], new))?;
        }
    }
    changes.insert("appId".into(), Value::String(id));
    let out = ctx.client().await?.call("UpdateApp", Value::Object(changes)).await?;
    ctx.ui.status(format!("Updated app {}", app_label(app, out["app"]["appId"].as_str().unwrap_or_default())));
    ctx.print(&out, &APP)
}

/// A structured member sent whole replaces what the resource had: what it would drop.
pub struct Replaced {
    /// What replaces it (`--environment-variables replaces all of the app's variables`).
    replacing: String,
    /// The fields (or variable names: never their values) set now that the new value leaves out.
    dropped: Vec<String>,
    /// How to keep them.
    hint: String,
}

impl Replaced {
    /// `--auto-branch-creation-config stage=BETA` leaves a config of one field.
    fn auto_branch_creation_config(current: &Value, new: &Value) -> Replaced {
        let set =
            |v: &Value| !matches!(v, Value::Null | Value::Bool(false)) && v != "" && v != &json!({}) && v != &json!([]);
        Replaced {
            replacing: "--auto-branch-creation-config replaces the whole config".into(),
            dropped: fields_left_out(current, new, set),
            hint:
                "pass the whole config (`amphost app get APP --query app.autoBranchCreationConfig` shows it), or --yes"
                    .into(),
        }
    }

    /// `--environment-variables K=V` leaves one variable: `env set` is what keeps the others.
    pub fn variables(owner: &str, current: &Value, new: &Value, env_set: &str) -> Replaced {
        Replaced {
            replacing: format!("--environment-variables replaces all of the {owner}'s variables"),
            dropped: fields_left_out(current, new, |_| true),
            hint: format!("to set some and keep the others: `{env_set}`; else pass them all, or --yes"),
        }
    }

    /// `--custom-rules source=/x,target=/y` leaves a list of one rule: those the new list does
    /// not hold, by their place in the current one.
    fn rules(current: &Value, new: &Value) -> Replaced {
        // A rule as the service reads it: no status is a 200, no condition none.
        let key = |r: &Value| {
            let field = |name: &str, default: &'static str| r[name].as_str().unwrap_or(default).to_string();
            (field("source", ""), field("target", ""), field("status", "200"), field("condition", ""))
        };
        let kept: Vec<_> = new.as_array().into_iter().flatten().map(key).collect();
        let rules = current.as_array().into_iter().flatten().enumerate();
        let dropped = rules
            .filter(|(_, rule)| !kept.contains(&key(rule)))
            .map(|(i, rule)| {
                let (source, target) = (rule["source"].as_str().unwrap_or(""), rule["target"].as_str().unwrap_or(""));
                format!(
                    "rule #{} ({} → {})",
                    i + 1,
                    crate::text::escape_controls(source),
                    crate::text::escape_controls(target)
                )
            })
            .collect();
        Replaced {
            replacing: "--custom-rules replaces all of the app's rules".into(),
            dropped,
            hint: "keep the rules in a file (`amphost rules pull`, edit, `amphost rules push` shows the change); \
                   else pass them all, or --yes"
                .into(),
        }
    }
}

/// The keys of `current` whose value counts as set and that `new` leaves out.
fn fields_left_out(current: &Value, new: &Value, set: impl Fn(&Value) -> bool) -> Vec<String> {
    let current = current.as_object().into_iter().flatten();
    current.filter(|(key, value)| set(value) && new.get(key.as_str()).is_none()).map(|(key, _)| key.clone()).collect()
}

/// What a replaced member would drop is named, and dropping it must be confirmed (`--yes`;
/// without a terminal, refused, exit 2).
pub fn confirm_dropped(ctx: &Ctx, replaced: Replaced) -> Result<(), CliError> {
    if replaced.dropped.is_empty() {
        return Ok(());
    }
    ctx.ui.warn(format!("{}: {} would be removed", replaced.replacing, replaced.dropped.join(", ")));
    ctx.ui.confirm("remove them", ctx.yes).map_err(|e| e.hint(replaced.hint))
}

/// Why `--enable-basic-auth` alone is refused.
pub const LOCKOUT: &str = "--enable-basic-auth without --basic-auth USER:PASSWORD would lock everyone out: \
                           the site would ask for a password that does not exist";

/// `--enable-basic-auth` on an app or branch (`current`, as GetApp or GetBranch returns it)
/// that has no credentials, with none given, would lock everyone out: refused (exit 2).
pub fn refuse_basic_auth_without_credentials(current: &Value, what: &str) -> Result<(), CliError> {
    if current["basicAuthCredentials"].as_str().is_some_and(|c| !c.is_empty()) {
        return Ok(());
    }
    Err(CliError::usage(format!("{what} has no basic-auth credentials: {LOCKOUT}"))
        .hint("add --basic-auth USER:PASSWORD"))
}

/// The prompt names the app by name and ID, whichever was typed (an ID is looked up).
pub async fn delete(ctx: &Ctx, app: &str) -> Result<(), CliError> {
    let (id, name) = match lookup_app(ctx, app).await? {
        Some(found) => {
            (found["appId"].as_str().unwrap_or(app).to_string(), found["name"].as_str().unwrap_or_default().to_string())
        }
        // Unknown: the usual error (an ID is tried, and the service says it is not there).
        None => (app_id(ctx, app).await?, String::new()),
    };
    let label = if name.is_empty() { id.clone() } else { format!("{name} ({id})") };
    ctx.ui.confirm(&format!("delete app {label} with all its branches"), ctx.yes)?;
    let out = ctx.client().await?.call("DeleteApp", json!({ "appId": id })).await?;
    ctx.ui.status(format!("Deleted app {label}"));
    ctx.print(&out, &APP)
}

/// Where environment variables live: on the app, or on one of its branches.
struct EnvTarget {
    get: &'static str,
    update: &'static str,
    key: &'static str,
    input: Value,
}

async fn env_target(ctx: &Ctx, app: &str, branch: Option<&str>) -> Result<EnvTarget, CliError> {
    let id = app_id(ctx, app).await?;
    Ok(match branch {
        Some(b) => EnvTarget {
            get: "GetBranch",
            update: "UpdateBranch",
            key: "branch",
            input: json!({"appId": id, "branchName": b}),
        },
        None => EnvTarget { get: "GetApp", update: "UpdateApp", key: "app", input: json!({"appId": id}) },
    })
}

async fn current_env(ctx: &Ctx, t: &EnvTarget) -> Result<Map<String, Value>, CliError> {
    let out = match (ctx.client().await?.call(t.get, t.input.clone()).await, t.input["branchName"].as_str()) {
        (Ok(out), _) => out,
        (Err(e), Some(b)) => {
            return Err(
                super::resolve::suggest_on_not_found(ctx, t.input["appId"].as_str().unwrap_or_default(), b, e).await
            )
        }
        (Err(e), None) => return Err(e.into()),
    };
    Ok(out[t.key]["environmentVariables"].as_object().cloned().unwrap_or_default())
}

async fn write_env(ctx: &Ctx, t: &EnvTarget, env: Map<String, Value>) -> Result<Map<String, Value>, CliError> {
    let mut input = t.input.clone();
    input["environmentVariables"] = Value::Object(env);
    let out = ctx.client().await?.call(t.update, input).await?;
    Ok(out[t.key]["environmentVariables"].as_object().cloned().unwrap_or_default())
}

/// How many times a change to the variables is re-applied when concurrent writers undo it.
const ENV_ROUNDS: u32 = 8;

/// Whether `env` has every variable of `set` (with its value) and none of `unset`.
fn env_holds(env: &Map<String, Value>, set: &Map<String, Value>, unset: &[String]) -> bool {
    set.iter().all(|(k, v)| env.get(k) == Some(v)) && unset.iter().all(|k| !env.contains_key(k))
}

/// Merges `set` into the variables and removes `unset`, keeping every other variable. The
/// service has no conditional update: the map is replaced whole, so two writers at once can
/// each drop the other's change. So the map is read back after a pause, until a pause passes
/// with no other change, and the change is applied again whenever another writer undid it.
/// Best effort (README: "Environment variables"); returns the variables as last read.
async fn change_env(
    ctx: &Ctx,
    t: &EnvTarget,
    set: &Map<String, Value>,
    unset: &[String],
) -> Result<Map<String, Value>, CliError> {
    for round in 1..=ENV_ROUNDS {
        let mut env = current_env(ctx, t).await?;
        env.extend(set.clone());
        for k in unset {
            env.shift_remove(k);
        }
        let mut seen = write_env(ctx, t, env).await?;
        loop {
            tokio::time::sleep(super::settle()).await;
            let now = current_env(ctx, t).await?;
            if !env_holds(&now, set, unset) {
                break;
            }
            if now == seen {
                return Ok(now);
            }
            seen = now;
        }
        if round < ENV_ROUNDS {
            ctx.ui
                .warn("another change to the variables landed at the same time and undid this one; applying it again");
        }
    }
    Err(CliError::failure(format!(
        "other writers kept replacing the variables; the change was applied {ENV_ROUNDS} times and undone each time"
    ))
    .hint("run it again once the other changes are done, and check with `amphost app env list`"))
}

pub async fn env_list(ctx: &Ctx, app: &str, branch: Option<&str>) -> Result<(), CliError> {
    let t = env_target(ctx, app, branch).await?;
    let env = current_env(ctx, &t).await?;
    ctx.print(&json!({ "environmentVariables": env }), &ENV)
}

/// Reads the current variables and writes them back with `set` merged in: the service
/// replaces the whole map, so sending only the new ones would drop the others.
pub async fn env_set(ctx: &Ctx, app: &str, branch: Option<&str>, set: Map<String, Value>) -> Result<(), CliError> {
    for (key, value) in &set {
        check_variable(key, value.as_str().unwrap_or_default(), branch)
            .map_err(|problem| CliError::usage(format!("invalid KEY=VALUE {key}=…: {problem}")))?;
    }
    let t = env_target(ctx, app, branch).await?;
    let names: Vec<String> = set.keys().cloned().collect();
    let env = change_env(ctx, &t, &set, &[]).await?;
    ctx.ui.status(format!("Set {}", names.join(", ")));
    ctx.print(&json!({ "environmentVariables": env }), &ENV)
}

/// Removes the variables of `names` that are set, keeping the others; a name that is not set
/// is named in a warning. When none is set, nothing is sent (exit 0).
pub async fn env_unset(ctx: &Ctx, app: &str, branch: Option<&str>, names: &[String]) -> Result<(), CliError> {
    if names.iter().any(|n| n.trim().is_empty()) {
        return Err(CliError::usage("an empty variable name: name the variables to unset (KEY …)"));
    }
    let t = env_target(ctx, app, branch).await?;
    let env = current_env(ctx, &t).await?;
    let (present, missing): (Vec<String>, Vec<String>) = names.iter().cloned().partition(|n| env.contains_key(n));
    if !missing.is_empty() {
        ctx.ui.warn(format!("not set: {}", missing.join(", ")));
    }
    if present.is_empty() {
        ctx.ui.status("Nothing to unset");
        return ctx.print(&json!({ "environmentVariables": env }), &ENV);
    }
    let env = change_env(ctx, &t, &Map::new(), &present).await?;
    ctx.ui.status(format!("Unset {}", present.join(", ")));
    ctx.print(&json!({ "environmentVariables": env }), &ENV)
}

/// Which app or branch `t` is, for messages: `app my-site (d…)`, `branch main of app my-site (d…)`.
fn env_label(app: &str, t: &EnvTarget) -> String {
    let id = t.input["appId"].as_str().unwrap_or_default();
    match t.input["branchName"].as_str() {
        Some(b) => format!("branch {b} of app {}", app_label(app, id)),
        None => format!("app {}", app_label(app, id)),
    }
}

/// The dotenv file to read: `file`, else the project's `env` (amphost.toml; relative to the
/// project file). That file is the app's: a branch's file must be named.
pub fn env_file(ctx: &Ctx, file: Option<&Path>, branch: Option<&str>) -> Result<PathBuf, CliError> {
    if let Some(f) = file {
        return Ok(f.to_path_buf());
    }
    if branch.is_some() {
        return Err(CliError::usage("name the dotenv file (FILE): the `env` file of amphost.toml is the app's"));
    }
    let from_project = ctx.project.as_ref().and_then(|p| p.file.env.as_deref().map(|e| p.resolve(e)));
    from_project.ok_or_else(|| {
        CliError::usage("no FILE given, and amphost.toml names no `env` file")
            .hint("pass the dotenv file, or set `env = \".env.production\"` in amphost.toml")
    })
}

/// Reads a dotenv file; a malformed one is refused with `FILE:LINE` (exit 2), before any
/// request. No message names a value.
fn read_env_file(file: &Path) -> Result<Vec<Entry>, CliError> {
    dotenv::read(file).map_err(|e| CliError::usage(e.0))
}

/// Checks each variable of the file against the model's limits (UpdateApp's or UpdateBranch's
/// `environmentVariables`) before any request, naming its line: never its value.
fn precheck_env_file(file: &Path, entries: &[Entry], branch: Option<&str>) -> Result<(), CliError> {
    for e in entries {
        check_variable(&e.key, &e.value, branch)
            .map_err(|problem| CliError::usage(format!("{}:{}: {}: {problem}", file.display(), e.line, e.key)))?;
    }
    Ok(())
}

/// One variable against the service's limits: what is wrong with it (`its name …`, `its
/// value …`, never the value itself), if anything.
fn check_variable(key: &str, value: &str, branch: Option<&str>) -> Result<(), String> {
    let op = if branch.is_some() { "UpdateBranch" } else { "UpdateApp" };
    let vars = Map::from_iter([(key.to_string(), Value::String(value.to_string()))]);
    let input = Map::from_iter([("environmentVariables".to_string(), Value::Object(vars))]);
    match crate::api::client::precheck(op, &input, &["appId", "branchName"]) {
        Err(crate::api::ApiError::Invalid(v)) => {
            let what = if v.path.contains(" key ") { "its name" } else { "its value" };
            Err(format!("{what} {}", v.problem))
        }
        _ => Ok(()),
    }
}

/// `added A, B; changed C; 2 unchanged`: names only.
fn import_summary(added: &[&str], changed: &[&str], unchanged: usize) -> String {
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("added {}", added.join(", ")));
    }
    if !changed.is_empty() {
        parts.push(format!("changed {}", changed.join(", ")));
    }
    if unchanged > 0 {
        parts.push(format!("{unchanged} unchanged"));
    }
    if parts.is_empty() {
        "nothing added or changed".to_string()
    } else {
        parts.join("; ")
    }
}

/// `env import`: the file's variables merged in, every other variable kept; with `replace`,
/// the variables made the file's: those it does not name are removed (and named). The file is
/// read and checked before any request; the change goes through [`change_env`] (re-read
/// against concurrent writers). Nothing is written when nothing would change.
pub async fn env_import(
    ctx: &Ctx,
    app: &str,
    branch: Option<&str>,
    file: &Path,
    replace: bool,
) -> Result<(), CliError> {
    let entries = read_env_file(file)?;
    precheck_env_file(file, &entries, branch)?;
    if replace && entries.is_empty() {
        return Err(CliError::usage(format!(
            "{} holds no variables: with --replace, every variable would be removed",
            file.display()
        ))
        .hint("remove variables by name with `env unset`, or check the file"));
    }
    let t = env_target(ctx, app, branch).await?;
    let label = env_label(app, &t);
    let before = current_env(ctx, &t).await?;
    let set: Map<String, Value> = entries.iter().map(|e| (e.key.clone(), Value::String(e.value.clone()))).collect();
    let added: Vec<&str> = entries.iter().filter(|e| !before.contains_key(&e.key)).map(|e| e.key.as_str()).collect();
    let changed: Vec<&str> = entries
        .iter()
        .filter(|e| before.get(&e.key).is_some_and(|v| v.as_str() != Some(e.value.as_str())))
        .map(|e| e.key.as_str())
        .collect();
    let removed: Vec<String> =
        if replace { before.keys().filter(|k| !set.contains_key(*k)).cloned().collect() } else { Vec::new() };
    if added.is_empty() && changed.is_empty() && removed.is_empty() {
        ctx.ui.status(format!("Nothing to change: {label} already has the variables of {}", file.display()));
        return ctx.print(&json!({ "environmentVariables": before }), &ENV);
    }
    let env = change_env(ctx, &t, &set, &removed).await?;
    let unchanged = entries.len() - added.len() - changed.len();
    ctx.ui.status(format!("Imported {} into {label}: {}", file.display(), import_summary(&added, &changed, unchanged)));
    if !removed.is_empty() {
        ctx.ui.status(format!("Removed (not in {}): {}", file.display(), removed.join(", ")));
    }
    ctx.print(&json!({ "environmentVariables": env }), &ENV)
}

/// `env export`: the variables on stdout, sorted by name, as a dotenv file that dotenvy reads
/// back identically, or (`json`) as one JSON object (what `--environment-variables file://`
/// takes). A name dotenv cannot hold is refused (exit 1), not left out: importing the file
/// with --replace would then remove it.
pub async fn env_export(ctx: &Ctx, app: &str, branch: Option<&str>, json_format: bool) -> Result<(), CliError> {
    // The output is a file, dotenv or JSON, as written: a query would be ignored without a word.
    if ctx.query.is_some() {
        return Err(CliError::usage("--query does not apply to `env export`, which writes a file as it is")
            .hint("query the variables with `env list -o json --query …`"));
    }
    let t = env_target(ctx, app, branch).await?;
    let label = env_label(app, &t);
    let env = current_env(ctx, &t).await?;
    let mut pairs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str().unwrap_or_default())).collect();
    pairs.sort_by(|a, b| a.0.cmp(b.0));
    let text = if json_format {
        let map: Map<String, Value> =
            pairs.iter().map(|(k, v)| (k.to_string(), Value::String(v.to_string()))).collect();
        let mut s = serde_json::to_string_pretty(&Value::Object(map))
            .map_err(|e| CliError::failure(format!("cannot write the variables as JSON: {e}")))?;
        s.push('\n');
        s
    } else {
        dotenv::format(pairs.iter().copied()).map_err(|bad| {
            CliError::failure(format!(
                "{label} has variables whose names dotenv cannot hold (letters, digits, `_` and `.`, not \
                 starting with a digit or `.`): {}",
                bad.join(", ")
            ))
            .hint("export them with --format json")
        })?
    };
    ctx.ui.out_untrusted(&text);
    let n = pairs.len();
    ctx.ui.status(format!("Exported {n} variable{} of {label}", if n == 1 { "" } else { "s" }));
    Ok(())
}

/// `env diff`: what importing the file with --replace would do, by name only: `+` in the file
/// only, `-` on the app (or branch) only, `~` in both with another value. Values are never
/// shown. Exits 1 when there is a difference and 0 when there is none, as `diff` does.
pub async fn env_diff(ctx: &Ctx, app: &str, branch: Option<&str>, file: &Path) -> Result<(), CliError> {
    let entries = read_env_file(file)?;
    let t = env_target(ctx, app, branch).await?;
    let label = env_label(app, &t);
    let current = current_env(ctx, &t).await?;
    let mut changes: Vec<(String, &'static str)> = Vec::new();
    for e in &entries {
        match current.get(&e.key) {
            None => changes.push((e.key.clone(), "+")),
            Some(v) if v.as_str() != Some(e.value.as_str()) => changes.push((e.key.clone(), "~")),
            Some(_) => {}
        }
    }
    for k in current.keys().filter(|k| !entries.iter().any(|e| &e.key == *k)) {
        changes.push((k.clone(), "-"));
    }
    changes.sort();
    let rows: Vec<Value> = changes.iter().map(|(name, change)| json!({ "change": change, "name": name })).collect();
    ctx.print(&json!({ "changes": rows }), &ENV_DIFF)?;
    if changes.is_empty() {
        return Ok(());
    }
    let count = |marker: &str| changes.iter().filter(|(_, c)| *c == marker).count();
    let holder = if branch.is_some() { "branch" } else { "app" };
    ctx.ui.status(format!(
        "{label} and {} differ: {} only in the file (+), {} only on the {holder} (-), {} with another value (~); \
         values are not shown",
        file.display(),
        count("+"),
        count("-"),
        count("~")
    ));
    Err(CliError::silent(Exit::Failure))
}

/// GenerateAccessLogs, then the log itself: to `out`, or to stdout.
pub async fn access_logs(
    ctx: &Ctx,
    app: &str,
    input: Map<String, Value>,
    out: Option<super::job::Destination<'_>>,
) -> Result<(), CliError> {
    ctx.precheck("GenerateAccessLogs", &input, &["appId"])?;
    if let (Some(start), Some(end)) =
        (input.get("startTime").and_then(Value::as_f64), input.get("endTime").and_then(Value::as_f64))
    {
        if start >= end {
            return Err(CliError::usage(format!(
                "--start ({}) is not before --end ({}): the window would hold nothing",
                crate::render::format_time(start),
                crate::render::format_time(end)
            ))
            .hint("a duration is counted back from now: --start 2h --end 1h is the hour before the last"));
        }
    }
    if let Some(dest) = out {
        super::job::refuse_existing(dest.path, dest.replace)?;
    }
    let mut input = input;
    input.insert("appId".into(), json!(app_id(ctx, app).await?));
    let resp = ctx.client().await?.call("GenerateAccessLogs", Value::Object(input)).await?;
    let url = resp["logUrl"].as_str().ok_or_else(|| CliError::failure("GenerateAccessLogs returned no logUrl"))?;
    match out {
        Some(dest) => {
            let n = super::job::download(ctx, url, dest).await?;
            ctx.ui.status(format!("Wrote {} ({n} bytes)", dest.path.display()));
            Ok(())
        }
        None => {
            let text = super::watch::fetch_text(ctx, url).await?;
            ctx.ui.out(&text);
            Ok(())
        }
    }
}
