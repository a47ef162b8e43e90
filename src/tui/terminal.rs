//! The loop, the terminal setup and restore, signals and the search worker.
//!
//! Everything that happens arrives as a [`LoopEvent`] on one channel: keys
//! and mouse from an input thread, search results from the worker, signals
//! from a signal thread. The loop blocks on that channel, so an idle app
//! uses no CPU; it only waits with a timeout while a status message is due
//! to expire.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::Backend;

use super::action::{Action, Effect};
use super::app::App;
use super::finder::{SearchRequest, SearchResults, run_request_cancellable};
use super::keymap;
use super::update::{apply_search, update};
use crate::index::Index;
use crate::index::search::Searcher;

/// How long a transient status message stays up.
pub const MESSAGE_TTL: Duration = Duration::from_secs(4);

/// Something the loop must react to.
#[derive(Debug)]
pub enum LoopEvent {
    Input(Event),
    Search(SearchResults),
    /// SIGTERM or SIGHUP: restore the terminal and leave.
    Terminate,
    /// The process was continued after a stop: repaint everything.
    Continued,
}

/// What the loop needs from the outside world; the real terminal and the
/// tests provide different ones.
pub trait Host<B: Backend> {
    /// Start `request` off the render path; its answer comes back as a
    /// [`LoopEvent::Search`] (or immediately, for synchronous hosts).
    fn search(&mut self, request: SearchRequest) -> Option<SearchResults>;
    /// Give the terminal back, stop until resumed, take it again.
    fn suspend(&mut self, terminal: &mut Terminal<B>) -> io::Result<()>;
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

/// Run `action` and carry out its effect. Returns false when the app should
/// stop.
pub fn dispatch<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut impl Host<B>,
    action: Action,
) -> io::Result<bool>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    match update(app, action) {
        None => {}
        Some(Effect::Quit) => return Ok(false),
        Some(Effect::Suspend) => {
            host.suspend(terminal)?;
            repaint(terminal)?;
        }
        Some(Effect::Search(request)) => {
            if let Some(results) = host.search(request) {
                apply_search(app, results);
            }
        }
    }
    Ok(true)
}

/// Turn a loop event into state changes. Returns false when the app should
/// stop.
pub fn handle<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut impl Host<B>,
    event: LoopEvent,
) -> io::Result<bool>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let action = match event {
        LoopEvent::Terminate => return Ok(false),
        LoopEvent::Continued => {
            repaint(terminal)?;
            return Ok(true);
        }
        LoopEvent::Search(results) => {
            apply_search(app, results);
            return Ok(true);
        }
        LoopEvent::Input(Event::Key(key)) => keymap::lookup(app.mode(), &key),
        LoopEvent::Input(Event::Mouse(m)) => keymap::mouse(&m),
        // A resize only needs a redraw, which follows every event.
        LoopEvent::Input(_) => None,
    };
    match action {
        Some(action) => dispatch(terminal, app, host, action),
        None => Ok(true),
    }
}

/// The main loop, generic over the backend: block for the next event,
/// handle it and everything already queued behind it, draw once.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut impl Host<B>,
    events: &Receiver<LoopEvent>,
) -> io::Result<()>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut expiry: Option<(u64, Instant)> = None;
    draw(terminal, app)?;
    loop {
        // Track when the current message should go.
        match (&app.message, expiry) {
            (Some(m), Some((id, _))) if m.id == id => {}
            (Some(m), _) => expiry = Some((m.id, Instant::now() + MESSAGE_TTL)),
            (None, _) => expiry = None,
        }
        let first = match expiry {
            None => match events.recv() {
                Ok(ev) => Some(ev),
                Err(_) => return Ok(()),
            },
            Some((id, at)) => {
                match events.recv_timeout(at.saturating_duration_since(Instant::now())) {
                    Ok(ev) => Some(ev),
                    Err(RecvTimeoutError::Timeout) => {
                        update(app, Action::ExpireMessage(id));
                        None
                    }
                    Err(RecvTimeoutError::Disconnected) => return Ok(()),
                }
            }
        };
        if let Some(ev) = first {
            if !handle(terminal, app, host, ev)? {
                return Ok(());
            }
            // Drain a burst (pasted text, key repeat, resize storm) before
            // drawing once.
            while let Ok(ev) = events.try_recv() {
                if !handle(terminal, app, host, ev)? {
                    return Ok(());
                }
            }
        }
        draw(terminal, app)?;
    }
}

/// Put the terminal back as it was: raw mode off, main screen, cursor
/// visible, mouse capture off. Safe to call more than once.
pub fn restore() {
    let _ = crossterm::terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
}

fn enter() -> io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )
}

/// The real host: a worker thread for searches and SIGTSTP for suspend.
struct TerminalHost {
    requests: Sender<SearchRequest>,
    cancel: Arc<AtomicBool>,
}

impl<B: Backend> Host<B> for TerminalHost {
    fn search(&mut self, request: SearchRequest) -> Option<SearchResults> {
        // Whatever the worker is doing is stale now.
        self.cancel.store(true, Ordering::SeqCst);
        let _ = self.requests.send(request);
        None
    }

    fn suspend(&mut self, _terminal: &mut Terminal<B>) -> io::Result<()> {
        restore();
        signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
        // Resumed by `fg`.
        enter()
    }
}

/// The search worker: owns a [`Searcher`], always answers the newest
/// request and skips the ones superseded while it was busy.
fn spawn_search_worker(
    index: Arc<Index>,
    events: Sender<LoopEvent>,
    cancel: Arc<AtomicBool>,
) -> Sender<SearchRequest> {
    let (tx, rx) = mpsc::channel::<SearchRequest>();
    std::thread::spawn(move || {
        let mut searcher = Searcher::new(&index);
        while let Ok(mut request) = rx.recv() {
            while let Ok(newer) = rx.try_recv() {
                request = newer;
            }
            cancel.store(false, Ordering::SeqCst);
            // Gives up as soon as a newer request cancels it.
            let Some(results) = run_request_cancellable(&mut searcher, &index, &request, &cancel)
            else {
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
    });
    tx
}

fn spawn_input(events: Sender<LoopEvent>) {
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if events.send(LoopEvent::Input(ev)).is_err() {
                break;
            }
        }
    });
}

fn spawn_signals(events: Sender<LoopEvent>) -> io::Result<()> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGCONT])?;
    std::thread::spawn(move || {
        for sig in signals.forever() {
            let ev = if sig == SIGCONT {
                LoopEvent::Continued
            } else {
                LoopEvent::Terminate
            };
            if events.send(ev).is_err() {
                break;
            }
        }
    });
    Ok(())
}

/// Restores the terminal when dropped: covers early returns and errors.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// Restore the terminal before any panic message is printed. Installed
/// before ratatui's own hook, which restores raw mode and the main screen
/// first; this one also releases the mouse and shows the cursor.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
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

/// Open the app on `index` in the real terminal.
pub fn run(index: Index) -> anyhow::Result<()> {
    if !io::stdout().is_terminal() {
        anyhow::bail!(NOT_A_TERMINAL);
    }
    let mut app = App::new(index, super::theme::Theme::from_env());
    let (tx, rx) = mpsc::channel();
    spawn_signals(tx.clone())?;
    let cancel = Arc::new(AtomicBool::new(false));
    let requests = spawn_search_worker(app.index.clone(), tx.clone(), cancel.clone());
    let mut host = TerminalHost { requests, cancel };
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    execute!(io::stdout(), EnableMouseCapture, cursor::Hide)?;
    spawn_input(tx);
    run_loop(&mut terminal, &mut app, &mut host, &rx)?;
    Ok(())
}
