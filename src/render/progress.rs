//! Live progress of a job: a spinner per step on a terminal, timestamped lines otherwise
//! (CI logs), nothing with `-q`. Fed the job as GetJob returns it.

use super::escape_controls;
use super::style::job_tone;
use super::ui::Ui;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;
use std::collections::HashMap;
use std::time::Duration;

enum Mode {
    Bars(MultiProgress),
    Lines,
    Silent,
}

pub struct JobProgress {
    ui: Ui,
    mode: Mode,
    title: String,
    job_status: String,
    steps: HashMap<String, String>,
    bars: Vec<(String, ProgressBar)>,
}

/// `HH:MM:SS` (UTC) for plain progress lines.
pub fn clock() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!("{:02}:{:02}:{:02}", now.hour(), now.minute(), now.second())
}

fn seconds(step: &Value) -> Option<f64> {
    Some(step["endTime"].as_f64()? - step["startTime"].as_f64()?)
}

impl Mode {
    /// Spinners on a terminal, timestamped lines elsewhere (CI logs), nothing with `-q`.
    fn for_ui(ui: &Ui) -> Mode {
        if ui.quiet {
            Mode::Silent
        } else if ui.progress {
            Mode::Bars(MultiProgress::with_draw_target(ProgressDrawTarget::stderr()))
        } else {
            Mode::Lines
        }
    }
}

impl JobProgress {
    pub fn new(ui: &Ui, title: impl Into<String>) -> JobProgress {
        let mode = Mode::for_ui(ui);
        let title: String = title.into();
        let title = escape_controls(&title);
        JobProgress { ui: ui.clone(), mode, title, job_status: String::new(), steps: HashMap::new(), bars: Vec::new() }
    }

    fn line(&self, text: String) {
        match &self.mode {
            Mode::Bars(m) => {
                let _ = m.println(text);
            }
            Mode::Lines => self.ui.err_line(&format!("{} {text}", clock())),
            Mode::Silent => {}
        }
    }

    /// The job's end, told after its steps: on a terminal, as a last line under the steps' (a
    /// line printed above the bars would land between the job's start and its steps).
    fn ended(&mut self, text: String) {
        match &self.mode {
            Mode::Bars(m) => {
                let bar = m.add(ProgressBar::new_spinner());
                bar.set_style(ProgressStyle::with_template("{msg}").expect("valid template"));
                bar.finish_with_message(text);
                self.bars.push((String::new(), bar));
            }
            _ => self.line(text),
        }
    }

    /// Shows what changed since the last update. `job` is GetJob's `job` member.
    pub fn update(&mut self, job: &Value) {
        use crate::model::enums::JobStatus;
        // Decisions are made on the status as sent; a status this build does not know is
        // shown as it came (uncoloured) and counts as not finished.
        let ended = |v: &Value| JobStatus::from_json(v).is_some_and(JobStatus::is_terminal);
        // A status in its colour on a colour terminal (the text itself is compared and kept).
        let ui = self.ui.clone();
        let tinted = move |text: &str, v: &Value| ui.tint(text, JobStatus::from_json(v).map(job_tone));
        // Names and statuses come from the service: shown, never obeyed, by the terminal.
        let status = escape_controls(job["summary"]["status"].as_str().unwrap_or("?"));
        // A job's start is told before its steps, its end after them.
        let finished = ended(&job["summary"]["status"]);
        let changed = status != self.job_status;
        if changed && !finished {
            self.line(format!("{} {}", self.title, tinted(&status, &job["summary"]["status"])));
        }
        for step in job["steps"].as_array().into_iter().flatten() {
            let name = escape_controls(step["stepName"].as_str().unwrap_or("?"));
            let st = escape_controls(step["status"].as_str().unwrap_or("?"));
            if self.steps.get(&name) == Some(&st) {
                continue;
            }
            self.steps.insert(name.clone(), st.clone());
            let done = ended(&step["status"]);
            let took =
                if done { seconds(step).map(|s| format!(" in {s:.1}s")).unwrap_or_default() } else { String::new() };
            match &self.mode {
                Mode::Bars(m) => {
                    let bar = match self.bars.iter().find(|(n, _)| *n == name) {
                        Some((_, b)) => b.clone(),
                        None => {
                            let b = m.add(ProgressBar::new_spinner());
                            b.set_style(
                                ProgressStyle::with_template("  {spinner} {msg} {elapsed}").expect("valid template"),
                            );
                            b.enable_steady_tick(Duration::from_millis(120));
                            self.bars.push((name.clone(), b.clone()));
                            b
                        }
                    };
                    if done {
                        let succeeded = JobStatus::from_json(&step["status"]) == Some(JobStatus::Succeed);
                        let mark = if succeeded { "✔" } else { "✘" };
                        bar.set_style(ProgressStyle::with_template("  {msg}").expect("valid template"));
                        bar.finish_with_message(format!("{mark} {name} {}{took}", tinted(&st, &step["status"])));
                    } else {
                        bar.set_message(format!("{name} {}", tinted(&st, &step["status"])));
                    }
                }
                Mode::Lines => {
                    self.ui.err_line(&format!("{}   {name} {}{took}", clock(), tinted(&st, &step["status"])))
                }
                Mode::Silent => {}
            }
        }
        if changed && finished {
            self.ended(format!("{} {}", self.title, tinted(&status, &job["summary"]["status"])));
        }
        self.job_status = status;
    }

