//! `rules test` and `rules lint`, end to end: a cases file checked against the rules file and
//! the deploy folder (a diff-like report, exit 1 on a mismatch, nothing sent), the same cases
//! fetched from the emulator's served site with `--against` (agreeing, then differing once the
//! app's rules and a file of the folder change), the lint's exit codes and findings, and
//! `rules push` and `deploy` stopping on lint errors unless `--no-lint`.

mod common;
use common::{Emulator, Run};
use serde_json::{json, Value};
use std::path::Path;

/// amphost run in `dir` (where it finds `amphost.toml`).
fn in_dir(emu: &Emulator, dir: &Path) -> Run {
    let mut run = emu.amphost();
    run.cmd.current_dir(dir);
    run
}

fn write(root: &Path, files: &[(&str, &str)]) {
    for (name, body) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
}

const RULES: &str = r#"[
  {"source": "/docs/<*>", "target": "/documents/<*>", "status": "301"},
  {"source": "/old", "target": "/new", "status": "301"},
  {"source": "/geo", "target": "/us.html", "status": "302", "condition": "<US>"},
  {"source": "/geo", "target": "/elsewhere.html", "status": "302"},
  {"source": "/about-us", "target": "/about.html", "status": "200"},
  {"source": "/gone/<*>", "target": "/404.html", "status": "404"},
  {"source": "/<*>", "target": "/index.html", "status": "404-200"}
]"#;

/// The deploy folder the rules are written for.
fn site(dir: &Path) {
    write(
        dir,
        &[
            ("index.html", "<h1>app shell</h1>"),
            ("about.html", "<h1>about</h1>"),
            ("new.html", "<h1>new</h1>"),
            ("404.html", "<h1>not here</h1>"),
            ("us.html", "us"),
            ("elsewhere.html", "elsewhere"),
            ("documents/a.html", "doc a"),
            ("assets/app.js", "console.log(1)"),
            ("blog/index.html", "blog"),
        ],
    );
}

/// Fifteen cases, all true of RULES over the folder above.
const CASES: &str = "# what the site must answer
/docs/a                  -> 301 /documents/a
/docs/a?v=2              -> 301 /documents/a?v=2
/old                     -> 301 /new
/new                     -> 200 /new.html
/geo [country=US]        -> 302 /us.html
/geo                     -> 302 /elsewhere.html
/about-us                -> 200 /about.html
/about                   -> 200 /about.html
/gone/page               -> 404 /404.html
/app/settings            -> 200 /index.html   # the single-page app
/assets/app.js           -> 200 /assets/app.js
/assets/missing.js       -> 200 /index.html
/blog                    -> 301 /blog/
/blog/                   -> 200 /blog/index.html
/documents/a             -> 200 /documents/a.html
";

/// One true case and three wrong ones.
const WRONG: &str = "/docs/a -> 301 /documents/a
/old -> 302 /new
/missing.png -> 404
/geo [country=US] -> 302 /elsewhere.html
";

