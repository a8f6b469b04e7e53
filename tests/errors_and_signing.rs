//! Configuration, credentials, signing and error handling, end to end.

mod common;
use common::{Emulator, Run};
use std::io::{Read, Write};

#[test]
fn a_missing_region_is_a_usage_error_and_nothing_is_sent() {
    let emu = Emulator::start();
    let before = emu.request_count();
    emu.amphost().env_remove("AWS_REGION").run(&["app", "list"]).fails_with(2, "no region is set");
    assert_eq!(emu.request_count(), before);
}

#[test]
fn region_and_credentials_come_from_the_profile() {
    let emu = Emulator::start();
    let home = emu.dir.path();
    std::fs::write(home.join("aws-config"), "[profile dev]\nregion = eu-west-3\n").unwrap();
    std::fs::write(home.join("aws-credentials"), "[dev]\naws_access_key_id = test\naws_secret_access_key = test\n")
        .unwrap();
    let app = emu
        .amphost()
        .env_remove("AWS_REGION")
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .json(&["--profile", "dev", "app", "create", "from-profile"]);
    assert!(app["app"]["appArn"].as_str().unwrap().starts_with("arn:aws:amplify:eu-west-3:"), "{app}");
}

#[test]
fn wrong_or_unknown_keys_exit_4_with_the_service_error() {
    let emu = Emulator::start();
    emu.amphost()
        .env("AWS_SECRET_ACCESS_KEY", "wrong")
        .run(&["app", "list"])
        .fails_with(4, "InvalidSignatureException");
    emu.amphost()
        .env("AWS_ACCESS_KEY_ID", "AKIDUNKNOWN")
        .run(&["app", "list"])
        .fails_with(4, "UnrecognizedClientException");
    // A key pair the emulator was told to accept works.
    let emu2 = Emulator::start_with(&["--credentials", "AKIDCI:s3cret"]);
    emu2.amphost().env("AWS_ACCESS_KEY_ID", "AKIDCI").env("AWS_SECRET_ACCESS_KEY", "s3cret").run(&["app", "list"]).ok();
}

#[test]
fn no_credentials_anywhere_exits_4_with_advice() {
    let emu = Emulator::start();
    emu.amphost()
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .run(&["app", "list"])
        .fails_with(4, "no AWS credentials could be loaded")
        .fails_with(4, "--local");
}

#[test]
fn service_errors_render_code_message_request_id_and_hint() {
    let emu = Emulator::start();
    let out = emu
        .amphost()
        .run(&["app", "get", "d0000000000000"])
        .fails_with(1, "error: NotFoundException: App d0000000000000 not found.");
    assert!(out.stderr.contains("(request id "), "{}", out.stderr);
    assert!(out.stderr.contains("hint: list apps with `amphost app list`"), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "stdout carries data only");
}

#[test]
fn endpoint_precedence_flag_then_service_env_then_global_env() {
    let emu = Emulator::start();
    let dead = "http://127.0.0.1:9"; // discard port: nothing listens
    emu.amphost().env("AWS_ENDPOINT_URL", dead).env("AWS_ENDPOINT_URL_AMPLIFY", &emu.url).run(&["app", "list"]).ok();
    emu.amphost().env("AWS_ENDPOINT_URL", dead).run(&["--endpoint-url", &emu.url, "app", "list"]).ok();
    emu.amphost().run(&["--endpoint-url", "not a url", "app", "list"]).fails_with(2, "not a valid URL");
    // A URL with its scheme's colon forgotten is quoted with its password cut (it was whole).
    let malformed = "http//bob:hunter2@127.0.0.1:1";
    let by_flag = emu.amphost().run(&["--endpoint-url", malformed, "app", "list"]);
    let by_env = emu.amphost().env("AWS_ENDPOINT_URL", malformed).run(&["app", "list"]);
    let by_verify =
        emu.amphost().run(&["verify", ".", "--app", "a", "--branch", "b", "--url", "https//bob:hunter2@h/"]);
    for out in [by_flag, by_env, by_verify] {
        let out = out.fails_with(2, "bob:<redacted>@");
        assert!(!out.stderr.contains("hunter2"), "{}", out.stderr);
    }
}

