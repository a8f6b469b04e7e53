//! `amphost preview` answers the way an Amplify site would: a table of requests and the
//! responses RULES.md calls for, over real HTTP, plus `--explain`, bad rules refused, and
//! the emulator's deployed sites using the same engine.

mod common;
use common::{http_exchange, http_send, Emulator, Run, Server};
use std::path::Path;

fn write(root: &Path, files: &[(&str, &str)]) {
    for (name, body) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
}

const HEADERS: &str = "customHeaders:
  - pattern: '**/*'
    headers:
      - key: Cache-Control
        value: max-age=300
      - key: X-Frame-Options
        value: DENY
  - pattern: '*.json'
    headers:
      - key: X-Kind
        value: data
      - key: Cache-Control
        value: no-cache
  - pattern: 'assets/**'
    headers:
      - key: Cache-Control
        value: max-age=31536000, immutable
";

/// What a case expects.
enum Want {
    /// Status and a body that contains this.
    Body(u16, &'static str),
    /// Status and Location.
    Redirect(u16, &'static str),
    /// Status, header and value.
    Header(u16, &'static str, &'static str),
}

struct Case {
    path: &'static str,
    headers: Vec<(&'static str, String)>,
    want: Want,
}

fn case(path: &'static str, want: Want) -> Case {
    Case { path, headers: vec![], want }
}

fn check(base: &str, cases: &[Case], label: &str) {
    for c in cases {
        let extra: Vec<(&str, &str)> = c.headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let got = http_exchange(&format!("{base}{}", c.path), &extra);
        let body = String::from_utf8_lossy(&got.body);
        match &c.want {
            Want::Body(status, text) => {
                assert_eq!(got.status, *status, "[{label}] {} status (body {body:?})", c.path);
                assert!(body.contains(text), "[{label}] {}: body {body:?} lacks {text:?}", c.path);
            }
            Want::Redirect(status, location) => {
                assert_eq!(got.status, *status, "[{label}] {} status", c.path);
                assert_eq!(got.header("location"), Some(*location), "[{label}] {} location", c.path);
            }
            Want::Header(status, name, value) => {
                assert_eq!(got.status, *status, "[{label}] {} status", c.path);
                assert_eq!(got.header(name), Some(*value), "[{label}] {} header {name}", c.path);
            }
        }
    }
}

#[test]
fn a_table_of_requests_answers_as_rules_md_says() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    // An upstream for the reverse-proxy rule: another preview, of its own folder.
    write(&root.join("upstream"), &[("v1/ping.json", r#"{"pong":true}"#), ("v1/deep/x.txt", "upstream deep")]);
    let upstream = Server::start(root, &["preview", root.join("upstream").to_str().unwrap(), "--port", "0"]);

    let site = root.join("site");
    write(
        &site,
        &[
            ("index.html", "<h1>home</h1>"),
            ("about.html", "<h1>about page</h1>"),
            ("legacy.html", "<h1>legacy</h1>"),
            ("blog/index.html", "<h1>blog index</h1>"),
            ("blog/first-post.html", "<h1>first post</h1>"),
            ("documents/guide/intro.html", "<h1>intro doc</h1>"),
            ("profile.html", "<h1>profile</h1>"),
            ("one.html", "<h1>one</h1>"),
            ("two.html", "<h1>two</h1>"),
            ("us.html", "<h1>us</h1>"),
            ("elsewhere.html", "<h1>elsewhere</h1>"),
            ("404.html", "<h1>custom not found</h1>"),
            ("data/items.json", r#"{"items":[]}"#),
            ("assets/app.3f2a.js", "console.log('app')"),
            ("assets/site.css", "body{}"),
            ("img/logo.png", "PNG"),
        ],
    );
    let rules = format!(
        r#"[
        {{"source": "/legacy", "target": "/new-home", "status": "301"}},
        {{"source": "/docs/<*>", "target": "/documents/<*>", "status": "301"}},
        {{"source": "/users/<id>/posts/<post>", "target": "/profile.html?u=<id>&p=<post>", "status": "302"}},
        {{"source": "/search?q=<term>", "target": "/results/<term>", "status": "302"}},
        {{"source": "/go?to=home", "target": "/", "status": "301"}},
        {{"source": "/first", "target": "/one.html", "status": "200"}},
        {{"source": "/first", "target": "/two.html", "status": "200"}},
        {{"source": "/geo", "target": "/us.html", "status": "302", "condition": "<US>"}},
        {{"source": "/geo", "target": "/elsewhere.html", "status": "302"}},
        {{"source": "/api/<*>", "target": "{up}/v1/<*>", "status": "200"}},
        {{"source": "/old-blog/<slug>", "target": "/blog/<slug>", "status": "301"}},
        {{"source": "/about-us", "target": "/about.html", "status": "200"}},
        {{"source": "https://OLD.example.com", "target": "https://new.example.com", "status": "301"}},
        {{"source": "https://docs.example.com", "target": "https://www.example.com/documents/", "status": "302"}},
        {{"source": "https://api.example.com/", "target": "{up}", "status": "200"}},
        {{"source": "/gone/<*>", "target": "/404.html", "status": "404"}},
        {{"source": "/<*>", "target": "/index.html", "status": "404-200"}}
    ]"#,
        up = upstream.url
    );
    std::fs::write(root.join("rules.json"), &rules).unwrap();
    std::fs::write(root.join("customHttp.yml"), HEADERS).unwrap();
    let rules_arg = format!("file://{}", root.join("rules.json").display());
    let headers_arg = format!("file://{}", root.join("customHttp.yml").display());
    let main = Server::start(
        root,
        &["preview", site.to_str().unwrap(), "--port", "0", "--rules", &rules_arg, "--headers", &headers_arg],
    );
    let us = Server::start(
        root,
        &["preview", site.to_str().unwrap(), "--port", "0", "--rules", &rules_arg, "--country", "us"],
    );

    use Want::*;
    let general = vec![
        case("/", Body(200, "home")),
        case("/index.html", Body(200, "home")),
        case("/about", Body(200, "about page")),
        case("/about.html", Body(200, "about page")),
        case("/blog", Redirect(301, "/blog/")),
        case("/blog/", Body(200, "blog index")),
        case("/blog?page=2", Redirect(301, "/blog/?page=2")),
        case("/blog/first-post", Body(200, "first post")),
        case("/legacy", Redirect(301, "/new-home")),
        case("/legacy.html", Body(200, "legacy")),
        case("/legacy?utm=x", Redirect(301, "/new-home?utm=x")),
        case("/docs/guide/intro", Redirect(301, "/documents/guide/intro")),
        case("/docs/guide/intro?v=2", Redirect(301, "/documents/guide/intro?v=2")),
        case("/docs/", Redirect(301, "/documents/")),
        case("/documents/guide/intro", Body(200, "intro doc")),
        case("/users/42/posts/7", Redirect(302, "/profile.html?u=42&p=7")),
        case("/users/42/posts/7?ref=mail", Redirect(302, "/profile.html?u=42&p=7")),
        case("/users/42/posts", Body(200, "home")),
        case("/search?q=shoes", Redirect(302, "/results/shoes")),
        case("/search?q=red%20shoes", Redirect(302, "/results/red%20shoes")),
        case("/search", Body(200, "home")),
        case("/go?to=home", Redirect(301, "/")),
        case("/go?to=away", Body(200, "home")),
        case("/first", Body(200, "<h1>one</h1>")),
        case("/geo", Redirect(302, "/elsewhere.html")),
        case("/api/ping.json", Body(200, r#"{"pong":true}"#)),
        case("/api/deep/x.txt", Body(200, "upstream deep")),
        case("/api/missing", Body(404, "")),
        case("/old-blog/first-post", Redirect(301, "/blog/first-post")),
        case("/old-blog/a/b", Body(200, "home")),
        case("/about-us", Body(200, "about page")),
        case("/gone/page", Body(404, "custom not found")),
        case("/anything/deep/link", Body(200, "home")),
        case("/no-such-file.png", Body(200, "home")),
        case("/assets/app.3f2a.js", Header(200, "content-type", "text/javascript")),
        case("/assets/site.css", Header(200, "content-type", "text/css")),
        case("/img/logo.png", Header(200, "content-type", "image/png")),
        case("/data/items.json", Header(200, "content-type", "application/json")),
        case("/index.html", Header(200, "cache-control", "max-age=300")),
        case("/index.html", Header(200, "x-frame-options", "DENY")),
        case("/data/items.json", Header(200, "cache-control", "max-age=300")),
        case("/assets/app.3f2a.js", Header(200, "cache-control", "max-age=31536000, immutable")),
        case("/assets/site.css", Header(200, "x-frame-options", "DENY")),
        case("/deep/route", Header(200, "cache-control", "max-age=300")),
    ];
    check(&main.url, &general, "general");

    // A domain source matches every path on its host (case-insensitively), the path appended.
    let got = http_exchange(&format!("{}/x/y", main.url), &[("Host", "old.EXAMPLE.com")]);
    assert_eq!((got.status, got.header("location")), (301, Some("https://new.example.com/x/y")));
    let domain = |host: &'static str, path: &'static str, want: Want| Case {
        path,
        headers: vec![("Host", host.to_string())],
        want,
    };
    let domains = vec![
        // A 302 to https://www.example.com/documents/ sends /guide to …/documents/guide.
        domain("docs.example.com", "/guide", Redirect(302, "https://www.example.com/documents/guide")),
        domain("docs.example.com", "/guide?v=2", Redirect(302, "https://www.example.com/documents/guide?v=2")),
        domain("docs.example.com:443", "/", Redirect(302, "https://www.example.com/documents/")),
        // Even where a file exists: the rule is for every path of that host.
        domain("docs.example.com", "/about", Redirect(302, "https://www.example.com/documents/about")),
        // A 200 to an upstream serves /v1/ping.json from upstream/v1/ping.json.
        domain("api.example.com", "/v1/ping.json", Body(200, r#"{"pong":true}"#)),
        domain("API.example.com", "/v1/deep/x.txt", Body(200, "upstream deep")),
        // Other hosts are not concerned.
        domain("www.example.com", "/guide", Body(200, "home")),
    ];
    check(&main.url, &domains, "domain sources");

    let from_us = vec![case("/geo", Redirect(302, "/us.html")), case("/first", Body(200, "<h1>one</h1>"))];
    check(&us.url, &from_us, "country US");

    // A root-level JSON file takes the later `*.json` entry: no-cache wins for Cache-Control.
    write(&site, &[("manifest.json", "{}")]);
    let got = http_exchange(&format!("{}/manifest.json", main.url), &[]);
    assert_eq!(got.header("cache-control"), Some("no-cache"));
    assert_eq!(got.header("x-kind"), Some("data"));
}

#[test]
fn a_single_page_app_with_hashed_assets_through_the_documented_rule() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    let site = root.join("spa");
    write(
        &site,
        &[
            ("index.html", "<div id=root></div>"),
            ("assets/index-4f8a2c.js", "import('./chunk-9b1e.js')"),
            ("assets/chunk-9b1e.js", "export default 1"),
            ("assets/index-77aa.css", "#root{}"),
            ("favicon.ico", "ICO"),
            ("robots.txt", "User-agent: *"),
        ],
    );
    let spa = r#"[{"source": "</^[^.]+$|\\.(?!(css|gif|ico|jpg|js|png|txt|svg|woff|woff2|ttf|map|json|webp)$)([^.]+$)/>", "target": "/index.html", "status": "200"}]"#;
    let server = Server::start(root, &["preview", site.to_str().unwrap(), "--port", "0", "--rules", spa]);
    use Want::*;
    check(
        &server.url,
        &[
            case("/", Body(200, "<div id=root>")),
            case("/dashboard", Body(200, "<div id=root>")),
            case("/settings/profile/edit", Body(200, "<div id=root>")),
            case("/user.name/profile", Body(200, "<div id=root>")),
            case("/assets/index-4f8a2c.js", Header(200, "content-type", "text/javascript")),
            case("/assets/index-4f8a2c.js", Body(200, "import(")),
            case("/assets/chunk-9b1e.js", Body(200, "export default 1")),
            case("/assets/index-77aa.css", Header(200, "content-type", "text/css")),
            case("/favicon.ico", Body(200, "ICO")),
            case("/robots.txt", Body(200, "User-agent")),
            case("/assets/missing-123.js", Body(404, "")),
            case("/report.pdf", Body(200, "<div id=root>")),
        ],
        "spa",
    );
}

#[test]
fn basic_auth_and_explain() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    write(&root.join("site"), &[("index.html", "secret page")]);
    let server = Server::start(
        root,
        &["preview", root.join("site").to_str().unwrap(), "--port", "0", "--basic-auth", "admin:hunter2secret"],
    );
    let denied = http_exchange(&format!("{}/", server.url), &[]);
    assert_eq!(denied.status, 401);
    assert!(denied.header("www-authenticate").unwrap().starts_with("Basic"));
    let wrong = http_exchange(&format!("{}/", server.url), &[("Authorization", "Basic YWRtaW46d3Jvbmc=")]);
    assert_eq!(wrong.status, 401);
    let ok = http_exchange(&format!("{}/", server.url), &[("Authorization", "Basic YWRtaW46aHVudGVyMnNlY3JldA==")]);
    assert_eq!((ok.status, String::from_utf8_lossy(&ok.body).into_owned()), (200, "secret page".to_string()));

    let rules = r#"[{"source": "/old", "target": "/new", "status": "301"}, {"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#;
    let out = Run::new(root)
        .run(&[
            "-o",
            "json",
            "preview",
            root.join("site").to_str().unwrap(),
            "--rules",
            rules,
            "--explain",
            "/old",
            "/",
            "/x/y",
        ])
        .ok();
    let v = out.json();
    let rows = v["paths"].as_array().unwrap();
    assert_eq!((rows[0]["status"].as_str(), rows[0]["rule"].as_u64()), (Some("301"), Some(1)));
    assert_eq!((rows[1]["status"].as_str(), rows[1]["answer"].as_str()), (Some("200"), Some("/index.html")));
    assert!(rows[1]["reason"].as_str().unwrap().contains("the file /index.html"));
    assert_eq!(rows[2]["rule"], 2, "rules are numbered from 1");
}

/// In a project, `preview` of its folder answers with the rules and headers `rules push` and
/// `headers push` would push, as `rules test` predicts: the three agree.
#[test]
fn preview_in_a_project_uses_its_rules_headers_and_folder() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join("proj");
    let rules = r#"[{"source": "/a", "target": "/b", "status": "302"}, {"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#;
    let headers = "customHeaders:\n  - pattern: '**/*'\n    headers:\n      - key: X-From\n        value: project\n";
    write(
        &root,
        &[
            ("amphost.toml", "folder = \"dist\"\n"),
            ("amplify-rules.json", rules),
            ("customHttp.yml", headers),
            ("dist/index.html", "home"),
            ("cases.txt", "/zzz -> 200 /index.html\n"),
        ],
    );
    let mut run = Run::new(home.path());
    run.cmd.current_dir(&root);
    let v = run.json(&["preview", "--explain", "/a", "/zzz"]);
    let rows = v["paths"].as_array().unwrap();
    assert_eq!((rows[0]["status"].as_str(), rows[0]["answer"].as_str()), (Some("302"), Some("→ /b")), "{v}");
    assert_eq!((rows[1]["answer"].as_str(), rows[1]["rule"].as_u64()), (Some("/index.html"), Some(2)), "{v}");
    let mut run = Run::new(home.path());
    run.cmd.current_dir(&root);
    run.run(&["rules", "test", "cases.txt"]).ok();

    let server = Server::start_in(home.path(), &root, &["preview", "--port", "0"]);
    let got = http_exchange(&format!("{}/zzz", server.url), &[]);
    assert_eq!((got.status, got.header("x-from")), (200, Some("project")));

    // A project folder that is not there is refused, naming where it is set.
    write(&root, &[("amphost.toml", "folder = \"nodist\"\n")]);
    let mut run = Run::new(home.path());
    run.cmd.current_dir(&root);
    run.run(&["preview", "--explain", "/"]).fails_with(2, "is not a folder (`folder` in");
    // So is a rules file it names that is not there; the hint names preview's own flag.
    write(&root, &[("amphost.toml", "folder = \"dist\"\nrules = \"missing.json\"\n")]);
    let mut run = Run::new(home.path());
    run.cmd.current_dir(&root);
    let out = run.run(&["preview", "--explain", "/"]).fails_with(2, "missing.json is not there (`rules` in");
    assert!(out.stderr.contains("`--rules` gives preview others"), "{}", out.stderr);
}

#[test]
fn explain_asks_a_full_url_at_its_host() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    write(&root.join("site"), &[("index.html", "home"), ("guide.html", "guide")]);
    let rules =
        r#"[{"source": "https://mydomain.com", "target": "https://www.mydomain.com/documents/", "status": "302"}]"#;
    let v = Run::new(root).json(&[
        "preview",
        root.join("site").to_str().unwrap(),
        "--rules",
        rules,
        "--explain",
        "https://MyDomain.com/guide?x=1",
        "https://mydomain.com",
        "/guide",
    ]);
    let rows = v["paths"].as_array().unwrap();
    assert_eq!(rows[0]["path"], "https://MyDomain.com/guide?x=1");
    assert_eq!((rows[0]["status"].as_str(), rows[0]["rule"].as_u64()), (Some("302"), Some(1)));
    assert_eq!(rows[0]["answer"], "→ https://www.mydomain.com/documents/guide?x=1");
    assert_eq!(rows[1]["answer"], "→ https://www.mydomain.com/documents/");
    // A bare path is asked at localhost: the domain rule does not apply.
    assert_eq!((rows[2]["answer"].as_str(), rows[2]["rule"].as_u64()), (Some("/guide.html"), None));
}

#[test]
fn a_domain_with_a_path_is_refused_with_the_rule_index() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    write(&root.join("site"), &[("index.html", "home")]);
    let rules = r#"[{"source": "/a", "target": "/b", "status": "301"}, {"source": "https://example.com/blog/<*>", "target": "https://example.com/<*>", "status": "301"}]"#;
    let out = Run::new(root)
        .run(&["preview", root.join("site").to_str().unwrap(), "--rules", rules, "--port", "0"])
        .fails_with(2, "rule #2: source \"https://example.com/blog/<*>\" is a domain with a path");
    assert!(out.stdout.is_empty(), "nothing served: {}", out.stdout);
    Run::new(root)
        .run(&["preview", root.join("site").to_str().unwrap(), "--rules", rules, "--explain", "/a"])
        .fails_with(2, "rule #2");
}

#[test]
fn bad_rules_are_refused_before_sending_with_the_rule_index() {
    let emu = Emulator::start();
    let before = emu.request_count();
    let cases = [
        (
            r#"[{"source": "/a", "target": "/b", "status": "301"}, {"source": "</[a-/>", "target": "/x"}]"#,
            "rule #2: the regular expression",
        ),
        (r#"[{"source": "/a", "target": "/b", "status": "308"}]"#, "rule #1: status \"308\""),
        (r#"[{"source": "/a/<id>", "target": "/b/<name>", "status": "301"}]"#, "rule #1: the target uses <name>"),
        (r#"[{"source": "</^x$/>", "target": "/b/<*>", "status": "200"}]"#, "binds no placeholders"),
        (
            r#"[{"source": "/a", "target": "/b"}, {"source": "https://example.com/blog/<*>", "target": "/<*>", "status": "301"}]"#,
            "rule #2: source \"https://example.com/blog/<*>\" is a domain with a path",
        ),
    ];
    for (rules, needle) in cases {
        emu.amphost().run(&["app", "create", "x", "--custom-rules", rules]).fails_with(2, needle);
    }
    emu.amphost()
        .run(&["app", "create", "x", "--custom-headers", "customHeaders: [oops"])
        .fails_with(2, "--custom-headers");
    assert_eq!(emu.request_count(), before);
}

#[test]
fn the_emulator_serves_deployments_with_the_apps_rules_headers_and_password() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    write(site.path(), &[("index.html", "spa shell"), ("assets/app.js", "js!")]);
    let rules = r#"[{"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#;
    let headers = "customHeaders:\n  - pattern: '**/*'\n    headers: [{key: X-Site, value: emulated}]\n";
    emu.amphost().json(&["app", "create", "served", "--custom-rules", rules, "--custom-headers", headers]);
    let r = emu.amphost().json(&[
        "deploy",
        site.path().to_str().unwrap(),
        "--app",
        "served",
        "--branch",
        "main",
        "--create",
    ]);
    let app_id = r["appId"].as_str().unwrap();
    let base = format!("{}/_amphost/sites/{app_id}/main", emu.url);
    let deep = http_exchange(&format!("{base}/deep/link"), &[]);
    assert_eq!((deep.status, deep.body.as_slice()), (200, b"spa shell".as_slice()));
    assert_eq!(deep.header("x-site"), Some("emulated"));
    emu.amphost().json(&["branch", "update", "--app", "served", "main", "--basic-auth", "admin:hunter2secret"]);
    assert_eq!(http_exchange(&format!("{base}/"), &[]).status, 401);
    let ok =
        http_exchange(&format!("{base}/assets/app.js"), &[("Authorization", "Basic YWRtaW46aHVudGVyMnNlY3JldA==")]);
    assert_eq!((ok.status, ok.body.as_slice()), (200, b"js!".as_slice()));
}

#[test]
fn what_a_visitor_sends_never_becomes_another_path_or_host() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    write(&root.join("site"), &[("index.html", "home")]);
    let rules = r#"[
        {"source": "/r/<*>", "target": "/<*>", "status": "301"},
        {"source": "/api/<*>", "target": "http://127.0.0.1:9/v1/<*>", "status": "200"}
    ]"#;
    let site = root.join("site");
    let server = Server::start(root, &["preview", site.to_str().unwrap(), "--port", "0", "--rules", rules]);
    check(
        &server.url,
        &[
            // Encoded slashes and a backslash would make the Location another host.
            case("/r/%2f%2fevil.com", Want::Redirect(301, "/evil.com")),
            case("/r/%5cevil.com", Want::Redirect(301, "/%5Cevil.com")),
            // Encoded dot segments would climb out of the proxy's path on its upstream.
            case("/api/%2e%2e/%2e%2e/_amphost/health", Want::Body(400, "Bad Request")),
            case("/api/..%2f..%2f_amphost%2fhealth", Want::Body(400, "Bad Request")),
        ],
        "preview",
    );
}

#[test]
fn preview_serves_what_a_deploy_would_publish_and_nothing_else() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    let site = root.join("site");
    let files = [
        ("index.html", "home"),
        (".git/config", "[core]"),
        ("secret.txt", "s3cret"),
        (".amphostignore", "secret.txt\n"),
    ];
    write(&site, &files);
    let server = Server::start(root, &["preview", site.to_str().unwrap(), "--port", "0"]);
    check(
        &server.url,
        &[
            case("/index.html", Want::Body(200, "home")),
            case("/.git/config", Want::Body(404, "Not Found")),
            case("/secret.txt", Want::Body(404, "Not Found")),
            case("/.amphostignore", Want::Body(404, "Not Found")),
        ],
        "published",
    );
    let out = Run::new(root).run(&["-o", "json", "preview", site.to_str().unwrap(), "--explain", "/secret.txt"]).ok();
    assert_eq!(out.json()["paths"][0]["status"], "404", "{}", out.stdout);
    // A folder kept out whole stays out, whatever a `!` pattern says of a file in it.
    write(&site, &[("drafts/a.html", "draft"), (".amphostignore", "secret.txt\ndrafts/\n!drafts/a.html\n")]);
    let out =
        Run::new(root).run(&["-o", "json", "preview", site.to_str().unwrap(), "--explain", "/drafts/a.html"]).ok();
    assert_eq!(out.json()["paths"][0]["status"], "404", "{}", out.stdout);
    // An ignore file deploy refuses is refused here too, not read.
    std::fs::write(site.join(".amphostignore"), vec![b'#'; 2 * 1024 * 1024]).unwrap();
    Run::new(root).run(&["preview", site.to_str().unwrap(), "--explain", "/"]).fails_with(2, "at most 1 MiB");
}

/// An app's custom headers set outside amphost may hold what HTTP cannot carry: the preview
/// says so when it starts, leaves that header out, and serves the files (they were 404s).
#[test]
fn a_header_http_cannot_carry_is_named_and_left_out_by_the_preview() {
    use std::io::BufRead;
    let emu = Emulator::start();
    let home = tempfile::tempdir().unwrap();
    write(&home.path().join("site"), &[("index.html", "home")]);
    let made = emu.amphost().json(&["app", "create", "odd-headers"]);
    let id = made["app"]["appId"].as_str().unwrap();
    let headers = "customHeaders:\n  - pattern: '**/*'\n    headers:\n      - key: X-A\n        value: \"a\\eb\"\n";
    assert!(emu.aws(&["update-app", "--app-id", id, "--custom-headers", headers]).status.success());
    let site = home.path().join("site");
    let mut run = emu.amphost();
    let args = ["preview", site.to_str().unwrap(), "--app", id, "--port", "0"];
    let child = run.cmd.args(args).stdin(std::process::Stdio::null()).stdout(std::process::Stdio::piped());
    let mut child = child.stderr(std::process::Stdio::piped()).spawn().unwrap();
    let mut url = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut url).unwrap();
    let page = http_exchange(&format!("{}/index.html", url.trim()), &[]);
    let _ = child.kill();
    let stderr = String::from_utf8_lossy(&child.wait_with_output().unwrap().stderr).into_owned();
    assert_eq!((page.status, page.body.as_slice()), (200, b"home".as_slice()), "{stderr}");
    assert_eq!(page.header("x-a"), None);
    assert!(stderr.contains("the app's custom headers:") && stderr.contains("control character"), "{stderr}");
}

/// A redirect within a site reached under the emulator's path prefix keeps the prefix, so a
/// client with no cookie (curl -L) lands on the same site; before, `Location: /new` left it.
/// Other hosts' locations, and sites reached by host name, are as the rule says.
#[test]
fn the_emulators_redirects_stay_under_the_sites_prefix() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    write(site.path(), &[("index.html", "home"), ("new.html", "new")]);
    let rules = r#"[{"source": "/old", "target": "/new.html", "status": "301"},
        {"source": "/away", "target": "https://example.com/x", "status": "302"}]"#;
    emu.amphost().json(&["app", "create", "moves", "--custom-rules", rules]);
    let r = emu.amphost().json(&[
        "deploy",
        site.path().to_str().unwrap(),
        "--app",
        "moves",
        "--branch",
        "main",
        "--create",
    ]);
    let app_id = r["appId"].as_str().unwrap();
    let prefix = format!("/_amphost/sites/{app_id}/main");
    let old = http_exchange(&format!("{}{prefix}/old", emu.url), &[]);
    let to = format!("{prefix}/new.html");
    assert_eq!((old.status, old.header("location")), (301, Some(to.as_str())));
    let followed = http_exchange(&format!("{}{to}", emu.url), &[]);
    assert_eq!((followed.status, followed.body.as_slice()), (200, b"new".as_slice()));
    let away = http_exchange(&format!("{}{prefix}/away", emu.url), &[]);
    assert_eq!(away.header("location"), Some("https://example.com/x"));
    let host = format!("main.{app_id}.localhost");
    let by_host = http_exchange(&format!("{}/old", emu.url), &[("Host", host.as_str())]);
    assert_eq!((by_host.status, by_host.header("location")), (301, Some("/new.html")));
}

