//! The loop, the terminal setup and restore, signals and the search worker.
//!
//! Everything that happens arrives as a [`LoopEvent`] on one channel: keys,
//! mouse and pastes from the input threads (which read the terminal and
//! decode it with [`input::Decoder`]), search results from the worker,
//! signals from a signal thread, the finished index from the load thread.
//! The loop blocks on that channel, so an idle app uses no CPU; it only
//! waits with a timeout while a status message is due to expire, and while
//! loading, when it reads the load's counters every [`LOAD_TICK`].
//!
//! Every way out restores the terminal: a return or an error (a guard's
//! `Drop`), a panic (the panic hook), and SIGINT, SIGQUIT, SIGTERM and SIGHUP,
//! which end the loop like `q` does and make the process exit with 128 plus
//! the signal's number (130, 131, 143, 129).

pub mod input;

use std::io::{self, IsTerminal, Read, Write};
use std::panic::AssertUnwindSafe;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};

use super::action::{Action, Effect};
use super::app::{App, Level};
use super::finder::{SearchRequest, SearchResults, run_request_cancellable};
use super::keymap;
use super::outside;
use super::update::{apply_search, paste, update};
use crate::index::Index;
use crate::index::search::Searcher;
use crate::progress::{LoadStatus, Progress};
use crate::store::session::Writer;
use crate::store::workspace::Workspace;

/// How long a transient status message stays up.
pub const MESSAGE_TTL: Duration = Duration::from_secs(4);

/// How often the loading screen reads the load's progress.
pub const LOAD_TICK: Duration = Duration::from_millis(100);

/// Something the loop must react to.
#[derive(Debug)]
pub enum LoopEvent {
    Input(Event),
    Search(SearchResults),
    /// Leave quietly, as `q` does.
    Terminate,
    /// A terminating signal (SIGINT, SIGQUIT, SIGTERM, SIGHUP) by number:
    /// restore the terminal and leave with status 128 + number.
    Signal(i32),
    /// The process was continued after a stop: repaint everything.
    Continued,
    /// The search worker panicked, with the panic's message; it is gone and
    /// must be restarted.
    SearchFailed(String),
    /// The load thread built the index and opened the workspace.
    Loaded(Box<Opened>),
    /// The load thread panicked, with the panic's message.
    LoadFailed(String),
}

/// What the load thread hands the loop: the index with the analyst's
/// workspace laid over it (a workspace that cannot be used, and every stale
/// correction, among the index's problems), the workspace itself, and where
/// changes made from now on are written.
#[derive(Debug)]
pub struct Opened {
    pub index: Index,
    pub workspace: Workspace,
    pub writer: Writer,
}

impl Opened {
    /// Open the analyst's workspace for `index` (see
    /// [`crate::store::session::open`]): what the app does with every index
    /// it opens on, however it was built.
    pub fn session(index: Index) -> Self {
        let (index, workspace, writer) = crate::store::session::open(index);
        Self {
            index,
            workspace,
            writer,
        }
    }
}

/// Why the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit (or the event source closed).
    Quit,
    /// A terminating signal arrived, by number.
    Signal(i32),
}

impl Exit {
    /// The process's exit status: 0, or 128 plus the signal's number, as
    /// shells report a process ended by that signal.
    pub fn code(self) -> ExitCode {
        match self {
            Exit::Quit => ExitCode::SUCCESS,
            Exit::Signal(sig) => ExitCode::from(128u8.saturating_add(sig.clamp(0, 127) as u8)),
        }
    }
}

