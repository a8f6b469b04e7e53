//! Rules and headers as code, end to end against the emulator: `rules pull` writes the app's
//! rules, `diff` is a drift check (exit 0, then 1 once the file is edited), `push` sends only
//! `customRules` (other settings, even ones changed since the pull, stay), a broken file is
//! refused before any request, the TOML form round-trips, `rules import` lists what it could
//! not translate; and the same for `headers` and `customHttp.yml`.

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

const RULES: &str = r#"[
  {"source": "/old", "target": "/new", "status": "301"},
  {"source": "/geo", "target": "/us.html", "status": "302", "condition": "<US>"},
  {"source": "/<*>", "target": "/index.html", "status": "404-200"}
]"#;

const HEADERS: &str = "customHeaders:
  - pattern: '**/*'
    headers:
      - key: X-Frame-Options
        value: DENY
";

/// An app with rules, headers, a description and a variable; its ID.
fn create_app(emu: &Emulator, name: &str) -> String {
    let out = emu.amphost().json(&[
        "app",
        "create",
        name,
        "--description",
        "keep me",
        "--env",
        "API_URL=https://api.example.com",
        "--custom-rules",
        RULES,
        "--custom-headers",
        HEADERS,
    ]);
    out["app"]["appId"].as_str().expect("appId").to_string()
}

fn get_app(emu: &Emulator, id: &str) -> Value {
    emu.amphost().json(&["app", "get", id])["app"].clone()
}

fn project(dir: &Path, text: &str) {
    std::fs::write(dir.join("amphost.toml"), text).unwrap();
}

