//! `amphost.toml` end to end: `init` and `link` write it, `deploy`, `status` and `open` read
//! it (the real binary, run in a project folder, against the emulator process).

mod common;
use common::{Emulator, Run};
use serde_json::Value;
use std::path::Path;

/// amphost run in `dir`, as a user in their project folder.
fn in_dir(emu: &Emulator, dir: &Path) -> Run {
    let mut run = emu.amphost();
    run.cmd.current_dir(dir);
    run
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn read(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("amphost.toml")).unwrap()
}

/// A project folder tied to app `linked` (branch main, folder dist, then `extra` keys), deployed
/// once with `--create`.
fn linked_project(emu: &Emulator, extra: &str) -> tempfile::TempDir {
    let work = tempfile::tempdir().unwrap();
    deploy_project(emu, work.path(), extra);
    work
}

/// Writes the project of [`linked_project`] into `dir`, and deploys it with `--create`.
fn deploy_project(emu: &Emulator, dir: &Path, extra: &str) -> common::Output {
    write(dir, "dist/index.html", "<h1>linked</h1>");
    write(dir, "amphost.toml", &format!("app = \"linked\"\nbranch = \"main\"\nfolder = \"dist\"\n{extra}"));
    in_dir(emu, dir).run(&["deploy", "--create"]).ok()
}

/// Creates an app and returns its ID.
fn create_app(emu: &Emulator, name: &str) -> String {
    let out = emu.amphost().json(&["app", "create", name, "--allow-duplicate"]);
    out["app"]["appId"].as_str().unwrap().to_string()
}

#[test]
fn init_without_a_terminal_takes_flags_writes_a_file_that_reads_back_and_keeps_an_existing_one() {
    let emu = Emulator::start();
    let id = create_app(&emu, "my-site");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "public/index.html", "p");
    write(dir.path(), "build/index.html", "b");

    // Nothing to go on: refused, naming the flags, before any request; no file.
    let before = emu.request_count();
    let out = in_dir(&emu, dir.path()).run(&["init"]);
    out.fails_with(2, "--app APP or --create-app NAME");
    assert!(!dir.path().join("amphost.toml").exists());
    let out = in_dir(&emu, dir.path()).run(&["init", "--app", "my-site", "--branch", ""]);
    out.fails_with(2, "--branch");
    let out = in_dir(&emu, dir.path()).run(&["init", "--create-app", ""]);
    out.fails_with(2, "--create-app");
    // A file that cannot be written: refused before the app is created (it would be left behind).
    let out = in_dir(&emu, dir.path()).run(&["init", "--create-app", "orphan", "--config", "nodir/amphost.toml"]);
    out.fails_with(2, "the folder nodir does not exist");
    assert_eq!(emu.request_count(), before, "bad input reached the service");

    // The app by name; the branch defaults to main, the folder to the first build folder.
    let result = in_dir(&emu, dir.path()).json(&["init", "--app", "my-site"]);
    assert_eq!(result["app"]["appId"], id.as_str());
    assert_eq!(result["createdApp"], false);
    let text = read(dir.path());
    let file = amphost::project::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(file.app.as_deref(), Some(id.as_str()));
    assert_eq!(file.branch.as_deref(), Some("main"));
    assert_eq!(file.folder.as_deref(), Some("build"), "build comes before public");
    assert_eq!(file.branches["main"].stage.as_deref(), Some("PRODUCTION"));
    assert!(text.contains("# my-site") && text.contains("# [branches.\"pr-*\"]"), "{text}");

    // There is one now: refused before any request, the file untouched.
    let before = emu.request_count();
    in_dir(&emu, dir.path()).run(&["init", "--app", "my-site"]).fails_with(2, "already exists");
    assert_eq!(emu.request_count(), before);
    assert_eq!(read(dir.path()), text);

    // --force replaces it; as a table, the file is printed.
    let out = in_dir(&emu, dir.path())
        .run(&["-o", "table", "init", "--app", &id, "--branch", "prod", "--folder", "public", "--force"])
        .ok();
    let text = read(dir.path());
    assert_eq!(out.stdout, text);
    let file = amphost::project::parse(&text).unwrap();
    assert_eq!((file.branch.as_deref(), file.folder.as_deref()), (Some("prod"), Some("public")));

    // --create-app makes the app, once every value is known.
    let other = tempfile::tempdir().unwrap();
    let result = in_dir(&emu, other.path()).json(&["init", "--create-app", "brand-new"]);
    assert_eq!(result["createdApp"], true);
    let new_id = result["app"]["appId"].as_str().unwrap();
    let file = amphost::project::parse(&read(other.path())).unwrap();
    assert_eq!(file.app.as_deref(), Some(new_id));
    assert_eq!(file.folder.as_deref(), Some("."), "no build folder: this one");
    // A second app of that name would make the name ambiguous: refused without a terminal.
    let third = tempfile::tempdir().unwrap();
    in_dir(&emu, third.path()).run(&["init", "--create-app", "brand-new"]).fails_with(2, "already exists");
    assert!(!third.path().join("amphost.toml").exists());
}

