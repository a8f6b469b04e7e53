//! A folder as Amplify wants it: its files at the archive root, `.git` and OS litter left
//! out, `.amphostignore` (gitignore syntax) honoured, symlinks that leave the folder refused.

use super::Progress;
use md5::{Digest, Md5};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard};
use zip::write::SimpleFileOptions;

/// Never published: version control, OS and editor litter.
const LITTER: &[&str] = &[".git", ".hg", ".svn", ".DS_Store", "Thumbs.db", "desktop.ini", "__MACOSX", ".amphostignore"];

/// Never published from the top of the folder: amphost's own files, there when the project's
/// folder is `.` (the project file names the app, region, profile and bucket; `.amphost/`
/// holds builds and their caches). Deeper, such names are the site's (`docs/amphost.toml`).
const PROJECT_FILES: &[&str] = &["amphost.toml", ".amphost"];

/// Whether the entry `name`, `depth` folders below the top (1: at the top), is left out.
fn is_litter(name: &str, depth: usize) -> bool {
    LITTER.contains(&name) || (depth == 1 && PROJECT_FILES.contains(&name))
}

/// Files that usually hold secrets (keys, credentials, dotenv files): a deploy that would
/// publish one is refused unless the user says it is meant (`--allow-secrets`).
pub(crate) fn looks_secret(name: &str) -> bool {
    // In any case: on a case-insensitive disk (macOS, Windows) `.ENV` is `.env`.
    let name = name.to_ascii_lowercase();
    let name = name.as_str();
    name == ".env"
        || name.starts_with(".env.")
        || name.ends_with(".pem")
        || name.ends_with(".key")
        || name.starts_with("id_rsa")
        || name.starts_with("id_ed25519")
        || name.starts_with("id_ecdsa")
        || matches!(name, ".npmrc" | ".netrc" | "credentials" | ".htpasswd" | ".git-credentials" | ".pgpass")
}

/// One file to publish.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Path inside the site, `/`-separated (`assets/app.js`).
    pub name: String,
    pub path: PathBuf,
    pub size: u64,
    /// The file's MD5 (hex) when it was hashed (a bucket deploy records it): zipping checks
    /// that the bytes it reads still have it.
    pub md5: Option<String>,
}

/// What a folder holds to publish.
#[derive(Debug, Default, Clone)]
pub struct Listing {
    pub files: Vec<Entry>,
    /// Folders with nothing in them (kept in the archive so its layout matches the folder).
    pub empty_dirs: Vec<String>,
    /// Files that look like they hold secrets (`.env`, keys, credentials), by site path.
    pub secrets: Vec<String>,
    pub warnings: Vec<String>,
    pub total_bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("{0}")]
    Refused(String),
    #[error("{0}")]
    Io(String),
}

fn io(context: &str, e: impl std::fmt::Display) -> ArchiveError {
    ArchiveError::Io(format!("{context}: {e}"))
}

/// Walks `root` and lists what will be published.
pub fn list(root: &Path) -> Result<Listing, ArchiveError> {
    let root = root.canonicalize().map_err(|e| io(&format!("cannot open {}", root.display()), e))?;
    if !root.is_dir() {
        return Err(ArchiveError::Refused(format!("{} is not a folder", root.display())));
    }
    check_ignore_files(&root)?;
    let mut listing = Listing::default();
    let mut dirs: Vec<String> = Vec::new();
    for item in walker(&root) {
        let entry = item.map_err(|e| walk_error(&root, e))?;
        if entry.path() != root {
            add_entry(&root, &entry, &mut listing, &mut dirs)?;
        }
    }
    listing.empty_dirs = empty_dirs(&dirs, &listing.files);
    if listing.files.is_empty() {
        return Err(ArchiveError::Refused(format!("{} has no files to deploy", root.display())));
    }
    if let Some(w) = missing_index_warning(&root, &listing.files) {
        listing.warnings.push(w);
    }
    Ok(listing)
}

/// The folder's entries in name order: litter left out, `.amphostignore` honoured, links followed.
fn walker(root: &Path) -> ignore::Walk {
    walk_builder(root).add_custom_ignore_filename(IGNORE_FILE).build()
}

/// The ignore files honoured: the folder's own, never its parents' (a folder's listing does
/// not depend on where it sits).
const IGNORE_FILE: &str = ".amphostignore";
/// The most an ignore file may hold (its reader takes it whole).
const MAX_IGNORE_FILE_BYTES: u64 = 1024 * 1024;

fn walk_builder(root: &Path) -> ignore::WalkBuilder {
    let mut builder = ignore::WalkBuilder::new(root);
    builder
        .standard_filters(false)
        .parents(false)
        .hidden(false)
        .follow_links(true)
        .filter_entry(|e| !is_litter(&e.file_name().to_string_lossy(), e.depth()))
        .sort_by_file_name(|a, b| a.cmp(b));
    builder
}

