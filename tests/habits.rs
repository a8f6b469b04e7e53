//! Habits users bring from the AWS CLI and from scripts (issue 11): backtick literals in
//! `--query`, resuming `--max-items` in text and table output, guards against a second app of
//! a name and against basic auth with no password, errors that name what was typed, and
//! results that say what happened whatever happened. The real binary against the emulator.

mod common;
use common::Emulator;
use serde_json::{json, Value};

fn site() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("index.html"), "<h1>habits</h1>").unwrap();
    d
}

#[test]
fn backtick_literals_that_are_not_json_are_strings_as_in_the_aws_cli() {
    let emu = Emulator::start();
    for name in ["my-site", "other"] {
        emu.amphost().json(&["app", "create", name]);
    }
    let out = emu.amphost().run(&["-o", "text", "--query", "apps[?name==`my-site`].name", "app", "list"]).ok();
    assert_eq!(out.stdout, "my-site\n");
    // The JSON spelling still works.
    let out = emu.amphost().run(&["-o", "text", "--query", "apps[?name==`\"other\"`].name", "app", "list"]).ok();
    assert_eq!(out.stdout, "other\n");

    emu.amphost().json(&["branch", "create", "--app", "my-site", "main"]);
    emu.amphost().json(&["job", "start", "--app", "my-site", "--branch", "main", "--wait"]);
    emu.inject(r#"{"failNextJob": {"step": "BUILD", "reason": "boom"}}"#);
    emu.amphost().run(&["job", "start", "--app", "my-site", "--branch", "main", "--wait"]).fails_with(3, "boom");
    let failed = emu.amphost().run(&[
        "-o",
        "text",
        "--query",
        "jobSummaries[?status==`FAILED`].jobId",
        "job",
        "list",
        "--app",
        "my-site",
        "--branch",
        "main",
    ]);
    assert_eq!(failed.ok().stdout, "2\n");
}

#[test]
fn max_items_says_how_to_resume_in_text_and_table_output() {
    let emu = Emulator::start();
    for name in ["a1", "a2", "a3"] {
        emu.amphost().json(&["app", "create", name]);
    }
    let first = emu.amphost().run(&["-o", "text", "app", "list", "--max-items", "1"]).ok();
    let lines: Vec<&str> = first.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "one app and the NEXTTOKEN line:\n{}", first.stdout);
    let token = lines[1].strip_prefix("NEXTTOKEN\t").unwrap_or_else(|| panic!("no NEXTTOKEN line:\n{}", first.stdout));
    let rest = emu.amphost().run(&["-o", "text", "app", "list", "--starting-token", token]).ok();
    assert_eq!(rest.stdout.lines().count(), 2, "the two other apps:\n{}", rest.stdout);
    assert!(!rest.stdout.contains("NEXTTOKEN"), "{}", rest.stdout);
    let mut seen: Vec<String> = first.stdout.lines().take(1).chain(rest.stdout.lines()).map(str::to_string).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 3, "every app once: {seen:?}");

    let table = emu.amphost().run(&["-o", "table", "app", "list", "--max-items", "2"]).ok();
    assert!(table.stderr.contains("More results: resume with --starting-token "), "{}", table.stderr);
    assert!(!table.stdout.contains("NEXTTOKEN"), "{}", table.stdout);
    // JSON carries it in the object, as before.
    let json = emu.amphost().json(&["app", "list", "--max-items", "2"]);
    assert!(json["NextToken"].is_string(), "{json}");
}