/// Rules and headers are never written over a project file: a project that names itself as
/// its rules file is refused where the key is, and `--file amphost.toml` too (a pull replaced
/// the settings with rules).
#[test]
fn rules_and_headers_are_never_written_over_the_project_file() {
    let emu = Emulator::start();
    let dir = linked_project(&emu, "");
    let settings = read(dir.path());
    for args in
        [["rules", "pull", "--file", "amphost.toml", "--yes"], ["headers", "pull", "--file", "./amphost.toml", "--yes"]]
    {
        in_dir(&emu, dir.path()).run(&args).fails_with(2, "is a project file: writing there would lose its settings");
        assert_eq!(read(dir.path()), settings);
    }
    let naming_itself = format!("{settings}rules = \"./amphost.toml\"\n");
    write(dir.path(), "amphost.toml", &naming_itself);
    in_dir(&emu, dir.path())
        .run(&["rules", "pull", "--yes"])
        .fails_with(2, "amphost.toml:4:1: `rules` names this file itself");
    assert_eq!(read(dir.path()), naming_itself);
}

/// `link` writes a project file that is a link through it (the shared file changes, the link
/// stays) and keeps the file's mode (an owner-only file stayed no longer so).
#[cfg(unix)]
#[test]
fn link_writes_through_a_linked_project_file_and_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let emu = Emulator::start();
    let id = create_app(&emu, "other");
    let work = tempfile::tempdir().unwrap();
    write(work.path(), "shared/amphost.toml", "app = \"first\"\n");
    let shared = work.path().join("shared/amphost.toml");
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::create_dir(work.path().join("proj")).unwrap();
    std::os::unix::fs::symlink("../shared/amphost.toml", work.path().join("proj/amphost.toml")).unwrap();

    in_dir(&emu, &work.path().join("proj")).run(&["link", "other"]).ok();
    assert!(work.path().join("proj/amphost.toml").is_symlink());
    let text = std::fs::read_to_string(&shared).unwrap();
    assert!(text.contains(&format!("app = \"{id}\"")) || text.contains("app = \"other\""), "{text}");
    assert_eq!(std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777, 0o600);
}

/// A project whose folder is `.` deploys its site, never the project file (it names the app,
/// region, profile and bucket) or `.amphost/` (builds and their caches).
#[test]
fn a_project_deploying_its_own_folder_never_publishes_amphosts_files() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "index.html", "<h1>here</h1>");
    write(dir.path(), ".amphost/cache/_root/node_modules/x.js", "cached");
    write(dir.path(), "amphost.toml", "app = \"here\"\nbranch = \"main\"\nfolder = \".\"\n");
    let out = in_dir(&emu, dir.path()).run(&["deploy", "--create", "-o", "json"]).ok().json();
    let app = out["appId"].as_str().unwrap();
    assert_eq!(emu.site_file(app, "main", "index.html").0, 200);
    assert_eq!(emu.site_file(app, "main", "amphost.toml").0, 404);
    assert_eq!(emu.site_file(app, "main", ".amphost/cache/_root/node_modules/x.js").0, 404);
}

/// `init`'s next step works as printed: `deploy --create` while the branch does not exist,
/// plain `deploy` once it does.
#[test]
fn init_names_the_deploy_that_works_next() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "index.html", "x");
    let out = in_dir(&emu, dir.path()).run(&["init", "--create-app", "next-step"]).ok();
    assert!(out.stderr.contains("Next: `amphost deploy --create`"), "{}", out.stderr);
    in_dir(&emu, dir.path()).run(&["deploy", "--create"]).ok();

    let other = tempfile::tempdir().unwrap();
    write(other.path(), "index.html", "y");
    let out = in_dir(&emu, other.path()).run(&["init", "--app", "next-step"]).ok();
    assert!(out.stderr.contains("Next: `amphost deploy` ("), "{}", out.stderr);
    in_dir(&emu, other.path()).run(&["deploy"]).ok();
}