/// Every `.amphostignore` of the folder, before the walk reads them: a regular file of at most
/// 1 MiB inside the folder. A link to `/dev/zero` or a FIFO (a cloned repository can hold
/// either) would otherwise hang the walk or fill memory.
pub fn check_ignore_files(root: &Path) -> Result<(), ArchiveError> {
    // Each folder the walk enters, the root first: the walk reads its ignore file on entering.
    let folders = walk_builder(root).build().filter_map(Result::ok).filter(|e| e.path().is_dir());
    for folder in folders {
        let path = folder.path().join(IGNORE_FILE);
        let Ok(link) = std::fs::symlink_metadata(&path) else { continue };
        if link.file_type().is_symlink() {
            check_link_stays_inside(root, &path)?;
        }
        let meta = std::fs::metadata(&path).map_err(|e| io(&format!("cannot read {}", path.display()), e))?;
        if !meta.is_file() || meta.len() > MAX_IGNORE_FILE_BYTES {
            return Err(ArchiveError::Refused(format!(
                "{} must be a regular file of at most 1 MiB (gitignore patterns); fix or remove it",
                path.display()
            )));
        }
    }
    Ok(())
}

/// Whether the file at `rel` (`/`-separated, under `root`) is one a deploy of `root` publishes
/// as far as names go: no litter in its path, and not left out by an `.amphostignore` of its
/// folders (the deepest one that matches decides, as in the walk). For `preview`, which
/// serves a folder as its deploy would be served. An ignore file that could not be read
/// safely (see [`check_ignore_files`]) leaves the file out.
pub fn is_published(root: &Path, rel: &str) -> bool {
    let parts: Vec<&str> = rel.split('/').collect();
    if parts.iter().enumerate().any(|(i, p)| is_litter(p, i + 1)) {
        return false;
    }
    // A folder left out is never entered: nothing under it is published, whatever a `!`
    // pattern says of a file in it (as in git, and in the walk).
    (1..=parts.len()).all(|n| ignored(root, &parts[..n], n < parts.len()) != Some(true))
}

/// Whether the ignore files of the folders above `parts` leave it out (`Some(true)`), keep it
/// (`Some(false)`, a `!` pattern) or say nothing; the deepest that matches decides. An ignore
/// file that cannot be read safely (see [`check_ignore_files`]) leaves everything out.
fn ignored(root: &Path, parts: &[&str], is_dir: bool) -> Option<bool> {
    for depth in (0..parts.len()).rev() {
        let folder = parts[..depth].iter().fold(root.to_path_buf(), |dir, p| dir.join(p));
        let file = folder.join(IGNORE_FILE);
        if std::fs::symlink_metadata(&file).is_err() {
            continue;
        }
        let usable = std::fs::metadata(&file).is_ok_and(|m| m.is_file() && m.len() <= MAX_IGNORE_FILE_BYTES)
            && (!file.is_symlink() || check_link_stays_inside(root, &file).is_ok());
        if !usable {
            return Some(true);
        }
        let (rules, _) = ignore::gitignore::Gitignore::new(&file);
        match rules.matched(folder.join(parts[depth..].join("/")), is_dir) {
            ignore::Match::Ignore(_) => return Some(true),
            ignore::Match::Whitelist(_) => return Some(false),
            ignore::Match::None => {}
        }
    }
    None
}

/// Why the walk stopped: a link to nothing is named as such, with the way out.
fn walk_error(root: &Path, e: ignore::Error) -> ArchiveError {
    fn path_of(e: &ignore::Error) -> Option<&Path> {
        match e {
            ignore::Error::WithPath { path, .. } => Some(path),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => path_of(err),
            _ => None,
        }
    }
    match path_of(&e).filter(|p| p.is_symlink() && !p.exists()) {
        Some(link) => {
            let name = link.strip_prefix(root).unwrap_or(link).display().to_string();
            let to = std::fs::read_link(link).map(|t| t.display().to_string()).unwrap_or_default();
            ArchiveError::Refused(format!(
                "{} is a symbolic link to {}, which does not exist: remove it, or leave it out with .amphostignore",
                crate::text::escape_controls(&name),
                crate::text::escape_controls(&to)
            ))
        }
        None => ArchiveError::Refused(format!("cannot read the folder: {e}")),
    }
}

/// Adds one walked entry to the listing (a folder to `dirs`), or refuses the folder.
fn add_entry(
    root: &Path,
    entry: &ignore::DirEntry,
    listing: &mut Listing,
    dirs: &mut Vec<String>,
) -> Result<(), ArchiveError> {
    let path = entry.path();
    if entry.path_is_symlink() {
        check_link_stays_inside(root, path)?;
    }
    let rel = path.strip_prefix(root).map_err(|e| io("path", e))?;
    let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    // Site paths are text: a name that is not UTF-8 would be published under another one.
    if rel.to_str().is_none() {
        return Err(ArchiveError::Refused(format!(
            "{name:?} is not a UTF-8 file name (\u{fffd} marks the bytes that are not); rename it"
        )));
    }
    // Zip readers (and Amplify) take `\` as a folder separator: such a file would be
    // published under another path, or refused when the job deploys.
    if name.contains('\\') {
        return Err(ArchiveError::Refused(format!(
            "{name:?} has a backslash in its name, which Amplify reads as a folder separator; rename it"
        )));
    }
    let file_type = entry.file_type().ok_or_else(|| io("file type", name.clone()))?;
    if file_type.is_dir() {
        dirs.push(name);
        return Ok(());
    }
    if !file_type.is_file() {
        // Reading a FIFO would block the zipper, a device would never end: left out.
        listing.warnings.push(format!("{name} is not a regular file (a FIFO, device or socket); left out"));
        return Ok(());
    }
    let size = entry.metadata().map_err(|e| io(&name, e))?.len();
    let base = rel.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    if looks_secret(&base) {
        listing.secrets.push(name.clone());
    }
    listing.total_bytes += size;
    listing.files.push(Entry { name, path: path.to_path_buf(), size, md5: None });
    Ok(())
}

