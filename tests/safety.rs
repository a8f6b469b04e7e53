//! Regressions of the adversarial pass (issue 9): URI labels that would reach another
//! operation, deployments left PENDING, waits that gave up too soon, lost writes, leaks in
//! network errors, and leftovers. Each test failed before its fix.

mod common;
use common::{signal, Emulator, Output, Run};
use std::process::Child;
use std::time::{Duration, Instant};

fn fast_retries(emu: &Emulator) -> Run {
    emu.amphost().env("AMPHOST_RETRY_BASE_MS", "5")
}

fn site() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("index.html"), "<h1>ok</h1>").unwrap();
    d
}

fn finish(child: Child, args: &[&str]) -> Output {
    let out = child.wait_with_output().unwrap();
    let out = Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    common::assert_no_secrets(args, &out.stdout);
    common::assert_no_secrets(args, &out.stderr);
    out
}

fn until(what: &str, mut ready: impl FnMut() -> bool) {
    let started = Instant::now();
    while !ready() {
        assert!(started.elapsed() < Duration::from_secs(30), "never happened: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn job_status(emu: &Emulator, app: &str, job: &str) -> String {
    let out = emu.amphost().run(&["-o", "json", "job", "get", "--app", app, "--branch", "main", job]);
    if out.code != 0 {
        return String::new();
    }
    out.json()["job"]["summary"]["status"].as_str().unwrap_or_default().to_string()
}

#[test]
fn dot_segment_and_empty_labels_never_reach_another_operation() {
    let emu = Emulator::start();
    let app_id = emu.amphost().json(&["app", "create", "dots"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", &app_id, "main"]);
    let before = emu.request_count();
    let cases: &[(&[&str], &str)] = &[
        (&["branch", "create", "--app", &app_id, ".."], "--branch: \"..\" cannot be used"),
        (&["--yes", "branch", "delete", "--app", &app_id, ".."], "dot-segment"),
        (&["--yes", "branch", "delete", "--app", "dots", "."], "dot-segment"),
        (&["branch", "get", "--app", &app_id, "."], "dot-segment"),
        (&["branch", "update", "--app", &app_id, "..", "--description", "x"], "dot-segment"),
        (&["backend-env", "create", "--app", &app_id, ".."], "dot-segment"),
        (&["--yes", "backend-env", "delete", "--app", &app_id, ".."], "dot-segment"),
        (&["webhook", "get", ""], "must not be empty"),
        (&["--yes", "webhook", "delete", ""], "must not be empty"),
        (&["webhook", "trigger", ""], "must not be empty"),
        (&["webhook", "update", "", "--description", "x"], "must not be empty"),
        (&["job", "get", "--app", &app_id, "--branch", "..", "1"], "dot-segment"),
    ];
    for (args, needle) in cases {
        let out = emu.amphost().run(args);
        assert_eq!(out.code, 2, "{args:?}\n{}", out.stderr);
        assert!(out.stderr.contains(needle), "{args:?}: stderr lacks {needle:?}:\n{}", out.stderr);
        assert_eq!(emu.request_count(), before, "{args:?} sent a request");
    }
    // AWS's own client sends `..` as is: the emulator refuses it instead of routing
    // `DELETE /apps/ID/branches/..` to another operation.
    for args in [
        vec!["delete-branch", "--app-id", &app_id, "--branch-name", ".."],
        vec!["create-branch", "--app-id", &app_id, "--branch-name", ".."],
        vec!["delete-backend-environment", "--app-id", &app_id, "--environment-name", "."],
    ] {
        let out = emu.aws(&args);
        assert!(!out.status.success(), "aws {args:?} succeeded");
        assert!(String::from_utf8_lossy(&out.stderr).contains("BadRequestException"), "{args:?}");
    }
    let app = emu.amphost().json(&["app", "get", &app_id]);
    assert_eq!(app["app"]["name"], "dots", "the app survived");
    assert_eq!(emu.amphost().json(&["branch", "list", "--app", &app_id])["branches"].as_array().unwrap().len(), 1);
}

#[test]
fn a_failed_start_stops_the_created_deployment_and_frees_the_branch() {
    let emu = Emulator::start();
    let dir = site();
    let path = dir.path().to_str().unwrap();
    emu.inject(r#"{"requests": {"count": 5, "kind": "500", "operation": "StartDeployment"}}"#);
    let out = fast_retries(&emu)
        .run(&["-o", "json", "deploy", path, "--app", "s", "--branch", "main", "--create"])
        .fails_with(1, "InternalFailure")
        .fails_with(1, "deployment job 1 was created but not started; it has been cancelled");
    assert_eq!(job_status(&emu, "s", "1"), "CANCELLED");
    // Scripts still get the object: which job, how it stands, and why.
    let result = out.json();
    assert_eq!((result["jobId"].as_str(), result["status"].as_str()), (Some("1"), Some("CANCELLED")), "{result}");
    assert!(result["error"].as_str().unwrap().contains("InternalFailure"), "{result}");
    emu.clear_faults();
    emu.amphost().run(&["deploy", path, "--app", "s", "--branch", "main"]).ok();
    assert_eq!(job_status(&emu, "s", "2"), "SUCCEED");
}

#[test]
fn signals_during_a_deploy_stop_the_created_deployment_or_say_what_runs() {
    let emu = Emulator::start_with(&["--job-step-duration", "30s"]);
    let dir = site();
    let path = dir.path().to_str().unwrap();
    emu.amphost().json(&["app", "create", "sig"]);
    emu.amphost().json(&["branch", "create", "--app", "sig", "main"]);

    // Ctrl-C while StartDeployment is held up: the created job is stopped.
    emu.inject(r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 20000, "operation": "StartDeployment"}}"#);
    let args = ["deploy", path, "--app", "sig", "--branch", "main"];
    let child = emu.amphost().spawn(&args);
    until("job 1 is created", || job_status(&emu, "sig", "1") == "PENDING");
    std::thread::sleep(Duration::from_millis(700));
    signal(&child, "-INT");
    let out = finish(child, &args);
    assert_eq!(out.code, 130, "{}", out.stderr);
    assert!(out.stderr.contains("it has been cancelled"), "{}", out.stderr);
    assert_eq!(job_status(&emu, "sig", "1"), "CANCELLED");

    // SIGTERM (a CI runner cancelling the step) during the upload: the same, exit 143.
    emu.inject(r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 20000, "operation": "Upload"}}"#);
    let child = emu.amphost().spawn(&args);
    until("job 2 is created", || job_status(&emu, "sig", "2") == "PENDING");
    std::thread::sleep(Duration::from_millis(500));
    signal(&child, "-TERM");
    let out = finish(child, &args);
    assert_eq!(out.code, 143, "{}", out.stderr);
    assert!(out.stderr.contains("interrupted before the deployment started"), "{}", out.stderr);
    assert!(out.stderr.contains("it has been cancelled"), "{}", out.stderr);
    assert_eq!(job_status(&emu, "sig", "2"), "CANCELLED");

    // SIGHUP (the terminal closed) while following the job: it keeps running, and is said, exit 129.
    let child = emu.amphost().spawn(&args);
    until("job 3 runs", || job_status(&emu, "sig", "3") == "RUNNING");
    signal(&child, "-HUP");
    let out = finish(child, &args);
    assert_eq!(out.code, 129, "{}", out.stderr);
    assert!(out.stderr.contains("stopped watching job 3; it keeps running"), "{}", out.stderr);
    let result = out.json();
    assert_eq!(result["jobId"], "3", "the object is printed on a signal too: {result}");
    assert_eq!(job_status(&emu, "sig", "3"), "RUNNING");
}

#[test]
fn a_wait_rides_out_a_failing_service_and_says_what_runs_when_it_gives_up() {
    let emu = Emulator::start_with(&["--job-step-duration", "1s"]);
    let dir = site();
    let path = dir.path().to_str().unwrap();
    emu.amphost().run(&["deploy", path, "--app", "w", "--branch", "main", "--create", "--no-wait"]).ok();
    // 30 failures: ten GetJob calls' worth of retries, where one used to end the wait.
    emu.inject(r#"{"requests": {"count": 30, "kind": "500", "operation": "GetJob"}}"#);
    let out = fast_retries(&emu).run(&["job", "watch", "--app", "w", "--branch", "main", "1"]).ok();
    assert!(out.stderr.contains("cannot check on job 1"), "{}", out.stderr);
    assert_eq!(job_status(&emu, "w", "1"), "SUCCEED");

    // The endpoint goes away during a wait: after --timeout, it says the job keeps running.
    let slow = Emulator::start_with(&["--job-step-duration", "30s"]);
    slow.amphost().run(&["deploy", path, "--app", "w", "--branch", "main", "--create", "--no-wait"]).ok();
    let args = ["job", "watch", "--app", "w", "--branch", "main", "1", "--timeout", "4s"];
    let child = fast_retries(&slow).spawn(&args);
    std::thread::sleep(Duration::from_millis(800));
    drop(slow);
    let out = finish(child, &args);
    assert_eq!(out.code, 1, "{}", out.stderr);
    for needle in ["lost track of job 1", "the job keeps running", "job watch --app"] {
        assert!(out.stderr.contains(needle), "lacks {needle:?}:\n{}", out.stderr);
    }
}

#[test]
fn parallel_env_sets_keep_every_variable() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "envs", "--env", "KEEP=1"]);
    let children: Vec<(Child, String)> = (0..10)
        .map(|i| {
            let kv = format!("K{i}=v{i}");
            (emu.amphost().spawn(&["app", "env", "set", "--app", "envs", &kv]), kv)
        })
        .collect();
    for (child, kv) in children {
        let out = finish(child, &["app", "env", "set"]);
        assert_eq!(out.code, 0, "{kv}: {}", out.stderr);
    }
    let env = emu.amphost().json(&["app", "env", "list", "--app", "envs"]);
    let vars = env["environmentVariables"].as_object().unwrap();
    for i in 0..10 {
        assert_eq!(vars.get(&format!("K{i}")).and_then(|v| v.as_str()), Some(format!("v{i}").as_str()), "{env}");
    }
    assert_eq!(vars["KEEP"], "1");
}

#[test]
fn parallel_deploy_create_of_one_name_warns_with_both_ids() {
    let emu = Emulator::start();
    let dir = site();
    let path = dir.path().to_str().unwrap();
    // Both creations are held up, so each lookup finds no app and both create one; every
    // lookup is held up as long, so each check after a creation comes after both creations,
    // however far apart (up to 1.5 s) the two processes started.
    emu.inject(
        r#"{"requests": [{"count": 2, "kind": "slow", "delayMs": 1500, "operation": "CreateApp"},
                         {"count": 4, "kind": "slow", "delayMs": 1500, "operation": "ListApps"}]}"#,
    );
    let a = emu.amphost().spawn(&["deploy", path, "--app", "twin", "--branch", "a", "--create"]);
    let b = emu.amphost().spawn(&["deploy", path, "--app", "twin", "--branch", "b", "--create"]);
    let outs = [finish(a, &["deploy"]), finish(b, &["deploy"])];
    let apps = emu.amphost().json(&["app", "list"]);
    let ids: Vec<&str> = apps["apps"].as_array().unwrap().iter().filter_map(|a| a["appId"].as_str()).collect();
    assert_eq!(ids.len(), 2, "{apps}");
    for out in &outs {
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stderr.contains("another app is also named \"twin\""), "{}", out.stderr);
        assert!(ids.iter().all(|id| out.stderr.contains(id)), "both IDs named:\n{}", out.stderr);
    }
}

