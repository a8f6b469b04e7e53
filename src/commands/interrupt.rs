//! Signals that end a command: Ctrl-C (SIGINT), SIGTERM (CI runners cancelling a step,
//! `timeout`, `kill`) and SIGHUP (a closed terminal). All three are handled alike: whatever
//! the command leaves behind is undone or said, and the exit code names the signal
//! (130, 143, 129: 128 + the signal's number, as shells report it).
//!
//! One listener, the top level's ([`unhandled_signal`]), hears the operating system. Each
//! signal it hears is routed once, at that moment: to the command when the command is
//! handling signals itself (a [`Handling`] guard is alive), else to the top level, which
//! ends the command. A repeat of a signal the command is already acting on ends it too, at
//! once, with what the command said it would leave (a cleanup that hangs on a slow request
//! must not hold a user or a CI runner that asks twice). Commands never listen to the system themselves: two listeners can
//! hear the same signal at different times (tokio's cooperative budget can hold one back a
//! poll), and a late second hearing once ended a deploy that had already cancelled its job
//! with a bare "interrupted", losing the message that said so.

use crate::exit::{CliError, Exit};
use std::future::Future;
use std::sync::{Mutex, MutexGuard};
use tokio::sync::Notify;

/// A signal asking the process to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Interrupt,
    Terminate,
    HangUp,
}

impl Signal {
    /// The signal as a person reads it: "an interrupt", "SIGTERM", "SIGHUP".
    pub fn describe(self) -> &'static str {
        match self {
            Signal::Interrupt => "an interrupt",
            Signal::Terminate => "SIGTERM",
            Signal::HangUp => "SIGHUP",
        }
    }

    pub fn exit(self) -> Exit {
        match self {
            Signal::Interrupt => Exit::Interrupted,
            Signal::Terminate => Exit::Terminated,
            Signal::HangUp => Exit::HangUp,
        }
    }
}

/// Where routed signals wait for the command.
struct Routing {
    /// How many [`Handling`] guards are alive.
    handlers: usize,
    /// A signal routed to the command and not yet taken.
    pending: Option<Signal>,
    /// Whether a command has taken a signal and is acting on it: a repeat ends it.
    acting: bool,
    /// What the top level says if a repeat ends the command before it is done.
    if_forced: Option<String>,
}

/// A signal the top level acts on: no command was handling signals, or it was one more while
/// a command acted on an earlier one.
#[derive(Debug, PartialEq)]
pub struct Unhandled {
    pub signal: Signal,
    /// A repeat, ending the command before it was done with the signal before.
    pub repeat: bool,
    /// For a repeat: what the command said it leaves if ended early.
    pub left: Option<String>,
}

impl Unhandled {
    fn plain(signal: Signal) -> Unhandled {
        Unhandled { signal, repeat: false, left: None }
    }

    pub fn error(self) -> CliError {
        let message = match (self.repeat, self.left) {
            (true, Some(left)) => format!("interrupted again, before the command was done: {left}"),
            (true, None) => "interrupted again, before the command was done".to_string(),
            (false, _) => "interrupted".to_string(),
        };
        CliError::new(self.signal.exit(), message)
    }
}

/// Routes each signal the top level hears (one per process: [`ROUTER`]).
struct Router {
    routing: Mutex<Routing>,
    /// Woken when a signal is routed to the command, or a guard ends with one untaken.
    routed: Notify,
}

static ROUTER: Router = Router::new();

impl Router {
    const fn new() -> Router {
        let routing = Routing { handlers: 0, pending: None, acting: false, if_forced: None };
        Router { routing: Mutex::new(routing), routed: Notify::const_new() }
    }

    fn lock(&self) -> MutexGuard<'_, Routing> {
        // The state stays consistent whatever panicked while holding it.
        self.routing.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Routes a signal heard now: handed to the command handling signals, or returned when
    /// none is, or when it repeats one the command is acting on.
    fn route(&self, signal: Signal) -> Option<Unhandled> {
        let mut routing = self.lock();
        if routing.handlers == 0 {
            return Some(Unhandled::plain(signal));
        }
        // A repeat: of a signal the command acts on, or of one it has not taken yet.
        if routing.acting || routing.pending.is_some() {
            return Some(Unhandled { signal, repeat: true, left: routing.if_forced.take() });
        }
        routing.pending = Some(signal);
        drop(routing);
        self.routed.notify_waiters();
        None
    }