/// A symlink may point anywhere inside the folder, never out of it.
fn check_link_stays_inside(root: &Path, path: &Path) -> Result<(), ArchiveError> {
    let target = path
        .canonicalize()
        .map_err(|e| ArchiveError::Refused(format!("{} is a broken symlink ({e})", path.display())))?;
    if target.starts_with(root) {
        return Ok(());
    }
    Err(ArchiveError::Refused(format!(
        "{} is a symlink to {}, outside the folder being deployed; copy the file in or remove the link",
        path.display(),
        target.display()
    )))
}

/// A folder is kept as an entry when nothing below it is: no file, no deeper folder.
fn empty_dirs(dirs: &[String], files: &[Entry]) -> Vec<String> {
    let below = |d: &str, name: &str| name.starts_with(&format!("{d}/"));
    dirs.iter()
        .filter(|d| !files.iter().any(|f| below(d, &f.name)) && !dirs.iter().any(|other| below(d, other)))
        .cloned()
        .collect()
}

/// Without `index.html` at the top the site root answers 404; the classic cause is deploying
/// the folder that holds the build folder.
fn missing_index_warning(root: &Path, files: &[Entry]) -> Option<String> {
    if files.iter().any(|f| f.name == "index.html") {
        return None;
    }
    let nested = files.iter().any(|f| f.name.ends_with("/index.html") && f.name.matches('/').count() == 1);
    let top_dirs: std::collections::BTreeSet<&str> =
        files.iter().filter_map(|f| f.name.split_once('/').map(|(d, _)| d)).collect();
    let only_child = top_dirs.len() == 1 && files.iter().all(|f| f.name.contains('/'));
    if only_child && nested {
        let dir = top_dirs.iter().next().copied().unwrap_or_default();
        return Some(format!(
            "the folder's only content is {dir}/, which holds index.html: the site would be served under /{dir}/; did you mean to deploy {}?",
            root.join(dir).display()
        ));
    }
    Some("there is no index.html at the top of the folder: the site root will answer 404".into())
}

/// Copies `from` into `to` in chunks, reporting progress, hashing when asked.
fn copy(
    from: &mut impl Read,
    to: &mut impl Write,
    progress: &dyn Progress,
    md5: Option<&mut Md5>,
) -> std::io::Result<u64> {
    copy_through(&mut vec![0u8; 256 * 1024], from, to, progress, md5)
}

/// [`copy`] through a buffer the caller keeps: a compression thread reuses one for all its
/// entries instead of allocating one per file.
fn copy_through(
    buf: &mut [u8],
    from: &mut impl Read,
    to: &mut impl Write,
    progress: &dyn Progress,
    mut md5: Option<&mut Md5>,
) -> std::io::Result<u64> {
    let mut total = 0;
    loop {
        let n = from.read(buf)?;
        if n == 0 {
            return Ok(total);
        }
        if let Some(h) = md5.as_deref_mut() {
            h.update(&buf[..n]);
        }
        to.write_all(&buf[..n])?;
        total += n as u64;
        progress.advance(n as u64);
    }
}

/// How zipping bounds its memory (see [`write_zip`]).
#[derive(Debug, Clone, Copy)]
struct Limits {
    /// Files larger than this are compressed by the writing thread itself, streamed through a
    /// fixed buffer into the archive, never held whole in memory.
    stream_above: u64,
    /// Most bytes (source sizes plus [`ENTRY_COST`] each) of the entries being compressed or
    /// waiting, compressed, for their turn to be written.
    in_flight: u64,
}

const LIMITS: Limits = Limits { stream_above: 4 << 20, in_flight: 12 << 20 };

/// Charged per entry on top of its size, so thousands of empty files in flight are bounded too.
const ENTRY_COST: u64 = 1024;

/// Compression threads by default, at most: each holds a deflate state (a few hundred KiB)
/// and a read buffer, and more threads than this outrun the disk and the upload anyway.
const MAX_DEFAULT_WORKERS: usize = 8;

/// Read buffer of each compression thread.
const WORKER_BUFFER: usize = 64 * 1024;

/// Compression threads [`write_zip`] uses: one per core, at least 1, at most 8.
pub fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, MAX_DEFAULT_WORKERS)
}

/// Writes the listing as a zip (files at the root, empty folders first, then the files in
/// listing order) into `out`. `level` is deflate's 0–9 (0: stored).
///
/// Entries are compressed in parallel, on [`default_workers`] threads, each entry on its own
/// into memory, and written by this thread strictly in listing order. Memory stays bounded
/// whatever the site: files above 4 MiB are not given to the threads but compressed here,
/// when their turn comes, streamed through a fixed buffer; the others are handed out in order
/// only while the entries taken and not yet written add up to at most 12 MiB of source bytes.
/// A compressed entry is at most its source size (plus deflate's 0.1 % on incompressible
/// data), so the entries held stay under about 12 MiB, transiently up to twice that while
/// their buffers grow; typical web files compress 3–5×, so a 10,000-file / 200 MB site holds
/// a few MiB. The alternative, compressing large files in chunks to a spill file, would only
/// speed up sites made of a few big files, at the cost of a second pass over the disk.
///
/// Compression cannot overlap the upload: the archive goes to S3 by a presigned PUT, which
/// needs its Content-Length up front, so the whole zip is written (to a temporary file) first.
pub fn write_zip(listing: &Listing, out: File, level: u32, progress: &dyn Progress) -> Result<File, ArchiveError> {
    write_zip_with(listing, out, level, default_workers(), progress)
}

