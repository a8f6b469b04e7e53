//! A folder as Amplify wants it: its files at the archive root, `.git` and OS litter left
//! out, `.amphostignore` (gitignore syntax) honoured, symlinks that leave the folder refused.

use super::Progress;
use md5::{Digest, Md5};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;

/// Never published: version control, OS and editor litter.
const LITTER: &[&str] = &[".git", ".hg", ".svn", ".DS_Store", "Thumbs.db", "desktop.ini", "__MACOSX", ".amphostignore"];

/// Files that usually hold secrets (keys, credentials, dotenv files): a deploy that would
/// publish one is refused unless the user says it is meant (`--allow-secrets`).
fn looks_secret(name: &str) -> bool {
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
}

/// What a folder holds to publish.
#[derive(Debug, Default)]
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
    let mut listing = Listing::default();
    let mut dirs: Vec<String> = Vec::new();
    for item in walker(&root) {
        let entry = item.map_err(|e| ArchiveError::Refused(format!("cannot read the folder: {e}")))?;
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
    ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(false)
        .follow_links(true)
        .add_custom_ignore_filename(".amphostignore")
        .filter_entry(|e| !LITTER.contains(&e.file_name().to_string_lossy().as_ref()))
        .sort_by_file_name(|a, b| a.cmp(b))
        .build()
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
    listing.files.push(Entry { name, path: path.to_path_buf(), size });
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
    mut md5: Option<&mut Md5>,
) -> std::io::Result<u64> {
    let mut buf = vec![0u8; 256 * 1024];
    let mut total = 0;
    loop {
        let n = from.read(&mut buf)?;
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

/// Writes the listing as a zip (files at the root) into `out`, streaming each file through a
/// fixed buffer: memory stays flat whatever the size. `level` is deflate's 0–9 (0: stored).
pub fn write_zip(listing: &Listing, out: File, level: u32, progress: &dyn Progress) -> Result<File, ArchiveError> {
    let mut zip = zip::ZipWriter::new(out);
    let method = if level == 0 { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
    for dir in &listing.empty_dirs {
        zip.add_directory(dir.as_str(), SimpleFileOptions::default()).map_err(|e| io("zip", e))?;
    }
    for f in &listing.files {
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .compression_level((level > 0).then_some(level as i64))
            .large_file(f.size >= u32::MAX as u64)
            .unix_permissions(0o644);
        zip.start_file(f.name.as_str(), options).map_err(|e| io(&f.name, e))?;
        let mut src = File::open(&f.path).map_err(|e| io(&format!("cannot read {}", f.path.display()), e))?;
        copy(&mut src, &mut zip, progress, None).map_err(|e| io(&f.name, e))?;
    }
    zip.finish().map_err(|e| io("zip", e))
}

/// The MD5 (hex) of a file, streamed.
pub fn md5_file(path: &Path, progress: &dyn Progress) -> Result<String, ArchiveError> {
    let mut src = File::open(path).map_err(|e| io(&format!("cannot read {}", path.display()), e))?;
    let mut h = Md5::new();
    copy(&mut src, &mut std::io::sink(), progress, Some(&mut h)).map_err(|e| io(&path.display().to_string(), e))?;
    Ok(hex::encode(h.finalize()))
}

/// Checks that a `.zip` given to deploy is a readable archive, and how many entries it has.
pub fn check_zip(path: &Path) -> Result<usize, ArchiveError> {
    let file = File::open(path).map_err(|e| io(&format!("cannot read {}", path.display()), e))?;
    let archive = zip::ZipArchive::new(file)
        .map_err(|e| ArchiveError::Refused(format!("{} is not a readable zip archive ({e})", path.display())))?;
    if archive.is_empty() {
        return Err(ArchiveError::Refused(format!("{} is an empty zip archive", path.display())));
    }
    Ok(archive.len())
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
        ]);
        let l = list(d.path()).unwrap();
        let names: Vec<&str> = l.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, [".well-known/security.txt", "index.html"]);
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
}
