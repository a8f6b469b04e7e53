//! `amplify.yml` run on this machine: the build spec parsed and checked ([`spec`]), its phases
//! run as one shell session in a process group of their own ([`run`]), and the files it
//! selects collected into a clean folder, with its cache kept between runs ([`artifacts`]).
//!
//! Nothing from the spec is evaluated by amphost: commands go to bash as written, with the
//! user's rights. No terminal here either: what happens is told through [`run::Reporter`],
//! and errors are typed for the command layer to word and give exit codes.

pub mod artifacts;
pub mod run;
pub mod spec;

use indexmap::IndexMap;
use spec::{Artifacts, BuildSpec, Env, Phases};
use std::path::{Component, Path, PathBuf};

/// One phase to run: its name as shown (`frontend build`) and its commands, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct PhasePlan {
    pub name: String,
    pub commands: Vec<String>,
}

/// The files a build produces, and how they are laid out in the output folder.
#[derive(Debug, Clone, PartialEq)]
pub struct ArtifactRules {
    /// The repository's root, which `base` must stay in once the build has run (a link may
    /// lead elsewhere).
    pub root: PathBuf,
    /// `baseDirectory`, resolved against where the commands run.
    pub base: PathBuf,
    /// Globs relative to `base`.
    pub files: Vec<String>,
    /// Every file at the top of the output, its folders dropped.
    pub discard_paths: bool,
}

/// What the build of one application does, its paths resolved against the repository's root.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The repository's root (the project's folder): app roots and build paths start here.
    pub root: PathBuf,
    /// The application's root, for a monorepo spec (given to commands as
    /// `AMPLIFY_MONOREPO_APP_ROOT`, as Amplify does).
    pub app_root: Option<String>,
    /// Where the shell starts: `frontend.buildPath`, else the app root, else the root.
    pub workdir: PathBuf,
    /// Backend phases first, then the frontend's, as Amplify runs them; empty ones left out.
    pub phases: Vec<PhasePlan>,
    pub artifacts: Option<ArtifactRules>,
    /// `cache.paths`, relative to `workdir`.
    pub cache: Vec<String>,
    /// The spec's `env.variables` (an application's over the top level's).
    pub variables: IndexMap<String, String>,
    /// The names in the spec's `env.secrets`: Parameter Store is not read by a local build.
    pub secrets: Vec<String>,
    /// The spec has test phases, which a local build does not run.
    pub has_tests: bool,
}

/// The parts of a spec one build runs: the top level, or one application of a monorepo.
struct Selected<'a> {
    app_root: Option<String>,
    envs: Vec<&'a Env>,
    backend: Option<&'a Phases>,
    frontend: Option<&'a spec::Frontend>,
    test: Option<&'a spec::Test>,
}

/// The plan of a checked spec: the application `app_root` names (needed when a monorepo spec
/// has several), under `root` (absolute). `backend: false` leaves the backend phases out.
/// Errors are messages for people (a wrong app root, a path that leaves the repository).
pub fn plan(spec: &BuildSpec, root: &Path, app_root: Option<&str>, backend: bool) -> Result<Plan, String> {
    let selected = select(spec, app_root)?;
    let frontend = selected.frontend;
    let app_dir = match &selected.app_root {
        Some(r) => root.join(r),
        None => root.to_path_buf(),
    };
    let workdir = match frontend.and_then(|f| f.build_path.as_deref()) {
        Some(p) => within(root, &root.join(p.trim().trim_start_matches('/')), "frontend.buildPath")?,
        None => app_dir,
    };
    let mut phases = Vec::new();
    if backend {
        push_phases(&mut phases, "backend", selected.backend);
    }
    push_phases(&mut phases, "frontend", frontend.and_then(|f| f.phases.as_ref()));
    let artifacts = match frontend.and_then(|f| f.artifacts.as_ref()) {
        Some(a) => Some(artifact_rules(root, &workdir, a)?),
        None => None,
    };
    let mut variables = IndexMap::new();
    let mut secrets = Vec::new();
    for env in &selected.envs {
        variables.extend(env.variables.iter().map(|(k, v)| (k.clone(), v.clone())));
        secrets.extend(env.secrets.keys().cloned());
    }
    let has_tests = selected
        .test
        .and_then(|t| t.phases.as_ref())
        .is_some_and(|p| [&p.pre_test, &p.test, &p.post_test].into_iter().flatten().any(|ph| !ph.commands.is_empty()));
    Ok(Plan {
        root: root.to_path_buf(),
        app_root: selected.app_root,
        workdir,
        phases,
        artifacts,
        cache: frontend.and_then(|f| f.cache.as_ref()).map(|c| c.paths.clone()).unwrap_or_default(),
        variables,
        secrets,
        has_tests,
    })
}

