//! `branch`: CreateBranch, GetBranch, ListBranches, UpdateBranch, DeleteBranch.

use super::app::Replaced;
use super::resolve::{app_id, app_id_checked, app_label, existing_app, suggest_on_not_found};
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use crate::render::{col, Column, Fmt, OutputFormat, View};
use crate::text::shell_quote;
use futures_util::stream::{self, StreamExt, TryStreamExt};
use serde_json::{json, Map, Value};
use std::time::Duration;

const LIST_COLUMNS: &[Column] = &[
    col("BRANCH", "branchName", Fmt::Plain).copyable(),
    col("STAGE", "stage", Fmt::Plain),
    col("AUTO BUILD", "enableAutoBuild", Fmt::YesNo),
    col("ACTIVE JOB", "activeJobId", Fmt::Plain),
    col("JOBS", "totalNumberOfJobs", Fmt::Plain),
    col("UPDATED", "updateTime", Fmt::Time),
];

const ITEM_FIELDS: &[Column] = &[
    col("Branch", "branchName", Fmt::Plain),
    col("ARN", "branchArn", Fmt::Plain),
    col("Description", "description", Fmt::Plain),
    col("Stage", "stage", Fmt::Plain),
    col("Display name", "displayName", Fmt::Plain),
    col("Framework", "framework", Fmt::Plain),
    col("Auto build", "enableAutoBuild", Fmt::YesNo),
    col("Basic auth", "enableBasicAuth", Fmt::YesNo),
    col("Active job", "activeJobId", Fmt::Plain),
    col("Total jobs", "totalNumberOfJobs", Fmt::Plain),
    col("Custom domains", "customDomains", Fmt::Plain),
    col("Environment", "environmentVariables", Fmt::Keys),
    col("Tags", "tags", Fmt::Pairs),
    col("Created", "createTime", Fmt::Time),
    col("Updated", "updateTime", Fmt::Time),
];

const PRUNE_COLUMNS: &[Column] =
    &[col("BRANCH", "branchName", Fmt::Plain).copyable(), col("LAST ACTIVITY", "lastActivity", Fmt::Time)];

pub const BRANCH: View = View::Item { key: "branch", fields: ITEM_FIELDS };
/// What `branch prune` deletes (or, with `--dry-run`, would delete).
const PRUNED: View = View::List {
    key: "branches",
    columns: PRUNE_COLUMNS,
    empty: "No branch matches the pattern with no activity for that long: nothing to prune.",
};
/// (An empty list's message names the app: `list` says it.)
pub const BRANCHES: View = View::List { key: "branches", columns: LIST_COLUMNS, empty: "" };

pub async fn create(ctx: &Ctx, app: &str, mut input: Map<String, Value>) -> Result<(), CliError> {
    ctx.precheck("CreateBranch", &input, &["appId"])?;
    input.insert("appId".into(), Value::String(app_id(ctx, app).await?));
    let out = ctx.client().await?.call("CreateBranch", Value::Object(input)).await?;
    ctx.ui.status(format!("Created branch {}", out["branch"]["branchName"].as_str().unwrap_or_default()));
    ctx.print(&out, &BRANCH)
}

pub async fn get(ctx: &Ctx, app: &str, branch: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "GetBranch", &[("branchName", branch)]).await?;
    let out = match ctx.client().await?.call("GetBranch", json!({"appId": id, "branchName": branch})).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    ctx.print(&out, &BRANCH)
}

pub async fn list(ctx: &Ctx, app: &str, page: &PageOptions) -> Result<(), CliError> {
    page.check("ListBranches").map_err(CliError::usage)?;
    let id = app_id(ctx, app).await?;
    let out = list_all(ctx.client().await?, "ListBranches", json!({ "appId": id }), page).await?;
    if out["branches"].as_array().is_none_or(Vec::is_empty) && ctx.query.is_none() {
        let id = crate::text::shell_quote(&id);
        ctx.ui.status(format!("No branches. Create one with `amphost branch create --app {id} NAME`."));
    }
    ctx.print(&out, &BRANCHES)
}