#[test]
fn a_second_app_of_a_name_is_refused_in_scripts_unless_allowed() {
    let emu = Emulator::start();
    let first = emu.amphost().json(&["app", "create", "dup"])["app"]["appId"].as_str().unwrap().to_string();
    let before = emu.request_count();
    let out = emu.amphost().run(&["app", "create", "dup"]);
    let out = out.fails_with(2, &first).fails_with(2, "--allow-duplicate");
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert_eq!(emu.request_count() - before, 1, "one ListApps, no CreateApp");
    assert_eq!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().len(), 1);
    // --yes is not --allow-duplicate.
    emu.amphost().run(&["--yes", "app", "create", "dup"]).fails_with(2, "already exists");
    let second = emu.amphost().json(&["app", "create", "dup", "--allow-duplicate"]);
    assert_ne!(second["app"]["appId"].as_str().unwrap(), first);
    assert_eq!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().len(), 2);

    // A rename onto a taken name is the same ambiguity: refused, unless allowed.
    let other = emu.amphost().json(&["app", "create", "other"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost()
        .run(&["app", "update", &other, "--name", "dup"])
        .fails_with(2, "already exists")
        .fails_with(2, "--allow-duplicate to rename it anyway");
    assert_eq!(emu.amphost().json(&["app", "get", &other])["app"]["name"], "other");
    // Renaming an app to its own name, or to a free one, is not a duplicate.
    emu.amphost().run(&["app", "update", &other, "--name", "other", "--description", "same name"]).ok();
    emu.amphost().run(&["app", "update", &other, "--name", "free"]).ok();
    emu.amphost().run(&["app", "update", &other, "--name", "dup", "--allow-duplicate"]).ok();
    assert_eq!(emu.amphost().json(&["app", "get", &other])["app"]["name"], "dup");
}

#[test]
fn basic_auth_without_a_password_is_refused() {
    let emu = Emulator::start();
    let before = emu.request_count();
    emu.amphost().run(&["app", "create", "locked", "--enable-basic-auth"]).fails_with(2, "would lock everyone out");
    emu.amphost()
        .run(&["branch", "create", "--app", "locked", "main", "--enable-basic-auth"])
        .fails_with(2, "would lock everyone out");
    assert_eq!(emu.request_count(), before, "nothing was sent");

    let id = emu.amphost().json(&["app", "create", "open"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().run(&["app", "update", &id, "--enable-basic-auth"]).fails_with(2, "has no basic-auth credentials");
    assert_eq!(emu.amphost().json(&["app", "get", &id])["app"]["enableBasicAuth"], false);
    emu.amphost().json(&["app", "update", &id, "--basic-auth", "admin:hunter2secret", "--enable-basic-auth=false"]);
    // Credentials are there now: turning it on is fine.
    let on = emu.amphost().json(&["app", "update", &id, "--enable-basic-auth"]);
    assert_eq!(on["app"]["enableBasicAuth"], true);

    emu.amphost().json(&["branch", "create", "--app", &id, "main"]);
    emu.amphost()
        .run(&["branch", "update", "--app", &id, "main", "--enable-basic-auth"])
        .fails_with(2, "has no basic-auth credentials");
    // With credentials given, it goes through.
    let args = ["branch", "update", "--app", &id, "main", "--enable-basic-auth", "--basic-auth", "admin:hunter2secret"];
    assert_eq!(emu.amphost().json(&args)["branch"]["enableBasicAuth"], true);
}

#[test]
fn errors_suggest_what_was_meant() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "web"]);
    emu.amphost().json(&["branch", "create", "--app", "web", "main"]);
    emu.amphost().run(&["branch", "get", "--app", "web", "mian"]).fails_with(1, "did you mean branch `main`?");
    emu.amphost().run(&["job", "list", "--app", "web", "--branch", "mainn"]).fails_with(1, "`main`");
    for args in [
        &["tag", "list", "--app", "web", "--branch", "mian"][..],
        &["branch", "env", "list", "--app", "web", "--branch", "mian"],
        &["branch", "env", "set", "--app", "web", "--branch", "mian", "A=1"],
    ] {
        emu.amphost().run(args).fails_with(1, "did you mean branch `main`?");
    }
    emu.amphost()
        .run(&["domain", "create", "--app", "web", "example.org", "--sub-domain", "www=mian"])
        .fails_with(1, "the app has no branch `mian` (did you mean `main`?)");
    // With JSON, no table of records follows: the status does not announce one.
    let made = emu.amphost().run(&[
        "-o",
        "json",
        "domain",
        "create",
        "--app",
        "web",
        "example.org",
        "--sub-domain",
        "www=main",
    ]);
    let made = made.ok();
    assert!(
        made.stderr.contains("Associated example.org") && !made.stderr.contains("create these DNS records"),
        "{}",
        made.stderr
    );
    emu.amphost().run(&["app", "get", "wbe"]).fails_with(1, "did you mean `web`?");
    // Nothing close: no guess, and the list command with the app filled in.
    let out = emu.amphost().run(&["branch", "get", "--app", "web", "production"]);
    let out = out.fails_with(1, "NotFoundException");
    assert!(!out.stderr.contains("did you mean") && !out.stderr.contains("--app APP"), "{}", out.stderr);
    assert!(out.stderr.contains("list branches with `amphost branch list --app d"), "{}", out.stderr);
    // An app that is not there, behind a branch's operation: the hint is about apps.
    let out = emu.amphost().run(&["branch", "get", "--app", "d0000000000000", "main"]).fails_with(1, "not found");
    assert!(out.stderr.contains("list apps with `amphost app list`"), "{}", out.stderr);
    // A name to paste is quoted for the shell.
    emu.amphost().json(&["app", "create", "My Site"]);
    emu.amphost().run(&["app", "get", "My Sitr"]).fails_with(1, "did you mean `'My Site'`?");

    let out = emu.amphost().run(&["logs"]).fails_with(2, "`amphost job logs`");
    assert!(out.stdout.is_empty());
    emu.amphost().run(&["app", "watch"]).fails_with(2, "`amphost job watch`");
    // The AWS CLI's operation names, and other words for a command's verbs.
    emu.amphost().run(&["list-apps"]).fails_with(2, "amphost's is `amphost app list`");
    emu.amphost().run(&["amplify", "get-job"]).fails_with(2, "amphost's is `amphost job get`");
    emu.amphost().run(&["app", "env", "add", "A=1"]).fails_with(2, "did you mean `amphost app env set`?");
    emu.amphost().run(&["tag", "create"]).fails_with(2, "did you mean `amphost tag add`?");

    // Enum values in any case, sent in the model's spelling.
    let b = emu.amphost().json(&["branch", "create", "--app", "web", "prod", "--stage", "production"]);
    assert_eq!(b["branch"]["stage"], "PRODUCTION");
    let a = emu.amphost().json(&["app", "create", "lower", "--platform", "web"]);
    assert_eq!(a["app"]["platform"], "WEB");
    emu.amphost().json(&["job", "start", "--app", "web", "--branch", "main", "--wait"]);
    let logs = emu.amphost().run(&["job", "logs", "--app", "web", "--branch", "main", "--step", "build"]).ok();
    assert!(logs.stdout.contains("Step BUILD succeeded"), "{}", logs.stdout);
}

