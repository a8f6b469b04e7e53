//! The app, branch and tag verbs end to end: the real binary against the emulator over HTTP,
//! every request signed and verified.

mod common;
use common::Emulator;
use serde_json::Value;

fn create_app(emu: &Emulator, name: &str, extra: &[&str]) -> Value {
    let mut args = vec!["app", "create", name];
    args.extend_from_slice(extra);
    emu.amphost().json(&args)["app"].clone()
}

#[test]
fn app_create_get_list_update_delete() {
    let emu = Emulator::start();
    let rules = emu.dir.path().join("rules.json");
    std::fs::write(&rules, r#"[{"source": "/old/<*>", "target": "/new/<*>", "status": "301"}]"#).unwrap();
    let rules_arg = format!("file://{}", rules.display());
    let app = create_app(
        &emu,
        "shop",
        &[
            "--description",
            "the shop",
            "--env",
            "API=https://api",
            "--tag",
            "team=web",
            "--custom-rules",
            &rules_arg,
            "--platform",
            "WEB",
        ],
    );
    let id = app["appId"].as_str().unwrap().to_string();
    assert!(id.starts_with('d') && id.len() == 14, "{id}");
    assert_eq!(app["appArn"], format!("arn:aws:amplify:us-east-1:123456789012:apps/{id}"));
    assert_eq!(app["environmentVariables"]["API"], "https://api");
    assert_eq!(app["customRules"][0]["target"], "/new/<*>");
    assert_eq!(app["tags"]["team"], "web");

    // By name and by ID alike.
    assert_eq!(emu.amphost().json(&["app", "get", "shop"])["app"]["appId"], id.as_str());
    assert_eq!(emu.amphost().json(&["app", "get", "--app", &id])["app"]["name"], "shop");
    let list = emu.amphost().json(&["app", "list"]);
    assert_eq!(list["apps"].as_array().unwrap().len(), 1);

    // An update sends only what changed: the rest of the app is untouched.
    let updated =
        emu.amphost().json(&["app", "update", "shop", "--description", "new words", "--enable-branch-auto-build"])
            ["app"]
            .clone();
    assert_eq!(updated["description"], "new words");
    assert_eq!(updated["enableBranchAutoBuild"], true);
    assert_eq!(updated["environmentVariables"]["API"], "https://api");
    assert_eq!(updated["customRules"], app["customRules"]);
    assert_eq!(updated["name"], "shop");
    let renamed = emu.amphost().json(&["app", "update", &id, "--name", "store", "--enable-branch-auto-build=false"])
        ["app"]
        .clone();
    assert_eq!((renamed["name"].as_str(), renamed["enableBranchAutoBuild"].as_bool()), (Some("store"), Some(false)));

    // Deleting without a terminal and without --yes is refused, and nothing is deleted.
    emu.amphost().run(&["app", "delete", "store"]).fails_with(2, "pass --yes");
    assert_eq!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().len(), 1);
    let deleted = emu.amphost().json(&["app", "delete", "store", "--yes"]);
    assert_eq!(deleted["app"]["appId"], id.as_str());
    assert!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().is_empty());
    emu.amphost().run(&["app", "get", &id]).fails_with(1, "NotFoundException");
}

#[test]
fn basic_auth_is_encoded_and_never_printed() {
    let emu = Emulator::start();
    let out =
        emu.amphost().run(&["-o", "json", "app", "create", "private", "--basic-auth", "admin:hunter2secret"]).ok();
    let app = out.json()["app"].clone();
    assert_eq!(app["enableBasicAuth"], true, "--basic-auth turns basic auth on");
    assert_eq!(app["basicAuthCredentials"], "<redacted>");
    for format in ["json", "table", "text"] {
        let shown = emu.amphost().run(&["-o", format, "--debug", "app", "get", "private"]).ok();
        let all = format!("{}{}", shown.stdout, shown.stderr);
        assert!(
            !all.contains("hunter2secret") && !all.contains("YWRtaW46aHVudGVyMnNlY3JldA"),
            "{format} leaks:\n{all}"
        );
    }
    // The service got the base64 of user:password (checked through the reference client).
    let raw = std::process::Command::new("aws")
        .args(["amplify", "list-apps", "--endpoint-url", &emu.url, "--region", "us-east-1"])
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_CONFIG_FILE", emu.dir.path().join("none"))
        .output()
        .expect("the AWS CLI is installed (.ci/run installs it)");
    let raw: Value = serde_json::from_slice(&raw.stdout).unwrap();
    assert_eq!(raw["apps"][0]["basicAuthCredentials"], "YWRtaW46aHVudGVyMnNlY3JldA==");
}

