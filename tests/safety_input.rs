//! Input that could reach further than it should: a region that rewrites the endpoint's host,
//! `file://` values and deploy paths that never end or never open, symlinks out of a previewed
//! folder, and terminal escapes in names. Each is refused (or defused) before harm is done.

mod common;
use common::Emulator;
use std::net::TcpListener;

/// Asserts a bad-input outcome: exit 2, the culprit named, no data, no request.
fn assert_refused(emu: &Emulator, before: u64, out: &common::Output, needle: &str) {
    assert_eq!(out.code, 2, "expected exit 2\nstderr:\n{}", out.stderr);
    assert!(out.stderr.contains(needle), "stderr lacks {needle:?}:\n{}", out.stderr);
    assert!(out.stdout.is_empty(), "printed data:\n{}", out.stdout);
    assert_eq!(emu.request_count(), before, "the request reached the service");
}

#[test]
fn a_region_that_is_not_a_region_name_is_refused_before_any_connection() {
    let emu = Emulator::start();
    let trap = TcpListener::bind("127.0.0.1:0").unwrap();
    trap.set_nonblocking(true).unwrap();
    let port = trap.local_addr().unwrap().port();
    let region = format!("x@127.0.0.1:{port}/");
    let before = emu.request_count();
    let args = ["--region", region.as_str(), "--max-attempts", "1", "--read-timeout", "2s", "app", "list"];
    let out = emu.amphost().env_remove("AWS_ENDPOINT_URL").run(&args);
    let connected = trap.accept().is_ok();
    assert!(!connected, "a signed request was sent to the host the region smuggled in");
    assert_refused(&emu, before, &out, "(from --region) is not an AWS region name");

    let out = emu.amphost().env("AWS_REGION", "evil.example/").run(&["app", "list"]);
    assert_refused(&emu, before, &out, "(from AWS_REGION) is not an AWS region name");
    let out = emu.amphost().env_remove("AWS_REGION").env("AWS_DEFAULT_REGION", "us east 1").run(&["app", "list"]);
    assert_refused(&emu, before, &out, "AWS_DEFAULT_REGION");
    // Real names of other partitions still go through.
    emu.amphost().json(&["--region", "us-gov-west-1", "app", "list"]);
}

/// Runs amphost, failing the test (and killing it) if it has not ended within `limit`.
fn run_within(run: common::Run, args: &[&str], limit: std::time::Duration) -> common::Output {
    use std::process::Stdio;
    let mut cmd = run.cmd;
    let mut child =
        cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
    let deadline = std::time::Instant::now() + limit;
    while child.try_wait().expect("waits").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("amphost {args:?} still running after {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("output");
    common::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn mkfifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}

#[test]
fn endless_or_blocking_files_are_refused_quickly() {
    let emu = Emulator::start();
    let dir = emu.dir.path().to_path_buf();
    let fifo = dir.join("spec.yml");
    mkfifo(&fifo);
    let fifo_arg = format!("file://{}", fifo.display());
    let fifo_zip = dir.join("site.zip");
    mkfifo(&fifo_zip);
    let limit = std::time::Duration::from_secs(20);
    let before = emu.request_count();
    let cases: Vec<(Vec<&str>, String)> = vec![
        (vec!["app", "create", "x", "--build-spec", "file:///dev/zero"], "cannot read /dev/zero".into()),
        (vec!["app", "create", "x", "--custom-rules", "file:///dev/zero"], "cannot read /dev/zero".into()),
        (vec!["app", "create", "x", "--custom-headers", "file:///dev/zero"], "cannot read /dev/zero".into()),
        (vec!["app", "create", "x", "--build-spec", &fifo_arg], format!("cannot read {}", fifo.display())),
        (vec!["app", "create", "x", "--custom-rules", &fifo_arg], format!("cannot read {}", fifo.display())),
        (
            vec!["deploy", fifo_zip.to_str().unwrap(), "--app", "x", "--branch", "main"],
            format!("cannot deploy {}", fifo_zip.display()),
        ),
    ];
    for (args, needle) in &cases {
        let out = run_within(emu.amphost(), args, limit);
        assert_refused(&emu, before, &out, needle);
        assert!(out.stderr.contains("not a regular file"), "{args:?}:\n{}", out.stderr);
    }
}

#[test]
fn a_fifo_inside_a_deployed_folder_is_left_out_with_a_warning() {
    let emu = Emulator::start();
    let site = emu.dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "<h1>hi</h1>").unwrap();
    mkfifo(&site.join("pipe"));
    let args = ["deploy", site.to_str().unwrap(), "--app", "fifo-site", "--branch", "main", "--create"];
    let out = run_within(emu.amphost(), &args, std::time::Duration::from_secs(60));
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert!(out.stderr.contains("pipe is not a regular file"), "{}", out.stderr);
}