#[test]
fn deploy_prints_its_object_on_failure_and_timeout() {
    let emu = Emulator::start();
    let dir = site();
    let path = dir.path().to_str().unwrap();
    emu.inject(r#"{"failNextJob": {"step": "DEPLOY", "reason": "boom"}}"#);
    let out = emu.amphost().run(&["-o", "json", "deploy", path, "--app", "f", "--branch", "main", "--create"]);
    let out = out.fails_with(3, "boom");
    let result = out.json();
    assert_eq!(result["status"], "FAILED");
    assert_eq!(result["failedStep"], "DEPLOY");
    assert_eq!(result["reason"], "boom");
    assert!(result["jobId"].is_string() && result["url"].is_string(), "{result}");

    let ok = emu.amphost().json(&["deploy", path, "--app", "f", "--branch", "main"]);
    assert_eq!(ok["status"], "SUCCEED");
    assert!(ok.get("failedStep").is_none() && ok.get("reason").is_none(), "{ok}");

    let slow = Emulator::start_with(&["--job-step-duration", "30s"]);
    let args = ["-o", "json", "deploy", path, "--app", "t", "--branch", "main", "--create", "--timeout", "1s"];
    let out = slow.amphost().run(&args);
    let out = out.fails_with(5, "gave up waiting after 1s");
    let result: Value = out.json();
    assert_eq!(result["jobId"], "1");
    assert!(["PENDING", "PROVISIONING", "RUNNING"].contains(&result["status"].as_str().unwrap()), "{result}");
    // A step under way has no duration yet (the emulator, as the API, gives it an endTime).
    for step in result["steps"].as_array().unwrap() {
        assert!(step["status"] == "SUCCEED" || step["seconds"].is_null(), "{result}");
    }
}

#[test]
fn removing_what_is_not_there_warns_and_removes_the_rest() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "t", "--tag", "a=1", "--tag", "b=2", "--env", "A=1", "--env", "B=2"]);

    let out = emu.amphost().run(&["tag", "remove", "--app", "t", "a", "nope"]).ok();
    assert!(out.stderr.contains("no tag nope"), "{}", out.stderr);
    assert!(out.stderr.contains("Removed 1 tag(s)"), "{}", out.stderr);
    assert_eq!(emu.amphost().json(&["tag", "list", "--app", "t"])["tags"], json!({"b": "2"}));
    let out = emu.amphost().run(&["tag", "remove", "--app", "t", "nope"]).ok();
    assert!(out.stderr.contains("Nothing to remove"), "{}", out.stderr);
    assert_eq!(emu.amphost().json(&["tag", "list", "--app", "t"])["tags"], json!({"b": "2"}));

    let out = emu.amphost().run(&["-o", "json", "app", "env", "unset", "--app", "t", "A", "NOPE"]).ok();
    assert!(out.stderr.contains("not set: NOPE"), "{}", out.stderr);
    assert_eq!(out.json()["environmentVariables"], json!({"B": "2"}));
    let out = emu.amphost().run(&["-o", "json", "app", "env", "unset", "--app", "t", "NOPE"]).ok();
    assert!(out.stderr.contains("Nothing to unset"), "{}", out.stderr);
    assert_eq!(out.json()["environmentVariables"], json!({"B": "2"}));
}

