//! The GitHub Action's script (`action/run.sh`) end to end with a simulated runner: the platform
//! mapping; installing a release binary from a local "release" (file://, and over loopback HTTP
//! with GitHub's `latest` redirect) with its SHA-256 checked, and refused when the checksum does
//! not match; the cargo fallback; deploys against
//! the emulator that set the outputs, keep amphost's exit code and post, then update, one pull
//! request comment on a loopback stub of GitHub's comment API.
#![cfg(unix)]

mod common;
use common::{Emulator, Output};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use tempfile::TempDir;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/action/run.sh");
const VERSION: &str = "9.8.7";
/// The token the simulated runner hands the action: it must never be printed.
const GITHUB_TOKEN: &str = "ghs_actionTESTtoken4242";

/// The runner's files (GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STEP_SUMMARY, RUNNER_TEMP) in a
/// temporary folder, fresh for each step.
struct Runner {
    dir: TempDir,
}

impl Runner {
    fn new() -> Runner {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("temp")).unwrap();
        Runner { dir }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `bash action/run.sh ARGS` in the tests' isolated environment, as a step of this runner.
    fn step(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("bash");
        cmd.arg(SCRIPT).args(args);
        common::isolated(&mut cmd, self.dir.path());
        for name in ["GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STEP_SUMMARY"] {
            std::fs::write(self.file(name), "").unwrap();
            cmd.env(name, self.file(name));
        }
        cmd.env("GITHUB_ACTIONS", "true").env("RUNNER_TEMP", self.file("temp"));
        cmd
    }

    /// The step outputs written, by name, each with every value it was given.
    fn outputs(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for line in std::fs::read_to_string(self.file("GITHUB_OUTPUT")).unwrap().lines() {
            let (name, value) = line.split_once('=').unwrap_or_else(|| panic!("not name=value: {line:?}"));
            out.entry(name.to_string()).or_default().push(value.to_string());
        }
        out
    }

    /// The one value of output `name` (written exactly once), or a failure saying what was.
    fn output(&self, name: &str) -> String {
        let all = self.outputs();
        match all.get(name).map(Vec::as_slice) {
            Some([value]) => value.clone(),
            other => panic!("output {name} should be written once, got {other:?}; all: {all:?}"),
        }
    }
}

/// Runs a step; fails the test if anything it printed holds a test secret or the GitHub token.
fn run(mut cmd: Command) -> Output {
    let out = cmd.stdin(Stdio::null()).output().expect("bash runs");
    let out = Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    for text in [&out.stdout, &out.stderr] {
        common::assert_no_secrets(&["action/run.sh"], text);
        assert!(!text.contains(GITHUB_TOKEN), "the GitHub token was printed:\n{text}");
    }
    out
}

// ---- the platform and the release binary ----

#[test]
fn each_runner_gets_the_release_target_that_runs_on_it() {
    let runner = Runner::new();
    for (os, arch, target) in [
        ("Linux", "X64", "x86_64-unknown-linux-musl"),
        ("Linux", "ARM64", "aarch64-unknown-linux-musl"),
        ("macOS", "X64", "x86_64-apple-darwin"),
        ("macOS", "ARM64", "aarch64-apple-darwin"),
        ("Windows", "X64", "x86_64-pc-windows-msvc"),
        // No release binary: the cargo fallback.
        ("Windows", "ARM64", ""),
        ("Linux", "ARM", ""),
        ("Linux", "X86", ""),
    ] {
        let mut cmd = runner.step(&["platform"]);
        cmd.env("RUNNER_OS", os).env("RUNNER_ARCH", arch);
        let out = run(cmd).ok();
        assert_eq!(out.stdout.trim(), target, "{os}/{arch}");
    }
}

