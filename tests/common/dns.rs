//! A real DNS server for the tests: `tests/fixtures/dns_server.py` (dnslib, which the README's
//! test command installs), authoritative for one zone file, on a free loopback port over UDP and
//! TCP, with its own process, killed on drop.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// An authoritative DNS server for one zone file on a free loopback port; killed on drop.
pub struct DnsServer {
    /// `127.0.0.1:PORT`, as `--nameserver` takes it.
    pub addr: String,
    child: Child,
}

impl DnsServer {
    /// Serves `zone` (master-file lines), written to `dir/NAME.zone`.
    pub fn start(dir: &Path, name: &str, zone: &str) -> DnsServer {
        let file = dir.join(format!("{name}.zone"));
        std::fs::write(&file, zone).unwrap();
        let script = super::repo_root().join("tests/fixtures/dns_server.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(&file)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("the server's first line");
        let port: u16 = line.trim().parse().unwrap_or_else(|_| {
            panic!(
                "the DNS server did not start ({line:?}): is dnslib installed? (the README's test command installs it)"
            )
        });
        DnsServer { addr: format!("127.0.0.1:{port}"), child }
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