#[test]
fn link_records_the_app_keeping_the_rest_of_the_file_and_refuses_an_unknown_app() {
    let emu = Emulator::start();
    let id = create_app(&emu, "my-site");
    let dir = tempfile::tempdir().unwrap();
    let original =
        "# Our site\nfolder = \"site\" # built by make\n\n# Previews\n[branches.\"pr-*\"]\nstage = \"PULL_REQUEST\"\n";
    write(dir.path(), "amphost.toml", original);

    let out = in_dir(&emu, dir.path()).run(&["link", "nope"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("no app is named \"nope\""), "{}", out.stderr);
    assert_eq!(read(dir.path()), original, "a refused link leaves the file as it was");

    let result = in_dir(&emu, dir.path()).json(&["link", "my-site"]);
    assert_eq!(result["app"]["appId"], id.as_str());
    let text = read(dir.path());
    for kept in ["# Our site", "folder = \"site\" # built by make", "# Previews", "[branches.\"pr-*\"]"] {
        assert!(text.contains(kept), "lost {kept:?}:\n{text}");
    }
    assert!(text.contains(&format!("app = \"{id}\" # my-site")), "{text}");
    let file = amphost::project::parse(&text).unwrap();
    assert_eq!(file.app.as_deref(), Some(id.as_str()));

    // Again, by ID: the line is replaced, not added.
    in_dir(&emu, dir.path()).run(&["link", "--app", &id]).ok();
    assert_eq!(read(dir.path()).matches("app =").count(), 1);

    // No file: one is made.
    let empty = tempfile::tempdir().unwrap();
    in_dir(&emu, empty.path()).run(&["link", "my-site"]).ok();
    assert_eq!(amphost::project::parse(&read(empty.path())).unwrap().app.as_deref(), Some(id.as_str()));

    // A folder that is not there: refused before anything is sent.
    let before = emu.request_count();
    let out = in_dir(&emu, empty.path()).run(&["link", "my-site", "--config", "nodir/amphost.toml"]);
    out.fails_with(2, "the folder nodir does not exist");
    assert_eq!(emu.request_count(), before);
    // An app name with a line break cannot forge a line of the message.
    emu.amphost().run(&["app", "update", &id, "--name", "my\nfolder = \"/etc\""]).ok();
    let out = in_dir(&emu, empty.path()).run(&["link", "--app", &id]).ok();
    assert!(out.stderr.contains("app my\\nfolder"), "{}", out.stderr);
    assert!(!out.stderr.contains("\nfolder = "), "{}", out.stderr);
}

const PROJECT: &str = r#"
app = "web"
branch = "main"
folder = "public"

[branches."pr-*"]
folder = "preview"
stage = "PULL_REQUEST"
env = { API_URL = "https://staging.example.com" }
"#;

#[test]
fn deploy_status_and_open_use_the_project_file() {
    let emu = Emulator::start();
    let id = create_app(&emu, "web");
    emu.amphost().run(&["branch", "create", "--app", "web", "main"]).ok();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "amphost.toml", PROJECT);
    write(dir.path(), "public/index.html", "from the project's folder");
    write(dir.path(), "preview/index.html", "a preview");

    // No arguments: the folder, app and branch of the file.
    let result = in_dir(&emu, dir.path()).json(&["deploy"]);
    assert_eq!(result["status"], "SUCCEED");
    assert_eq!(result["appId"], id.as_str());
    let (status, body) = emu.site_file(&id, "main", "index.html");
    assert_eq!((status, body.as_slice()), (200, b"from the project's folder".as_slice()));

    // A branch matching [branches."pr-*"]: its folder, and its stage and env on creation.
    let result = in_dir(&emu, dir.path()).json(&["deploy", "--branch", "pr-42", "--create"]);
    assert_eq!(result["status"], "SUCCEED");
    let (status, body) = emu.site_file(&id, "pr-42", "index.html");
    assert_eq!((status, body.as_slice()), (200, b"a preview".as_slice()));
    let branch = emu.amphost().json(&["branch", "get", "--app", "web", "pr-42"]);
    assert_eq!(branch["branch"]["stage"], "PULL_REQUEST");
    assert_eq!(branch["branch"]["environmentVariables"]["API_URL"], "https://staging.example.com");

    // status: one object of the service's values.
    let s = in_dir(&emu, dir.path()).json(&["status"]);
    assert_eq!(s["app"]["appId"], id.as_str());
    assert_eq!(s["region"], "us-east-1");
    assert_eq!(s["productionBranch"], "main");
    let site = format!("{}/_amphost/sites/{id}/main/", emu.url);
    assert_eq!(s["productionUrl"], site.as_str());
    let branches = s["branches"].as_array().unwrap();
    assert_eq!(branches.len(), 2);
    for b in branches {
        assert!(b["branch"] == "main" || b["branch"] == "pr-42", "{b}");
        assert_eq!(b["latestJob"]["status"], "SUCCEED", "{b}");
        assert!(b["latestJob"]["startTime"].is_number(), "JSON keeps epoch seconds: {b}");
    }
    let pr = branches.iter().find(|b| b["branch"] == "pr-42").unwrap();
    assert_eq!(pr["stage"], "PULL_REQUEST");
    assert_eq!(s["domains"], Value::Array(vec![]));
    // As a table: the app's fields, then a row per branch.
    let out = in_dir(&emu, dir.path()).run(&["-o", "table", "status"]).ok();
    for shown in ["App ID", id.as_str(), site.as_str(), "BRANCH", "pr-42", "SUCCEED", "ago"] {
        assert!(out.stdout.contains(shown), "status lacks {shown:?}:\n{}", out.stdout);
    }

    // open: the URL on stdout when no browser may be used; the console page with --console.
    let out = in_dir(&emu, dir.path()).env("AMPHOST_NO_BROWSER", "1").run(&["open"]).ok();
    assert_eq!(out.stdout, format!("{site}\n"));
    let out = in_dir(&emu, dir.path()).env("AMPHOST_NO_BROWSER", "1").run(&["open", "--branch", "pr-42"]).ok();
    assert_eq!(out.stdout, format!("{}/_amphost/sites/{id}/pr-42/\n", emu.url));
    let out = in_dir(&emu, dir.path()).env("AMPHOST_NO_BROWSER", "1").run(&["open", "--console"]).ok();
    assert_eq!(out.stdout, format!("https://us-east-1.console.aws.amazon.com/amplify/apps/{id}/overview\n"));
    let out = in_dir(&emu, dir.path()).env("AMPHOST_NO_BROWSER", "1").run(&["open", "--branch", "mian"]);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("main"), "suggests the branch there is:\n{}", out.stderr);
    assert!(out.stdout.is_empty());

    // -v says which file was used.
    let out = in_dir(&emu, dir.path()).run(&["-v", "status"]).ok();
    assert!(out.stderr.contains("using the project file"), "{}", out.stderr);
}