pub async fn update(ctx: &Ctx, app: &str, branch: &str, mut changes: Map<String, Value>) -> Result<(), CliError> {
    if changes.is_empty() {
        return Err(CliError::usage(
            "nothing to update: pass at least one setting (see `amphost branch update --help`)",
        ));
    }
    changes.insert("branchName".into(), Value::String(branch.to_string()));
    ctx.precheck("UpdateBranch", &changes, &["appId"])?;
    let id = app_id(ctx, app).await?;
    let needs_basic_auth =
        changes.get("enableBasicAuth") == Some(&Value::Bool(true)) && !changes.contains_key("basicAuthCredentials");
    if needs_basic_auth || changes.contains_key("environmentVariables") {
        let current = match ctx.client().await?.call("GetBranch", json!({"appId": id, "branchName": branch})).await {
            Ok(out) => out,
            Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
        };
        if needs_basic_auth {
            super::app::refuse_basic_auth_without_credentials(&current["branch"], &format!("branch {branch}"))?;
        }
        if let Some(new) = changes.get("environmentVariables") {
            let env_set =
                format!("amphost branch env set --app {} --branch {} KEY=VALUE", shell_quote(app), shell_quote(branch));
            let replaced = Replaced::variables("branch", &current["branch"]["environmentVariables"], new, &env_set);
            super::app::confirm_dropped(ctx, replaced)?;
        }
    }
    changes.insert("appId".into(), Value::String(id.clone()));
    let out = match ctx.client().await?.call("UpdateBranch", Value::Object(changes)).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    ctx.ui.status(format!("Updated branch {branch} of app {}", app_label(app, &id)));
    ctx.print(&out, &BRANCH)
}

pub async fn delete(ctx: &Ctx, app: &str, branch: &str) -> Result<(), CliError> {
    let id = app_id_checked(ctx, app, "DeleteBranch", &[("branchName", branch)]).await?;
    let served = serving(ctx, &id, branch).await;
    let serves = match served.as_slice() {
        [] => String::new(),
        names => format!(", which serves {} (they stop answering)", names.join(", ")),
    };
    if ctx.yes && !served.is_empty() {
        ctx.ui.warn(format!("branch {branch} serves {}: they stop answering", served.join(", ")));
    }
    ctx.ui.confirm(&format!("delete branch {branch} of app {}{serves}", app_label(app, &id)), ctx.yes)?;
    let out = match ctx.client().await?.call("DeleteBranch", json!({"appId": id, "branchName": branch})).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, &id, branch, e).await),
    };
    ctx.ui.status(format!("Deleted branch {branch} of app {}", app_label(app, &id)));
    ctx.print(&out, &BRANCH)
}

/// The custom domain names that serve `branch` (`www.example.com`, `example.com` for the apex),
/// for the confirmation of its deletion. None when they cannot be listed: that is no reason
/// not to delete.
async fn serving(ctx: &Ctx, app_id: &str, branch: &str) -> Vec<String> {
    let Ok(client) = ctx.client().await else { return Vec::new() };
    let input = json!({ "appId": app_id });
    let Ok(out) = list_all(client, "ListDomainAssociations", input, &PageOptions::default()).await else {
        return Vec::new();
    };
    let domains = out["domainAssociations"].as_array().cloned().unwrap_or_default();
    let mut names = Vec::new();
    for domain in &domains {
        let name = domain["domainName"].as_str().unwrap_or_default();
        for sub in domain["subDomains"].as_array().into_iter().flatten() {
            let setting = &sub["subDomainSetting"];
            if setting["branchName"] == branch {
                let prefix = setting["prefix"].as_str().unwrap_or_default();
                names.push(if prefix.is_empty() { name.to_string() } else { format!("{prefix}.{name}") });
            }
        }
    }
    names
}

/// When a branch was last active: its `updateTime`, or its newest job's end when later (its
/// start, for a job still under way). One ListJobs.
pub(crate) async fn last_activity(ctx: &Ctx, app_id: &str, branch: &Value) -> Result<f64, CliError> {
    let name = branch["branchName"].as_str().unwrap_or_default();
    let updated = branch["updateTime"].as_f64().unwrap_or(0.0);
    let input = json!({"appId": app_id, "branchName": name, "maxResults": 1});
    let out = ctx.client().await?.call("ListJobs", input).await?;
    let newest = &out["jobSummaries"][0];
    let job_time = newest["endTime"].as_f64().or_else(|| newest["startTime"].as_f64()).unwrap_or(0.0);
    Ok(updated.max(job_time))
}

/// Each branch with its last activity ([`last_activity`]), a few requests at a time, in the
/// order given.
async fn with_last_activity(ctx: &Ctx, app_id: &str, branches: Vec<Value>) -> Result<Vec<(Value, f64)>, CliError> {
    stream::iter(branches)
        .map(|b| async move {
            let at = last_activity(ctx, app_id, &b).await?;
            Ok::<(Value, f64), CliError>((b, at))
        })
        .buffered(8)
        .try_collect()
        .await
}