    /// Stops the spinners and leaves the terminal as it was.
    pub fn finish(&self) {
        // Finished steps stay on screen; a spinner still going is stopped where it is.
        for (_, b) in &self.bars {
            if !b.is_finished() {
                b.abandon();
            }
        }
    }
}

impl Drop for JobProgress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// A byte counter for zipping, hashing and uploading: a bar with rate and ETA on a terminal,
/// one summary line otherwise, nothing with `-q`. [`TransferBar::counter`] counts things done
/// (paths checked by `verify`) the same way.
pub struct TransferBar {
    ui: Ui,
    bar: Option<ProgressBar>,
    label: String,
    lines: bool,
    /// Things, not bytes: the summary says how many, without a rate in bytes.
    counting: bool,
    started: std::time::Instant,
    done: std::sync::atomic::AtomicU64,
}

impl TransferBar {
    pub fn new(ui: &Ui, label: impl Into<String>, total: u64) -> std::sync::Arc<TransferBar> {
        TransferBar::build(ui, label.into(), total, false)
    }

    /// A bar of things done out of `total` (`advance(1)` for each).
    pub fn counter(ui: &Ui, label: impl Into<String>, total: u64) -> std::sync::Arc<TransferBar> {
        TransferBar::build(ui, label.into(), total, true)
    }

    fn build(ui: &Ui, label: String, total: u64, counting: bool) -> std::sync::Arc<TransferBar> {
        let label = escape_controls(&label);
        let template = if counting {
            "{msg:>10} [{bar:30}] {pos}/{len} ETA {eta}"
        } else {
            "{msg:>10} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}"
        };
        let bar = ui.progress.then(|| {
            let b = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            b.set_style(ProgressStyle::with_template(template).expect("valid template").progress_chars("=> "));
            b.set_message(label.clone());
            b
        });
        std::sync::Arc::new(TransferBar {
            ui: ui.clone(),
            bar,
            label,
            lines: !ui.quiet && !ui.progress,
            counting,
            started: std::time::Instant::now(),
            done: Default::default(),
        })
    }

    /// Ends the bar with a summary line (`detail`, e.g. "312 files").
    pub fn finish(&self, detail: &str) {
        let done = self.done.load(std::sync::atomic::Ordering::Relaxed);
        let secs = self.started.elapsed().as_secs_f64().max(0.001);
        let amount = if self.counting {
            format!("{done} in {secs:.1}s")
        } else {
            format!(
                "{} in {secs:.1}s ({}/s)",
                indicatif::HumanBytes(done),
                indicatif::HumanBytes((done as f64 / secs) as u64)
            )
        };
        let line =
            format!("{} {amount}{}", self.label, if detail.is_empty() { String::new() } else { format!(", {detail}") });
        if let Some(b) = &self.bar {
            b.finish_and_clear();
            self.ui.err_line(&format!("✔ {line}"));
        } else if self.lines {
            self.ui.err_line(&format!("{} {line}", clock()));
        }
    }

    /// Removes the bar without a summary (on failure).
    pub fn abandon(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl crate::deploy::Progress for TransferBar {
    fn advance(&self, n: u64) {
        self.done.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }
}

/// Live progress of something with one status (a domain being set up), with the look of
/// [`JobProgress`]: a spinner on a terminal, timestamped lines otherwise (CI logs), nothing
/// with `-q`.
pub struct StatusProgress {
    ui: Ui,
    mode: Mode,
    title: String,
    bar: Option<ProgressBar>,
}

impl StatusProgress {
    pub fn new(ui: &Ui, title: impl Into<String>) -> StatusProgress {
        let mode = Mode::for_ui(ui);
        let title: String = title.into();
        StatusProgress { ui: ui.clone(), mode, title: escape_controls(&title), bar: None }
    }

    /// Shows a new status (call it when the status changes).
    pub fn update(&mut self, status: &str) {
        let status = escape_controls(status);
        match &self.mode {
            Mode::Bars(m) => {
                let bar = self.bar.get_or_insert_with(|| {
                    let b = m.add(ProgressBar::new_spinner());
                    b.set_style(ProgressStyle::with_template("  {spinner} {msg} {elapsed}").expect("valid template"));
                    b.enable_steady_tick(Duration::from_millis(120));
                    b
                });
                bar.set_message(format!("{} {status}", self.title));
            }
            Mode::Lines => self.ui.err_line(&format!("{} {} {status}", clock(), self.title)),
            Mode::Silent => {}
        }
    }

    /// Ends the spinner: `Some(true)` succeeded (✔), `Some(false)` failed (✘), `None` stopped
    /// waiting (the spinner stays where it was). Lines need no ending.
    pub fn finish(&mut self, succeeded: Option<bool>) {
        let Some(bar) = self.bar.take() else { return };
        match succeeded {
            Some(ok) => {
                let mark = if ok { "✔" } else { "✘" };
                bar.set_style(ProgressStyle::with_template("  {msg}").expect("valid template"));
                bar.finish_with_message(format!("{mark} {}", bar.message()));
            }
            None => bar.abandon(),
        }
    }
}

impl Drop for StatusProgress {
    fn drop(&mut self) {
        self.finish(None);
    }
}