#[test]
fn rules_pull_diff_push_keep_the_app_and_the_file_in_step() {
    let emu = Emulator::start();
    let id = create_app(&emu, "rules-site");
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), &format!("app = \"{id}\"\n"));
    let file = dir.path().join("amplify-rules.json");

    // pull: the file is the app's rules.
    in_dir(&emu, dir.path()).run(&["rules", "pull"]).ok();
    let pulled: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(pulled, get_app(&emu, &id)["customRules"]);

    // diff: nothing to change, exit 0.
    let out = in_dir(&emu, dir.path()).run(&["-o", "table", "rules", "diff"]).ok();
    assert!(out.stdout.contains("no changes"), "{}", out.stdout);
    // pull again: the file already holds them, nothing to ask.
    let out = in_dir(&emu, dir.path()).run(&["rules", "pull"]).ok();
    assert!(out.stderr.contains("already holds the rules"), "{}", out.stderr);
    // A local edit never pushed is not replaced unasked.
    let local = "[{\"source\": \"/mine\", \"target\": \"/x\", \"status\": \"301\"}]";
    std::fs::write(&file, local).unwrap();
    in_dir(&emu, dir.path()).run(&["rules", "pull"]).fails_with(2, "refusing to replace").fails_with(2, "--yes");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), local);
    in_dir(&emu, dir.path()).run(&["--yes", "rules", "pull"]).ok();
    assert_eq!(serde_json::from_str::<Value>(&std::fs::read_to_string(&file).unwrap()).unwrap(), pulled);

    // Edit the file: one rule changed, one added, one removed.
    let edited = json!([
        {"source": "/old", "target": "/newer", "status": "302"},
        {"source": "/<*>", "target": "/index.html", "status": "404-200"},
        {"source": "/docs/<*>", "target": "/guide/<*>", "status": "301"},
    ]);
    std::fs::write(&file, serde_json::to_string_pretty(&edited).unwrap()).unwrap();
    let out = in_dir(&emu, dir.path()).run(&["-o", "table", "rules", "diff"]);
    let out = out.fails_with(1, "differ from");
    // The commands it suggests name the app and the file compared, so that they act on them.
    let push = format!("`amphost rules push --app {id} --file {}`", file.display());
    assert!(out.stderr.contains(&push), "lacks {push}:\n{}", out.stderr);
    for line in ["~ rule #1 changed (/old)", "- rule #2 removed: /geo", "+ rule #3 added: /docs/<*>", "3 changes"] {
        assert!(out.stdout.contains(line), "lacks {line:?}:\n{}", out.stdout);
    }
    // JSON for scripts: the changes, and the same exit code.
    let out = in_dir(&emu, dir.path()).run(&["-o", "json", "rules", "diff"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.json()["changes"].as_array().map(Vec::len), Some(3), "{}", out.stdout);

    // Another setting changes after the pull: push must not put it back.
    emu.amphost().run(&["app", "update", &id, "--description", "changed since the pull"]).ok();

    // push: refused without a terminal or --yes, nothing changed.
    in_dir(&emu, dir.path()).run(&["rules", "push"]).fails_with(2, "--yes");
    assert_eq!(get_app(&emu, &id)["customRules"], pulled);

    in_dir(&emu, dir.path()).run(&["--yes", "rules", "push"]).ok();
    let app = get_app(&emu, &id);
    assert_eq!(app["customRules"], edited);
    assert_eq!(app["description"], "changed since the pull");
    assert_eq!(app["environmentVariables"], json!({"API_URL": "https://api.example.com"}));
    assert_eq!(app["customHeaders"], HEADERS);
    in_dir(&emu, dir.path()).run(&["rules", "diff"]).ok();

    // A push with nothing to change sends no UpdateApp.
    let out = in_dir(&emu, dir.path()).run(&["--yes", "rules", "push"]).ok();
    assert!(out.stderr.contains("No changes"), "{}", out.stderr);

    // A broken rule: exit 2, naming the file and the rule, and no request at all.
    let broken = json!([
        {"source": "/ok", "target": "/fine", "status": "301"},
        {"source": "/a", "target": "/b/<name>", "status": "301"},
    ]);
    std::fs::write(&file, serde_json::to_string_pretty(&broken).unwrap()).unwrap();
    let before = emu.request_count();
    in_dir(&emu, dir.path()).run(&["--yes", "rules", "push"]).fails_with(2, "amplify-rules.json: rule #2 (/a)");
    // A rule longer than the API takes: named as the lint names it, not as a flag not typed.
    let long = format!("/{}", "x".repeat(3000));
    let too_long = json!([{"source": "/ok", "target": "/fine", "status": "301"}, {"source": long, "target": "/b", "status": "301"}]);
    std::fs::write(&file, serde_json::to_string_pretty(&too_long).unwrap()).unwrap();
    let refused = in_dir(&emu, dir.path()).run(&["--yes", "rules", "push"]).fails_with(
        2,
        &format!(
            "amplify-rules.json: rule #2 ({}…): its source has 3001 characters; the API takes at most 2048",
            &long[..60]
        ),
    );
    assert!(!refused.stderr.contains("--custom-rules") && !refused.stderr.contains(&long), "{}", refused.stderr);
    // Malformed JSON: its line and column.
    std::fs::write(&file, "[\n  {\"source\": \"/a\",\n   \"target\" \"/b\"}\n]\n").unwrap();
    in_dir(&emu, dir.path()).run(&["--yes", "rules", "push"]).fails_with(2, "amplify-rules.json:3:");
    in_dir(&emu, dir.path()).run(&["rules", "diff"]).fails_with(2, "amplify-rules.json:3:");
    assert_eq!(emu.request_count(), before, "a broken file reached the service");
    assert_eq!(get_app(&emu, &id)["customRules"], edited);
}

