//! `deploy` end to end: each mode, the content served back byte for byte, failures, timeouts,
//! a busy branch, and what scripts and CI read.

mod common;
use common::{http_request, Emulator};
use serde_json::Value;
use std::path::Path;

/// A site with nested and empty folders, unicode and spaces in names, and a larger binary.
fn make_site(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("index.html".into(), b"<!doctype html><h1>home</h1>".to_vec()),
        ("about/index.html".into(), b"<h1>about</h1>".to_vec()),
        ("assets/css/site.css".into(), b"body{color:red}".to_vec()),
        ("docs/read me.txt".into(), "spaces in the name".as_bytes().to_vec()),
        ("i18n/café/ünïcödé.html".into(), "<p>ça marche</p>".as_bytes().to_vec()),
    ];
    // 3 MiB of bytes that do not compress, to exercise streaming.
    let mut big = Vec::with_capacity(3 << 20);
    let mut x: u32 = 12345;
    for _ in 0..(3 << 20) {
        x = x.wrapping_mul(1664525).wrapping_add(1013904223);
        big.push((x >> 24) as u8);
    }
    files.push(("media/blob.bin".into(), big));
    for (name, body) in &files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
    std::fs::create_dir_all(root.join("empty/deeper")).unwrap();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    std::fs::write(root.join(".git/config"), "never published").unwrap();
    files
}

fn assert_served(emu: &Emulator, app_id: &str, branch: &str, files: &[(String, Vec<u8>)]) {
    for (name, body) in files {
        let encoded: String = name.split('/').map(amphost::api::wire::encode).collect::<Vec<_>>().join("/");
        let (status, got) = emu.site_file(app_id, branch, &encoded);
        assert_eq!(status, 200, "{name} not served");
        assert!(got == *body, "{name} differs from the folder ({} vs {} bytes)", got.len(), body.len());
    }
    let (status, _) = emu.site_file(app_id, branch, ".git/config");
    assert_eq!(status, 404, ".git must not be published");
}

#[test]
fn a_folder_deploys_and_is_served_back_byte_for_byte() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    let files = make_site(site.path());
    let out = emu
        .amphost()
        .run(&["-o", "json", "deploy", site.path().to_str().unwrap(), "--app", "web", "--branch", "main", "--create"])
        .ok();
    let result = out.json();
    assert_eq!(result["status"], "SUCCEED");
    assert_eq!(result["files"], files.len());
    let app_id = result["appId"].as_str().unwrap();
    assert_eq!(result["url"], format!("{}/_amphost/sites/{app_id}/main/", emu.url));
    assert_eq!(result["steps"][0]["step"], "DEPLOY");
    assert!(result["bytesUploaded"].as_u64().unwrap() > 3 << 20);
    assert_served(&emu, app_id, "main", &files);
    // By host name too, as a browser asks for it.
    let (status, body) =
        http_request("GET", &format!("{}/about/", emu.url), Some(&format!("main.{app_id}.localhost")), "");
    assert_eq!((status, body), (200, b"<h1>about</h1>".to_vec()));
    // A page under the site path leaves a cookie, so its root-relative links reach the site.
    let page = common::http_exchange(result["url"].as_str().unwrap(), &[]);
    let cookie = page.header("set-cookie").expect("a site cookie").split(';').next().unwrap().to_string();
    let css = common::http_exchange(&format!("{}/assets/css/site.css", emu.url), &[("Cookie", &cookie)]);
    assert_eq!((css.status, css.body.as_slice()), (200, b"body{color:red}".as_slice()));
    let without = common::http_exchange(&format!("{}/assets/css/site.css", emu.url), &[]);
    assert_eq!(without.status, 403, "without the cookie it is an unsigned API call");
    // The archive keeps the empty folders: the deployment artifact is the uploaded zip.
    let art = emu.dir.path().join("art");
    emu.amphost()
        .run(&[
            "job",
            "artifacts",
            "download",
            "--app",
            app_id,
            "--branch",
            "main",
            "1",
            "--out",
            art.to_str().unwrap(),
        ])
        .ok();
    let zip = zip::ZipArchive::new(std::fs::File::open(art.join("deployment.zip")).unwrap()).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().to_string()).collect();
    assert!(names.contains(&"empty/deeper/".to_string()) && names.contains(&"index.html".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with(".git")), "{names:?}");
}