#[test]
fn status_flags_a_branch_whose_latest_job_is_under_way() {
    let emu = Emulator::start_with(&["--job-step-duration", "30s"]);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "amphost.toml", "app = \"slow\"\nbranch = \"main\"\nfolder = \"site\"\n");
    write(dir.path(), "site/index.html", "x");
    in_dir(&emu, dir.path()).run(&["deploy", "--create", "--no-wait"]).ok();
    let out = in_dir(&emu, dir.path()).run(&["-o", "json", "status"]).ok();
    let s = out.json();
    let job = &s["branches"][0]["latestJob"];
    assert!(job["status"] == "PENDING" || job["status"] == "RUNNING", "{s}");
    assert!(out.stderr.contains("Pending: job 1 on main"), "{}", out.stderr);
    let out = in_dir(&emu, dir.path()).run(&["-o", "table", "status"]).ok();
    assert!(out.stdout.contains("in progress"), "{}", out.stdout);
}

#[test]
fn a_malformed_project_file_is_refused_with_its_place_before_any_request() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "amphost.toml", "app = \"web\"\nfolder = 3\n");
    let before = emu.request_count();
    for args in [&["status"][..], &["deploy"], &["open"], &["link", "web"], &["app", "list"]] {
        let out = in_dir(&emu, dir.path()).run(args);
        out.fails_with(2, "amphost.toml:2:10");
    }
    assert_eq!(emu.request_count(), before);
    // init is how such a file is replaced.
    in_dir(&emu, dir.path()).run(&["init", "--app", "web"]).fails_with(2, "already exists");
    assert_eq!(emu.request_count(), before);
}