#[test]
fn the_toml_form_round_trips() {
    let emu = Emulator::start();
    let id = create_app(&emu, "toml-site");
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), &format!("app = \"{id}\"\nrules = \"config/rules.toml\"\n"));
    std::fs::create_dir_all(dir.path().join("config")).unwrap();
    let file = dir.path().join("config/rules.toml");

    in_dir(&emu, dir.path()).run(&["rules", "pull"]).ok();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("[[rules]]") && text.contains("condition = \"<US>\""), "{text}");
    in_dir(&emu, dir.path()).run(&["rules", "diff"]).ok();

    let added = format!("{text}\n[[rules]]\nsource = \"/blog/<slug>\"\ntarget = \"/posts/<slug>\"\nstatus = \"301\"\n");
    std::fs::write(&file, added).unwrap();
    in_dir(&emu, dir.path()).run(&["-o", "table", "rules", "diff"]).fails_with(1, "differ from");
    in_dir(&emu, dir.path()).run(&["--yes", "rules", "push"]).ok();
    let rules = get_app(&emu, &id)["customRules"].clone();
    assert_eq!(rules.as_array().map(Vec::len), Some(4));
    assert_eq!(rules[3], json!({"source": "/blog/<slug>", "target": "/posts/<slug>", "status": "301"}));
    in_dir(&emu, dir.path()).run(&["rules", "diff"]).ok();

    // --app and --file override the project; a TOML syntax error has its line.
    let other = dir.path().join("other.toml");
    std::fs::write(&other, "[[rules]]\nsource = \"/a\"\ntarget = @\n").unwrap();
    let before = emu.request_count();
    in_dir(&emu, dir.path())
        .run(&["rules", "push", "--app", &id, "--file", other.to_str().unwrap()])
        .fails_with(2, "other.toml:3:");
    assert_eq!(emu.request_count(), before);
}

