//! End-to-end test harness: a real `amphost emulator` process on an ephemeral loopback port
//! with its own data dir, and the real `amphost` binary run against it with an isolated
//! environment (its own HOME, no AWS config of the user's, no instance metadata).
#![allow(dead_code)]

pub mod dns;
pub mod inprocess;
pub mod s3;

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_amphost");

/// The key pair and session token every test run signs with: distinctive, so that the scan of
/// every output (see [`Run::run`]) can tell a leak.
pub const ACCESS_KEY: &str = "AKIDAMPHOSTTEST";
pub const SECRET_KEY: &str = "amphost-test-secret-key-3f9a2b";
pub const SESSION_TOKEN: &str = "amphost-test-session-token-77c1";

/// Secrets the tests hand to amphost. None may ever appear in what it prints, `--debug`
/// traces included (every test run has them on).
pub const SECRETS: &[&str] = &[
    SECRET_KEY,
    SESSION_TOKEN,
    "hunter2secret",
    "YWRtaW46aHVudGVyMnNlY3JldA", // base64 of admin:hunter2secret
    "ghp_TOKENSECRET",
    "s3cret-oauth",
];

pub struct Emulator {
    pub url: String,
    child: Child,
    pub dir: TempDir,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The environment every amphost process in the tests gets: nothing of the user's.
pub fn isolated(cmd: &mut Command, home: &Path) {
    cmd.env_clear()
        .env("AMPHOST_DEBUG", "1")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("AWS_CONFIG_FILE", home.join("aws-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join("aws-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("NO_COLOR", "1");
}

impl Emulator {
    pub fn start() -> Emulator {
        Emulator::start_with(&[])
    }

    pub fn start_with(extra: &[&str]) -> Emulator {
        Emulator::start_in(tempfile::tempdir().expect("temp dir"), extra)
    }

    /// Like [`Emulator::start_with`], in a dir prepared beforehand: the data dir is
    /// `dir/emulator`, as for the others.
    pub fn start_in(dir: TempDir, extra: &[&str]) -> Emulator {
        Emulator::start_with_env(dir, extra, &[])
    }

    /// Like [`Emulator::start_in`], with more environment (keys for the S3 it reads, say).
    pub fn start_with_env(dir: TempDir, extra: &[&str], env: &[(&str, &str)]) -> Emulator {
        let mut cmd = Command::new(BIN);
        isolated(&mut cmd, dir.path());
        cmd.envs(env.iter().copied());
        cmd.args(["emulator", "--port", "0", "--data-dir"])
            .arg(dir.path().join("emulator"))
            .args(["--credentials", &format!("{ACCESS_KEY}:{SECRET_KEY}")])
            .args(extra);
        if !extra.contains(&"--job-step-duration") {
            cmd.args(["--job-step-duration", "200ms"]);
        }
        cmd.stdout(Stdio::piped()).stderr(Stdio::null());
        let mut child = cmd.spawn().expect("emulator starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("emulator prints its URL");
        let url = line.trim().to_string();
        assert!(url.starts_with("http://127.0.0.1:"), "unexpected first line {url:?}");
        Emulator { url, child, dir }
    }

    /// The emulator killed (as a lost machine would be) and started again on the same data,
    /// with `extra` arguments.
    pub fn restart(mut self, extra: &[&str]) -> Emulator {
        let dir = std::mem::replace(&mut self.dir, tempfile::tempdir().expect("temp dir"));
        drop(self);
        Emulator::start_in(dir, extra)
    }

    /// The AWS CLI (`aws amplify ARGS`) aimed at this emulator with the test keys; its output
    /// as is. `.ci/run` installs the AWS CLI when it is missing.
    pub fn aws(&self, args: &[&str]) -> std::process::Output {
        Command::new("aws")
            .args(["amplify", "--endpoint-url", &self.url, "--region", "us-east-1", "--output", "json"])
            .args(args)
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_CONFIG_FILE", self.dir.path().join("no-config"))
            .env("AWS_SHARED_CREDENTIALS_FILE", self.dir.path().join("no-credentials"))
            .output()
            .expect("the AWS CLI (`aws`) is installed; .ci/run installs it")
    }

    /// [`Emulator::aws`] that must succeed: its JSON answer.
    pub fn aws_json(&self, args: &[&str]) -> Value {
        let out = self.aws(args);
        assert!(out.status.success(), "aws {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
    }

    /// An `amphost` command aimed at this emulator with the test keys.
    pub fn amphost(&self) -> Run {
        let mut run = Run::new(self.dir.path());
        self.point_at(&mut run.cmd);
        run
    }

    /// Gives `cmd` (isolated) the test keys and this emulator's address, as amphost's own: for
    /// a program that runs amphost (a shell completing a command line).
    pub fn point_at(&self, cmd: &mut Command) {
        cmd.env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
            .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
            .env("AWS_SESSION_TOKEN", SESSION_TOKEN)
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL", &self.url);
    }
}

/// One amphost invocation being set up.
pub struct Run {
    pub cmd: Command,
    /// Whether stdout may show webhook URLs with their token (see [`Run::allow_webhook_url`]).
    allow_webhook_url: bool,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr))
    }

    /// Asserts success and returns self.
    pub fn ok(self) -> Output {
        assert_eq!(self.code, 0, "expected success\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }

    pub fn fails_with(self, code: i32, needle: &str) -> Output {
        assert_eq!(self.code, code, "expected exit {code}\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        assert!(self.stderr.contains(needle), "stderr lacks {needle:?}:\n{}", self.stderr);
        self
    }
}

/// Sends `signal` (`-INT`, `-TERM`) to a child, as a user's Ctrl-C or a CI runner would.
pub fn signal(child: &Child, signal: &str) {
    assert!(Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap().success());
}

impl Run {
    /// Starts amphost with `args` in the background, stdin closed, stdout and stderr piped (for
    /// a test that signals it: [`signal`]).
    pub fn spawn(mut self, args: &[&str]) -> Child {
        self.cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
    }

    pub fn new(home: &Path) -> Run {
        let mut cmd = Command::new(BIN);
        isolated(&mut cmd, home);
        Run { cmd, allow_webhook_url: false }
    }

    /// For a command asked for a webhook's URL (`webhook create/get/list/update`): its stdout
    /// may show the token inside a webhook URL, and nowhere else. Every other check stays, on
    /// stdout too; stderr (`--debug` traces, status lines, errors) must still never show it.
    pub fn allow_webhook_url(mut self) -> Run {
        self.allow_webhook_url = true;
        self
    }

    pub fn env(mut self, k: &str, v: &str) -> Run {
        self.cmd.env(k, v);
        self
    }

    pub fn env_remove(mut self, k: &str) -> Run {
        self.cmd.env_remove(k);
        self
    }

    /// Runs amphost (with `--debug` on) and fails the test if anything it printed holds a
    /// test secret or a presigned URL's signature.
    pub fn run(mut self, args: &[&str]) -> Output {
        let out = self.cmd.args(args).stdin(Stdio::null()).output().expect("amphost runs");
        let out = Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        if self.allow_webhook_url {
            assert_no_secrets(args, &without_webhook_urls(&out.stdout));
        } else {
            assert_no_secrets(args, &out.stdout);
        }
        assert_no_secrets(args, &out.stderr);
        out
    }

    /// Runs with `-o json` and returns the parsed stdout, asserting success.
    pub fn json(self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        self.run(&all).ok().json()
    }
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Emulator {
    /// Arms the emulator's fault injection (see `POST /_amphost/faults`).
    pub fn inject(&self, faults: &str) {
        let (status, body) = http_request("POST", &format!("{}/_amphost/faults", self.url), None, faults);
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    }

    /// Disarms every fault not yet spent.
    pub fn clear_faults(&self) {
        let (status, body) = http_request("DELETE", &format!("{}/_amphost/faults", self.url), None, "");
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    }

    /// GET of a deployed file: `/_amphost/sites/{app}/{branch}/{path}`.
    pub fn site_file(&self, app_id: &str, branch: &str, path: &str) -> (u16, Vec<u8>) {
        http_get(&format!("{}/_amphost/sites/{app_id}/{branch}/{path}", self.url))
    }

    /// How many API requests the emulator has received so far.
    pub fn request_count(&self) -> u64 {
        let v = http_get_json(&format!("{}/_amphost/requests", self.url));
        v["count"].as_u64().expect("count")
    }
}

/// A minimal HTTP/1.1 GET, for the emulator's admin endpoints and served files.
pub fn http_get(url: &str) -> (u16, Vec<u8>) {
    http_request("GET", url, None, "")
}

/// A minimal HTTP/1.1 request; `host` overrides the Host header (sites by name).
pub fn http_request(method: &str, url: &str, host: Option<&str>, body: &str) -> (u16, Vec<u8>) {
    let mut extra: Vec<(&str, &str)> = host.map(|h| ("Host", h)).into_iter().collect();
    // The emulator's admin routes take only JSON on the methods that change state.
    if method != "GET" {
        extra.push(("Content-Type", "application/json"));
    }
    let answer = http_send(method, url, &extra, body.as_bytes());
    (answer.status, answer.body)
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = b.windows(2).position(|w| w == b"\r\n").expect("chunk size line");
        let size = usize::from_str_radix(std::str::from_utf8(&b[..line_end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[line_end + 2..line_end + 2 + size]);
        b = &b[line_end + 2 + size + 2..];
    }
}

pub fn http_get_json(url: &str) -> Value {
    let (_, body) = http_get(url);
    serde_json::from_slice(&body).expect("JSON body")
}

/// Fails on any test secret, presigned signature or webhook token in `text`.
pub fn assert_no_secrets(args: &[&str], text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "amphost {args:?} printed the secret {secret:?}:\n{text}");
    }
    let leaks =
        regex::Regex::new(r"(?i)\b(X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential|token)=[A-Za-z0-9%]").unwrap();
    if let Some(m) = leaks.find(text) {
        panic!("amphost {args:?} printed a signature or token ({}):\n{text}", m.as_str());
    }
}

/// `text` with every webhook URL (the emulator's `…/_amphost/webhooks?…`, or the service's
/// `https://webhooks.amplify.REGION.amazonaws.com/…`) replaced by `<webhook-url>`: what the
/// secret scan skips for a command that was asked for the URL. A `token=` anywhere else is
/// still a leak.
pub fn without_webhook_urls(text: &str) -> String {
    let re = regex::Regex::new(
        r#"(?i)https?://[^\s"'<>/]+/_amphost/webhooks\?[^\s"'<>]*|https://webhooks\.amplify\.[a-z0-9-]+\.amazonaws\.com/[^\s"'<>]*"#,
    )
    .unwrap();
    re.replace_all(text, "<webhook-url>").into_owned()
}

/// A full HTTP/1.1 exchange: status, headers (lowercased names) and body.
pub struct Exchange {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Exchange {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

pub fn http_exchange(url: &str, extra: &[(&str, &str)]) -> Exchange {
    http_send("GET", url, extra, b"")
}

/// [`http_exchange`] with another method, and a body (its Content-Length sent unless a GET
/// has none).
pub fn http_send(method: &str, url: &str, extra: &[(&str, &str)], body: &[u8]) -> Exchange {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").expect("http URL");
    let (addr, path) = rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap_or((rest, "/".into()));
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    let host = extra.iter().find(|(k, _)| k.eq_ignore_ascii_case("host")).map_or(addr, |(_, v)| *v);
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (k, v) in extra.iter().filter(|(k, _)| !k.eq_ignore_ascii_case("host")) {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method != "GET" {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let split = buf.windows(4).position(|w| w == b"\r\n\r\n").expect("headers end") + 4;
    let head = String::from_utf8_lossy(&buf[..split]).into_owned();
    let mut lines = head.lines();
    let status: u16 =
        lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).expect("status");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = buf[split..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked")) {
        body = dechunk(&body);
    }
    Exchange { status, headers, body }
}

/// A long-running amphost (preview, emulator) whose first stdout line is its URL; killed and
/// scanned for secrets when dropped.
pub struct Server {
    pub url: String,
    child: std::process::Child,
}

impl Server {
    pub fn start(home: &Path, args: &[&str]) -> Server {
        Server::start_in(home, Path::new("."), args)
    }

    /// [`Server::start`], run in the folder `cwd` (a project's).
    pub fn start_in(home: &Path, cwd: &Path, args: &[&str]) -> Server {
        let mut cmd = Command::new(BIN);
        isolated(&mut cmd, home);
        cmd.current_dir(cwd);
        let mut child =
            cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("prints its URL");
        let url = line.trim().trim_end_matches('/').to_string();
        assert!(url.starts_with("http://"), "unexpected first line {url:?}");
        Server { url, child }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
