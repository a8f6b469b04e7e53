//! Where a site's files come from: a folder, a zip archive, or a map of paths to files (a
//! file-map deployment). Reads are streamed, so serving a large file keeps memory flat.

use super::rules::Files;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

pub trait Site: Files + Send + Sync {
    /// The file's size and a reader of its bytes.
    fn open(&self, path: &str) -> Option<(u64, Box<dyn Read + Send>)>;
}

/// A path inside the site, never outside it.
fn inside(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    p.components().all(|c| matches!(c, Component::Normal(_))).then(|| p.to_path_buf())
}

pub struct FolderSite {
    pub root: PathBuf,
}

impl Files for FolderSite {
    fn exists(&self, path: &str) -> bool {
        inside(path).is_some_and(|p| self.root.join(p).is_file())
    }
}

impl Site for FolderSite {
    fn open(&self, path: &str) -> Option<(u64, Box<dyn Read + Send>)> {
        let file = std::fs::File::open(self.root.join(inside(path)?)).ok()?;
        let size = file.metadata().ok()?.len();
        Some((size, Box::new(file)))
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
