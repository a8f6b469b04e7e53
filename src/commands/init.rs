//! `init` and `link`: tie a folder to its app by writing `amphost.toml` (see `crate::project`).
//!
//! `init` writes a whole, commented file: the app (picked from the account's apps, or
//! created), the production branch and the folder to deploy, asked on a terminal and taken
//! from flags otherwise. `link` only records the app, in a new file or in the one there is,
//! keeping everything else of it (comments included).

use super::resolve::existing_app;
use super::Ctx;
use crate::api::paginate::{list_all, PageOptions};
use crate::exit::CliError;
use crate::render::{OutputFormat, View};
use crate::text::escape_controls;
use crate::text::shell_quote;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// Folders that usually hold a built site, in the order they are suggested.
pub const BUILD_FOLDERS: &[&str] = &["dist", "build", "out", "public", "_site"];

/// The folders of `dir` that hold an `index.html`, in [`BUILD_FOLDERS`] order.
pub fn suggested_folders(dir: &Path) -> Vec<&'static str> {
    BUILD_FOLDERS.iter().copied().filter(|f| dir.join(f).join("index.html").is_file()).collect()
}

/// The folder to offer: the first of [`suggested_folders`], else `.`.
pub fn default_folder(dir: &Path) -> &'static str {
    suggested_folders(dir).first().copied().unwrap_or(".")
}

/// What `init` was given; what is missing is asked on a terminal.
pub struct InitOptions {
    /// The file to write: `--config PATH`, else `./amphost.toml`.
    pub path: PathBuf,
    /// An existing app, by ID or name.
    pub app: Option<String>,
    /// The name of an app to create.
    pub create_app: Option<String>,
    pub branch: Option<String>,
    pub folder: Option<String>,
    /// `--region` as given on the command line, recorded in the file.
    pub region: Option<String>,
    /// Replace a file that is there.
    pub force: bool,
}

/// The app `init` records: one that exists, or one to create once every question is answered.
enum AppChoice {
    Existing(Value),
    New(String),
}

/// The project file's folder exists and takes a new file (exit 2 otherwise): checked before
/// anything is sent or created.
fn check_can_write(path: &Path) -> Result<(), CliError> {
    super::rules::check_writable(path)?;
    // Where the write goes: through a link, the folder of the file it points to.
    let cannot = |e: &dyn std::fmt::Display| CliError::usage(format!("cannot write {}: {e}", path.display()));
    let target = super::through_link(path).map_err(|e| cannot(&e))?;
    tempfile::NamedTempFile::new_in(dir_of(&target)).map(drop).map_err(|e| cannot(&e))
}

/// The folder a project file is in (`.` for a bare file name).
fn dir_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A branch name CreateBranch would take, as a message for the prompt.
fn check_branch(branch: &str) -> Result<(), String> {
    let input = Map::from_iter([("branchName".to_string(), json!(branch))]);
    crate::api::client::precheck("CreateBranch", &input, &["appId"]).map_err(|e| CliError::from(e).message)
}

/// An app name CreateApp would take, as a message for the prompt.
fn check_app_name(name: &str) -> Result<(), String> {
    let input = Map::from_iter([("name".to_string(), json!(name))]);
    crate::api::client::precheck("CreateApp", &input, &[]).map_err(|e| CliError::from(e).message)
}

fn check_folder(folder: &str) -> Result<(), String> {
    if folder.trim().is_empty() {
        return Err("the folder is empty: give a path (`.` for this folder)".into());
    }
    Ok(())
}