/// [`write_zip`] with `workers` compression threads (at least 1).
pub fn write_zip_with(
    listing: &Listing,
    out: File,
    level: u32,
    workers: usize,
    progress: &dyn Progress,
) -> Result<File, ArchiveError> {
    zip_with_limits(listing, out, level, workers, LIMITS, progress).map(|(file, _)| file)
}

/// The archive, and the most bytes that were in flight at once (tests check the bound).
fn zip_with_limits(
    listing: &Listing,
    out: File,
    level: u32,
    workers: usize,
    limits: Limits,
    progress: &dyn Progress,
) -> Result<(File, u64), ArchiveError> {
    let mut zip = zip::ZipWriter::new(out);
    for dir in &listing.empty_dirs {
        zip.add_directory(dir.as_str(), SimpleFileOptions::default()).map_err(|e| io("zip", e))?;
    }
    let pool = Pool::new(&listing.files, level, limits);
    run_pool(&mut zip, &pool, workers, progress)?;
    let peak = pool.lock().peak;
    let file = zip.finish().map_err(|e| io("zip", e))?;
    Ok((file, peak))
}

/// How every file entry is stored: read-only for all, deflated at `level` (0: stored).
fn entry_options(level: u32, size: u64) -> SimpleFileOptions {
    let method = if level == 0 { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
    SimpleFileOptions::default()
        .compression_method(method)
        .compression_level((level > 0).then_some(level as i64))
        .large_file(size >= u32::MAX as u64)
        .unix_permissions(0o644)
}

fn open(f: &Entry) -> Result<File, ArchiveError> {
    File::open(&f.path).map_err(|e| io(&format!("cannot read {}", f.path.display()), e))
}

/// Runs the compression threads while this thread writes; every thread is joined before
/// returning, and an error stops them all.
fn run_pool(
    zip: &mut zip::ZipWriter<File>,
    pool: &Pool<'_>,
    workers: usize,
    progress: &dyn Progress,
) -> Result<(), ArchiveError> {
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers.max(1)).map(|_| s.spawn(move || pool.work(progress))).collect();
        let written = write_files(zip, pool, progress);
        // After an error, threads waiting for room in the budget would wait forever.
        pool.stop();
        let panicked = handles.into_iter().map(|h| h.join()).filter(Result::is_err).count();
        match written {
            Ok(()) if panicked > 0 => Err(broken_pool()),
            other => other,
        }
    })
}

fn broken_pool() -> ArchiveError {
    ArchiveError::Io("zip: a compression thread stopped unexpectedly".into())
}

/// Writes the files in listing order: compressed by the pool, or streamed here when large.
fn write_files(zip: &mut zip::ZipWriter<File>, pool: &Pool<'_>, progress: &dyn Progress) -> Result<(), ArchiveError> {
    for (i, f) in pool.files.iter().enumerate() {
        if pool.streamed(f) {
            zip.start_file(f.name.as_str(), entry_options(pool.level, f.size)).map_err(|e| io(&f.name, e))?;
            let mut src = open(f)?;
            let mut read = Md5::new();
            copy(&mut src, zip, progress, f.md5.is_some().then_some(&mut read)).map_err(|e| io(&f.name, e))?;
            still_as_hashed(f, read)?;
            continue;
        }
        let prepared = pool.wait_for(i)?;
        zip.add_prepared_file(prepared).map_err(|e| io(&f.name, e))?;
        pool.release(f);
    }
    Ok(())
}

/// Reads and compresses one entry into memory (it is at most [`Limits::stream_above`] bytes),
/// with its CRC and sizes, ready to be copied into the archive as is.
fn compress(
    f: &Entry,
    level: u32,
    buf: &mut [u8],
    progress: &dyn Progress,
) -> Result<zip::PreparedZipFile, ArchiveError> {
    let mut src = open(f)?;
    let mut builder =
        zip::write::ZipFileBuilder::new(f.name.as_str(), entry_options(level, f.size)).map_err(|e| io(&f.name, e))?;
    let mut read = Md5::new();
    copy_through(buf, &mut src, &mut builder, progress, f.md5.is_some().then_some(&mut read))
        .map_err(|e| io(&f.name, e))?;
    still_as_hashed(f, read)?;
    builder.finish().map_err(|e| io(&f.name, e))
}

/// Whether the bytes read of `f` (hashed into `read`) are those it had when hashed, if it was.
fn still_as_hashed(f: &Entry, read: Md5) -> Result<(), ArchiveError> {
    match &f.md5 {
        Some(hashed) if *hashed != hex::encode(read.finalize()) => Err(ArchiveError::Io(format!(
            "{} changed during the deploy (its bytes are no longer those hashed); deploy again",
            f.path.display()
        ))),
        _ => Ok(()),
    }
}

/// The entries handed to the compression threads, in listing order, and their results waiting
/// for the writer.
struct Pool<'a> {
    files: &'a [Entry],
    level: u32,
    limits: Limits,
    state: Mutex<PoolState>,
    changed: Condvar,
}

