//! The emulator deploys `s3://` sources from a real S3 (moto's server): an archive (ZIP) and
//! a folder of files (BUCKET_PREFIX), served once deployed; an object or prefix that cannot be
//! read fails the job at DEPLOY with the reason, instead of succeeding with nothing to serve.

mod common;
use common::s3::S3Server;
use common::Emulator;
use std::io::Write;

/// An emulator reading S3 at `s3_url`, with keys to sign its S3 requests.
fn emulator_reading(s3_url: &str) -> Emulator {
    let keys = [("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test"), ("AWS_REGION", "us-east-1")];
    Emulator::start_with_env(tempfile::tempdir().unwrap(), &["--s3-endpoint", s3_url], &keys)
}

fn site(dir: &std::path::Path) {
    std::fs::create_dir_all(dir.join("css")).unwrap();
    std::fs::write(dir.join("index.html"), "<h1>from s3</h1>").unwrap();
    std::fs::write(dir.join("css/site.css"), "h1{color:red}").unwrap();
}

fn zip_of(dir: &std::path::Path, out: &std::path::Path) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for name in ["index.html", "css/site.css"] {
        z.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(&std::fs::read(dir.join(name)).unwrap()).unwrap();
    }
    z.finish().unwrap();
}

fn app_id(emu: &Emulator, name: &str) -> String {
    let apps = emu.amphost().json(&["app", "list"]);
    let app = apps["apps"].as_array().unwrap().iter().find(|a| a["name"] == name).unwrap();
    app["appId"].as_str().unwrap().to_string()
}

#[test]
fn zip_and_bucket_prefix_sources_are_fetched_checked_and_served() {
    let s3 = S3Server::start();
    let emu = emulator_reading(&s3.url);
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("site");
    site(&dir);
    zip_of(&dir, &work.path().join("site.zip"));
    s3.make_bucket("sites");
    s3.put(&work.path().join("site.zip"), "s3://sites/builds/site.zip");
    s3.sync(&dir, "s3://sites/releases/42/");

    emu.amphost()
        .run(&[
            "deploy",
            "--source-url",
            "s3://sites/builds/site.zip",
            "--app",
            "s3app",
            "--branch",
            "main",
            "--create",
        ])
        .ok();
    let id = app_id(&emu, "s3app");
    assert_eq!(emu.site_file(&id, "main", "index.html"), (200, b"<h1>from s3</h1>".to_vec()));

    let prefix = ["--source-url", "s3://sites/releases/42/", "--source-url-type", "BUCKET_PREFIX"];
    let mut args = vec!["deploy", "--app", "s3app", "--branch", "files", "--create"];
    args.extend(prefix);
    emu.amphost().run(&args).ok();
    assert_eq!(emu.site_file(&id, "files", "css/site.css"), (200, b"h1{color:red}".to_vec()));
    assert_eq!(emu.site_file(&id, "files", "index.html").0, 200);
}

#[test]
fn sources_that_cannot_be_read_fail_the_job_at_deploy_with_the_reason() {
    let s3 = S3Server::start();
    let emu = emulator_reading(&s3.url);
    s3.make_bucket("empty-bucket");
    let deploy = |url: &str, kind: &str| {
        emu.amphost().run(&[
            "deploy",
            "--source-url",
            url,
            "--source-url-type",
            kind,
            "--app",
            "broken",
            "--branch",
            "main",
            "--create",
        ])
    };
    deploy("s3://empty-bucket/missing.zip", "ZIP")
        .fails_with(3, "DEPLOY")
        .fails_with(3, "Could not read s3://empty-bucket/missing.zip from S3");
    deploy("s3://empty-bucket/nothing/", "BUCKET_PREFIX").fails_with(3, "holds no files to deploy");
    deploy("s3://no-such-bucket/site.zip", "ZIP").fails_with(3, "Could not read s3://no-such-bucket/site.zip");

    // An S3 that cannot be reached at all.
    let unreachable = emulator_reading("http://127.0.0.1:9");
    unreachable
        .amphost()
        .run(&["deploy", "--source-url", "s3://sites/a.zip", "--app", "x", "--branch", "main", "--create"])
        .fails_with(3, "Could not read s3://sites/a.zip from S3");
}

