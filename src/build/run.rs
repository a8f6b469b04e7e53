//! Running a build's phases.
//!
//! **One shell session for the whole build.** Amplify runs a build's commands in one shell:
//! a `cd` or an `export` in preBuild still holds in build. So all phases go to one `bash`
//! process, as a script written to a temporary file, in the order of the plan. Before each
//! command the script writes a marker line (a random token, the phase and the command's
//! index) on file descriptor 3, a copy of stdout taken before any command runs: markers keep
//! their place among the output, and a command that redirects its own output (`exec >log`)
//! does not hide them. The script runs with `set -e`, and each command's status is also
//! checked after it (a failing list such as `false && true` does not stop `set -e`): the
//! first failing command ends the shell, with its status.
//!
//! The shell is the leader of a new process group (so Ctrl-C at a terminal reaches amphost
//! alone, which then ends the whole group — background processes included — through
//! [`Group::stop`]); stdin is `/dev/null`, stderr goes to stdout. When the shell has ended,
//! whatever it left running in its group is ended too, as Amplify's build container is.

use super::PhasePlan;
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What a build tells as it goes; the command layer draws it (a live line per phase on a
/// terminal, timestamped lines in CI logs). Called from the build's own thread.
pub trait Reporter: Send + Sync {
    /// A phase begins (`frontend build`).
    fn phase_started(&self, phase: &str);
    /// A command of the phase begins, as written in the spec.
    fn command_started(&self, phase: &str, command: &str);
    /// A line the build printed (stdout and stderr together), without its line break.
    fn output(&self, line: &str);
    /// A phase ended: all its commands succeeded, or one failed.
    fn phase_finished(&self, phase: &str, succeeded: bool, took: Duration);
}

/// How long a phase took.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseTime {
    pub phase: String,
    pub seconds: f64,
}

/// The command that failed, how, and the last lines it printed.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub phase: String,
    pub command: String,
    /// `exit status 2`, `killed by signal 9`, or why the shell ended early.
    pub how: String,
    pub tail: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RunError {
    /// The shell could not be started (bash missing, the script not written).
    Start(String),
    /// A command no shell can be given (a NUL byte in it).
    Spec(String),
    /// A command failed: the build stopped there.
    Failed(Failure),
}

/// Lines of a failing command's output kept for its error.
const TAIL_LINES: usize = 20;

/// How long output is still read after the shell has ended (from what it left running)
/// before the rest is given up.
const LINGER: Duration = Duration::from_secs(2);

/// The running build's process group, to end it from outside (a signal to amphost).
#[derive(Debug, Default)]
pub struct Group {
    /// The shell's PID, which is the group's ID.
    pid: Mutex<Option<u32>>,
    /// The shell has ended (and been reaped).
    ended: AtomicBool,
    /// Stopping was asked: the build no longer reports, and a shell started now is ended.
    stopping: AtomicBool,
}

impl Group {
    pub fn new() -> Arc<Group> {
        Arc::new(Group::default())
    }

    /// Ends the build: SIGTERM to its whole group, a few seconds for it to go, then SIGKILL
    /// to whatever is left.
    pub async fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.signal("TERM");
        for _ in 0..60 {
            if self.ended.load(Ordering::SeqCst) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.signal("KILL");
    }

