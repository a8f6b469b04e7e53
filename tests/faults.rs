//! Faults survived or reported clearly: throttling, 5xx, slow answers and dropped connections
//! on reads, writes, the upload and the job poll; interrupts; hostile archives.

mod common;
use common::{signal, Emulator, Run};
use std::io::Write;
use std::process::Stdio;
use std::time::Duration;

fn fast_retries(emu: &Emulator) -> Run {
    emu.amphost().env("AMPHOST_RETRY_BASE_MS", "5")
}

fn site() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("index.html"), "<h1>ok</h1>").unwrap();
    std::fs::write(d.path().join("big.bin"), vec![7u8; 256 * 1024]).unwrap();
    d
}

#[test]
fn reads_and_writes_recover_within_the_retry_budget() {
    let emu = Emulator::start();
    emu.inject(r#"{"requests": {"count": 2, "kind": "throttle", "operation": "ListApps"}}"#);
    fast_retries(&emu).run(&["app", "list"]).ok();
    emu.inject(r#"{"requests": {"count": 2, "kind": "503", "operation": "CreateApp"}}"#);
    fast_retries(&emu).json(&["app", "create", "once"]);
    let apps = emu.amphost().json(&["app", "list"]);
    assert_eq!(apps["apps"].as_array().unwrap().len(), 1, "a retried create makes one app");
    emu.inject(r#"{"requests": {"count": 1, "kind": "drop", "operation": "GetApp"}}"#);
    fast_retries(&emu).json(&["app", "get", "once"]);
    // An answer slower than the read timeout is abandoned and asked again.
    emu.inject(r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 3000, "operation": "ListApps"}}"#);
    fast_retries(&emu).run(&["--read-timeout", "500ms", "app", "list"]).ok();
}

#[test]
fn a_spent_budget_is_one_clear_error_with_the_last_cause() {
    let emu = Emulator::start();
    emu.inject(r#"{"requests": {"count": 10, "kind": "500", "operation": "ListApps"}}"#);
    let out = fast_retries(&emu).run(&["--max-attempts", "3", "app", "list"]);
    out.fails_with(1, "InternalFailureException").fails_with(1, "gave up after 3 attempts");
}

#[test]
fn uploads_and_job_polls_survive_transient_failures() {
    let emu = Emulator::start();
    let dir = site();
    emu.inject(r#"{"requests": {"count": 2, "kind": "503", "operation": "Upload"}}"#);
    let r = fast_retries(&emu).json(&[
        "deploy",
        dir.path().to_str().unwrap(),
        "--app",
        "up",
        "--branch",
        "main",
        "--create",
    ]);
    assert_eq!(r["status"], "SUCCEED");
    emu.inject(r#"{"requests": {"count": 1, "kind": "drop", "operation": "Upload"}}"#);
    emu.inject(r#"{"requests": {"count": 2, "kind": "throttle", "operation": "GetJob"}}"#);
    let r = fast_retries(&emu).json(&[
        "deploy",
        dir.path().to_str().unwrap(),
        "--app",
        "up",
        "--branch",
        "main",
        "--file-map",
    ]);
    assert_eq!(r["status"], "SUCCEED");
    let (status, body) = emu.site_file(r["appId"].as_str().unwrap(), "main", "big.bin");
    assert_eq!((status, body.len()), (200, 256 * 1024));
}

#[test]
fn a_failed_upload_cancels_the_created_deployment_and_says_so() {
    let emu = Emulator::start();
    let dir = site();
    emu.inject(r#"{"requests": {"count": 20, "kind": "500", "operation": "Upload"}}"#);
    let out = fast_retries(&emu).run(&[
        "deploy",
        dir.path().to_str().unwrap(),
        "--app",
        "up",
        "--branch",
        "main",
        "--create",
    ]);
    out.fails_with(1, "HTTP 500").fails_with(1, "deployment job 1 was created but not started; it has been cancelled");
    let job = emu.amphost().json(&["job", "get", "--app", "up", "--branch", "main", "1"]);
    assert_eq!(job["job"]["summary"]["status"], "CANCELLED");
}

/// Sends Ctrl-C (SIGINT) to a running amphost once job `job_id` of the branch has `status`
/// (so the command is past creating it), and a moment more.
fn interrupt_when(emu: &Emulator, args: &[&str], job_id: &str, status: &str) -> common::Output {
    interrupt_times_when(emu, args, job_id, status, 1)
}

/// [`interrupt_when`], with `times` interrupts a second apart (a user pressing Ctrl-C again).
/// The app is `intr`.
fn interrupt_times_when(emu: &Emulator, args: &[&str], job_id: &str, status: &str, times: usize) -> common::Output {
    let child = emu.amphost().spawn(args);
    let started = std::time::Instant::now();
    loop {
        let jobs = emu.amphost().json(&["job", "list", "--app", "intr", "--branch", "main"]);
        let reached =
            jobs["jobSummaries"].as_array().unwrap().iter().any(|j| j["jobId"] == job_id && j["status"] == status);
        if reached {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "job {job_id} never became {status}");
        std::thread::sleep(Duration::from_millis(100));
    }
    for _ in 0..times {
        std::thread::sleep(Duration::from_millis(500));
        signal(&child, "-INT");
        std::thread::sleep(Duration::from_millis(500));
    }
    let out = child.wait_with_output().unwrap();
    let out = common::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    common::assert_no_secrets(args, &out.stderr);
    out
}

/// An emulator with 30 s job steps and app `intr` with branch `main`; and a site to deploy.
fn intr_app() -> (Emulator, tempfile::TempDir) {
    let emu = Emulator::start_with(&["--job-step-duration", "30s"]);
    emu.amphost().json(&["app", "create", "intr"]);
    emu.amphost().json(&["branch", "create", "--app", "intr", "main"]);
    (emu, site())
}

/// [`intr_app`], whose next upload is held up 20 s.
fn held_upload() -> (Emulator, tempfile::TempDir) {
    let (emu, dir) = intr_app();
    emu.inject(r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 20000, "operation": "Upload"}}"#);
    (emu, dir)
}

#[test]
fn ctrl_c_during_upload_or_wait_leaves_nothing_unexplained() {
    let (emu, dir) = held_upload();
    let path = dir.path().to_str().unwrap();
    // The upload is held up for 20 s: interrupt once the deployment exists (PENDING).
    let out = interrupt_when(&emu, &["deploy", path, "--app", "intr", "--branch", "main"], "1", "PENDING");
    assert_eq!(out.code, 130, "{}", out.stderr);
    assert!(
        out.stderr.contains("interrupted before the deployment started")
            && out.stderr.contains("it has been cancelled"),
        "{}",
        out.stderr
    );
    assert_eq!(
        emu.amphost().json(&["job", "get", "--app", "intr", "--branch", "main", "1"])["job"]["summary"]["status"],
        "CANCELLED"
    );

    let out = interrupt_when(&emu, &["deploy", path, "--app", "intr", "--branch", "main"], "2", "RUNNING");
    assert_eq!(out.code, 130, "{}", out.stderr);
    assert!(out.stderr.contains("stopped watching job 2; it keeps running"), "{}", out.stderr);
    assert!(out.stderr.contains("job watch --app"), "{}", out.stderr);
    assert_eq!(
        emu.amphost().json(&["job", "get", "--app", "intr", "--branch", "main", "2"])["job"]["summary"]["status"],
        "RUNNING"
    );

    let out = interrupt_when(
        &emu,
        &["deploy", path, "--app", "intr", "--branch", "main", "--cancel-pending", "--cancel-on-interrupt"],
        "3",
        "RUNNING",
    );
    assert_eq!(out.code, 130, "{}", out.stderr);
    assert!(out.stderr.contains("job 3 is being cancelled"), "{}", out.stderr);
}

/// A wait that ends before the job (a signal, a timeout) still prints the job as last seen
/// with `-o json`, before the exit code says what happened; a job being cancelled shows so.
#[test]
fn an_unfinished_wait_prints_the_job_as_last_seen() {
    let (emu, dir) = intr_app();
    let path = dir.path().to_str().unwrap();
    let args = ["-o", "json", "deploy", path, "--app", "intr", "--branch", "main", "--cancel-on-interrupt"];
    let out = interrupt_when(&emu, &args, "1", "RUNNING");
    assert_eq!(out.code, 130, "{}", out.stderr);
    let result: serde_json::Value = serde_json::from_str(&out.stdout).expect(&out.stdout);
    assert_eq!(result["status"], "CANCELLING", "{result}");
    assert!(result["error"].as_str().is_some_and(|e| e.contains("job 1 is being cancelled")), "{result}");

    emu.amphost().run(&["deploy", path, "--app", "intr", "--branch", "main", "--no-wait", "--cancel-pending"]).ok();
    let out =
        interrupt_when(&emu, &["-o", "json", "job", "watch", "--app", "intr", "--branch", "main"], "2", "RUNNING");
    assert_eq!(out.code, 130, "{}", out.stderr);
    let seen: serde_json::Value = serde_json::from_str(&out.stdout).expect(&out.stdout);
    assert_eq!((&seen["jobSummary"]["jobId"], &seen["jobSummary"]["status"]), (&"2".into(), &"RUNNING".into()));

    let watch = ["-o", "json", "job", "watch", "--app", "intr", "--branch", "main", "--timeout", "1s"];
    let out = emu.amphost().run(&watch).fails_with(5, "gave up waiting after 1s: job 2 is still RUNNING");
    let seen: serde_json::Value = serde_json::from_str(&out.stdout).expect(&out.stdout);
    assert_eq!(seen["jobSummary"]["status"], "RUNNING", "{seen}");
}

/// A cleanup that hangs on a slow request does not hold a user who interrupts again: the
/// command ends at once, saying what it leaves and how to deal with it.
#[test]
fn a_second_interrupt_ends_a_slow_cleanup_saying_what_it_leaves() {
    let (emu, dir) = held_upload();
    let path = dir.path().to_str().unwrap();
    emu.inject(r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 60000, "operation": "StopJob"}}"#);
    // The service given by flag: the command to paste names it too.
    let args = ["--endpoint-url", &emu.url, "deploy", path, "--app", "intr", "--branch", "main"];
    let out = interrupt_times_when(&emu, &args, "1", "PENDING", 2);
    assert_eq!(out.code, 130, "{}", out.stderr);
    let stop = format!("`amphost --endpoint-url {} job stop --app", emu.url);
    for said in [
        "cancelling deployment job 1 (interrupt again to leave it)",
        "interrupted again, before the command was done: deployment job 1 may stay PENDING",
        &stop,
    ] {
        assert!(out.stderr.contains(said), "lacks {said:?}:\n{}", out.stderr);
    }
}

/// `--cancel-pending` waits for the job it stopped before starting anything: interrupted
/// there, it says so, not that the job "keeps running".
#[test]
fn an_interrupt_while_cancel_pending_waits_says_nothing_new_was_started() {
    let (emu, dir) = intr_app();
    let path = dir.path().to_str().unwrap();
    emu.amphost().run(&["deploy", path, "--app", "intr", "--branch", "main", "--no-wait"]).ok();
    // The wait's first look at the stopped job is held up, so the interrupt comes during it.
    emu.inject(r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 20000, "operation": "GetJob"}}"#);
    let args = ["deploy", path, "--app", "intr", "--branch", "main", "--cancel-pending"];
    let out = interrupt_when(&emu, &args, "1", "CANCELLED");
    assert_eq!(out.code, 130, "{}", out.stderr);
    let said = "interrupted while job 1 was being stopped (--cancel-pending); nothing new was started";
    assert!(out.stderr.contains(said) && !out.stderr.contains("keeps running"), "{}", out.stderr);
    let jobs = emu.amphost().json(&["job", "list", "--app", "intr", "--branch", "main"]);
    assert_eq!(jobs["jobSummaries"].as_array().map(Vec::len), Some(1), "{jobs}");
}

/// The moment a deployment has started, before the wait listens: a signal there is the
/// wait's, which says the job keeps running (or stops it), never a bare "interrupted".
#[test]
fn a_signal_as_the_job_starts_is_handled_by_the_wait() {
    use std::io::BufRead;
    let (emu, dir) = intr_app();
    let path = dir.path().to_str().unwrap();
    for (job, cancel) in [("1", true), ("2", true), ("3", true), ("4", false)] {
        let mut run = emu.amphost();
        run.cmd.args(["deploy", path, "--app", "intr", "--branch", "main", "--cancel-pending"]);
        if cancel {
            run.cmd.arg("--cancel-on-interrupt");
        }
        let mut child = run.cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut said = String::new();
        while !said.contains("Started deployment job") {
            assert!(stderr.read_line(&mut said).unwrap() > 0, "{said}");
        }
        signal(&child, "-INT");
        std::io::Read::read_to_string(&mut stderr, &mut said).unwrap();
        assert_eq!(child.wait().unwrap().code(), Some(130), "{said}");
        let expected = if cancel { format!("job {job} is being cancelled") } else { "it keeps running".into() };
        assert!(said.contains(&expected), "job {job}: {said}");
    }
}

/// A failed upload cancels its deployment; a signal during that cancellation does not replace
/// the failure's message with the interruption's.
#[test]
fn a_signal_while_a_failure_is_cleaned_up_keeps_the_failures_message() {
    let (emu, dir) = held_upload();
    emu.clear_faults();
    emu.inject(r#"{"requests": {"count": 20, "kind": "500", "operation": "Upload"}}"#);
    emu.inject(r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 4000, "operation": "StopJob"}}"#);
    let args = ["deploy", dir.path().to_str().unwrap(), "--app", "intr", "--branch", "main"];
    let child = fast_retries(&emu).spawn(&args);
    // The upload's retries fail at once; the StopJob after them is held up 4 s.
    std::thread::sleep(Duration::from_millis(1500));
    signal(&child, "-INT");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("HTTP 500") && stderr.contains("it has been cancelled"), "{stderr}");
}

fn zip_with(path: &std::path::Path, entries: &[(&str, Vec<u8>)]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, body) in entries {
        z.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(body).unwrap();
    }
    z.finish().unwrap();
}

#[test]
fn hostile_archives_and_oversized_uploads_are_refused() {
    let emu = Emulator::start_with(&["--max-expanded-bytes", "100000", "--max-upload-bytes", "200000"]);
    let dir = tempfile::tempdir().unwrap();
    let slip = dir.path().join("slip.zip");
    zip_with(&slip, &[("index.html", b"x".to_vec()), ("../../evil.sh", b"rm -rf /".to_vec())]);
    // amphost refuses such a zip itself, before anything is sent…
    emu.amphost()
        .run(&["deploy", slip.to_str().unwrap(), "--app", "h", "--branch", "main", "--create"])
        .fails_with(2, "a path that leaves the site");
    // …and the emulator refuses it too, as the service would, from a client that sends it.
    let app = emu.amphost().json(&["app", "create", "h"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", "h", "main"]);
    let aws = |args: &[&str]| emu.aws_json(args);
    let created = aws(&["create-deployment", "--app-id", &app, "--branch-name", "main"]);
    let job = created["jobId"].as_str().unwrap().to_string();
    let put = std::process::Command::new("curl")
        .args(["-sf", "-X", "PUT", "--data-binary"])
        .arg(format!("@{}", slip.display()))
        .arg(created["zipUploadUrl"].as_str().unwrap())
        .status()
        .unwrap();
    assert!(put.success());
    aws(&["start-deployment", "--app-id", &app, "--branch-name", "main", "--job-id", &job]);
    emu.amphost()
        .run(&["job", "watch", "--app", "h", "--branch", "main", &job])
        .fails_with(3, "escapes the site root (zip slip)");
    let bomb = dir.path().join("bomb.zip");
    zip_with(&bomb, &[("index.html", vec![b'a'; 1_000_000])]);
    emu.amphost().run(&["deploy", bomb.to_str().unwrap(), "--app", "h", "--branch", "main"]).fails_with(3, "zip bomb");
    let big = tempfile::tempdir().unwrap();
    let mut noise = Vec::with_capacity(300_000);
    let mut x: u32 = 1;
    for _ in 0..300_000 {
        x = x.wrapping_mul(1103515245).wrapping_add(12345);
        noise.push((x >> 16) as u8);
    }
    std::fs::write(big.path().join("index.html"), noise).unwrap();
    emu.amphost()
        .run(&["deploy", big.path().to_str().unwrap(), "--app", "h", "--branch", "main"])
        .fails_with(1, "HTTP 413")
        .fails_with(1, "it has been cancelled");
}

/// Faults injected at random (seeded) into lists and deploys: every command ends, within a
/// bound, either succeeding or failing with one clear error.
#[test]
fn random_faults_end_in_success_or_one_clear_error_never_a_hang() {
    let emu = Emulator::start();
    let dir = site();
    let path = dir.path().to_str().unwrap();
    emu.amphost().json(&["app", "create", "chaos"]);
    emu.amphost().json(&["branch", "create", "--app", "chaos", "main"]);
    let kinds = [r#""throttle""#, r#""503""#, r#""500""#, r#""drop""#, r#""slow", "delayMs": 1500"#];
    let ops = ["ListApps", "GetApp", "CreateDeployment", "StartDeployment", "GetJob", "Upload", "ListJobs"];
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    let (mut ok, mut failed) = (0, 0);
    for round in 0..12 {
        let (kind, op, count) = (kinds[next(kinds.len())], ops[next(ops.len())], 1 + next(4));
        emu.inject(&format!(r#"{{"requests": {{"count": {count}, "kind": {kind}, "operation": "{op}"}}}}"#));
        let args: Vec<&str> = if round % 2 == 0 {
            vec!["--read-timeout", "1s", "app", "list"]
        } else {
            vec![
                "--read-timeout",
                "1s",
                "deploy",
                path,
                "--app",
                "chaos",
                "--branch",
                "main",
                "--cancel-pending",
                "--timeout",
                "60s",
            ]
        };
        let started = std::time::Instant::now();
        let out = fast_retries(&emu).run(&args);
        assert!(started.elapsed() < Duration::from_secs(90), "round {round} hung");
        match out.code {
            0 => ok += 1,
            1 => {
                failed += 1;
                let errors = out.stderr.lines().filter(|l| l.starts_with("error:")).count();
                assert_eq!(errors, 1, "round {round}: one clear error expected:\n{}", out.stderr);
            }
            code => panic!("round {round} ({kind} x{count} on {op}) exited {code}:\n{}", out.stderr),
        }
        let _ = http_delete_faults(&emu);
    }
    assert!(ok > 0, "some rounds succeed ({ok} ok, {failed} failed)");
}

fn http_delete_faults(emu: &Emulator) -> u16 {
    common::http_request("DELETE", &format!("{}/_amphost/faults", emu.url), None, "").0
}