/// An http source that answers only when released: the first request waits (at most a
/// minute) for [`HeldSource::release`], then gets `body`; later ones get it at once.
struct HeldSource {
    url: String,
    release: std::sync::mpsc::Sender<()>,
    answered: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl HeldSource {
    fn start(body: Vec<u8>) -> HeldSource {
        use std::io::{BufRead, BufReader};
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/site.zip", listener.local_addr().unwrap());
        let (release, released) = std::sync::mpsc::channel::<()>();
        let answered = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = answered.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                if !flag.load(Ordering::SeqCst) {
                    let _ = released.recv_timeout(std::time::Duration::from_secs(60));
                    flag.store(true, Ordering::SeqCst);
                }
                let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(&body));
            }
        });
        HeldSource { url, release, answered }
    }

    fn answered(&self) -> bool {
        self.answered.load(std::sync::atomic::Ordering::SeqCst)
    }
}

fn job_status(emu: &Emulator, app: &str) -> serde_json::Value {
    emu.amphost().json(&["job", "get", "--app", app, "--branch", "main", "1"])
}

#[test]
fn a_source_is_fetched_in_the_job_not_in_start_deployment() {
    let work = tempfile::tempdir().unwrap();
    site(&work.path().join("site"));
    zip_of(&work.path().join("site"), &work.path().join("site.zip"));
    let source = HeldSource::start(std::fs::read(work.path().join("site.zip")).unwrap());
    let emu = Emulator::start();
    let deploy = ["deploy", "--source-url", &source.url, "--app", "held", "--branch", "main", "--create", "--no-wait"];
    emu.amphost().run(&deploy).ok();
    // StartDeployment answered while the source had not been sent: the job fetches it.
    assert!(!source.answered(), "the deploy returned only after the source was fetched");
    let job = job_status(&emu, "held");
    assert_eq!(job["job"]["summary"]["status"], "RUNNING", "{job}");
    assert_eq!(job["job"]["steps"][0]["stepName"], "DEPLOY", "{job}");
    // Its log says what it waits for, and nothing it has not done.
    let logs = emu.amphost().run(&["job", "logs", "--app", "held", "--branch", "main", "1"]).ok().stdout;
    assert!(logs.contains("# Fetching the source") && !logs.contains("Invalidating"), "{logs}");
    // A `--local` command opening the same data meanwhile leaves the fetch alone.
    let data = emu.dir.path().join("emulator");
    emu.amphost().env("AMPHOST_DATA_DIR", data.to_str().unwrap()).run(&["--local", "app", "list"]).ok();
    assert_eq!(job_status(&emu, "held")["job"]["summary"]["status"], "RUNNING");

    source.release.send(()).unwrap();
    emu.amphost().run(&["job", "watch", "--app", "held", "--branch", "main", "1"]).ok();
    let logs = emu.amphost().run(&["job", "logs", "--app", "held", "--branch", "main", "1"]).ok().stdout;
    assert!(logs.contains("# Fetching the source") && logs.contains("Step DEPLOY succeeded"), "{logs}");
    assert_eq!(emu.site_file(&app_id(&emu, "held"), "main", "css/site.css"), (200, b"h1{color:red}".to_vec()));
}

#[test]
fn a_fetch_cut_short_by_a_restart_fails_its_job_with_the_reason() {
    let source = HeldSource::start(Vec::new());
    let emu = Emulator::start();
    let deploy = ["deploy", "--source-url", &source.url, "--app", "cut", "--branch", "main", "--create", "--no-wait"];
    emu.amphost().run(&deploy).ok();
    assert_eq!(job_status(&emu, "cut")["job"]["summary"]["status"], "RUNNING");

    // The fetch's heartbeat stops with its emulator: once its lease runs out, the job fails.
    let emu = emu.restart(&[]);
    assert!(!source.answered());
    let watch = ["job", "watch", "--app", "cut", "--branch", "main", "1", "--timeout", "60s"];
    emu.amphost().run(&watch).fails_with(3, "stopped while it was fetching the source");
    let job = job_status(&emu, "cut");
    assert_eq!(job["job"]["summary"]["status"], "FAILED", "{job}");
    // Its log claims nothing it never did.
    let logs = emu.amphost().run(&["job", "logs", "--app", "cut", "--branch", "main", "1"]).ok().stdout;
    assert!(logs.contains("# Fetching the source") && !logs.contains("Uploading the artifacts"), "{logs}");
}

#[test]
fn a_source_that_sends_nothing_fails_its_job_after_the_fetch_timeout() {
    let source = HeldSource::start(Vec::new());
    let emu = Emulator::start_with(&["--fetch-timeout", "1s"]);
    let deploy = ["deploy", "--source-url", &source.url, "--app", "mute", "--branch", "main", "--create"];
    emu.amphost().run(&deploy).fails_with(3, "Could not download");
    assert!(!source.answered(), "the job waited for the source instead of giving up");
}
