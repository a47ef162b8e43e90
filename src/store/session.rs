//! The workspace for a session of the app: read once at the start, laid
//! over the index, and written change by change through a [`Writer`] the
//! app's loop owns (the app's state holds no file handles). A workspace
//! that cannot be used becomes a problem in the problems list, and the
//! session goes on read-only: changes still apply on screen, and each one
//! says it was not saved.

use std::path::PathBuf;

use super::db::{self, Store, StoreError};
use super::workspace::{self, Change, Workspace};
use crate::index::Index;
use crate::model::Diagnostic;

/// Where changes go.
#[derive(Debug)]
pub enum Writer {
    /// No file yet: it is made by the first change, so reading never
    /// creates one.
    Later(PathBuf),
    Open(Store),
    /// The workspace cannot be written, and why.
    ReadOnly(String),
}

impl Writer {
    /// Write `change`; the error is the reason it was not saved.
    pub fn save(&mut self, change: &Change) -> Result<(), String> {
        if let Writer::Later(path) = self {
            *self = match Store::open(path) {
                Ok(store) => Writer::Open(store),
                Err(e) => Writer::ReadOnly(e.to_string()),
            };
        }
        match self {
            Writer::Open(store) => store.apply(change).map_err(|e| e.to_string()),
            Writer::ReadOnly(why) => Err(why.clone()),
            Writer::Later(_) => Err("the workspace was not opened".into()),
        }
    }
}

/// Read the workspace for the app and lay its corrections over `index`.
/// A workspace that cannot be used and every stale correction become
/// problems of the index (the problems popup lists them).
pub fn open(mut index: Index) -> (Index, Workspace, Writer) {
    let opened = db::default_path().and_then(|path| {
        let store = Store::open_existing(&path)?;
        Ok((path, store))
    });
    let (ws, writer) = match opened {
        Ok((path, None)) => (Workspace::default(), Writer::Later(path)),
        Ok((_, Some(store))) => match store.load() {
            Ok(ws) => (ws, Writer::Open(store)),
            Err(e) => {
                index.push_diagnostic(problem(&e));
                (Workspace::default(), Writer::ReadOnly(e.to_string()))
            }
        },
        Err(e) => {
            index.push_diagnostic(problem(&e));
            (Workspace::default(), Writer::ReadOnly(e.to_string()))
        }
    };
    let (mut index, stale) = workspace::apply_corrections(index, &ws);
    for s in &stale {
        index.push_diagnostic(Diagnostic::warning(
            s.path.clone(),
            workspace::stale_message(s),
        ));
    }
    (index, ws, writer)
}

/// A workspace problem as a load problem: its file, and what is wrong.
fn problem(e: &StoreError) -> Diagnostic {
    let path = e.path().map(|p| p.to_path_buf()).unwrap_or_default();
    let message = e.to_string();
    let message = message
        .strip_prefix(&format!("{}: ", path.display()))
        .unwrap_or(&message)
        .to_string();
    Diagnostic::warning(
        path,
        format!(
            "{message}; the stories open without corrections, stars or notes, and changes made now are not saved"
        ),
    )
}
