//! Commands run in-process: parsed as the binary parses them, run against an in-process
//! emulator, their stdout and stderr captured (`render::ui::Streams::capture`), shown with
//! placeholders for what differs on every run (IDs, times, ports) so snapshots stay stable.

use amphost::api::CredentialSource;
use amphost::cli::{parse_from, run_with};
use amphost::emulator::{self, EmulatorConfig};
use amphost::render::ui::{Streams, Ui};
use amphost::render::Screen;
use std::time::Duration;

/// The terminal a run pretends stdout and stderr are: its width in columns (`None`: not a
/// terminal, as a pipe; `Some(0)`: a terminal that reports no width) and whether it has colour.
#[derive(Clone, Copy, Debug)]
pub struct Term {
    pub width: Option<usize>,
    pub color: bool,
}

impl Term {
    /// Not a terminal: what [`Harness::run`] uses.
    pub const PIPE: Term = Term { width: None, color: false };
}

/// How far after the run relative times are counted from: every time the emulator stamps
/// during a test reads `3 h ago`, however slow the machine (a test takes far less than an hour).
const CLOCK_AHEAD: f64 = 3.0 * 3600.0;

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
        self.run_with(args, Term::PIPE)
    }

    /// [`Harness::run`] on a terminal of `term`'s width and colour. Times in item views are
    /// shown in UTC (the local zone is not read in tests).
    pub fn run_with(&self, args: &[&str], term: Term) -> String {
        let cli = parse_from(std::iter::once("amphost").chain(args.iter().copied())).unwrap();
        let (mut streams, captured) = Streams::capture();
        streams.stdout_is_terminal = term.width.is_some();
        let mut ui = Ui::plain(streams);
        ui.color = term.color;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
        ui.screen = Screen { width: term.width, color: term.color, offset: None, now: Some(now + CLOCK_AHEAD) };
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
        self.session_with(commands, Term::PIPE)
    }

    /// [`Harness::session`] on a terminal of `term`'s width and colour.
    pub fn session_with(&self, commands: &[&[&str]], term: Term) -> String {
        commands.iter().map(|args| self.run_with(args, term)).collect::<Vec<_>>().join("\n")
    }
}

/// IDs, times and ports differ on every run; a snapshot shows placeholders in their place.
/// Relative times need none (the harness's clock makes them `3 h ago`); a job's duration, the
/// last column of a job list, may be `<1s`, `0s` or `1s` (`0` or `1` in text) and reads `<DURATION>`.
pub fn placeholders(text: &str) -> String {
    // Values of one width get a placeholder of that width (`<APP_ID~~~~~~>` for 14
    // characters), so tables in snapshots stay aligned as the user saw them. Where a rule has a
    // group named `v`, only that group is replaced.
    let same_width = [
        (r"\bd[a-z0-9]{13}\b", "APP_ID"),
        (r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} (UTC|[+-]\d{2}:\d{2})", "TIME"),
        (r"127\.0\.0\.1:(?P<v>\d+)", "PORT"),
        (r"\b\d{2}:\d{2}:\d{2}\b", "CLOCK"),
        (r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", "UUID"),
        (r"\b[a-z0-9]{20,}\b", "TOKEN"),
        (r"_(?P<v>[0-9a-f]{32})", "HASH"),
        (r"\.(?P<v>[a-z0-9]{10})\.acm-validations", "ID"),
        (r"\b(?P<v>[a-z0-9]{13})\.cloudfront\.net", "CDN"),
    ];
    let varying = [
        // Epoch seconds in JSON: their width varies with the milliseconds.
        (r"\b1\d{9}(\.\d+)?\b", "<EPOCH>"),
        (r"(?m)(  |running )((\d+h )?(\d+m )?\d+s|<1s)$", "${1}<DURATION>"),
        // `-o text job list`: a job's duration in whole seconds, after its start and end.
        (r"(?m)(<TIME~+>\t<TIME~+>\t)\d+$", "${1}<DURATION>"),
        (r"in \d+\.\d+s", "in <SECONDS>s"),
        (r#""seconds": \d+(\.\d+)?"#, r#""seconds": <SECONDS>"#),
        (r"\(\d+(\.\d+)? [KMG]?i?B/s\)", "(<RATE>)"),
    ];
    let text = same_width.iter().fold(text.to_string(), |t, (re, tag)| {
        let re = regex::Regex::new(re).unwrap();
        re.replace_all(&t, |c: &regex::Captures| {
            let whole = c.get(0).unwrap();
            let Some(v) = c.name("v") else { return placeholder(tag, whole.as_str().chars().count()) };
            let (start, end) = (v.start() - whole.start(), v.end() - whole.start());
            let w = whole.as_str();
            format!("{}{}{}", &w[..start], placeholder(tag, v.as_str().chars().count()), &w[end..])
        })
        .into_owned()
    });
    varying.iter().fold(text, |t, (re, with)| regex::Regex::new(re).unwrap().replace_all(&t, *with).into_owned())
}

/// `<TAG~~~>`, `width` characters wide when the tag fits.
fn placeholder(tag: &str, width: usize) -> String {
    let mut p = format!("<{tag}");
    while p.chars().count() + 1 < width {
        p.push('~');
    }
    p + ">"
}