#[derive(Default)]
struct PoolState {
    /// The next entry a thread may take (streamed ones are skipped: the writer does them).
    next: usize,
    /// Bytes of the entries taken and not yet written, and the most there ever were.
    in_flight: u64,
    peak: u64,
    /// Compressed entries (or why not) waiting for their turn, by listing index.
    done: BTreeMap<usize, Result<zip::PreparedZipFile, ArchiveError>>,
    /// The writer is done (or gave up): threads take no more entries.
    stopped: bool,
    /// A thread panicked: the entry it held will never come.
    broken: bool,
}

impl<'a> Pool<'a> {
    fn new(files: &'a [Entry], level: u32, limits: Limits) -> Self {
        Pool { files, level, limits, state: Mutex::new(PoolState::default()), changed: Condvar::new() }
    }

    // Nothing is compressed or written under the lock, so a panicking thread leaves the
    // state whole: a poisoned lock is used as is.
    fn lock(&self) -> MutexGuard<'_, PoolState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'g>(&self, guard: MutexGuard<'g, PoolState>) -> MutexGuard<'g, PoolState> {
        self.changed.wait(guard).unwrap_or_else(|e| e.into_inner())
    }

    fn streamed(&self, f: &Entry) -> bool {
        f.size > self.limits.stream_above
    }

    /// A compression thread: takes entries in order until there are none left.
    fn work(&self, progress: &dyn Progress) {
        let _exit = WorkerExit(self);
        let mut buf = vec![0u8; WORKER_BUFFER];
        while let Some(i) = self.take() {
            let result = compress(&self.files[i], self.level, &mut buf, progress);
            self.lock().done.insert(i, result);
            self.changed.notify_all();
        }
    }

    /// The next entry to compress, once the budget has room for it; `None` when there is no
    /// more work.
    fn take(&self) -> Option<usize> {
        let mut st = self.lock();
        loop {
            while st.next < self.files.len() && self.streamed(&self.files[st.next]) {
                st.next += 1;
            }
            if st.stopped || st.next >= self.files.len() {
                return None;
            }
            let cost = self.files[st.next].size + ENTRY_COST;
            // Always room when nothing is in flight: the writer may be waiting for this very
            // entry (every earlier one is written), so refusing it would deadlock.
            if st.in_flight == 0 || st.in_flight + cost <= self.limits.in_flight {
                st.in_flight += cost;
                st.peak = st.peak.max(st.in_flight);
                st.next += 1;
                return Some(st.next - 1);
            }
            st = self.wait(st);
        }
    }

    /// Entry `i`, compressed, once a thread has done it.
    fn wait_for(&self, i: usize) -> Result<zip::PreparedZipFile, ArchiveError> {
        let mut st = self.lock();
        loop {
            if let Some(result) = st.done.remove(&i) {
                return result;
            }
            if st.broken {
                return Err(broken_pool());
            }
            st = self.wait(st);
        }
    }

    /// Entry `f` is in the archive: its bytes leave the budget.
    fn release(&self, f: &Entry) {
        self.lock().in_flight -= f.size + ENTRY_COST;
        self.changed.notify_all();
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }
}

/// Marks the pool broken when its thread panics, so the writer stops waiting for the entry
/// that thread held.
struct WorkerExit<'p, 'a>(&'p Pool<'a>);

impl Drop for WorkerExit<'_, '_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.lock().broken = true;
            self.0.changed.notify_all();
        }
    }
}

/// The MD5 (hex) of a file, streamed.
pub fn md5_file(path: &Path, progress: &dyn Progress) -> Result<String, ArchiveError> {
    let mut src = File::open(path).map_err(|e| io(&format!("cannot read {}", path.display()), e))?;
    let mut h = Md5::new();
    copy(&mut src, &mut std::io::sink(), progress, Some(&mut h)).map_err(|e| io(&path.display().to_string(), e))?;
    Ok(hex::encode(h.finalize()))
}

/// The MD5s (hex) of `files`, in their order, hashed on `workers` threads (at least 1). The
/// first file that cannot be read stops them all.
pub fn md5_files(files: &[Entry], workers: usize, progress: &dyn Progress) -> Result<Vec<String>, ArchiveError> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
    let (next, failed) = (AtomicUsize::new(0), AtomicBool::new(false));
    let work = || -> Result<Vec<(usize, String)>, ArchiveError> {
        let mut mine = Vec::new();
        while !failed.load(Relaxed) {
            let i = next.fetch_add(1, Relaxed);
            let Some(f) = files.get(i) else { break };
            let md5 = md5_file(&f.path, progress).inspect_err(|_| failed.store(true, Relaxed))?;
            mine.push((i, md5));
        }
        Ok(mine)
    };
    let done: Vec<_> = std::thread::scope(|s| {
        let threads: Vec<_> = (0..workers.max(1)).map(|_| s.spawn(work)).collect();
        threads
            .into_iter()
            .map(|t| t.join().unwrap_or_else(|_| Err(ArchiveError::Io("a hashing thread failed".into()))))
            .collect()
    });
    let mut md5s = vec![String::new(); files.len()];
    for part in done {
        for (i, md5) in part? {
            md5s[i] = md5;
        }
    }
    Ok(md5s)
}

