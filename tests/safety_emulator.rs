//! The emulator guards itself: its admin routes against web pages, its disk against archives
//! that lie and abandoned transfers, its branches against overlapping jobs; and it explains
//! bad input plainly.

mod common;
use common::Emulator;
use std::io::{Read, Write};

/// Sends `head` (request line and headers, without the blank line) and `body` as they are;
/// returns the status and the response text.
fn raw(emu: &Emulator, head: &str, body: &str) -> (u16, String) {
    let addr = emu.url.strip_prefix("http://").unwrap();
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    write!(s, "{head}\r\nHost: {addr}\r\nConnection: close\r\n\r\n{body}").unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, text)
}

/// A POST of `body` to an admin route, with these extra header lines.
fn admin_post(emu: &Emulator, route: &str, headers: &str, body: &str) -> (u16, String) {
    let head = format!("POST /_amphost/{route} HTTP/1.1\r\n{headers}Content-Length: {}", body.len());
    raw(emu, &head, body)
}

#[test]
fn web_pages_cannot_drive_the_admin_routes() {
    let emu = Emulator::start();
    let fault = r#"{"requests": {"count": 20, "kind": "500", "operation": "ListApps"}}"#;
    let own = format!("Origin: {}\r\n", emu.url);
    let refused = [
        ("Content-Type: text/plain\r\n".to_string(), 415),
        (format!("{own}Content-Type: text/plain\r\n"), 415),
        ("Origin: http://evil.example\r\nContent-Type: application/json\r\n".to_string(), 403),
        ("Origin: null\r\nContent-Type: application/json\r\n".to_string(), 403),
        ("Sec-Fetch-Site: cross-site\r\nContent-Type: application/json\r\n".to_string(), 403),
        ("Sec-Fetch-Site: same-site\r\nContent-Type: application/json\r\n".to_string(), 403),
    ];
    for (headers, status) in &refused {
        let (got, text) = admin_post(&emu, "faults", headers, fault);
        assert_eq!(got, *status, "{headers:?}:\n{text}");
        assert!(text.contains("\"message\""), "a JSON error: {text}");
    }
    // Nothing was armed: one attempt suffices.
    emu.amphost().run(&["--max-attempts", "1", "app", "list"]).ok();
    let (got, text) = raw(&emu, "GET /_amphost/requests HTTP/1.1\r\nOrigin: http://evil.example", "");
    assert_eq!(got, 403, "reads are refused to other origins too:\n{text}");
    let (got, text) = raw(&emu, "DELETE /_amphost/faults HTTP/1.1", "");
    assert_eq!(got, 415, "{text}");
    // The emulator's own origin, with JSON, is served.
    let (got, text) = admin_post(&emu, "faults", &format!("{own}Content-Type: application/json\r\n"), fault);
    assert_eq!(got, 200, "{text}");
    emu.amphost().run(&["--max-attempts", "1", "app", "list"]).fails_with(1, "InternalFailureException");
}

/// A zip whose one entry, `index.html`, holds `body` but whose headers (local and central)
/// declare `declared` bytes.
fn lying_zip(body: &[u8], declared: u32) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file("index.html", zip::write::SimpleFileOptions::default()).unwrap();
    z.write_all(body).unwrap();
    let mut bytes = z.finish().unwrap().into_inner();
    assert_eq!(&bytes[..4], b"PK\x03\x04", "a local file header first");
    bytes[22..26].copy_from_slice(&declared.to_le_bytes());
    let central = bytes.windows(4).rposition(|w| w == b"PK\x01\x02").expect("a central directory entry");
    bytes[central + 24..central + 28].copy_from_slice(&declared.to_le_bytes());
    bytes
}

#[test]
fn archives_are_measured_by_what_they_expand_to_not_what_they_declare() {
    let emu = Emulator::start_with(&["--max-expanded-bytes", "1000000"]);
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("liar.zip");
    let content = vec![b'a'; 3_000_000];
    std::fs::write(&zip, lying_zip(&content, 100)).unwrap();
    let out = emu.amphost().run(&["deploy", zip.to_str().unwrap(), "--app", "liar", "--branch", "main", "--create"]);
    let reason = "\"index.html\" does not expand to the 100 bytes its header declares";
    out.fails_with(3, "at step DEPLOY").fails_with(3, reason);
}

