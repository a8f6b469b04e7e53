//! The build spec, version 1 (`amplify.yml`), as typed structs: every key Amplify documents
//! is known, any other is refused with its line and column (a misspelt `prebuild` would
//! otherwise be skipped silently, and the build would differ from Amplify's). Checks that
//! types cannot express (the version, globs, app roots) run right after parsing, so a spec is
//! refused whole before anything runs.

use indexmap::IndexMap;
use serde::Deserialize;
use std::fmt;

/// A whole build spec: one app (`frontend`, `backend`, `test` at the top) or a monorepo
/// (`applications`, each with its `appRoot`).
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct BuildSpec {
    /// `1` (older specs say `0.1`); read as text so that both spellings parse.
    pub version: Option<String>,
    /// Ignored outside `applications`, as Amplify ignores it.
    pub app_root: Option<String>,
    pub env: Option<Env>,
    pub backend: Option<Backend>,
    pub frontend: Option<Frontend>,
    pub test: Option<Test>,
    /// Custom headers in the spec's old place (now `customHttp.yml`): accepted, not used here.
    pub custom_headers: Option<serde_yaml_ng::Value>,
    pub applications: Option<Vec<Application>>,
}

/// One application of a monorepo spec.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Application {
    /// The application's folder, relative to the repository's root.
    pub app_root: String,
    pub env: Option<Env>,
    pub backend: Option<Backend>,
    pub frontend: Option<Frontend>,
    pub test: Option<Test>,
    pub custom_headers: Option<serde_yaml_ng::Value>,
}

/// `env`: variables given to every command, and the names of secrets in Parameter Store.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Env {
    /// Values are read as text: `NODE_VERSION: 18` is `"18"`.
    #[serde(default)]
    pub variables: IndexMap<String, String>,
    /// Variable name → Systems Manager parameter; not fetched by a local build.
    #[serde(default)]
    pub secrets: IndexMap<String, String>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backend {
    pub phases: Option<Phases>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Frontend {
    /// Where the frontend's commands run, relative to the repository's root (monorepos that
    /// build from the root); `/` is the root. Amplify also reads it spelt `buildpath`.
    #[serde(alias = "buildpath")]
    pub build_path: Option<String>,
    pub phases: Option<Phases>,
    pub artifacts: Option<Artifacts>,
    pub cache: Option<Cache>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Phases {
    pub pre_build: Option<Phase>,
    pub build: Option<Phase>,
    pub post_build: Option<Phase>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Shell commands, run in order in one shell session.
    #[serde(default)]
    pub commands: Vec<String>,
    /// Runtime versions (`nodejs: 18`), for Amplify's build image: not used by a local build,
    /// which runs with the tools installed here.
    #[serde(rename = "runtime-versions")]
    pub runtime_versions: Option<serde_yaml_ng::Value>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Artifacts {
    /// The folder the `files` globs are relative to (relative to where the commands run).
    pub base_directory: Option<String>,
    /// Globs of the files to deploy: `**/*` is everything.
    #[serde(default)]
    pub files: Vec<String>,
    /// `yes`/`true`: every file lands at the top of the output, its folders dropped. Read as
    /// text: YAML 1.2 reads `yes` as a string, and Amplify's examples write `yes`.
    #[serde(rename = "discard-paths")]
    pub discard_paths: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cache {
    /// Globs of what is kept between builds (`node_modules/**/*`).
    #[serde(default)]
    pub paths: Vec<String>,
}

/// The test section: parsed so that specs using it are valid; a local build does not run it.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Test {
    pub phases: Option<TestPhases>,
    pub artifacts: Option<TestArtifacts>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TestPhases {
    pub pre_test: Option<Phase>,
    pub test: Option<Phase>,
    pub post_test: Option<Phase>,
}

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TestArtifacts {
    pub base_directory: Option<String>,
    #[serde(default)]
    pub files: Vec<String>,
    pub config_file_path: Option<String>,
}

/// Why a spec cannot be run: what is wrong, and where when the problem has a place (1-based
/// line and column). Shown as `LINE:COL: message`, after the file's name.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{l}:{c}: {}", self.message),
            (Some(l), None) => write!(f, "{l}: {}", self.message),
            _ => write!(f, " {}", self.message),
        }
    }
}

impl std::error::Error for SpecError {}

impl SpecError {
    fn at(place: Option<(usize, usize)>, message: impl Into<String>) -> SpecError {
        SpecError { line: place.map(|p| p.0), column: place.map(|p| p.1), message: message.into() }
    }
}

/// The versions of the spec format this reads (`0.1` is how older specs spell version 1).
const VERSIONS: &[&str] = &["1", "1.0", "0.1"];

/// Parses and checks a build spec's text.
pub fn parse(text: &str) -> Result<BuildSpec, SpecError> {
    let blank = text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if blank {
        return Err(SpecError::at(None, "the build spec is empty: it needs at least `version: 1` and a `frontend`"));
    }
    let spec: BuildSpec = serde_yaml_ng::from_str(text).map_err(|e| {
        let message = without_place(&e.to_string());
        // The parser places a repeated key at its mapping's start (`1:1` for the top level)
        // or at its first occurrence.
        let repeated = message.split_once("duplicate field `").and_then(|(_, rest)| rest.split('`').next());
        let place = repeated.and_then(|key| repeated_key(text, key)).or(e.location().map(|l| (l.line(), l.column())));
        SpecError::at(place, message)
    })?;
    check(&spec, text)?;
    Ok(spec)
}

/// Where `key:` is written a second time in one mapping: at the indentation of an earlier
/// `key:` with no line less indented between them (which would end that mapping).
fn repeated_key(text: &str, key: &str) -> Option<(usize, usize)> {
    let mut open: Vec<usize> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        open.retain(|&i| i <= indent);
        if trimmed.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':')) {
            if open.contains(&indent) {
                return Some((n + 1, indent + 1));
            }
            open.push(indent);
        }
    }
    None
}

