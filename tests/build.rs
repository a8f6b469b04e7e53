//! `amphost build` end to end: build specs of plain shell commands (no network, no npm) run
//! by the real binary, their artifacts, cache and environment; failures, bad specs, a
//! monorepo app root, an interrupted build, and `deploy --build` against the emulator.

mod common;
use common::{Emulator, Run};
use std::path::{Path, PathBuf};

/// A project folder holding `files` (name, text).
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

/// amphost run in `dir`.
fn here(mut run: Run, dir: &Path) -> Run {
    run.cmd.current_dir(dir);
    run
}

fn read(path: impl AsRef<Path>) -> String {
    let path = path.as_ref();
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The files under `dir`, `/`-separated, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type().unwrap().is_dir() {
                walk(&entry.path(), &format!("{name}/"), out);
            } else {
                out.push(name);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out);
    out.sort();
    out
}

const STATIC_SITE: &str = r#"version: 1
frontend:
  phases:
    preBuild:
      commands:
        - mkdir -p site && cd site
        - export GREETING="hello from $(basename "$PWD")"
    build:
      commands:
        - mkdir -p dist/posts
        - echo "<h1>$GREETING</h1>" > dist/index.html
        - for p in one two; do echo "<p>$p</p>" > "dist/posts/$p.html"; done
        - echo notes > dist/notes.md
  artifacts:
    baseDirectory: site/dist
    files:
      - '**/*.html'
"#;

#[test]
fn a_static_site_built_by_shell_commands_is_collected_and_its_folder_printed() {
    let emu = Emulator::start();
    let dir = project(&[("amplify.yml", STATIC_SITE)]);
    let before = emu.request_count();
    let out = here(emu.amphost(), dir.path()).run(&["-o", "text", "build"]).ok();
    let folder = PathBuf::from(out.stdout.trim());
    assert!(folder.ends_with(".amphost/build/out"), "{}", out.stdout);
    assert_eq!(files_under(&folder), ["index.html", "posts/one.html", "posts/two.html"]);
    // One shell for the whole build: the preBuild's `cd` and `export` held in build.
    assert_eq!(read(folder.join("index.html")), "<h1>hello from site</h1>\n");
    assert_eq!(read(dir.path().join(".amphost/.gitignore")).lines().last(), Some("*"));
    // Without a terminal: timestamped lines per phase and command, and the output.
    assert!(out.stderr.contains("frontend preBuild $ mkdir -p site && cd site"), "{}", out.stderr);
    assert!(out.stderr.contains("frontend build SUCCEED in "), "{}", out.stderr);
    assert_eq!(emu.request_count(), before, "no app, no request");

    // JSON for scripts; a second build starts from a clean output folder.
    std::fs::write(folder.join("stale.html"), "old").unwrap();
    let json = here(emu.amphost(), dir.path()).json(&["build"]);
    assert_eq!(json["files"], 3);
    let phases: Vec<&str> = json["phases"].as_array().unwrap().iter().map(|p| p["phase"].as_str().unwrap()).collect();
    assert_eq!(phases, ["frontend preBuild", "frontend build"]);
    assert!(!folder.join("stale.html").exists(), "the output folder is emptied first");
}

#[test]
fn commands_see_the_apps_and_branchs_variables_and_amplifys_own_but_never_print_them() {
    let emu = Emulator::start();
    let app = emu.amphost().json(&[
        "app",
        "create",
        "envsite",
        "--env",
        "API_URL=https://never-shown.example",
        "--env",
        "SHARED=app",
    ]);
    let app_id = app["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", "envsite", "main", "--env", "SHARED=branch-wins"]);
    let spec = r#"version: 1
env:
  variables:
    FROM_SPEC: spec-value
frontend:
  phases:
    build:
      commands:
        - mkdir -p out
        - printf '%s\n' "$AWS_BRANCH" "$AWS_APP_ID" "$AWS_JOB_ID" "$API_URL" "$SHARED" "$FROM_SPEC" "$FROM_USER" "${AWS_COMMIT_ID:-none}" > out/env.txt
  artifacts:
    baseDirectory: out
    files: ['**/*']