/// `amphost ARGS` on a terminal (a pty, from Python's `pty` module), typing `keys` once it
/// asks (a `?` is drawn): its exit code and everything it drew, escapes included.
fn on_a_terminal(run: common::Run, args: &[&str], keys: &str) -> (i32, String) {
    const DRIVE: &str = r#"
import os, pty, select, sys, time
keys, argv = sys.argv[1].encode(), sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(argv[0], argv)
out, sent, deadline = b"", False, time.time() + 30
while time.time() < deadline:
    if select.select([fd], [], [], 0.1)[0]:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        out += data
    if not sent and b"?" in out:
        time.sleep(0.3)
        os.write(fd, keys)
        sent = True
for _ in range(50):  # it ends on its own within 5 s, else it still waits for an answer: a hang
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
    time.sleep(0.1)
else:
    os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
"#;
    let mut python = std::process::Command::new("python3");
    python.env_clear();
    for (key, value) in run.cmd.get_envs() {
        if let Some(value) = value {
            python.env(key, value);
        }
    }
    let out = python.args(["-c", DRIVE, keys, common::BIN]).args(args).output().unwrap();
    let drawn = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.code().unwrap_or(-1), drawn + &String::from_utf8_lossy(&out.stderr))
}

#[test]
fn a_prompt_answered_q_is_a_no_and_the_cursor_is_shown_again() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "keep"]);
    let (code, drawn) = on_a_terminal(emu.amphost(), &["app", "delete", "keep"], "q");
    assert_eq!(code, 2, "{drawn:?}");
    assert!(drawn.contains("cancelled; nothing was changed"), "{drawn:?}");
    let (hidden, shown) = (drawn.rfind("\x1b[?25l"), drawn.rfind("\x1b[?25h"));
    assert!(hidden.is_some(), "the prompt hides the cursor: {drawn:?}");
    assert!(shown > hidden, "the cursor is left hidden: {drawn:?}");
    assert_eq!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().len(), 1);
    // Ctrl-C at the question: interrupted (130), said plainly (it read "IO error: read interrupted").
    let (code, drawn) = on_a_terminal(emu.amphost(), &["app", "delete", "keep"], "\x03");
    assert_eq!(code, 130, "{drawn:?}");
    assert!(drawn.contains("interrupted at the question; nothing was changed"), "{drawn:?}");
    assert_eq!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().len(), 1);
}