/// `amphost init`: writes the project file. Everything that can be checked here is checked
/// before any request: the file must not exist (unless `force`), flags must be valid, and
/// without a terminal the app must be given.
pub async fn init(ctx: &Ctx, opts: InitOptions) -> Result<(), CliError> {
    let path = &opts.path;
    check_init(ctx, &opts)?;
    let dir = dir_of(path);
    let interactive = ctx.ui.interactive();
    // The app first (its question needs the list of apps), then the branch and the folder.
    let choice = match (&opts.app, &opts.create_app) {
        (Some(app), _) => AppChoice::Existing(existing_app(ctx, app).await?),
        (None, Some(name)) => {
            refuse_duplicate(ctx, name, None).await?;
            AppChoice::New(name.clone())
        }
        (None, None) => ask_app(ctx, &dir).await?,
    };
    let branch = match &opts.branch {
        Some(b) => b.clone(),
        None if interactive => ctx.ui.input("Production branch", Some("main"), "--branch", check_branch)?,
        None => "main".to_string(),
    };
    let folder = choose_folder(ctx, &dir, opts.folder.as_deref(), interactive)?;
    // Every answer is in: only now is an app created.
    let (app, created) = match choice {
        AppChoice::Existing(app) => (app, false),
        AppChoice::New(name) => {
            let out = ctx.client().await?.call("CreateApp", json!({"name": name, "platform": "WEB"})).await?;
            let app = out["app"].clone();
            ctx.ui.status(format!("Created app {name} ({})", app["appId"].as_str().unwrap_or_default()));
            (app, true)
        }
    };
    let app_id = app["appId"].as_str().unwrap_or_default().to_string();
    let app_name = app["name"].as_str().unwrap_or_default().to_string();
    // The region the app was found or made in, however it was chosen (flag, environment,
    // profile): the app's ID means nothing in another one.
    let region = match &opts.region {
        Some(r) => Some(r.clone()),
        None => ctx.client().await?.region().await.ok(),
    };
    let text = project_file(&app_id, &app_name, &branch, &folder, region.as_deref());
    checked(&text)?;
    write_file(path, &text, opts.force)?;
    if ctx.format == OutputFormat::Json || ctx.query.is_some() {
        let result = json!({
            "path": path.display().to_string(),
            "app": {"appId": app_id, "name": app_name},
            "createdApp": created,
            "branch": branch,
            "folder": folder,
        });
        ctx.print(&result, &View::Empty)?;
    } else {
        ctx.ui.status(format!("Wrote {}:", path.display()));
        ctx.ui.out(&text);
    }
    let deploy = if created || !branch_exists(ctx, &app_id, &branch).await {
        "`amphost deploy --create` (the folder to the branch, created then)"
    } else {
        "`amphost deploy` (the folder to the branch)"
    };
    ctx.ui.status(format!("Next: {deploy}, `amphost status`, `amphost open`"));
    Ok(())
}

/// Whether the app has the branch; taken to be so when that cannot be told (the branch is
/// `git`'s, known only when a command runs, or the service does not answer).
async fn branch_exists(ctx: &Ctx, app_id: &str, branch: &str) -> bool {
    if branch == "git" {
        return true;
    }
    let Ok(client) = ctx.client().await else { return true };
    match client.call("GetBranch", json!({"appId": app_id, "branchName": branch})).await {
        Err(e) => e.code() != Some("NotFoundException"),
        Ok(_) => true,
    }
}

/// What can be checked before any request: the file must not exist (unless `force`), flags
/// must be valid, and without a terminal the app must be given.
fn check_init(ctx: &Ctx, opts: &InitOptions) -> Result<(), CliError> {
    let path = &opts.path;
    if path.is_dir() {
        return Err(CliError::usage(format!("{} is a folder; give the file to write", path.display())));
    }
    if path.exists() && !opts.force {
        return Err(CliError::usage(format!("{} already exists", path.display()))
            .hint("edit it, record another app with `amphost link APP`, or pass --force to replace it"));
    }
    // Before any app is created: a file that cannot be written would leave that app behind.
    check_can_write(path)?;
    if opts.app.is_none() && opts.create_app.is_none() && !ctx.ui.interactive() {
        return Err(CliError::usage("--app APP or --create-app NAME is needed: stdin is not a terminal to ask on")
            .hint("amphost init --app my-site --branch main --folder dist"));
    }
    if let Some(b) = &opts.branch {
        ctx.precheck("CreateBranch", &Map::from_iter([("branchName".to_string(), json!(b))]), &["appId"])?;
    }
    if let Some(name) = &opts.create_app {
        // The model names the member `--name`; here it is `--create-app`.
        ctx.precheck("CreateApp", &Map::from_iter([("name".to_string(), json!(name))]), &[]).map_err(|mut e| {
            e.message = e.message.replacen("--name", "--create-app", 1);
            e
        })?;
    }
    if let Some(f) = &opts.folder {
        check_folder(f).map_err(|e| CliError::usage(format!("--folder: {e}")))?;
    }
    Ok(())
}

