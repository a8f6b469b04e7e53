//! Completion of names: with `COMPLETE=SHELL` set (what the registration script from
//! `amphost completions SHELL` sets), clap_complete's engine answers the shell, and every
//! `APP`, `BRANCH` and `JOB_ID` argument offers the names the service knows: apps, the branches
//! of the app on the command line (`--app`), the jobs of its branch (`--branch`). Asked with the
//! usual credential chain (or `--local`'s emulator), within [`TIMEOUT`], never prompting; on any
//! error there are simply no candidates.

use crate::api::{ClientSettings, CredentialSource};
use crate::commands::{local_data_dir, names, Ctx};
use crate::render::ui::{Streams, Ui};
use crate::render::OutputFormat;
use clap::builder::StyledStr;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use std::ffi::OsStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long a completion may wait for the service.
pub const TIMEOUT: Duration = Duration::from_secs(2);

/// What an argument names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    App,
    Branch,
    Job,
}

/// Answers the shell and exits when `COMPLETE` is set; else returns, and the command runs.
pub fn complete_if_asked() {
    // Read before clap's engine, which removes the variable.
    let bash = std::env::var("COMPLETE").is_ok_and(|shell| shell == "bash");
    FOR_BASH.store(bash, Ordering::Relaxed);
    // `COMPLETE=bash amphost` (no words after `--`) asks for the registration: amphost's, which
    // adds the quoting of names to clap's (the same as `amphost completions bash`).
    if bash && !std::env::args_os().any(|a| a == "--") {
        let script = super::completions::registration(clap_complete::Shell::Bash);
        Ui::plain(Streams::std()).out(&String::from_utf8_lossy(&script));
        std::process::exit(0);
    }
    clap_complete::CompleteEnv::with_factory(|| with_completers(super::command())).complete();
}

/// Whether the shell asking is bash (see [`for_bash`]).
static FOR_BASH: AtomicBool = AtomicBool::new(false);

/// The command tree with a value completer on every argument whose value is an `APP`, a
/// `BRANCH` or a `JOB_ID` (the value names are the same on every verb: `shape_tests`).
pub fn with_completers(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| {
        let value_name = arg.get_value_names().and_then(|names| names.first()).map(|n| n.to_string());
        let kind = match value_name.as_deref() {
            Some("APP") => Kind::App,
            Some("BRANCH") => Kind::Branch,
            Some("JOB_ID") => Kind::Job,
            _ => return arg,
        };
        arg.add(ArgValueCompleter::new(move |current: &OsStr| candidates(kind, current)))
    })
    .mut_subcommands(with_completers)
}

/// The words of the command line being completed: what the registration script passes after
/// `--` (the program's name first).
fn words() -> Vec<String> {
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let words = match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => args,
    };
    if for_bash() {
        words.iter().map(|w| bash_unquote(w)).collect()
    } else {
        words
    }
}

/// bash hands over the words as typed (`--app my\ site`, `'my site'`): for bash, they are
/// unquoted. A name is offered as it is: the registration has readline quote it as a file
/// name (see `completions::registration`), which an escaped name would be quoted twice by
/// inside an open quote. The other shells' scripts do both themselves.
fn for_bash() -> bool {
    FOR_BASH.load(Ordering::Relaxed)
}

/// A word as bash would read it: `'…'` literal, `"…"` and bare text with their backslash
/// escapes. A quote still open (the word being typed) runs to the end.
fn bash_unquote(word: &str) -> String {
    let mut out = String::new();
    let mut chars = word.chars();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (Some('\''), c) => out.push(c),
            (Some(_), '\\') => match chars.next() {
                Some(next @ ('$' | '`' | '"' | '\\')) => out.push(next),
                Some(next) => out.extend(['\\', next]),
                None => out.push('\\'),
            },
            (None, '\\') => out.extend(chars.next()),
            (_, c) => out.push(c),
        }
    }
    out
}

/// The value of the last `--flag VALUE` or `--flag=VALUE` among `words`, for any of `flags`.
fn flag(words: &[String], flags: &[&str]) -> Option<String> {
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        for f in flags {
            if w == f {
                found = words.get(i + 1).cloned();
            } else if let Some(v) = w.strip_prefix(f).and_then(|rest| rest.strip_prefix('=')) {
                found = Some(v.to_string());
            }
        }
    }
    found.filter(|v| !v.is_empty() && !v.starts_with('-'))
}

