//! `amphost.toml`: the file that ties a folder to its app, and keeps the site's hosting setup
//! (the folder to deploy, the default branch and per-branch overrides, where the rules,
//! headers and environment files are) in the repository, reviewed like code.
//!
//! Found like git finds its repository: `--config PATH` or `AMPHOST_CONFIG`, else the first
//! `amphost.toml` in the current folder or one above it. Values resolve as flags > environment
//! (`AMPHOST_APP`, `AMPHOST_BRANCH`) > file > defaults. A file that does not parse, or holds a
//! key amphost does not know, is refused with its `file:line:col` before anything is sent.
//!
//! This module reads and resolves; it knows nothing of clap or terminals.

pub mod dotenv;

use indexmap::IndexMap;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// The file's name, looked for in the current folder and the ones above it.
pub const FILE_NAME: &str = "amphost.toml";

/// What `amphost.toml` holds. Paths in it are relative to the file's folder.
#[derive(Debug, Default, Deserialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProjectFile {
    /// The app: an ID (`d…`) or a name.
    pub app: Option<String>,
    pub region: Option<String>,
    pub profile: Option<String>,
    /// The folder `amphost deploy` uploads when given none.
    pub folder: Option<String>,
    /// The default branch; `"git"` means the current git branch.
    pub branch: Option<String>,
    /// The app's custom rules: Amplify's JSON list, or TOML with a `[[rules]]` array.
    #[serde(default, deserialize_with = "file_path")]
    pub rules: Option<String>,
    /// The app's custom headers (`customHttp.yml`).
    #[serde(default, deserialize_with = "file_path")]
    pub headers: Option<String>,
    /// A dotenv file of the app's environment variables.
    #[serde(default, deserialize_with = "file_path")]
    pub env: Option<String>,
    /// Where deployments are kept (`s3://BUCKET/PREFIX`), for bucket deploys.
    pub bucket: Option<String>,
    /// The local build (`amphost build`, and `deploy` building first): `build = true`, or a
    /// `[build]` table.
    pub build: Option<BuildSettings>,
    /// Per-branch settings, by exact name or glob (`"pr-*"`), in the file's order.
    #[serde(default)]
    pub branches: IndexMap<String, BranchSettings>,
}

/// Settings of the branches a `[branches."PATTERN"]` table names.
#[derive(Debug, Default, Deserialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BranchSettings {
    pub folder: Option<String>,
    /// The branch's stage (`PRODUCTION`, `BETA`, `DEVELOPMENT`, `EXPERIMENTAL`, `PULL_REQUEST`).
    pub stage: Option<String>,
    /// The branch's own environment variables.
    #[serde(default)]
    pub env: IndexMap<String, String>,
}

/// `build = true` (`amphost deploy` builds first, with the defaults), or a `[build]` table:
/// `spec`, `app_root`, and `deploy` (whether `amphost deploy` builds first; true unless said).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct BuildSettings {
    /// Whether `amphost deploy` with no PATH builds first and deploys what the build collected.
    pub deploy: bool,
    /// The build spec, relative to the file [default: amplify.yml beside it].
    pub spec: Option<String>,
    /// The application of a monorepo spec (`applications:`) to build, by its appRoot.
    pub app_root: Option<String>,
}

/// The `[build]` table as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BuildTable {
    deploy: Option<bool>,
    spec: Option<String>,
    app_root: Option<String>,
}

impl<'de> Deserialize<'de> for BuildSettings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct OnOrTable;
        impl<'de> serde::de::Visitor<'de> for OnOrTable {
            type Value = BuildSettings;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("true, false or a [build] table")
            }
            fn visit_bool<E: serde::de::Error>(self, on: bool) -> Result<BuildSettings, E> {
                Ok(BuildSettings { deploy: on, ..BuildSettings::default() })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<BuildSettings, A::Error> {
                let t = BuildTable::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(BuildSettings { deploy: t.deploy.unwrap_or(true), spec: t.spec, app_root: t.app_root })
            }
        }
        d.deserialize_any(OnOrTable)
    }
}

/// A project file found and read.
#[derive(Debug, Clone)]
pub struct Project {
    /// The file itself.
    pub path: PathBuf,
    pub file: ProjectFile,
}

