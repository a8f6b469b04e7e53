//! The emulator's state: SQLite in WAL mode under the data dir. Every resource is a JSON
//! document keyed by its ARN, with its kind and its parent's ARN for listing; tags are kept
//! by ARN beside it. Writes take the database lock up front (`BEGIN IMMEDIATE`), so two
//! processes on one data dir serialise instead of losing each other's writes.

use super::error::ServiceError;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, TransactionBehavior};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

pub struct Store {
    conn: Mutex<Connection>,
    dir: PathBuf,
    secret: String,
}

pub struct Tx<'a>(rusqlite::Transaction<'a>);

/// A listed resource with its position, for pagination.
pub struct Row {
    pub id: i64,
    pub doc: Value,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS resources (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    arn    TEXT NOT NULL UNIQUE,
    kind   TEXT NOT NULL,
    parent TEXT NOT NULL,
    doc    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS resources_by_parent ON resources(kind, parent, id);
CREATE TABLE IF NOT EXISTS tags (arn TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// The data dir's database file is something else than a SQLite database (or is damaged).
#[derive(Debug, thiserror::Error)]
#[error("the emulator's data file {} is not a valid database ({cause})", .path.display())]
pub struct NotADatabase {
    pub path: PathBuf,
    pub cause: String,
}

impl Store {
    pub fn open(dir: &Path) -> anyhow::Result<Store> {
        std::fs::create_dir_all(dir.join("blobs"))
            .map_err(|e| anyhow::anyhow!("cannot create the emulator data dir {}: {e}", dir.display()))?;
        let path = dir.join("state.sqlite3");
        let conn = Connection::open(&path)?;
        let secret = prepare(&conn).map_err(|e| match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                anyhow::Error::new(NotADatabase { path: path.clone(), cause: e.to_string() })
            }
            _ => anyhow::Error::new(e),
        })?;
        Ok(Store { conn: Mutex::new(conn), dir: dir.to_path_buf(), secret })
    }

    /// The secret that signs URLs handed out by this data dir's emulators.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// Where uploaded and generated files are kept.
    pub fn blob_dir(&self) -> PathBuf {
        self.dir.join("blobs")
    }

    /// Runs `f` in a write transaction, committed when it returns Ok.
    pub fn write<T>(&self, f: impl FnOnce(&Tx) -> Result<T, ServiceError>) -> Result<T, ServiceError> {
        self.run(TransactionBehavior::Immediate, f)
    }

    /// Runs `f` in a read transaction (a consistent snapshot).
    pub fn read<T>(&self, f: impl FnOnce(&Tx) -> Result<T, ServiceError>) -> Result<T, ServiceError> {
        self.run(TransactionBehavior::Deferred, f)
    }

    fn run<T>(
        &self,
        behavior: TransactionBehavior,
        f: impl FnOnce(&Tx) -> Result<T, ServiceError>,
    ) -> Result<T, ServiceError> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let tx = Tx(conn.transaction_with_behavior(behavior)?);
        let out = f(&tx)?;
        tx.0.commit()?;
        Ok(out)
    }
}

/// Sets the connection up (the first reads of the file: where a file that is no database
/// shows) and returns the secret that signs handed-out URLs.
fn prepare(conn: &Connection) -> rusqlite::Result<String> {
    conn.busy_timeout(Duration::from_secs(30))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.execute_batch(SCHEMA)?;
    // Data dirs from before apps were regional kept them all under one parent: each goes to
    // its region's (the ARN up to `:apps`).
    conn.execute(
        "UPDATE resources SET parent = substr(arn, 1, instr(arn, ':apps/') + 4) WHERE kind = 'app' AND parent = ''",
        [],
    )?;
    // The key that signs handed-out URLs: made once per data dir, shared by its processes.
    let candidate = uuid::Uuid::new_v4().simple().to_string();
    conn.execute("INSERT OR IGNORE INTO meta (name, value) VALUES ('url-secret', ?1)", [&candidate])?;
    conn.query_row("SELECT value FROM meta WHERE name = 'url-secret'", [], |r| r.get(0))
}

impl Store {
    /// Claims a chore done at most once every `every` seconds for the data dir, by whichever
    /// of its processes comes first: true when it falls to this one, now.
    pub fn claim_chore(&self, name: &str, now: i64, every: i64) -> Result<bool, ServiceError> {
        self.write(|tx| {
            let last: Option<String> =
                tx.0.query_row("SELECT value FROM meta WHERE name = ?1", [name], |r| r.get(0)).optional()?;
            if last.and_then(|v| v.parse::<i64>().ok()).is_some_and(|at| now - at < every) {
                return Ok(false);
            }
            tx.0.execute(
                "INSERT INTO meta (name, value) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                params![name, now.to_string()],
            )?;
            Ok(true)
        })
    }

    /// Gives a claimed chore back: the next start claims it again.
    pub fn release_chore(&self, name: &str) -> Result<(), ServiceError> {
        self.write(|tx| {
            tx.0.execute("DELETE FROM meta WHERE name = ?1", [name])?;
            Ok(())
        })
    }

    /// Takes out of `names` every one that some resource's document holds (as a value or a
    /// key): what is left, nothing refers to; unless a document is a job `fetching` its
    /// source, whose blobs no document names yet ([`Scan::Fetching`]: `names` is then not to
    /// be acted on).
    pub fn forget_referenced(
        &self,
        names: &mut HashSet<String>,
        fetching: impl Fn(&Value) -> bool,
    ) -> Result<Scan, ServiceError> {
        self.read(|tx| {
            let mut stmt = tx.0.prepare("SELECT doc FROM resources")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let doc = parse_doc(row.get(0)?);
                if fetching(&doc) {
                    return Ok(Scan::Fetching);
                }
                forget_strings(&doc, names);
            }
            Ok(Scan::Complete)
        })
    }
}