    /// The group's ID (its shell's PID), once the shell has started.
    pub fn id(&self) -> Option<u32> {
        *self.pid.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn started(&self, pid: u32) {
        *self.pid.lock().unwrap_or_else(|p| p.into_inner()) = Some(pid);
        // Asked to stop while the shell was being started: it ends at once.
        if self.stopping.load(Ordering::SeqCst) {
            self.signal("TERM");
        }
    }

    fn stopping(&self) -> bool {
        self.stopping.load(Ordering::SeqCst)
    }

    /// Sends `signal` (a name: TERM, KILL) to every process of the group; nothing when the
    /// shell has not started, or when no process is left.
    fn signal(&self, signal: &str) {
        let Some(pid) = self.id() else { return };
        let group = pid.to_string();
        // Bash's own `kill` reaches a process group (a negative PID), and bash is what the
        // build runs on: no other program, and no unsafe call, is needed.
        let _ = Command::new("bash")
            .args(["-c", "kill -s \"$1\" -- \"-$2\" 2>/dev/null", "amphost-kill", signal, group.as_str()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// Runs `phases` in `workdir` with `env` added to amphost's own environment, reporting as it
/// goes; returns how long each phase took, or the first failure. The work happens on a
/// blocking thread; dropping the future does not stop it: [`Group::stop`] does.
pub async fn run(
    phases: Vec<PhasePlan>,
    workdir: PathBuf,
    env: Vec<(String, String)>,
    reporter: Arc<dyn Reporter>,
    group: Arc<Group>,
) -> Result<Vec<PhaseTime>, RunError> {
    tokio::task::spawn_blocking(move || run_blocking(&phases, &workdir, &env, reporter.as_ref(), &group))
        .await
        .unwrap_or_else(|e| Err(RunError::Start(format!("the build's thread failed: {e}"))))
}

fn run_blocking(
    phases: &[PhasePlan],
    workdir: &Path,
    env: &[(String, String)],
    reporter: &dyn Reporter,
    group: &Group,
) -> Result<Vec<PhaseTime>, RunError> {
    if phases.is_empty() || group.stopping() {
        return Ok(Vec::new());
    }
    // No shell can be given a NUL: said of the command that holds it.
    for phase in phases {
        if let Some(command) = phase.commands.iter().find(|c| c.contains('\0')) {
            let shown = crate::text::escape_controls(command);
            return Err(RunError::Spec(format!(
                "the {} command `{shown}` holds a NUL byte, which no shell can run",
                phase.name
            )));
        }
    }
    let mark = format!("amphost-mark-{}", uuid::Uuid::new_v4().simple());
    let text = script(phases, &mark);
    // Given whole to `bash -c`: no file to leave behind if amphost is stopped hard. One too
    // long for an argument goes in a temporary file, kept until the shell ends (bash reads
    // its script as it goes).
    let file = if text.len() > MAX_INLINE_SCRIPT { Some(write_script(&text)?) } else { None };
    let source = match &file {
        Some(f) => Script::File(f.path()),
        None => Script::Inline(&text),
    };
    let mut child = spawn(source, workdir, env)?;
    group.started(child.id());
    let lines = read_lines(&mut child);
    let mut session = Session::new(phases, &mark, reporter, group);
    let status = pump(&mut child, &lines, &mut session, group);
    group.ended.store(true, Ordering::SeqCst);
    // Background processes the build left behind end with it.
    group.signal("TERM");
    session.finish(status)
}

/// The build's script: the phases' commands as written, each after its marker and followed by
/// the check of its status.
fn script(phases: &[PhasePlan], mark: &str) -> String {
    use std::fmt::Write as _;
    // fd 3: the markers' copy of stdout. Commands get no stdin, as in Amplify's container.
    let mut s = String::from("exec 3>&1 2>&1 </dev/null\nset -e\n");
    for (p, phase) in phases.iter().enumerate() {
        for (c, command) in phase.commands.iter().enumerate() {
            let _ = writeln!(s, "printf '%s C {p} {c}\\n' {mark} >&3");
            s.push_str(command);
            s.push_str("\n__amphost_status=$?; [ \"$__amphost_status\" -eq 0 ] || exit \"$__amphost_status\"\n");
        }
    }
    let _ = writeln!(s, "printf '%s D\\n' {mark} >&3");
    s
}

fn write_script(text: &str) -> Result<tempfile::NamedTempFile, RunError> {
    let cannot = |e: std::io::Error| RunError::Start(format!("cannot write the build's script: {e}"));
    let mut file = tempfile::Builder::new().prefix("amphost-build-").suffix(".sh").tempfile().map_err(cannot)?;
    file.write_all(text.as_bytes()).and_then(|_| file.flush()).map_err(cannot)?;
    Ok(file)
}

/// The most of a script given as an argument: Linux takes at most 128 KiB in one.
const MAX_INLINE_SCRIPT: usize = 100 * 1024;

/// Where bash reads the build's script.
enum Script<'a> {
    Inline(&'a str),
    File(&'a Path),
}

fn spawn(script: Script<'_>, workdir: &Path, env: &[(String, String)]) -> Result<Child, RunError> {
    let mut cmd = Command::new("bash");
    cmd.arg("--noprofile").arg("--norc");
    match script {
        Script::Inline(text) => cmd.arg("-c").arg(text),
        Script::File(path) => cmd.arg(path),
    };
    cmd.current_dir(workdir)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    cmd.spawn().map_err(|e| RunError::Start(format!("cannot run bash in {}: {e}", workdir.display())))
}

/// Lines read ahead of the reporter. Bounded: a build printing faster than its output is
/// shown (a slow terminal or log reader) waits for it, rather than amphost holding the
/// backlog in memory, or the shell ending with lines unread (taken for an early `exit`).
const READ_AHEAD_LINES: usize = 1024;

/// The most of a line kept from its start; past it, only its last [`KEPT_END`] bytes (where
/// a marker printed after output with no line break is), so that one endless line cannot
/// fill memory.
const MAX_LINE: usize = 64 * 1024;
const KEPT_END: usize = 256;

/// The child's stdout and stderr, line by line, each read on a thread of its own.
fn read_lines(child: &mut Child) -> Receiver<String> {
    let (tx, rx) = mpsc::sync_channel(READ_AHEAD_LINES);
    if let Some(out) = child.stdout.take() {
        forward(out, tx.clone());
    }
    if let Some(err) = child.stderr.take() {
        forward(err, tx);
    }
    rx
}

fn forward(stream: impl Read + Send + 'static, tx: SyncSender<String>) {
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stream);
        let mut line = LongLine::default();
        loop {
            let (used, ended) = match reader.fill_buf() {
                Ok(buf) if !buf.is_empty() => {
                    let end = buf.iter().position(|b| *b == b'\n');
                    line.push(&buf[..end.unwrap_or(buf.len())]);
                    (end.map_or(buf.len(), |i| i + 1), end.is_some())
                }
                _ => break,
            };
            reader.consume(used);
            if ended && tx.send(line.take()).is_err() {
                return;
            }
        }
        if !line.is_empty() {
            let _ = tx.send(line.take());
        }
    });
}

/// A line being read: its first [`MAX_LINE`] bytes, and of the rest only the last
/// [`KEPT_END`].
#[derive(Default)]
struct LongLine {
    head: Vec<u8>,
    end: VecDeque<u8>,
    left_out: usize,
}

impl LongLine {
    fn push(&mut self, bytes: &[u8]) {
        let room = MAX_LINE.saturating_sub(self.head.len()).min(bytes.len());
        self.head.extend_from_slice(&bytes[..room]);
        // Of the rest, only what can stay in the end is copied.
        let rest = &bytes[room..];
        let kept = rest.len().min(KEPT_END);
        self.left_out += rest.len() - kept;
        self.end.extend(&rest[rest.len() - kept..]);
        let over = self.end.len().saturating_sub(KEPT_END);
        self.end.drain(..over);
        self.left_out += over;
    }

    fn is_empty(&self) -> bool {
        self.head.is_empty()
    }

    fn take(&mut self) -> String {
        let mut text = String::from_utf8_lossy(&self.head).into_owned();
        if self.left_out > 0 {
            text.push_str(&format!(" … ({} bytes left out) … ", self.left_out));
        }
        let end: Vec<u8> = self.end.drain(..).collect();
        text.push_str(&String::from_utf8_lossy(&end));
        while text.ends_with(['\r', '\n']) {
            text.pop();
        }
        *self = LongLine::default();
        text
    }
}

/// Feeds the output to the session until the shell has ended and its output is read (or,
/// when something it left running holds the output open, until [`LINGER`] has passed).
fn pump(
    child: &mut Child,
    lines: &Receiver<String>,
    session: &mut Session<'_>,
    group: &Group,
) -> std::io::Result<ExitStatus> {
    let mut exited: Option<(ExitStatus, Instant)> = None;
    let (mut checked, mut last_line) = (Instant::now(), Instant::now());
    loop {
        match lines.recv_timeout(Duration::from_millis(100)) {
            Ok(line) => {
                session.line(&line);
                last_line = Instant::now();
            }
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => {}
        }
        if let Some((_, at)) = exited {
            // The shell's last lines are still read while they come (a slow reader of the
            // output is behind); what it left running is given up after a while.
            if last_line.elapsed() > LINGER || at.elapsed() > LINGER * 15 {
                break;
            }
        } else if checked.elapsed() >= Duration::from_millis(100) {
            checked = Instant::now();
            if let Some(status) = child.try_wait()? {
                // What the shell left running holds the output open: it is ended now.
                group.signal("TERM");
                exited = Some((status, Instant::now()));
            }
        }
    }
    match exited {
        Some((status, _)) => Ok(status),
        None => child.wait(),
    }
}

/// The build as the markers tell it: which phase and command run, the output of the current
/// command, the phases' times.
struct Session<'a> {
    phases: &'a [PhasePlan],
    mark: &'a str,
    reporter: &'a dyn Reporter,
    group: &'a Group,
    /// The command running: (phase, command) indexes.
    current: Option<(usize, usize)>,
    /// The phase under way and when it began.
    open: Option<(usize, Instant)>,
    times: Vec<PhaseTime>,
    tail: VecDeque<String>,
    /// The end marker was seen: every command ran and succeeded.
    done: bool,
}

impl<'a> Session<'a> {
    fn new(phases: &'a [PhasePlan], mark: &'a str, reporter: &'a dyn Reporter, group: &'a Group) -> Session<'a> {
        Session {
            phases,
            mark,
            reporter,
            group,
            current: None,
            open: None,
            times: Vec::new(),
            tail: VecDeque::new(),
            done: false,
        }
    }

    /// One line read: output, a marker, or output ending in a marker (a command's last line
    /// had no line break).
    fn line(&mut self, raw: &str) {
        match raw.find(self.mark) {
            Some(at) => {
                if at > 0 {
                    self.output(&raw[..at]);
                }
                let rest = raw[at + self.mark.len()..].to_string();
                self.marker(&rest);
            }
            None => self.output(raw),
        }
    }

    fn output(&mut self, line: &str) {
        if self.tail.len() == TAIL_LINES {
            self.tail.pop_front();
        }
        self.tail.push_back(line.to_string());
        if !self.group.stopping() {
            self.reporter.output(line);
        }
    }

    fn marker(&mut self, rest: &str) {
        let words: Vec<&str> = rest.split_whitespace().collect();
        match words.as_slice() {
            ["C", p, c] => {
                if let (Ok(p), Ok(c)) = (p.parse::<usize>(), c.parse::<usize>()) {
                    self.command(p, c);
                }
            }
            ["D"] => {
                self.end_phase(true);
                self.done = true;
            }
            _ => {}
        }
    }

    fn command(&mut self, p: usize, c: usize) {
        let phases = self.phases;
        let Some(phase) = phases.get(p) else { return };
        if self.open.map(|(open, _)| open) != Some(p) {
            self.end_phase(true);
            self.open = Some((p, Instant::now()));
            if !self.group.stopping() {
                self.reporter.phase_started(&phase.name);
            }
        }
        self.current = Some((p, c));
        self.tail.clear();
        if !self.group.stopping() {
            self.reporter.command_started(&phase.name, phase.commands.get(c).map_or("", String::as_str));
        }
    }

    fn end_phase(&mut self, succeeded: bool) {
        let Some((p, began)) = self.open.take() else { return };
        let took = began.elapsed();
        let name = self.phases[p].name.clone();
        if !self.group.stopping() {
            self.reporter.phase_finished(&name, succeeded, took);
        }
        self.times.push(PhaseTime { phase: name, seconds: (took.as_secs_f64() * 1000.0).round() / 1000.0 });
    }

    /// The outcome, from the markers seen and the shell's status.
    fn finish(mut self, status: std::io::Result<ExitStatus>) -> Result<Vec<PhaseTime>, RunError> {
        let status = status.map_err(|e| RunError::Start(format!("lost track of the build's shell: {e}")))?;
        if self.done {
            return Ok(self.times);
        }
        let Some((p, c)) = self.current else {
            return Err(RunError::Start(format!("bash ended before the first command ({})", describe(status))));
        };
        self.end_phase(false);
        let how = if status.success() {
            "ended the shell (an `exit`?) before the build's end".to_string()
        } else {
            format!("failed with {}", describe(status))
        };
        let phase = &self.phases[p];
        Err(RunError::Failed(Failure {
            phase: phase.name.clone(),
            command: phase.commands.get(c).cloned().unwrap_or_default(),
            how,
            tail: self.tail.into_iter().collect(),
        }))
    }
}

/// `exit status 2`, or `signal 9` for a shell killed by one.
fn describe(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("signal {signal}");
        }
    }
    status.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Everything reported, in order, as text.
    #[derive(Default)]
    struct Recorder(Mutex<Vec<String>>);

    impl Reporter for Recorder {
        fn phase_started(&self, phase: &str) {
            self.0.lock().unwrap().push(format!("start {phase}"));
        }
        fn command_started(&self, _phase: &str, command: &str) {
            self.0.lock().unwrap().push(format!("$ {command}"));
        }
        fn output(&self, line: &str) {
            self.0.lock().unwrap().push(line.to_string());
        }
        fn phase_finished(&self, phase: &str, succeeded: bool, _took: Duration) {
            self.0.lock().unwrap().push(format!("end {phase} {succeeded}"));
        }
    }

    fn phase(name: &str, commands: &[&str]) -> PhasePlan {
        PhasePlan { name: name.into(), commands: commands.iter().map(|c| c.to_string()).collect() }
    }

    fn run_here(phases: &[PhasePlan]) -> (Result<Vec<PhaseTime>, RunError>, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        let rec = Recorder::default();
        let env = vec![("AMPHOST_TEST_VAR".to_string(), "from-env".to_string())];
        let out = run_blocking(phases, dir.path(), &env, &rec, &Group::default());
        (out, rec.0.into_inner().unwrap())
    }

    #[test]
    fn one_shell_runs_every_phase_so_cd_and_exports_carry_on() {
        let phases = [
            phase("frontend preBuild", &["mkdir -p sub && cd sub", "export GREETING=hi"]),
            phase(
                "frontend build",
                &["printf 'no newline'", "echo \"$GREETING from $(basename \"$PWD\") $AMPHOST_TEST_VAR\""],
            ),
        ];
        let (out, seen) = run_here(&phases);
        let times = out.unwrap();
        assert_eq!(times.iter().map(|t| t.phase.as_str()).collect::<Vec<_>>(), ["frontend preBuild", "frontend build"]);
        assert!(seen.contains(&"no newline".to_string()), "{seen:?}");
        assert!(seen.contains(&"hi from sub from-env".to_string()), "{seen:?}");
        assert_eq!(seen.first().map(String::as_str), Some("start frontend preBuild"));
        assert_eq!(seen.last().map(String::as_str), Some("end frontend build true"));
        assert!(!seen.iter().any(|l| l.contains("amphost-mark")), "markers are not output: {seen:?}");
    }

    #[test]
    fn the_first_failing_command_stops_the_build_with_its_output() {
        let phases = [
            phase("frontend build", &["echo before", "echo oops >&2; false && true", "echo never"]),
            phase("frontend postBuild", &["echo never either"]),
        ];
        let (out, seen) = run_here(&phases);
        match out {
            Err(RunError::Failed(f)) => {
                assert_eq!(f.phase, "frontend build");
                assert_eq!(f.command, "echo oops >&2; false && true");
                assert_eq!(f.how, "failed with exit status 1");
                assert_eq!(f.tail, ["oops"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(!seen.iter().any(|l| l.contains("never")), "{seen:?}");
        assert_eq!(seen.last().map(String::as_str), Some("end frontend build false"));
    }

    #[test]
    fn a_nul_in_a_command_is_named() {
        let (got, _) = run_here(&[phase("build", &["echo a\0b"])]);
        let Err(RunError::Spec(message)) = got else { panic!("{got:?}") };
        assert!(message.contains("build command `echo a\\0b` holds a NUL byte"), "{message}");
    }

    #[test]
    fn an_endless_line_keeps_its_start_and_the_marker_at_its_end() {
        let mut line = LongLine::default();
        for _ in 0..100 {
            line.push(&[b'x'; 100_000]);
        }
        line.push(b"amphost-mark-0 C 1 2\r");
        let text = line.take();
        assert!(text.len() < MAX_LINE + KEPT_END + 64, "{} bytes kept", text.len());
        assert!(text.ends_with("xamphost-mark-0 C 1 2") && text.contains("bytes left out"), "{}", &text[MAX_LINE..]);
        assert!(line.is_empty());
    }

    #[test]
    fn an_early_exit_is_a_failure_and_the_script_keeps_no_marker_in_the_output() {
        let (out, _) = run_here(&[phase("frontend build", &["exit 0", "echo never"])]);
        match out {
            Err(RunError::Failed(f)) => assert!(f.how.contains("before the build's end"), "{}", f.how),
            other => panic!("{other:?}"),
        }
        let s = script(&[phase("b", &["make"])], "MARK");
        assert!(s.starts_with("exec 3>&1 2>&1 </dev/null\nset -e\n"), "{s}");
        assert!(s.contains("printf '%s C 0 0\\n' MARK >&3\nmake\n"), "{s}");
    }
}