/// A release of VERSION laid out as GitHub serves one (`download/vVERSION/NAME`), with an
/// archive per target holding `amphost-vVERSION-TARGET/amphost` (`amphost.exe` in a zip for
/// Windows): a script printing `amphost VERSION (TARGET)`. Each archive has its `.sha256`
/// beside it, as the release workflow writes it. Returns the releases URL (file://).
fn fake_release(root: &Path, targets: &[&str]) -> String {
    let download = root.join(format!("download/v{VERSION}"));
    std::fs::create_dir_all(&download).unwrap();
    for target in targets {
        let name = format!("amphost-v{VERSION}-{target}");
        let program = format!("#!/bin/sh\necho \"amphost {VERSION} ({target})\"\n");
        let archive = if target.contains("windows") {
            let path = download.join(format!("{name}.zip"));
            let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
            let options = zip::write::SimpleFileOptions::default().unix_permissions(0o644);
            zip.start_file(format!("{name}/amphost.exe"), options).unwrap();
            zip.write_all(program.as_bytes()).unwrap();
            zip.start_file(format!("{name}/README.md"), options).unwrap();
            zip.write_all(b"# amphost\n").unwrap();
            zip.finish().unwrap();
            path
        } else {
            let staging = root.join("staging").join(&name);
            std::fs::create_dir_all(&staging).unwrap();
            std::fs::write(staging.join("amphost"), program.as_bytes()).unwrap();
            std::fs::write(staging.join("README.md"), "# amphost\n").unwrap();
            let status = Command::new("chmod").arg("755").arg(staging.join("amphost")).status().unwrap();
            assert!(status.success());
            let path = download.join(format!("{name}.tar.gz"));
            let status = Command::new("tar")
                .arg("-czf")
                .arg(&path)
                .arg("-C")
                .arg(root.join("staging"))
                .arg(&name)
                .status()
                .expect("tar runs");
            assert!(status.success());
            path
        };
        write_checksum(&archive, &hex::encode(Sha256::digest(std::fs::read(&archive).unwrap())));
    }
    format!("file://{}", root.display())
}

/// `ARCHIVE.sha256` holding `HASH  NAME`, as sha256sum writes it.
fn write_checksum(archive: &Path, hash: &str) {
    let name = archive.file_name().unwrap().to_str().unwrap();
    std::fs::write(format!("{}.sha256", archive.display()), format!("{hash}  {name}\n")).unwrap();
}

fn install(runner: &Runner, releases: &str, os: &str, arch: &str) -> Output {
    let mut cmd = runner.step(&["install"]);
    cmd.env("RUNNER_OS", os)
        .env("RUNNER_ARCH", arch)
        .env("INPUT_VERSION", format!("v{VERSION}"))
        .env("AMPHOST_RELEASES_URL", releases);
    run(cmd)
}