/// Why a project file cannot be used: the message names the file (with line and column when
/// the problem has a place) and what was expected.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectError(pub String);

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProjectError {}

/// Where to look: an explicit file (`--config`, `AMPHOST_CONFIG`) must exist; otherwise the
/// first `amphost.toml` from `start` upwards, if any.
pub fn discover(explicit: Option<&Path>, start: &Path) -> Result<Option<Project>, ProjectError> {
    if let Some(path) = explicit {
        if !path.is_file() {
            return Err(ProjectError(format!(
                "the project file {} (--config or AMPHOST_CONFIG) does not exist or is not a file",
                path.display()
            )));
        }
        return load(path).map(Some);
    }
    let mut dir = Some(start);
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return load(&candidate).map(Some);
        }
        dir = d.parent();
    }
    Ok(None)
}

/// Reads and checks one project file.
pub fn load(path: &Path) -> Result<Project, ProjectError> {
    let text = read_capped(path)?;
    let file = parse(&text).map_err(|e| ProjectError(format!("{}:{e}", path.display())))?;
    let project = Project { path: path.to_path_buf(), file };
    // `rules pull` would write the rules over the settings.
    for (key, named) in [("rules", &project.file.rules), ("headers", &project.file.headers), ("env", &project.file.env)]
    {
        if named.as_deref().is_some_and(|named| project.is_itself(&project.resolve(named))) {
            return Err(ProjectError(format!(
                "{}: `{key}` names this file itself: the {key} go in a file of their own (such as {})",
                project.place_of(key),
                match key {
                    "rules" => "rules.toml",
                    "headers" => "customHttp.yml",
                    _ => ".env.production",
                }
            )));
        }
    }
    Ok(project)
}

/// The largest project file read (it holds settings, not data).
const MAX_FILE_BYTES: u64 = 1 << 20;

fn read_capped(path: &Path) -> Result<String, ProjectError> {
    use std::io::Read;
    let cannot = |e: &dyn fmt::Display| ProjectError(format!("cannot read {}: {e}", path.display()));
    let file = std::fs::File::open(path).map_err(|e| cannot(&e))?;
    let mut text = String::new();
    file.take(MAX_FILE_BYTES + 1).read_to_string(&mut text).map_err(|e| cannot(&e))?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(ProjectError(format!("{} is over 1 MiB: is it really amphost's project file?", path.display())));
    }
    Ok(text)
}

/// `rules`, `headers` and `env` name files: rules written here (`[[rules]]`) are refused
/// with where they go instead.
fn file_path<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct Path;
    impl serde::de::Visitor<'_> for Path {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(
                "a file's path, such as rules = \"rules.toml\" (the rules, headers or variables go in that file)",
            )
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
    }
    d.deserialize_any(Path)
}

/// Parses the file's text; errors read `LINE:COL: what is wrong` (the caller adds the file).
pub fn parse(text: &str) -> Result<ProjectFile, String> {
    let mut file: ProjectFile = toml::from_str(text).map_err(|e| located(text, e.span(), e.message()))?;
    // Stages in any case, as the command line takes them; the service's spelling is upper case.
    for settings in file.branches.values_mut() {
        settings.stage = settings.stage.take().map(|s| s.to_ascii_uppercase());
    }
    check(&file).map_err(|(key, problem)| {
        let span = key_span(text, &key);
        located(text, span, &problem)
    })?;
    Ok(file)
}

/// Checks what TOML's types cannot: the branch value, stages, patterns, the bucket URL.
fn check(file: &ProjectFile) -> Result<(), (String, String)> {
    const STAGES: &[&str] = &["PRODUCTION", "BETA", "DEVELOPMENT", "EXPERIMENTAL", "PULL_REQUEST"];
    for (key, value) in [("app", &file.app), ("branch", &file.branch), ("folder", &file.folder)] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            return Err((key.to_string(), format!("`{key}` is empty: give a value or leave the key out")));
        }
    }
    if let Some(bucket) = &file.bucket {
        if !bucket.starts_with("s3://") || bucket.len() <= 5 {
            return Err(("bucket".into(), format!("`bucket` must be an s3://BUCKET/PREFIX URL, not {bucket:?}")));
        }
    }
    for (pattern, settings) in &file.branches {
        if branch_glob(pattern).is_err() {
            return Err((pattern.clone(), format!("[branches.{pattern:?}] is not a valid branch pattern")));
        }
        if let Some(stage) = settings.stage.as_deref().filter(|s| !STAGES.contains(s)) {
            return Err((
                format!("{pattern}\u{0}stage"),
                format!("[branches.{pattern:?}] stage {stage:?} is not one of {}", STAGES.join(", ")),
            ));
        }
    }
    Ok(())
}

