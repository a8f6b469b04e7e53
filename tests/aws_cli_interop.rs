//! The AWS CLI, AWS's own client, against the emulator: what one client makes the other
//! sees, with equal JSON. `.ci/run` installs the AWS CLI when it is missing.

mod common;
use common::Emulator;
use serde_json::Value;

fn aws(emu: &Emulator, args: &[&str]) -> Value {
    let out = emu.aws(args);
    assert!(out.status.success(), "aws {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    if out.stdout.iter().all(u8::is_ascii_whitespace) {
        return Value::Null;
    }
    serde_json::from_slice(&out.stdout).expect("aws prints JSON")
}

#[test]
fn each_client_sees_what_the_other_made_with_equal_json() {
    let emu = Emulator::start();
    // Made by the AWS CLI…
    let made = aws(
        &emu,
        &["create-app", "--name", "by-aws", "--description", "d", "--environment-variables", "A=1", "--tags", "k=v"],
    );
    let aws_app_id = made["app"]["appId"].as_str().unwrap().to_string();
    aws(&emu, &["create-branch", "--app-id", &aws_app_id, "--branch-name", "main", "--stage", "PRODUCTION"]);
    // …and by amphost.
    let ours = emu.amphost().json(&[
        "app",
        "create",
        "by-amphost",
        "--env",
        "B=2",
        "--custom-rules",
        r#"[{"source":"/<*>","target":"/index.html","status":"404-200"}]"#,
    ]);
    let our_id = ours["app"]["appId"].as_str().unwrap().to_string();
    emu.amphost().json(&["branch", "create", "--app", &our_id, "dev/x", "--tag", "t=1"]);

    assert_eq!(emu.amphost().json(&["app", "list"]), aws(&emu, &["list-apps"]));
    for id in [&aws_app_id, &our_id] {
        assert_eq!(emu.amphost().json(&["app", "get", id]), aws(&emu, &["get-app", "--app-id", id]));
        assert_eq!(emu.amphost().json(&["branch", "list", "--app", id]), aws(&emu, &["list-branches", "--app-id", id]));
    }
    assert_eq!(
        emu.amphost().json(&["branch", "get", "--app", &our_id, "dev/x"]),
        aws(&emu, &["get-branch", "--app-id", &our_id, "--branch-name", "dev/x"])
    );
    let arn = ours["app"]["appArn"].as_str().unwrap();
    assert_eq!(
        emu.amphost().json(&["tag", "list", "--resource-arn", arn]),
        aws(&emu, &["list-tags-for-resource", "--resource-arn", arn])
    );

    // Changes made by one are seen by the other.
    aws(&emu, &["update-app", "--app-id", &our_id, "--description", "changed by aws"]);
    assert_eq!(emu.amphost().json(&["app", "get", &our_id])["app"]["description"], "changed by aws");
    emu.amphost().json(&["app", "delete", &aws_app_id, "--yes"]);
    let remaining = aws(&emu, &["list-apps"]);
    assert_eq!(remaining["apps"].as_array().unwrap().len(), 1);
    assert_eq!(remaining["apps"][0]["appId"], our_id.as_str());
}

#[test]
fn the_aws_cli_paginates_the_emulator_like_the_service() {
    let emu = Emulator::start();
    for i in 0..7 {
        emu.amphost().json(&["app", "create", &format!("p{i}")]);
    }
    let all = aws(&emu, &["list-apps", "--page-size", "3"]);
    assert_eq!(all["apps"].as_array().unwrap().len(), 7);
    let first = aws(&emu, &["list-apps", "--max-items", "2"]);
    assert_eq!(first["apps"].as_array().unwrap().len(), 2);
    assert!(first["NextToken"].is_string());
}

/// `--query` with `-o text` prints what `aws … --query --output text` prints for the same
/// result: scripts written for one read the other (`read NAME ID <<< …`).
#[test]
fn query_text_output_is_the_aws_clis() {
    let emu = Emulator::start();
    let rules = r#"[{"source": "/a", "target": "/b", "status": "301"}, {"source": "/<*>", "target": "/i", "status": "404-200", "condition": "<US>"}]"#;
    let made = emu.amphost().json(&["app", "create", "q", "--env", "B=2", "--env", "A=1", "--custom-rules", rules]);
    let id = made["app"]["appId"].as_str().unwrap();
    emu.amphost().json(&["branch", "create", "--app", "q", "main"]);
    for query in [
        "app.[name,appId]",
        "app.{n:name,i:appId}",
        "app.[name,enableBasicAuth,repository]",
        "app.environmentVariables",
        "app.customRules",
        "app.customRules[].source",
        "app.[customRules, name]",
        "app.platform",
    ] {
        let theirs = emu.aws(&["get-app", "--app-id", id, "--query", query, "--output", "text"]);
        assert!(theirs.status.success(), "{}", String::from_utf8_lossy(&theirs.stderr));
        let ours = emu.amphost().run(&["-o", "text", "--query", query, "app", "get", id]).ok();
        assert_eq!(ours.stdout, String::from_utf8_lossy(&theirs.stdout), "--query {query}");
    }
}