"#;
    let dir = project(&[("amplify.yml", spec)]);
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(dir.path())
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    let commit = (git(&["init", "-q"]) && git(&["commit", "-q", "--allow-empty", "-m", "x"])).then(|| {
        let out =
            std::process::Command::new("git").args(["rev-parse", "HEAD"]).current_dir(dir.path()).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    });
    // Without --debug (whose traces show the API's answers): names may be said, values never.
    let run = here(emu.amphost(), dir.path()).env_remove("AMPHOST_DEBUG").env("FROM_USER", "user-value");
    let out = run.run(&["-v", "build", "--app", "envsite", "--branch", "main"]).ok();
    let got = read(dir.path().join(".amphost/build/main/env.txt"));
    let lines: Vec<&str> = got.lines().collect();
    let commit = commit.unwrap_or_else(|| "none".to_string());
    let want: [&str; 8] =
        ["main", &app_id, "local", "https://never-shown.example", "branch-wins", "spec-value", "user-value", &commit];
    assert_eq!(lines, want);
    assert!(out.stderr.contains("API_URL"), "-v names the variables: {}", out.stderr);
    for value in ["never-shown", "branch-wins", "spec-value"] {
        assert!(!out.stderr.contains(value) && !out.stdout.contains(value), "{value} printed:\n{}", out.stderr);
    }

    // --no-remote-env: no request, no app variables.
    let before = emu.request_count();
    here(emu.amphost(), dir.path()).run(&["build", "--app", "envsite", "--branch", "main", "--no-remote-env"]).ok();
    assert_eq!(emu.request_count(), before);
    let got = read(dir.path().join(".amphost/build/main/env.txt"));
    assert_eq!(got.lines().nth(3), Some(""), "API_URL is not set: {got}");
    assert_eq!(got.lines().nth(1), Some(""), "no AWS_APP_ID without the app: {got}");
}

#[test]
fn the_first_failing_command_stops_the_build_with_exit_3_and_the_end_of_its_output() {
    let emu = Emulator::start();
    let spec = r#"version: 1
frontend:
  phases:
    build:
      commands:
        - echo step one
        - echo "disk $((6 * 7)) is full" >&2; exit 7
        - echo "after the failure"
    postBuild:
      commands:
        - echo "post build ran"
  artifacts:
    baseDirectory: .
    files: ['**/*']
"#;
    let dir = project(&[("amplify.yml", spec)]);
    let out = here(emu.amphost(), dir.path()).run(&["build"]);
    let out = out.fails_with(3, "the build failed in frontend build").fails_with(3, "exit status 7");
    let (_, tail) = out.stderr.split_once("--- last lines of its output ---").expect("the tail is shown");
    assert!(tail.contains("disk 42 is full"), "{}", out.stderr);
    assert!(!out.stderr.contains("after the failure") && !out.stderr.contains("post build ran"), "{}", out.stderr);
    // JSON (the default off a terminal): a failed build is an object too (stdout held nothing).
    let failed: serde_json::Value = serde_json::from_str(&out.stdout).expect("a JSON object");
    assert_eq!(failed["status"], "FAILED", "{failed}");
    assert!(failed["error"].as_str().unwrap().contains("the build failed in frontend build"), "{failed}");
    let text = here(emu.amphost(), dir.path()).run(&["-o", "text", "build"]).fails_with(3, "exit status 7");
    assert!(text.stdout.is_empty(), "{}", text.stdout);
    assert!(!dir.path().join(".amphost/build").exists(), "nothing is collected from a failed build");
    // -q hides the progress, not the failure.
    let quiet = here(emu.amphost(), dir.path()).run(&["-q", "build"]).fails_with(3, "disk 42 is full");
    assert!(!quiet.stderr.contains("step one"), "{}", quiet.stderr);

    // The command and its output are quoted as they are: a command that mentions amphost is
    // not rewritten as amphost's own suggestions are (with the flags given).
    let spec = "version: 1\nfrontend:\n  phases:\n    build:\n      commands:\n        - echo '`amphost deploy` next'; exit 3\n";
    let dir = project(&[("amplify.yml", spec)]);
    let out = here(emu.amphost(), dir.path()).run(&["--region", "us-west-2", "build"]).fails_with(3, "exit status 3");
    assert!(out.stderr.contains("`amphost deploy` next") && !out.stderr.contains("amphost --region"), "{}", out.stderr);
}