/// A value from the file that the service would refuse is refused naming the file's line, not
/// a flag the user never passed.
#[test]
fn a_bad_value_from_the_project_file_is_named_by_its_place_not_by_a_flag() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "site/index.html", "hi");
    let long = "b".repeat(300);
    let before = emu.request_count();
    let from_file = |toml: &str| {
        write(dir.path(), "amphost.toml", toml);
        let mut run = in_dir(&emu, dir.path());
        run.cmd.env_remove("AWS_REGION").env_remove("AWS_DEFAULT_REGION").env_remove("AWS_PROFILE");
        run.run(&["deploy", "site"])
    };
    let out = from_file(&format!("app = \"web\"\n\nbranch = \"{long}\"\n"));
    let out = out.fails_with(2, "`branch` in ").fails_with(2, "amphost.toml:3:1").fails_with(2, "at most 255");
    assert!(!out.stderr.contains("--branch:"), "{}", out.stderr);
    let out = from_file("app = \"web\"\nbranch = \"main\"\nregion = \"us east\"\n");
    out.fails_with(2, "(from `region` in ").fails_with(2, "amphost.toml:3:1").fails_with(2, "not an AWS region name");
    let out = from_file("app = \"web\"\nbranch = \"main\"\nregion = \"us-east-1\"\nprofile = \"nope\"\n");
    out.fails_with(2, "(`profile` in ").fails_with(2, "amphost.toml:4:1");
    assert_eq!(emu.request_count(), before);
}

#[test]
fn the_app_comes_from_the_flag_then_amphost_app_then_the_file() {
    let emu = Emulator::start();
    for name in ["from-file", "from-env", "from-flag"] {
        create_app(&emu, name);
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "amphost.toml", "app = \"from-file\"\n");
    let name = |run: Run, args: &[&str]| run.json(args)["app"]["name"].as_str().unwrap().to_string();
    assert_eq!(name(in_dir(&emu, dir.path()), &["status"]), "from-file");
    assert_eq!(name(in_dir(&emu, dir.path()).env("AMPHOST_APP", "from-env"), &["status"]), "from-env");
    let flag = in_dir(&emu, dir.path()).env("AMPHOST_APP", "from-env");
    assert_eq!(name(flag, &["status", "--app", "from-flag"]), "from-flag");
    // Another file, by --config, from anywhere.
    let elsewhere = tempfile::tempdir().unwrap();
    let config = dir.path().join("amphost.toml");
    let run = in_dir(&emu, elsewhere.path());
    assert_eq!(name(run, &["--config", config.to_str().unwrap(), "status"]), "from-file");
    // No app anywhere: refused before any request.
    let before = emu.request_count();
    in_dir(&emu, elsewhere.path()).run(&["status"]).fails_with(2, "no app given");
    assert_eq!(emu.request_count(), before);
}

