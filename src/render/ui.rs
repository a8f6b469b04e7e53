//! The human side of the terminal: status lines, warnings, errors and confirmations, all on
//! stderr. `-q` silences everything but errors. Messages quote names and values from the
//! service and the user, so their control characters are written visibly (their line breaks,
//! which the messages themselves use, are kept).

use super::escape_controls_in_lines as shown;
use super::style::{paint, Tone};
use super::Screen;
use crate::exit::{CliError, Exit};
use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};

type Sink = Arc<Mutex<Box<dyn Write + Send>>>;

/// Where a command's output goes: data to `out`, messages for people to `err`. The binary
/// uses the process's stdout and stderr; tests capture both (see [`Streams::capture`]), like
/// gh's IOStreams. Nothing else in amphost writes to the terminal.
#[derive(Clone)]
pub struct Streams {
    out: Sink,
    err: Sink,
    /// Whether a person can be asked (stdin and stderr are terminals).
    interactive: bool,
    /// Whether data goes to a terminal (tables by default) or elsewhere (JSON by default).
    pub stdout_is_terminal: bool,
}

impl std::fmt::Debug for Streams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Streams").field("interactive", &self.interactive).finish_non_exhaustive()
    }
}

/// What a captured command wrote.
#[derive(Clone, Default)]
pub struct Captured {
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
}

impl Captured {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().unwrap_or_else(|p| p.into_inner())).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.err.lock().unwrap_or_else(|p| p.into_inner())).into_owned()
    }
}

/// A `Write` into a shared buffer.
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Streams {
    /// The process's stdout and stderr.
    pub fn std() -> Streams {
        let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Streams {
            out: Arc::new(Mutex::new(Box::new(std::io::stdout()))),
            err: Arc::new(Mutex::new(Box::new(std::io::stderr()))),
            interactive,
            stdout_is_terminal: std::io::stdout().is_terminal(),
        }
    }

    /// Buffers instead of the terminal, for tests; never interactive.
    pub fn capture() -> (Streams, Captured) {
        let captured = Captured::default();
        let streams = Streams {
            out: Arc::new(Mutex::new(Box::new(Buffer(captured.out.clone())))),
            err: Arc::new(Mutex::new(Box::new(Buffer(captured.err.clone())))),
            interactive: false,
            stdout_is_terminal: false,
        };
        (streams, captured)
    }

    fn write(sink: &Sink, text: &str) {
        let mut w = sink.lock().unwrap_or_else(|p| p.into_inner());
        // A closed pipe (`| head`) is not an error worth reporting.
        let _ = w.write_all(text.as_bytes()).and_then(|_| w.flush());
    }
}

/// The width of the terminal stdout is, in columns: `None` when stdout is not a terminal.
/// The terminal's own size first, else `COLUMNS`; a terminal that reports 0 columns (some CI
/// runners, `script`, serial consoles) is taken as 80 wide.
pub fn stdout_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let size = dialoguer::console::Term::stdout().size_checked().map(|(_rows, cols)| usize::from(cols));
    let columns = || std::env::var("COLUMNS").ok().and_then(|v| v.trim().parse::<usize>().ok());
    super::table::usable_width(Some(size.filter(|&w| w > 0).or_else(columns).unwrap_or(0)))
}

#[derive(Clone, Debug)]
pub struct Ui {
    pub quiet: bool,
    pub verbose: bool,
    /// Colour on stderr (messages, progress).
    pub color: bool,
    pub progress: bool,
    pub streams: Streams,
    /// What tables on stdout are drawn for: width, colour, time zone, clock.
    pub screen: Screen,
    /// How this run was invoked, as the start of a command to paste: `amphost` and the
    /// connection flags given (`--local`, `--endpoint-url`, …). Commands suggested in
    /// messages are written as `` `amphost …` `` and start with this when shown, so a pasted
    /// one reaches the same service (not real AWS, when the user gave the emulator's URL).
    pub command: String,
}

impl Ui {
    /// A UI with no colour or progress over `streams` (tests, and output that is not a terminal).
    pub fn plain(streams: Streams) -> Ui {
        Ui {
            quiet: false,
            verbose: false,
            color: false,
            progress: false,
            streams,
            screen: Screen::PIPE,
            command: "amphost".to_string(),
        }
    }

