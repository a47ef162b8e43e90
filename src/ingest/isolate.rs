//! Keeping one file's crash from taking the whole load down.
//!
//! Each file is read inside [`isolated`]: a panic in a reader, ours or a
//! library's, becomes an `Err` carrying its message, and the loader turns
//! it into an error diagnostic naming the file while the other files load.
//! While a reader runs on a thread, the panic hook records the message
//! instead of printing it (it would land on the terminal, or under the
//! app's screen, on top of the diagnostic); a panic anywhere else goes to
//! the hook that was installed before, as it always did.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::sync::Once;

// Isolating files relies on unwinding: a build that aborts on panic would
// lose every file to the first crash.
#[cfg(not(panic = "unwind"))]
compile_error!("the loaders isolate each file with catch_unwind: build with panic = \"unwind\"");

thread_local! {
    /// How many isolated calls are running on this thread.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// The message of the last panic caught on this thread.
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Run `f`, turning a panic inside it into `Err` with the panic's message
/// and where it happened.
pub fn isolated<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.map_err(|payload| {
        CAUGHT
            .with(|c| c.borrow_mut().take())
            .unwrap_or_else(|| payload_message(payload.as_ref()))
    })
}

/// Install, once, the hook that records the panics of isolated calls and
/// hands every other panic to the hook installed before it.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if DEPTH.with(Cell::get) > 0 {
                CAUGHT.with(|c| *c.borrow_mut() = Some(describe(info)));
            } else {
                previous(info);
            }
        }));
    });
}

/// `message at file:line`, the file shortened to the crate it is in.
fn describe(info: &PanicHookInfo<'_>) -> String {
    let message = payload_message(info.payload());
    match info.location() {
        Some(l) => format!("{message} at {}:{}", short_file(l.file()), l.line()),
        None => message,
    }
}

/// A dependency's source path from its crate directory on
/// (`quick-xml-0.42.0/src/encoding.rs`), this crate's as it is.
fn short_file(file: &str) -> &str {
    const REGISTRY: &str = "/registry/src/";
    match file.find(REGISTRY) {
        Some(i) => {
            let rest = &file[i + REGISTRY.len()..];
            rest.split_once('/')
                .map_or(rest, |(_, crate_path)| crate_path)
        }
        None => file,
    }
}

fn payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_where_it_was() {
        let caught = isolated(|| -> u8 { panic!("reader gave up on {}", "this") });
        let message = caught.expect_err("the panic is caught");
        assert!(
            message.starts_with("reader gave up on this at src/ingest/isolate.rs:"),
            "{message}"
        );
        assert_eq!(isolated(|| 7), Ok(7));
        // Nothing is left behind for the next call.
        assert_eq!(CAUGHT.with(|c| c.borrow().clone()), None);
        assert_eq!(DEPTH.with(Cell::get), 0);
    }

    #[test]
    fn registry_paths_are_shortened_to_the_crate() {
        assert_eq!(
            short_file(
                "/home/u/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/quick-xml-0.42.0/src/encoding.rs"
            ),
            "quick-xml-0.42.0/src/encoding.rs"
        );
        assert_eq!(short_file("src/ingest/feed.rs"), "src/ingest/feed.rs");
    }
}