#[test]
fn a_spec_that_is_not_valid_yaml_or_has_unknown_keys_is_refused_with_its_place() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "specs"]);
    let before = emu.request_count();
    let cases: &[(&str, &str, &str)] = &[
        (
            "version: 1\nfrontend:\n  phases:\n    prebuild:\n      commands: [x]\n",
            "amplify.yml:4:5: ",
            "unknown field `prebuild`",
        ),
        (
            "version: 1\nfrontend:\n  artifacts:\n    files: ['**/*']\n    discardPaths: yes\n",
            "amplify.yml:5:5: ",
            "unknown field `discardPaths`",
        ),
        ("version: 1\nfrontend:\n  phases: [\n", "amplify.yml:", ""),
        ("version: 2\nfrontend: {}\n", "amplify.yml:1:1: ", "not supported"),
    ];
    let located = regex::Regex::new(r"amplify\.yml:\d+:\d+: ").unwrap();
    for &(text, place, problem) in cases {
        let dir = project(&[("amplify.yml", text)]);
        let out = here(emu.amphost(), dir.path()).run(&["build", "--app", "specs", "--branch", "main"]);
        let out = out.fails_with(2, place).fails_with(2, problem);
        assert!(located.is_match(&out.stderr), "{text:?}: no file:line:col in\n{}", out.stderr);
        assert!(!dir.path().join(".amphost").exists(), "nothing ran");
    }
    assert_eq!(emu.request_count(), before, "a bad spec costs no request");
    let dir = project(&[]);
    here(emu.amphost(), dir.path()).run(&["build"]).fails_with(2, "cannot read the build spec amplify.yml");
    here(emu.amphost(), dir.path()).run(&["build", "--spec", "ci.yml"]).fails_with(2, "ci.yml");
}

const MONOREPO: &str = r#"version: 1
applications:
  - appRoot: apps/web
    frontend:
      phases:
        build:
          commands:
            - mkdir -p dist && echo "web built in $(basename "$PWD") for $AMPLIFY_MONOREPO_APP_ROOT" > dist/index.html
      artifacts:
        baseDirectory: dist
        files: ['**/*']
  - appRoot: apps/docs
    frontend:
      phases:
        build:
          commands:
            - mkdir -p out && echo docs > out/index.html
      artifacts:
        baseDirectory: out
        files: ['**/*']
"#;

#[test]
fn a_monorepo_spec_builds_the_application_its_app_root_names() {
    let emu = Emulator::start();
    let dir = project(&[("amplify.yml", MONOREPO), ("apps/web/package.json", "{}"), ("apps/docs/README", "docs")]);
    here(emu.amphost(), dir.path()).run(&["build"]).fails_with(2, "2 applications (apps/web, apps/docs)");
    here(emu.amphost(), dir.path()).run(&["build", "--app-root", "apps/blog"]).fails_with(2, "apps/blog");
    let out = here(emu.amphost(), dir.path()).run(&["-o", "text", "build", "--app-root", "apps/web"]).ok();
    let folder = PathBuf::from(out.stdout.trim());
    assert_eq!(read(folder.join("index.html")), "web built in web for apps/web\n");
    assert!(!dir.path().join("apps/docs/out").exists(), "only the application asked for ran");
    // AMPLIFY_MONOREPO_APP_ROOT picks one too, as in Amplify.
    let out = here(emu.amphost(), dir.path())
        .env("AMPLIFY_MONOREPO_APP_ROOT", "apps/docs")
        .run(&["-o", "text", "build"])
        .ok();
    assert_eq!(read(PathBuf::from(out.stdout.trim()).join("index.html")), "docs\n");
}

