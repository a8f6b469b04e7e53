//! Where a site's files come from: a folder, a zip archive, or a map of paths to files (a
//! file-map deployment). Reads are streamed, so serving a large file keeps memory flat.

use super::rules::Files;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

pub trait Site: Files + Send + Sync {
    /// The file's size and a reader of its bytes.
    fn open(&self, path: &str) -> Option<(u64, Box<dyn Read + Send>)>;

    /// Why a file that is there is not served (for the request log), if it is not.
    fn refusal(&self, _path: &str) -> Option<String> {
        None
    }
}

/// A path inside the site, never outside it.
fn inside(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    p.components().all(|c| matches!(c, Component::Normal(_))).then(|| p.to_path_buf())
}

pub struct FolderSite {
    pub root: PathBuf,
    /// Serve files that look like they hold secrets (`.env`, keys), which a deploy refuses
    /// without `--allow-secrets`.
    pub allow_secrets: bool,
}

impl FolderSite {
    /// The folder served as its deploy would publish it: no secrets.
    pub fn new(root: PathBuf) -> FolderSite {
        FolderSite { root, allow_secrets: false }
    }

    fn secret(&self, path: &str) -> bool {
        // The file name as the disk reads the path (`\\` is a separator on Windows).
        let name = Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        !self.allow_secrets && crate::deploy::archive::looks_secret(&name)
    }

    /// Where `path` leads once symlinks are resolved: Ok inside the folder, Err (the target)
    /// outside it. `deploy` refuses links that leave the folder, so preview does not serve them.
    fn locate(&self, path: &str) -> Option<Result<PathBuf, PathBuf>> {
        let real = self.root.join(inside(path)?).canonicalize().ok()?;
        let root = self.root.canonicalize().ok()?;
        Some(if real.starts_with(&root) { Ok(real) } else { Err(real) })
    }

    /// A regular file inside the folder (a FIFO would block the server when opened) that a
    /// deploy of the folder would publish (not `.git/…`, not left out by `.amphostignore`).
    fn file(&self, path: &str) -> Option<PathBuf> {
        let published = |p: &PathBuf| p.is_file() && crate::deploy::archive::is_published(&self.root, path);
        self.locate(path)?.ok().filter(|p| published(p) && !self.secret(path))
    }
}

impl Files for FolderSite {
    fn exists(&self, path: &str) -> bool {
        self.file(path).is_some()
    }
}

impl Site for FolderSite {
    fn open(&self, path: &str) -> Option<(u64, Box<dyn Read + Send>)> {
        let file = std::fs::File::open(self.file(path)?).ok()?;
        let size = file.metadata().ok()?.len();
        Some((size, Box::new(file)))
    }

    fn refusal(&self, path: &str) -> Option<String> {
        match self.locate(path)? {
            Err(target) => Some(format!("/{path} leads to {}, outside the folder: not served", target.display())),
            Ok(real) if real.is_file() && !crate::deploy::archive::is_published(&self.root, path) => {
                Some(format!("/{path} is left out of deploys (litter, or .amphostignore): not served"))
            }
            Ok(real) if real.is_file() && self.secret(path) => Some(format!(
                "/{path} looks like it holds secrets, which a deploy refuses: not served (--allow-secrets serves it)"
            )),
            Ok(_) => None,
        }
    }
}

/// A zip archive: entries are listed once, and each read opens the archive anew.
pub struct ZipSite {
    path: PathBuf,
    names: BTreeSet<String>,
}

impl ZipSite {
    pub fn open_archive(path: &Path) -> Result<ZipSite, String> {
        let file = std::fs::File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        let zip = zip::ZipArchive::new(file).map_err(|e| format!("{} is not a zip archive: {e}", path.display()))?;
        let names =
            zip.file_names().filter_map(|n| n.ok()).filter(|n| !n.ends_with('/')).map(|n| n.into_owned()).collect();
        Ok(ZipSite { path: path.to_path_buf(), names })
    }

    /// The archive's files (folders left out), in name order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }
}

impl Files for ZipSite {
    fn exists(&self, path: &str) -> bool {
        self.names.contains(path)
    }
}

/// Reads a zip entry on its own thread into a bounded channel: an entry borrows its archive,
/// so it cannot be handed out as a reader directly.
struct ChannelReader {
    rx: std::sync::mpsc::Receiver<Vec<u8>>,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.buf.len() {
            match self.rx.recv() {
                Ok(chunk) => {
                    self.buf = chunk;
                    self.pos = 0;
                }
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

impl Site for ZipSite {
    fn open(&self, path: &str) -> Option<(u64, Box<dyn Read + Send>)> {
        if !self.names.contains(path) {
            return None;
        }
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&self.path).ok()?).ok()?;
        let size = zip.by_name(path).ok()?.size();
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(4);
        let name = path.to_string();
        std::thread::spawn(move || {
            let Ok(mut entry) = zip.by_name(&name) else { return };
            let mut chunk = vec![0u8; 256 * 1024];
            while let Ok(n) = entry.read(&mut chunk) {
                if n == 0 || tx.send(chunk[..n].to_vec()).is_err() {
                    return;
                }
            }
        });
        Some((size, Box::new(ChannelReader { rx, buf: Vec::new(), pos: 0 })))
    }
}

/// Site paths mapped to files on disk (a file-map deployment's uploads).
pub struct MapSite {
    pub files: BTreeMap<String, PathBuf>,
}

impl Files for MapSite {
    fn exists(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }
}

impl Site for MapSite {
    fn open(&self, path: &str) -> Option<(u64, Box<dyn Read + Send>)> {
        let file = std::fs::File::open(self.files.get(path)?).ok()?;
        let size = file.metadata().ok()?.len();
        Some((size, Box::new(file)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symlinks_out_of_the_folder_are_not_served_and_links_inside_are() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "s").unwrap();
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("real.txt"), "r").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), root.path().join("leak.txt")).unwrap();
        std::os::unix::fs::symlink(outside.path(), root.path().join("out")).unwrap();
        std::os::unix::fs::symlink(root.path().join("real.txt"), root.path().join("alias.txt")).unwrap();
        let site = FolderSite::new(root.path().to_path_buf());
        assert!(site.exists("alias.txt") && site.open("alias.txt").is_some());
        for escaping in ["leak.txt", "out/secret.txt"] {
            assert!(!site.exists(escaping) && site.open(escaping).is_none(), "{escaping}");
            assert!(site.refusal(escaping).is_some_and(|r| r.contains("outside the folder")), "{escaping}");
        }
        assert_eq!(site.refusal("real.txt"), None);
    }
}
