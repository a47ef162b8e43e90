//! What dateline keeps between runs, outside the user's story files (which
//! it never writes): where each kind of file lives (see [`dirs`]) and the
//! extraction cache (see [`cache`]).

pub mod cache;
pub mod dirs;