#[test]
fn install_puts_the_checksum_verified_binary_of_the_runner_on_the_path() {
    let release = tempfile::tempdir().unwrap();
    let targets = ["x86_64-unknown-linux-musl", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"];
    let releases = fake_release(release.path(), &targets);
    for (os, arch, target, exe) in [
        ("Linux", "X64", targets[0], "amphost"),
        ("macOS", "ARM64", targets[1], "amphost"),
        ("Windows", "X64", targets[2], "amphost.exe"),
    ] {
        let runner = Runner::new();
        let out = install(&runner, &releases, os, arch).ok();
        let dir = runner.file("temp").join(format!("amphost-{VERSION}"));
        assert_eq!(runner.output("installed"), "true", "{os}/{arch}: {}", out.stderr);
        assert_eq!(runner.output("version"), VERSION);
        assert_eq!(runner.output("path"), dir.join(exe).display().to_string());
        let path_file = std::fs::read_to_string(runner.file("GITHUB_PATH")).unwrap();
        assert_eq!(path_file, format!("{}\n", dir.display()));
        // The archive of this runner's target, not another one.
        let installed = Command::new(dir.join(exe)).arg("--version").output().expect("the installed binary runs");
        assert_eq!(String::from_utf8_lossy(&installed.stdout).trim(), format!("amphost {VERSION} ({target})"));
        assert!(out.stderr.contains(&format!("amphost-v{VERSION}-{target}.")), "{}", out.stderr);
    }
}

#[test]
fn a_checksum_that_does_not_match_fails_the_install_and_installs_nothing() {
    let release = tempfile::tempdir().unwrap();
    let target = "x86_64-unknown-linux-musl";
    let releases = fake_release(release.path(), &[target]);
    let archive = release.path().join(format!("download/v{VERSION}/amphost-v{VERSION}-{target}.tar.gz"));
    let checksum = PathBuf::from(format!("{}.sha256", archive.display()));
    let nothing_installed = |runner: &Runner| {
        assert!(!runner.file("temp").join(format!("amphost-{VERSION}")).exists());
        assert_eq!(std::fs::read_to_string(runner.file("GITHUB_PATH")).unwrap(), "");
        let outputs = runner.outputs();
        assert!(!outputs.contains_key("installed") && !outputs.contains_key("path"), "{outputs:?}");
    };

    // Another file's checksum: refused, whatever the fallback could do.
    write_checksum(&archive, &hex::encode(Sha256::digest(b"another archive")));
    let runner = Runner::new();
    install(&runner, &releases, "Linux", "X64").fails_with(1, "checksum mismatch");
    nothing_installed(&runner);

    // The archive changed after its checksum was taken.
    write_checksum(&archive, &hex::encode(Sha256::digest(std::fs::read(&archive).unwrap())));
    let mut bytes = std::fs::read(&archive).unwrap();
    bytes.extend_from_slice(b"appended");
    std::fs::write(archive.as_path(), bytes).unwrap();
    let runner = Runner::new();
    install(&runner, &releases, "Linux", "X64").fails_with(1, "tampered with");
    nothing_installed(&runner);

    // No checksum at all, or not one: never installed unverified.
    std::fs::write(&checksum, "not a checksum\n").unwrap();
    let runner = Runner::new();
    install(&runner, &releases, "Linux", "X64").fails_with(1, "holds no SHA-256 checksum");
    nothing_installed(&runner);
    std::fs::remove_file(checksum).unwrap();
    let runner = Runner::new();
    install(&runner, &releases, "Linux", "X64").fails_with(1, "checksum is unknown");
    nothing_installed(&runner);
}

#[test]
fn without_a_fitting_archive_install_leaves_it_to_the_cargo_fallback() {
    let release = tempfile::tempdir().unwrap();
    let releases = fake_release(release.path(), &["x86_64-unknown-linux-musl"]);
    // No binary for the platform, and a platform whose archive is not in the release.
    for (os, arch, says) in
        [("Windows", "ARM64", "no release binary for Windows ARM64"), ("macOS", "X64", "no release archive")]
    {
        let runner = Runner::new();
        let out = install(&runner, &releases, os, arch).ok();
        assert!(out.stderr.contains(says), "{os}/{arch}: {}", out.stderr);
        assert_eq!(runner.output("installed"), "false");
        assert_eq!(runner.output("version"), VERSION);
        assert_eq!(runner.output("cargo-root"), runner.file("temp").join("amphost-cargo").display().to_string());
        assert_eq!(std::fs::read_to_string(runner.file("GITHUB_PATH")).unwrap(), "");
    }
    // A version input that is not a version never reaches a URL.
    let runner = Runner::new();
    let mut cmd = runner.step(&["install"]);
    cmd.env("INPUT_VERSION", "1.0/../../x").env("AMPHOST_RELEASES_URL", releases);
    run(cmd).fails_with(1, "is not a version number");
}

/// The releases of `root` (as [`fake_release`] lays them out) over HTTP on loopback, as GitHub
/// serves them: `/releases/latest` redirects to the latest tag's page (`latest`), or to
/// `/releases` when there is none; `/releases/download/…` are the files; anything else is 404.
/// Returns the releases URL.
fn serve_releases(root: PathBuf, latest: Option<&'static str>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/releases", listener.local_addr().unwrap());
    // Detached: it ends with the test process.
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            // The whole request is read (a socket closed with unread bytes resets the answer).
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let path = line.split_whitespace().nth(1).unwrap_or_default().to_string();
            let mut header = String::from("-");
            while !header.trim().is_empty() {
                header.clear();
                if reader.read_line(&mut header).unwrap_or(0) == 0 {
                    break;
                }
            }
            let (head, body) = match path.as_str() {
                "/releases/latest" => {
                    let to = latest.map_or("/releases".to_string(), |v| format!("/releases/tag/{v}"));
                    (format!("302 Found\r\nLocation: {to}"), Vec::new())
                }
                p if p.starts_with("/releases/tag/") || p == "/releases" => ("200 OK".to_string(), Vec::new()),
                p => match p.strip_prefix("/releases/").map(|rest| std::fs::read(root.join(rest))) {
                    Some(Ok(bytes)) if !p.contains("..") => ("200 OK".to_string(), bytes),
                    _ => ("404 Not Found".to_string(), b"Not Found".to_vec()),
                },
            };
            let _ = write!(stream, "HTTP/1.1 {head}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(&body);
        }
    });
    url
}