#[test]
fn dropped_uploads_print_no_signature() {
    let emu = Emulator::start();
    let dir = site();
    emu.inject(r#"{"requests": {"count": 20, "kind": "drop", "operation": "Upload"}}"#);
    // `run` scans stdout and stderr for signatures and tokens.
    fast_retries(&emu)
        .run(&["deploy", dir.path().to_str().unwrap(), "--app", "leak", "--branch", "main", "--create"])
        .fails_with(1, "broke off")
        .fails_with(1, "X-Amz-Signature=<redacted>");
}

#[test]
fn an_interrupted_zip_leaves_no_temporary_file() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), "x").unwrap();
    // Enough poorly compressible bytes that zipping at level 9 takes a while.
    let mut x: u64 = 7;
    for f in 0..24 {
        let bytes: Vec<u8> = (0..2_000_000)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (x >> 59) as u8 + b'a'
            })
            .collect();
        std::fs::write(dir.path().join(format!("f{f}.txt")), bytes).unwrap();
    }
    let tmp = tempfile::tempdir().unwrap();
    let run = emu.amphost().env("TMPDIR", tmp.path().to_str().unwrap());
    let args = [
        "deploy",
        dir.path().to_str().unwrap(),
        "--app",
        "z",
        "--branch",
        "main",
        "--create",
        "--compression-level",
        "9",
    ];
    let child = run.spawn(&args);
    until("the temporary zip exists", || std::fs::read_dir(tmp.path()).unwrap().count() > 0);
    signal(&child, "-INT");
    let out = finish(child, &args);
    assert_eq!(out.code, 130, "{}", out.stderr);
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn a_domain_wait_rides_out_a_failing_service() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "dom"]);
    emu.amphost().json(&["branch", "create", "--app", "dom", "main"]);
    emu.amphost().json(&["domain", "create", "--app", "dom", "example.org", "--sub-domain", "www=main"]);
    emu.inject(r#"{"requests": {"count": 20, "kind": "503", "operation": "GetDomainAssociation"}}"#);
    let out = fast_retries(&emu).run(&["domain", "wait", "--app", "dom", "example.org", "--timeout", "60s"]).ok();
    assert!(out.stderr.contains("cannot check on example.org"), "{}", out.stderr);
}