/// The top level of a one-app spec, or the application of a monorepo spec `app_root` names
/// (or its only one).
fn select<'a>(spec: &'a BuildSpec, app_root: Option<&str>) -> Result<Selected<'a>, String> {
    let Some(apps) = &spec.applications else {
        if let Some(r) = app_root {
            return Err(format!(
                "an app root ({r}) was given, but the build spec has no `applications`: it builds one app, from the root"
            ));
        }
        return Ok(Selected {
            app_root: None,
            envs: spec.env.iter().collect(),
            backend: spec.backend.as_ref().and_then(|b| b.phases.as_ref()),
            frontend: spec.frontend.as_ref(),
            test: spec.test.as_ref(),
        });
    };
    let roots: Vec<String> = apps.iter().map(|a| spec::normalise_root(&a.app_root)).collect();
    let listed = roots.join(", ");
    let index = match app_root.map(spec::normalise_root) {
        Some(wanted) => roots.iter().position(|r| *r == wanted).ok_or_else(|| {
            format!("the build spec has no application with appRoot {wanted:?}; its app roots: {listed}")
        })?,
        None if apps.len() == 1 => 0,
        None => {
            return Err(format!(
                "the build spec has {} applications ({listed}): say which one to build with --app-root \
                 (or AMPLIFY_MONOREPO_APP_ROOT)",
                apps.len()
            ))
        }
    };
    let app = &apps[index];
    Ok(Selected {
        app_root: Some(roots[index].clone()),
        envs: spec.env.iter().chain(app.env.iter()).collect(),
        backend: app.backend.as_ref().and_then(|b| b.phases.as_ref()),
        frontend: app.frontend.as_ref(),
        test: app.test.as_ref(),
    })
}

/// The phases of one section that have commands, named `SECTION PHASE`.
fn push_phases(out: &mut Vec<PhasePlan>, section: &str, phases: Option<&Phases>) {
    let Some(p) = phases else { return };
    for (name, phase) in [("preBuild", &p.pre_build), ("build", &p.build), ("postBuild", &p.post_build)] {
        let commands = phase.as_ref().map(|ph| ph.commands.clone()).unwrap_or_default();
        if !commands.is_empty() {
            out.push(PhasePlan { name: format!("{section} {name}"), commands });
        }
    }
}

fn artifact_rules(root: &Path, workdir: &Path, a: &Artifacts) -> Result<ArtifactRules, String> {
    // `baseDirectory: /` is where the commands run, as in Amplify.
    let base_dir = a.base_directory.as_deref().map(str::trim).unwrap_or("").trim_start_matches('/');
    let base = within(root, &workdir.join(base_dir), "artifacts.baseDirectory")?;
    let discard_paths = a.discard_paths.as_deref().and_then(spec::yes_no).unwrap_or(false);
    Ok(ArtifactRules { root: root.to_path_buf(), base, files: a.files.clone(), discard_paths })
}

/// `path` with its `.` and `..` resolved (without touching the disk), refused when it leaves
/// `root`: a spec names folders of its repository, never others.
fn within(root: &Path, path: &Path, what: &str) -> Result<PathBuf, String> {
    let (root, path) = (normalise(root), normalise(path));
    if path.starts_with(&root) {
        Ok(path)
    } else {
        Err(format!("{what} leads out of the repository ({}): it must stay inside {}", path.display(), root.display()))
    }
}

fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_of(text: &str, app_root: Option<&str>) -> Result<Plan, String> {
        plan(&spec::parse(text).unwrap(), Path::new("/repo"), app_root, true)
    }

    const MONOREPO: &str = "version: 1
env:
  variables:
    SHARED: top
applications:
  - appRoot: apps/web
    env:
      variables:
        SHARED: web
    frontend:
      phases:
        build:
          commands: [make web]
      artifacts:
        baseDirectory: ../../dist/web
        files: ['**/*']
        discard-paths: yes
      cache:
        paths: [node_modules/**/*]
  - appRoot: apps/docs
    backend:
      phases:
        build:
          commands: [deploy-backend]
    frontend:
      buildPath: /
      phases:
        preBuild:
          commands: [npm ci]
        build:
          commands: [npm run docs]
      artifacts:
        baseDirectory: /apps/docs/out
        files: ['**/*']
";

    #[test]
    fn a_monorepo_application_is_picked_by_its_root_and_its_paths_resolved() {
        let web = plan_of(MONOREPO, Some("apps/web/")).unwrap();
        assert_eq!(web.app_root.as_deref(), Some("apps/web"));
        assert_eq!(web.workdir, Path::new("/repo/apps/web"));
        assert_eq!(web.phases, [PhasePlan { name: "frontend build".into(), commands: vec!["make web".into()] }]);
        let artifacts = web.artifacts.unwrap();
        assert_eq!(artifacts.base, Path::new("/repo/dist/web"));
        assert!(artifacts.discard_paths);
        assert_eq!(web.cache, ["node_modules/**/*"]);
        assert_eq!(web.variables.get("SHARED").map(String::as_str), Some("web"));

        let docs = plan_of(MONOREPO, Some("apps/docs")).unwrap();
        assert_eq!(docs.workdir, Path::new("/repo"), "buildPath / runs from the root");
        let names: Vec<&str> = docs.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["backend build", "frontend preBuild", "frontend build"]);
        assert_eq!(docs.artifacts.unwrap().base, Path::new("/repo/apps/docs/out"));
        assert_eq!(docs.variables.get("SHARED").map(String::as_str), Some("top"));
        let frontend_only = plan(&spec::parse(MONOREPO).unwrap(), Path::new("/repo"), Some("apps/docs"), false);
        assert_eq!(frontend_only.unwrap().phases.len(), 2);
    }

    #[test]
    fn a_wrong_or_missing_app_root_is_refused_with_the_roots_there_are() {
        let e = plan_of(MONOREPO, None).unwrap_err();
        assert!(e.contains("2 applications (apps/web, apps/docs)") && e.contains("--app-root"), "{e}");
        let e = plan_of(MONOREPO, Some("apps/blog")).unwrap_err();
        assert!(e.contains("\"apps/blog\"") && e.contains("apps/web, apps/docs"), "{e}");
        let one = "version: 1\nfrontend:\n  phases:\n    build:\n      commands: [make]\n";
        assert!(plan_of(one, Some("apps/web")).unwrap_err().contains("no `applications`"));
        let p = plan_of(one, None).unwrap();
        assert_eq!((p.workdir.as_path(), p.app_root.as_deref()), (Path::new("/repo"), None));
    }

    #[test]
    fn paths_that_leave_the_repository_are_refused() {
        let out = "version: 1\nfrontend:\n  artifacts:\n    baseDirectory: ../elsewhere\n    files: ['**/*']\n";
        assert!(plan_of(out, None).unwrap_err().contains("artifacts.baseDirectory leads out of the repository"));
        let build_path = "version: 1\nfrontend:\n  buildPath: ../..\n";
        assert!(plan_of(build_path, None).unwrap_err().contains("frontend.buildPath"));
    }
}
