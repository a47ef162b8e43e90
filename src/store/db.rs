//! The analyst's workspace on disk: one SQLite file, `dateline.db`, in the
//! data directory (see [`super::dirs`]). Numbered migrations raise its
//! schema (`PRAGMA user_version`) one step at a time, each in a
//! transaction; the journal is WAL so a second dateline can read while one
//! writes, and a busy file is waited for rather than failed on.
//!
//! A file that cannot be read, is not a database, belongs to another
//! program or was written by a newer dateline is a [`StoreError`] naming
//! the file: the caller shows it and goes on without the workspace.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use super::workspace::{Change, Correction, Note, Target, Workspace};

/// The workspace file's name in the data directory.
pub const FILE: &str = "dateline.db";

/// Marks the file as dateline's (`PRAGMA application_id`): "DTLN".
const APPLICATION_ID: i32 = 0x4454_4c4e;

/// How long a write waits for another process holding the file.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema, one step per migration: `MIGRATIONS[n]` takes version `n`
/// to `n + 1`. Never edit a step that has shipped; add one.
const MIGRATIONS: &[&str] = &[
    // 1: corrections, stars and notes.
    "CREATE TABLE corrections (
        event      TEXT PRIMARY KEY NOT NULL,
        story      TEXT NOT NULL,
        expression TEXT NOT NULL,
        was        TEXT NOT NULL,
        value      TEXT NOT NULL,
        precision  TEXT NOT NULL,
        first_day  TEXT NOT NULL,
        last_day   TEXT NOT NULL,
        typed      TEXT NOT NULL,
        at         TEXT NOT NULL
    );
    CREATE TABLE stars (
        kind TEXT NOT NULL CHECK (kind IN ('event', 'story')),
        key  TEXT NOT NULL,
        at   TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    );
    CREATE TABLE notes (
        event TEXT PRIMARY KEY NOT NULL,
        text  TEXT NOT NULL,
        at    TEXT NOT NULL
    );",
];

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Why the workspace could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No data directory is known (no override and no home).
    NoDirectory,
    /// The file or its directory could not be opened, read or written.
    Unreadable { path: PathBuf, reason: String },
    /// The file is not an SQLite database, or is another program's.
    NotAWorkspace { path: PathBuf, reason: String },
    /// A newer dateline wrote the file.
    Newer { path: PathBuf, found: i64 },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::NoDirectory => write!(
                f,
                "no data directory for the workspace: set DATELINE_DATA_DIR or HOME"
            ),
            StoreError::Unreadable { path, reason } => {
                write!(f, "{}: cannot use the workspace: {reason}", path.display())
            }
            StoreError::NotAWorkspace { path, reason } => write!(
                f,
                "{}: not a dateline workspace ({reason}); move it away to start a new one",
                path.display()
            ),
            StoreError::Newer { path, found } => write!(
                f,
                "{}: written by a newer dateline (schema version {found}, this one knows up to \
                 {SCHEMA_VERSION}); upgrade dateline to use it",
                path.display()
            ),
        }
    }
}

impl std::error::Error for StoreError {}

impl StoreError {
    /// The file the problem is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::NoDirectory => None,
            StoreError::Unreadable { path, .. }
            | StoreError::NotAWorkspace { path, .. }
            | StoreError::Newer { path, .. } => Some(path),
        }
    }

    fn from_sqlite(path: &Path, err: rusqlite::Error) -> Self {
        let reason = err.to_string();
        let not_a_db = matches!(
            err.sqlite_error_code(),
            Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
        );
        if not_a_db {
            StoreError::NotAWorkspace {
                path: path.to_path_buf(),
                reason,
            }
        } else {
            StoreError::Unreadable {
                path: path.to_path_buf(),
                reason,
            }
        }
    }
}

/// An open workspace file.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// Where the workspace file is: `dateline.db` in the data directory.
pub fn default_path() -> Result<PathBuf, StoreError> {
    super::dirs::dir(super::dirs::Kind::Data)
        .map(|d| d.join(FILE))
        .ok_or(StoreError::NoDirectory)
}