#[test]
fn table_output_ends_with_the_url_on_stdout_alone() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "hi").unwrap();
    let out = emu
        .amphost()
        .run(&["-o", "table", "deploy", site.path().to_str().unwrap(), "--app", "web", "--branch", "main", "--create"])
        .ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", out.stdout);
    assert!(
        lines[0].starts_with(&format!("{}/_amphost/sites/d", emu.url)) && lines[0].ends_with("/main/"),
        "{}",
        lines[0]
    );
    assert!(out.stderr.contains("DEPLOY SUCCEED"), "{}", out.stderr);
}

#[test]
fn file_map_mode_uploads_each_file_and_the_site_matches() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    let files = make_site(site.path());
    let result = emu.amphost().json(&[
        "deploy",
        site.path().to_str().unwrap(),
        "--app",
        "web",
        "--branch",
        "main",
        "--create",
        "--file-map",
        "--concurrency",
        "4",
    ]);
    assert_eq!(result["status"], "SUCCEED");
    assert_eq!(result["files"], files.len());
    assert_served(&emu, result["appId"].as_str().unwrap(), "main", &files);
}

#[test]
fn a_zip_is_uploaded_as_is_and_a_non_zip_is_refused_before_any_request() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("site.zip");
    {
        use std::io::Write;
        let mut z = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        z.start_file("index.html", zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(b"zipped").unwrap();
        z.finish().unwrap();
    }
    let result =
        emu.amphost().json(&["deploy", zip_path.to_str().unwrap(), "--app", "z", "--branch", "main", "--create"]);
    assert_eq!(result["status"], "SUCCEED");
    assert_eq!(emu.site_file(result["appId"].as_str().unwrap(), "main", "").1, b"zipped");

    let fake = dir.path().join("fake.zip");
    std::fs::write(&fake, "this is not a zip").unwrap();
    let before = emu.request_count();
    emu.amphost()
        .run(&["deploy", fake.to_str().unwrap(), "--app", "z", "--branch", "main"])
        .fails_with(2, "is not a readable zip archive");
    emu.amphost()
        .run(&["deploy", "/no/such/folder", "--app", "z", "--branch", "main"])
        .fails_with(2, "cannot deploy /no/such/folder");
    assert_eq!(emu.request_count(), before);
}

#[test]
fn a_source_url_deploys_without_an_upload() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "u"]);
    emu.amphost().json(&["branch", "create", "--app", "u", "main"]);
    // No S3 is reachable from this emulator (no keys): the job fails at DEPLOY and says why
    // (tests/s3_sources.rs deploys from a real S3). Nothing was uploaded by amphost.
    let out = emu.amphost().run(&[
        "-o",
        "json",
        "deploy",
        "--source-url",
        "s3://bucket/site.zip",
        "--app",
        "u",
        "--branch",
        "main",
    ]);
    let out = out.fails_with(3, "Could not read s3://bucket/site.zip from S3");
    let result = out.json();
    assert_eq!(result["status"], "FAILED");
    assert_eq!(result["bytesUploaded"], 0);
    let jobs = emu.amphost().json(&["job", "list", "--app", "u", "--branch", "main"]);
    assert_eq!(jobs["jobSummaries"][0]["sourceUrl"], "s3://bucket/site.zip");
    emu.amphost()
        .run(&["deploy", "--source-url", "ftp://x", "--app", "u", "--branch", "main"])
        .fails_with(2, "must start with s3://");
}

#[test]
fn a_failed_job_exits_3_with_the_step_reason_and_log_tail() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "x").unwrap();
    emu.amphost().run(&["deploy", site.path().to_str().unwrap(), "--app", "f", "--branch", "main", "--create"]).ok();
    emu.inject(r#"{"failNextJob": {"step": "DEPLOY", "reason": "Disk quota exceeded on the edge"}}"#);
    let out =
        emu.amphost().run(&["-o", "json", "deploy", site.path().to_str().unwrap(), "--app", "f", "--branch", "main"]);
    let out = out.fails_with(3, "job 2 FAILED at step DEPLOY: Disk quota exceeded on the edge");
    assert!(out.stderr.contains("[ERROR]: Disk quota exceeded on the edge"), "log tail missing:\n{}", out.stderr);
    assert!(out.stderr.contains("amphost job logs"), "{}", out.stderr);
    assert_eq!(out.json()["status"], "FAILED", "the JSON result is printed even on failure");
}