/// What the loop needs from the outside world; the real terminal and the
/// tests provide different ones.
pub trait Host<B: Backend> {
    /// Start `request` off the render path; its answer comes back as a
    /// [`LoopEvent::Search`] (or immediately, for synchronous hosts).
    fn search(&mut self, request: SearchRequest) -> Option<SearchResults>;
    /// Give the terminal back, stop until resumed, take it again.
    fn suspend(&mut self, terminal: &mut Terminal<B>) -> io::Result<()>;
    /// The search worker died: start a new one (for hosts that have one).
    fn restart_search(&mut self) {}
    /// How far the load behind the loading screen has got, for hosts that
    /// run one.
    fn load_status(&self) -> Option<LoadStatus> {
        None
    }
    /// The index is ready: searches go to it from now on, and the
    /// analyst's changes go to `writer`.
    fn index_ready(&mut self, _index: Arc<Index>, _writer: Writer) {}
    /// Open an http(s) url in a browser. Hosts without one say so.
    fn open_url(&mut self, _url: &str) -> io::Result<()> {
        Err(io::Error::other("no browser here"))
    }
    /// Write an escape sequence (the clipboard's OSC 52) to the terminal,
    /// between frames. Hosts without a terminal drop it.
    fn write_escape(&mut self, _terminal: &mut Terminal<B>, _sequence: &str) -> io::Result<()> {
        Ok(())
    }
    /// Write a change to the workspace; the error says why it was not
    /// saved. Hosts without a workspace keep changes on screen only.
    fn save(&mut self, change: &crate::store::workspace::Change) -> Result<(), String> {
        let _ = change;
        Ok(())
    }
    /// The time a change is stamped with.
    fn now(&self) -> String {
        crate::store::workspace::now()
    }
}

/// Draw one frame: lay out for the terminal's size, then render.
pub fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &mut App) -> io::Result<()>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    terminal.autoresize().map_err(io::Error::other)?;
    let area = terminal.get_frame().area();
    app.prepare(area);
    terminal
        .draw(|frame| super::view::render(app, frame))
        .map_err(io::Error::other)?;
    Ok(())
}

/// Clear the screen and forget the last frame so the next draw paints
/// everything. (`Terminal::clear` would ask the terminal for the cursor
/// position, whose answer the input thread may swallow.)
fn repaint<B: Backend>(terminal: &mut Terminal<B>) -> io::Result<()>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    terminal
        .resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
        .map_err(io::Error::other)
}

/// Run `action` and carry out its effect. Returns why the app should stop,
/// if it should.
pub fn dispatch<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut impl Host<B>,
    action: Action,
) -> io::Result<Option<Exit>>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let effect = update(app, action);
    carry_out(terminal, app, host, effect)
}

fn carry_out<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut impl Host<B>,
    effect: Option<Effect>,
) -> io::Result<Option<Exit>>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    match effect {
        None => {}
        Some(Effect::Quit) => return Ok(Some(Exit::Quit)),
        Some(Effect::Suspend) => {
            host.suspend(terminal)?;
            repaint(terminal)?;
        }
        Some(Effect::Search(request)) => {
            if let Some(results) = host.search(request) {
                apply_search(app, results);
            }
        }
        Some(Effect::Export(request)) => {
            match outside::run_export(&app.index, &app.workspace, &request) {
                Ok(done) => app.notify(done),
                Err(why) => app.notify_level(why, Level::Warning),
            }
        }
        Some(Effect::OpenUrl(url)) => {
            if let Err(e) = host.open_url(&url) {
                let why = crate::ingest::sanitize::clean_line(&e.to_string());
                app.notify_level(format!("Could not open the link: {why}"), Level::Warning);
            }
        }
        Some(Effect::Copy(text)) => {
            if let Err(e) = host.write_escape(terminal, &outside::osc52(&text)) {
                app.notify_level(format!("Could not copy: {e}"), Level::Warning);
            }
        }
        Some(Effect::Save(mut change)) => {
            change.stamp(&host.now());
            let result = host.save(&change);
            super::marks::saved(app, change, result);
        }
    }
    Ok(None)
}