#[test]
fn import_translates_netlify_redirects_and_lists_what_it_cannot() {
    let emu = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("_redirects"),
        "# Netlify redirects
/home            /              301
/blog/*          /news/:splat   301!
/*               /index.html    200
/store id=:id    /blog/:id      301
/                /china         302  Language=zh
/admin/*         /admin/:splat  200! Role=admin
",
    )
    .unwrap();
    let before = emu.request_count();
    let out = in_dir(&emu, dir.path()).run(&["rules", "import", "_redirects"]).ok();
    for want in [
        "_redirects:5: not translated",
        "query-parameter matching",
        "_redirects:6: not translated",
        "Language=",
        "_redirects:7: not translated",
        "role-based",
        "note: _redirects:3: forced",
        "note: _redirects:4: not forced",
    ] {
        assert!(out.stderr.contains(want), "stderr lacks {want:?}:\n{}", out.stderr);
    }
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("amplify-rules.json")).unwrap()).unwrap();
    assert_eq!(
        written,
        json!([
            {"source": "/home", "target": "/", "status": "301"},
            {"source": "/blog/<*>", "target": "/news/<*>", "status": "301"},
            {"source": "/<*>", "target": "/index.html", "status": "404-200"},
        ])
    );
    // -o json: the rules on stdout, no file.
    let elsewhere = tempfile::tempdir().unwrap();
    let input = dir.path().join("_redirects");
    let out = in_dir(&emu, elsewhere.path()).run(&["-o", "json", "rules", "import", input.to_str().unwrap()]).ok();
    assert_eq!(out.json(), written);
    assert!(!elsewhere.path().join("amplify-rules.json").exists());
    // Replacing a different rules file asks first (refused without a terminal).
    std::fs::write(dir.path().join("redirects.csv"), "source,target,status\n/a,/b,302\n").unwrap();
    in_dir(&emu, dir.path()).run(&["rules", "import", "redirects.csv"]).fails_with(2, "--yes");
    in_dir(&emu, dir.path()).run(&["--yes", "rules", "import", "redirects.csv", "--out", "csv-rules.toml"]).ok();
    let toml_text = std::fs::read_to_string(dir.path().join("csv-rules.toml")).unwrap();
    assert!(toml_text.contains("[[rules]]") && toml_text.contains("\"/a\""), "{toml_text}");
    // A name that says nothing needs --from.
    std::fs::write(dir.path().join("redirects.txt"), "/x /y 301\n").unwrap();
    in_dir(&emu, dir.path()).run(&["rules", "import", "redirects.txt"]).fails_with(2, "--from");
    in_dir(&emu, dir.path())
        .run(&["--yes", "rules", "import", "redirects.txt", "--from", "netlify", "--out", "x.json"])
        .ok();
    assert_eq!(emu.request_count(), before, "import sends nothing");
}

#[test]
fn headers_pull_diff_push_keep_custom_http_yml_in_step() {
    let emu = Emulator::start();
    let id = create_app(&emu, "headers-site");
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), &format!("app = \"{id}\"\n"));
    let file = dir.path().join("customHttp.yml");

    in_dir(&emu, dir.path()).run(&["headers", "pull"]).ok();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), HEADERS);
    std::fs::write(&file, "customHeaders: []\n").unwrap();
    in_dir(&emu, dir.path()).run(&["headers", "pull"]).fails_with(2, "refusing to replace");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "customHeaders: []\n");
    in_dir(&emu, dir.path()).run(&["--yes", "headers", "pull"]).ok();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), HEADERS);
    let out = in_dir(&emu, dir.path()).run(&["-o", "table", "headers", "diff"]).ok();
    assert!(out.stdout.contains("no changes"), "{}", out.stdout);

    let edited =
        format!("{HEADERS}  - pattern: '*.json'\n    headers:\n      - key: Cache-Control\n        value: no-cache\n");
    std::fs::write(&file, &edited).unwrap();
    let out = in_dir(&emu, dir.path()).run(&["-o", "table", "headers", "diff"]).fails_with(1, "differ from");
    assert!(out.stdout.contains("+    6 |   - pattern: '*.json'"), "{}", out.stdout);

    emu.amphost().run(&["app", "update", &id, "--description", "changed since the pull"]).ok();
    in_dir(&emu, dir.path()).run(&["headers", "push"]).fails_with(2, "--yes");
    in_dir(&emu, dir.path()).run(&["--yes", "headers", "push"]).ok();
    let app = get_app(&emu, &id);
    assert_eq!(app["customHeaders"], edited.as_str());
    assert_eq!(app["description"], "changed since the pull");
    assert_eq!(app["customRules"], serde_json::from_str::<Value>(RULES).unwrap());
    assert_eq!(app["environmentVariables"], json!({"API_URL": "https://api.example.com"}));
    in_dir(&emu, dir.path()).run(&["headers", "diff"]).ok();

    // Invalid files: refused with their place, before any request.
    let before = emu.request_count();
    std::fs::write(&file, "customHeaders:\n  - pattern: '*.js'\n    headers: [oops\n").unwrap();
    in_dir(&emu, dir.path()).run(&["--yes", "headers", "push"]).fails_with(2, "customHttp.yml:");
    std::fs::write(
        &file,
        "customHeaders:\n  - pattern: '*.js'\n    headers:\n      - key: Bad Name\n        value: x\n",
    )
    .unwrap();
    in_dir(&emu, dir.path()).run(&["--yes", "headers", "push"]).fails_with(2, "customHttp.yml:4:14:");
    assert_eq!(emu.request_count(), before);
    assert_eq!(get_app(&emu, &id)["customHeaders"], edited.as_str());
}

/// The rules file as a link: one shared from elsewhere is written through (whole, keeping its
/// mode); one pointing at nothing is refused, as it would create a file wherever it points.
#[cfg(unix)]
#[test]
fn a_linked_rules_file_is_written_through_and_a_dangling_link_is_refused() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let emu = Emulator::start();
    let id = create_app(&emu, "linked-rules");
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), &format!("app = \"{id}\"\n"));
    let file = dir.path().join("amplify-rules.json");
    let elsewhere = tempfile::tempdir().unwrap();
    let away = elsewhere.path().join("not-yet.json");
    symlink(&away, &file).unwrap();
    in_dir(&emu, dir.path())
        .run(&["--yes", "rules", "pull"])
        .fails_with(2, "is a symbolic link to")
        .fails_with(2, "remove the link");
    assert!(!away.exists(), "nothing may be created where the link points");

    let shared = elsewhere.path().join("shared-rules.json");
    std::fs::write(&shared, "[]").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::remove_file(&file).unwrap();
    symlink(&shared, &file).unwrap();
    in_dir(&emu, dir.path()).run(&["--yes", "rules", "pull"]).ok();
    assert!(std::fs::symlink_metadata(&file).unwrap().file_type().is_symlink(), "the link stays a link");
    let pulled: Value = serde_json::from_str(&std::fs::read_to_string(&shared).unwrap()).unwrap();
    assert_eq!(pulled, get_app(&emu, &id)["customRules"]);
    assert_eq!(std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777, 0o600);
}