    /// A routed signal left untaken by a command that stopped handling signals (its work
    /// ended as the signal came): the top level's, once no command handles signals.
    fn take_unhandled(&self) -> Option<Unhandled> {
        let mut routing = self.lock();
        if routing.handlers == 0 {
            routing.pending.take().map(Unhandled::plain)
        } else {
            None
        }
    }

    /// A command's signal, taken: from now on it acts on it.
    fn take(&self) -> Option<Signal> {
        let mut routing = self.lock();
        let signal = routing.pending.take();
        routing.acting |= signal.is_some();
        signal
    }

    /// The top level's wait, given the system's signals.
    async fn unhandled(&self, system: &mut SystemSignals) -> Unhandled {
        loop {
            let untaken = self.routed.notified();
            tokio::pin!(untaken);
            untaken.as_mut().enable();
            if let Some(signal) = self.take_unhandled() {
                return signal;
            }
            tokio::select! {
                signal = system.next() => {
                    if let Some(unhandled) = self.route(signal) {
                        return unhandled;
                    }
                }
                _ = untaken => {}
            }
        }
    }

    fn handling(&'static self) -> Handling {
        self.lock().handlers += 1;
        Handling { router: self, caught: false }
    }
}

/// The system's SIGINT, SIGTERM and SIGHUP, listened for from creation to drop: a signal
/// delivered while no listener exists would be lost, so one set lives as long as the wait,
/// created before the command first runs. Once listened for, a signal no longer kills the
/// process by default: the holder must act on each.
pub struct SystemSignals {
    #[cfg(unix)]
    listeners: [Option<tokio::signal::unix::Signal>; 3],
}