    /// `text` in the colour of a state on stderr (progress lines), when stderr has colour.
    pub fn tint(&self, text: &str, tone: Option<Tone>) -> String {
        paint(text, tone, self.color)
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// Data, on stdout, exactly as given (renderers have escaped what needs it).
    pub fn out(&self, text: &str) {
        Streams::write(&self.streams.out, text);
    }

    /// Text from elsewhere (a job's log, a variable's value) on stdout. On a terminal, its
    /// control characters other than tabs and line breaks are shown escaped (`\u{1b}`), so a
    /// build script's output cannot move the cursor, retitle the window or hide the cursor;
    /// piped or redirected, it is written as it is (a file gets the bytes).
    pub fn out_untrusted(&self, text: &str) {
        if self.streams.stdout_is_terminal {
            self.out(&crate::text::escape_controls_for_terminal(text));
        } else {
            self.out(text);
        }
    }

    /// A line on stderr, as given (progress lines, traces); shown even with `-q` — callers
    /// decide.
    pub fn err_line(&self, line: &str) {
        Streams::write(&self.streams.err, &format!("{line}\n"));
    }

    /// `msg` with the commands it suggests (`` `amphost …` ``) started as this run was
    /// invoked ([`Ui::command`]).
    pub fn pasteable(&self, msg: &str) -> String {
        let pasted = msg.replace("`amphost ", &format!("`{} ", self.command));
        // `emulator` and `completions` take none of the service's options: named as they are.
        ["emulator", "completions"]
            .iter()
            .fold(pasted, |text, verb| text.replace(&format!("`{} {verb}", self.command), &format!("`amphost {verb}")))
    }

    /// An error's text: its message [`Ui::pasteable`], then its detail (text from elsewhere)
    /// as it is.
    pub fn error_text(&self, e: &CliError) -> String {
        format!("{}{}", self.pasteable(&e.message), e.detail)
    }

    /// A message as shown: [`Ui::pasteable`], control characters escaped.
    fn shown(&self, msg: &str) -> String {
        shown(&self.pasteable(msg))
    }

    /// A line for people (what was done, where to look next).
    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            self.err_line(&self.shown(msg.as_ref()));
        }
    }

    pub fn warn(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            self.err_line(&format!("{} {}", self.paint("33;1", "warning:"), self.shown(msg.as_ref())));
        }
    }

    /// Errors are shown even with `-q`.
    pub fn error(&self, e: &CliError) {
        // A silent error (`CliError::silent`): the exit code is the message.
        if e.message.is_empty() && e.hint.is_none() {
            return;
        }
        self.err_line(&format!("{} {}", self.paint("31;1", "error:"), shown(&self.error_text(e))));
        if let Some(h) = &e.hint {
            self.err_line(&format!("{} {}", self.paint("36", "hint:"), self.shown(h)));
        }
    }

    /// Whether a person can be asked (stdin and stderr are terminals).
    pub fn interactive(&self) -> bool {
        self.streams.interactive
    }

    /// Asks before a destructive action. `--yes` answers for the user; without a terminal to
    /// ask on, the action is refused rather than taken silently.
    pub fn confirm(&self, prompt: &str, yes: bool) -> Result<(), CliError> {
        if yes {
            return Ok(());
        }
        if !self.streams.interactive {
            return Err(CliError::usage(format!("refusing to {prompt} without confirmation: stdin is not a terminal"))
                .hint("pass --yes to confirm"));
        }
        // Esc and q answer no, as n does (dialoguer reads keys raw: Ctrl-D is not an end of
        // input there, and is ignored).
        let answer = dialoguer::Confirm::new()
            .with_prompt(format!("{}?", shown(&capitalise(prompt))))
            .default(false)
            .interact_on_opt(&dialoguer::console::Term::stderr())
            .map_err(no_answer)?;
        restore_cursor();
        if answer == Some(true) {
            Ok(())
        } else {
            Err(CliError::usage("cancelled; nothing was changed"))
        }
    }
}

impl Ui {
    /// Asks to pick one of `items` (arrow keys, on stderr's terminal); the index picked.
    /// Without a terminal to ask on, `missing` says which flag to pass instead (exit 2).
    pub fn select(&self, prompt: &str, items: &[String], default: usize, missing: &str) -> Result<usize, CliError> {
        if !self.streams.interactive {
            return Err(CliError::usage(format!("{missing} is needed: stdin is not a terminal to ask on")));
        }
        let picked = dialoguer::Select::new()
            .with_prompt(shown(prompt))
            .items(items.iter().map(|i| shown(i)))
            .default(default.min(items.len().saturating_sub(1)))
            .interact_on_opt(&dialoguer::console::Term::stderr())
            .map_err(no_answer)?;
        restore_cursor();
        // Esc or q: nothing picked.
        picked.ok_or_else(|| CliError::usage(format!("nothing picked: pass {missing} instead")))
    }

    /// Asks for a line of text, `default` taken on Enter; `check` refuses an answer (its
    /// message is shown and the question asked again). Without a terminal, as [`Ui::select`].
    pub fn input(
        &self,
        prompt: &str,
        default: Option<&str>,
        missing: &str,
        check: impl Fn(&str) -> Result<(), String> + 'static,
    ) -> Result<String, CliError> {
        if !self.streams.interactive {
            return Err(CliError::usage(format!("{missing} is needed: stdin is not a terminal to ask on")));
        }
        let mut input = dialoguer::Input::<String>::new()
            .with_prompt(shown(prompt))
            .validate_with(move |answer: &String| check(answer.trim()));
        if let Some(d) = default {
            input = input.default(d.to_string());
        }
        input.interact_text_on(&dialoguer::console::Term::stderr()).map(|a| a.trim().to_string()).map_err(no_answer)
    }
}

/// A prompt that got no answer (Ctrl-C, or the terminal went away).
fn no_answer(e: dialoguer::Error) -> CliError {
    // Ctrl-C leaves the cursor dialoguer hid hidden.
    restore_cursor();
    let dialoguer::Error::IO(io) = &e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        return CliError::new(Exit::Interrupted, "interrupted at the question; nothing was changed");
    }
    CliError::new(Exit::Interrupted, format!("no answer: {e}"))
}

/// Shows the cursor again on a terminal stderr (prompts and spinners hide it; an interrupt
/// can leave it hidden). Nothing is written when stderr is not a terminal.
pub fn restore_cursor() {
    if std::io::stderr().is_terminal() {
        let _ = dialoguer::console::Term::stderr().show_cursor();
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_commands_carry_the_options_except_to_the_emulator() {
        let (streams, _) = Streams::capture();
        let ui = Ui { command: "amphost --local".into(), ..Ui::plain(streams) };
        let msg = "run `amphost emulator`, then `amphost app list`; `amphost completions bash`";
        assert_eq!(
            ui.pasteable(msg),
            "run `amphost emulator`, then `amphost --local app list`; `amphost completions bash`"
        );
    }
}