#[test]
fn transfers_abandoned_long_ago_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let blobs = dir.path().join("emulator/blobs");
    std::fs::create_dir_all(&blobs).unwrap();
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    let stale = blobs.join("x.partial");
    std::fs::File::create(&stale).unwrap().set_modified(day_ago).unwrap();
    // A transfer of another process on the same data dir, still going: left alone.
    let fresh = blobs.join("y.partial");
    std::fs::write(&fresh, b"arriving").unwrap();
    let emu = Emulator::start_in(dir, &[]);
    emu.amphost().run(&["app", "list"]).ok();
    assert!(!stale.exists(), "the abandoned transfer is removed at start");
    assert!(fresh.exists(), "a transfer in progress is kept");
}

fn blob_names(blobs: &std::path::Path) -> std::collections::BTreeSet<String> {
    std::fs::read_dir(blobs).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect()
}

/// The stored files of a deleted app's deployments are removed by the next day's sweep, at
/// an emulator's start, in the background; those of the apps that remain are kept.
#[test]
fn the_files_of_deleted_apps_are_swept_once_a_day() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "<h1>kept</h1>").unwrap();
    std::fs::write(site.path().join("a.css"), "a{}").unwrap();
    let d = site.path().to_str().unwrap();
    let kept = emu.amphost().json(&["deploy", d, "--app", "keep", "--branch", "main", "--create"]);
    let blobs = emu.dir.path().join("emulator/blobs");
    let of_kept = blob_names(&blobs);
    assert!(!of_kept.is_empty());
    emu.amphost().run(&["deploy", d, "--app", "gone", "--branch", "main", "--create", "--file-map"]).ok();
    emu.amphost().run(&["app", "delete", "gone", "--yes"]).ok();
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    for name in blob_names(&blobs) {
        std::fs::File::options().write(true).open(blobs.join(name)).unwrap().set_modified(day_ago).unwrap();
    }
    assert!(blob_names(&blobs).len() > of_kept.len());

    // The first start swept (nothing) today: the next start within the day does not.
    let emu = emu.restart(&[]);
    emu.amphost().run(&["app", "list"]).ok();
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(blob_names(&blobs).len() > of_kept.len(), "swept twice in a day");

    // A day later.
    let db = rusqlite::Connection::open(emu.dir.path().join("emulator/state.sqlite3")).unwrap();
    db.execute("UPDATE meta SET value = '0' WHERE name = 'blob-sweep'", []).unwrap();
    let emu = emu.restart(&[]);
    let swept = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        blob_names(&blobs) == of_kept
    });
    assert!(swept, "left: {:?}, kept: {of_kept:?}", blob_names(&blobs));
    let app = kept["appId"].as_str().unwrap();
    assert_eq!(emu.site_file(app, "main", "index.html"), (200, b"<h1>kept</h1>".to_vec()));
}

/// While a job fetches its source (here another process's, its heartbeat fresh), the blobs it
/// has fetched are named nowhere yet: the sweep waits for a start when no fetch runs.
#[test]
fn no_sweep_while_a_job_fetches_its_source() {
    let emu = Emulator::start();
    emu.amphost().run(&["app", "list"]).ok();
    // A job fetching its source, and a blob it fetched a day ago (written after the job, so
    // that no sweep ever sees the blob without the job).
    let db = rusqlite::Connection::open(emu.dir.path().join("emulator/state.sqlite3")).unwrap();
    let in_an_hour = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() + 3600;
    let job = format!(r#"{{"fetching": true, "fetchHeartbeat": {in_an_hour}}}"#);
    db.execute("INSERT INTO resources (arn, kind, parent, doc) VALUES ('j', 'job', 'b', ?1)", [&job]).unwrap();
    let fetched = emu.dir.path().join("emulator/blobs/0123456789abcdef0123456789abcdef");
    std::fs::write(&fetched, "fetched a day ago, not yet recorded").unwrap();
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    std::fs::File::options().write(true).open(&fetched).unwrap().set_modified(day_ago).unwrap();
    db.execute("UPDATE meta SET value = '0' WHERE name = 'blob-sweep'", []).unwrap();

    let emu = emu.restart(&[]);
    emu.amphost().run(&["app", "list"]).ok();
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(fetched.exists(), "a fetch's blob was swept while it ran");
    let claimed: i64 = db.query_row("SELECT COUNT(*) FROM meta WHERE name = 'blob-sweep'", [], |r| r.get(0)).unwrap();
    assert_eq!(claimed, 0, "the day's sweep is left to the next start");

    // The fetch ended without naming it (it failed): the next start sweeps it.
    db.execute("UPDATE resources SET doc = '{}' WHERE arn = 'j'", []).unwrap();
    let _emu = emu.restart(&[]);
    let swept = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        !fetched.exists()
    });
    assert!(swept, "the unreferenced blob was kept");
}