#[test]
fn discard_paths_puts_every_selected_file_at_the_top() {
    let emu = Emulator::start();
    let spec = r#"version: 1
frontend:
  phases:
    build:
      commands:
        - mkdir -p build/static/js build/static/css build/unused
        - echo js > build/static/js/app.js
        - echo css > build/static/css/app.css
        - echo '<h1>x</h1>' > build/index.html
        - echo no > build/unused/skip.txt
  artifacts:
    baseDirectory: build
    files:
      - 'static/**/*'
      - index.html
    discard-paths: yes
"#;
    let dir = project(&[("amplify.yml", spec)]);
    let out = here(emu.amphost(), dir.path()).run(&["-o", "text", "build"]).ok();
    let folder = PathBuf::from(out.stdout.trim());
    assert_eq!(files_under(&folder), ["app.css", "app.js", "index.html"]);
    assert_eq!(read(folder.join("app.js")), "js\n");
}

/// A baseDirectory a build command made a link out of the repository is refused (exit 3):
/// its files would be published (the spec's path was checked, not where it led).
#[test]
fn a_base_directory_linked_out_of_the_repository_is_refused() {
    let emu = Emulator::start();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("id_rsa"), "key").unwrap();
    let spec = format!(
        "version: 1\nfrontend:\n  phases:\n    build:\n      commands:\n        - ln -sfn {} dist\n  artifacts:\n    baseDirectory: dist\n    files:\n      - '**/*'\n",
        outside.path().display()
    );
    let dir = project(&[("amplify.yml", &spec)]);
    here(emu.amphost(), dir.path()).run(&["build"]).fails_with(3, "outside the repository");
    assert!(!dir.path().join(".amphost/build/out/id_rsa").exists());
}

/// A folder linked out of baseDirectory (a `.venv/bin -> /usr/bin` beside `baseDirectory: .`)
/// fails the build only when a glob reaches into it: `*.html` does not, `**/*` does. Before,
/// any such link failed every build of the folder.
#[cfg(unix)]
#[test]
fn a_folder_linked_out_fails_the_build_only_when_its_files_would_be_selected() {
    let emu = Emulator::start();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.html"), "not the site's").unwrap();
    let spec = |glob: &str| {
        format!("version: 1\nfrontend:\n  phases:\n    build:\n      commands: ['true']\n  artifacts:\n    baseDirectory: .\n    files: ['{glob}']\n")
    };
    let dir = project(&[("index.html", "hi"), ("amplify.yml", &spec("*.html"))]);
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("sub/outlink")).unwrap();
    let out = here(emu.amphost(), dir.path()).run(&["-o", "json", "build"]).ok().json();
    let folder = PathBuf::from(out["artifacts"].as_str().unwrap());
    assert_eq!(files_under(&folder), ["index.html"]);

    std::fs::write(dir.path().join("amplify.yml"), spec("**/*.html")).unwrap();
    here(emu.amphost(), dir.path()).run(&["build"]).fails_with(3, "sub/outlink/ is a symlink to");
}