/// Checks that a `.zip` given to deploy is a readable archive, and how many entries it has.
pub fn check_zip(path: &Path) -> Result<usize, ArchiveError> {
    let file = File::open(path).map_err(|e| io(&format!("cannot read {}", path.display()), e))?;
    let archive = zip::ZipArchive::new(file)
        .map_err(|e| ArchiveError::Refused(format!("{} is not a readable zip archive ({e})", path.display())))?;
    if archive.is_empty() {
        return Err(ArchiveError::Refused(format!("{} is an empty zip archive", path.display())));
    }
    // An entry named to land outside the site (`../x`, `/etc/x`, `a\..\x`) fails the job at
    // DEPLOY: said here, before anything is sent.
    let names = archive.file_names_raw().map(String::from_utf8_lossy);
    if let Some(bad) = names.into_iter().find(|name| !inside_the_site(name)) {
        return Err(ArchiveError::Refused(format!(
            "{} holds the entry \"{}\", a path that leaves the site (`..`, a leading `/` or a `\\`); rebuild the zip \
             from the site's folder",
            path.display(),
            crate::text::escape_controls(&bad)
        )));
    }
    Ok(archive.len())
}

/// A zip entry's name that stays a path inside the site.
fn inside_the_site(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains(['\\', '\0'])
        && name.trim_end_matches('/').split('/').all(|segment| !matches!(segment, "" | "." | ".."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deploy::Silent;

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in files {
            let p = dir.path().join(name);
            if name.ends_with('/') {
                std::fs::create_dir_all(&p).unwrap();
            } else {
                std::fs::create_dir_all(p.parent().unwrap()).unwrap();
                std::fs::write(p, body).unwrap();
            }
        }
        dir
    }

    #[test]
    fn litter_and_ignored_files_are_left_out() {
        let d = tree(&[
            ("index.html", "x"),
            (".git/HEAD", "ref"),
            (".DS_Store", ""),
            ("drafts/a.html", ""),
            (".amphostignore", "drafts/\n*.map\n"),
            ("app.js.map", ""),
            (".well-known/security.txt", "hi"),
            ("amphost.toml", "app = \"x\""),
            (".amphost/build/main/index.html", "built"),
            ("docs/amphost.toml", "an example"),
        ]);
        let l = list(d.path()).unwrap();
        let names: Vec<&str> = l.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, [".well-known/security.txt", "docs/amphost.toml", "index.html"]);
        assert!(!is_published(d.path(), "amphost.toml") && !is_published(d.path(), ".amphost/build/main/index.html"));
        assert!(is_published(d.path(), "docs/amphost.toml"));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_nothing_is_named_with_the_way_out() {
        let d = tree(&[("index.html", "x")]);
        std::fs::create_dir(d.path().join("sub")).unwrap();
        std::os::unix::fs::symlink("gone.txt", d.path().join("sub/rel.txt")).unwrap();
        match list(d.path()) {
            Err(ArchiveError::Refused(why)) => assert!(
                why.starts_with("sub/rel.txt is a symbolic link to gone.txt, which does not exist")
                    && why.contains(".amphostignore"),
                "{why}"
            ),
            other => panic!("{other:?}"),
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_ignore_file_that_is_no_regular_file_in_the_folder_is_refused_before_it_is_read() {
        let refused = |d: &tempfile::TempDir| match list(d.path()) {
            Err(ArchiveError::Refused(why)) => why,
            other => panic!("{:?}", other.map(|l| l.files.len())),
        };
        // A link to /dev/zero would fill memory; a FIFO would hang the walk.
        let d = tree(&[("index.html", "x"), ("sub/page.html", "y")]);
        std::os::unix::fs::symlink("/dev/zero", d.path().join("sub/.amphostignore")).unwrap();
        assert!(refused(&d).contains("outside the folder"), "{}", refused(&d));
        let d = tree(&[("index.html", "x")]);
        let fifo = d.path().join(".amphostignore");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert!(refused(&d).contains("must be a regular file of at most 1 MiB"), "{}", refused(&d));
        let d = tree(&[("index.html", "x")]);
        std::fs::write(d.path().join(".amphostignore"), vec![b'#'; 2 * 1024 * 1024]).unwrap();
        assert!(refused(&d).contains("at most 1 MiB"));
        // A parent's ignore file does not apply to the folder.
        let parent = tree(&[(".amphostignore", "*.html\n"), ("site/index.html", "x")]);
        assert_eq!(list(&parent.path().join("site")).unwrap().files.len(), 1);
    }

    #[test]
    fn zip_entries_that_leave_the_site_are_refused() {
        for good in ["index.html", "assets/app.js", "assets/", "a..b/c"] {
            assert!(inside_the_site(good), "{good}");
        }
        for bad in ["../x", "a/../../x", "/etc/passwd", "a\\..\\x", "./x", "a//b", ""] {
            assert!(!inside_the_site(bad), "{bad}");
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("slip.zip");
        let mut z = zip::ZipWriter::new(File::create(&path).unwrap());
        z.start_file("index.html", zip::write::SimpleFileOptions::default()).unwrap();
        z.start_file("../../evil.sh", zip::write::SimpleFileOptions::default()).unwrap();
        z.finish().unwrap();
        match check_zip(&path) {
            Err(ArchiveError::Refused(why)) => assert!(why.contains("\"../../evil.sh\""), "{why}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn preview_publishes_what_the_listing_holds() {
        let d = tree(&[
            ("index.html", "x"),
            (".git/config", "[core]"),
            ("drafts/a.html", ""),
            ("docs/keep.map", ""),
            ("docs/b.map", ""),
            (".amphostignore", "drafts/\n*.map\n"),
            ("docs/.amphostignore", "!keep.map\n"),
            ("notes/a.html", ""),
            ("notes/.amphostignore", "!a.html\n"),
            ("old/a.html", ""),
        ]);
        // `notes/` and `old/` are left out whole: a `!` below cannot bring a file back.
        std::fs::write(d.path().join(".amphostignore"), "drafts/\n*.map\nnotes/\nold/\n!old/a.html\n").unwrap();
        let listed: Vec<String> = list(d.path()).unwrap().files.into_iter().map(|f| f.name).collect();
        let rels =
            ["index.html", ".git/config", "drafts/a.html", "docs/keep.map", "docs/b.map", "notes/a.html", "old/a.html"];
        assert!(listed.iter().any(|n| n == "docs/keep.map"), "{listed:?}");
        for rel in rels {
            assert_eq!(is_published(d.path(), rel), listed.iter().any(|n| n == rel), "{rel} (listed: {listed:?})");
        }
    }

    #[test]
    fn secrets_and_a_top_folder_are_warned_about() {
        let d = tree(&[("dist/index.html", ""), ("dist/.env", "KEY=1")]);
        let l = list(d.path()).unwrap();
        assert_eq!(l.secrets, ["dist/.env"]);
        assert!(l.warnings.iter().any(|w| w.contains("only content is dist/")), "{:?}", l.warnings);
    }

    #[test]
    fn a_backslash_in_a_file_name_is_refused() {
        let dir = tree(&[("index.html", "x"), ("a\\b.html", "y")]);
        match list(dir.path()) {
            Err(ArchiveError::Refused(m)) => assert!(m.contains("backslash") && m.contains("a\\\\b.html"), "{m}"),
            other => panic!("expected a refusal, got {:?}", other.map(|l| l.files.len())),
        }
    }

    #[test]
    fn symlinks_leaving_the_folder_are_refused() {
        let outside = tree(&[("secret.txt", "s")]);
        let d = tree(&[("index.html", "")]);
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), d.path().join("link.txt")).unwrap();
        let e = list(d.path()).unwrap_err().to_string();
        assert!(e.contains("outside the folder"), "{e}");
        let inside = tree(&[("index.html", ""), ("real.txt", "r")]);
        std::os::unix::fs::symlink(inside.path().join("real.txt"), inside.path().join("alias.txt")).unwrap();
        assert_eq!(list(inside.path()).unwrap().files.len(), 3);
    }

    #[test]
    fn fifos_are_left_out_with_a_warning() {
        let d = tree(&[("index.html", "")]);
        let fifo = d.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        let l = list(d.path()).unwrap();
        assert_eq!(l.files.len(), 1);
        assert!(l.warnings.iter().any(|w| w.contains("pipe is not a regular file")), "{:?}", l.warnings);
    }

    #[test]
    fn the_zip_holds_files_at_the_root_with_empty_dirs_and_unicode_names() {
        let d = tree(&[("index.html", "<h1>hi</h1>"), ("a b/ü.txt", "u"), ("empty/", ""), ("deep/er/", "")]);
        let l = list(d.path()).unwrap();
        let tmp = tempfile::tempfile().unwrap();
        let file = write_zip(&l, tmp, 6, &Silent).unwrap();
        let mut z = zip::ZipArchive::new(file).unwrap();
        let mut names: Vec<String> = (0..z.len()).map(|i| z.by_index(i).unwrap().name().unwrap().to_string()).collect();
        names.sort();
        assert_eq!(names, ["a b/ü.txt", "deep/er/", "empty/", "index.html"]);
        let mut body = String::new();
        z.by_name("index.html").unwrap().read_to_string(&mut body).unwrap();
        assert_eq!(body, "<h1>hi</h1>");
    }

    /// Entries carrying the MD5 they were hashed with are zipped only while their bytes still
    /// have it: compressed by the pool (small) or streamed by the writer (large).
    #[test]
    fn a_file_no_longer_as_hashed_is_not_zipped() {
        let dir = site(&[100, 5 << 20]);
        let mut listing = list(dir.path()).unwrap();
        for f in &mut listing.files {
            f.md5 = Some(md5_file(&f.path, &Silent).unwrap());
        }
        let out = tempfile::tempfile().unwrap();
        assert!(write_zip(&listing, out, 6, &Silent).is_ok());
        for i in 0..listing.files.len() {
            let mut changed = listing.clone();
            changed.files[i].md5 = Some("0".repeat(32));
            let err = write_zip(&changed, tempfile::tempfile().unwrap(), 6, &Silent).unwrap_err().to_string();
            assert!(err.contains(&changed.files[i].name) && err.contains("changed during the deploy"), "{err}");
        }
    }

    /// Bytes that compress (a repeated sentence) and differ per file, so a swapped entry shows.
    fn body(i: usize, len: usize) -> Vec<u8> {
        format!("file {i} goes into the zip; ").into_bytes().into_iter().cycle().take(len).collect()
    }

    /// A folder of files of the given sizes over three subfolders, plus an empty folder.
    fn site(sizes: &[usize]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("empty")).unwrap();
        for (i, &len) in sizes.iter().enumerate() {
            let p = dir.path().join(format!("d{}/f{i:04}.txt", i % 3));
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, body(i, len)).unwrap();
        }
        dir
    }

    /// CRC-32 (IEEE), computed here so the archive's values are checked independently.
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in data {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    /// Reads the archive back: empty folders then files in listing order, each with the body,
    /// size, CRC and mode of the file on disk, stored or deflated as `level` asks.
    fn assert_round_trip(listing: &Listing, file: File, level: u32) {
        let mut z = zip::ZipArchive::new(file).unwrap();
        let dirs = listing.empty_dirs.iter().map(|d| format!("{d}/"));
        let expected: Vec<String> = dirs.chain(listing.files.iter().map(|f| f.name.clone())).collect();
        let names: Vec<String> = (0..z.len()).map(|i| z.by_index(i).unwrap().name().unwrap().to_string()).collect();
        assert_eq!(names, expected);
        let method = if level == 0 { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
        for (i, f) in listing.files.iter().enumerate() {
            let want = std::fs::read(&f.path).unwrap();
            let mut entry = z.by_index(listing.empty_dirs.len() + i).unwrap();
            assert_eq!(entry.compression(), method, "{}", f.name);
            assert_eq!(entry.size(), want.len() as u64, "{}", f.name);
            assert_eq!(entry.crc32(), crc32(&want), "{}", f.name);
            assert_eq!(entry.unix_mode().map(|m| m & 0o777), Some(0o644), "{}", f.name);
            if level == 9 && want.len() > 1000 {
                assert!(entry.compressed_size() < want.len() as u64 / 4, "{} not deflated", f.name);
            }
            let mut got = Vec::new();
            entry.read_to_end(&mut got).unwrap(); // the reader checks the CRC as well
            assert!(got == want, "{} differs", f.name);
        }
    }

    /// Sizes that make later entries finish before earlier ones, with empty files among them.
    fn mixed_sizes(n: usize) -> Vec<usize> {
        (0..n).map(|i| if i % 10 == 3 { 0 } else { (i * 7919) % 30_000 }).collect()
    }

    #[test]
    fn parallel_zip_keeps_listing_order_bodies_and_crcs_at_levels_0_and_9() {
        let d = site(&mixed_sizes(150));
        let l = list(d.path()).unwrap();
        assert_eq!(l.files.len(), 150);
        assert_eq!(l.empty_dirs, ["empty"]);
        for workers in [1, 4] {
            for level in [0, 9] {
                let file = write_zip_with(&l, tempfile::tempfile().unwrap(), level, workers, &Silent).unwrap();
                assert_round_trip(&l, file, level);
            }
        }
    }

    #[test]
    fn a_file_above_the_streaming_threshold_is_written_in_its_place() {
        let big = LIMITS.stream_above as usize + 100_000;
        let d = tree(&[("a.txt", "first"), ("c.txt", "")]);
        std::fs::write(d.path().join("b.bin"), body(7, big)).unwrap();
        let l = list(d.path()).unwrap();
        let names: Vec<&str> = l.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.bin", "c.txt"]);
        let file = write_zip_with(&l, tempfile::tempfile().unwrap(), 6, 3, &Silent).unwrap();
        assert_round_trip(&l, file, 6);
    }

    #[test]
    fn entries_in_flight_stay_within_the_budget() {
        // Small limits so the budget is hit often; some files are streamed by the writer.
        let limits = Limits { stream_above: 20_000, in_flight: 48 * 1024 };
        let d = site(&mixed_sizes(120));
        let l = list(d.path()).unwrap();
        assert!(l.files.iter().any(|f| f.size > limits.stream_above));
        let (file, peak) = zip_with_limits(&l, tempfile::tempfile().unwrap(), 6, 4, limits, &Silent).unwrap();
        assert!(peak > 0 && peak <= limits.in_flight, "peak {peak}");
        assert_round_trip(&l, file, 6);
    }

    struct Counted(std::sync::atomic::AtomicU64);

    impl Progress for Counted {
        fn advance(&self, n: u64) {
            self.0.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
        }
    }

    #[test]
    fn progress_counts_every_byte_read_by_workers_and_writer() {
        let limits = Limits { stream_above: 20_000, in_flight: 1 << 20 };
        let d = site(&mixed_sizes(60));
        let l = list(d.path()).unwrap();
        let counted = Counted(Default::default());
        zip_with_limits(&l, tempfile::tempfile().unwrap(), 1, 3, limits, &counted).unwrap();
        assert_eq!(counted.0.into_inner(), l.total_bytes);
    }

    #[test]
    fn files_hashed_in_parallel_keep_their_order_and_a_missing_one_is_named() {
        let dir = site(&mixed_sizes(40));
        let listing = list(dir.path()).unwrap();
        let one_by_one: Vec<String> = listing.files.iter().map(|f| md5_file(&f.path, &Silent).unwrap()).collect();
        assert_eq!(md5_files(&listing.files, 3, &Silent).unwrap(), one_by_one);
        std::fs::remove_file(&listing.files[17].path).unwrap();
        let err = md5_files(&listing.files, 3, &Silent).unwrap_err().to_string();
        assert!(err.contains(&listing.files[17].path.display().to_string()), "{err}");
    }

    #[test]
    fn a_file_gone_before_zipping_fails_naming_it_without_hanging() {
        let d = site(&mixed_sizes(100));
        let l = list(d.path()).unwrap();
        let gone = &l.files[57];
        std::fs::remove_file(&gone.path).unwrap();
        for workers in [1, 4] {
            match write_zip_with(&l, tempfile::tempfile().unwrap(), 6, workers, &Silent) {
                Err(ArchiveError::Io(m)) => assert!(m.contains(&gone.path.display().to_string()), "{m}"),
                other => panic!("expected a read error, got {:?}", other.map(|_| ())),
            }
        }
    }
}