/// How a scan for references ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Scan {
    Complete,
    /// A job was fetching its source: its blobs are not named yet.
    Fetching,
}

fn forget_strings(value: &Value, names: &mut HashSet<String>) {
    match value {
        Value::String(s) => {
            names.remove(s);
        }
        Value::Array(items) => items.iter().for_each(|v| forget_strings(v, names)),
        Value::Object(fields) => {
            for (key, v) in fields {
                names.remove(key);
                forget_strings(v, names);
            }
        }
        _ => {}
    }
}

fn parse_doc(text: String) -> Value {
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

impl Tx<'_> {
    pub fn get(&self, arn: &str) -> Result<Option<Value>, ServiceError> {
        let doc: Option<String> =
            self.0.query_row("SELECT doc FROM resources WHERE arn = ?1", [arn], |r| r.get(0)).optional()?;
        Ok(doc.map(parse_doc))
    }

    /// Inserts a new resource; false when one with that ARN exists.
    pub fn insert(&self, kind: &str, parent: &str, arn: &str, doc: &Value) -> Result<bool, ServiceError> {
        let n = self.0.execute(
            "INSERT OR IGNORE INTO resources (arn, kind, parent, doc) VALUES (?1, ?2, ?3, ?4)",
            params![arn, kind, parent, doc.to_string()],
        )?;
        Ok(n == 1)
    }

    pub fn update(&self, arn: &str, doc: &Value) -> Result<(), ServiceError> {
        self.0.execute("UPDATE resources SET doc = ?2 WHERE arn = ?1", params![arn, doc.to_string()])?;
        Ok(())
    }

    /// Resources of a kind under a parent, in creation order, after position `after`.
    pub fn list(&self, kind: &str, parent: &str, after: i64, limit: usize) -> Result<Vec<Row>, ServiceError> {
        let mut stmt = self.0.prepare_cached(
            "SELECT id, doc FROM resources WHERE kind = ?1 AND parent = ?2 AND id > ?3 ORDER BY id LIMIT ?4",
        )?;
        let rows = stmt
            .query_map(params![kind, parent, after, limit as i64], |r| {
                Ok(Row { id: r.get(0)?, doc: parse_doc(r.get(1)?) })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Resources of a kind under a parent, newest first, before position `before` (0: from
    /// the newest).
    pub fn list_desc(&self, kind: &str, parent: &str, before: i64, limit: usize) -> Result<Vec<Row>, ServiceError> {
        let before = if before <= 0 { i64::MAX } else { before };
        let mut stmt = self.0.prepare_cached(
            "SELECT id, doc FROM resources WHERE kind = ?1 AND parent = ?2 AND id < ?3 ORDER BY id DESC LIMIT ?4",
        )?;
        let rows = stmt
            .query_map(params![kind, parent, before, limit as i64], |r| {
                Ok(Row { id: r.get(0)?, doc: parse_doc(r.get(1)?) })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Every resource of a kind, wherever it is (for lookups by an ID the caller holds).
    pub fn all_of_kind(&self, kind: &str) -> Result<Vec<Value>, ServiceError> {
        let mut stmt = self.0.prepare_cached("SELECT doc FROM resources WHERE kind = ?1 ORDER BY id")?;
        let docs = stmt.query_map([kind], |r| Ok(parse_doc(r.get(0)?)))?.collect::<Result<Vec<_>, _>>()?;
        Ok(docs)
    }

    pub fn count(&self, kind: &str, parent: &str) -> Result<usize, ServiceError> {
        let n: i64 = self.0.query_row(
            "SELECT COUNT(*) FROM resources WHERE kind = ?1 AND parent = ?2",
            params![kind, parent],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    /// Deletes a resource with everything under it (by ARN or by parent) and their tags.
    pub fn delete_tree(&self, arn: &str) -> Result<(), ServiceError> {
        self.0.execute(
            "DELETE FROM resources WHERE arn = ?1 OR substr(arn, 1, length(?1) + 1) = ?1 || '/'
                OR parent = ?1 OR substr(parent, 1, length(?1) + 1) = ?1 || '/'",
            [arn],
        )?;
        self.0.execute("DELETE FROM tags WHERE arn NOT IN (SELECT arn FROM resources)", [])?;
        Ok(())
    }

    pub fn tags(&self, arn: &str) -> Result<Map<String, Value>, ServiceError> {
        let doc: Option<String> =
            self.0.query_row("SELECT doc FROM tags WHERE arn = ?1", [arn], |r| r.get(0)).optional()?;
        Ok(match doc.map(parse_doc) {
            Some(Value::Object(m)) => m,
            _ => Map::new(),
        })
    }

    pub fn set_tags(&self, arn: &str, tags: &Map<String, Value>) -> Result<(), ServiceError> {
        if tags.is_empty() {
            self.0.execute("DELETE FROM tags WHERE arn = ?1", [arn])?;
        } else {
            self.0.execute(
                "INSERT INTO tags (arn, doc) VALUES (?1, ?2) ON CONFLICT(arn) DO UPDATE SET doc = excluded.doc",
                params![arn, Value::Object(tags.clone()).to_string()],
            )?;
        }
        Ok(())
    }

    /// Increments and returns a named counter (job IDs per branch).
    pub fn next_counter(&self, name: &str) -> Result<i64, ServiceError> {
        self.0.execute(
            "INSERT INTO counters (name, value) VALUES (?1, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1",
            [name],
        )?;
        Ok(self.0.query_row("SELECT value FROM counters WHERE name = ?1", [name], |r| r.get(0))?)
    }
}
