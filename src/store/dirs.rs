//! Where dateline keeps its files: the XDG base directories (on every
//! platform, so a terminal tool's files are where its users look for them),
//! each overridable by an environment variable, which tests use to work in
//! a temporary directory.
//!
//! | kind   | override             | default                               |
//! |--------|----------------------|---------------------------------------|
//! | data   | `DATELINE_DATA_DIR`   | `$XDG_DATA_HOME/dateline` (`~/.local/share/dateline`) |
//! | cache  | `DATELINE_CACHE_DIR`  | `$XDG_CACHE_HOME/dateline` (`~/.cache/dateline`)      |
//! | config | `DATELINE_CONFIG_DIR` | `$XDG_CONFIG_HOME/dateline` (`~/.config/dateline`)    |

use std::path::PathBuf;

use etcetera::BaseStrategy;

/// One kind of file dateline keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The analyst's own work: corrections, marks, notes.
    Data,
    /// What can be recomputed: extraction results.
    Cache,
    /// Settings the analyst edits: keys, theme.
    Config,
}

impl Kind {
    /// The environment variable that overrides this directory.
    pub fn env_var(self) -> &'static str {
        match self {
            Kind::Data => "DATELINE_DATA_DIR",
            Kind::Cache => "DATELINE_CACHE_DIR",
            Kind::Config => "DATELINE_CONFIG_DIR",
        }
    }
}

/// The directory for `kind`: the override when set and not empty, else
/// `dateline` under the XDG base directory; `None` when neither is known
/// (no override and no home directory).
pub fn dir(kind: Kind) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(kind.env_var()).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let base = etcetera::base_strategy::Xdg::new().ok()?;
    let root = match kind {
        Kind::Data => base.data_dir(),
        Kind::Cache => base.cache_dir(),
        Kind::Config => base.config_dir(),
    };
    Some(root.join("dateline"))
}

/// Where `config.toml` is read from, if a config directory is known.
pub fn config_file() -> Option<PathBuf> {
    dir(Kind::Config).map(|d| d.join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_override_and_default() {
        let kinds = [Kind::Data, Kind::Cache, Kind::Config];
        let vars: std::collections::HashSet<_> = kinds.iter().map(|k| k.env_var()).collect();
        assert_eq!(vars.len(), 3);
        // Without touching the process environment (tests run in parallel),
        // the defaults of the three kinds differ whenever a home is known.
        if std::env::var_os("HOME").is_some() {
            let base = etcetera::base_strategy::Xdg::new().unwrap();
            let dirs = [base.data_dir(), base.cache_dir(), base.config_dir()];
            assert_ne!(dirs[0], dirs[1]);
            assert_ne!(dirs[1], dirs[2]);
        }
    }
}
