//! A real S3 for the tests: moto's server (`pip install 'moto[server]'`, which the README's
//! test command installs) on an ephemeral loopback port, with its own process, killed on drop.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub struct S3Server {
    pub url: String,
    child: Child,
}

impl S3Server {
    pub fn start() -> S3Server {
        // A free port, given back just before moto binds it.
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("moto_server is installed (pip install 'moto[server]'; the README's test command does it)");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(30), "moto_server did not start on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        S3Server { url: format!("http://127.0.0.1:{port}"), child }
    }

    /// `aws s3 …` / `aws s3api …` against this server, which must succeed.
    pub fn aws(&self, args: &[&str]) -> Output {
        let out = self.try_aws(args);
        assert!(out.status.success(), "aws {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out
    }

    /// [`S3Server::aws`], whatever its outcome.
    #[allow(dead_code)]
    pub fn try_aws(&self, args: &[&str]) -> Output {
        let home = std::env::temp_dir();
        Command::new("aws")
            .args(["--endpoint-url", &self.url, "--region", "us-east-1"])
            .args(args)
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_CONFIG_FILE", home.join("amphost-no-aws-config"))
            .env("AWS_SHARED_CREDENTIALS_FILE", home.join("amphost-no-aws-credentials"))
            .output()
            .expect("the AWS CLI is installed")
    }

    pub fn make_bucket(&self, bucket: &str) {
        self.aws(&["s3api", "create-bucket", "--bucket", bucket]);
    }

    pub fn put(&self, file: &Path, url: &str) {
        self.aws(&["s3", "cp", file.to_str().unwrap(), url]);
    }

    pub fn sync(&self, dir: &Path, url: &str) {
        self.aws(&["s3", "sync", dir.to_str().unwrap(), url]);
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `tests/fixtures/s3_proxy.py` in front of an S3 server: faults on object PUTs (throttling,
/// delays, failures), everything else forwarded.
pub struct S3Proxy {
    pub url: String,
    child: Child,
}

impl S3Proxy {
    pub fn start(upstream: &str, faults: &[&str]) -> S3Proxy {
        use std::io::BufRead;
        let script = super::repo_root().join("tests/fixtures/s3_proxy.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(upstream)
            .args(faults)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs the S3 proxy");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let port: u16 = line.trim().parse().expect("the proxy prints its port");
        S3Proxy { url: format!("http://127.0.0.1:{port}"), child }
    }
}

impl Drop for S3Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
