//! `verify` and `deploy --verify` end to end, against the emulator's served sites: a clean
//! deploy verifies; a file changed after the deploy, a file never deployed, a rule shadowing an
//! asset, a rule whose target is missing and a header pattern that does not match are each
//! reported with their likely cause (exit 6); `--sample` fetches only what it picked; `--url`
//! checks another server (a preview without the app's headers).

mod common;
use common::{Emulator, Server};
use serde_json::Value;
use std::path::Path;

fn write(root: &Path, files: &[(&str, &str)]) {
    for (name, body) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
}

const SITE: &[(&str, &str)] = &[
    ("index.html", "<h1>home</h1>"),
    ("new.html", "<h1>new</h1>"),
    ("assets/app.js", "console.log('v1')"),
    ("css/site.css", "body{color:red}"),
    ("docs/read me.txt", "spaces in the name"),
    ("logo.png", "not really a png"),
];

const HEADERS: &str = "customHeaders:
  - pattern: '**/*.css'
    headers:
      - key: X-Css
        value: styled
";

/// An app made with these rules and headers, the folder deployed to its `main`; the app's ID.
fn deployed(emu: &Emulator, dir: &Path, rules: &str, headers: &str) -> String {
    let mut args = vec!["app", "create", "site"];
    if !rules.is_empty() {
        args.extend(["--custom-rules", rules]);
    }
    if !headers.is_empty() {
        args.extend(["--custom-headers", headers]);
    }
    let app = emu.amphost().json(&args);
    let id = app["app"]["appId"].as_str().unwrap().to_string();
    let r = emu.amphost().json(&["deploy", dir.to_str().unwrap(), "--app", &id, "--branch", "main", "--create"]);
    assert_eq!(r["status"], "SUCCEED");
    id
}

/// `verify -o json` of the folder: (exit code, the JSON object, stderr).
fn verify(emu: &Emulator, id: &str, dir: &Path, extra: &[&str]) -> (i32, Value, String) {
    let mut args = vec!["-o", "json", "verify", "--app", id, "--branch", "main", dir.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = emu.amphost().run(&args);
    let json = out.json();
    (out.code, json, out.stderr)
}

fn mismatch<'a>(result: &'a Value, path: &str) -> &'a Value {
    let all = result["mismatches"].as_array().expect("mismatches");
    all.iter().find(|m| m["path"] == path).unwrap_or_else(|| panic!("no mismatch for {path}: {result:#}"))
}

#[test]
fn a_clean_deploy_verifies_files_headers_and_rules() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SITE);
    // Left out by the deploy's ignore rules, so not expected on the live site either.
    write(dir.path(), &[(".amphostignore", "draft.html\n"), ("draft.html", "not published")]);
    let rules = r#"[{"source": "/old", "target": "/new", "status": "301"},
                    {"source": "/start", "target": "/index.html", "status": "200"},
                    {"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#;
    let id = deployed(&emu, dir.path(), rules, HEADERS);
    // Basic auth on the branch: verify sends the branch's credentials.
    emu.amphost().json(&["branch", "update", "--app", &id, "main", "--basic-auth", "admin:hunter2secret"]);
    let (code, result, stderr) = verify(&emu, &id, dir.path(), &[]);
    assert_eq!(code, 0, "{result:#}\n{stderr}");
    assert_eq!(result["ok"], true, "{result:#}");
    assert_eq!(result["mismatches"], serde_json::json!([]));
    let counts = (result["files"].as_u64(), result["headers"].as_u64(), result["rules"].as_u64());
    assert_eq!(counts, (Some(6), Some(1), Some(2)));
    assert_eq!(result["checked"], 9);
    assert_eq!(result["url"], format!("{}/_amphost/sites/{id}/main/", emu.url));
    // A table on a terminal lists nothing when all is well; the summary is on stderr.
    let table = ["-o", "table", "verify", "--app", id.as_str(), "--branch", "main", dir.path().to_str().unwrap()];
    let out = emu.amphost().run(&table).ok();
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains("Verified 9 checks (6 files, 1 header, 2 rules)"), "{}", out.stderr);
    assert!(out.stderr.contains("the live site matches the deploy"), "{}", out.stderr);
}