/// Turn a loop event into state changes. Returns why the app should stop,
/// if it should.
pub fn handle<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut impl Host<B>,
    event: LoopEvent,
) -> io::Result<Option<Exit>>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let action = match event {
        LoopEvent::Terminate => return Ok(Some(Exit::Quit)),
        LoopEvent::Signal(sig) => return Ok(Some(Exit::Signal(sig))),
        LoopEvent::Continued => {
            repaint(terminal)?;
            return Ok(None);
        }
        LoopEvent::Search(results) => {
            apply_search(app, results);
            return Ok(None);
        }
        LoopEvent::Loaded(opened) => {
            let Opened {
                index,
                workspace,
                writer,
            } = *opened;
            app.index_ready(index, workspace);
            host.index_ready(app.index.clone(), writer);
            return Ok(None);
        }
        LoopEvent::LoadFailed(why) => {
            let why = crate::ingest::sanitize::clean_line(&why);
            return Err(io::Error::other(format!(
                "the stories could not be loaded: {why}"
            )));
        }
        LoopEvent::SearchFailed(why) => {
            host.restart_search();
            let why = crate::ingest::sanitize::clean_line(&why);
            let why: String = why.chars().take(120).collect();
            app.notify_level(
                format!("the search failed ({why}) and was restarted: type to search again"),
                Level::Warning,
            );
            return Ok(None);
        }
        // A paste is one step, whatever its length.
        LoopEvent::Input(Event::Paste(text)) => {
            let effect = paste(app, &text);
            return carry_out(terminal, app, host, effect);
        }
        LoopEvent::Input(Event::Key(key)) => app.settings.keymap.lookup(app.mode(), &key),
        LoopEvent::Input(Event::Mouse(m)) => keymap::mouse(&m),
        // A resize only needs a redraw, which follows every event.
        LoopEvent::Input(_) => None,
    };
    match action {
        Some(action) => dispatch(terminal, app, host, action),
        None => Ok(None),
    }
}

/// The main loop, generic over the backend: block for the next event,
/// handle it and everything already queued behind it, draw once. Returns
/// why it ended.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut impl Host<B>,
    events: &Receiver<LoopEvent>,
) -> io::Result<Exit>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut expiry: Option<(u64, Instant)> = None;
    poll_load(app, host);
    draw(terminal, app)?;
    loop {
        // Track when the current message should go.
        match (&app.message, expiry) {
            (Some(m), Some((id, _))) if m.id == id => {}
            (Some(m), _) => expiry = Some((m.id, Instant::now() + MESSAGE_TTL)),
            (None, _) => expiry = None,
        }
        // While loading, wake up to show the progress.
        let tick = app.is_loading().then(|| Instant::now() + LOAD_TICK);
        let wake = match (expiry.map(|(_, at)| at), tick) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let first = match wake {
            None => match events.recv() {
                Ok(ev) => Some(ev),
                Err(_) => return Ok(Exit::Quit),
            },
            Some(at) => match events.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(ev) => Some(ev),
                Err(RecvTimeoutError::Timeout) => {
                    if let Some((id, due)) = expiry
                        && due <= Instant::now()
                    {
                        update(app, Action::ExpireMessage(id));
                    }
                    None
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(Exit::Quit),
            },
        };
        if let Some(ev) = first {
            if let Some(exit) = handle(terminal, app, host, ev)? {
                return Ok(exit);
            }
            // Drain a burst (typed-out paste, key repeat, resize storm)
            // before drawing once.
            while let Ok(ev) = events.try_recv() {
                if let Some(exit) = handle(terminal, app, host, ev)? {
                    return Ok(exit);
                }
            }
        }
        poll_load(app, host);
        draw(terminal, app)?;
    }
}

/// While loading, take in how far the load has got.
fn poll_load<B: Backend>(app: &mut App, host: &impl Host<B>) {
    if app.is_loading()
        && let Some(status) = host.load_status()
    {
        update(app, Action::LoadProgress(status));
    }
}

/// Put the terminal back as it was: raw mode off, main screen, cursor
/// visible, mouse capture and bracketed paste off. Safe to call more than
/// once.
pub fn restore() {
    let _ = crossterm::terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

fn enter() -> io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide
    )
}

/// The real host: a worker thread for searches and SIGTSTP for suspend.
struct TerminalHost {
    requests: Sender<SearchRequest>,
    cancel: Arc<AtomicBool>,
    index: Arc<Index>,
    events: Sender<LoopEvent>,
    /// Called by the worker before each search: a no-op in the app, a way
    /// to make the worker fail in tests.
    before_search: fn(&SearchRequest),
    /// The counters of the load running behind the loading screen.
    progress: Option<Arc<Progress>>,
    /// Where the analyst's changes are written, once the load has opened
    /// the workspace.
    writer: Option<Writer>,
}