/// The parser's message without its own ` at line L column C` (the place is put first).
fn without_place(message: &str) -> String {
    let re = regex::Regex::new(r" at (line \d+ column \d+|position \d+)").expect("valid pattern");
    re.replace_all(message, "").trim().to_string()
}

/// The checks of a parsed spec that its types cannot make.
fn check(spec: &BuildSpec, text: &str) -> Result<(), SpecError> {
    match spec.version.as_deref().map(str::trim) {
        None => {
            return Err(SpecError::at(Some((1, 1)), "the build spec has no `version: 1` (Amplify's build spec format)"))
        }
        Some(v) if !VERSIONS.contains(&v) => {
            return Err(SpecError::at(
                place_of(text, "version", None),
                format!("version {v:?} is not supported: amphost runs build spec version 1"),
            ))
        }
        Some(_) => {}
    }
    let Some(apps) = &spec.applications else {
        if spec.frontend.is_none() && spec.backend.is_none() {
            return Err(SpecError::at(
                None,
                "the build spec has nothing to run: no `frontend`, `backend` or `applications`",
            ));
        }
        return check_sections(spec.frontend.as_ref(), spec.env.as_ref(), text);
    };
    if let Some(key) =
        [("frontend", spec.frontend.is_some()), ("backend", spec.backend.is_some()), ("test", spec.test.is_some())]
            .iter()
            .find_map(|(k, set)| set.then_some(*k))
    {
        return Err(SpecError::at(
            place_of(text, key, None),
            format!("`{key}` is set beside `applications`: in a monorepo spec it belongs inside each application"),
        ));
    }
    if apps.is_empty() {
        return Err(SpecError::at(place_of(text, "applications", None), "`applications` is empty"));
    }
    let mut roots: Vec<String> = Vec::new();
    for app in apps {
        let root = normalise_root(&app.app_root);
        let place = place_of(text, "appRoot", Some(&app.app_root));
        if root.is_empty() || root.split('/').any(|c| c == "..") {
            let problem = format!("appRoot {:?} must name a folder inside the repository", app.app_root);
            return Err(SpecError::at(place, problem));
        }
        if roots.contains(&root) {
            return Err(SpecError::at(place, format!("appRoot {root:?} is given twice")));
        }
        roots.push(root);
        check_sections(app.frontend.as_ref(), app.env.as_ref(), text)?;
    }
    Ok(())
}

/// An app root as the spec compares them: no leading `./` or `/`, no trailing `/`.
pub fn normalise_root(root: &str) -> String {
    let r = root.trim().trim_start_matches("./").trim_matches('/');
    r.to_string()
}

/// The frontend's artifacts and cache, and the variable names of `env`.
fn check_sections(frontend: Option<&Frontend>, env: Option<&Env>, text: &str) -> Result<(), SpecError> {
    if let Some(env) = env {
        for name in env.variables.keys().chain(env.secrets.keys()) {
            if name.is_empty() || name.contains('=') || name.contains('\0') {
                return Err(SpecError::at(place_of(text, name, None), format!("{name:?} is not a variable name")));
            }
        }
    }
    let Some(frontend) = frontend else { return Ok(()) };
    if let Some(artifacts) = &frontend.artifacts {
        if artifacts.files.is_empty() {
            let problem = "`artifacts` has no `files`: list globs of the files to deploy (`'**/*'` for all)";
            return Err(SpecError::at(place_of(text, "artifacts", None), problem));
        }
        for pattern in &artifacts.files {
            check_glob(pattern, "artifacts.files", text)?;
        }
        if let Some(value) = &artifacts.discard_paths {
            if yes_no(value).is_none() {
                let problem = format!("discard-paths {value:?} must be yes or no");
                return Err(SpecError::at(place_of(text, "discard-paths", None), problem));
            }
        }
    }
    for pattern in frontend.cache.iter().flat_map(|c| &c.paths) {
        check_glob(pattern, "cache.paths", text)?;
    }
    Ok(())
}