#[test]
fn an_interrupted_domain_wait_still_prints_the_domain_as_last_seen_in_json() {
    let emu = Emulator::start_with(&["--job-step-duration", "60s"]);
    emu.amphost().json(&["app", "create", "dom"]);
    emu.amphost().json(&["branch", "create", "--app", "dom", "main"]);
    emu.amphost().json(&["domain", "create", "--app", "dom", "slow.example", "--sub-domain", "www=main"]);
    let args = ["-o", "json", "domain", "wait", "--app", "dom", "slow.example"];
    let mut child = emu.amphost().spawn(&args);
    // Its progress (stderr) says when the domain has been seen.
    let mut stderr = child.stderr.take().unwrap();
    let (seen, lines) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut all = String::new();
        let mut chunk = [0u8; 4096];
        while let Ok(n @ 1..) = std::io::Read::read(&mut stderr, &mut chunk) {
            all.push_str(&String::from_utf8_lossy(&chunk[..n]));
            if all.contains("CREATING") {
                let _ = seen.send(());
            }
        }
        all
    });
    lines.recv_timeout(Duration::from_secs(30)).expect("the wait never showed the domain CREATING");
    signal(&child, "-INT");
    let out = finish(child, &args);
    let stderr = reader.join().unwrap();
    assert_eq!(out.code, 130, "{stderr}");
    assert!(stderr.contains("stopped waiting for slow.example"), "{stderr}");
    assert_eq!(out.json()["domainAssociation"]["domainStatus"], "CREATING", "{}", out.stdout);
}