/// Two builds of one project at once would empty and fill the same output and cache under
/// each other: the second is refused while the first runs, which ends well.
#[test]
fn a_second_build_of_the_project_is_refused_while_one_runs() {
    let emu = Emulator::start();
    let spec = "version: 1\nfrontend:\n  phases:\n    build:\n      commands:\n        - mkdir -p dist && echo hi > dist/index.html\n        - touch started && sleep 3\n  artifacts:\n    baseDirectory: dist\n    files:\n      - '**/*'\n";
    let dir = project(&[("amplify.yml", spec)]);
    let mut first = here(emu.amphost(), dir.path());
    let mut running =
        first.cmd.arg("build").stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
    let started = dir.path().join("started");
    for _ in 0..100 {
        if started.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(started.exists(), "the first build did not start");
    let refused =
        here(emu.amphost(), dir.path()).run(&["build"]).fails_with(1, "another build of this project is running");
    assert!(!refused.stderr.contains("Running amplify.yml"), "a refused build announced itself:\n{}", refused.stderr);
    assert!(running.wait().unwrap().success());
    assert_eq!(read(dir.path().join(".amphost/build/out/index.html")), "hi\n");
}

#[test]
fn cache_paths_are_kept_between_local_builds() {
    let emu = Emulator::start();
    let spec = r#"version: 1
frontend:
  phases:
    preBuild:
      commands:
        - if [ -f deps/lib.txt ]; then echo "deps came from the cache"; else mkdir -p deps && echo "lib $RANDOM$RANDOM" > deps/lib.txt && echo "deps installed"; fi
    build:
      commands:
        - mkdir -p dist && cp deps/lib.txt dist/index.html
  artifacts:
    baseDirectory: dist
    files: ['**/*']
  cache:
    paths:
      - deps/**/*
"#;
    let dir = project(&[("amplify.yml", spec)]);
    let first = here(emu.amphost(), dir.path()).run(&["build"]).ok();
    assert!(first.stderr.contains("deps installed"), "{}", first.stderr);
    let built = read(dir.path().join(".amphost/build/out/index.html"));
    assert_eq!(read(dir.path().join(".amphost/cache/_root/deps/lib.txt")), built);
    // As on a fresh checkout: the dependencies are gone; the cache puts them back.
    std::fs::remove_dir_all(dir.path().join("deps")).unwrap();
    let second = here(emu.amphost(), dir.path()).run(&["build"]).ok();
    assert!(second.stderr.contains("deps came from the cache"), "{}", second.stderr);
    assert_eq!(read(dir.path().join(".amphost/build/out/index.html")), built);

    // A build that fails at its artifacts (its commands ran) leaves the cache as it was.
    let broken = spec
        .replace("baseDirectory: dist", "baseDirectory: nowhere")
        .replace("cp deps/lib.txt dist/index.html", "echo changed by the failed build > deps/lib.txt");
    std::fs::write(dir.path().join("amplify.yml"), broken).unwrap();
    here(emu.amphost(), dir.path()).run(&["build"]).fails_with(3, "nowhere");
    assert_eq!(read(dir.path().join(".amphost/cache/_root/deps/lib.txt")), built);
}

#[test]
fn deploy_build_runs_the_spec_and_deploys_what_it_collected() {
    let emu = Emulator::start();
    let spec = |text: &str| {
        format!(
            "version: 1\nfrontend:\n  phases:\n    build:\n      commands:\n        - mkdir -p public\n        - echo \"<h1>{text} for $AWS_BRANCH</h1>\" > public/index.html\n  artifacts:\n    baseDirectory: public\n    files: ['**/*']\n"
        )
    };
    let dir = project(&[("amplify.yml", spec("built").as_str())]);
    let result =
        here(emu.amphost(), dir.path()).json(&["deploy", "--build", "--app", "built", "--branch", "main", "--create"]);
    assert_eq!(result["status"], "SUCCEED", "{result}");
    assert_eq!(result["files"], 1);
    let app_id = result["appId"].as_str().unwrap().to_string();
    let (status, body) = emu.site_file(&app_id, "main", "index.html");
    assert_eq!((status, String::from_utf8_lossy(&body).into_owned()), (200, "<h1>built for main</h1>\n".to_string()));

    // A [build] table in amphost.toml: `amphost deploy` alone builds first.
    std::fs::write(dir.path().join("amplify.yml"), spec("rebuilt")).unwrap();
    std::fs::write(dir.path().join("amphost.toml"), format!("app = \"{app_id}\"\nbranch = \"main\"\n\n[build]\n"))
        .unwrap();
    here(emu.amphost(), dir.path()).run(&["deploy"]).ok();
    let (_, body) = emu.site_file(&app_id, "main", "index.html");
    assert_eq!(String::from_utf8_lossy(&body), "<h1>rebuilt for main</h1>\n");
    // A failing build deploys nothing.
    std::fs::write(
        dir.path().join("amplify.yml"),
        "version: 1\nfrontend:\n  phases:\n    build:\n      commands: [exit 4]\n",
    )
    .unwrap();
    here(emu.amphost(), dir.path()).run(&["deploy"]).fails_with(3, "exit status 4");
    let jobs = emu.amphost().json(&["job", "list", "--app", &app_id, "--branch", "main"]);
    assert_eq!(jobs["jobSummaries"].as_array().unwrap().len(), 2, "no third deployment");
    // --build goes with no PATH.
    here(emu.amphost(), dir.path()).run(&["deploy", "--build", "."]).fails_with(2, "cannot be used with");
    // --spec names another spec to build with; alone it is refused.
    std::fs::write(dir.path().join("ci.yml"), spec("from ci.yml")).unwrap();
    here(emu.amphost(), dir.path()).run(&["deploy", "--build", "--spec", "ci.yml"]).ok();
    let (_, body) = emu.site_file(&app_id, "main", "index.html");
    assert_eq!(String::from_utf8_lossy(&body), "<h1>from ci.yml for main</h1>\n");
    here(emu.amphost(), dir.path()).run(&["deploy", "--spec", "ci.yml"]).fails_with(2, "--build");
}

/// A build that starts a background and a foreground process, then waits.
#[cfg(target_os = "linux")]
const SLEEPERS: &str = r#"version: 1
frontend:
  phases:
    build:
      commands:
        - sleep 300 & echo $! > background.pid; sh -c 'echo $$ > foreground.pid; exec sleep 300'
        - echo "never reached"
"#;

/// A command that ignores SIGTERM, as a stuck build tool might.
const STUBBORN: &str = r#"version: 1
frontend:
  phases:
    build:
      commands:
        - sh -c 'trap "" TERM; echo $$ > stubborn.pid; while :; do sleep 0.2; done'
"#;

/// Signals to a build (Linux: what has ended is read from /proc).
#[cfg(target_os = "linux")]
mod interrupted {
    use super::*;
    use std::process::{Child, Stdio};
    use std::time::{Duration, Instant};

    /// Whether a process has ended (a zombie waiting for its parent counts as ended).
    fn gone(pid: &str) -> bool {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => true,
            Ok(stat) => stat.rsplit(')').next().is_some_and(|rest| rest.trim_start().starts_with('Z')),
        }
    }

    fn wait_for(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) {
        let started = Instant::now();
        while !ready() {
            assert!(started.elapsed() < limit, "never happened: {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn spawn_build(emu: &Emulator, dir: &Path) -> Child {
        let mut run = here(emu.amphost(), dir);
        run.cmd.args(["build"]).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
    }

    #[test]
    fn an_interrupted_build_ends_every_process_it_started() {
        let emu = Emulator::start();
        let spec = SLEEPERS;
        for (signal, code) in [("-INT", 130), ("-TERM", 143)] {
            let dir = project(&[("amplify.yml", spec)]);
            let child = spawn_build(&emu, dir.path());
            let pid_of =
                |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap_or_default().trim().to_string();
            wait_for("the build's processes start", Duration::from_secs(30), || {
                !pid_of("background.pid").is_empty() && !pid_of("foreground.pid").is_empty()
            });
            let (background, foreground) = (pid_of("background.pid"), pid_of("foreground.pid"));
            assert!(!gone(&background) && !gone(&foreground));
            let status = std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
            assert!(status.success());
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(code), "{stderr}");
            assert!(stderr.contains("the build was stopped"), "{stderr}");
            assert!(!stderr.contains("never reached"), "{stderr}");
            // Off a terminal stdout gets JSON: one object, as for a failed build.
            let result: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON object on stdout");
            assert_eq!(result["status"], "INTERRUPTED", "{result}");
            common::assert_no_secrets(&["build"], &stderr);
            wait_for("the build's processes end", Duration::from_secs(10), || gone(&background) && gone(&foreground));
        }
    }

    /// Interrupted again while its processes are given time to end, the build ends at once
    /// and names the command that ends what is left.
    #[test]
    fn a_second_interrupt_names_what_the_build_leaves() {
        let emu = Emulator::start();
        let dir = project(&[("amplify.yml", STUBBORN)]);
        let child = spawn_build(&emu, dir.path());
        let pid = || std::fs::read_to_string(dir.path().join("stubborn.pid")).unwrap_or_default().trim().to_string();
        wait_for("the build's process starts", Duration::from_secs(30), || !pid().is_empty());
        // Whatever the test finds, the stubborn process does not outlive it.
        struct Reaped(String);
        impl Drop for Reaped {
            fn drop(&mut self) {
                let _ = std::process::Command::new("kill").args(["-KILL", &self.0]).status();
            }
        }
        let _reaped = Reaped(pid());
        for _ in 0..2 {
            assert!(std::process::Command::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status()
                .unwrap()
                .success());
            std::thread::sleep(Duration::from_millis(300));
        }
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{stderr}");
        let command = stderr.split('`').find(|s| s.starts_with("kill -KILL -- -")).expect(&stderr).to_string();
        assert!(stderr.contains("interrupted again") && !gone(&pid()), "{stderr}");
        assert!(std::process::Command::new("bash").args(["-c", &command]).status().unwrap().success());
        wait_for("the stubborn process ends", Duration::from_secs(10), || gone(&pid()));
    }
}

/// A build that prints faster than its output is read (a slow terminal or CI log reader)
/// succeeds: the shell waits for the reader. Before, the lines read ahead piled up in memory
/// and, the shell having ended first, the build was reported FAILED ("ended the shell").
#[test]
fn a_build_printing_faster_than_its_output_is_read_succeeds() {
    use std::io::BufRead;
    let emu = Emulator::start();
    let spec = "version: 1\nfrontend:\n  phases:\n    build:\n      commands:\n        - mkdir -p dist && echo hi > dist/index.html\n        - seq 1 60000\n  artifacts:\n    baseDirectory: dist\n    files:\n      - '**/*'\n";
    let dir = project(&[("amplify.yml", spec)]);
    let mut child = here(emu.amphost(), dir.path()).spawn(&["build"]);
    // About 20,000 lines a second: the 60,000 take three seconds to read.
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let (mut line, mut count, mut last) = (String::new(), 0, String::new());
    while stderr.read_line(&mut line).unwrap() > 0 {
        count += 1;
        if count % 2000 == 0 {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        last = std::mem::take(&mut line);
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "exit {status}; {count} lines, the last: {last}");
    assert!(count > 60000, "the output was cut short at {count} lines");
}

/// The build's script is given to bash whole: no file of the spec's commands is written to
/// the temporary folder, where a hard stop (a second Ctrl-C) left one behind.
#[test]
fn a_build_writes_no_script_file() {
    let emu = Emulator::start();
    let spec = "version: 1\nfrontend:\n  phases:\n    build:\n      commands:\n        - mkdir -p dist && echo hi > dist/index.html\n        - touch started && sleep 1\n  artifacts:\n    baseDirectory: dist\n    files:\n      - '**/*'\n";
    let dir = project(&[("amplify.yml", spec)]);
    let tmp = tempfile::tempdir().unwrap();
    let mut child = here(emu.amphost(), dir.path()).env("TMPDIR", tmp.path().to_str().unwrap()).spawn(&["build"]);
    let started = dir.path().join("started");
    for _ in 0..100 {
        if started.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let written: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(child.wait().unwrap().success());
    assert!(started.exists(), "the build did not start");
    assert!(written.is_empty(), "written to the temporary folder: {written:?}");
}