/// Rules and headers set outside amphost (the console, the AWS CLI) may hold what HTTP cannot
/// carry: a redirect's target is percent-encoded, a header that cannot be sent is left out,
/// and the site goes on answering (a control character in a target crashed the handler; one
/// in a header turned every file into a 404).
#[test]
fn rules_and_headers_that_http_cannot_carry_never_break_a_site() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "<h1>up</h1>").unwrap();
    let d = site.path().to_str().unwrap();
    let app = emu.amphost().json(&["deploy", d, "--app", "odd", "--branch", "main", "--create"])["appId"]
        .as_str()
        .unwrap()
        .to_string();
    let rules = r#"[{"source": "/t", "target": "/u\u001b[31m é", "status": "301"}]"#;
    let headers = "customHeaders:\n  - pattern: '**/*'\n    headers:\n      - key: X-A\n        value: \"a\\eb\"\n      - key: X-Ok\n        value: fine\n";
    let set = emu.aws(&["update-app", "--app-id", &app, "--custom-rules", rules, "--custom-headers", headers]);
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));

    let (status, text) = raw(&emu, &format!("GET /_amphost/sites/{app}/main/t HTTP/1.1"), "");
    assert_eq!(status, 301, "{text}");
    let location = format!("location: /_amphost/sites/{app}/main/u%1b[31m%20%c3%a9\r\n");
    assert!(text.to_ascii_lowercase().contains(&location), "{text}");
    let (status, text) = raw(&emu, &format!("GET /_amphost/sites/{app}/main/index.html HTTP/1.1"), "");
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("<h1>up</h1>") && text.to_ascii_lowercase().contains("x-ok: fine"), "{text}");
    assert!(!text.to_ascii_lowercase().contains("x-a:"), "{text}");
}

#[test]
fn a_data_file_that_is_no_database_is_named_as_such() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data-dir");
    std::fs::create_dir_all(&data).unwrap();
    let file = data.join("state.sqlite3");
    std::fs::write(&file, "this is no SQLite database\n".repeat(200)).unwrap();
    let out = common::Run::new(home.path()).run(&["emulator", "--port", "0", "--data-dir", data.to_str().unwrap()]);
    assert_ne!(out.code, 0, "{}", out.stderr);
    let expected = format!("the emulator's data file {} is not a valid database", file.display());
    assert!(out.stderr.contains(&expected), "{}", out.stderr);
    assert!(out.stderr.contains("another --data-dir"), "{}", out.stderr);
    assert!(!out.stderr.contains("another --port"), "the port is not the problem:\n{}", out.stderr);
}

#[test]
fn a_job_failure_at_a_step_jobs_do_not_have_is_refused() {
    let emu = Emulator::start();
    let url = format!("{}/_amphost/faults", emu.url);
    let (status, body) = common::http_request("POST", &url, None, r#"{"failNextJob": {"step": "BUILDX"}}"#);
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("BUILDX") && body.contains("BUILD, DEPLOY, VERIFY"), "{body}");
    emu.inject(r#"{"failNextJob": {"step": "VERIFY", "reason": "checked"}}"#);
}

#[test]
fn a_malformed_chunked_body_is_a_bad_request_not_a_large_one() {
    let emu = Emulator::start();
    let head = "POST /apps HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked";
    let (status, text) = raw(&emu, head, "zz\r\nxx\r\n0\r\n\r\n");
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("BadRequestException"), "{text}");
}

fn refused_as_busy(out: &std::process::Output, job_id: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a second job was accepted: {}", String::from_utf8_lossy(&out.stdout));
    let expected = format!("The last job {job_id} was not finished.");
    assert!(stderr.contains("BadRequestException") && stderr.contains(&expected), "{stderr}");
}

/// `aws amplify OP --app-id APP --branch-name BRANCH MORE…`.
fn on_branch(emu: &Emulator, op: &str, app: &str, branch: &str, more: &[&str]) -> std::process::Output {
    let mut args = vec![op, "--app-id", app, "--branch-name", branch];
    args.extend_from_slice(more);
    emu.aws(&args)
}