#[test]
fn env_set_and_unset_merge_and_never_drop_other_variables() {
    let emu = Emulator::start();
    create_app(&emu, "site", &["--env", "KEEP=1", "--env", "CHANGE=old"]);
    let out = emu.amphost().json(&["app", "env", "set", "--app", "site", "CHANGE=new", "ADDED=2"]);
    assert_eq!(out["environmentVariables"], serde_json::json!({"KEEP": "1", "CHANGE": "new", "ADDED": "2"}));
    emu.amphost().json(&["app", "env", "unset", "--app", "site", "CHANGE"]);
    let env = emu.amphost().json(&["app", "env", "list", "--app", "site"]);
    assert_eq!(env["environmentVariables"], serde_json::json!({"KEEP": "1", "ADDED": "2"}));
    // Unsetting a variable that is not there says so, and the others are still removed.
    let out = emu.amphost().run(&["-o", "json", "app", "env", "unset", "--app", "site", "NOPE", "ADDED"]).ok();
    assert!(out.stderr.contains("not set: NOPE"), "{}", out.stderr);
    assert_eq!(out.json()["environmentVariables"], serde_json::json!({"KEEP": "1"}));
    // Branch variables too.
    emu.amphost().json(&["branch", "create", "--app", "site", "main", "--env", "B=1"]);
    emu.amphost().json(&["app", "env", "set", "--app", "site", "--branch", "main", "C=3"]);
    let b = emu.amphost().json(&["branch", "get", "--app", "site", "main"]);
    assert_eq!(b["branch"]["environmentVariables"], serde_json::json!({"B": "1", "C": "3"}));
    let text = emu.amphost().run(&["-o", "text", "app", "env", "list", "--app", "site"]).ok();
    assert_eq!(text.stdout, "KEEP\t1\n");
}

#[test]
fn branch_create_get_list_update_delete() {
    let emu = Emulator::start();
    let app = create_app(&emu, "web", &[]);
    let app_arn = app["appArn"].as_str().unwrap();
    let b =
        emu.amphost().json(&["branch", "create", "--app", "web", "feature/login", "--stage", "BETA", "--tag", "t=1"])
            ["branch"]
            .clone();
    assert_eq!(b["branchName"], "feature/login");
    assert_eq!(b["stage"], "BETA");
    assert_eq!(b["branchArn"], format!("{app_arn}/branches/feature%2Flogin"));
    emu.amphost().json(&["branch", "create", "--app", "web", "--branch", "main"]);
    let list = emu.amphost().json(&["branch", "list", "--app", "web"]);
    let names: Vec<&str> =
        list["branches"].as_array().unwrap().iter().map(|b| b["branchName"].as_str().unwrap()).collect();
    assert_eq!(names, ["feature/login", "main"]);

    let up = emu.amphost().json(&[
        "branch",
        "update",
        "--app",
        "web",
        "feature/login",
        "--description",
        "login work",
        "--enable-auto-build=false",
    ]);
    assert_eq!(up["branch"]["description"], "login work");
    assert_eq!(up["branch"]["enableAutoBuild"], false);
    assert_eq!(up["branch"]["stage"], "BETA", "untouched settings stay");
    emu.amphost().run(&["branch", "create", "--app", "web", "main"]).fails_with(1, "already exists");
    // A branch a custom domain serves: its deletion names the addresses that stop answering.
    emu.amphost().json(&[
        "domain",
        "create",
        "--app",
        "web",
        "example.com",
        "--sub-domain",
        "=feature/login",
        "--sub-domain",
        "www=feature/login",
        "--sub-domain",
        "dev=main",
    ]);
    let out = emu.amphost().run(&["branch", "delete", "--app", "web", "feature/login", "-y"]).ok();
    assert!(
        out.stderr.contains("branch feature/login serves example.com, www.example.com: they stop answering"),
        "{}",
        out.stderr
    );
    emu.amphost()
        .run(&["branch", "get", "--app", "web", "feature/login"])
        .fails_with(1, "NotFoundException")
        .fails_with(1, "amphost branch list");
    let text =
        emu.amphost().run(&["-o", "text", "--query", "branches[].branchName", "branch", "list", "--app", "web"]).ok();
    assert_eq!(text.stdout, "main\n");
}