#[test]
fn a_stale_or_missing_file_is_named_with_its_likely_cause() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SITE);
    let rules = r#"[{"source": "/go", "target": "/target.html", "status": "200"}]"#;
    let id = deployed(&emu, dir.path(), rules, "");
    // After the deploy: a file changed, and a file (the rule's target) added.
    write(dir.path(), &[("assets/app.js", "console.log('v2')"), ("target.html", "<h1>target</h1>")]);
    let (code, result, stderr) = verify(&emu, &id, dir.path(), &[]);
    assert_eq!(code, 6, "{result:#}\n{stderr}");
    assert_eq!(result["ok"], false);
    assert_eq!(result["mismatches"].as_array().unwrap().len(), 3, "{result:#}");
    let stale = mismatch(&result, "/assets/app.js");
    assert_eq!(stale["kind"], "body");
    assert_eq!(stale["cause"], "an old copy still served (cache) or a different deploy is live");
    assert!(stale["expected"].as_str().unwrap().starts_with("md5 "), "{stale}");
    let missing = mismatch(&result, "/target.html");
    assert_eq!((missing["kind"].as_str(), missing["found"].as_str()), (Some("status"), Some("404")));
    assert!(missing["cause"].as_str().unwrap().contains("missing from the live deployment"), "{missing}");
    let rule = mismatch(&result, "/go");
    assert_eq!(rule["kind"], "rule");
    assert!(rule["cause"].as_str().unwrap().starts_with("/target.html is missing from the live deployment"), "{rule}");
    assert!(stderr.contains("3 of 8 checks") && stderr.contains("differ from the deploy"), "{stderr}");
    // As a table: one row per difference, the cause named.
    let table = ["-o", "table", "verify", "--app", id.as_str(), "--branch", "main", dir.path().to_str().unwrap()];
    let out = emu.amphost().run(&table).fails_with(6, "differ from the deploy");
    assert!(out.stdout.starts_with("PATH"), "{}", out.stdout);
    assert!(out.stdout.contains("/assets/app.js") && out.stdout.contains("an old copy still served"), "{}", out.stdout);
    // The hint names the app and branch, ready to paste.
    let explain = format!("`amphost preview --app {id} --branch main --explain PATH`");
    assert!(out.stderr.contains(&explain), "{}", out.stderr);
}

#[test]
fn a_file_a_catch_all_rule_answers_is_said_to_be_missing_not_stale() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SITE);
    let rules = r#"[{"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#;
    let id = deployed(&emu, dir.path(), rules, "");
    // Added after the deploy: the live site answers its path with index.html, status 200.
    write(dir.path(), &[("new.txt", "new")]);
    let (code, result, stderr) = verify(&emu, &id, dir.path(), &[]);
    assert_eq!(code, 6, "{result:#}\n{stderr}");
    let new = mismatch(&result, "/new.txt");
    assert_eq!(new["kind"], "body", "{new}");
    assert_eq!(
        new["cause"],
        "the file is not in the live deployment: rule #1 (404-200 /<*> → /index.html) rewrites it to /index.html \
         (deploy it)"
    );
}

#[test]
fn a_rule_shadowing_an_asset_is_named() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SITE);
    let rules = r#"[{"source": "/logo.png", "target": "/index.html", "status": "200"}]"#;
    let id = deployed(&emu, dir.path(), rules, "");
    let (code, result, _) = verify(&emu, &id, dir.path(), &[]);
    assert_eq!(code, 6, "{result:#}");
    // The rule answers as predicted (the rule's own check passes); the file it hides does not.
    assert_eq!(result["mismatches"].as_array().unwrap().len(), 1, "{result:#}");
    let logo = mismatch(&result, "/logo.png");
    assert_eq!(logo["kind"], "body");
    let cause = logo["cause"].as_str().unwrap();
    assert!(cause.starts_with("rule #1 (200 /logo.png → /index.html)"), "{cause}");
    assert!(cause.contains("instead of the file"), "{cause}");
}