impl TerminalHost {
    fn start(
        index: Arc<Index>,
        events: Sender<LoopEvent>,
        before_search: fn(&SearchRequest),
    ) -> io::Result<Self> {
        let cancel = Arc::new(AtomicBool::new(false));
        let requests =
            spawn_search_worker(index.clone(), events.clone(), cancel.clone(), before_search)?;
        Ok(Self {
            requests,
            cancel,
            index,
            events,
            before_search,
            progress: None,
            writer: None,
        })
    }
}

impl<B: Backend> Host<B> for TerminalHost {
    fn search(&mut self, request: SearchRequest) -> Option<SearchResults> {
        // Whatever the worker is doing is stale now.
        self.cancel.store(true, Ordering::SeqCst);
        let _ = self.requests.send(request);
        None
    }

    fn open_url(&mut self, url: &str) -> io::Result<()> {
        outside::open_url(std::env::var_os("BROWSER"), url)
    }

    fn write_escape(&mut self, _terminal: &mut Terminal<B>, sequence: &str) -> io::Result<()> {
        // The frame is drawn and flushed; the sequence moves no cursor.
        let mut out = io::stdout().lock();
        out.write_all(sequence.as_bytes())?;
        out.flush()
    }

    fn suspend(&mut self, _terminal: &mut Terminal<B>) -> io::Result<()> {
        restore();
        signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
        // Resumed by `fg`.
        enter()
    }

    fn save(&mut self, change: &crate::store::workspace::Change) -> Result<(), String> {
        match &mut self.writer {
            Some(writer) => writer.save(change),
            None => Err("no workspace is open".into()),
        }
    }

    fn restart_search(&mut self) {
        // If no thread can be started the old sender stays: searches then
        // go unanswered, which the status line has already said.
        if let Ok(requests) = spawn_search_worker(
            self.index.clone(),
            self.events.clone(),
            self.cancel.clone(),
            self.before_search,
        ) {
            self.requests = requests;
        }
    }

    fn load_status(&self) -> Option<LoadStatus> {
        self.progress.as_ref().map(|p| p.status())
    }

    fn index_ready(&mut self, index: Arc<Index>, writer: Writer) {
        // The old worker ends when its request channel is dropped.
        self.index = index;
        self.writer = Some(writer);
        <Self as Host<B>>::restart_search(self);
    }
}

/// The search worker's thread name: the panic hook leaves panics on it to
/// the worker, which reports them on the status line.
const SEARCH_THREAD: &str = "dateline-search";

/// The search worker: owns a [`Searcher`], always answers the newest
/// request and skips the ones superseded while it was busy. If a search
/// panics the worker ends with [`LoopEvent::SearchFailed`], and the loop
/// starts a new one.
fn spawn_search_worker(
    index: Arc<Index>,
    events: Sender<LoopEvent>,
    cancel: Arc<AtomicBool>,
    before_search: fn(&SearchRequest),
) -> io::Result<Sender<SearchRequest>> {
    let (tx, rx) = mpsc::channel::<SearchRequest>();
    std::thread::Builder::new()
        .name(SEARCH_THREAD.into())
        .spawn(move || {
            let served = std::panic::catch_unwind(AssertUnwindSafe(|| {
                serve_searches(&index, &rx, &events, &cancel, before_search);
            }));
            if let Err(payload) = served {
                let _ = events.send(LoopEvent::SearchFailed(panic_message(payload.as_ref())));
            }
        })?;
    Ok(tx)
}

fn serve_searches(
    index: &Index,
    requests: &Receiver<SearchRequest>,
    events: &Sender<LoopEvent>,
    cancel: &AtomicBool,
    before_search: fn(&SearchRequest),
) {
    let mut searcher = Searcher::new(index);
    searcher.warm_up();
    while let Ok(mut request) = requests.recv() {
        while let Ok(newer) = requests.try_recv() {
            request = newer;
        }
        cancel.store(false, Ordering::SeqCst);
        before_search(&request);
        // Gives up as soon as a newer request cancels it.
        let Some(results) = run_request_cancellable(&mut searcher, index, &request, cancel) else {
            continue;
        };
        if cancel.load(Ordering::SeqCst) {
            // A newer request is queued; its answer is the one wanted.
            continue;
        }
        if events.send(LoopEvent::Search(results)).is_err() {
            break;
        }
    }
}