#[test]
fn unreachable_endpoints_are_retried_then_reported() {
    let home = tempfile::tempdir().unwrap();
    let out = Run::new(home.path())
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_REGION", "us-east-1")
        .env("AMPHOST_RETRY_BASE_MS", "1")
        .run(&["--endpoint-url", "http://127.0.0.1:9", "--max-attempts", "3", "app", "list"]);
    out.fails_with(1, "could not reach http://127.0.0.1:9").fails_with(1, "gave up after 3 attempts");

    // An endpoint given with a password: the error and every trace line (each retry quotes
    // its cause) show the user's name, never the password.
    for trace in ["--debug", "-v"] {
        let out = Run::new(home.path())
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_REGION", "us-east-1")
            .env("AMPHOST_RETRY_BASE_MS", "1")
            .run(&[trace, "--endpoint-url", "http://bob:hunter2@127.0.0.1:9", "--max-attempts", "3", "app", "list"]);
        let out = out.fails_with(1, "could not reach http://bob:<redacted>@127.0.0.1:9");
        assert!(out.stderr.contains("retrying ListApps"), "{trace} shows the retries:\n{}", out.stderr);
        assert!(!out.stderr.contains("hunter2"), "{trace} leaked the endpoint's password:\n{}", out.stderr);
    }
}

#[test]
fn debug_traces_show_requests_but_no_secret() {
    let emu = Emulator::start();
    let out = emu
        .amphost()
        .env("AWS_SESSION_TOKEN", "SESSIONTOKENSECRET")
        .run(&[
            "--debug",
            "-o",
            "json",
            "app",
            "create",
            "dbg",
            "--access-token",
            "ghp_TOKENSECRET",
            "--build-spec",
            "version: 1 # BUILDSECRET",
        ])
        .ok();
    assert!(out.stderr.contains("→ CreateApp: POST"), "{}", out.stderr);
    assert!(out.stderr.contains("authorization: <redacted>"), "{}", out.stderr);
    for secret in ["SESSIONTOKENSECRET", "ghp_TOKENSECRET", "BUILDSECRET", "Signature="] {
        assert!(!out.stderr.contains(secret), "--debug leaked {secret}:\n{}", out.stderr);
    }
}

