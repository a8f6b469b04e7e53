//! Turning what users type into what the API takes: an app name into its ID, an app or
//! branch into its ARN.

use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use crate::text::shell_quote;
use serde_json::{json, Value};

/// App IDs are `d` and 13 lowercase letters or digits. A value of that shape is taken as an
/// ID without a lookup; anything else is an app name, resolved with ListApps. (An app whose
/// name looks like an ID must be addressed by its ID.)
pub fn looks_like_app_id(s: &str) -> bool {
    s.len() == 14 && s.starts_with('d') && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

pub async fn app_id(ctx: &Ctx, app: &str) -> Result<String, CliError> {
    if looks_like_app_id(app) {
        return Ok(app.to_string());
    }
    match find_app(ctx, app).await? {
        Found::App(found) => Ok(found["appId"].as_str().unwrap_or_default().to_string()),
        Found::Nothing { names } => Err(linked_to_nothing(ctx, app, no_app_named(app, &names))),
    }
}

/// An app that is not there, named by the project file: the hint says how to tie the folder
/// to another (the file is the likely culprit, not the command line).
fn linked_to_nothing(ctx: &Ctx, app: &str, e: CliError) -> CliError {
    let Some(project) = ctx.project.as_ref().filter(|p| p.file.app.as_deref() == Some(app)) else { return e };
    let hint = e.hint.clone().unwrap_or_default();
    e.hint(format!(
        "{hint}; {} names it: tie the folder to another app with `amphost link APP`",
        project.path.display()
    ))
}

/// The error for a name no app has, suggesting the closest name there is.
fn no_app_named(app: &str, names: &[String]) -> CliError {
    let e = CliError::failure(format!("no app is named {app:?}"));
    match crate::text::closest(app, names.iter().map(String::as_str)) {
        Some(near) => e.hint(format!("did you mean `{}`? (list apps with `amphost app list`)", shell_quote(near))),
        None => e.hint("list apps with `amphost app list`"),
    }
}

/// What a lookup found: the app, or the names of the apps there are (none for an ID).
pub(crate) enum Found {
    App(Value),
    Nothing { names: Vec<String> },
}

/// The app an ID or a name refers to (GetApp, or ListApps by name); None when there is none,
/// an error listing the candidates when several apps share the name.
pub async fn lookup_app(ctx: &Ctx, app: &str) -> Result<Option<Value>, CliError> {
    Ok(match find_app(ctx, app).await? {
        Found::App(v) => Some(v),
        Found::Nothing { .. } => None,
    })
}

/// The app an ID or a name refers to (GetApp, or ListApps by name), or the error saying there
/// is none: for a name, with the closest name there is.
pub async fn existing_app(ctx: &Ctx, app: &str) -> Result<Value, CliError> {
    match find_app(ctx, app).await? {
        Found::App(found) => Ok(found),
        Found::Nothing { .. } if looks_like_app_id(app) => {
            let e = no_app_with_id(ctx, app).await;
            Err(linked_to_nothing(ctx, app, e))
        }
        Found::Nothing { names } => Err(linked_to_nothing(ctx, app, no_app_named(app, &names))),
    }
}

/// "there is no app with ID …", in the region asked: apps are regional, and an app made in
/// another region is the likeliest reason an ID that worked once is not found.
pub(crate) async fn no_app_with_id(ctx: &Ctx, app: &str) -> CliError {
    let region = match ctx.client().await {
        Ok(client) => client.region().await.ok(),
        Err(_) => None,
    };
    match region {
        Some(region) => CliError::failure(format!("there is no app with ID {app} in region {region}")).hint(
            "list apps with `amphost app list`; an app made in another region is reached with --region (or AWS_REGION)",
        ),
        None => CliError::failure(format!("there is no app with ID {app}")).hint("list apps with `amphost app list`"),
    }
}

pub(crate) async fn find_app(ctx: &Ctx, app: &str) -> Result<Found, CliError> {
    if app.trim().is_empty() {
        return Err(CliError::usage("--app is empty: give an app ID or name"));
    }
    check_app_name(app)?;
    let client = ctx.client().await?;
    if looks_like_app_id(app) {
        return match client.call("GetApp", json!({ "appId": app })).await {
            Ok(out) => Ok(Found::App(out["app"].clone())),
            Err(e) if e.is_not_found() => Ok(Found::Nothing { names: Vec::new() }),
            Err(e) => Err(e.into()),
        };
    }
    let all = list_all(client, "ListApps", json!({}), &PageOptions::default()).await?;
    let apps: &[Value] = all["apps"].as_array().map(Vec::as_slice).unwrap_or_default();
    let matches: Vec<Value> = apps.iter().filter(|a| a["name"] == app).cloned().collect();
    if matches.len() > 1 {
        let list: Vec<String> = matches
            .iter()
            .map(|a| {
                let created = crate::render::format_time(a["createTime"].as_f64().unwrap_or(0.0));
                format!("  {}  (created {created})", a["appId"].as_str().unwrap_or("?"))
            })
            .collect();
        return Err(CliError::usage(format!("{} apps are named {app:?}:\n{}", matches.len(), list.join("\n")))
            .hint("pass the app ID instead of the name"));
    }
    Ok(match matches.into_iter().next() {
        Some(found) => Found::App(found),
        None => Found::Nothing { names: apps.iter().filter_map(|a| a["name"].as_str()).map(str::to_string).collect() },
    })
}

/// An app as the user typed it, with its ID when they typed a name: `my-site (d1a2…)`.
pub fn app_label(typed: &str, id: &str) -> String {
    if typed == id || typed.is_empty() {
        id.to_string()
    } else {
        format!("{typed} ({id})")
    }
}

/// A branch's or domain's NotFoundException, with the closest name the app has suggested
/// ("did you mean `main`?"): one List request, made only when the error is that one. Any
/// other error is returned as it is.
pub async fn suggest_on_not_found(ctx: &Ctx, app_id: &str, typed: &str, e: crate::api::ApiError) -> CliError {
    use crate::api::error::Resource;
    let noun = match e.missing_resource() {
        Some(Resource::Branch) => Noun::Branch,
        Some(Resource::Domain) => Noun::Domain,
        _ => return e.into(),
    };
    let (what, plural) = if noun == Noun::Branch { ("branch", "branches") } else { ("domain", "domains") };
    // The list command with the app filled in, not the generic hint's `--app APP`.
    let list = format!("list {plural} with `amphost {what} list --app {app_id}`");
    let err = CliError::from(e);
    match closest_name(ctx, noun, app_id, typed).await {
        Some(near) => err.hint(format!("did you mean {what} `{}`? ({list})", shell_quote(&near))),
        None => err.hint(list),
    }
}

/// A NotFoundException from an operation on an app that exists (CreateWebhook): what it did
/// not find is the branch named, so the hint is about branches, with the closest name.
pub async fn branch_not_found(ctx: &Ctx, app_id: &str, typed: &str, e: crate::api::ApiError) -> CliError {
    if !e.is_not_found() {
        return e.into();
    }
    let list = format!("list branches with `amphost branch list --app {app_id}`");
    let hint = match closest_name(ctx, Noun::Branch, app_id, typed).await {
        Some(near) => format!("did you mean branch `{}`? ({list})", shell_quote(&near)),
        None => list,
    };
    CliError::from(e).hint(hint)
}

/// What [`closest_name`] looks among.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Branch,
    Domain,
}