/// The text a panic was raised with.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// Read the terminal (`/dev/tty`, else standard input) on one thread and
/// decode it on another, which gives up an unfinished escape sequence or
/// paste once the input has been quiet for [`input::IDLE`].
fn spawn_input(events: Sender<LoopEvent>) -> io::Result<()> {
    let mut tty: Box<dyn Read + Send> = match std::fs::File::open("/dev/tty") {
        Ok(f) => Box::new(f),
        Err(_) => Box::new(io::stdin()),
    };
    let (tx, rx) = mpsc::channel::<(Vec<u8>, bool)>();
    std::thread::Builder::new()
        .name("dateline-input".into())
        .spawn(move || {
            let mut buf = [0u8; 1024];
            loop {
                match tty.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        if tx.send((buf[..n].to_vec(), n == buf.len())).is_err() {
                            break;
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        })?;
    std::thread::Builder::new()
        .name("dateline-keys".into())
        .spawn(move || {
            let mut decoder = input::Decoder::new();
            let mut out = Vec::new();
            loop {
                let chunk = if decoder.is_waiting() {
                    match rx.recv_timeout(input::IDLE) {
                        Ok(chunk) => Some(chunk),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                } else {
                    match rx.recv() {
                        Ok(chunk) => Some(chunk),
                        Err(_) => break,
                    }
                };
                match chunk {
                    Some((bytes, more)) => decoder.feed(&bytes, more, &mut out),
                    None => decoder.idle(&mut out),
                }
                for ev in out.drain(..) {
                    if events.send(LoopEvent::Input(ev)).is_err() {
                        return;
                    }
                }
            }
        })?;
    Ok(())
}

/// Build the index on its own thread, so the loop draws and reads keys
/// meanwhile, then open the analyst's workspace over it there too (it
/// reads a database); the result (or the panic that stopped it) comes back
/// as a [`LoopEvent`].
fn spawn_load(
    load: impl FnOnce(&Progress) -> Index + Send + 'static,
    progress: Arc<Progress>,
    events: Sender<LoopEvent>,
) -> io::Result<()> {
    std::thread::Builder::new()
        .name("dateline-load".into())
        .spawn(move || {
            let built =
                std::panic::catch_unwind(AssertUnwindSafe(|| Opened::session(load(&progress))));
            let ev = match built {
                Ok(opened) => LoopEvent::Loaded(Box::new(opened)),
                Err(payload) => LoopEvent::LoadFailed(panic_message(payload.as_ref())),
            };
            let _ = events.send(ev);
        })?;
    Ok(())
}

/// The terminating signals the app catches to restore the terminal.
const TERMINATING: [i32; 4] = [
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
];

fn spawn_signals(events: Sender<LoopEvent>) -> io::Result<signal_hook::iterator::Handle> {
    use signal_hook::consts::{SIGCONT, SIGWINCH};
    let mut wanted = TERMINATING.to_vec();
    wanted.extend([SIGCONT, SIGWINCH]);
    let mut signals = signal_hook::iterator::Signals::new(wanted)?;
    let handle = signals.handle();
    std::thread::Builder::new()
        .name("dateline-signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                let ev = match sig {
                    SIGCONT => LoopEvent::Continued,
                    SIGWINCH => {
                        let (w, h) = crossterm::terminal::size().unwrap_or((0, 0));
                        LoopEvent::Input(Event::Resize(w, h))
                    }
                    sig => LoopEvent::Signal(sig),
                };
                if events.send(ev).is_err() {
                    break;
                }
            }
        })?;
    Ok(handle)
}

/// Restores the terminal when dropped: covers early returns and errors.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// Restore the terminal before any panic message is printed. A panic on
/// the search worker is left alone: the worker reports it on the status
/// line and is restarted, and the screen stays as it is.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(SEARCH_THREAD) {
                return;
            }
            restore();
            previous(info);
        }));
    });
}

/// The error given when standard output is not a terminal.
pub const NOT_A_TERMINAL: &str = "the app needs a terminal, but standard output is not a terminal.\n\
For scripts and pipes use the commands instead (each takes --json):\n  \
dateline stories [PATH]...     list the stories\n  \
dateline timeline [PATH]...    the dated events in order\n  \
dateline entities [PATH]...    people, organisations and places\n  \
dateline search QUERY [PATH]...  fuzzy-find a name";