#[test]
fn latest_is_the_release_github_redirects_to_and_a_missing_archive_is_a_404() {
    let release = tempfile::tempdir().unwrap();
    fake_release(release.path(), &["x86_64-unknown-linux-musl"]);
    let releases = serve_releases(release.path().to_path_buf(), Some("v9.8.7"));
    let latest = |os: &str, arch: &str| {
        let runner = Runner::new();
        let mut cmd = runner.step(&["install"]);
        cmd.env("RUNNER_OS", os).env("RUNNER_ARCH", arch).env("AMPHOST_RELEASES_URL", releases.as_str());
        (run(cmd), runner)
    };
    let (out, runner) = latest("Linux", "X64");
    let out = out.ok();
    assert_eq!(runner.output("version"), VERSION);
    assert_eq!(runner.output("installed"), "true", "{}", out.stderr);
    let installed = Command::new(runner.output("path")).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&installed.stdout).trim(),
        format!("amphost {VERSION} (x86_64-unknown-linux-musl)")
    );
    // The release has no archive for this platform: a 404, so the cargo fallback.
    let (out, runner) = latest("Linux", "ARM64");
    assert!(out.ok().stderr.contains("no release archive"));
    assert_eq!(runner.output("installed"), "false");

    // No release yet: GitHub sends /releases/latest to the releases page.
    let releases = serve_releases(release.path().to_path_buf(), None);
    let runner = Runner::new();
    let mut cmd = runner.step(&["install"]);
    cmd.env("INPUT_VERSION", "latest").env("AMPHOST_RELEASES_URL", releases);
    run(cmd).fails_with(1, "no latest release at");
}

/// A `cargo` that records its arguments in CARGO_LOG and "installs" an amphost printing
/// `amphost VERSION` under its --root.
fn fake_cargo(dir: &Path) {
    let script = r#"#!/bin/sh
echo "$*" >> "$CARGO_LOG"
root=""; version=""; prev=""
for a in "$@"; do
  [ "$prev" = --root ] && root=$a
  [ "$prev" = --version ] && version=$a
  prev=$a
done
mkdir -p "$root/bin"
printf '#!/bin/sh\necho "amphost %s"\n' "$version" > "$root/bin/amphost"
chmod 755 "$root/bin/amphost"
"#;
    std::fs::write(dir.join("cargo"), script).unwrap();
    assert!(Command::new("chmod").arg("755").arg(dir.join("cargo")).status().unwrap().success());
}

#[test]
fn the_cargo_fallback_installs_the_version_once_then_uses_the_cached_build() {
    let tools = tempfile::tempdir().unwrap();
    fake_cargo(tools.path());
    let log = tools.path().join("cargo.log");
    let root = tools.path().join("cache/amphost-cargo");
    let path = format!("{}:{}", tools.path().display(), std::env::var("PATH").unwrap_or_default());
    let fallback = |version: &str| {
        let runner = Runner::new();
        let mut cmd = runner.step(&["cargo-install"]);
        cmd.env("PATH", path.as_str())
            .env("CARGO_LOG", log.as_path())
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "ARM")
            .env("AMPHOST_VERSION", version)
            .env("AMPHOST_CARGO_ROOT", root.as_path());
        let out = run(cmd).ok();
        assert_eq!(runner.output("path"), root.join("bin/amphost").display().to_string());
        let path_file = std::fs::read_to_string(runner.file("GITHUB_PATH")).unwrap();
        assert_eq!(path_file, format!("{}\n", root.join("bin").display()));
        out
    };
    let calls =
        || std::fs::read_to_string(log.as_path()).unwrap_or_default().lines().map(str::to_string).collect::<Vec<_>>();

    fallback(VERSION);
    assert_eq!(calls(), [format!("install --locked --root {} amphost --version {VERSION}", root.display())]);
    // The cache restored the same version: no build.
    let out = fallback(VERSION);
    assert!(out.stderr.contains("from the cache"), "{}", out.stderr);
    assert_eq!(calls().len(), 1);
    // Another version: built again.
    fallback("9.9.0");
    assert_eq!(calls().len(), 2);
    assert!(calls()[1].ends_with("--version 9.9.0"), "{:?}", calls());

    // No cargo on the runner: the error says what to add.
    let runner = Runner::new();
    let mut cmd = runner.step(&["cargo-install"]);
    cmd.env("PATH", "/usr/bin:/bin")
        .env("AMPHOST_VERSION", VERSION)
        .env("AMPHOST_CARGO_ROOT", tools.path().join("empty"));
    run(cmd).fails_with(1, "cargo is not installed");
}

// ---- the deploy ----

