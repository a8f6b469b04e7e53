//! Shell completion offers names the service knows: app names, the branches of the app on the
//! command line (and no other app's), and job IDs. Run as the registration script runs it:
//! `COMPLETE=bash amphost -- WORDS…`, with the index of the word being completed.

mod common;
use common::Emulator;

/// The candidates bash would get for the last of `words` (the program's name first).
fn complete(emu: &Emulator, words: &[&str]) -> Vec<String> {
    complete_in(emu, emu.dir.path(), words)
}

/// [`complete`], in the folder `dir` (where a project file may be).
fn complete_in(emu: &Emulator, dir: &std::path::Path, words: &[&str]) -> Vec<String> {
    let mut args = vec!["--"];
    args.extend_from_slice(words);
    let mut run = emu.amphost();
    run.cmd.current_dir(dir);
    let out = run
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", &(words.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .env("_CLAP_IFS", "\n")
        .run(&args)
        .ok();
    assert!(!out.stderr.contains("[debug]"), "completion traces nothing:\n{}", out.stderr);
    out.stdout.lines().map(str::to_string).collect()
}

#[test]
fn apps_branches_of_the_chosen_app_and_job_ids_are_offered() {
    let emu = Emulator::start();
    for (app, branch) in [("app-one", "main-one"), ("app-two", "main-two")] {
        emu.amphost().json(&["app", "create", app]);
        emu.amphost().json(&["branch", "create", "--app", app, branch]);
    }
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "hi").unwrap();
    let deployed = emu.amphost().json(&[
        "deploy",
        site.path().to_str().unwrap(),
        "--app",
        "app-one",
        "--branch",
        "main-one",
        "--no-wait",
    ]);
    let job_id = deployed["jobId"].as_str().expect("a job ID").to_string();

    // App names: as the positional APP, and as the value of --app.
    let apps = complete(&emu, &["amphost", "app", "get", ""]);
    assert!(apps.contains(&"app-one".to_string()) && apps.contains(&"app-two".to_string()), "{apps:?}");
    let apps = complete(&emu, &["amphost", "branch", "list", "--app", "app-"]);
    assert!(apps.contains(&"app-one".to_string()) && apps.contains(&"app-two".to_string()), "{apps:?}");
    let apps = complete(&emu, &["amphost", "app", "get", "app-t"]);
    assert_eq!(apps, ["app-two"], "only what starts with the typed prefix");

    // Branches of the app given with --app, not another app's.
    let branches = complete(&emu, &["amphost", "branch", "get", "--app", "app-one", ""]);
    assert!(branches.contains(&"main-one".to_string()), "{branches:?}");
    assert!(!branches.contains(&"main-two".to_string()), "another app's branch: {branches:?}");
    let branches = complete(&emu, &["amphost", "job", "list", "--app", "app-two", "--branch", ""]);
    assert!(branches.contains(&"main-two".to_string()), "{branches:?}");
    assert!(!branches.contains(&"main-one".to_string()), "another app's branch: {branches:?}");

    // Job IDs of the branch.
    let jobs = complete(&emu, &["amphost", "job", "get", "--app", "app-one", "--branch", "main-one", ""]);
    assert!(jobs.contains(&job_id), "{jobs:?}");
    let jobs = complete(&emu, &["amphost", "job", "get", "--app", "app-two", "--branch", "main-two", ""]);
    assert!(!jobs.contains(&job_id), "another branch's job: {jobs:?}");
}

/// In a project's folder, branches and jobs are those of the project's app (and branch), as
/// the commands take them without --app; before, nothing was offered.
#[test]
fn a_projects_app_and_branch_are_completed_without_flags() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "proj"]);
    emu.amphost().json(&["branch", "create", "--app", "proj", "main"]);
    emu.amphost().json(&["branch", "create", "--app", "proj", "dev"]);
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "hi").unwrap();
    let d = site.path().to_str().unwrap();
    let deployed = emu.amphost().json(&["deploy", d, "--app", "proj", "--branch", "dev", "--no-wait"]);
    let job_id = deployed["jobId"].as_str().unwrap().to_string();
    std::fs::write(site.path().join("amphost.toml"), "app = \"proj\"\nbranch = \"dev\"\n").unwrap();
    let branches = complete_in(&emu, site.path(), &["amphost", "branch", "get", ""]);
    assert!(branches.contains(&"main".to_string()) && branches.contains(&"dev".to_string()), "{branches:?}");
    let jobs = complete_in(&emu, site.path(), &["amphost", "job", "get", ""]);
    assert!(jobs.contains(&job_id), "{jobs:?}");
}

/// A name with a space stays one word in bash, typed bare (`my\ site`) or in quotes the user
/// opened (`'my site'`): the candidate is offered as it is and the registration has readline
/// quote it as a file name. Before, `my site` went on the line as two words. Typed into a real
/// interactive bash (`tests/fixtures/bash_complete.py`); the words of the line are read as
/// bash reads them (`--app my\ site`).
#[cfg(unix)]
#[test]
fn bash_gets_names_with_spaces_as_one_word() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "my site"]);
    emu.amphost().json(&["branch", "create", "--app", "my site", "main"]);
    assert_eq!(complete(&emu, &["amphost", "app", "get", "my"]), ["my site"]);
    assert_eq!(complete(&emu, &["amphost", "branch", "get", "--app", r"my\ site", "m"]), ["main"]);
    assert_eq!(complete(&emu, &["amphost", "branch", "get", "--app", "\"my site\"", "m"]), ["main"]);

    let registration = emu.dir.path().join("amphost.bash");
    std::fs::write(&registration, emu.amphost().run(&["completions", "bash"]).ok().stdout).unwrap();
    let script = common::repo_root().join("tests/fixtures/bash_complete.py");
    for typed in ["args app get my", "args app get 'my s", "args app get \"my s", r"args app get my\ s"] {
        let mut python = std::process::Command::new("python3");
        common::isolated(&mut python, emu.dir.path());
        emu.point_at(&mut python);
        python.env("PATH", path_with_amphost()).arg(&script).arg(&registration).arg(typed);
        let shown = String::from_utf8_lossy(&python.output().unwrap().stdout).into_owned();
        assert!(shown.contains("<app><get><my site>"), "{typed:?}:\n{shown}");
    }
}

/// PATH with the folder of the amphost under test first (the registration calls it by path,
/// but bash's own lookups should not find another).
fn path_with_amphost() -> String {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_amphost")).parent().unwrap().display().to_string();
    format!("{bin}:{}", std::env::var("PATH").unwrap_or_default())
}

#[test]
fn an_unreachable_service_offers_no_names_quickly() {
    let emu = Emulator::start();
    let started = std::time::Instant::now();
    // Port 9 on loopback: nothing listens.
    let out = emu
        .amphost()
        .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "3")
        .run(&["--", "amphost", "app", "get", ""])
        .ok();
    // clap still offers the options; no name can be offered.
    let names: Vec<&str> = out.stdout.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('-')).collect();
    assert!(names.is_empty(), "{names:?}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());
}