/// A glob as `branch prune --pattern` takes it ([`crate::project::branch_glob`], as the
/// project file's `[branches."pr-*"]` tables): refused before any request when it does not
/// compile.
pub fn prune_matcher(pattern: &str) -> Result<globset::GlobMatcher, CliError> {
    if pattern.is_empty() {
        return Err(CliError::usage("--pattern is empty: give a glob such as 'pr-*'"));
    }
    crate::project::branch_glob(pattern)
        .map_err(|e| CliError::usage(format!("--pattern {pattern:?} is not a valid glob: {}", e.kind())))
}

/// "3 branches", "1 branch".
fn branches_count(n: usize) -> String {
    if n == 1 {
        "1 branch".to_string()
    } else {
        format!("{n} branches")
    }
}

/// The app's branches whose name `matcher` matches and whose last activity is before
/// `cutoff` (epoch seconds), oldest first, with it; never the app's production branch (said
/// on stderr when `say_skipped`).
async fn stale_branches(
    ctx: &Ctx,
    app: &Value,
    matcher: &globset::GlobMatcher,
    cutoff: f64,
    say_skipped: bool,
) -> Result<Vec<(String, f64)>, CliError> {
    let app_id = app["appId"].as_str().unwrap_or_default();
    let production = app["productionBranch"]["branchName"].as_str().unwrap_or_default();
    let client = ctx.client().await?;
    let all = list_all(client, "ListBranches", json!({ "appId": app_id }), &PageOptions::default()).await?;
    // A branch updated since the cutoff was active since: no need to ask for its jobs.
    let candidates: Vec<Value> = all["branches"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|b| b["branchName"].as_str().is_some_and(|n| matcher.is_match(n)))
        .filter(|b| b["updateTime"].as_f64().unwrap_or(0.0) < cutoff)
        .cloned()
        .collect();
    let mut stale = Vec::new();
    for (b, at) in with_last_activity(ctx, app_id, candidates).await? {
        let name = b["branchName"].as_str().unwrap_or_default().to_string();
        if at >= cutoff {
            continue;
        }
        if !production.is_empty() && name == production {
            if say_skipped {
                ctx.ui.warn(format!("branch {name} is the app's production branch: it is never pruned"));
            }
            continue;
        }
        stale.push((name, at));
    }
    // Oldest first; a tie keeps the service's order (creation order).
    stale.sort_by(|a, b| a.1.total_cmp(&b.1));
    Ok(stale)
}

/// `branch prune`: deletes the branches whose name matches `pattern` and which have had no
/// activity for `older_than`, after listing them and asking; `dry_run` lists only.
pub async fn prune(ctx: &Ctx, app: &str, pattern: &str, older_than: Duration, dry_run: bool) -> Result<(), CliError> {
    let matcher = prune_matcher(pattern)?;
    if older_than.is_zero() {
        return Err(CliError::usage("--older-than is zero: give a duration above zero (e.g. 14d)"));
    }
    let app_value = existing_app(ctx, app).await?;
    let id = app_value["appId"].as_str().unwrap_or_default().to_string();
    let label = app_label(app, &id);
    let cutoff = crate::timefmt::now_epoch() - older_than.as_secs_f64();
    let stale = stale_branches(ctx, &app_value, &matcher, cutoff, true).await?;
    let rows: Vec<Value> = stale.iter().map(|(name, at)| json!({"branchName": name, "lastActivity": at})).collect();
    let mut listing = json!({"branches": rows, "dryRun": dry_run});
    // People see the list before the question; scripts get one object at the end, with what
    // was deleted.
    let machine = ctx.format == OutputFormat::Json || ctx.query.is_some();
    if !machine {
        ctx.print(&listing, &PRUNED)?;
    }
    let names: Vec<String> = stale.into_iter().map(|(name, _)| name).collect();
    if names.is_empty() || dry_run {
        if dry_run && !names.is_empty() {
            ctx.ui.status(format!(
                "Dry run: {} of app {label} would be deleted; nothing was changed",
                branches_count(names.len())
            ));
        }
        if machine {
            listing["deleted"] = json!([]);
            ctx.print(&listing, &PRUNED)?;
        }
        return Ok(());
    }
    let shown = if names.len() > 10 {
        format!("{}, … ({} more)", names[..10].join(", "), names.len() - 10)
    } else {
        names.join(", ")
    };
    ctx.ui.confirm(&format!("delete {} of app {label}: {shown}", branches_count(names.len())), ctx.yes)?;
    let client = ctx.client().await?;
    let mut deleted: Vec<String> = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    for name in &names {
        match client.call("DeleteBranch", json!({"appId": id, "branchName": name})).await {
            Ok(_) => {
                ctx.ui.status(format!("Deleted branch {name}"));
                deleted.push(name.clone());
            }
            // Deleted meanwhile: the state asked for holds.
            Err(e) if e.is_not_found() => {
                ctx.ui.status(format!("Branch {name} was already gone"));
                deleted.push(name.clone());
            }
            Err(e) => {
                ctx.ui.warn(format!("could not delete branch {name}: {}", CliError::from(e).message));
                failed.push(name.clone());
            }
        }
    }
    ctx.ui.status(format!("Pruned {} of app {label}", branches_count(deleted.len())));
    if machine {
        listing["deleted"] = json!(deleted);
        ctx.print(&listing, &PRUNED)?;
    }
    if !failed.is_empty() {
        return Err(CliError::failure(format!(
            "could not delete {}: {}",
            branches_count(failed.len()),
            failed.join(", ")
        ))
        .hint(format!("run the same `amphost branch prune` again to retry, or see `amphost branch list --app {id}`")));
    }
    Ok(())
}