/// A 200 rule to another site is a reverse proxy: the upstream's status and headers pass
/// through (its redirects are the visitor's to follow), and a rule that proxies back to its
/// own server is stopped after a few hops (508) instead of calling itself until the server ran
/// out of connections.
#[test]
fn a_proxy_rule_passes_the_upstream_through_and_stops_a_loop() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    write(site.path(), &[("index.html", "home"), ("new.html", "new")]);
    let d = site.path().to_str().unwrap();
    let headers = "customHeaders:\n  - pattern: '**/*'\n    headers: [{key: X-Back, value: yes}, {key: Set-Cookie, value: theme=dark}]\n";
    let back_rules = r#"[{"source": "/old", "target": "/new.html", "status": "301"}]"#;
    emu.amphost().json(&["app", "create", "back", "--custom-rules", back_rules, "--custom-headers", headers]);
    let back = emu.amphost().json(&["deploy", d, "--app", "back", "--branch", "main", "--create"])["appId"].clone();
    let back = back.as_str().unwrap();
    emu.amphost().json(&["app", "create", "front"]);
    let front = emu.amphost().json(&["deploy", d, "--app", "front", "--branch", "main", "--create"])["appId"].clone();
    let front = front.as_str().unwrap();
    // An upstream naming a header of its connection in `Connection`: that one is not passed on.
    let upstream = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let raw = format!("http://{}/raw", upstream.local_addr().unwrap());
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        let (mut conn, _) = upstream.accept().unwrap();
        let mut request = [0u8; 4096];
        let _ = conn.read(&mut request);
        let answer = "HTTP/1.1 200 OK\r\nConnection: close, X-Hop\r\nX-Hop: secret\r\nX-Kept: yes\r\nContent-Length: 2\r\n\r\nok";
        conn.write_all(answer.as_bytes()).unwrap();
    });
    let rules = format!(
        r#"[{{"source": "/p/<*>", "target": "{url}/_amphost/sites/{back}/main/<*>", "status": "200"}},
            {{"source": "/loop/<*>", "target": "{url}/_amphost/sites/{front}/main/loop/<*>", "status": "200"}},
            {{"source": "/raw", "target": "{raw}", "status": "200"}}]"#,
        url = emu.url
    );
    emu.amphost().json(&["app", "update", "front", "--custom-rules", &rules]);
    let base = format!("{}/_amphost/sites/{front}/main", emu.url);

    let page = http_exchange(&format!("{base}/p/new.html"), &[]);
    assert_eq!((page.status, page.body.as_slice(), page.header("x-back")), (200, b"new".as_slice(), Some("yes")));
    // The upstream's cookie passes through beside the emulator's own.
    let cookies: Vec<&str> = page.headers.iter().filter(|(k, _)| k == "set-cookie").map(|(_, v)| v.as_str()).collect();
    assert!(cookies.contains(&"theme=dark") && cookies.iter().any(|c| c.starts_with("amphost-site=")), "{cookies:?}");
    let moved = http_exchange(&format!("{base}/p/old"), &[]);
    let back_new = format!("/_amphost/sites/{back}/main/new.html");
    assert_eq!((moved.status, moved.header("location")), (301, Some(back_new.as_str())), "the proxy followed it");

    let hop = http_exchange(&format!("{base}/raw"), &[]);
    assert_eq!((hop.status, hop.header("x-kept"), hop.header("x-hop")), (200, Some("yes"), None));

    let started = std::time::Instant::now();
    let looped = http_exchange(&format!("{base}/loop/x"), &[]);
    assert_eq!(looped.status, 508, "{}", String::from_utf8_lossy(&looped.body));
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "the loop ran {:?}", started.elapsed());
}

