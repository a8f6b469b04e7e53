//! Signals that end a command: Ctrl-C (SIGINT), SIGTERM (CI runners cancelling a step,
//! `timeout`, `kill`) and SIGHUP (a closed terminal). All three are handled alike: whatever
//! the command leaves behind is undone or said, and the exit code names the signal
//! (130, 143, 129: 128 + the signal's number, as shells report it).

use crate::exit::{CliError, Exit};
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set while a command handles signals itself (to say what it leaves behind); the top level
/// then leaves them to it.
pub static HANDLED_BY_COMMAND: AtomicBool = AtomicBool::new(false);

/// A signal asking the process to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Interrupt,
    Terminate,
    HangUp,
}

impl Signal {
    pub fn exit(self) -> Exit {
        match self {
            Signal::Interrupt => Exit::Interrupted,
            Signal::Terminate => Exit::Terminated,
            Signal::HangUp => Exit::HangUp,
        }
    }
}

/// Waits for the next SIGINT, SIGTERM or SIGHUP. Once listened for, a signal no longer kills
/// the process by default: every caller must act on what this returns.
pub async fn next_signal() -> Signal {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let listen = |kind| signal(kind).ok();
        let (mut term, mut hup) = (listen(SignalKind::terminate()), listen(SignalKind::hangup()));
        tokio::select! {
            _ = tokio::signal::ctrl_c() => Signal::Interrupt,
            _ = recv(term.as_mut()) => Signal::Terminate,
            _ = recv(hup.as_mut()) => Signal::HangUp,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        Signal::Interrupt
    }
}

/// The next delivery of a signal listened for; never, when it could not be listened for.
#[cfg(unix)]
async fn recv(signal: Option<&mut tokio::signal::unix::Signal>) {
    match signal {
        Some(s) => {
            s.recv().await;
        }
        None => std::future::pending().await,
    }
}

/// The top level's wait: the first signal that no command is handling itself.
pub async fn unhandled_signal() -> Signal {
    loop {
        let signal = next_signal().await;
        if !HANDLED_BY_COMMAND.load(Ordering::SeqCst) {
            return signal;
        }
    }
}

/// Runs `work`, handling signals itself: on a signal, `on_interrupt` runs instead (to say or
/// undo what is left behind) and its error is returned, with the signal's exit code. Until
/// both are done, the top level leaves signals to this. Anything `work` must clean up on
/// failure belongs inside it.
pub async fn interruptible<T>(
    work: impl Future<Output = Result<T, CliError>>,
    on_interrupt: impl Future<Output = CliError>,
) -> Result<T, CliError> {
    HANDLED_BY_COMMAND.store(true, Ordering::SeqCst);
    let result = tokio::select! {
        r = work => r,
        signal = next_signal() => Err(with_signal(on_interrupt.await, signal)),
    };
    HANDLED_BY_COMMAND.store(false, Ordering::SeqCst);
    result
}

/// Runs `work` to its end even if a signal arrives meanwhile (a request whose answer must not
/// be lost, such as the ID of a job it creates); returns its output and the signal, if any.
pub async fn shielded<T>(work: impl Future<Output = T>) -> (T, Option<Signal>) {
    HANDLED_BY_COMMAND.store(true, Ordering::SeqCst);
    let mut work = std::pin::pin!(work);
    let mut caught = None;
    let out = loop {
        tokio::select! {
            biased;
            out = &mut work => break out,
            signal = next_signal(), if caught.is_none() => caught = Some(signal),
        }
    };
    HANDLED_BY_COMMAND.store(false, Ordering::SeqCst);
    (out, caught)
}

/// An interruption's error carries the exit code of the signal that caused it.
pub fn with_signal(mut e: CliError, signal: Signal) -> CliError {
    if e.exit == Exit::Interrupted {
        e.exit = signal.exit();
    }
    e
}