/// The folder to deploy: given, asked (suggesting the build folders that hold an
/// `index.html`), or the suggestion; a warning when it is not ready yet.
fn choose_folder(ctx: &Ctx, dir: &Path, given: Option<&str>, interactive: bool) -> Result<String, CliError> {
    let suggested = default_folder(dir);
    let folder = match given {
        Some(f) => f.to_string(),
        None if interactive => {
            let found = suggested_folders(dir);
            let prompt = if found.len() > 1 {
                format!("Folder to deploy (these hold an index.html: {})", found.join(", "))
            } else {
                "Folder to deploy".to_string()
            };
            ctx.ui.input(&prompt, Some(suggested), "--folder", check_folder)?
        }
        None => suggested.to_string(),
    };
    if !dir.join(&folder).exists() {
        ctx.ui.warn(format!("the folder {folder} does not exist yet: build the site into it before `amphost deploy`"));
    } else if !dir.join(&folder).join("index.html").is_file() && dir.join(&folder).is_dir() {
        ctx.ui.warn(format!("the folder {folder} has no index.html"));
    }
    Ok(folder)
}

/// On a terminal: pick one of the account's apps, or create one (its name asked, this
/// folder's name offered).
async fn ask_app(ctx: &Ctx, dir: &Path) -> Result<AppChoice, CliError> {
    let all = list_all(ctx.client().await?, "ListApps", json!({}), &PageOptions::default()).await?;
    let apps: Vec<Value> = all["apps"].as_array().cloned().unwrap_or_default();
    let mut items: Vec<String> = apps
        .iter()
        .map(|a| format!("{} ({})", a["name"].as_str().unwrap_or_default(), a["appId"].as_str().unwrap_or_default()))
        .collect();
    items.push("Create a new app…".to_string());
    let picked = if apps.is_empty() {
        apps.len()
    } else {
        ctx.ui.select("Which app does this folder deploy to?", &items, 0, "--app APP or --create-app NAME")?
    };
    if let Some(app) = apps.get(picked) {
        return Ok(AppChoice::Existing(app.clone()));
    }
    let here = std::fs::canonicalize(dir).ok();
    let suggestion = here.as_deref().and_then(Path::file_name).and_then(|n| n.to_str()).map(str::to_string);
    let suggestion = suggestion.filter(|n| check_app_name(n).is_ok());
    let name = ctx.ui.input("Name of the new app", suggestion.as_deref(), "--create-app NAME", check_app_name)?;
    refuse_duplicate(ctx, &name, Some(apps.as_slice())).await?;
    Ok(AppChoice::New(name))
}