/// An upstream that answers one request 201 and hands back what it received (the request's
/// head, lowercased, and its body).
fn one_request_upstream() -> (String, std::thread::JoinHandle<(String, Vec<u8>)>) {
    use std::io::{BufRead, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let received = std::thread::spawn(move || {
        let (conn, _) = listener.accept().unwrap();
        let mut reader = std::io::BufReader::new(conn.try_clone().unwrap());
        let mut head = String::new();
        while reader.read_line(&mut head).unwrap() > 2 && !head.ends_with("\r\n\r\n") {}
        let head = head.to_ascii_lowercase();
        let length =
            head.lines().find_map(|l| l.strip_prefix("content-length:")).map_or(0, |n| n.trim().parse().unwrap());
        let mut body = vec![0u8; length];
        reader.read_exact(&mut body).unwrap();
        let answer = "HTTP/1.1 201 Created\r\nConnection: close\r\nContent-Length: 7\r\n\r\ncreated";
        (&conn).write_all(answer.as_bytes()).unwrap();
        (head, body)
    });
    (url, received)
}

/// A proxy rule passes the request on whole: its method, headers and body (an API's POST
/// through `/api/<*>`, as on Amplify). Before, every request reached the upstream as a bare GET
/// and anything but GET and HEAD was refused 405 before the rules were read; files still are.
#[test]
fn a_proxy_rule_passes_the_requests_method_headers_and_body() {
    let root = tempfile::tempdir().unwrap();
    let site = root.path().join("site");
    write(&site, &[("index.html", "home")]);
    let (upstream, received) = one_request_upstream();
    let rules = format!(r#"[{{"source": "/api/<*>", "target": "{upstream}/v1/<*>", "status": "200"}}]"#);
    let server = Server::start(root.path(), &["preview", site.to_str().unwrap(), "--port", "0", "--rules", &rules]);
    let headers = [("Authorization", "Bearer t0k"), ("Content-Type", "application/json"), ("Cookie", "s=1")];
    let posted = http_send("POST", &format!("{}/api/login?next=home", server.url), &headers, b"{\"user\":\"ann\"}");
    assert_eq!((posted.status, posted.body.as_slice()), (201, b"created".as_slice()));
    let (head, body) = received.join().unwrap();
    assert!(head.starts_with("post /v1/login?next=home http/1.1\r\n"), "{head}");
    for sent in ["authorization: bearer t0k", "content-type: application/json", "cookie: s=1", "via: 1.1 amphost"] {
        assert!(head.contains(sent), "{sent:?} not passed on: {head}");
    }
    let upstream_host = format!("host: {}\r\n", upstream.trim_start_matches("http://"));
    assert!(head.contains(&upstream_host), "the upstream is asked at its own host: {head}");
    assert_eq!(body, b"{\"user\":\"ann\"}");
    let file = http_send("POST", &format!("{}/index.html", server.url), &[], b"x");
    assert_eq!(file.status, 405);

    // Behind the site's password, `Authorization` held that password: it stays with the site.
    let (upstream, received) = one_request_upstream();
    let rules = format!(r#"[{{"source": "/api/<*>", "target": "{upstream}/v1/<*>", "status": "200"}}]"#);
    let args =
        ["preview", site.to_str().unwrap(), "--port", "0", "--rules", &rules, "--basic-auth", "ann:hunter2secret"];
    let locked = Server::start(root.path(), &args);
    let password = format!("Basic {}", base64_of("ann:hunter2secret"));
    let asked = http_send("GET", &format!("{}/api/me", locked.url), &[("Authorization", &password)], b"");
    assert_eq!(asked.status, 201);
    let (head, _) = received.join().unwrap();
    assert!(head.starts_with("get /v1/me http/1.1\r\n") && !head.contains("authorization"), "{head}");

    // The emulator's sites: the visitor's cookies go on, the emulator's own routing cookie not.
    let emu = Emulator::start();
    let (upstream, received) = one_request_upstream();
    let rules = format!(r#"[{{"source": "/api/<*>", "target": "{upstream}/v1/<*>", "status": "200"}}]"#);
    emu.amphost().json(&["app", "create", "proxied", "--custom-rules", &rules]);
    let app =
        emu.amphost().json(&["deploy", site.to_str().unwrap(), "--app", "proxied", "--branch", "main", "--create"]);
    let app = app["appId"].as_str().unwrap();
    let cookie = format!("theme=dark; amphost-site={app}/main");
    let url = format!("{}/_amphost/sites/{app}/main/api/save", emu.url);
    assert_eq!(http_send("PUT", &url, &[("Cookie", &cookie)], b"x").status, 201);
    let (head, body) = received.join().unwrap();
    assert!(head.starts_with("put /v1/save http/1.1\r\n") && head.contains("cookie: theme=dark\r\n"), "{head}");
    assert!(!head.contains("amphost-site"), "{head}");
    assert_eq!(body, b"x");
}

fn base64_of(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(text)
}

/// Rules the API took are served with those that make sense: one rule amphost reads as broken
/// (a placeholder its source lacks) no longer turns off all the others on the emulator's site,
/// and `preview --app` names it, as the app's, and serves the rest.
#[test]
fn one_broken_rule_an_app_holds_leaves_the_others_working() {
    let emu = Emulator::start();
    let site = tempfile::tempdir().unwrap();
    write(site.path(), &[("index.html", "home"), ("new.html", "new")]);
    let made = emu.amphost().json(&[
        "deploy",
        site.path().to_str().unwrap(),
        "--app",
        "mixed",
        "--branch",
        "main",
        "--create",
    ]);
    let app = made["appId"].as_str().unwrap();
    let rules = r#"[{"source": "/ext", "target": "https://example.com/<*>", "status": "302"},
                    {"source": "/old", "target": "/new.html", "status": "301"}]"#;
    let set = emu.aws(&["update-app", "--app-id", app, "--custom-rules", rules]);
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));
    let old = http_exchange(&format!("{}/_amphost/sites/{app}/main/old", emu.url), &[]);
    assert_eq!(
        (old.status, old.header("location")),
        (301, Some(format!("/_amphost/sites/{app}/main/new.html").as_str()))
    );

    let explained =
        emu.amphost().run(&["-o", "json", "preview", "--app", "mixed", "--branch", "main", "--explain", "/old"]).ok();
    assert!(explained.stderr.contains("app mixed's custom rules: rule #1"), "{}", explained.stderr);
    assert!(explained.stdout.contains("/new.html"), "{}", explained.stdout);
}

/// Files a deploy refuses to publish as likely secrets (`.env`, keys) are not served by the
/// preview either (it served them, even on `--host 0.0.0.0`); `--allow-secrets` serves them, as
/// `deploy --allow-secrets` publishes them.
#[test]
fn preview_keeps_secrets_out_as_deploy_does() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    let site = root.join("site");
    let files =
        [("index.html", "home"), (".env", "TOKEN=x"), ("certs/server.key", "k"), (".ssh/id_rsa", "r"), ("b/.ENV", "e")];
    write(&site, &files);
    let server = Server::start(root, &["preview", site.to_str().unwrap(), "--port", "0"]);
    let cases = [
        case("/index.html", Want::Body(200, "home")),
        case("/.env", Want::Body(404, "Not Found")),
        case("/certs/server.key", Want::Body(404, "Not Found")),
        case("/.ssh/id_rsa", Want::Body(404, "Not Found")),
        case("/b/.ENV", Want::Body(404, "Not Found")),
    ];
    check(&server.url, &cases, "secrets");
    let explain = |more: &[&str]| {
        let mut args = vec!["-o", "json", "preview", site.to_str().unwrap(), "--explain", "/.env"];
        args.extend(more);
        Run::new(root).run(&args).ok().json()["paths"][0]["status"].clone()
    };
    assert_eq!(explain(&[]), "404");
    assert_eq!(explain(&["--allow-secrets"]), "200");
}

