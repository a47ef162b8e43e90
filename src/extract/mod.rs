//! Pure text analysis: sentences, temporal expressions and names. No I/O,
//! no terminal; the CLI, the TUI and the benchmarks all call into here.

pub mod entities;
pub mod sentence;
pub mod timex;