#[test]
fn a_timeout_exits_5_and_says_how_to_resume() {
    let emu = Emulator::start_with(&["--job-step-duration", "30s"]);
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "x").unwrap();
    let out = emu.amphost().run(&[
        "deploy",
        site.path().to_str().unwrap(),
        "--app",
        "t",
        "--branch",
        "main",
        "--create",
        "--timeout",
        "1s",
    ]);
    out.fails_with(5, "gave up waiting after 1s").fails_with(5, "job watch --app");
}

#[test]
fn a_busy_branch_refuses_unless_asked_to_cancel_the_pending_job() {
    let emu = Emulator::start_with(&["--job-step-duration", "20s"]);
    emu.amphost().json(&["app", "create", "busy"]);
    emu.amphost().json(&["branch", "create", "--app", "busy", "main"]);
    emu.amphost().json(&["job", "start", "--app", "busy", "--branch", "main"]);
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "x").unwrap();
    emu.amphost()
        .run(&["deploy", site.path().to_str().unwrap(), "--app", "busy", "--branch", "main", "--no-wait"])
        .fails_with(1, "branch main is busy: job 1 (RUNNING)");
    let out = emu
        .amphost()
        .run(&[
            "-o",
            "json",
            "deploy",
            site.path().to_str().unwrap(),
            "--app",
            "busy",
            "--branch",
            "main",
            "--cancel-pending",
            "--no-wait",
        ])
        .ok();
    assert_eq!(out.json()["jobId"], "2");
    let first = emu.amphost().json(&["job", "get", "--app", "busy", "--branch", "main", "1"]);
    assert_eq!(first["job"]["summary"]["status"], "CANCELLED");
}

#[test]
fn a_missing_app_or_branch_names_the_command_to_create_it() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "x").unwrap();
    let path = site.path().to_str().unwrap();
    emu.amphost()
        .run(&["deploy", path, "--app", "ghost", "--branch", "main"])
        .fails_with(1, "no app is named \"ghost\"")
        .fails_with(1, "amphost app create ghost");
    emu.amphost().json(&["app", "create", "ghost"]);
    emu.amphost()
        .run(&["deploy", path, "--app", "ghost", "--branch", "dev"])
        .fails_with(1, "has no branch \"dev\"")
        .fails_with(1, "amphost branch create");
    // A typo of an app's name is told the name, not only how to create another app.
    emu.amphost()
        .run(&["deploy", path, "--app", "ghots", "--branch", "main"])
        .fails_with(1, "no app is named \"ghots\"")
        .fails_with(1, "did you mean `ghost`?");
    // With --create, the app is created (that is what was asked), with a warning to undo it.
    let made = emu.amphost().run(&["deploy", path, "--app", "ghots", "--branch", "main", "--create"]).ok();
    assert!(made.stderr.contains("an app named \"ghost\" exists"), "{}", made.stderr);
    assert!(made.stderr.contains("amphost app delete d"), "{}", made.stderr);
}