impl Store {
    /// Open the workspace at `path`, creating it (and its directory) when
    /// absent and migrating it to the current schema.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Unreadable {
                path: path.to_path_buf(),
                reason: format!("cannot create its directory: {e}"),
            })?;
        }
        let err = |e| StoreError::from_sqlite(path, e);
        let conn = Connection::open(path).map_err(err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(err)?;
        // The first read of the header: where a file that is not a
        // database shows itself.
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(err)?;
        let app: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(err)?;
        if app != 0 && app != APPLICATION_ID {
            return Err(StoreError::NotAWorkspace {
                path: path.to_path_buf(),
                reason: format!("an SQLite database of another program (application id {app:#x})"),
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: path.to_path_buf(),
                found: version,
            });
        }
        if version == 0 && app == 0 && has_tables(&conn).map_err(err)? {
            return Err(StoreError::NotAWorkspace {
                path: path.to_path_buf(),
                reason: "an SQLite database with tables dateline did not make".into(),
            });
        }
        let _mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))
            .map_err(err)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.migrate(version)?;
        Ok(store)
    }

    /// Open the workspace at `path` if the file exists; `None` when it
    /// does not (nothing is created: reading never makes a file).
    pub fn open_existing(path: &Path) -> Result<Option<Self>, StoreError> {
        if !path.exists() {
            return Ok(None);
        }
        Self::open(path).map(Some)
    }

    /// The file this store is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, e)
    }

    /// Run every migration past `from`, each in its own transaction.
    fn migrate(&mut self, from: i64) -> Result<(), StoreError> {
        let path = self.path.clone();
        for (step, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
            let tx = self
                .conn
                .transaction()
                .map_err(|e| StoreError::from_sqlite(&path, e))?;
            tx.execute_batch(sql)
                .and_then(|()| tx.pragma_update(None, "application_id", APPLICATION_ID))
                .and_then(|()| tx.pragma_update(None, "user_version", step as i64 + 1))
                .and_then(|()| tx.commit())
                .map_err(|e| StoreError::from_sqlite(&path, e))?;
        }
        Ok(())
    }

    /// The schema version of the open file.
    pub fn version(&self) -> Result<i64, StoreError> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Everything the workspace holds.
    pub fn load(&self) -> Result<Workspace, StoreError> {
        let mut ws = Workspace::default();
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let mut q = self
            .conn
            .prepare(
                "SELECT event, story, expression, was, value, precision, first_day, last_day, \
                 typed, at FROM corrections ORDER BY event",
            )
            .map_err(err)?;
        let rows = q
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, String>(9)?,
                ))
            })
            .map_err(err)?;
        for row in rows {
            let (event, story, expression, was, value, precision, first, last, typed, at) =
                row.map_err(err)?;
            // A row this build cannot read is skipped, never trusted.
            let Some(c) = Correction::from_columns(
                event, story, expression, was, value, &precision, &first, &last, typed, at,
            ) else {
                continue;
            };
            ws.corrections.insert(c.event.clone(), c);
        }
        let mut q = self
            .conn
            .prepare("SELECT kind, key FROM stars ORDER BY kind, key")
            .map_err(err)?;
        let rows = q
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(err)?;
        for row in rows {
            match row.map_err(err)? {
                (kind, key) if kind == "event" => ws.starred_events.insert(key),
                (_, key) => ws.starred_stories.insert(key),
            };
        }
        let mut q = self
            .conn
            .prepare("SELECT event, text, at FROM notes ORDER BY event")
            .map_err(err)?;
        let rows = q
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(err)?;
        for row in rows {
            let (event, text, at) = row.map_err(err)?;
            ws.notes.insert(event, Note { text, at });
        }
        Ok(ws)
    }

    /// Write one change, in a transaction.
    pub fn apply(&mut self, change: &Change) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.conn.transaction().map_err(err)?;
        match change {
            Change::Correct(c) => {
                tx.execute(
                    "INSERT OR REPLACE INTO corrections (event, story, expression, was, value, \
                     precision, first_day, last_day, typed, at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        c.event,
                        c.story,
                        c.expression,
                        c.was,
                        c.value,
                        c.precision.as_str(),
                        c.range.start.format("%Y-%m-%d").to_string(),
                        c.range.end.format("%Y-%m-%d").to_string(),
                        c.typed,
                        c.at,
                    ],
                )
                .map_err(err)?;
            }
            Change::Uncorrect { event } => {
                tx.execute("DELETE FROM corrections WHERE event = ?1", params![event])
                    .map_err(err)?;
            }
            Change::Star { target, on, at } => {
                let (kind, key) = match target {
                    Target::Event(k) => ("event", k),
                    Target::Story(k) => ("story", k),
                };
                if *on {
                    tx.execute(
                        "INSERT OR IGNORE INTO stars (kind, key, at) VALUES (?1, ?2, ?3)",
                        params![kind, key, at],
                    )
                    .map_err(err)?;
                } else {
                    tx.execute(
                        "DELETE FROM stars WHERE kind = ?1 AND key = ?2",
                        params![kind, key],
                    )
                    .map_err(err)?;
                }
            }
            Change::Note { event, text, at } => match text {
                Some(text) => {
                    tx.execute(
                        "INSERT OR REPLACE INTO notes (event, text, at) VALUES (?1, ?2, ?3)",
                        params![event, text, at],
                    )
                    .map_err(err)?;
                }
                None => {
                    tx.execute("DELETE FROM notes WHERE event = ?1", params![event])
                        .map_err(err)?;
                }
            },
        }
        tx.commit().map_err(err)
    }
}

/// Whether the database already holds tables (of someone else's).
fn has_tables(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1",
        [],
        |_| Ok(()),
    )
    .optional()
    .map(|r| r.is_some())
}

/// Open the workspace in the data directory for reading: its contents, or
/// an empty workspace when there is no file yet, or why it cannot be used.
pub fn load_default() -> Result<Workspace, StoreError> {
    match Store::open_existing(&default_path()?)? {
        Some(store) => store.load(),
        None => Ok(Workspace::default()),
    }
}

#[cfg(test)]
mod tests;