fn check_glob(pattern: &str, key: &str, text: &str) -> Result<(), SpecError> {
    match glob(pattern) {
        Ok(_) => Ok(()),
        Err(e) => {
            Err(SpecError::at(place_of(text, pattern, None), format!("{key} {pattern:?} is not a valid glob: {e}")))
        }
    }
}

/// A glob as Amplify reads one: relative to its folder (a leading `./` or `/` is dropped),
/// `*` within one folder, `**` across folders.
pub fn glob(pattern: &str) -> Result<globset::Glob, globset::Error> {
    globset::GlobBuilder::new(relative(pattern)).literal_separator(true).build()
}

/// A glob's text relative to its folder: trimmed, a leading `./` or `/` dropped.
pub fn relative(pattern: &str) -> &str {
    let p = pattern.trim();
    p.strip_prefix("./").unwrap_or(p).trim_start_matches('/')
}

/// `yes`/`no` as YAML 1.1 and Amplify spell it (`true`, `on`… too); None for anything else.
pub fn yes_no(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "on" => Some(true),
        "no" | "n" | "false" | "off" | "" => Some(false),
        _ => None,
    }
}

/// Where `key:` is written (with `value` on the same line, when given), for problems found
/// after parsing: the first such line, column of the key. None when it cannot be found.
fn place_of(text: &str, key: &str, value: Option<&str>) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let at = line.find(key)?;
        let rest = line[at + key.len()..].trim_start_matches(['"', '\'']);
        let is_key = rest.trim_start().starts_with(':');
        let has_value = value.is_none_or(|v| line[at..].contains(v));
        // A glob or a name is found as a value too (`- '**/*'`), where no `:` follows.
        let as_value = value.is_none() && !is_key && line.trim_start().starts_with('-');
        ((is_key && has_value) || as_value).then(|| (i + 1, line[..at].chars().count() + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_is_placed_where_it_is_repeated() {
        let text = "version: 1\nfrontend:\n  phases:\n    build:\n      commands: [a]\n    build:\n      commands: [b]\nfrontend:\n  artifacts: {}\n";
        let e = parse(text).unwrap_err();
        assert_eq!((e.line, e.column), (Some(6), Some(5)), "{}", e.message);
        let top = "version: 1\nfrontend:\n  phases:\n    build:\n      commands: [a]\nfrontend:\n  artifacts: {}\n";
        let e = parse(top).unwrap_err();
        assert_eq!((e.line, e.column), (Some(6), Some(1)), "{}", e.message);
        assert_eq!(repeated_key("a:\n  b: 1\nc:\n  b: 2\n", "b"), None, "two mappings");
    }

    const FULL: &str = r#"
version: 1
env:
  variables:
    NODE_VERSION: 18
    API_URL: https://api.example.com
  secrets:
    TOKEN: /amplify/token
backend:
  phases:
    build:
      commands:
        - amplifyPush --simple
frontend:
  phases:
    preBuild:
      commands:
        - npm ci
    build:
      commands:
        - npm run build
        - |
          echo multi
          echo line
  artifacts:
    baseDirectory: dist
    files:
      - '**/*'
    discard-paths: yes
  cache:
    paths:
      - node_modules/**/*
test:
  phases:
    test:
      commands:
        - npm test
  artifacts:
    baseDirectory: cypress
    configFilePath: '**/mochawesome.json'
    files:
      - '**/*.png'
"#;

    #[test]
    fn a_full_spec_parses_into_its_parts() {
        let spec = parse(FULL).unwrap();
        assert_eq!(spec.version.as_deref(), Some("1"));
        let env = spec.env.as_ref().unwrap();
        assert_eq!(env.variables.get("NODE_VERSION").map(String::as_str), Some("18"));
        assert_eq!(env.secrets.get("TOKEN").map(String::as_str), Some("/amplify/token"));
        let frontend = spec.frontend.as_ref().unwrap();
        let phases = frontend.phases.as_ref().unwrap();
        assert_eq!(phases.pre_build.as_ref().unwrap().commands, ["npm ci"]);
        assert_eq!(phases.build.as_ref().unwrap().commands, ["npm run build", "echo multi\necho line\n"]);
        let artifacts = frontend.artifacts.as_ref().unwrap();
        assert_eq!(artifacts.base_directory.as_deref(), Some("dist"));
        assert_eq!(artifacts.files, ["**/*"]);
        assert_eq!(artifacts.discard_paths.as_deref().and_then(yes_no), Some(true));
        assert_eq!(frontend.cache.as_ref().unwrap().paths, ["node_modules/**/*"]);
        assert!(spec.backend.unwrap().phases.unwrap().build.is_some());
        assert!(spec.test.is_some());
    }

    #[test]
    fn a_monorepo_spec_keeps_each_application_with_its_root() {
        let text = "version: 1\napplications:\n  - appRoot: apps/web\n    frontend:\n      phases:\n        build:\n          commands: [make]\n  - appRoot: /apps/docs/\n    frontend:\n      buildPath: /\n";
        let spec = parse(text).unwrap();
        let apps = spec.applications.unwrap();
        assert_eq!(apps.len(), 2);
        assert_eq!(apps[0].app_root, "apps/web");
        assert_eq!(normalise_root(&apps[1].app_root), "apps/docs");
        assert_eq!(apps[1].frontend.as_ref().unwrap().build_path.as_deref(), Some("/"));
    }

    #[test]
    fn empty_sections_and_older_versions_are_accepted() {
        let spec = parse("version: 0.1\nfrontend:\n  phases:\n    build:\n      commands:\n").unwrap();
        assert!(spec.frontend.unwrap().phases.unwrap().build.unwrap().commands.is_empty());
        // Keys Amplify reads that a local build has no use for are still known.
        let text = "version: 1\nappRoot: web\nfrontend:\n  buildpath: /\n  phases:\n    build:\n      runtime-versions:\n        nodejs: 18\n      commands: [make]\n  artifacts:\n    files: ['**/*']\n    discard-paths: true\n";
        let spec = parse(text).unwrap();
        let frontend = spec.frontend.unwrap();
        assert_eq!(frontend.build_path.as_deref(), Some("/"));
        assert_eq!(frontend.artifacts.unwrap().discard_paths.as_deref().and_then(yes_no), Some(true));
    }

    #[test]
    fn mistakes_are_named_with_their_line_and_column() {
        let cases = [
            (
                "version: 1\nfrontend:\n  phases:\n    prebuild:\n      commands: [x]\n",
                "4:5: ",
                "unknown field `prebuild`",
            ),
            ("version: 1\nfrontend:\n  artifact:\n    files: ['**/*']\n", "3:3: ", "unknown field `artifact`"),
            ("version: 1\nfrontend:\n  phases:\n    build:\n      commands: x: y\n", "5:", ""),
            ("version: 1\nfrontend: [\n", "", ""),
            ("version: 2\nfrontend: {}\n", "1:1: ", "version \"2\" is not supported"),
            ("frontend: {}\n", "1:1: ", "no `version: 1`"),
            ("version: 1\n", "", "nothing to run"),
            ("# nothing\n\n", "", "is empty"),
            ("version: 1\nfrontend:\n  artifacts:\n    baseDirectory: dist\n", "3:3: ", "has no `files`"),
            (
                "version: 1\nfrontend:\n  artifacts:\n    files: ['**/*']\n    discard-paths: maybe\n",
                "5:5: ",
                "yes or no",
            ),
            ("version: 1\nfrontend:\n  artifacts:\n    files:\n      - 'a/[b'\n", "5:", "not a valid glob"),
            ("version: 1\napplications:\n  - appRoot: ../x\n", "3:5: ", "inside the repository"),
            ("version: 1\napplications:\n  - appRoot: a\n  - appRoot: a/\n", "", "given twice"),
            ("version: 1\nfrontend: {}\napplications:\n  - appRoot: a\n", "2:1: ", "beside `applications`"),
            ("version: 1\napplications: []\n", "2:1: ", "is empty"),
        ];
        for (text, place, problem) in cases {
            let e = parse(text).unwrap_err();
            let shown = e.to_string();
            assert!(shown.starts_with(place), "{text:?}: {shown}");
            assert!(shown.contains(problem), "{text:?}: {shown}");
            assert!(!shown.contains(" at line "), "the place is said once: {shown}");
        }
        // Syntax errors carry the parser's place.
        assert!(parse("version: 1\nfrontend: [\n").unwrap_err().line.is_some());
    }

    #[test]
    fn globs_follow_amplifys_rules() {
        let all = glob("**/*").unwrap().compile_matcher();
        assert!(all.is_match("index.html") && all.is_match("a/b/c.js"));
        let top = glob("*.html").unwrap().compile_matcher();
        assert!(top.is_match("index.html") && !top.is_match("docs/index.html"));
        assert!(glob("./assets/**").unwrap().compile_matcher().is_match("assets/x/y.png"));
        assert_eq!(yes_no("Yes"), Some(true));
        assert_eq!(yes_no("false"), Some(false));
        assert_eq!(yes_no("sometimes"), None);
    }
}