impl SystemSignals {
    pub fn listen() -> SystemSignals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            let listen = |kind| signal(kind).ok();
            let listeners =
                [listen(SignalKind::interrupt()), listen(SignalKind::terminate()), listen(SignalKind::hangup())];
            SystemSignals { listeners }
        }
        #[cfg(not(unix))]
        SystemSignals {}
    }

    async fn next(&mut self) -> Signal {
        #[cfg(unix)]
        {
            let [int, term, hup] = &mut self.listeners;
            tokio::select! {
                _ = recv(int.as_mut()) => Signal::Interrupt,
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

/// The top level's wait: the first signal no command is handling itself, or that repeats one
/// a command is acting on. Signals heard while a command handles them are handed to it.
pub async fn unhandled_signal(system: &mut SystemSignals) -> Unhandled {
    ROUTER.unhandled(system).await
}

/// While a command acts on a signal (undoing what it started), what it would leave if a
/// repeated signal ended it now: said by the top level then. True when a signal is being
/// acted on (the command may say what it is doing); false otherwise, and nothing is noted.
pub fn if_forced(left: impl Into<String>) -> bool {
    let mut routing = ROUTER.lock();
    if routing.acting {
        routing.if_forced = Some(left.into());
    }
    routing.acting
}

/// While alive, the command handles signals itself (to say or undo what it leaves behind):
/// the top level hands them to it instead of ending it.
pub struct Handling {
    router: &'static Router,
    caught: bool,
}

impl Handling {
    pub fn start() -> Handling {
        ROUTER.handling()
    }

    /// The next signal routed to the command.
    pub async fn next(&mut self) -> Signal {
        loop {
            let routed = self.router.routed.notified();
            tokio::pin!(routed);
            routed.as_mut().enable();
            if let Some(signal) = self.try_next() {
                return signal;
            }
            routed.await;
        }
    }

    /// A signal routed to the command and not yet taken, if any.
    pub fn try_next(&mut self) -> Option<Signal> {
        let signal = self.router.take();
        self.caught |= signal.is_some();
        signal
    }
}

impl Drop for Handling {
    fn drop(&mut self) {
        let mut routing = self.router.lock();
        routing.handlers -= 1;
        if self.caught {
            // The interruption is over: the command has said what it left.
            routing.pending = None;
            routing.acting = false;
            routing.if_forced = None;
        } else if routing.pending.is_some() {
            // Its work ended as the signal came: the signal goes on to whoever handles it next.
            drop(routing);
            self.router.routed.notify_waiters();
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
    // Boxed: a command's work can be a large future, and this one would hold it twice.
    handled_by(Handling::start(), Box::pin(work), on_interrupt).await
}

async fn handled_by<T>(
    mut handling: Handling,
    work: impl Future<Output = Result<T, CliError>>,
    on_interrupt: impl Future<Output = CliError>,
) -> Result<T, CliError> {
    tokio::select! {
        r = work => r,
        signal = handling.next() => Err(with_signal(on_interrupt.await, signal)),
    }
}

/// Runs `work` to its end even if a signal arrives meanwhile (a request whose answer must not
/// be lost, such as the ID of a job it creates); returns its output and the signal, if any.
/// `left` is what a repeated signal, ending the command before `work` is done, leaves.
pub async fn shielded<T>(work: impl Future<Output = T>, left: &str) -> (T, Option<Caught>) {
    shielded_by(Handling::start(), Box::pin(work), left).await
}

/// A signal a command caught and is acting on: until this is dropped (once what the signal
/// interrupted is undone or said), a repeat ends the command at once.
pub struct Caught {
    pub signal: Signal,
    handling: Handling,
}

impl Caught {
    /// Hands the signal on, untaken, to whatever handles signals next (a wait on the job the
    /// shielded work started, which says what it leaves running): work that finished as the
    /// signal came is not undone.
    pub fn pass_on(mut self) {
        let mut routing = self.handling.router.lock();
        routing.pending = Some(self.signal);
        routing.acting = false;
        routing.if_forced = None;
        drop(routing);
        self.handling.caught = false;
    }
}

async fn shielded_by<T>(mut handling: Handling, work: impl Future<Output = T>, left: &str) -> (T, Option<Caught>) {
    let mut work = std::pin::pin!(work);
    let mut caught = None;
    let out = loop {
        tokio::select! {
            biased;
            out = &mut work => break out,
            signal = handling.next(), if caught.is_none() => {
                handling.router.lock().if_forced = Some(left.to_string());
                caught = Some(signal);
            }
        }
    };
    // A signal that came with the answer is this work's too.
    match caught.or_else(|| handling.try_next()) {
        Some(signal) => (out, Some(Caught { signal, handling })),
        None => (out, None),
    }
}

/// An interruption's error carries the exit code of the signal that caused it.
pub fn with_signal(mut e: CliError, signal: Signal) -> CliError {
    if e.exit == Exit::Interrupted {
        e.exit = signal.exit();
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn router() -> &'static Router {
        Box::leak(Box::new(Router::new()))
    }

    fn plain(signal: Signal) -> Option<Unhandled> {
        Some(Unhandled::plain(signal))
    }

    #[test]
    fn a_signal_goes_to_the_command_handling_it_or_else_to_the_top_level() {
        let router = router();
        assert_eq!(router.route(Signal::Interrupt), plain(Signal::Interrupt));
        let mut handling = router.handling();
        assert_eq!(router.route(Signal::Terminate), None);
        assert_eq!(router.take_unhandled(), None, "the top level must not take the command's signal");
        assert_eq!(handling.try_next(), Some(Signal::Terminate));
        drop(handling);
        assert_eq!(router.take_unhandled(), None);
        assert_eq!(router.route(Signal::HangUp), plain(Signal::HangUp));
    }

    #[test]
    fn a_repeat_while_the_command_acts_on_a_signal_ends_it_saying_what_is_left() {
        let router = router();
        let mut handling = router.handling();
        assert_eq!(router.route(Signal::Interrupt), None);
        assert_eq!(handling.try_next(), Some(Signal::Interrupt));
        router.lock().if_forced = Some("job 3 may stay PENDING".into());
        let forced = router.route(Signal::Interrupt).expect("a repeat is the top level's");
        assert_eq!(forced.left.as_deref(), Some("job 3 may stay PENDING"));
        let e = forced.error();
        assert_eq!(e.exit, Exit::Interrupted);
        assert!(e.message.contains("interrupted again") && e.message.contains("job 3 may stay PENDING"));
        drop(handling);
        // Once the command is done acting, the next signal is a new one.
        let mut next = router.handling();
        assert_eq!(router.route(Signal::Terminate), None);
        assert_eq!(next.try_next(), Some(Signal::Terminate));
    }

    #[test]
    fn a_signal_a_command_left_untaken_goes_on_to_the_next_handler_or_the_top_level() {
        let router = router();
        let first = router.handling();
        assert_eq!(router.route(Signal::Interrupt), None);
        drop(first);
        let mut next = router.handling();
        assert_eq!(next.try_next(), Some(Signal::Interrupt));
        drop(next);
        let first = router.handling();
        assert_eq!(router.route(Signal::Terminate), None);
        drop(first);
        assert_eq!(router.take_unhandled(), plain(Signal::Terminate));
    }

    /// The failure CI once showed: the interrupted deploy cancelled its job, and the top
    /// level, hearing the same Ctrl-C a poll late, then ended the command with a bare
    /// "interrupted". Now the top level hears it once, and routes it once.
    #[tokio::test]
    async fn a_handled_signal_is_not_heard_again_by_the_top_level() {
        let router = router();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let deploy = handled_by(router.handling(), std::future::pending::<Result<(), CliError>>(), async {
            stopped.await.unwrap();
            CliError::new(Exit::Interrupted, "interrupted before the deployment started; it has been cancelled")
        });
        let deploy = tokio::spawn(deploy);
        tokio::task::yield_now().await;
        assert_eq!(router.route(Signal::Interrupt), None);
        stop.send(()).unwrap();
        let e = deploy.await.unwrap().unwrap_err();
        assert_eq!(e.exit, Exit::Interrupted);
        assert!(e.message.contains("it has been cancelled"));
        assert_eq!(router.take_unhandled(), None);
    }

    #[tokio::test]
    async fn a_signal_that_comes_with_the_answer_is_the_shielded_works() {
        let router = router();
        let handling = router.handling();
        assert_eq!(router.route(Signal::Terminate), None);
        let (out, caught) = shielded_by(handling, async { 7 }, "the job may stay PENDING").await;
        assert_eq!((out, caught.map(|c| c.signal)), (7, Some(Signal::Terminate)));
        assert_eq!(router.take_unhandled(), None);
    }

    #[tokio::test]
    async fn a_repeat_during_shielded_work_ends_the_command_with_what_the_work_leaves() {
        let router = router();
        let (answer, answered) = tokio::sync::oneshot::channel::<u8>();
        let work =
            tokio::spawn(shielded_by(router.handling(), async { answered.await.unwrap() }, "job 5 may stay PENDING"));
        assert_eq!(router.route(Signal::Interrupt), None);
        // The shielded work takes the first signal; until it has, a second is just pending.
        let forced = loop {
            tokio::task::yield_now().await;
            if router.lock().acting {
                break router.route(Signal::Interrupt).unwrap();
            }
        };
        assert_eq!(forced.left.as_deref(), Some("job 5 may stay PENDING"));
        answer.send(1).unwrap();
        let (out, caught) = work.await.unwrap();
        assert_eq!((out, caught.map(|c| c.signal)), (1, Some(Signal::Interrupt)));
    }

    #[test]
    fn a_second_signal_before_the_command_took_the_first_is_a_repeat() {
        let router = router();
        let _handling = router.handling();
        assert_eq!(router.route(Signal::Interrupt), None);
        let again = router.route(Signal::Interrupt).expect("a repeat is the top level's");
        assert!(again.repeat && again.left.is_none());
        assert_eq!(again.error().message, "interrupted again, before the command was done");
    }

    #[tokio::test]
    async fn a_signal_passed_on_from_finished_work_goes_to_the_next_handler() {
        let router = router();
        let handling = router.handling();
        assert_eq!(router.route(Signal::Terminate), None);
        let (_, caught) = shielded_by(handling, async {}, "the job runs").await;
        let held = router.handling();
        caught.expect("caught").pass_on();
        assert_eq!(router.take_unhandled(), None, "held for the next handler");
        drop(held);
        let mut wait = router.handling();
        assert_eq!(wait.try_next(), Some(Signal::Terminate));
    }
}