#[test]
fn declared_headers_are_seen_served_or_reported_with_why_not() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SITE);
    // `*.js` stays in the top folder: it does not match assets/app.js, as its author meant.
    let headers = format!("{HEADERS}  - pattern: '*.js'\n    headers:\n      - key: X-Js\n        value: scripted\n");
    let id = deployed(&emu, dir.path(), "", &headers);
    let (code, result, _) = verify(&emu, &id, dir.path(), &[]);
    assert_eq!(code, 6, "{result:#}");
    assert_eq!(result["headers"], 2);
    assert_eq!(result["mismatches"].as_array().unwrap().len(), 1, "the css header is served: {result:#}");
    let js = mismatch(&result, "/assets/app.js");
    assert_eq!((js["kind"].as_str(), js["expected"].as_str()), (Some("header"), Some("X-Js: scripted")));
    assert_eq!(js["found"], "not served");
    assert!(js["cause"].as_str().unwrap().starts_with("no header pattern matches this path"), "{js}");
    // Another server with the same files and none of the headers (a preview of the folder):
    // the pattern matches there too, and the header is missing.
    let preview = Server::start(emu.dir.path(), &["preview", dir.path().to_str().unwrap(), "--port", "0"]);
    let (code, result, _) = verify(&emu, &id, dir.path(), &["--url", &preview.url]);
    assert_eq!(code, 6, "{result:#}");
    assert_eq!(result["url"], preview.url);
    assert_eq!(result["mismatches"].as_array().unwrap().len(), 2, "{result:#}");
    let css = mismatch(&result, "/css/site.css");
    assert_eq!((css["kind"].as_str(), css["found"].as_str()), (Some("header"), Some("not served")));
    let cause = css["cause"].as_str().unwrap();
    assert!(cause.contains("\"**/*.css\" matches but the header is not served"), "{cause}");
}

/// A zip whose entries leave the site is refused as `deploy` refuses it, before any request
/// (verify fetched `/../../x` with the branch's basic auth).
#[test]
fn a_zip_whose_entries_leave_the_site_is_refused() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.zip");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for name in ["index.html", "../../escape.txt"] {
        z.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut z, b"x").unwrap();
    }
    z.finish().unwrap();
    let before = emu.request_count();
    emu.amphost()
        .run(&["verify", path.to_str().unwrap(), "--app", "a", "--branch", "main"])
        .fails_with(2, "holds the entry \"../../escape.txt\", a path that leaves the site");
    assert_eq!(emu.request_count(), before);
}

#[test]
fn a_sample_fetches_only_the_files_it_picked() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..20).map(|i| format!("pages/p{i}.html")).collect();
    let files: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "v1")).chain([("index.html", "home")]).collect();
    write(dir.path(), &files);
    let id = deployed(&emu, dir.path(), "", "");
    // Every page changes after the deploy: each one fetched is a difference.
    let changed: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "v2")).collect();
    write(dir.path(), &changed);
    let (code, result, _) = verify(&emu, &id, dir.path(), &["--sample", "3", "--concurrency", "2"]);
    assert_eq!(code, 6, "{result:#}");
    assert_eq!((result["files"].as_u64(), result["checked"].as_u64()), (Some(3), Some(3)));
    let found = result["mismatches"].as_array().unwrap();
    assert!(found.len() <= 3 && !found.is_empty(), "{result:#}");
    assert!(found.iter().all(|m| m["kind"] == "body"), "{result:#}");
    // A sample larger than the site checks every file.
    let (_, result, _) = verify(&emu, &id, dir.path(), &["--sample", "500"]);
    assert_eq!(result["files"], 21);
    assert_eq!(result["mismatches"].as_array().unwrap().len(), 20);
    // A site that cannot be reached is not a site that differs: exit 1, not 6.
    let (code, _, stderr) = verify(&emu, &id, dir.path(), &["--url", "http://127.0.0.1:1/", "--sample", "2"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("cannot reach http://127.0.0.1:1/"), "{stderr}");
    // Basic auth given in the URL: the password is never shown, in messages or in JSON.
    let secret = ["--url", "http://admin:hunter2@127.0.0.1:1/", "--sample", "2"];
    let (code, result, stderr) = verify(&emu, &id, dir.path(), &secret);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("cannot reach http://admin:<redacted>@127.0.0.1:1/"), "{stderr}");
    assert!(!stderr.contains("hunter2") && !result.to_string().contains("hunter2"), "{stderr}\n{result}");
    // Refused as malformed (no host): clap's message quotes the value, its password cut.
    let refused = emu.amphost().run(&["verify", "--app", &id, "--branch", "main", "--url", "http://admin:hunter2@/"]);
    let refused = refused.fails_with(2, "http://admin:<redacted>@/");
    assert!(!refused.stderr.contains("hunter2"), "{}", refused.stderr);
    // Forms a URL parser still takes, a password with an @ or a tab, and no scheme at all.
    for given in
        ["http:/admin:hunter2@127.0.0.1:1/", "http://admin:hun@ter2@127.0.0.1:1/", "admin:hunter2@127.0.0.1:1/"]
    {
        let out = emu
            .amphost()
            .run(&["-o", "json", "verify", "--app", &id, "--branch", "main", "--url", given, "--sample", "2"]);
        assert!(out.code == 1 || out.code == 2, "{given}: {}", out.stderr);
        let said = format!("{}{}", out.stdout, out.stderr);
        assert!(!said.contains("hunter2") && !said.contains("ter2@"), "{given}:\n{said}");
    }
}