#[test]
fn a_branch_runs_one_job_at_a_time() {
    // Steps long enough that the job is still RUNNING when the next command is asked.
    let emu = Emulator::start_with(&["--job-step-duration", "5s"]);
    let app = emu.amphost().json(&["app", "create", "races"]);
    let id = app["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", "races", "main"]);
    let release = ["--job-type", "RELEASE"];
    let first = on_branch(&emu, "create-deployment", &id, "main", &[]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    // The deployment is PENDING until started: no other job meanwhile.
    refused_as_busy(&on_branch(&emu, "create-deployment", &id, "main", &[]), "1");
    refused_as_busy(&on_branch(&emu, "start-job", &id, "main", &release), "1");
    // Starting the pending deployment itself is what it waits for (nothing was uploaded: it
    // fails at DEPLOY, after running).
    let started = on_branch(&emu, "start-deployment", &id, "main", &["--job-id", "1"]);
    assert!(started.status.success(), "{}", String::from_utf8_lossy(&started.stderr));
    refused_as_busy(&on_branch(&emu, "start-job", &id, "main", &release), "1");
    emu.amphost().run(&["job", "watch", "--app", "races", "--branch", "main", "1"]).fails_with(3, "FAILED");
    let next = on_branch(&emu, "start-job", &id, "main", &release);
    assert!(next.status.success(), "a finished job frees the branch: {}", String::from_utf8_lossy(&next.stderr));

    // Requests at once: one job is made, the others are refused.
    emu.amphost().json(&["branch", "create", "--app", "races", "dev"]);
    let (emu, id) = (&emu, id.as_str());
    let outs: Vec<std::process::Output> = std::thread::scope(|s| {
        let mut runs = Vec::new();
        for _ in 0..4 {
            runs.push(s.spawn(move || on_branch(emu, "create-deployment", id, "dev", &[])));
        }
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    assert_eq!(outs.iter().filter(|o| o.status.success()).count(), 1, "exactly one deployment is created");
    for out in outs.iter().filter(|o| !o.status.success()) {
        refused_as_busy(out, "1");
    }
}

/// As a service (`docker stop`, a CI runner ending a job), the emulator stops on SIGTERM with
/// exit 0, saying so, and keeps its data for the next start.
#[cfg(unix)]
/// `amphost emulator` on any free port with its data in `data` (HOME isolated in `home`), and
/// the URL it printed once serving.
fn start_emulator(home: &std::path::Path, data: &std::path::Path) -> (std::process::Child, String) {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let mut cmd = Command::new(common::BIN);
    common::isolated(&mut cmd, home);
    cmd.args(["emulator", "--port", "0", "--data-dir"]).arg(data);
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut url = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut url).unwrap();
    (child, url.trim().to_string())
}

#[test]
fn sigterm_stops_the_emulator_cleanly_and_keeps_its_data() {
    use std::process::Command;
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let start = || start_emulator(home.path(), &data);
    let run = |url: &str, args: &[&str]| {
        common::Run::new(home.path())
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL", url)
            .json(args)
    };
    let (child, url) = start();
    run(&url, &["app", "create", "kept"]);
    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("amphost emulator stopped (SIGTERM)"), "{stderr}");
    let (mut again, url) = start();
    let apps = run(&url, &["app", "list"]);
    let _ = again.kill();
    let _ = again.wait();
    assert_eq!(apps["apps"][0]["name"], "kept", "{apps}");
}

/// The emulator and preview print their URL once they serve: a signal sent the moment a
/// script reads it is a clean stop (exit 0, said on stderr), never the default action that
/// kills without a word. Each is stopped by each signal a service manager or terminal sends.
#[test]
fn a_signal_right_after_the_url_is_a_clean_stop_for_the_emulator_and_preview() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let home = tempfile::tempdir().unwrap();
    let site = home.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "hi").unwrap();
    let data = home.path().join("data");
    let emulator = ["emulator", "--port", "0", "--data-dir", data.to_str().unwrap()];
    let preview = ["preview", site.to_str().unwrap(), "--port", "0"];
    for (args, said) in [(&emulator[..], "amphost emulator stopped"), (&preview[..], "preview stopped")] {
        for (signal, name) in [("-TERM", "SIGTERM"), ("-HUP", "SIGHUP"), ("-INT", "an interrupt")].repeat(3) {
            let mut cmd = Command::new(common::BIN);
            common::isolated(&mut cmd, home.path());
            let mut child = cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
            let mut url = String::new();
            std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut url).unwrap();
            assert!(url.starts_with("http://"), "{url}");
            assert!(Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap().success());
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(0), "{args:?} {signal}: {:?} {stderr}", out.status);
            assert!(stderr.contains(&format!("{said} ({name})")), "{args:?} {signal}: {stderr}");
        }
    }
}

