//! Commands run in-process: parsed as the binary parses them, run against an in-process
//! emulator, their stdout and stderr captured (`render::ui::Streams::capture`), shown with
//! placeholders for what differs on every run (IDs, times, ports) so snapshots stay stable.

use amphost::api::CredentialSource;
use amphost::cli::{parse_from, run_with};
use amphost::emulator::{self, EmulatorConfig};
use amphost::render::ui::{Streams, Ui};
use std::time::Duration;

pub struct Harness {
    runtime: tokio::runtime::Runtime,
    emulator: emulator::Emulator,
    _dir: tempfile::TempDir,
}

impl Harness {
    pub fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let mut config = EmulatorConfig::new(dir.path().join("emulator"));
        config.job_step_duration = Duration::from_millis(100);
        let emulator = runtime.block_on(emulator::start(config, ([127, 0, 0, 1], 0).into())).unwrap();
        Harness { runtime, emulator, _dir: dir }
    }

    /// Runs `amphost ARGS` and returns what a user sees: exit code, stdout and stderr.
    pub fn run(&self, args: &[&str]) -> String {
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
    pub fn session(&self, commands: &[&[&str]]) -> String {
        commands.iter().map(|args| self.run(args)).collect::<Vec<_>>().join("\n")
    }
}

/// IDs, times and ports differ on every run; a snapshot shows placeholders in their place.
pub fn placeholders(text: &str) -> String {
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
