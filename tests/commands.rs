//! Commands run in-process: parsed as the binary parses them, run against an in-process
//! emulator, their stdout and stderr captured (`render::ui::Streams::capture`). The snapshot
//! files in `tests/snapshots/` show each noun's table, text and JSON shapes as a user sees
//! them; IDs, times and ports are replaced by placeholders. After a deliberate change of
//! output, review and accept the new snapshots with `INSTA_UPDATE=always cargo test --test commands`.

use amphost::api::CredentialSource;
use amphost::cli::{parse_from, run_with};
use amphost::emulator::{self, EmulatorConfig};
use amphost::render::ui::{Streams, Ui};
use std::time::Duration;

struct Harness {
    runtime: tokio::runtime::Runtime,
    emulator: emulator::Emulator,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let mut config = EmulatorConfig::new(dir.path().join("emulator"));
        config.job_step_duration = Duration::from_millis(100);
        let emulator = runtime.block_on(emulator::start(config, ([127, 0, 0, 1], 0).into())).unwrap();
        Harness { runtime, emulator, _dir: dir }
    }

    /// Runs `amphost ARGS` and returns what a user sees: exit code, stdout and stderr.
    fn run(&self, args: &[&str]) -> String {
        let cli = parse_from(std::iter::once("amphost").chain(args.iter().copied())).unwrap();
        let (streams, captured) = Streams::capture();
        let ui = Ui::plain(streams);
        let url = self.emulator.url();
        let result = self.runtime.block_on(run_with(cli, ui.clone(), |s| {
            s.endpoint_url = Some(url);
            s.endpoint_from_env = false;
            s.region = Some("us-east-1".into());
            s.profile = None;
            s.credentials = CredentialSource::Static { access_key_id: "test".into(), secret_access_key: "test".into() };
        }));
        let code = match result {
            Ok(()) => 0,
            Err(e) => {
                ui.error(&e);
                e.exit as i32
            }
        };
        let shown = format!(
            "$ amphost {}\nexit {code}\n--- stdout\n{}--- stderr\n{}",
            args.join(" "),
            captured.stdout(),
            captured.stderr()
        );
        placeholders(&shown)
    }

    /// Runs each command and joins what they show, for one snapshot.
    fn session(&self, commands: &[&[&str]]) -> String {
        commands.iter().map(|args| self.run(args)).collect::<Vec<_>>().join("\n")
    }
}

/// IDs, times and ports differ on every run; a snapshot shows placeholders in their place.
fn placeholders(text: &str) -> String {
    let rules = [
        (r"\bd[a-z0-9]{13}\b", "<APP_ID>"),
        (r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC", "<TIME>"),
        (r"\b1\d{9}(\.\d+)?\b", "<EPOCH>"),
        (r"127\.0\.0\.1:\d+", "127.0.0.1:<PORT>"),
        (r"\b\d{2}:\d{2}:\d{2}\b", "<CLOCK>"),
        (r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", "<UUID>"),
        (r"\b[a-z0-9]{20,}\b", "<TOKEN>"),
        (r"_[0-9a-f]{32}", "_<HASH>"),
        (r"\.[a-z0-9]{10}\.acm-validations", ".<ID>.acm-validations"),
        (r"\b[a-z0-9]{13}\.cloudfront\.net", "<CDN>.cloudfront.net"),
        (r"in \d+\.\d+s", "in <SECONDS>s"),
        (r#""seconds": \d+(\.\d+)?"#, r#""seconds": <SECONDS>"#),
        (r"\(\d+(\.\d+)? [KMG]?i?B/s\)", "(<RATE>)"),
    ];
    rules
        .iter()
        .fold(text.to_string(), |t, (re, with)| regex::Regex::new(re).unwrap().replace_all(&t, *with).into_owned())
}

#[test]
fn apps_as_tables_text_and_json() {
    let h = Harness::new();
    insta::assert_snapshot!(h.session(&[
        &["-o", "json", "app", "create", "snap-site", "--description", "Snapshots", "--env", "API=https://api"],
        &["-o", "table", "app", "list"],
        &["-o", "text", "app", "list"],
        &["-o", "table", "app", "get", "snap-site"],
        &["-o", "text", "app", "get", "snap-site"],
        &["-o", "table", "app", "env", "list", "--app", "snap-site"],
        &["-o", "json", "app", "list", "--query", "apps[].name"],
        &["-o", "table", "app", "get", "no-such-site"],
    ]));
}

#[test]
fn branches_and_tags() {
    let h = Harness::new();
    h.run(&["app", "create", "snap-branches"]);
    insta::assert_snapshot!(h.session(&[
        &["-o", "json", "branch", "create", "--app", "snap-branches", "main", "--stage", "PRODUCTION"],
        &["-o", "table", "branch", "create", "--app", "snap-branches", "dev", "--description", "Work in progress"],
        &["-o", "table", "branch", "list", "--app", "snap-branches"],
        &["-o", "text", "branch", "list", "--app", "snap-branches"],
        &["-o", "table", "branch", "get", "--app", "snap-branches", "dev"],
        &["-o", "table", "tag", "add", "--app", "snap-branches", "--branch", "main", "owner=web", "tier=1"],
        &["-o", "table", "tag", "list", "--app", "snap-branches", "--branch", "main"],
        &["-o", "json", "tag", "list", "--app", "snap-branches", "--branch", "main"],
    ]));
}

#[test]
fn a_deploy_and_its_jobs() {
    let h = Harness::new();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "<h1>snap</h1>").unwrap();
    let path = site.path().to_str().unwrap();
    // Quiet: which steps a poll catches RUNNING depends on timing; the result does not.
    let deploy = h.run(&["-q", "-o", "json", "deploy", path, "--app", "snap-jobs", "--branch", "main", "--create"]);
    insta::assert_snapshot!(deploy.replace(path, "<SITE>"));
    insta::assert_snapshot!(h.session(&[
        &["-o", "table", "job", "list", "--app", "snap-jobs", "--branch", "main"],
        &["-o", "text", "job", "list", "--app", "snap-jobs", "--branch", "main"],
        &["-o", "table", "job", "get", "--app", "snap-jobs", "--branch", "main", "1"],
        &["-o", "table", "job", "artifacts", "list", "--app", "snap-jobs", "--branch", "main", "1"],
    ]));
}

#[test]
fn webhooks_and_backend_environments() {
    let h = Harness::new();
    h.run(&["app", "create", "snap-hooks"]);
    h.run(&["branch", "create", "--app", "snap-hooks", "main"]);
    insta::assert_snapshot!(h.session(&[
        &["-o", "table", "webhook", "create", "--app", "snap-hooks", "--branch", "main", "--description", "CI"],
        &["-o", "table", "webhook", "list", "--app", "snap-hooks"],
        &["-o", "table", "backend-env", "create", "--app", "snap-hooks", "staging", "--stack-name", "amplify-staging"],
        &["-o", "table", "backend-env", "list", "--app", "snap-hooks"],
        &["-o", "text", "backend-env", "list", "--app", "snap-hooks"],
    ]));
}

#[test]
fn a_domain_and_its_records() {
    let h = Harness::new();
    h.run(&["app", "create", "snap-domains"]);
    h.run(&["branch", "create", "--app", "snap-domains", "main"]);
    insta::assert_snapshot!(h.session(&[
        &["-o", "table", "domain", "create", "--app", "snap-domains", "example.com", "--sub-domain", "www=main"],
        &["-o", "table", "domain", "list", "--app", "snap-domains"],
    ]));
}
