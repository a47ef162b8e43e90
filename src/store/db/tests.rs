use super::*;
use crate::model::{DateRange, Precision};
use chrono::NaiveDate;

fn correction(event: &str) -> Correction {
    let d = NaiveDate::from_ymd_opt(2031, 3, 18).unwrap();
    Correction {
        event: event.into(),
        story: "harbour".into(),
        expression: "last Tuesday".into(),
        was: "2031-04-29".into(),
        value: "2031-03-18".into(),
        precision: Precision::Day,
        range: DateRange::day(d),
        typed: "March 18".into(),
        at: "2031-05-02T10:00:00Z".into(),
    }
}

#[test]
fn a_new_file_is_migrated_to_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join(FILE);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.version().unwrap(), SCHEMA_VERSION);
    assert!(path.exists());
    assert_eq!(store.load().unwrap(), Workspace::default());
    let mode: String = store
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn reopening_keeps_corrections_stars_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    {
        let mut store = Store::open(&path).unwrap();
        store
            .apply(&Change::Correct(correction("harbour#12")))
            .unwrap();
        store
            .apply(&Change::Correct(correction("harbour#40")))
            .unwrap();
        store
            .apply(&Change::Uncorrect {
                event: "harbour#40".into(),
            })
            .unwrap();
        for target in [
            Target::Event("harbour#12".into()),
            Target::Story("harbour".into()),
        ] {
            store
                .apply(&Change::Star {
                    target,
                    on: true,
                    at: "t".into(),
                })
                .unwrap();
        }
        store
            .apply(&Change::Note {
                event: "harbour#12".into(),
                text: Some("ask the port authority".into()),
                at: "t".into(),
            })
            .unwrap();
    }
    let ws = Store::open(&path).unwrap().load().unwrap();
    assert_eq!(ws.corrections.len(), 1);
    assert_eq!(ws.corrections["harbour#12"], correction("harbour#12"));
    assert!(ws.starred_events.contains("harbour#12"));
    assert!(ws.starred_stories.contains("harbour"));
    assert_eq!(ws.notes["harbour#12"].text, "ask the port authority");
}

#[test]
fn a_file_from_a_newer_dateline_is_refused_with_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 7)
            .unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Newer { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("newer dateline"), "{msg}");
    assert!(
        msg.contains(&format!("schema version {}", SCHEMA_VERSION + 7)),
        "{msg}"
    );
}

#[test]
fn a_garbage_file_is_not_a_workspace_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    let garbage = b"these bytes were never a database, just a note left here\n".repeat(80);
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotAWorkspace { .. }), "{err:?}");
    assert!(
        err.to_string().contains("not a dateline workspace"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), garbage, "never overwritten");
}

#[test]
fn another_programs_database_is_not_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE recipes (name TEXT);")
            .unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotAWorkspace { .. }), "{err:?}");
}

#[test]
fn reading_never_creates_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    assert!(Store::open_existing(&path).unwrap().is_none());
    assert!(!path.exists());
}