fn boolish(value: Option<String>) -> bool {
    value.is_some_and(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on" | "y"))
}

/// Client settings from the global options on the line, the environment for the rest; one
/// attempt, short timeouts, no traces.
fn settings(words: &[String]) -> ClientSettings {
    ClientSettings {
        profile: flag(words, &["--profile"]).or_else(|| std::env::var("AWS_PROFILE").ok()).filter(|p| !p.is_empty()),
        region: flag(words, &["--region"]),
        endpoint_url: flag(words, &["--endpoint-url"]),
        endpoint_from_env: true,
        credentials: CredentialSource::DefaultChain,
        max_attempts: 1,
        connect_timeout: Duration::from_secs(1),
        read_timeout: TIMEOUT,
        trace: None,
        ..ClientSettings::default()
    }
}

fn candidates(kind: Kind, current: &OsStr) -> Vec<CompletionCandidate> {
    let bash = for_bash();
    let current = current.to_string_lossy();
    let current = if bash { bash_unquote(&current) } else { current.into_owned() };
    fetch(kind, &words())
        .into_iter()
        .filter(|(value, _)| value.starts_with(&current))
        // A name with control characters would reach the shell (and the terminal) raw: such
        // names are not offered; they can still be typed.
        .filter(|(value, _)| !value.chars().any(char::is_control))
        .map(|(value, about)| {
            let about = about.map(|a| crate::text::escape_controls(&a));
            CompletionCandidate::new(value).help(about.map(StyledStr::from))
        })
        .collect()
}

/// The names of `kind` the service knows, for the command line in `words`; none on any error
/// or after [`TIMEOUT`].
fn fetch(kind: Kind, words: &[String]) -> Vec<names::Name> {
    // The app and branch as a command would take them: the flags, else AMPHOST_APP and
    // AMPHOST_BRANCH, else the project file's (most users never type --app after `init`).
    let config = flag(words, &["--config"]).or_else(|| std::env::var("AMPHOST_CONFIG").ok()).filter(|c| !c.is_empty());
    let here = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let project = crate::project::discover(config.as_deref().map(std::path::Path::new), &here).ok().flatten();
    let app = crate::project::app(flag(words, &["--app", "--app-id"]).as_deref(), project.as_ref());
    let branch_flag = flag(words, &["--branch", "--branch-name"]);
    let branch = crate::project::branch(branch_flag.as_deref(), project.as_ref()).ok().flatten();
    if (kind == Kind::Branch && app.is_none()) || (kind == Kind::Job && (app.is_none() || branch.is_none())) {
        return Vec::new();
    }
    let local = words.iter().any(|w| w == "--local") || boolish(std::env::var("AMPHOST_LOCAL").ok());
    let Ok(runtime) = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build() else {
        return Vec::new();
    };
    // Nothing is shown: no status lines, no progress, no prompts (`yes` is never needed).
    let ui = Ui { quiet: true, ..Ui::plain(Streams::std()) };
    let mut settings = settings(words);
    super::apply_project(&mut settings, project.as_ref());
    let ctx = Ctx::new(ui, false, OutputFormat::Json, None, settings, local.then(local_data_dir));
    let found = runtime.block_on(async move {
        let asked = async {
            match kind {
                Kind::App => names::apps(&ctx).await,
                Kind::Branch => names::branches(&ctx, app.as_deref().unwrap_or_default()).await,
                Kind::Job => {
                    names::jobs(&ctx, app.as_deref().unwrap_or_default(), branch.as_deref().unwrap_or_default()).await
                }
            }
        };
        let found = tokio::time::timeout(TIMEOUT, asked).await;
        ctx.shutdown().await;
        match found {
            Ok(Ok(names)) => names,
            _ => Vec::new(),
        }
    });
    runtime.shutdown_background();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn flags_are_read_from_the_line_being_completed() {
        let words = w("amphost job get --app-id d1 --branch=main --profile dev ");
        assert_eq!(flag(&words, &["--app", "--app-id"]).as_deref(), Some("d1"));
        assert_eq!(flag(&words, &["--branch", "--branch-name"]).as_deref(), Some("main"));
        assert_eq!(flag(&words, &["--profile"]).as_deref(), Some("dev"));
        assert_eq!(flag(&w("amphost branch get --app --local"), &["--app"]), None);
        assert!(boolish(Some("true".into())) && !boolish(Some("0".into())) && !boolish(None));
    }

    #[test]
    fn bash_words_are_unquoted() {
        assert_eq!(bash_unquote(r"my\ site"), "my site");
        assert_eq!(bash_unquote("'my s"), "my s");
        assert_eq!(bash_unquote(r#""a \"b\" \x""#), r#"a "b" \x"#);
        assert_eq!(bash_unquote("it's'"), "its");
    }

    #[test]
    fn every_app_branch_and_job_argument_gets_a_completer() {
        let cmd = with_completers(super::super::command());
        let branch_get = cmd.find_subcommand("branch").and_then(|b| b.find_subcommand("get")).unwrap();
        for id in ["app", "branch_pos"] {
            let arg = branch_get.get_arguments().find(|a| a.get_id().as_str() == id).unwrap();
            assert!(arg.get::<ArgValueCompleter>().is_some(), "branch get {id}");
        }
    }
}