/// `--explain` reads a path as the server does, percent-decoded: it said 404 for
/// `/a%20b.html`, which the server serves, and predicted a doubly encoded Location.
#[test]
fn explain_decodes_a_path_as_the_server_does() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path();
    let site = root.join("site");
    write(&site, &[("index.html", "home"), ("a b.html", "spaced")]);
    let rules = r#"[{"source": "/enc/<n>", "target": "/dest/<n>", "status": "301"}]"#;
    let d = site.to_str().unwrap();
    let args = [
        "-o",
        "json",
        "preview",
        d,
        "--rules",
        rules,
        "--explain",
        "/a%20b.html",
        "/enc/a%3Fb",
        "/x/%2e%2e/index.html",
    ];
    let explained = Run::new(root).run(&args).ok().json();
    let rows = explained["paths"].as_array().unwrap();
    assert_eq!(
        (rows[0]["status"].as_str(), rows[0]["answer"].as_str()),
        (Some("200"), Some("/a b.html")),
        "{explained}"
    );
    let server = Server::start(root, &["preview", d, "--rules", rules, "--port", "0"]);
    let live = http_exchange(&format!("{}/enc/a%3Fb", server.url), &[]);
    let predicted = rows[1]["answer"].as_str().unwrap().trim_start_matches("→ ");
    assert_eq!((live.status, live.header("location")), (301, Some(predicted)), "{explained}");
    assert_eq!(rows[2]["status"], "400", "{explained}");
    assert_eq!(http_exchange(&format!("{}/x/%2e%2e/index.html", server.url), &[]).status, 400);
}