/// `amphost preview DIR` with its stderr (the request log) kept in a file; killed when dropped.
struct Preview {
    url: String,
    child: std::process::Child,
    log: std::path::PathBuf,
}

impl Preview {
    fn start(home: &std::path::Path, dir: &std::path::Path) -> Preview {
        use std::io::BufRead;
        use std::process::{Command, Stdio};
        let log = home.join("preview.log");
        let mut cmd = Command::new(common::BIN);
        common::isolated(&mut cmd, home);
        let mut child = cmd
            .args(["preview", dir.to_str().unwrap(), "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(std::fs::File::create(&log).unwrap()))
            .spawn()
            .expect("preview starts");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).expect("prints its URL");
        let url = line.trim().trim_end_matches('/').to_string();
        assert!(url.starts_with("http://"), "unexpected first line {url:?}");
        Preview { url, child, log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn preview_does_not_serve_symlinks_that_leave_the_folder() {
    let home = tempfile::tempdir().unwrap();
    let site = home.path().join("site");
    let outside = home.path().join("outside");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(site.join("index.html"), "<h1>home</h1>").unwrap();
    std::fs::write(site.join("real.txt"), "real").unwrap();
    std::fs::write(outside.join("secret.txt"), "top secret").unwrap();
    std::os::unix::fs::symlink("/etc/passwd", site.join("passwd.txt")).unwrap();
    std::os::unix::fs::symlink(&outside, site.join("out")).unwrap();
    std::os::unix::fs::symlink(site.join("real.txt"), site.join("alias.txt")).unwrap();
    let preview = Preview::start(home.path(), &site);

    let (status, body) = common::http_get(&format!("{}/index.html", preview.url));
    assert_eq!((status, body.as_slice()), (200, b"<h1>home</h1>".as_slice()));
    let (status, body) = common::http_get(&format!("{}/alias.txt", preview.url));
    assert_eq!((status, body.as_slice()), (200, b"real".as_slice()), "a link inside the folder is served");
    for path in ["/passwd.txt", "/out/secret.txt"] {
        let (status, body) = common::http_get(&format!("{}{path}", preview.url));
        let body = String::from_utf8_lossy(&body);
        assert_eq!(status, 404, "{path} answered {status}: {body}");
        assert!(!body.contains("root:") && !body.contains("top secret"), "{path} leaked: {body}");
    }
    // The request log says why; it is written as requests are answered.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !preview.log().contains("/out/secret.txt") && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let log = preview.log();
    let passwd = std::fs::canonicalize("/etc/passwd").unwrap();
    assert!(log.contains(&format!("/passwd.txt leads to {}, outside the folder", passwd.display())), "{log}");
    assert!(log.contains("/out/secret.txt leads to") && log.contains("outside the folder: not served"), "{log}");
}

#[test]
fn terminal_escapes_in_names_are_shown_not_obeyed() {
    const NAME: &str = "evil\x1b[2J\x1b]0;pwned\x07";
    const SHOWN: &str = "evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7}";
    fn raw(what: &str, text: &str) {
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{what} holds raw control characters:\n{text:?}");
    }
    let emu = Emulator::start();
    let created = emu.amphost().run(&["-o", "json", "app", "create", NAME]).ok();
    raw("the status line", &created.stderr);
    assert!(created.stderr.contains(&format!("Created app {SHOWN}")), "{}", created.stderr);
    // JSON stays exact.
    let app_id = created.json()["app"]["appId"].as_str().unwrap().to_string();
    assert_eq!(emu.amphost().json(&["app", "get", &app_id])["app"]["name"], NAME);

    for args in [
        vec!["-o", "table", "app", "list"],
        vec!["-o", "text", "app", "list"],
        vec!["-o", "text", "app", "get", app_id.as_str()],
        vec!["-o", "table", "app", "get", app_id.as_str()],
    ] {
        let out = emu.amphost().run(&args).ok();
        raw(&format!("{args:?}"), &out.stdout);
        raw(&format!("{args:?} (stderr)"), &out.stderr);
        // Tables may wrap a long cell; the escape itself is never split.
        let needle = if args[1] == "text" { SHOWN } else { "\\u{1b}" };
        assert!(out.stdout.contains(needle), "{args:?} lacks {needle:?}:\n{}", out.stdout);
    }
}