#[test]
fn deploy_verify_checks_the_live_site_once_the_job_succeeded() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SITE);
    let path = dir.path().to_str().unwrap();
    let args = ["-o", "json", "deploy", path, "--app", "site", "--branch", "main", "--create", "--verify"];
    let out = emu.amphost().run(&args).ok();
    // stdout keeps the deploy's one object; the verification speaks on stderr.
    assert_eq!(out.json()["status"], "SUCCEED");
    let said = &out.stderr;
    assert!(said.contains("Verifying ") && said.contains("the live site matches the deploy"), "{said}");
    // A rule that shadows an asset: the deploy succeeds, the verification fails (exit 6).
    let rules = r#"[{"source": "/logo.png", "target": "/index.html", "status": "200"}]"#;
    emu.amphost().json(&["app", "update", "site", "--custom-rules", rules]);
    let out = emu.amphost().run(&["-o", "json", "deploy", path, "--app", "site", "--branch", "main", "--verify"]);
    let out = out.fails_with(6, "1 of 7 checks");
    assert_eq!(out.json()["status"], "SUCCEED");
    assert!(out.stderr.contains("/logo.png (body)") && out.stderr.contains("rule #1 (200 /logo.png"), "{}", out.stderr);
}

#[test]
fn local_deploy_verify_reads_the_embedded_emulators_site() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SITE);
    let path = dir.path().to_str().unwrap();
    let out = common::Run::new(home.path())
        .run(&["--local", "deploy", path, "--app", "offline", "--branch", "main", "--create", "--verify"])
        .ok();
    assert!(out.stderr.contains("the live site matches the deploy"), "{}", out.stderr);
    let out = common::Run::new(home.path())
        .run(&["--local", "-o", "json", "verify", "--app", "offline", "--branch", "main", path])
        .ok();
    let result = out.json();
    assert_eq!((result["ok"].as_bool(), result["files"].as_u64()), (Some(true), Some(6)), "{result:#}");
    assert!(!result["url"].as_str().unwrap().contains(":4750/"), "the in-process emulator's port: {result}");
}

/// A server answering with a body that never ends: each answer is read no further than the
/// largest file expected (it cannot be that file) and reported; before, verify never ended.
#[test]
fn an_endless_body_is_read_no_further_than_the_largest_file() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("index.html", "<h1>home</h1>"), ("big.txt", &"x".repeat(100_000))]);
    let id = deployed(&emu, dir.path(), "", "");
    let url = endless_server(&[b'y'; 64 * 1024], std::time::Duration::ZERO);
    let d = dir.path().to_str().unwrap();
    let mut child = emu.amphost().spawn(&["-o", "json", "verify", "--app", &id, "--branch", "main", d, "--url", &url]);
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            panic!("verify still reading after a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", String::from_utf8_lossy(&out.stderr));
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = mismatch(&result, "/big.txt")["found"].as_str().unwrap().to_string();
    assert_eq!(found, "over 100000 bytes, longer than any file deployed (read no further)", "{result:#}");

    // A byte a second, forever: a request ends at --timeout (the read timeout, between bytes,
    // never fires); here the first, which finds the site unreachable.
    let url = endless_server(b"y", std::time::Duration::from_secs(1));
    let args = ["--max-attempts", "1", "-o", "json", "verify", "--app", &id, "--branch", "main", d, "--url", &url];
    let started = std::time::Instant::now();
    emu.amphost().run(&[&args[..], &["--timeout", "2s"]].concat()).fails_with(1, "timed out");
    assert!(started.elapsed() < std::time::Duration::from_secs(30), "took {:?}", started.elapsed());
}

/// A server answering every request 200 with a body that never ends: `chunk` after `chunk`,
/// `pause` apart; its URL.
fn endless_server(chunk: &'static [u8], pause: std::time::Duration) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            std::thread::spawn(move || {
                use std::io::{BufRead, Write};
                let mut conn = conn;
                let mut reader = std::io::BufReader::new(conn.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let _ = conn.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n");
                while conn.write_all(chunk).is_ok() {
                    std::thread::sleep(pause);
                }
            });
        }
    });
    url
}