/// Where a key is set in the file (for errors found after parsing): its `[branches.…]`
/// table, or its `key =` line.
fn key_span(text: &str, key: &str) -> Option<std::ops::Range<usize>> {
    // `TABLE\0KEY`: a key inside a `[branches.TABLE]` table.
    if let Some((table, inner)) = key.split_once('\u{0}') {
        let start = key_span(text, table)?.end;
        let line = regex::Regex::new(&format!(r"(?m)^[ \t]*{}[ \t]*=", regex::escape(inner))).ok()?;
        return line.find(&text[start..]).map(|m| start + m.start()..start + m.end());
    }
    let quoted = regex::escape(key);
    // `[ \t]*`, not `\s*`: a match must not start on a blank line above.
    let table = format!(r#"(?m)^[ \t]*\[\s*branches\s*\.\s*(?:"{quoted}"|{quoted})\s*\]"#);
    let assignment = format!(r"(?m)^[ \t]*{quoted}\s*=");
    [table, assignment].iter().find_map(|re| regex::Regex::new(re).ok()?.find(text).map(|m| m.range()))
}

/// `LINE:COL: message`, from a byte span of `text` (1-based, columns in characters).
fn located(text: &str, span: Option<std::ops::Range<usize>>, message: &str) -> String {
    let message = message.trim();
    let Some(span) = span else { return format!(" {message}") };
    let (line, col) = line_col(text, span.start);
    format!("{line}:{col}: {message}")
}

/// The 1-based line and column (in characters) of byte `at` of `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

impl Project {
    /// The folder the file is in; relative paths in the file start here.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Where a top-level `key` is set, as `PATH:LINE:COL` for errors about its value (the
    /// path alone when the file no longer says).
    pub fn place_of(&self, key: &str) -> String {
        let text = read_capped(&self.path).unwrap_or_default();
        match key_span(&text, key) {
            Some(span) => {
                let (line, col) = line_col(&text, span.start);
                format!("{}:{line}:{col}", self.path.display())
            }
            None => self.path.display().to_string(),
        }
    }

    /// Whether `path` is this project file (through links and `..`).
    pub fn is_itself(&self, path: &Path) -> bool {
        match (std::fs::canonicalize(&self.path), std::fs::canonicalize(path)) {
            (Ok(me), Ok(other)) => me == other,
            _ => false,
        }
    }

    /// A path the file names, made absolute against its folder.
    pub fn resolve(&self, relative: &str) -> PathBuf {
        self.dir().join(relative)
    }

    /// The settings for `branch`: the tables whose name is the branch, or a glob matching it,
    /// merged in file order (a later table's values win; environment variables add up).
    pub fn branch_settings(&self, branch: &str) -> BranchSettings {
        let mut merged = BranchSettings::default();
        for (pattern, settings) in &self.file.branches {
            let matches = pattern == branch || branch_glob(pattern).is_ok_and(|g| g.is_match(branch));
            if matches {
                merged.folder = settings.folder.clone().or(merged.folder);
                merged.stage = settings.stage.clone().or(merged.stage);
                merged.env.extend(settings.env.clone());
            }
        }
        merged
    }

    /// The folder to deploy for `branch`: the branch's own, else the file's.
    pub fn folder_for(&self, branch: &str) -> Option<PathBuf> {
        self.branch_settings(branch).folder.or_else(|| self.file.folder.clone()).map(|f| self.resolve(&f))
    }
}

/// The app to use: the flag, else `AMPHOST_APP`, else the project file's.
pub fn app(flag: Option<&str>, project: Option<&Project>) -> Option<String> {
    flag.map(str::to_string).or_else(|| env_value("AMPHOST_APP")).or_else(|| project.and_then(|p| p.file.app.clone()))
}

/// The branch to use: the flag, else `AMPHOST_BRANCH`, else the project file's (`"git"`: the
/// current git branch of the project's folder).
pub fn branch(flag: Option<&str>, project: Option<&Project>) -> Result<Option<String>, ProjectError> {
    if let Some(b) = flag.map(str::to_string).or_else(|| env_value("AMPHOST_BRANCH")) {
        return Ok(Some(b));
    }
    let Some(p) = project else { return Ok(None) };
    match p.file.branch.as_deref() {
        Some("git") => git_branch(p.dir()).map(Some),
        other => Ok(other.map(str::to_string)),
    }
}

/// Where the branch [`branch`] returns was set, for errors about its value: `None` for the
/// flag (whose errors name it already).
pub fn branch_origin(flag: Option<&str>, project: Option<&Project>) -> Option<String> {
    if flag.is_some() {
        return None;
    }
    if env_value("AMPHOST_BRANCH").is_some() {
        return Some("AMPHOST_BRANCH".into());
    }
    let project = project?;
    let place = project.place_of("branch");
    Some(match project.file.branch.as_deref() {
        Some("git") => format!("the current git branch (`branch = \"git\"` in {place})"),
        _ => format!("`branch` in {place}"),
    })
}

fn env_value(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The current branch of the git repository `dir` is in.
pub fn git_branch(dir: &Path) -> Result<String, ProjectError> {
    let out = std::process::Command::new("git")
        // The branch HEAD names, even one with no commit yet (`rev-parse` fails there).
        .args(["symbolic-ref", "--short", "-q", "HEAD"])
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| ProjectError(format!("branch = \"git\" needs git, which could not be run: {e}")))?;
    let name = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || name.is_empty() || name == "HEAD" {
        return Err(ProjectError(format!(
            "branch = \"git\", but {} is not on a git branch (not a repository, or a detached HEAD); pass --branch",
            dir.display()
        )));
    }
    Ok(name)
}

/// A glob of branch names, as Amplify's own branch patterns read: `*` stops at `/`
/// (`feature/*` is `feature/a`, not `feature/a/b`) and `**` crosses it (`feature/**`), as in
/// the console's default patterns `*` and `*/**`. Project tables and `branch prune` share it.
pub fn branch_glob(pattern: &str) -> Result<globset::GlobMatcher, globset::Error> {
    globset::GlobBuilder::new(pattern).literal_separator(true).build().map(|g| g.compile_matcher())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
app = "my-site"
folder = "dist"
branch = "main"
rules = "rules.json"

[branches.main]
stage = "PRODUCTION"

[branches."pr-*"]
folder = "preview"
stage = "PULL_REQUEST"
env = { API_URL = "https://staging.example.com" }
"#;

    fn project(text: &str) -> Project {
        Project { path: PathBuf::from("/repo/amphost.toml"), file: parse(text).unwrap() }
    }

    #[test]
    fn a_full_file_parses_and_branches_match_by_name_or_glob() {
        let p = project(EXAMPLE);
        assert_eq!(p.file.app.as_deref(), Some("my-site"));
        assert_eq!(p.folder_for("main"), Some(PathBuf::from("/repo/dist")));
        assert_eq!(p.folder_for("pr-42"), Some(PathBuf::from("/repo/preview")));
        let pr = p.branch_settings("pr-42");
        assert_eq!(pr.stage.as_deref(), Some("PULL_REQUEST"));
        assert_eq!(pr.env.get("API_URL").map(String::as_str), Some("https://staging.example.com"));
        assert_eq!(p.branch_settings("dev"), BranchSettings::default());
    }

    #[test]
    fn a_branch_star_stops_at_a_slash_as_amplifys_patterns_do() {
        let text = "[branches.\"feature/*\"]\nstage = \"BETA\"\n[branches.\"release/**\"]\nstage = \"PRODUCTION\"\n";
        let p = project(text);
        assert_eq!(p.branch_settings("feature/a").stage.as_deref(), Some("BETA"));
        assert_eq!(p.branch_settings("feature/a/b").stage, None);
        assert_eq!(p.branch_settings("release/1/rc").stage.as_deref(), Some("PRODUCTION"));
        assert!(branch_glob("*").unwrap().is_match("main") && !branch_glob("*").unwrap().is_match("a/b"));
    }

    #[test]
    fn a_git_branch_with_no_commit_yet_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            let out = std::process::Command::new("git").args(args).current_dir(dir.path()).output().unwrap();
            assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        };
        git(&["init", "-q"]);
        git(&["checkout", "-q", "-b", "feat/x"]);
        assert_eq!(git_branch(dir.path()).unwrap(), "feat/x");
        let elsewhere = tempfile::tempdir().unwrap();
        assert!(git_branch(elsewhere.path()).unwrap_err().0.contains("is not on a git branch"));
    }

    #[test]
    fn build_is_a_switch_or_a_table() {
        assert_eq!(project("build = true\n").file.build, Some(BuildSettings { deploy: true, ..Default::default() }));
        let table = project("[build]\nspec = \"ci/amplify.yml\"\napp_root = \"apps/web\"\n").file.build.unwrap();
        assert!(table.deploy, "a [build] table means deploy builds first");
        assert_eq!((table.spec.as_deref(), table.app_root.as_deref()), (Some("ci/amplify.yml"), Some("apps/web")));
        assert!(!project("[build]\ndeploy = false\n").file.build.unwrap().deploy);
        assert_eq!(project("app = \"x\"\n").file.build, None);
    }

    #[test]
    fn stages_are_taken_in_any_case() {
        let p = project("[branches.main]\nstage = \"production\"\n");
        assert_eq!(p.branch_settings("main").stage.as_deref(), Some("PRODUCTION"));
    }

    #[test]
    fn later_tables_win_in_the_files_order_not_alphabetically() {
        let text =
            "branch = \"main\"\n[branches.\"ma*\"]\nfolder = \"dist\"\n[branches.\"m*\"]\nfolder = \"preview\"\n";
        assert_eq!(project(text).folder_for("main"), Some(PathBuf::from("/repo/preview")));
        let swapped = "[branches.\"m*\"]\nfolder = \"preview\"\n[branches.\"ma*\"]\nfolder = \"dist\"\n";
        assert_eq!(project(swapped).folder_for("main"), Some(PathBuf::from("/repo/dist")));
    }

    #[test]
    fn mistakes_are_named_with_their_line_and_column() {
        let cases = [
            ("app = \"x\"\nap = \"y\"\n", "2:1", "unknown field `ap`"),
            ("app = \"x\"\nfolder = 3\n", "2:10", "invalid type"),
            ("app = \"x\"\n[branches.main]\nstage = \"LIVE\"\n", "3:1", "\"LIVE\" is not one of"),
            ("app = \"x\"\nbranch = \"\"\n", "2:1", "`branch` is empty"),
            ("app = \"x\"\nbucket = \"my-bucket\"\n", "2:1", "s3://BUCKET/PREFIX"),
            ("app = \"x\n", "1:", ""),
            ("[branches.\"pr-[\"]\nstage = \"BETA\"\n", "1:", "not a valid branch pattern"),
            ("app = \"x\"\n[build]\nspek = \"amplify.yml\"\n", "3:1", "unknown field `spek`"),
            ("build = \"yes\"\n", "1:9", "true, false or a [build] table"),
            ("app = \"x\"\n[[rules]]\nsource = \"/a\"\n", "2:1", "a file's path, such as rules = \"rules.toml\""),
        ];
        for (text, place, problem) in cases {
            let e = parse(text).unwrap_err();
            assert!(e.starts_with(place), "{text:?}: {e}");
            assert!(e.contains(problem), "{text:?}: {e}");
        }
    }

    #[test]
    fn discovery_walks_up_and_an_explicit_file_must_exist() {
        let top = tempfile::tempdir().unwrap();
        let deep = top.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        assert!(
            discover(None, &deep).unwrap().is_none() || top.path().ancestors().any(|a| a.join(FILE_NAME).is_file())
        );
        std::fs::write(top.path().join(FILE_NAME), "app = \"found\"\n").unwrap();
        let found = discover(None, &deep).unwrap().unwrap();
        assert_eq!(found.file.app.as_deref(), Some("found"));
        assert_eq!(found.dir(), top.path());
        let missing = top.path().join("nope.toml");
        assert!(discover(Some(&missing), &deep).unwrap_err().0.contains("does not exist"));
        std::fs::write(top.path().join("bad.toml"), "app = 1\n").unwrap();
        let e = discover(Some(&top.path().join("bad.toml")), &deep).unwrap_err().0;
        assert!(e.contains("bad.toml:1:7:"), "{e}");
    }
}