#[test]
fn tags_on_arns_apps_and_branches_with_encoded_paths() {
    let emu = Emulator::start();
    let app = create_app(&emu, "tagged", &["--tag", "a=1"]);
    emu.amphost().json(&["branch", "create", "--app", "tagged", "release/v1.0 candidate"]);
    // The branch ARN holds %, /, : and a space: all travel percent-encoded in /tags/{resourceArn}.
    emu.amphost()
        .run(&["tag", "add", "--app", "tagged", "--branch", "release/v1.0 candidate", "owner=me", "tier=gold"])
        .ok();
    let tags = emu.amphost().json(&["tag", "list", "--app", "tagged", "--branch", "release/v1.0 candidate"]);
    assert_eq!(tags["tags"], serde_json::json!({"owner": "me", "tier": "gold"}));
    let branch_arn = emu.amphost().json(&["branch", "get", "--app", "tagged", "release/v1.0 candidate"])["branch"]
        ["branchArn"]
        .clone();
    let by_arn = emu.amphost().json(&["tag", "list", "--resource-arn", branch_arn.as_str().unwrap()]);
    assert_eq!(by_arn["tags"]["tier"], "gold");
    emu.amphost().run(&["tag", "remove", "--arn", branch_arn.as_str().unwrap(), "tier"]).ok();
    assert_eq!(
        emu.amphost().json(&["tag", "list", "--resource-arn", branch_arn.as_str().unwrap()])["tags"],
        serde_json::json!({"owner": "me"})
    );
    // No tags left: said, as every empty list is, rather than nothing at all.
    emu.amphost().run(&["tag", "remove", "--arn", branch_arn.as_str().unwrap(), "owner"]).ok();
    let none = emu.amphost().run(&["-o", "table", "tag", "list", "--resource-arn", branch_arn.as_str().unwrap()]).ok();
    assert!(none.stderr.contains("No tags on arn:aws:amplify:"), "{}", none.stderr);

    let app_arn = app["appArn"].as_str().unwrap();
    emu.amphost().run(&["tag", "add", "--resource-arn", app_arn, "b=2"]).ok();
    assert_eq!(
        emu.amphost().json(&["tag", "list", "--app", "tagged"])["tags"],
        serde_json::json!({"a": "1", "b": "2"})
    );
    let missing = format!("{app_arn}/branches/nope");
    emu.amphost().run(&["tag", "list", "--resource-arn", &missing]).fails_with(1, "ResourceNotFoundException");
    emu.amphost().run(&["tag", "add", "--resource-arn", "not-an-arn", "x=1"]).fails_with(2, "--resource-arn");
}

#[test]
fn names_resolve_to_ids_and_ambiguity_lists_the_candidates() {
    let emu = Emulator::start();
    let first = create_app(&emu, "twin", &[])["appId"].as_str().unwrap().to_string();
    // A second app of a name is made only on request (see tests/habits.rs).
    let second = create_app(&emu, "twin", &["--allow-duplicate"])["appId"].as_str().unwrap().to_string();
    let out = emu.amphost().run(&["app", "get", "twin"]).fails_with(2, "2 apps are named \"twin\"");
    assert!(out.stderr.contains(&first) && out.stderr.contains(&second), "{}", out.stderr);
    emu.amphost()
        .run(&["app", "get", "nobody"])
        .fails_with(1, "no app is named \"nobody\"")
        .fails_with(1, "amphost app list");
    assert_eq!(emu.amphost().json(&["app", "get", &second])["app"]["appId"], second.as_str());
}

#[test]
fn list_verbs_fetch_every_page_or_stop_at_max_items_with_a_resume_token() {
    let emu = Emulator::start();
    let empty = emu.amphost().run(&["-o", "table", "app", "list"]).ok();
    assert!(empty.stdout.is_empty() && empty.stderr.contains("No apps. Create one with"), "{}", empty.stderr);
    for i in 0..5 {
        create_app(&emu, &format!("app{i}"), &[]);
    }
    let before = emu.request_count();
    let all = emu.amphost().json(&["app", "list", "--page-size", "2"]);
    assert_eq!(all["apps"].as_array().unwrap().len(), 5);
    assert!(all.get("nextToken").is_none() && all.get("NextToken").is_none());
    assert_eq!(emu.request_count() - before, 3, "three pages of two");

    let first = emu.amphost().json(&["app", "list", "--page-size", "2", "--max-items", "3"]);
    let names = |v: &Value| {
        v["apps"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    assert_eq!(names(&first), ["app0", "app1", "app2"]);
    let token = first["NextToken"].as_str().expect("a NextToken to resume from");
    let rest = emu.amphost().json(&["app", "list", "--page-size", "2", "--starting-token", token]);
    assert_eq!(names(&rest), ["app3", "app4"]);
    emu.amphost().run(&["app", "list", "--starting-token", "garbage!"]).fails_with(2, "--starting-token");
}