#[test]
fn an_auto_branch_creation_config_update_names_the_fields_it_would_drop() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "auto"]);
    let full = r#"{"stage":"BETA","environmentVariables":{"A":"1"},"enableAutoBuild":true,"framework":"React"}"#;
    emu.amphost().run(&["app", "update", "auto", "--auto-branch-creation-config", full]).ok();
    let config = || emu.amphost().json(&["app", "get", "auto"])["app"]["autoBranchCreationConfig"].clone();
    let before = config();
    // The shorthand reads like an edit of one field; the API takes it as the whole config.
    emu.amphost()
        .run(&["app", "update", "auto", "--auto-branch-creation-config", "stage=PRODUCTION"])
        .fails_with(2, "environmentVariables, enableAutoBuild, framework would be removed")
        .fails_with(2, "--yes");
    assert_eq!(config(), before);
    // The whole config with a field changed drops nothing: no question.
    let changed = full.replace("BETA", "PRODUCTION");
    emu.amphost().run(&["app", "update", "auto", "--auto-branch-creation-config", &changed]).ok();
    assert_eq!(config()["stage"], "PRODUCTION");
    emu.amphost().run(&["--yes", "app", "update", "auto", "--auto-branch-creation-config", "stage=BETA"]).ok();
    assert_eq!(config(), json!({"stage": "BETA"}));
}

/// `--environment-variables` replaces the whole map (as the API does): an update that would
/// drop variables names them (never their values) and asks first; `--env`, the create flag,
/// points at `env set`, which keeps the others.
#[test]
fn an_update_of_the_environment_variables_names_those_it_would_drop() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "vars", "--env", "A=1", "--env", "B=secret-b"]);
    emu.amphost().json(&["branch", "create", "--app", "vars", "main", "--environment-variables", "K=1"]);
    let app_vars = || emu.amphost().json(&["app", "get", "vars"])["app"]["environmentVariables"].clone();
    let branch_vars =
        || emu.amphost().json(&["branch", "get", "--app", "vars", "main"])["branch"]["environmentVariables"].clone();

    let refused = emu
        .amphost()
        .run(&["app", "update", "vars", "--environment-variables", "Z=9"])
        .fails_with(2, "replaces all of the app's variables: A, B would be removed")
        .fails_with(2, "amphost app env set --app vars KEY=VALUE");
    let warning = refused.stderr.lines().find(|l| l.contains("would be removed")).unwrap_or_default();
    assert!(!warning.contains("secret-b"), "{warning}");
    assert_eq!(app_vars(), json!({"A": "1", "B": "secret-b"}));
    emu.amphost()
        .run(&["branch", "update", "--app", "vars", "main", "--environment-variables", "Z=9"])
        .fails_with(2, "replaces all of the branch's variables: K would be removed");
    assert_eq!(branch_vars(), json!({"K": "1"}));

    // All of them, one changed: nothing dropped, no question.
    emu.amphost().run(&["app", "update", "vars", "--environment-variables", "A=2,B=secret-b,C=3"]).ok();
    assert_eq!(app_vars(), json!({"A": "2", "B": "secret-b", "C": "3"}));
    emu.amphost().run(&["--yes", "branch", "update", "--app", "vars", "main", "--environment-variables", "Z=9"]).ok();
    assert_eq!(branch_vars(), json!({"Z": "9"}));

    emu.amphost()
        .run(&["app", "update", "vars", "--env", "X=1"])
        .fails_with(2, "unexpected argument '--env' for `amphost app update`")
        .fails_with(2, "`amphost app env set --app vars KEY=VALUE`");
    assert_eq!(app_vars(), json!({"A": "2", "B": "secret-b", "C": "3"}));
}