/// The app's branch (or domain) name closest to `typed`, if one is close enough to be what
/// was meant (see [`crate::text::closest`]); None when none is, or they cannot be listed.
pub async fn closest_name(ctx: &Ctx, noun: Noun, app_id: &str, typed: &str) -> Option<String> {
    let (operation, key, member) = match noun {
        Noun::Branch => ("ListBranches", "branches", "branchName"),
        Noun::Domain => ("ListDomainAssociations", "domainAssociations", "domainName"),
    };
    let client = ctx.client().await.ok()?;
    let all = list_all(client, operation, json!({ "appId": app_id }), &PageOptions::default()).await.ok()?;
    let names: Vec<&str> = all[key].as_array().into_iter().flatten().filter_map(|v| v[member].as_str()).collect();
    crate::text::closest(typed, names.iter().copied()).map(str::to_string)
}

/// A value that is not an ID must be a possible app name (CreateApp's `name`): one that no
/// app can have is refused before the lookup sends anything.
fn check_app_name(app: &str) -> Result<(), CliError> {
    if looks_like_app_id(app) {
        return Ok(());
    }
    let m = crate::model::model();
    let name = &m.input_of(m.operation("CreateApp")).expect("CreateApp has an input").members["name"];
    crate::model::validate::validate(&name.shape, &Value::String(app.to_string())).map_err(|v| {
        let shown: String = app.chars().take(40).collect();
        let more = if app.chars().count() > 40 { "…" } else { "" };
        CliError::usage(format!("--app {shown:?}{more} is neither an app ID nor a possible app name: it {}", v.problem))
    })
}