#[test]
fn list_and_job_verbs_take_the_app_and_branch_from_the_project() {
    let emu = Emulator::start();
    let work = linked_project(&emu, "");
    let dir = work.path();
    let jobs = in_dir(&emu, dir).json(&["job", "list"]);
    assert_eq!(jobs["jobSummaries"][0]["jobId"], "1", "{jobs}");
    let job = in_dir(&emu, dir).json(&["job", "get"]);
    assert_eq!(job["job"]["summary"]["status"], "SUCCEED", "{job}");
    let branches = in_dir(&emu, dir).json(&["branch", "list"]);
    assert_eq!(branches["branches"][0]["branchName"], "main", "{branches}");
    // The environment comes before the file; a flag before both.
    let out = in_dir(&emu, dir).env("AMPHOST_BRANCH", "other").run(&["job", "list"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("other"), "{}", out.stderr);
    in_dir(&emu, dir).env("AMPHOST_BRANCH", "other").run(&["job", "list", "--branch", "main"]).ok();
}

#[test]
fn every_verb_that_takes_an_apps_resource_defaults_to_the_projects_app() {
    let emu = Emulator::start();
    let work = linked_project(&emu, "");
    let dir = work.path();
    let run = |args: &[&str]| in_dir(&emu, dir).json(args);
    assert_eq!(run(&["branch", "get", "main"])["branch"]["branchName"], "main");
    run(&["branch", "update", "main", "--description", "from the project"]);
    run(&["branch", "create", "pr-1"]);
    let pruned = run(&["branch", "prune", "--pattern", "pr-*", "--older-than", "1d", "--dry-run"]);
    assert!(pruned.is_object(), "{pruned}");
    in_dir(&emu, dir).run(&["app", "env", "set", "GREETING=hi"]).ok();
    assert_eq!(run(&["app", "env", "list"])["environmentVariables"]["GREETING"], "hi");
    in_dir(&emu, dir).run(&["app", "env", "unset", "GREETING"]).ok();
    run(&["domain", "create", "example.com", "--sub-domain", "www=main"]);
    assert_eq!(run(&["domain", "get", "example.com"])["domainAssociation"]["domainName"], "example.com");
    in_dir(&emu, dir).run(&["tag", "add", "team=web"]).ok();
    assert_eq!(run(&["tag", "list"])["tags"]["team"], "web");
    run(&["backend-env", "create", "staging"]);
    assert_eq!(run(&["backend-env", "get", "staging"])["backendEnvironment"]["environmentName"], "staging");
    assert_eq!(run(&["backend-env", "list"])["backendEnvironments"][0]["environmentName"], "staging");
    // AMPHOST_APP does the same with no project; with neither, nothing is sent.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = in_dir(&emu, elsewhere.path()).env("AMPHOST_APP", "linked").json(&["domain", "get", "example.com"]);
    assert_eq!(out["domainAssociation"]["domainName"], "example.com");
    let before = emu.request_count();
    for args in [&["branch", "get", "main"][..], &["app", "env", "set", "A=1"], &["tag", "list"], &["domain", "list"]] {
        in_dir(&emu, elsewhere.path()).run(args).fails_with(2, "no app given: pass --app APP");
    }
    assert_eq!(emu.request_count(), before);
}

#[test]
fn a_deploy_says_when_the_projects_rules_were_never_pushed() {
    let emu = Emulator::start();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    write(dir, "rules.toml", "[[rules]]\nsource = \"/old\"\ntarget = \"/\"\nstatus = 301\n");
    let out = deploy_project(&emu, dir, "rules = \"rules.toml\"\n");
    assert!(out.stderr.contains("a deploy does not change them; `amphost rules push` does"), "{}", out.stderr);
    assert!(out.stderr.contains("1 added"), "{}", out.stderr);
    in_dir(&emu, dir).run(&["rules", "push", "--yes"]).ok();
    let out = in_dir(&emu, dir).run(&["deploy"]).ok();
    assert!(!out.stderr.contains("rules push"), "{}", out.stderr);
}

#[test]
fn an_app_the_project_file_names_that_is_gone_points_at_link() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    for app in ["d0000000000000", "gone"] {
        write(dir.path(), "amphost.toml", &format!("app = \"{app}\"\nbranch = \"main\"\n"));
        let out = in_dir(&emu, dir.path()).run(&["status"]).fails_with(1, app);
        assert!(
            out.stderr.contains("amphost.toml names it: tie the folder to another app with `amphost link APP`"),
            "{}",
            out.stderr
        );
    }
    // Named on the command line, the project file is not blamed.
    let out = in_dir(&emu, dir.path()).run(&["status", "--app", "other"]).fails_with(1, "other");
    assert!(!out.stderr.contains("amphost link"), "{}", out.stderr);
}

/// `init` records the region the app was found or made in, however it was chosen (here
/// AWS_REGION): a shell without it still reaches the app. An ID looked up in another region
/// is said to be missing *there*, with the way to reach the other one.
#[test]
fn init_records_the_region_the_app_lives_in() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "index.html", "x");
    let made = in_dir(&emu, dir.path()).env("AWS_REGION", "eu-west-1").json(&["init", "--create-app", "euapp"]);
    let id = made["app"]["appId"].as_str().unwrap().to_string();
    let file = amphost::project::parse(&read(dir.path())).unwrap();
    assert_eq!(file.region.as_deref(), Some("eu-west-1"));

    let mut without_region = in_dir(&emu, dir.path());
    without_region.cmd.env_remove("AWS_REGION");
    let status = without_region.run(&["-o", "json", "status"]).ok();
    assert!(status.stdout.contains(&id), "{}", status.stdout);
    // AWS_REGION is above the file: the app is not in us-east-1, and the message says where it looked.
    let out = in_dir(&emu, dir.path()).run(&["status"]);
    out.fails_with(1, &format!("there is no app with ID {id} in region us-east-1")).fails_with(1, "--region");
}

/// An empty folder is said at once: the rules' lint warnings came first, before the one
/// thing that matters.
#[test]
fn an_empty_folder_is_said_before_the_rules_are_linted() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "amplify-rules.json", r#"[{"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#);
    std::fs::create_dir_all(dir.path().join("dist")).unwrap();
    let out = in_dir(&emu, dir.path()).run(&["deploy", "dist", "--app", "x", "--branch", "main"]);
    let out = out.fails_with(2, "dist has no files to deploy");
    assert!(!out.stderr.contains("warning:"), "{}", out.stderr);
}