/// `app update --custom-rules` replaces every rule: those it would drop are named (as rule
/// #N, source → target) and it asks first, as for variables; the same rules again, one more,
/// ask nothing. Before, three rules became one without a word.
#[test]
fn an_update_of_the_custom_rules_names_those_it_would_drop() {
    let emu = Emulator::start();
    let rules = r#"[{"source": "/a", "target": "/b", "status": "301"}, {"source": "/c", "target": "/d"}]"#;
    emu.amphost().json(&["app", "create", "routed", "--custom-rules", rules]);
    let count = || emu.amphost().json(&["app", "get", "routed"])["app"]["customRules"].as_array().unwrap().len();
    emu.amphost()
        .run(&["app", "update", "routed", "--custom-rules", "source=/x,target=/y,status=301"])
        .fails_with(2, "replaces all of the app's rules: rule #1 (/a → /b), rule #2 (/c → /d) would be removed")
        .fails_with(2, "amphost rules pull");
    assert_eq!(count(), 2);
    let more = r#"[{"source": "/a", "target": "/b", "status": "301"}, {"source": "/c", "target": "/d", "status": "200"},
                   {"source": "/e", "target": "/f", "status": "302"}]"#;
    emu.amphost().run(&["app", "update", "routed", "--custom-rules", more]).ok();
    assert_eq!(count(), 3);
    emu.amphost().run(&["--yes", "app", "update", "routed", "--custom-rules", "source=/x,target=/y"]).ok();
    assert_eq!(count(), 1);
}

/// The first command a message suggests (between backticks, starting `amphost `).
fn suggested(stderr: &str, starting: &str) -> String {
    stderr
        .split('`')
        .find(|s| s.starts_with(starting))
        .unwrap_or_else(|| panic!("no `{starting}…` suggested:\n{stderr}"))
        .to_string()
}

