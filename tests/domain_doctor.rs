//! `domain doctor` against real DNS servers: `tests/fixtures/dns_server.py` (dnslib, which the
//! README's test command installs) on loopback ports, UDP and TCP, each serving a zone written
//! from what the emulator's domain association asks for: right, missing, wrong, an A record
//! where a CNAME belongs, CAA-blocked, and half-propagated (two servers that disagree). Then
//! `domain wait`, which shows the same check when a domain stays unverified or fails.

mod common;
use common::dns::DnsServer;
use common::{Emulator, Output};
use serde_json::Value;

/// What the emulator says example.com needs: the verification CNAME (name and target, with
/// their final dots) and the CloudFront target of the sub-domains (without).
struct Needs {
    cert_name: String,
    cert_target: String,
    target: String,
}

/// Addresses from the documentation ranges (RFC 5737): the target's, and one that is not.
const TARGET_IPS: [&str; 2] = ["192.0.2.10", "192.0.2.11"];
const OTHER_IP: &str = "198.51.100.7";

impl Needs {
    fn verification(&self) -> String {
        format!("{} 300 IN CNAME {}\n", self.cert_name, self.cert_target)
    }

    fn www(&self) -> String {
        format!("www.example.com. 300 IN CNAME {}.\n", self.target)
    }

    /// The target's addresses, and the apex holding the first (what an ALIAS record answers).
    fn apex(&self) -> String {
        let mut zone = format!("example.com. 300 IN A {}\n", TARGET_IPS[0]);
        for ip in TARGET_IPS {
            zone.push_str(&format!("{}. 300 IN A {ip}\n", self.target));
        }
        zone
    }

    fn right(&self) -> String {
        format!("{}{}{}", self.verification(), self.www(), self.apex())
    }
}

/// An app `doc` with a branch and the domain example.com (www and the apex), and what it needs.
fn setup(emu: &Emulator) -> Needs {
    emu.amphost().json(&["app", "create", "doc"]);
    emu.amphost().json(&["branch", "create", "--app", "doc", "main"]);
    emu.amphost().json(&[
        "domain",
        "create",
        "--app",
        "doc",
        "example.com",
        "--sub-domain",
        "www=main",
        "--sub-domain",
        "=main",
    ]);
    needs(emu, "example.com")
}

fn needs(emu: &Emulator, domain: &str) -> Needs {
    let got = emu.amphost().json(&["domain", "get", "--app", "doc", domain]);
    let assoc = &got["domainAssociation"];
    let cert: Vec<&str> = assoc["certificateVerificationDNSRecord"].as_str().unwrap().split_whitespace().collect();
    let www = assoc["subDomains"][0]["dnsRecord"].as_str().unwrap();
    let target = www.split_whitespace().last().unwrap().trim_end_matches('.').to_string();
    Needs { cert_name: cert[0].to_string(), cert_target: cert[2].to_string(), target }
}

fn doctor(emu: &Emulator, format: &str, servers: &[&DnsServer]) -> Output {
    let mut args = vec!["-o", format, "domain", "doctor", "--app", "doc", "example.com"];
    for s in servers {
        args.extend(["--nameserver", s.addr.as_str()]);
    }
    emu.amphost().run(&args)
}

/// The report's rows as (record, type, verdict).
fn verdicts(report: &Value) -> Vec<(String, String, String)> {
    let s = |r: &Value, k: &str| r[k].as_str().unwrap_or_default().to_string();
    report["records"].as_array().unwrap().iter().map(|r| (s(r, "record"), s(r, "type"), s(r, "verdict"))).collect()
}

fn row<'a>(report: &'a Value, record: &str, kind: &str) -> &'a Value {
    report["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["record"] == record && r["type"] == kind)
        .unwrap_or_else(|| panic!("no {kind} row for {record}: {report:#}"))
}

#[test]
fn a_zone_with_every_record_right_passes_and_the_apex_may_hold_the_targets_addresses() {
    let emu = Emulator::start();
    let needs = setup(&emu);
    let dns = DnsServer::start(emu.dir.path(), "right", &needs.right());
    let out = doctor(&emu, "json", &[&dns]).ok();
    let report = out.json();
    assert_eq!(report["ready"], true, "{report:#}");
    let cert = needs.cert_name.trim_end_matches('.');
    assert_eq!(
        verdicts(&report),
        [
            (cert.to_string(), "CNAME".into(), "ok".into()),
            ("www.example.com".into(), "CNAME".into(), "ok".into()),
            ("example.com".into(), "ALIAS".into(), "ok".into()),
            ("example.com".into(), "CAA".into(), "ok".into()),
        ]
    );
    assert_eq!(row(&report, "example.com", "ALIAS")["found"], format!("A {}", TARGET_IPS[0]));
    assert_eq!(report["resolvers"], serde_json::json!([dns.addr]));
    assert!(out.stderr.contains("Every DNS record example.com needs is in place"), "{}", out.stderr);

    let table = doctor(&emu, "table", &[&dns]).ok();
    assert!(table.stdout.starts_with("RECORD"), "{}", table.stdout);
    assert!(table.stdout.contains("VERDICT") && !table.stdout.contains("; "), "{}", table.stdout);
}