/// A second app of a name makes every command that names it ambiguous: on a terminal the user
/// is asked; otherwise it is refused, pointing at `--app` (as `app create` does).
async fn refuse_duplicate(ctx: &Ctx, name: &str, listed: Option<&[Value]>) -> Result<(), CliError> {
    let fetched;
    let apps: &[Value] = match listed {
        Some(apps) => apps,
        None => {
            fetched = list_all(ctx.client().await?, "ListApps", json!({}), &PageOptions::default()).await?;
            fetched["apps"].as_array().map(Vec::as_slice).unwrap_or_default()
        }
    };
    let same: Vec<&str> = apps.iter().filter(|a| a["name"] == name).filter_map(|a| a["appId"].as_str()).collect();
    if same.is_empty() {
        return Ok(());
    }
    let what = format!("an app named {name:?} already exists ({})", same.join(", "));
    if ctx.ui.interactive() && !ctx.yes {
        ctx.ui.warn(format!("{what}; another would make every command that names it ambiguous"));
        return ctx.ui.confirm(&format!("create a second app named {name:?}"), false);
    }
    Err(CliError::usage(format!("{what}: a second one would make every command that names it ambiguous"))
        .hint(format!("use it: `amphost init --app {}`", shell_quote(same[0]))))
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// ` # NAME`, the app's name after its ID (nothing when the name is the ID or unknown);
/// characters that would end the comment are left out.
fn name_comment(app_id: &str, app_name: &str) -> String {
    let name: String = app_name.chars().filter(|c| !c.is_control()).collect();
    if name.trim().is_empty() || name == app_id {
        String::new()
    } else {
        format!(" # {name}")
    }
}

/// The commented file `init` writes (the README's annotated example, with this project's
/// values). `branch = "git"` gets no `[branches."git"]` table.
pub fn project_file(app_id: &str, app_name: &str, branch: &str, folder: &str, region: Option<&str>) -> String {
    let app_line = format!("app = {}{}", toml_string(app_id), name_comment(app_id, app_name));
    let region_line = match region {
        Some(r) => format!("region = {}", toml_string(r)),
        None => "# region = \"us-east-1\"".to_string(),
    };
    let production = if branch == "git" {
        "# [branches.\"main\"]\n# stage = \"PRODUCTION\"".to_string()
    } else {
        format!("[branches.{}]\nstage = \"PRODUCTION\"", toml_string(branch))
    };
    format!(
        r#"# amphost.toml: this folder's Amplify Hosting app and how it is deployed. amphost finds it
# here or in a folder above (or with --config / AMPHOST_CONFIG). Flags win over the
# environment (AMPHOST_APP, AMPHOST_BRANCH), which wins over this file. Paths are relative to it.

# The app: its ID (d…) or its name.
{app_line}

# The default branch of `amphost deploy`, `status` and `open`; "git" means the current git branch.
branch = {branch}

# What `amphost deploy` uploads when given no PATH: a folder (or a .zip).
folder = {folder}

# The AWS region and profile, below --region / AWS_REGION and --profile / AWS_PROFILE.
{region_line}
# profile = "default"

# The app's custom rules (Amplify's JSON list, or TOML with a [[rules]] array), its custom
# headers (customHttp.yml) and its environment variables (a dotenv file).
# rules = "rules.json"
# headers = "customHttp.yml"
# env = ".env.production"

# Where deployments are kept, for bucket deploys.
# bucket = "s3://my-bucket/my-site"

# Settings of the branches a table names, by exact name or glob ("pr-*"), merged in this
# order (a later table wins; env adds up). `folder` replaces the one above for those branches;
# `stage` and `env` are given to a branch when `amphost deploy --create` creates it.
{production}

# [branches."pr-*"]
# folder = "dist"
# stage = "PULL_REQUEST"
# env = {{ API_URL = "https://staging.example.com" }}
"#,
        branch = toml_string(branch),
        folder = toml_string(folder),
    )
}

/// Reads back what is about to be written with the parser every command uses: amphost never
/// writes a file it would then refuse.
fn checked(text: &str) -> Result<crate::project::ProjectFile, CliError> {
    crate::project::parse(text).map_err(|e| {
        CliError::failure(format!(
            "the file amphost was about to write does not read back ({}); nothing was written",
            e.trim()
        ))
    })
}

/// Writes the project file whole or not at all: to a temporary file beside it, renamed into
/// place (an interrupted write never leaves a truncated `amphost.toml`), through a link to the
/// file it points to, keeping the mode of the file replaced. Unless `replace`, a file already
/// there is kept (exit 2).
fn write_file(path: &Path, text: &str, replace: bool) -> Result<(), CliError> {
    use std::io::Write;
    let cannot = |e: &dyn std::fmt::Display| CliError::failure(format!("cannot write {}: {e}", path.display()));
    let target = super::through_link(path).map_err(|e| cannot(&e))?;
    let mut temp = tempfile::NamedTempFile::new_in(dir_of(&target)).map_err(|e| cannot(&e))?;
    temp.write_all(text.as_bytes()).and_then(|_| temp.flush()).map_err(|e| cannot(&e))?;
    super::put_in_place(temp, &target, replace).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            CliError::usage(format!("{} already exists", path.display())).hint("pass --force to replace it")
        } else {
            cannot(&e)
        }
    })
}