/// Runs a suggested command as a user pastes it into bash: `amphost` on PATH, the test keys
/// in the environment, and no endpoint but what the command itself says.
fn paste(emu: &Emulator, command: &str) -> common::Output {
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(common::BIN, bin.path().join("amphost")).unwrap();
    let mut cmd = std::process::Command::new("bash");
    common::isolated(&mut cmd, emu.dir.path());
    let path = format!("{}:{}", bin.path().display(), std::env::var("PATH").unwrap_or_default());
    cmd.env("PATH", path)
        .env("AWS_ACCESS_KEY_ID", common::ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", common::SECRET_KEY)
        .env("AWS_REGION", "us-east-1")
        .args(["-c", command]);
    let out = cmd.output().unwrap();
    common::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Given the service by flag, every command amphost suggests starts with that flag (and the
/// region), names quoted for the shell: pasted, it reaches the same service, not real AWS.
#[test]
fn suggested_commands_reach_the_service_the_user_gave() {
    let emu = Emulator::start();
    let app = emu.amphost().json(&["app", "create", "My Site"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", &app, "dev x"]);
    let by_flag = |args: &[&str]| {
        let mut run = emu.amphost().env_remove("AWS_ENDPOINT_URL");
        run.cmd.args(["--endpoint-url", &emu.url, "--region", "us-east-1"]);
        run.run(args)
    };
    let prefix = format!("amphost --endpoint-url {} --region us-east-1 ", emu.url);

    // No job yet: the hint that starts one, with the app's ID and the branch quoted.
    let out = by_flag(&["job", "watch", "--app", "My Site", "--branch", "dev x"]).fails_with(1, "has no jobs yet");
    let start = suggested(&out.stderr, &prefix);
    assert_eq!(start, format!("{prefix}job start --app {app} --branch 'dev x'"));
    paste(&emu, &start).ok();

    // A failed deploy's hint to its logs.
    emu.inject(r#"{"failNextJob": {"step": "DEPLOY", "reason": "boom, says `amphost deploy`"}}"#);
    let dir = site();
    let deploy = ["deploy", dir.path().to_str().unwrap(), "--app", &app, "--branch", "dev x", "--cancel-pending"];
    // The service's reason is quoted as it is, not rewritten as amphost's own suggestions are.
    let out = by_flag(&deploy).fails_with(3, "boom, says `amphost deploy`");
    let logs = paste(&emu, &suggested(&out.stderr, &format!("{prefix}job logs"))).ok();
    assert!(logs.stdout.contains("boom"), "{}", logs.stdout);

    // A job that is not there: no "resume watching" with the same failing command.
    let out = by_flag(&["job", "watch", "--app", &app, "--branch", "dev x", "999"]).fails_with(1, "999");
    assert!(!out.stderr.contains("resume watching"), "{}", out.stderr);
    // Its hint lists the jobs of the app and branch asked about, and the same for others.
    let list = suggested(&out.stderr, &format!("{prefix}job list"));
    assert_eq!(list, format!("{prefix}job list --app {app} --branch 'dev x'"));
    let jobs = paste(&emu, &list).ok();
    assert!(jobs.stdout.contains("FAILED"), "the failed deploy's job is listed: {}", jobs.stdout);
    let out = by_flag(&["backend-env", "get", "--app", &app, "nope"]).fails_with(1, "nope");
    paste(&emu, &suggested(&out.stderr, &format!("{prefix}backend-env list --app {app}"))).ok();

    // Empty lists say how to make the first one, for this app.
    let empty = emu.amphost().json(&["app", "create", "Empty"])["app"]["appId"].as_str().unwrap().to_string();
    let out = by_flag(&["branch", "list", "--app", "Empty"]).ok();
    let create = suggested(&out.stderr, &format!("{prefix}branch create"));
    assert_eq!(create, format!("{prefix}branch create --app {empty} NAME"));
    let out = by_flag(&["domain", "list", "--app", "Empty"]).ok();
    let connect = suggested(&out.stderr, &format!("{prefix}domain create"));
    assert_eq!(connect, format!("{prefix}domain create --app {empty} DOMAIN --sub-domain =BRANCH"));
}

/// Apps are regional, as on AWS: one created in us-west-2 is not listed in us-east-1 (where
/// it could not be read either).
#[test]
fn apps_are_listed_in_their_region_only() {
    let emu = Emulator::start();
    emu.amphost().json(&["--region", "us-west-2", "app", "create", "west"]);
    emu.amphost().json(&["app", "create", "east"]);
    let names = |region: &str| -> Vec<Value> {
        let apps = emu.amphost().json(&["--region", region, "app", "list"]);
        apps["apps"].as_array().unwrap().iter().map(|a| a["name"].clone()).collect()
    };
    assert_eq!(names("us-east-1"), vec![json!("east")]);
    assert_eq!(names("us-west-2"), vec![json!("west")]);
    // Nor are its tags reached from another region.
    let arn = emu.amphost().json(&["--region", "us-west-2", "app", "get", "west"])["app"]["appArn"].clone();
    let arn = arn.as_str().unwrap();
    emu.amphost().run(&["tag", "add", "--resource-arn", arn, "k=v"]).fails_with(1, "not found");
    emu.amphost().run(&["--region", "us-west-2", "tag", "add", "--resource-arn", arn, "k=v"]).ok();
}

/// The AWS CLI's shorthand nests: a structure's map in braces, a list in brackets.
#[test]
fn shorthand_nests_maps_and_lists_as_the_aws_clis_does() {
    let emu = Emulator::start();
    let config = "stage=BETA,environmentVariables={X=1,Y=two},enableAutoBuild=true";
    let made = emu.amphost().json(&["app", "create", "nested", "--auto-branch-creation-config", config]);
    let got = &made["app"]["autoBranchCreationConfig"];
    assert_eq!(got["environmentVariables"], json!({"X": "1", "Y": "two"}), "{made}");
    assert_eq!((got["stage"].as_str(), got["enableAutoBuild"].as_bool()), (Some("BETA"), Some(true)), "{made}");
    let patterns = emu.amphost().json(&["app", "update", "nested", "--auto-branch-creation-patterns", "main,dev/*"]);
    assert_eq!(patterns["app"]["autoBranchCreationPatterns"], json!(["main", "dev/*"]), "{patterns}");
    emu.amphost()
        .run(&[
            "app",
            "update",
            "nested",
            "--yes",
            "--auto-branch-creation-config",
            "stage=BETA,environmentVariables={X=1",
        ])
        .fails_with(2, "a `{` is never closed");
}

/// Lists are taken in every form people write them: comma-separated, in brackets (the AWS
/// CLI's shorthand), as JSON, repeated; lists of structures as shorthand too; enum values
/// inside a structure in any case. Before, `[main,dev/*]` was saved as `"[main"` and `"dev/*]"`.
#[test]
fn lists_and_structures_in_the_forms_the_aws_cli_takes() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "lists"]);
    let patterns = |args: &[&str]| {
        let mut words = vec!["app", "update", "lists"];
        words.extend(args);
        emu.amphost().json(&words)["app"]["autoBranchCreationPatterns"].clone()
    };
    let want = json!(["main", "dev/*"]);
    assert_eq!(patterns(&["--auto-branch-creation-patterns", "[main,dev/*]"]), want);
    assert_eq!(patterns(&["--auto-branch-creation-patterns", r#"["main", "dev/*"]"#]), want);
    let repeated = ["--auto-branch-creation-patterns", "main", "--auto-branch-creation-patterns", "dev/*"];
    assert_eq!(patterns(&repeated), want);
    emu.amphost()
        .run(&["app", "update", "lists", "--auto-branch-creation-patterns", "[main,dev/*"])
        .fails_with(2, "a `[` is never closed");

    let rules = "[{source=/old,target=/new,status=301},{source=/<*>,target=/index.html,status=404-200}]";
    let app = emu.amphost().json(&["app", "update", "lists", "--custom-rules", rules]);
    let got = &app["app"]["customRules"];
    assert_eq!(got[0], json!({"source": "/old", "target": "/new", "status": "301"}), "{app}");
    assert_eq!(got[1]["status"], "404-200", "{app}");
    let one = emu.amphost().json(&["app", "update", "lists", "--yes", "--custom-rules", "source=/a,target=/b"]);
    assert_eq!(one["app"]["customRules"], json!([{"source": "/a", "target": "/b"}]), "{one}");

    let config =
        emu.amphost().json(&["app", "update", "lists", "--yes", "--auto-branch-creation-config", "stage=beta"]);
    assert_eq!(config["app"]["autoBranchCreationConfig"]["stage"], "BETA", "{config}");

    emu.amphost().json(&["branch", "create", "--app", "lists", "main"]);
    let domain = emu.amphost().json(&[
        "domain",
        "create",
        "--app",
        "lists",
        "example.com",
        "--sub-domain-settings",
        "prefix=www,branchName=main",
        "--auto-sub-domain-creation-patterns",
        "[pr-*]",
    ]);
    let association = &domain["domainAssociation"];
    assert_eq!(association["subDomains"][0]["subDomainSetting"]["prefix"], "www", "{domain}");
    assert_eq!(association["autoSubDomainCreationPatterns"], json!(["pr-*"]), "{domain}");
}

/// A refused variable names the flag it came in: `--environment-variables` on an update
/// (there is no `--env` there), `--env` on a create.
#[test]
fn refused_variables_name_the_flag_given() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "vars"]);
    emu.amphost()
        .run(&["app", "update", "vars", "--yes", "--environment-variables", r#"{"A": 1}"#])
        .fails_with(2, "invalid --environment-variables (environmentVariables[\"A\"]): must be a string");
    let long = format!("{}=1", "N".repeat(256));
    let before = emu.request_count();
    let out = emu
        .amphost()
        .run(&["app", "create", "vars2", "--env", &long])
        .fails_with(2, "invalid --env (environmentVariables");
    assert!(out.stderr.contains("at most 255"), "{}", out.stderr);
    assert_eq!(emu.request_count(), before, "the refused create sent a request");
    // `env set` takes KEY=VALUE words: the refusal names the word, not a flag it has not.
    let out = emu.amphost().run(&["app", "env", "set", "--app", "vars", &long]).fails_with(2, "invalid KEY=VALUE NNN");
    assert!(out.stderr.contains("its name must have at most 255"), "{}", out.stderr);
    assert!(!out.stderr.contains("--environment-variables"), "{}", out.stderr);
}