#[test]
fn no_wait_returns_the_job_and_github_actions_get_outputs() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "x").unwrap();
    let gh = tempfile::tempdir().unwrap();
    let (outputs, summary) = (gh.path().join("out"), gh.path().join("summary"));
    let out = emu
        .amphost()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_OUTPUT", outputs.to_str().unwrap())
        .env("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())
        .run(&["-o", "json", "deploy", site.path().to_str().unwrap(), "--app", "gh", "--branch", "main", "--create"])
        .ok();
    let result: Value = out.json();
    let written = std::fs::read_to_string(&outputs).unwrap();
    assert!(written.contains(&format!("url={}", result["url"].as_str().unwrap())), "{written}");
    assert!(written.contains("job-id=1"), "{written}");
    assert!(std::fs::read_to_string(&summary).unwrap().contains("SUCCEED"));

    let out = emu
        .amphost()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_OUTPUT", outputs.to_str().unwrap())
        .run(&["-o", "text", "deploy", site.path().to_str().unwrap(), "--app", "gh", "--branch", "main", "--no-wait"])
        .ok();
    assert_eq!(out.stdout.trim(), "2");
    // Not waiting, a CI step gets the job to follow.
    let written = std::fs::read_to_string(&outputs).unwrap();
    assert!(
        written.contains("job-id=2\nstatus=RUNNING\n") || written.contains("job-id=2\nstatus=PENDING\n"),
        "{written}"
    );
    emu.amphost().run(&["job", "watch", "--app", "gh", "--branch", "main", "2"]).ok();
}

#[test]
fn job_logs_and_watch_share_the_job_lifecycle() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "j"]);
    emu.amphost().json(&["branch", "create", "--app", "j", "main"]);
    let started =
        emu.amphost().json(&["job", "start", "--app", "j", "--branch", "main", "--commit-id", "abc", "--wait"]);
    assert_eq!(started["jobSummary"]["status"], "SUCCEED");
    let logs = emu.amphost().run(&["job", "logs", "--app", "j", "--branch", "main", "--step", "BUILD"]).ok();
    assert!(logs.stdout.contains("Step BUILD succeeded"), "{}", logs.stdout);
    let all = emu.amphost().run(&["job", "logs", "--app", "j", "--branch", "main", "--follow"]).ok();
    for step in ["=== BUILD ===", "=== DEPLOY ===", "=== VERIFY ==="] {
        assert!(all.stdout.contains(step), "{}", all.stdout);
    }
    emu.inject(r#"{"failNextJob": {"step": "BUILD", "reason": "npm ERR! missing script: build"}}"#);
    let out = emu.amphost().run(&["job", "start", "--app", "j", "--branch", "main", "--wait"]);
    out.fails_with(3, "FAILED at step BUILD: npm ERR! missing script: build");
    // Following the failed job's logs ends as watching it does: exit 3, the step and reason.
    let followed = emu.amphost().run(&["job", "logs", "--app", "j", "--branch", "main", "--follow"]);
    let followed = followed.fails_with(3, "job 2 FAILED at step BUILD: npm ERR! missing script: build");
    assert!(followed.stdout.contains("=== BUILD ==="), "{}", followed.stdout);
    // Printing a finished job's logs is data: exit 0 whatever the job's status.
    emu.amphost().run(&["job", "logs", "--app", "j", "--branch", "main"]).ok();
    // A deployment stopped before it started has no steps: it ended CANCELLED all the same.
    let app_id = emu.amphost().json(&["app", "get", "j"])["app"]["appId"].as_str().unwrap().to_string();
    let created = emu.aws(&["create-deployment", "--app-id", &app_id, "--branch-name", "main"]);
    let created: Value = serde_json::from_slice(&created.stdout).unwrap();
    let pending = created["jobId"].as_str().unwrap();
    emu.amphost().run(&["job", "stop", "--app", "j", "--branch", "main", pending]).ok();
    let followed = emu.amphost().run(&["job", "logs", "--app", "j", "--branch", "main", "--follow", pending]);
    followed.fails_with(3, &format!("job {pending} CANCELLED"));
    let retry = emu.amphost().json(&[
        "job",
        "start",
        "--app",
        "j",
        "--branch",
        "main",
        "--job-type",
        "RETRY",
        "--job-id",
        "2",
        "--wait",
    ]);
    assert_eq!(retry["jobSummary"]["status"], "SUCCEED");
}