/// The file `link` works on: `--config PATH` (created when missing), else the project file
/// found from here up, else `./amphost.toml`.
pub fn link_target(explicit: Option<&Path>, found: Option<&crate::project::Project>) -> PathBuf {
    match (explicit, found) {
        (Some(p), _) => p.to_path_buf(),
        (None, Some(project)) => project.path.clone(),
        (None, None) => PathBuf::from(crate::project::FILE_NAME),
    }
}

/// `amphost link APP`: records the app (by ID, its name in a comment) after checking that it
/// exists. An existing file keeps everything else, comments included; only the `app` line's
/// own trailing comment is replaced by the app's name.
pub async fn link(ctx: &Ctx, app: &str, path: &Path) -> Result<(), CliError> {
    if path.is_dir() {
        return Err(CliError::usage(format!("{} is a folder; give the project file", path.display())));
    }
    // The file there must read before anything is sent (discovery refused a broken one
    // already; this covers --config naming a file it did not read).
    let current = if path.exists() {
        let text = std::fs::read_to_string(path)
            .map_err(|e| CliError::usage(format!("cannot read {}: {e}", path.display())))?;
        crate::project::parse(&text).map_err(|e| CliError::usage(format!("{}:{e}", path.display())))?;
        Some(text)
    } else {
        None
    };
    check_can_write(path)?;
    let found = existing_app(ctx, app).await?;
    let app_id = found["appId"].as_str().unwrap_or_default().to_string();
    let app_name = found["name"].as_str().unwrap_or_default().to_string();
    let text = match &current {
        Some(text) => set_app(text, &app_id, &app_name)
            .map_err(|e| CliError::failure(format!("cannot edit {}: {e}", path.display())))?,
        None => format!(
            "# amphost.toml: this folder's Amplify Hosting app (`amphost init --help` shows every key).\n\
             app = {}{}\n",
            toml_string(&app_id),
            name_comment(&app_id, &app_name)
        ),
    };
    let parsed = checked(&text)?;
    if parsed.app.as_deref() != Some(app_id.as_str()) {
        return Err(CliError::failure(format!("cannot edit {}: the app did not read back", path.display())));
    }
    write_file(path, &text, true)?;
    let label = if app_name.is_empty() { app_id.clone() } else { format!("{} ({app_id})", escape_controls(&app_name)) };
    let verb = if current.is_some() { "Updated" } else { "Wrote" };
    ctx.ui.status(format!("{verb} {}: app {label}", path.display()));
    if ctx.format == OutputFormat::Json || ctx.query.is_some() {
        let result = json!({"path": path.display().to_string(), "app": {"appId": app_id, "name": app_name}});
        ctx.print(&result, &View::Empty)?;
    }
    Ok(())
}