#[test]
fn the_inputs_become_deploy_arguments_and_args_is_split_but_never_evaluated() {
    let runner = Runner::new();
    let mut cmd = runner.step(&["deploy", "--dry-run"]);
    cmd.current_dir(runner.dir.path())
        .env("INPUT_PATH", "dist")
        .env("INPUT_APP", "my-site")
        .env("INPUT_BRANCH", "pr-7")
        .env("INPUT_CREATE", "true")
        .env("INPUT_BUCKET", "s3://sites/my-site")
        .env("INPUT_MESSAGE", "fix: it's \"done\"")
        .env("INPUT_REGION", "eu-west-1")
        .env("INPUT_ARGS", "--timeout 15m --query 'a b' \"c d\" $(touch evaluated) `touch evaluated`\n--file-map");
    let out = run(cmd).ok();
    let args: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        args,
        [
            "-o",
            "json",
            "--region",
            "eu-west-1",
            "deploy",
            "dist",
            "--app",
            "my-site",
            "--branch",
            "pr-7",
            "--create",
            "--bucket",
            "s3://sites/my-site",
            "--message",
            "fix: it's \"done\"",
            "--timeout",
            "15m",
            "--query",
            "a b",
            "c d",
            "$(touch",
            "evaluated)",
            "`touch",
            "evaluated`",
            "--file-map",
        ]
    );
    assert!(!runner.dir.path().join("evaluated").exists(), "args was evaluated by a shell");

    // Nothing but the defaults: amphost's own (amphost.toml, AMPHOST_APP…) apply.
    let out = run(runner.step(&["deploy", "--dry-run"])).ok();
    assert_eq!(out.stdout.lines().collect::<Vec<_>>(), ["-o", "json", "deploy"]);

    // Inputs that cannot be read fail before amphost runs.
    let mut cmd = runner.step(&["deploy", "--dry-run"]);
    cmd.env("INPUT_CREATE", "yes");
    run(cmd).fails_with(1, "the create input is \"yes\"; use true or false");
    let mut cmd = runner.step(&["deploy", "--dry-run"]);
    cmd.env("INPUT_ARGS", "--message 'unclosed");
    run(cmd).fails_with(1, "the args input does not split into words");
}

/// A loopback stand-in for GitHub's issue comment API: lists, creates and edits comments, and
/// records every request (method, path, Authorization header, body).
struct CommentApi {
    url: String,
    state: Arc<Mutex<ApiState>>,
}

#[derive(Default)]
struct ApiState {
    comments: Vec<Value>,
    requests: Vec<(String, String, String, Value)>,
}

impl CommentApi {
    fn start(existing: Vec<Value>) -> CommentApi {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(ApiState { comments: existing, requests: Vec::new() }));
        let shared = state.clone();
        // Detached: it ends with the test process.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                serve(stream, &shared);
            }
        });
        CommentApi { url, state }
    }

    fn requests(&self) -> Vec<(String, String, String, Value)> {
        self.state.lock().unwrap().requests.clone()
    }

    fn comments(&self) -> Vec<Value> {
        self.state.lock().unwrap().comments.clone()
    }
}

/// One request and its answer (Connection: close).
fn serve(mut stream: std::net::TcpStream, state: &Mutex<ApiState>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let mut words = line.split_whitespace();
    let (method, path) = (words.next().unwrap_or_default().to_string(), words.next().unwrap_or_default().to_string());
    let (mut length, mut auth) = (0usize, String::new());
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).unwrap();
        if header.trim().is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((&header, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().unwrap(),
            "authorization" => auth = value.trim().to_string(),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    let body: Value = if body.is_empty() { Value::Null } else { serde_json::from_slice(&body).unwrap() };
    let (status, answer) = {
        let mut st = state.lock().unwrap();
        st.requests.push((method.clone(), path.clone(), auth, body.clone()));
        let next_id = 1000 + st.comments.len() as u64;
        match method.as_str() {
            "GET" => (200, Value::Array(st.comments.clone())),
            "POST" => {
                let comment = json!({"id": next_id, "body": body["body"]});
                st.comments.push(comment.clone());
                (201, comment)
            }
            "PATCH" => {
                let id: u64 = path.rsplit('/').next().unwrap().parse().unwrap();
                match st.comments.iter_mut().find(|c| c["id"] == id) {
                    Some(c) => {
                        c["body"] = body["body"].clone();
                        (200, c.clone())
                    }
                    None => (404, json!({"message": "Not Found"})),
                }
            }
            _ => (405, json!({})),
        }
    };
    let answer = answer.to_string();
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
        answer.len()
    );
}

