//! A panic inside a reader is recorded, not printed; every other panic
//! still reaches the hook installed before. One test: the panic hook is
//! global to the process.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use dateline::ingest::isolate::isolated;

#[test]
fn caught_panics_are_silent_and_others_still_reach_the_previous_hook() {
    let printed = Arc::new(AtomicUsize::new(0));
    let count = printed.clone();
    std::panic::set_hook(Box::new(move |_| {
        count.fetch_add(1, Ordering::SeqCst);
    }));

    let caught = isolated(|| -> () { panic!("feed reader fell over") });
    let message = caught.expect_err("caught");
    assert!(
        message.starts_with("feed reader fell over at "),
        "{message}"
    );
    assert_eq!(
        printed.load(Ordering::SeqCst),
        0,
        "a caught panic was printed"
    );

    // Outside an isolated call, on another thread: the previous hook runs.
    let outside = std::thread::spawn(|| panic!("a real bug elsewhere")).join();
    assert!(outside.is_err());
    assert_eq!(printed.load(Ordering::SeqCst), 1, "a real panic was hidden");

    // And the recording hook is still in place after that.
    assert!(isolated(|| -> () { panic!("again") }).is_err());
    assert_eq!(printed.load(Ordering::SeqCst), 1);
}