/// Like [`app_id`], after checking the rest of the request (`members` of `operation`), so
/// that bad input is refused before the name lookup sends anything.
pub async fn app_id_checked(
    ctx: &Ctx,
    app: &str,
    operation: &str,
    members: &[(&str, &str)],
) -> Result<String, CliError> {
    let check = members.iter().map(|(k, v)| (k.to_string(), Value::String(v.to_string()))).collect();
    ctx.precheck(operation, &check, &["appId"])?;
    app_id(ctx, app).await
}

/// The ARN to tag: given as is, or looked up from an app (and branch).
pub async fn resource_arn(
    ctx: &Ctx,
    arn: Option<&str>,
    app: Option<&str>,
    branch: Option<&str>,
) -> Result<String, CliError> {
    if let Some(arn) = arn {
        return Ok(arn.to_string());
    }
    if let Some(b) = branch {
        ctx.precheck("GetBranch", &serde_json::Map::from_iter([("branchName".to_string(), json!(b))]), &["appId"])?;
    }
    let Some(app) = app else {
        return Err(CliError::usage("name the resource: an ARN, or --app (with --branch for a branch)"));
    };
    let app_id = app_id(ctx, app).await?;
    let client = ctx.client().await?;
    let (op, input, key, arn_key) = match branch {
        Some(b) => ("GetBranch", json!({"appId": app_id, "branchName": b}), "branch", "branchArn"),
        None => ("GetApp", json!({"appId": app_id}), "app", "appArn"),
    };
    let out = match (client.call(op, input).await, branch) {
        (Ok(out), _) => out,
        (Err(e), Some(b)) => return Err(suggest_on_not_found(ctx, &app_id, b, e).await),
        (Err(e), None) => return Err(e.into()),
    };
    out[key][arn_key]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| CliError::failure(format!("{op} returned no {arn_key}")))
}

/// The jobs of a branch, every page, newest first.
pub(crate) async fn jobs_of(ctx: &Ctx, app_id: &str, branch: &str) -> Result<Vec<Value>, CliError> {
    let input = json!({"appId": app_id, "branchName": branch});
    let out = match list_all(ctx.client().await?, "ListJobs", input, &PageOptions::default()).await {
        Ok(out) => out,
        Err(e) => return Err(suggest_on_not_found(ctx, app_id, branch, e).await),
    };
    let mut jobs = out["jobSummaries"].as_array().cloned().unwrap_or_default();
    // The service lists them newest first; job IDs count up, so the order is made sure of.
    jobs.sort_by_key(|j| std::cmp::Reverse(j["jobId"].as_str().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0)));
    Ok(jobs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_id_shape() {
        assert!(looks_like_app_id("d1a2b3c4d5e6f7"));
        assert!(!looks_like_app_id("my-site"));
        assert!(!looks_like_app_id("D1A2B3C4D5E6F7"));
        assert!(!looks_like_app_id("d1a2b3"));
    }

    #[test]
    fn impossible_app_names_are_refused() {
        assert!(check_app_name("my-site").is_ok());
        assert!(check_app_name(&"x".repeat(255)).is_ok());
        let e = check_app_name(&"x".repeat(256)).unwrap_err();
        assert!(e.message.contains("at most 255"), "{}", e.message);
    }
}