/// A deploy step of the action: the emulator's keys in the environment (as
/// aws-actions/configure-aws-credentials leaves them), a pull request event, the comment API.
fn deploy_step(runner: &Runner, emu: &Emulator, api: &CommentApi, work: &Path, event: &Value) -> Command {
    let event_path = runner.file("event.json");
    std::fs::write(&event_path, event.to_string()).unwrap();
    let mut cmd = runner.step(&["deploy"]);
    cmd.env("AWS_ACCESS_KEY_ID", common::ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", common::SECRET_KEY)
        .env("AWS_SESSION_TOKEN", common::SESSION_TOKEN)
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ENDPOINT_URL", &emu.url)
        .env("AMPHOST_BIN", common::BIN)
        .env("GITHUB_EVENT_PATH", event_path)
        .env("GITHUB_REPOSITORY", "acme/site")
        .env("GITHUB_API_URL", &api.url)
        .env("GITHUB_TOKEN", GITHUB_TOKEN)
        .env("GITHUB_SHA", "ffffffffffffffffffffffffffffffffffffffff")
        .env("GITHUB_RUN_ID", "777")
        .env("INPUT_WORKING_DIRECTORY", work)
        .env("INPUT_PATH", "site")
        .env("INPUT_APP", "previews")
        .env("INPUT_BRANCH", "pr-42")
        .env("INPUT_CREATE", "true")
        .env("INPUT_COMMENT", "true")
        .env("INPUT_ARGS", "--no-progress");
    cmd
}

fn pull_request_event() -> Value {
    json!({"action": "synchronize", "number": 42, "pull_request": {"number": 42, "head": {"sha": "abcdef0123456789"}}})
}

/// A working directory holding `site/index.html`.
fn project() -> TempDir {
    let work = tempfile::tempdir().unwrap();
    std::fs::create_dir(work.path().join("site")).unwrap();
    std::fs::write(work.path().join("site/index.html"), "<h1>preview</h1>").unwrap();
    work
}

#[test]
fn deploys_set_the_outputs_pass_exit_codes_through_and_keep_one_pull_request_comment() {
    let emu = Emulator::start();
    let work = project();
    // Someone else's comment on the pull request is left alone.
    let api = CommentApi::start(vec![json!({"id": 7, "body": "Looks good to me"})]);
    let comments_path = "/repos/acme/site/issues/42/comments";
    let first_page = format!("{comments_path}?per_page=100&page=1");

    // 1. A successful deploy: outputs from its JSON, amphost's summary, a new comment.
    let runner = Runner::new();
    let out = run(deploy_step(&runner, &emu, &api, work.path(), &pull_request_event())).ok();
    let result: Value = serde_json::from_str(&out.stdout).expect("the deploy's JSON on stdout");
    let url = result["url"].as_str().unwrap().to_string();
    assert!(url.starts_with(&format!("{}/_amphost/sites/", emu.url)) && url.ends_with("/pr-42/"), "{url}");
    assert_eq!(runner.output("url"), url);
    assert_eq!(runner.output("job-id"), "1");
    assert_eq!(runner.output("status"), "SUCCEED");
    let summary = std::fs::read_to_string(runner.file("GITHUB_STEP_SUMMARY")).unwrap();
    assert!(summary.contains("amphost deploy: SUCCEED") && summary.contains(&url), "{summary}");
    let requests = api.requests();
    let methods: Vec<(&str, &str)> = requests.iter().map(|(m, p, _, _)| (m.as_str(), p.as_str())).collect();
    assert_eq!(methods, [("GET", first_page.as_str()), ("POST", comments_path)]);
    assert!(requests.iter().all(|(_, _, auth, _)| auth == &format!("Bearer {GITHUB_TOKEN}")), "{requests:?}");
    let body = api.comments()[1]["body"].as_str().unwrap().to_string();
    assert!(body.starts_with("<!-- amphost-deploy -->\n"), "{body}");
    for needle in ["amphost deploy: SUCCEED", &url, "| pr-42 | 1 |", "Commit abcdef0", "/acme/site/actions/runs/777"] {
        assert!(body.contains(needle), "the comment lacks {needle:?}:\n{body}");
    }

    // 2. A failed job: exit 3 as amphost exits, the outputs still written, the comment updated.
    emu.inject(r#"{"failNextJob": {"step": "DEPLOY", "reason": "the archive | has <no> index.html"}}"#);
    let runner = Runner::new();
    let mut cmd = deploy_step(&runner, &emu, &api, work.path(), &pull_request_event());
    cmd.env("AMPHOST_JSON_TOOL", "python"); // the runners without jq
    let out = run(cmd).fails_with(3, "job 2 FAILED at step DEPLOY");
    assert_eq!(serde_json::from_str::<Value>(&out.stdout).unwrap()["status"], "FAILED");
    assert_eq!(runner.output("url"), url);
    assert_eq!(runner.output("job-id"), "2");
    assert_eq!(runner.output("status"), "FAILED");
    let comments = api.comments();
    assert_eq!(comments.len(), 2, "{comments:?}");
    assert_eq!(comments[0], json!({"id": 7, "body": "Looks good to me"}));
    let body = comments[1]["body"].as_str().unwrap();
    assert!(body.contains("amphost deploy: FAILED") && body.contains("| pr-42 | 2 |"), "{body}");
    assert!(body.contains(r"Failed at step **DEPLOY**: the archive \| has &lt;no&gt; index.html"), "{body}");
    assert_eq!(api.requests().last().unwrap().1, "/repos/acme/site/issues/comments/1001");

    // 3. The re-run: the same comment again, now with job 3; still one POST in all.
    let runner = Runner::new();
    run(deploy_step(&runner, &emu, &api, work.path(), &pull_request_event())).ok();
    assert_eq!(runner.output("job-id"), "3");
    assert_eq!(runner.output("status"), "SUCCEED");
    let comments = api.comments();
    assert_eq!(comments.len(), 2, "{comments:?}");
    let body = comments[1]["body"].as_str().unwrap();
    assert!(body.contains("amphost deploy: SUCCEED") && body.contains("| pr-42 | 3 |"), "{body}");
    let methods: Vec<String> = api.requests().iter().map(|(m, _, _, _)| m.clone()).collect();
    assert_eq!(methods, ["GET", "POST", "GET", "PATCH", "GET", "PATCH"]);
    // What was deployed is what the emulator serves.
    let app_id = result["appId"].as_str().unwrap();
    assert_eq!(emu.site_file(app_id, "pr-42", "index.html"), (200, b"<h1>preview</h1>".to_vec()));
}

#[test]
fn a_deploy_refused_before_any_job_exits_2_with_empty_outputs_and_no_comment() {
    let emu = Emulator::start();
    let work = project();
    let api = CommentApi::start(Vec::new());
    let runner = Runner::new();
    let mut cmd = deploy_step(&runner, &emu, &api, work.path(), &pull_request_event());
    cmd.env("INPUT_PATH", "no-such-folder");
    let out = run(cmd).fails_with(2, "cannot deploy no-such-folder");
    assert!(out.stderr.contains("no deploy result: no pull request comment"), "{}", out.stderr);
    for name in ["url", "job-id", "status"] {
        assert_eq!(runner.output(name), "", "{name}");
    }
    assert!(api.requests().is_empty(), "{:?}", api.requests());
    assert_eq!(emu.request_count(), 0, "bad input costs no request");
}

#[test]
fn outside_a_pull_request_there_is_no_comment_and_a_comment_that_fails_only_warns() {
    let emu = Emulator::start();
    let work = project();
    let api = CommentApi::start(Vec::new());

    // A push: deployed, no comment asked of the API.
    let runner = Runner::new();
    let push = json!({"ref": "refs/heads/main", "after": "abc"});
    let out = run(deploy_step(&runner, &emu, &api, work.path(), &push)).ok();
    assert!(out.stderr.contains("not a pull request event: no comment"), "{}", out.stderr);
    assert_eq!(runner.output("status"), "SUCCEED");
    assert!(api.requests().is_empty(), "{:?}", api.requests());

    // A pull request whose comment cannot be posted (no API there): the deploy still succeeds.
    let runner = Runner::new();
    let mut cmd = deploy_step(&runner, &emu, &api, work.path(), &pull_request_event());
    cmd.env("GITHUB_API_URL", "http://127.0.0.1:9");
    let out = run(cmd).ok();
    assert!(
        out.stderr.contains("::warning::amphost action: the pull request comment could not be posted"),
        "{}",
        out.stderr
    );
    assert_eq!(runner.output("job-id"), "2");
}
