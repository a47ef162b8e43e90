//! What dateline keeps between runs, outside the user's story files (which
//! it never writes): where each kind of file lives (see [`dirs`]).

pub mod dirs;