#[test]
fn rules_test_reads_a_cases_file_and_reports_mismatches_diff_like() {
    let emu = Emulator::start();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    site(&dir.join("dist"));
    write(
        dir,
        &[
            ("amphost.toml", "rules = \"rules.json\"\nfolder = \"dist\"\n"),
            ("rules.json", RULES),
            ("rules.cases", CASES),
            ("wrong.cases", WRONG),
            ("few.cases", "/app/x -> 200 /index.html\n/about-us -> 200 /about.html\n/docs/a -> 301 /documents/a\n"),
            ("bad.cases", "/docs/a -> 301 /documents/a\n/old 301 /new\n/x -> 308\n"),
        ],
    );
    let before = emu.request_count();

    // Every case passes: the summary on stdout, exit 0.
    let out = in_dir(&emu, dir).run(&["-o", "table", "rules", "test", "rules.cases"]).ok();
    assert_eq!(out.stdout, "15 cases: all passed\n");
    assert!(out.stderr.contains("Testing 15 case(s) against") && out.stderr.contains("dist"), "{}", out.stderr);

    // JSON: each case with what the engine answered and why.
    let v = in_dir(&emu, dir).json(&["rules", "test", "rules.cases"]);
    assert_eq!(v["summary"], json!({"cases": 15, "passed": 15, "failed": 0}));
    assert_eq!(
        v["cases"][0],
        json!({
            "line": 2,
            "request": "/docs/a",
            "expected": {"status": 301, "target": "/documents/a"},
            "got": {"status": 301, "target": "/documents/a", "rule": 1, "why": "rule #1: 301 /docs/<*> → /documents/<*>"},
            "passed": true,
        })
    );
    assert_eq!(v["cases"][4]["country"], "US");
    assert_eq!(v["cases"][3]["got"]["rule"], Value::Null, "a file decided: {}", v["cases"][3]);

    // Wrong expectations: a diff-like listing, the summary, exit 1.
    let out =
        in_dir(&emu, dir).run(&["-o", "table", "rules", "test", "wrong.cases"]).fails_with(1, "3 of 4 case(s) failed");
    assert_eq!(
        out.stdout,
        "FAIL wrong.cases:2  /old
  - expected  302 /new
  + got       301 /new   (rule #2: 301 /old → /new)
FAIL wrong.cases:3  /missing.png
  - expected  404
  + got       200 /index.html   (rule #7: 404-200 /<*> → /index.html)
FAIL wrong.cases:4  /geo [country=US]
  - expected  302 /elsewhere.html
  + got       302 /us.html   (rule #3: 302 /geo → /us.html)
4 cases: 1 passed, 3 failed
"
    );
    let out = in_dir(&emu, dir).run(&["-o", "json", "rules", "test", "wrong.cases"]);
    assert_eq!(out.code, 1);
    let v = out.json();
    let passed: Vec<bool> = v["cases"].as_array().unwrap().iter().map(|c| c["passed"] == true).collect();
    assert_eq!(passed, [true, false, false, false]);

    // --file and --dir from anywhere; without a folder, the site holds the rewrite targets.
    let elsewhere = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let (cases, rules, dist) = (path("rules.cases"), path("rules.json"), path("dist"));
    in_dir(&emu, elsewhere.path()).run(&["rules", "test", &cases, "--file", &rules, "--dir", &dist]).ok();
    let out = in_dir(&emu, elsewhere.path()).run(&["rules", "test", &path("few.cases"), "--file", &rules]).ok();
    assert!(out.stderr.contains("no deploy folder"), "{}", out.stderr);
    // Without the folder, /new.html is not known to exist: the 404-200 rule answers.
    let out = in_dir(&emu, elsewhere.path()).run(&["-o", "table", "rules", "test", &cases, "--file", &rules]);
    let out = out.fails_with(1, "case(s) failed");
    assert!(
        out.stdout.contains("  + got       200 /index.html   (rule #7: 404-200 /<*> → /index.html)"),
        "{}",
        out.stdout
    );

    // A malformed line: FILE:LINE, exit 2, nothing printed on stdout.
    let out = in_dir(&emu, dir).run(&["rules", "test", "bad.cases"]).fails_with(2, "bad.cases:2: expected `->`");
    assert!(out.stderr.contains("bad.cases:3: status `308`"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert_eq!(emu.request_count(), before, "rules test with a rules file sends nothing");
}

#[test]
fn rules_test_against_the_emulators_served_site() {
    let emu = Emulator::start();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    let dist = dir.join("dist");
    site(&dist);
    write(dir, &[("rules.json", RULES), ("rules.cases", CASES)]);
    emu.amphost().json(&["app", "create", "live-site", "--custom-rules", RULES]);
    let deployed =
        emu.amphost().json(&["deploy", dist.to_str().unwrap(), "--app", "live-site", "--branch", "main", "--create"]);
    let url = deployed["url"].as_str().unwrap().to_string();
    let test = |extra: &[&str]| {
        let mut args = vec!["rules", "test", "rules.cases", "--dir", "dist", "--against", url.as_str()];
        args.extend_from_slice(extra);
        in_dir(&emu, dir).run(&args)
    };

    // The live site answers as the engine predicts; the country case is not fetched.
    let v = test(&["-o", "json", "--file", "rules.json"]).ok().json();
    let live = json!({"agree": 14, "differ": 0, "skipped": 1, "failed": 0});
    assert_eq!(v["summary"], json!({"cases": 15, "passed": 15, "failed": 0, "live": live}));
    let first = &v["cases"][0]["live"];
    assert_eq!(
        (&first["outcome"], &first["status"], &first["location"]),
        (&json!("agrees"), &json!(301), &json!("/documents/a"))
    );
    assert!(first["url"].as_str().unwrap().ends_with("/main/docs/a"), "{first}");
    assert_eq!(v["cases"][4]["live"]["outcome"], "skipped");
    assert_eq!(v["cases"][10]["live"]["bodyMatches"], true, "{}", v["cases"][10]);
    assert_eq!(v["cases"][8]["live"]["status"], 404);

    // The app's rule changes under the file, and a file of the folder changes after the deploy.
    let changed = RULES.replace(r#""/new", "status": "301""#, r#""/new", "status": "302""#);
    assert_ne!(changed, RULES);
    emu.amphost().json(&["--yes", "app", "update", "live-site", "--custom-rules", &changed]);
    write(&dist, &[("about.html", "<h1>about, edited since the deploy</h1>")]);
    let out = test(&["-o", "table", "--file", "rules.json"]);
    let out = out.fails_with(1, "the live site differs from the engine on 3 case(s)");
    for line in [
        "LIVE rules.cases:4  /old\n  - engine    301 /new\n  + live      302 /new   (status 302; the engine says 301)\n",
        "LIVE rules.cases:8  /about-us\n",
        "LIVE rules.cases:9  /about\n  - engine    200 /about.html\n  + live      200   (the body is not the content of /about.html)\n",
        "15 cases: all passed; live site: 11 agree, 3 differ, 1 skipped (country conditions, . or .. segments)\n",
    ] {
        assert!(out.stdout.contains(line), "lacks {line:?}:\n{}", out.stdout);
    }
    assert!(!out.stdout.contains("FAIL"), "{}", out.stdout);

    // --app: the app's own rules; the case written for 301 now fails against the engine too.
    let out = test(&["-o", "table", "--app", "live-site"]);
    let out = out.fails_with(1, "1 of 15 case(s) failed; the live site differs from the engine on 2 case(s)");
    assert!(
        out.stdout.contains("FAIL rules.cases:4  /old\n  - expected  301 /new\n  + got       302 /new"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("LIVE rules.cases:4"), "{}", out.stdout);

    // A site that cannot be reached: each case fails to fetch, exit 1.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let gone = format!("http://{}/", closed.local_addr().unwrap());
    drop(closed);
    let out = in_dir(&emu, dir).run(&[
        "-o",
        "table",
        "rules",
        "test",
        "rules.cases",
        "--file",
        "rules.json",
        "--dir",
        "dist",
        "--against",
        &gone,
        "--timeout",
        "2s",
    ]);
    let out = out.fails_with(1, "14 case(s) could not be fetched");
    assert!(out.stdout.contains("  ! not fetched: "), "{}", out.stdout);
    // Basic auth in the URL: its password shows nowhere, the JSON's URLs included.
    let with_password = gone.replace("http://", "http://admin:hunter2@");
    let args = ["-o", "json", "rules", "test", "rules.cases", "--file", "rules.json", "--dir", "dist", "--against"];
    let out = in_dir(&emu, dir).run(&[&args[..], &[with_password.as_str(), "--timeout", "2s"]].concat());
    let out = out.fails_with(1, "could not be fetched");
    assert!(out.stderr.contains("admin:<redacted>@"), "{}", out.stderr);
    assert!(!out.stdout.contains("hunter2") && !out.stderr.contains("hunter2"), "{}\n{}", out.stdout, out.stderr);
}

/// A path with a `.` or `..` segment (`%2e%2e` too) is answered 400 by the server before any
/// rule, and `rules test` says so (it predicted what the rules made of it); `--against` does
/// not ask it, since a request would resolve it into another path (outside the base's, even)
/// and take that one's answer for this case's.
#[test]
fn dot_segments_are_400_and_not_asked_of_a_live_site() {
    let emu = Emulator::start();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    site(&dir.join("dist"));
    let cases = "/docs/%2e%2e/etc -> 400\n/%2E%2e/x -> 400\n/a/./b -> 400\n/old -> 301 /new\n/x\\..\\..\\out -> 200 /index.html\n";
    write(dir, &[("rules.json", RULES), ("dots.cases", cases)]);
    let args = ["-o", "json", "rules", "test", "dots.cases", "--file", "rules.json", "--dir", "dist"];
    let v = in_dir(&emu, dir).run(&args).ok().json();
    assert_eq!(v["summary"]["passed"], 5, "{v}");
    assert_eq!(v["cases"][0]["got"]["why"], "a . or .. segment in the path", "{v}");

    emu.amphost().json(&["app", "create", "dots", "--custom-rules", RULES]);
    let dist = dir.join("dist");
    let deployed =
        emu.amphost().json(&["deploy", dist.to_str().unwrap(), "--app", "dots", "--branch", "main", "--create"]);
    let url = deployed["url"].as_str().unwrap();
    let v = in_dir(&emu, dir).run(&[&args[..], &["--against", url]].concat()).ok().json();
    // `\..\` too: a URL parser reads `\` as `/`, and would ask `/out`, outside the base.
    assert_eq!(v["summary"]["live"], json!({"agree": 1, "differ": 0, "skipped": 4, "failed": 0}), "{v}");
    let detail = v["cases"][0]["live"]["detail"].as_str().unwrap_or_default();
    assert!(detail.contains(". or .. segment"), "{v}");
}

#[test]
fn rules_lint_exits_1_on_errors_and_only_prints_warnings() {
    let emu = Emulator::start();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    site(&dir.join("dist"));
    let errors = r#"[
  {"source": "/docs/<*>", "target": "/documents/<*>", "status": "301"},
  {"source": "/docs/intro", "target": "/guide", "status": "301"},
  {"source": "/a", "target": "/b", "status": "301"},
  {"source": "/b", "target": "/a", "status": "302"},
  {"source": "/blog/<slug>", "target": "/posts/<id>", "status": "301"},
  {"source": "/about-us", "target": "/about-us.html", "status": "200"}
]"#;
    write(
        dir,
        &[
            ("amphost.toml", "rules = \"rules.json\"\nfolder = \"dist\"\n"),
            ("rules.json", RULES),
            ("errors.json", errors),
            ("clean.json", r#"[{"source": "/old", "target": "/new", "status": "301"}]"#),
        ],
    );
    let before = emu.request_count();

    // No problem: exit 0, said on stderr.
    let out = in_dir(&emu, dir).run(&["-o", "table", "rules", "lint", "--file", "clean.json"]).ok();
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains("no problems in clean.json (1 rule, against"), "{}", out.stderr);

    // A warning only: the table, exit 0.
    let out = in_dir(&emu, dir).run(&["-o", "table", "rules", "lint"]).ok();
    for shown in ["SEVERITY", "RULE", "SOURCE", "CHECK", "PROBLEM", "FIX", "warning", "/<*>", "asset-capture"] {
        assert!(out.stdout.contains(shown), "lacks {shown:?}:\n{}", out.stdout);
    }
    assert!(out.stderr.contains("1 warning in"), "{}", out.stderr);

    // Errors: exit 1, each finding with its rule counted from 1.
    let out = in_dir(&emu, dir).run(&["-o", "json", "rules", "lint", "--file", "errors.json"]);
    let out = out.fails_with(1, "5 errors in errors.json (6 rules, against");
    let v = out.json();
    let found: Vec<(u64, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_u64().unwrap(), f["check"].as_str().unwrap().to_string()))
        .collect();
    let want: [(u64, &str); 5] =
        [(2, "shadowed"), (2, "missing-target"), (3, "redirect-loop"), (5, "placeholder"), (6, "missing-target")];
    assert_eq!(found, want.map(|(n, c)| (n, c.to_string())));
    assert_eq!((v["errors"].as_u64(), v["warnings"].as_u64(), v["count"].as_u64()), (Some(5), Some(0), Some(6)));
    let first = &v["findings"][0];
    assert_eq!((first["severity"].as_str(), first["source"].as_str()), (Some("error"), Some("/docs/intro")));
    assert!(first["hint"].as_str().unwrap().contains("move it above rule #1"), "{first}");
    assert_eq!(v["findings"][2]["message"], "redirect loop: /a → /b (rule #3) → /a (rule #4)");
    assert_eq!(emu.request_count(), before, "linting a file sends nothing");

    // Without the folder, targets are not looked for.
    let elsewhere = tempfile::tempdir().unwrap();
    let file = dir.join("errors.json");
    let out = in_dir(&emu, elsewhere.path()).run(&["-o", "json", "rules", "lint", "--file", file.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!out.stdout.contains("missing-target"), "{}", out.stdout);
    assert_eq!(out.json()["errors"], 3);

    // --app: the app's rules.
    let looping =
        r#"[{"source": "/a", "target": "/b", "status": "301"}, {"source": "/b", "target": "/a", "status": "301"}]"#;
    emu.amphost().json(&["app", "create", "lint-app", "--custom-rules", looping]);
    let out = in_dir(&emu, elsewhere.path()).run(&["-o", "table", "rules", "lint", "--app", "lint-app"]);
    let out = out.fails_with(1, "1 error in the rules of app lint-app");
    assert!(out.stdout.contains("redirect-loop"), "{}", out.stdout);
}

#[test]
fn rules_push_stops_on_lint_errors_unless_no_lint() {
    let emu = Emulator::start();
    let id = emu.amphost().json(&["app", "create", "push-lint"])["app"]["appId"].as_str().unwrap().to_string();
    let rules_of = |emu: &Emulator| emu.amphost().json(&["app", "get", &id])["app"]["customRules"].clone();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    let looping =
        r#"[{"source": "/a", "target": "/b", "status": "301"}, {"source": "/b", "target": "/a", "status": "302"}]"#;
    write(dir, &[("amphost.toml", &format!("app = \"{id}\"\n")), ("amplify-rules.json", looping)]);
    let initial = rules_of(&emu);

    let before = emu.request_count();
    let out =
        in_dir(&emu, dir).run(&["--yes", "rules", "push"]).fails_with(1, "amplify-rules.json has 1 lint error(s)");
    assert!(out.stderr.contains("redirect loop: /a → /b (rule #1) → /a (rule #2)"), "{}", out.stderr);
    assert!(out.stderr.contains("--no-lint"), "{}", out.stderr);
    assert_eq!(emu.request_count(), before, "a push with lint errors sends nothing");
    assert_eq!(rules_of(&emu), initial);

    in_dir(&emu, dir).run(&["--yes", "rules", "push", "--no-lint"]).ok();
    assert_eq!(rules_of(&emu), serde_json::from_str::<Value>(looping).unwrap());

    // Warnings are printed and do not stop the push.
    let spa = r#"[{"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#;
    write(dir, &[("amplify-rules.json", spa)]);
    let out = in_dir(&emu, dir).run(&["--yes", "rules", "push"]).ok();
    assert!(out.stderr.contains("warning:") && out.stderr.contains("[asset-capture]"), "{}", out.stderr);
    assert_eq!(rules_of(&emu), serde_json::from_str::<Value>(spa).unwrap());
}

#[test]
fn deploy_stops_on_lint_errors_in_the_projects_rules_unless_no_lint() {
    let emu = Emulator::start();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    write(
        dir,
        &[
            ("amphost.toml", "app = \"lint-deploy\"\nbranch = \"main\"\nfolder = \"dist\"\nrules = \"rules.json\"\n"),
            ("rules.json", r#"[{"source": "/about-us", "target": "/about.html", "status": "200"}]"#),
            ("dist/index.html", "home"),
        ],
    );
    let before = emu.request_count();
    let out = in_dir(&emu, dir).run(&["deploy", "--create"]).fails_with(1, "rules.json has 1 lint error(s)");
    assert!(out.stderr.contains("serves /about.html, which is not in the deploy folder"), "{}", out.stderr);
    assert!(out.stderr.contains("--no-lint"), "{}", out.stderr);
    assert_eq!(emu.request_count(), before, "a deploy with lint errors sends nothing");

    // With the file in the folder, the deploy goes ahead.
    write(dir, &[("dist/about.html", "about")]);
    assert_eq!(in_dir(&emu, dir).json(&["deploy", "--create"])["status"], "SUCCEED");

    // --no-lint deploys whatever the rules say.
    std::fs::remove_file(dir.join("dist/about.html")).unwrap();
    assert_eq!(in_dir(&emu, dir).json(&["deploy", "--no-lint"])["status"], "SUCCEED");

    // A rules file the project names but that is not there is a mistake, not a reason to skip.
    std::fs::remove_file(dir.join("rules.json")).unwrap();
    let before = emu.request_count();
    in_dir(&emu, dir).run(&["deploy"]).fails_with(2, "rules.json").fails_with(2, "fix `rules` in amphost.toml");
    assert_eq!(emu.request_count(), before);
}
