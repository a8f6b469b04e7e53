//! The human side of the terminal: status lines, warnings, errors and confirmations, all on
//! stderr. `-q` silences everything but errors. Messages quote names and values from the
//! service and the user, so their control characters are written visibly (their line breaks,
//! which the messages themselves use, are kept).

use super::escape_controls_in_lines as shown;
use crate::exit::{CliError, Exit};
use std::io::IsTerminal;

#[derive(Clone, Debug)]
pub struct Ui {
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
    pub progress: bool,
}

impl Ui {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// A line for people (what was done, where to look next).
    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", shown(msg.as_ref()));
        }
    }

    pub fn warn(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{} {}", self.paint("33;1", "warning:"), shown(msg.as_ref()));
        }
    }

    /// Errors are shown even with `-q`.
    pub fn error(&self, e: &CliError) {
        eprintln!("{} {}", self.paint("31;1", "error:"), shown(&e.message));
        if let Some(h) = &e.hint {
            eprintln!("{} {}", self.paint("36", "hint:"), shown(h));
        }
    }

    /// Asks before a destructive action. `--yes` answers for the user; without a terminal to
    /// ask on, the action is refused rather than taken silently.
    pub fn confirm(&self, prompt: &str, yes: bool) -> Result<(), CliError> {
        if yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(CliError::usage(format!("refusing to {prompt} without confirmation: stdin is not a terminal"))
                .hint("pass --yes to confirm"));
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(format!("{}?", shown(&capitalise(prompt))))
            .default(false)
            .interact_on(&dialoguer::console::Term::stderr())
            .map_err(|e| CliError::new(Exit::Interrupted, format!("no answer: {e}")))?;
        if answer {
            Ok(())
        } else {
            Err(CliError::usage("cancelled; nothing was changed"))
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