#[test]
fn an_http_source_url_is_fetched_and_served_and_an_unreachable_one_fails_the_job() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "from a url").unwrap();
    let first =
        emu.amphost().json(&["deploy", site.path().to_str().unwrap(), "--app", "src", "--branch", "main", "--create"]);
    let app_id = first["appId"].as_str().unwrap().to_string();
    // The deployed archive, at a presigned URL on the emulator: a source any client can fetch.
    let arts = emu.amphost().json(&["job", "artifacts", "list", "--app", &app_id, "--branch", "main", "1"]);
    let id = arts["artifacts"][0]["artifactId"].as_str().unwrap();
    let out = std::process::Command::new("aws")
        .args(["amplify", "get-artifact-url", "--artifact-id", id, "--endpoint-url", &emu.url, "--region", "us-east-1"])
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_CONFIG_FILE", emu.dir.path().join("none"))
        .output()
        .expect("the AWS CLI is installed");
    let url: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let url = url["artifactUrl"].as_str().unwrap();
    emu.amphost().json(&["branch", "create", "--app", &app_id, "copy"]);
    let r = emu.amphost().json(&["deploy", "--source-url", url, "--app", &app_id, "--branch", "copy"]);
    assert_eq!(r["status"], "SUCCEED");
    assert_eq!(emu.site_file(&app_id, "copy", "").1, b"from a url");

    let out = emu.amphost().run(&[
        "deploy",
        "--source-url",
        "http://127.0.0.1:9/nothing.zip",
        "--app",
        &app_id,
        "--branch",
        "copy",
    ]);
    out.fails_with(3, "FAILED at step DEPLOY: Could not download http://127.0.0.1:9/nothing.zip");
}

#[test]
fn a_zip_whose_entries_leave_the_site_is_refused_before_anything_is_sent() {
    use std::io::Write;
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("slip.zip");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    z.start_file("index.html", zip::write::SimpleFileOptions::default()).unwrap();
    z.write_all(b"home").unwrap();
    z.start_file("../../evil.sh", zip::write::SimpleFileOptions::default()).unwrap();
    z.finish().unwrap();
    let before = emu.request_count();
    emu.amphost()
        .run(&["deploy", path.to_str().unwrap(), "--app", "slip", "--branch", "main", "--create"])
        .fails_with(2, "holds the entry \"../../evil.sh\", a path that leaves the site");
    assert_eq!(emu.request_count(), before, "nothing sent");
}

/// On a terminal, the job's end is told under its steps (it was printed above them, so that
/// the screen read `job 1 RUNNING`, `job 1 SUCCEED`, then the steps). Run under `script`, a
/// pseudo-terminal; the last frame drawn is what stays on screen.
#[test]
fn on_a_terminal_the_jobs_end_is_told_after_its_steps() {
    let home = tempfile::tempdir().unwrap();
    let site = home.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "hi").unwrap();
    let line = format!("{} --local deploy {} --app tty --branch main --create", common::BIN, site.display());
    let mut cmd = std::process::Command::new("script");
    common::isolated(&mut cmd, home.path());
    let out = cmd
        .env_remove("AMPHOST_DEBUG")
        .env("TERM", "xterm")
        .env("COLUMNS", "80")
        .args(["-qec", &line, "/dev/null"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    let (steps, end) = (shown.rfind("VERIFY"), shown.rfind("job 1 "));
    assert!(steps.is_some() && end > steps, "the job's end is not under its steps:\n{shown:?}");
}

/// `deploy list` is the deployment history, even run beside a folder named `list` that someone
/// meant to deploy: it says how to deploy that folder. Before, it listed deployments with no
/// word about the folder.
#[test]
fn deploy_list_beside_a_folder_named_list_says_how_to_deploy_it() {
    let emu = Emulator::start();
    let here = tempfile::tempdir().unwrap();
    std::fs::create_dir(here.path().join("list")).unwrap();
    std::fs::write(here.path().join("list/index.html"), "hi").unwrap();
    emu.amphost().json(&[
        "deploy",
        here.path().join("list").to_str().unwrap(),
        "--app",
        "lists",
        "--branch",
        "main",
        "--create",
    ]);
    let mut run = emu.amphost();
    run.cmd.current_dir(here.path());
    let out = run.run(&["-o", "json", "deploy", "list", "--app", "lists", "--branch", "main"]).ok();
    assert!(out.stderr.contains("amphost deploy ./list"), "{}", out.stderr);
    assert_eq!(out.json()["deployments"].as_array().map(Vec::len), Some(1), "{}", out.stdout);
}
