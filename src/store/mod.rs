//! What dateline keeps between runs, outside the user's story files (which
//! it never writes): where each kind of file lives (see [`dirs`]), and the
//! analyst's workspace of corrections, stars and notes ([`workspace`], kept
//! on disk by [`db`]), and the extraction cache (see [`cache`]).

pub mod cache;
pub mod db;
pub mod dirs;
pub mod session;
pub mod snapshot;
pub mod workspace;