/// Sends a request signed for one body with another body, and one signed 20 minutes ago.
#[test]
fn the_emulator_rejects_tampered_and_stale_signatures() {
    let emu = Emulator::start();
    let addr = emu.url.trim_start_matches("http://").to_string();
    let sign = |body: &str, time: std::time::SystemTime| -> Vec<(String, String)> {
        use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
        let identity = aws_credential_types::Credentials::new("test", "test", None, None, "t").into();
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region("us-east-1")
            .name("amplify")
            .time(time)
            .settings(SigningSettings::default())
            .build()
            .unwrap()
            .into();
        let url = format!("{}/apps", emu.url);
        let headers = [("host", addr.as_str()), ("content-type", "application/json")];
        let req = SignableRequest::new("POST", url, headers.into_iter(), SignableBody::Bytes(body.as_bytes())).unwrap();
        let (instructions, _) = sign(req, &params).unwrap().into_parts();
        instructions.headers().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    };
    let send = |headers: &[(String, String)], body: &str| -> String {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        let mut req = format!("POST /apps HTTP/1.1\r\nHost: {addr}\r\ncontent-type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        req.push_str(body);
        s.write_all(req.as_bytes()).unwrap();
        let mut resp = String::new();
        s.read_to_string(&mut resp).unwrap();
        resp
    };
    let now = std::time::SystemTime::now();
    let good = sign(r#"{"name":"ok"}"#, now);
    assert!(send(&good, r#"{"name":"ok"}"#).starts_with("HTTP/1.1 200"));
    let tampered = send(&good, r#"{"name":"evil"}"#);
    assert!(tampered.starts_with("HTTP/1.1 403"), "{tampered}");
    assert!(tampered.to_ascii_lowercase().contains("x-amzn-errortype: invalidsignatureexception"), "{tampered}");
    let stale = sign(r#"{"name":"ok"}"#, now - std::time::Duration::from_secs(20 * 60));
    let resp = send(&stale, r#"{"name":"ok"}"#);
    assert!(resp.starts_with("HTTP/1.1 403") && resp.contains("Signature expired"), "{resp}");
    let unsigned = send(&[], r#"{"name":"ok"}"#);
    assert!(
        unsigned.starts_with("HTTP/1.1 403") && unsigned.contains("MissingAuthenticationTokenException"),
        "{unsigned}"
    );
    let names: Vec<String> = Emulator::amphost(&emu).json(&["app", "list"])["apps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["ok"], "only the genuine request took effect");
}

#[test]
fn local_mode_needs_no_account_and_keeps_state_between_runs() {
    let home = tempfile::tempdir().unwrap();
    // Bogus credentials and no region: --local must not read or need either.
    let run = || Run::new(home.path()).env("AWS_ACCESS_KEY_ID", "bogus").env("AWS_PROFILE", "nonexistent");
    let created = run().json(&["--local", "app", "create", "offline"]);
    let id = created["app"]["appId"].as_str().unwrap();
    let listed = run().env("AMPHOST_LOCAL", "1").json(&["app", "list"]);
    assert_eq!(listed["apps"][0]["appId"], id);
    assert!(home.path().join("data/amphost/emulator/state.sqlite3").exists());
    run().run(&["--local", "--endpoint-url", "http://x", "app", "list"]).fails_with(2, "cannot be used with");
    // An endpoint in the environment is not what --local reads: said, not obeyed.
    let out = run().env("AWS_ENDPOINT_URL", "http://127.0.0.1:9").run(&["--local", "app", "list"]).ok();
    assert!(out.stderr.contains("--local uses the emulator's data in"), "{}", out.stderr);
    assert!(out.stderr.contains("AWS_ENDPOINT_URL is ignored"), "{}", out.stderr);
    let quiet = run().run(&["--local", "-o", "json", "app", "list"]).ok();
    assert!(!quiet.stderr.contains("--local uses"), "{}", quiet.stderr);
    // Apps are regional: --local takes AWS_REGION as AWS does (no profile's, none is read).
    let west = run().env("AWS_REGION", "eu-west-1").json(&["--local", "app", "create", "west"]);
    assert!(west["app"]["appArn"].as_str().unwrap().starts_with("arn:aws:amplify:eu-west-1:"), "{west}");
    let names = |region: &str| run().env("AWS_REGION", region).json(&["--local", "app", "list"])["apps"].to_string();
    assert!(names("eu-west-1").contains("west") && !names("us-east-1").contains("west"));
}

#[test]
fn help_and_completions_work_without_any_configuration() {
    let home = tempfile::tempdir().unwrap();
    let out = Run::new(home.path()).env("AWS_CONFIG_FILE", "/dev/null/nope").run(&["app", "create", "--help"]).ok();
    assert!(out.stdout.contains("--basic-auth <USER:PASSWORD>"), "{}", out.stdout);
    let out = Run::new(home.path()).run(&["completions", "bash"]).ok();
    assert!(out.stdout.contains("amphost"));
    Run::new(home.path()).run(&["app", "frobnicate"]).fails_with(2, "unrecognized subcommand");
}

#[test]
fn verbose_shows_one_line_per_request_and_quiet_shows_nothing() {
    let emu = Emulator::start();
    let out = emu.amphost().env_remove("AMPHOST_DEBUG").run(&["-v", "-o", "json", "app", "list"]).ok();
    assert!(out.stderr.contains("← 200 ListApps in"), "{}", out.stderr);
    assert!(!out.stderr.contains("authorization"), "{}", out.stderr);
    let out = emu.amphost().env_remove("AMPHOST_DEBUG").run(&["-q", "-o", "json", "app", "create", "quiet"]).ok();
    assert!(out.stderr.is_empty(), "-q prints nothing but errors: {}", out.stderr);
}

/// `--local`'s embedded emulator ends with its command: the webhook URLs it hands out name
/// `amphost emulator`'s default address, where they work later, not its own passing port
/// (which was another on every call, and closed already).
#[test]
fn local_webhook_urls_name_the_emulators_default_address() {
    let home = tempfile::tempdir().unwrap();
    let run = || Run::new(home.path()).allow_webhook_url();
    run().json(&["--local", "app", "create", "hooks"]);
    run().json(&["--local", "branch", "create", "--app", "hooks", "main"]);
    let made = run().json(&["--local", "webhook", "create", "--app", "hooks", "--branch", "main"]);
    let url = made["webhook"]["webhookUrl"].as_str().unwrap().to_string();
    assert!(url.starts_with("http://127.0.0.1:4750/_amphost/webhooks?id="), "{url}");
    let listed = run().json(&["--local", "webhook", "list", "--app", "hooks"]);
    assert_eq!(listed["webhooks"][0]["webhookUrl"], url.as_str(), "{listed}");
    // `webhook trigger` under --local reaches the command's own emulator.
    let id = made["webhook"]["webhookId"].as_str().unwrap();
    let started = run().json(&["--local", "webhook", "trigger", id, "--app", "hooks"]);
    assert_eq!(started["jobSummary"]["jobType"], "WEB_HOOK", "{started}");
}