/// The emulator waits for requests in flight when told to stop; told again, it stops at once,
/// saying its data is kept (not a bare "interrupted").
#[test]
fn a_second_signal_while_the_emulator_drains_stops_it_saying_its_data_is_kept() {
    use std::process::{Command, Stdio};
    let home = tempfile::tempdir().unwrap();
    let (child, url) = start_emulator(home.path(), &home.path().join("data"));
    let (status, body) = common::http_request(
        "POST",
        &format!("{url}/_amphost/faults"),
        None,
        r#"{"requests": {"count": 1, "kind": "slow", "delayMs": 30000, "operation": "ListApps"}}"#,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let mut in_flight = common::Run::new(home.path())
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ENDPOINT_URL", &url)
        .cmd;
    let mut in_flight = in_flight.args(["app", "list"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    for signal in ["-TERM", "-INT"] {
        assert!(Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap().success());
        std::thread::sleep(std::time::Duration::from_millis(700));
    }
    let out = child.wait_with_output().unwrap();
    let _ = in_flight.kill();
    let _ = in_flight.wait();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted again") && stderr.contains("its data is kept in"), "{stderr}");
}

/// What StartDeployment checked is what is served: the job's upload URLs close when it starts.
/// Before, a PUT after the deployment replaced the live site's files unchecked (or broke it:
/// a 500 naming the data folder).
#[test]
fn upload_urls_close_when_their_deployment_starts() {
    let emu = Emulator::start();
    let app = emu.amphost().json(&["app", "create", "sealed"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", "sealed", "main"]);
    let aws = |args: &[&str]| emu.aws_json(args);
    // A file-map deployment of index.html with this MD5: its job ID and upload URL.
    let deployment = |md5: &str| {
        let file_map = format!(r#"{{"index.html": "{md5}"}}"#);
        let created = aws(&["create-deployment", "--app-id", &app, "--branch-name", "main", "--file-map", &file_map]);
        let url = created["fileUploadUrls"]["index.html"].as_str().unwrap().to_string();
        (created["jobId"].as_str().unwrap().to_string(), url)
    };
    let (job, url) = deployment("f7b1e2f6f4dd4c2d0d2ed2d4e2a5b6b2"); // not checked until StartDeployment
    assert_eq!(put(&url, "v1"), "200");
    // The MD5 given was not v1's: StartDeployment fails the job, and the URL closes all the same.
    let job = job.as_str();
    aws(&["start-deployment", "--app-id", &app, "--branch-name", "main", "--job-id", job]);
    assert_eq!(put(&url, "v2"), "403", "an upload URL took new content after its deployment started");
    emu.amphost()
        .run(&["job", "watch", "--app", "sealed", "--branch", "main", job])
        .fails_with(3, "does not match its MD5");
    // A deployment whose check passed keeps serving what was checked.
    let (job, url) = deployment("6654c734ccab8f440ff0825eb443dc7f"); // md5 of "v1"
    assert_eq!(put(&url, "v1"), "200");
    aws(&["start-deployment", "--app-id", &app, "--branch-name", "main", "--job-id", &job]);
    emu.amphost().run(&["job", "watch", "--app", "sealed", "--branch", "main", &job]).ok();
    assert_eq!(put(&url, "tampered"), "403");
    let site = common::http_exchange(&format!("{}/_amphost/sites/{app}/main/index.html", emu.url), &[]);
    assert_eq!((site.status, site.body.as_slice()), (200, b"v1".as_slice()));
    // A deployment stopped before it started takes no more uploads either.
    let (job, url) = deployment("6654c734ccab8f440ff0825eb443dc7f");
    aws(&["stop-job", "--app-id", &app, "--branch-name", "main", "--job-id", &job]);
    assert_eq!(put(&url, "v1"), "403");
}

/// PUTs `body` to `url` with curl, as any client of an upload URL would; the HTTP status.
fn put(url: &str, body: &str) -> String {
    let out = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "PUT", "--data-binary", body, url])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// As the service: a CUSTOM certificate without its ARN is refused; a domain is found however
/// its name is spelled (`Example.NET.` is `example.net`); a file map key that names no
/// reachable file (`a//b.html`, `dir/`) is refused.
#[test]
fn domains_certificates_and_file_map_keys_are_checked_as_the_service_does() {
    let emu = Emulator::start();
    let app = emu.amphost().json(&["app", "create", "strict"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", "strict", "main"]);
    let subs = r#"[{"prefix": "www", "branchName": "main"}]"#;
    let create = |domain: &str, more: &[&str]| {
        let mut args = vec!["create-domain-association", "--app-id", &app, "--domain-name", domain];
        args.extend(["--sub-domain-settings", subs]);
        args.extend(more);
        emu.aws(&args)
    };
    let custom = create("example.org", &["--certificate-settings", "type=CUSTOM"]);
    assert!(!custom.status.success());
    assert!(String::from_utf8_lossy(&custom.stderr).contains("customCertificateArn is required"));
    assert!(create("example.net", &[]).status.success());
    for op in ["get-domain-association", "generate-access-logs"] {
        let got = emu.aws(&[op, "--app-id", &app, "--domain-name", "Example.NET."]);
        assert!(got.status.success(), "{op}: {}", String::from_utf8_lossy(&got.stderr));
    }
    for key in ["a//b.html", "dir/"] {
        let map = format!(r#"{{"{key}": "6654c734ccab8f440ff0825eb443dc7f"}}"#);
        let out = emu.aws(&["create-deployment", "--app-id", &app, "--branch-name", "main", "--file-map", &map]);
        assert!(!out.status.success(), "{key} was taken");
        assert!(String::from_utf8_lossy(&out.stderr).contains("is not a path inside the site"), "{key}");
    }
}

/// The command the emulator suggests when it starts works as printed, in a shell with no AWS
/// settings at all (it failed for want of credentials, exit 4).
#[cfg(unix)]
#[test]
fn the_emulators_suggested_command_works_as_printed() {
    use std::io::BufRead;
    let home = tempfile::tempdir().unwrap();
    let (mut child, _url) = start_emulator(home.path(), &home.path().join("data"));
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut said = String::new();
    while !said.contains("try: ") {
        said.clear();
        assert!(stderr.read_line(&mut said).unwrap() > 0, "no suggestion");
    }
    let suggested = said.split("try: ").nth(1).unwrap().trim().replacen("amphost", common::BIN, 1);
    let mut cmd = std::process::Command::new("sh");
    common::isolated(&mut cmd, home.path());
    let out = cmd.args(["-c", &suggested]).output().unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(out.status.success(), "{suggested}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Two PUTs to one upload URL at once each write a file of their own: a slow one that ends
/// after StartDeployment checked the fast one's bytes is refused, and the site keeps what was
/// checked. Before, both wrote into one temporary file, and the slow one's bytes went live.
#[test]
fn a_put_overlapping_another_cannot_change_what_was_checked() {
    let emu = Emulator::start();
    let app = emu.amphost().json(&["app", "create", "race"])["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", "race", "main"]);
    let aws = |args: &[&str]| emu.aws_json(args);
    let file_map = r#"{"index.html": "6654c734ccab8f440ff0825eb443dc7f"}"#; // md5 of "v1"
    let created = aws(&["create-deployment", "--app-id", &app, "--branch-name", "main", "--file-map", file_map]);
    let url = created["fileUploadUrls"]["index.html"].as_str().unwrap().to_string();
    let (addr, target) = url.strip_prefix("http://").unwrap().split_once('/').unwrap();
    // The slow PUT: its first chunk now, the rest after the deployment started.
    let mut slow = std::net::TcpStream::connect(addr).unwrap();
    write!(
        slow,
        "PUT /{target} HTTP/1.1\r\nHost: {addr}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\nX\r\n"
    )
    .unwrap();
    slow.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(put(&url, "v1"), "200");
    let job = created["jobId"].as_str().unwrap();
    aws(&["start-deployment", "--app-id", &app, "--branch-name", "main", "--job-id", job]);
    emu.amphost().run(&["job", "watch", "--app", "race", "--branch", "main", job]).ok();
    write!(slow, "8\r\nTAMPERED\r\n0\r\n\r\n").unwrap();
    let mut answer = String::new();
    slow.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    let site = common::http_exchange(&format!("{}/_amphost/sites/{app}/main/index.html", emu.url), &[]);
    assert_eq!((site.status, site.body.as_slice()), (200, b"v1".as_slice()));
}