/// `text` with its top-level `app` set to `app_id` (`# NAME` after it), everything else as
/// it was: a new `app` key goes with the other top-level keys, before the first table.
pub fn set_app(text: &str, app_id: &str, app_name: &str) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
    let comment = name_comment(app_id, app_name);
    let mut value = toml_edit::Value::from(app_id);
    match doc.get_mut("app").and_then(toml_edit::Item::as_value_mut) {
        Some(old) => {
            if let Some(prefix) = old.decor().prefix().cloned() {
                value.decor_mut().set_prefix(prefix);
            }
            value.decor_mut().set_suffix(comment);
            *old = value;
        }
        None => {
            value.decor_mut().set_suffix(comment);
            doc.insert("app", toml_edit::Item::Value(value));
        }
    }
    // Written with the file's line ends (the editor writes `\n`): a CRLF file stays CRLF, so
    // that a diff shows the one line changed.
    let edited = doc.to_string();
    Ok(match text.contains("\r\n") {
        true => edited.replace("\r\n", "\n").replace('\n', "\r\n"),
        false => edited,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_app_keeps_the_files_line_ends() {
        let crlf = "# ours\r\napp = \"old\"\r\nfolder = \"dist\"\r\n";
        let edited = set_app(crlf, "d1", "").unwrap();
        assert_eq!(edited, "# ours\r\napp = \"d1\"\r\nfolder = \"dist\"\r\n");
        assert_eq!(set_app("app = \"old\"\n", "d1", "").unwrap(), "app = \"d1\"\n");
    }

    #[test]
    fn the_file_init_writes_reads_back_with_every_value() {
        let text = project_file("d1a2b3c4d5e6f7", "my \"site\"", "main", "dist", Some("eu-west-1"));
        let file = crate::project::parse(&text).unwrap();
        assert_eq!(file.app.as_deref(), Some("d1a2b3c4d5e6f7"));
        assert_eq!(file.branch.as_deref(), Some("main"));
        assert_eq!(file.folder.as_deref(), Some("dist"));
        assert_eq!(file.region.as_deref(), Some("eu-west-1"));
        assert_eq!(file.branches["main"].stage.as_deref(), Some("PRODUCTION"));
        assert!(text.contains("app = \"d1a2b3c4d5e6f7\" # my \"site\""), "{text}");
        let git = crate::project::parse(&project_file("d1a2b3c4d5e6f7", "x", "git", ".", None)).unwrap();
        assert!(git.branches.is_empty() && git.region.is_none());
        let odd =
            crate::project::parse(&project_file("d1a2b3c4d5e6f7", "x", "feat/a\"b", "my site\\out", None)).unwrap();
        assert_eq!(odd.folder.as_deref(), Some("my site\\out"));
        assert!(odd.branches.contains_key("feat/a\"b"));
    }

    #[test]
    fn link_changes_the_app_line_and_nothing_else() {
        let before = "# my project\napp = \"old\"   # old name\n# where\nfolder = \"dist\" # built here\n\n# PRs\n[branches.\"pr-*\"]\nstage = \"PULL_REQUEST\" # previews\n";
        let after = set_app(before, "d1a2b3c4d5e6f7", "my-site").unwrap();
        assert_eq!(
            after,
            "# my project\napp = \"d1a2b3c4d5e6f7\" # my-site\n# where\nfolder = \"dist\" # built here\n\n# PRs\n[branches.\"pr-*\"]\nstage = \"PULL_REQUEST\" # previews\n"
        );
        let added =
            set_app("# top\nfolder = \"dist\"\n\n[branches.main]\nstage = \"PRODUCTION\"\n", "d1a2b3c4d5e6f7", "")
                .unwrap();
        let file = crate::project::parse(&added).unwrap();
        assert_eq!(file.app.as_deref(), Some("d1a2b3c4d5e6f7"));
        assert_eq!(file.branches["main"].stage.as_deref(), Some("PRODUCTION"));
        assert!(added.contains("# top") && added.find("app =") < added.find("[branches.main]"), "{added}");
    }

    #[test]
    fn the_readme_example_uses_every_key_and_reads_back() {
        let readme = include_str!("../../README.md");
        let section = readme.split("## The project file").nth(1).expect("the README has the section");
        let example = section.split("```toml\n").nth(1).and_then(|s| s.split("```").next()).expect("a toml block");
        let file = crate::project::parse(example).unwrap_or_else(|e| panic!("{e}"));
        let every = &file;
        for (key, set) in [
            ("app", every.app.is_some()),
            ("branch", every.branch.is_some()),
            ("folder", every.folder.is_some()),
            ("region", every.region.is_some()),
            ("profile", every.profile.is_some()),
            ("rules", every.rules.is_some()),
            ("headers", every.headers.is_some()),
            ("env", every.env.is_some()),
            ("bucket", every.bucket.is_some()),
            ("branches", !every.branches.is_empty()),
        ] {
            assert!(set, "the README's example leaves out {key}");
        }
        // And init's file is that example with the project's values.
        let written = project_file("d1a2b3c4d5e6f7", "my-site", "main", "dist", None);
        assert!(written.contains("app = \"d1a2b3c4d5e6f7\" # my-site\n"), "{written}");
    }

    #[test]
    fn build_folders_are_suggested_in_order_when_they_hold_an_index() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(default_folder(dir.path()), ".");
        for f in ["public", "build"] {
            std::fs::create_dir_all(dir.path().join(f)).unwrap();
            std::fs::write(dir.path().join(f).join("index.html"), "x").unwrap();
        }
        std::fs::create_dir_all(dir.path().join("dist")).unwrap();
        assert_eq!(suggested_folders(dir.path()), ["build", "public"]);
        assert_eq!(default_folder(dir.path()), "build");
    }
}