#[test]
fn a_server_that_fails_leaves_every_record_unknown_never_missing_or_ok() {
    let emu = Emulator::start();
    let needs = setup(&emu);
    let broken = DnsServer::start(emu.dir.path(), "servfail", &format!("; SERVFAIL\n{}", needs.right()));
    let out = doctor(&emu, "json", &[&broken]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = out.json();
    assert_eq!(report["ready"], false);
    for (record, kind, verdict) in verdicts(&report) {
        assert_eq!(verdict, "unknown", "{record} {kind}: {report:#}");
    }
}

#[test]
fn missing_records_are_named_with_lines_that_make_them_right_when_pasted() {
    let emu = Emulator::start();
    let needs = setup(&emu);
    let empty = DnsServer::start(emu.dir.path(), "empty", "; nothing yet\n");
    let out = doctor(&emu, "json", &[&empty]).fails_with(1, "the DNS of example.com is not ready: 3 missing");
    assert!(out.stderr.contains("each record's `line`"), "{}", out.stderr);
    let report = out.json();
    assert_eq!(report["ready"], false);
    let www = row(&report, "www.example.com", "CNAME");
    assert_eq!((www["verdict"].as_str(), www["found"].as_str()), (Some("missing"), Some("nothing")));
    let apex = row(&report, "example.com", "ALIAS");
    assert_eq!(apex["line"], format!("example.com. 300 IN ALIAS {}.", needs.target));
    assert!(apex["note"].as_str().unwrap().contains("ALIAS or ANAME"), "{apex:#}");
    assert_eq!(row(&report, "example.com", "CAA")["verdict"], "ok");

    // The table ends with the lines to paste, zone-file syntax with `;` comments.
    let table = doctor(&emu, "table", &[&empty]).fails_with(1, "set the lines above at your DNS provider");
    let cert_line = format!("{} 300 IN CNAME {}", needs.cert_name, needs.cert_target);
    let www_line = format!("www.example.com. 300 IN CNAME {}.", needs.target);
    for line in [&cert_line, &www_line] {
        assert!(table.stdout.lines().any(|l| l == line), "no line {line:?} in:\n{}", table.stdout);
    }
    assert!(table.stdout.contains("; www.example.com (branch main, missing): add this CNAME"), "{}", table.stdout);

    // Pasted into the zone (with the apex's addresses, as an ALIAS would answer), they are right.
    let lines: Vec<&str> = report["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["type"] == "CNAME")
        .map(|r| r["line"].as_str().unwrap())
        .collect();
    let pasted = DnsServer::start(emu.dir.path(), "pasted", &format!("{}\n{}", lines.join("\n"), needs.apex()));
    assert_eq!(doctor(&emu, "json", &[&pasted]).ok().json()["ready"], true);
}

#[test]
fn a_wrong_target_an_a_record_instead_of_a_cname_and_foreign_apex_addresses_are_wrong() {
    let emu = Emulator::start();
    let needs = setup(&emu);
    let mut zone = format!("{} 300 IN CNAME _elsewhere.acm-validations.aws.\n", needs.cert_name);
    zone.push_str("www.example.com. 300 IN A 192.0.2.1\n");
    zone.push_str(&format!("example.com. 300 IN A {OTHER_IP}\n{}. 300 IN A {}\n", needs.target, TARGET_IPS[0]));
    let dns = DnsServer::start(emu.dir.path(), "wrong", &zone);
    let report = doctor(&emu, "json", &[&dns]).fails_with(1, "not ready: 3 wrong").json();

    let cert = row(&report, needs.cert_name.trim_end_matches('.'), "CNAME");
    assert_eq!(
        (cert["verdict"].as_str(), cert["found"].as_str()),
        (Some("wrong"), Some("CNAME _elsewhere.acm-validations.aws"))
    );
    let www = row(&report, "www.example.com", "CNAME");
    assert_eq!((www["verdict"].as_str(), www["found"].as_str()), (Some("wrong"), Some("A 192.0.2.1")));
    assert!(www["note"].as_str().unwrap().contains("an A/AAAA record where a CNAME is needed"), "{www:#}");
    assert_eq!(www["line"], format!("www.example.com. 300 IN CNAME {}.", needs.target));
    let apex = row(&report, "example.com", "ALIAS");
    assert_eq!((apex["verdict"].as_str(), apex["found"].as_str()), (Some("wrong"), Some(&*format!("A {OTHER_IP}"))));
    assert!(apex["note"].as_str().unwrap().contains(TARGET_IPS[0]), "{apex:#}");
}

#[test]
fn caa_records_that_leave_amazon_out_block_the_certificate() {
    let emu = Emulator::start();
    let needs = setup(&emu);
    let blocking = format!("{}example.com. 300 IN CAA 0 issue \"letsencrypt.org\"\n", needs.right());
    let dns = DnsServer::start(emu.dir.path(), "caa-blocked", &blocking);
    let report = doctor(&emu, "json", &[&dns]).fails_with(1, "not ready: 1 blocked").json();
    let caa = row(&report, "example.com", "CAA");
    assert_eq!(caa["verdict"], "blocked", "{caa:#}");
    let found = caa["found"].as_str().unwrap();
    assert!(found.contains("issue") && found.contains("letsencrypt.org"), "{caa:#}");
    assert!(caa["note"].as_str().unwrap().contains("allow only letsencrypt.org"), "{caa:#}");
    assert_eq!(caa["line"], "example.com. 300 IN CAA 0 issue \"amazon.com\"");

    // With the line added beside it, Amazon may issue.
    let allowed = format!("{blocking}{}\n", caa["line"].as_str().unwrap());
    let dns = DnsServer::start(emu.dir.path(), "caa-allowed", &allowed);
    let report = doctor(&emu, "json", &[&dns]).ok().json();
    assert_eq!(row(&report, "example.com", "CAA")["verdict"], "ok", "{report:#}");
}

#[test]
fn resolvers_that_disagree_show_the_record_propagating() {
    let emu = Emulator::start();
    let needs = setup(&emu);
    let ahead = DnsServer::start(emu.dir.path(), "ahead", &needs.right());
    let behind = DnsServer::start(emu.dir.path(), "behind", &format!("{}{}", needs.verification(), needs.apex()));
    doctor(&emu, "json", &[&ahead]).ok();
    let report = doctor(&emu, "json", &[&ahead, &behind]).fails_with(1, "not ready: 1 propagating").json();
    assert_eq!(report["resolvers"], serde_json::json!([ahead.addr, behind.addr]));
    let www = row(&report, "www.example.com", "CNAME");
    assert_eq!(www["verdict"], "propagating", "{www:#}");
    assert_eq!(www["found"], format!("{}: CNAME {}; {}: nothing", ahead.addr, needs.target, behind.addr));
    assert!(www["note"].as_str().unwrap().contains(&behind.addr), "{www:#}");
    let seen: Vec<&str> = www["resolvers"].as_array().unwrap().iter().map(|r| r["verdict"].as_str().unwrap()).collect();
    assert_eq!(seen, ["ok", "missing"]);
    // What both see alike keeps its own verdict.
    assert_eq!(row(&report, "example.com", "ALIAS")["verdict"], "ok");
}

#[test]
fn domain_wait_shows_the_dns_check_when_the_domain_stays_unverified_or_fails() {
    // Three-second steps: the domain is PENDING_VERIFICATION from 3 s to 6 s after its creation.
    let emu = Emulator::start_with(&["--job-step-duration", "3s"]);
    setup(&emu);
    let empty = DnsServer::start(emu.dir.path(), "empty", "");
    let out = emu
        .amphost()
        .run(&["domain", "wait", "--app", "doc", "example.com", "--timeout", "4s", "--nameserver", &empty.addr])
        .fails_with(5, "still PENDING_VERIFICATION");
    assert!(out.stderr.contains("DNS check of example.com (3 missing):"), "{}", out.stderr);
    assert!(out.stderr.contains("VERDICT") && out.stderr.contains("www.example.com. 300 IN CNAME"), "{}", out.stderr);

    // A domain that fails gets the check too; one that becomes AVAILABLE does not.
    let quick = Emulator::start();
    let needs = setup(&quick);
    let right = DnsServer::start(quick.dir.path(), "right", &needs.right());
    quick.inject(r#"{"failNextDomain": {"reason": "CNAME conflict at www"}}"#);
    quick.amphost().json(&["domain", "create", "--app", "doc", "broken.example", "--sub-domain", "www=main"]);
    let failed = quick
        .amphost()
        .run(&["domain", "wait", "--app", "doc", "broken.example", "--nameserver", &right.addr])
        .fails_with(3, "domain broken.example FAILED: CNAME conflict at www");
    assert!(failed.stderr.contains("DNS check of broken.example (2 missing):"), "{}", failed.stderr);
    let fine =
        quick.amphost().run(&["domain", "wait", "--app", "doc", "example.com", "--nameserver", &right.addr]).ok();
    assert!(!fine.stderr.contains("DNS check"), "{}", fine.stderr);
}