/// The glob `branch prune` is suggested with for a branch that could not be created: its
/// name up to its first `-`, `/` or `_` (`pr-42` → `pr-*`, `feature/x` → `feature/*`), else `*`.
fn pattern_like(branch: &str) -> String {
    // `*` stops at `/`: a deeper name (`feature/a/b`) needs `**` to be matched.
    let any = |rest: &str| if rest.contains('/') { "**" } else { "*" };
    match branch.find(['-', '/', '_']) {
        Some(i) if i > 0 && crate::project::branch_glob(&format!("{}*", &branch[..=i])).is_ok() => {
            format!("{}{}", &branch[..=i], any(&branch[i + 1..]))
        }
        _ => any(branch).to_string(),
    }
}

/// An age as `--older-than` takes it, rounded down to its largest unit (so that a branch that
/// old is included): `3d`, `5h`, `12m`, `40s` (at least `1s`).
fn older_than_for(age_seconds: f64) -> String {
    let s = if age_seconds.is_finite() && age_seconds > 1.0 { age_seconds.floor() as u64 } else { 1 };
    if s >= 86_400 {
        format!("{}d", s / 86_400)
    } else if s >= 3_600 {
        format!("{}h", s / 3_600)
    } else if s >= 60 {
        format!("{}m", s / 60)
    } else {
        format!("{s}s")
    }
}

/// CreateBranch refused for the app's branch limit (`deploy --create`): the service's error,
/// with the oldest branches (up to 5, oldest first) that `branch prune` would remove and the
/// command that does it. The branches are looked up (ListBranches, a ListJobs each) only on
/// this path.
pub(crate) async fn branch_limit_reached(
    ctx: &Ctx,
    typed: &str,
    app_id: &str,
    new_branch: &str,
    e: crate::api::ApiError,
) -> CliError {
    let cause = CliError::from(e);
    let message =
        format!("app {} cannot have another branch ({new_branch}): {}", app_label(typed, app_id), cause.message);
    let generic = format!(
        "delete branches it no longer needs: `amphost branch prune --app {app_id} --pattern 'GLOB' --older-than 14d \
         --dry-run` lists them"
    );
    let app = match ctx.client().await {
        Ok(client) => match client.call("GetApp", json!({ "appId": app_id })).await {
            Ok(out) => out["app"].clone(),
            Err(_) => return CliError::new(cause.exit, message).hint(generic),
        },
        Err(_) => return CliError::new(cause.exit, message).hint(generic),
    };
    let now = crate::timefmt::now_epoch();
    let mut pattern = pattern_like(new_branch);
    let mut oldest = Vec::new();
    for attempt in [pattern.clone(), "*".to_string()] {
        let Ok(matcher) = prune_matcher(&attempt) else { continue };
        // Every branch of the pattern (a cutoff in the future).
        match stale_branches(ctx, &app, &matcher, now + 1.0, false).await {
            Ok(found) if !found.is_empty() => {
                pattern = attempt;
                oldest = found;
                break;
            }
            Ok(_) => continue,
            Err(_) => return CliError::new(cause.exit, message).hint(generic),
        }
    }
    oldest.truncate(5);
    let Some((_, youngest)) = oldest.last() else {
        return CliError::new(cause.exit, message).hint(generic);
    };
    let older_than = older_than_for(now - youngest);
    let offset = ctx.ui.screen.offset;
    let list: Vec<String> = oldest
        .iter()
        .map(|(name, at)| {
            let ago = crate::timefmt::format_relative(*at, now, offset);
            format!("  {}  last active {ago}", crate::render::escape_controls(name))
        })
        .collect();
    let message = format!("{message}\nthe oldest branches `branch prune` would remove:\n{}", list.join("\n"));
    CliError::new(cause.exit, message).hint(format!(
        "remove them with `amphost branch prune --app {app_id} --pattern {} --older-than {older_than}` \
         (add --dry-run to see the whole list first), then deploy again",
        shell_quote(&pattern)
    ))
}
