//! Live progress of a local build (`amphost build`, `deploy --build`). On a terminal, the
//! commands' output scrolls above one live status line per phase (a spinner with the command
//! running, then ✔ or ✘ and its time); elsewhere (CI logs), timestamped lines; with `-q`,
//! nothing (a failure still shows the end of the output, in its error).
//!
//! Output comes from the user's build tools: its colours and cursor moves are taken out and
//! any other control character is written visibly, so a build cannot redraw the terminal.

use super::escape_controls;
use super::progress::clock;
use super::style::Tone;
use super::ui::Ui;
use crate::build::run::Reporter;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

enum Mode {
    Bars(MultiProgress),
    Lines,
    Silent,
}

pub struct BuildProgress {
    ui: Ui,
    mode: Mode,
    /// The spinner of the phase under way.
    bar: Mutex<Option<ProgressBar>>,
}

/// A line of a build's output as a terminal may show it: what the last carriage return left
/// (progress counters redraw their line), without escape sequences (colours, cursor moves),
/// other control characters written visibly.
pub fn clean_line(line: &str) -> String {
    static ESCAPES: OnceLock<regex::Regex> = OnceLock::new();
    let escapes = ESCAPES.get_or_init(|| {
        // CSI (colours, cursor moves) and OSC (titles, links) sequences.
        regex::Regex::new(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?").expect("valid pattern")
    });
    let shown = line.trim_end_matches('\r').rsplit('\r').next().unwrap_or("");
    escape_controls(&escapes.replace_all(shown, ""))
}

/// A command as one short line: its first line, cut to 60 characters.
fn short_command(command: &str) -> String {
    let first = command.trim().lines().next().unwrap_or("");
    let more = command.trim().lines().count() > 1;
    let mut short: String = first.chars().take(60).collect();
    if more || first.chars().count() > 60 {
        short.push('…');
    }
    escape_controls(&short)
}

impl BuildProgress {
    pub fn new(ui: &Ui) -> BuildProgress {
        let mode = if ui.quiet {
            Mode::Silent
        } else if ui.progress {
            Mode::Bars(MultiProgress::with_draw_target(ProgressDrawTarget::stderr()))
        } else {
            Mode::Lines
        };
        BuildProgress { ui: ui.clone(), mode, bar: Mutex::new(None) }
    }

    fn line(&self, text: &str) {
        match &self.mode {
            Mode::Bars(m) => {
                let _ = m.println(text);
            }
            Mode::Lines => self.ui.err_line(&format!("{} {text}", clock())),
            Mode::Silent => {}
        }
    }

    fn bar(&self) -> std::sync::MutexGuard<'_, Option<ProgressBar>> {
        self.bar.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Stops a spinner still going (an interrupted build) where it is.
    pub fn finish(&self) {
        if let Some(bar) = self.bar().take() {
            bar.abandon();
        }
    }
}

impl Reporter for BuildProgress {
    fn phase_started(&self, phase: &str) {
        let phase = escape_controls(phase);
        match &self.mode {
            Mode::Bars(m) => {
                let bar = m.add(ProgressBar::new_spinner());
                bar.set_style(ProgressStyle::with_template("  {spinner} {msg} {elapsed}").expect("valid template"));
                bar.enable_steady_tick(Duration::from_millis(120));
                bar.set_message(phase);
                if let Some(old) = self.bar().replace(bar) {
                    old.abandon();
                }
            }
            Mode::Lines => self.line(&phase),
            Mode::Silent => {}
        }
    }

    fn command_started(&self, phase: &str, command: &str) {
        let (phase, command) = (escape_controls(phase), short_command(command));
        match &self.mode {
            Mode::Bars(_) => {
                if let Some(bar) = self.bar().as_ref() {
                    bar.set_message(format!("{phase} · {command}"));
                }
            }
            Mode::Lines => self.line(&format!("{phase} $ {command}")),
            Mode::Silent => {}
        }
    }

    fn output(&self, line: &str) {
        let line = clean_line(line);
        match &self.mode {
            Mode::Bars(_) => self.line(&line),
            Mode::Lines => self.line(&format!("  {line}")),
            Mode::Silent => {}
        }
    }

    fn phase_finished(&self, phase: &str, succeeded: bool, took: Duration) {
        let phase = escape_controls(phase);
        let (word, tone) = if succeeded { ("SUCCEED", Tone::Good) } else { ("FAILED", Tone::Bad) };
        let status = self.ui.tint(word, Some(tone));
        let secs = took.as_secs_f64();
        match &self.mode {
            Mode::Bars(_) => {
                if let Some(bar) = self.bar().take() {
                    let mark = if succeeded { "✔" } else { "✘" };
                    bar.set_style(ProgressStyle::with_template("  {msg}").expect("valid template"));
                    bar.finish_with_message(format!("{mark} {phase} {status} in {secs:.1}s"));
                }
            }
            Mode::Lines => self.line(&format!("{phase} {status} in {secs:.1}s")),
            Mode::Silent => {}
        }
    }
}

impl Drop for BuildProgress {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_output_cannot_redraw_the_terminal() {
        assert_eq!(clean_line("\x1b[32mok\x1b[0m done"), "ok done");
        assert_eq!(clean_line("10%\r50%\r100%"), "100%");
        assert_eq!(clean_line("line\r"), "line");
        assert_eq!(clean_line("\x1b]0;title\x07text"), "text");
        assert_eq!(clean_line("bell\x07"), "bell\\u{7}");
        assert_eq!(short_command("npm ci\nnpm run build"), "npm ci…");
        assert_eq!(short_command(&"x".repeat(70)).chars().count(), 61);
    }
}