/// Open the app on `index` in the real terminal. The exit status is 0, or
/// 128 plus the number of the signal that ended it.
pub fn run(index: Index) -> anyhow::Result<ExitCode> {
    run_loading(move |_| index)
}

/// Open the app in the real terminal at once, on the loading screen, and
/// build the index with `load` on a thread of its own; the app switches to
/// the index when it arrives. Leaving while loading leaves the load
/// unfinished (the process ends). The exit status is as for [`run`].
pub fn run_loading(
    load: impl FnOnce(&Progress) -> Index + Send + 'static,
) -> anyhow::Result<ExitCode> {
    if !io::stdout().is_terminal() {
        anyhow::bail!(NOT_A_TERMINAL);
    }
    let (settings, problems) = super::config::read();
    // Before the alternate screen: still there when the app ends.
    for p in &problems {
        eprintln!("{p}");
    }
    // The config's problems join the index's, listed with the loader's.
    let load = move |progress: &Progress| {
        let mut index = load(progress);
        for p in problems {
            index.push_diagnostic(p);
        }
        index
    };
    let mut app = App::loading(super::theme::Theme::from_env());
    app.configure(&settings, super::theme::no_color_env());
    let (tx, rx) = mpsc::channel();
    let signals = spawn_signals(tx.clone())?;
    let mut host = TerminalHost::start(app.index.clone(), tx.clone(), |_| {})?;
    let progress = Arc::new(Progress::new());
    host.progress = Some(progress.clone());
    install_panic_hook();
    spawn_load(load, progress, tx.clone())?;
    // From here on every way out restores the terminal, a failed start too.
    let _restore = Restore;
    enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    spawn_input(tx)?;
    let exit = run_loop(&mut terminal, &mut app, &mut host, &rx)?;
    signals.close();
    Ok(exit.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::finder::FinderAction;
    use ratatui::backend::TestBackend;

    const WAIT: Duration = Duration::from_secs(20);

    fn fail_on_boom(request: &SearchRequest) {
        if request.query == "boom" {
            panic!("injected search failure");
        }
    }

    #[test]
    fn a_search_worker_that_panics_is_reported_and_restarted() {
        let index = Index::build(crate::ingest::load_sample());
        let mut app = App::new(index, super::super::theme::Theme::no_color());
        let (tx, rx) = mpsc::channel();
        let mut host = TerminalHost::start(app.index.clone(), tx, fail_on_boom).expect("worker");
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
        draw(&mut terminal, &mut app).expect("draw");
        let mut act = |app: &mut App, action| {
            dispatch(&mut terminal, app, &mut host, action).expect("dispatch");
        };
        act(&mut app, Action::OpenFinder);
        for c in "boom".chars() {
            act(&mut app, Action::Finder(FinderAction::Input(c)));
        }
        // Answers to the shorter queries may come first; then the failure.
        loop {
            let ev = rx
                .recv_timeout(WAIT)
                .expect("the failed worker is reported, not silent");
            let failed = matches!(&ev, LoopEvent::SearchFailed(why) if why.contains("injected"));
            handle(&mut terminal, &mut app, &mut host, ev).expect("handle");
            if failed {
                break;
            }
        }
        let message = app.message.as_ref().expect("a status message").text.clone();
        assert!(
            message.contains("search failed") && message.contains("restarted"),
            "{message}"
        );
        // The new worker answers the next query.
        dispatch(
            &mut terminal,
            &mut app,
            &mut host,
            Action::Finder(FinderAction::Backspace),
        )
        .expect("dispatch");
        let wanted = app.finder.as_ref().expect("finder open").generation;
        loop {
            match rx.recv_timeout(WAIT).expect("the restarted worker answers") {
                LoopEvent::Search(results) if results.generation == wanted => break,
                LoopEvent::Search(_) => {}
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn exit_status_is_128_plus_the_signal() {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        for (sig, code) in [(SIGINT, 130), (SIGQUIT, 131), (SIGTERM, 143), (SIGHUP, 129)] {
            assert_eq!(Exit::Signal(sig).code(), ExitCode::from(code));
        }
        assert_eq!(Exit::Quit.code(), ExitCode::SUCCESS);
    }
}
