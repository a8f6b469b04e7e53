//! A deployment's zip composed from the previous one's (`deploy --bucket --zip`), so that a
//! redeploy uploads only what changed. A zip is its entries, then the central directory (one
//! record per entry: name, sizes, CRC, where its entry starts), then the end record. Entries
//! do not move, so the new archive is:
//!
//! ```text
//! [ the previous zip up to its central directory ]   copied inside S3 (UploadPartCopy)
//! [ the changed and new files' entries           ]   uploaded  ┐
//! [ a new central directory                      ]   uploaded  ├ the "tail"
//! [ the end record                               ]   uploaded  ┘
//! ```
//!
//! The new directory lists every file of the site in its order: an unchanged file's record
//! as it was (its entry is where it was), a changed or new one's pointing into the tail.
//! The previous versions of changed and removed files stay in the copied part unreferenced,
//! as after `zip -u`: readers go by the directory. They are counted, and once they would be
//! a quarter of the archive the zip is written whole again (see [`Composition::worth_it`]).
//!
//! The tail's entries are written by the same writer as a whole zip (`archive::write_zip`,
//! into a small zip of the changed files), then moved: a record's only position-dependent
//! field is its entry's offset. Archives that need ZIP64 (65,535 entries or 4 GiB) are not
//! composed.

use super::archive::{Entry, Listing};
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

/// Why an archive cannot be composed from another (the zip is then written whole).
#[derive(Debug, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct Unfit(pub String);

fn unfit(why: impl Into<String>) -> Unfit {
    Unfit(why.into())
}

/// How many bytes from the end of a zip hold its end record, whatever its comment.
pub const END_SEARCH: u64 = 22 + 65_535;
const END_SIG: u32 = 0x0605_4b50;
const ZIP64_LOCATOR_SIG: u32 = 0x0706_4b50;
const RECORD_SIG: u32 = 0x0201_4b50;
const RECORD_FIXED: usize = 46;
const NO_ZIP64: u32 = u32::MAX;

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Where a zip's central directory is: found in the last bytes of the archive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct End {
    pub directory_offset: u64,
    pub directory_size: u64,
    pub entries: usize,
}

/// The end record in `tail`, the last bytes of an archive of `total` bytes.
pub fn parse_end(tail: &[u8], total: u64) -> Result<End, Unfit> {
    let at = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(tail, i) == END_SIG)
        .ok_or_else(|| unfit("the previous zip has no end record"))?;
    if at >= 20 && u32_at(tail, at - 20) == ZIP64_LOCATOR_SIG {
        return Err(unfit("the previous zip is a ZIP64 archive"));
    }
    let end = End {
        directory_offset: u32_at(tail, at + 16) as u64,
        directory_size: u32_at(tail, at + 12) as u64,
        entries: u16_at(tail, at + 10) as usize,
    };
    let end_position = total - (tail.len() - at) as u64;
    if end.directory_offset + end.directory_size != end_position {
        return Err(unfit("the previous zip's central directory is not where its end record says"));
    }
    Ok(end)
}

/// One central-directory record, as found.
#[derive(Debug, Clone)]
struct Record {
    raw: Vec<u8>,
    /// Where its entry starts.
    offset: u32,
    /// About how many bytes its entry takes (header, name, data, descriptor).
    entry_len: u64,
}

/// An archive's central directory, by entry name.
pub struct Directory {
    records: HashMap<String, Record>,
    order: Vec<String>,
}

/// Reads the `entries` records of a central directory.
pub fn parse_directory(bytes: &[u8], entries: usize) -> Result<Directory, Unfit> {
    let damaged = || unfit("the previous zip's central directory is damaged");
    let (mut records, mut order, mut at) = (HashMap::new(), Vec::new(), 0usize);
    for _ in 0..entries {
        if at + RECORD_FIXED > bytes.len() || u32_at(bytes, at) != RECORD_SIG {
            return Err(damaged());
        }
        let (flags, compressed) = (u16_at(bytes, at + 8), u32_at(bytes, at + 20));
        let (name_len, extra_len) = (u16_at(bytes, at + 28) as usize, u16_at(bytes, at + 30) as usize);
        let len = RECORD_FIXED + name_len + extra_len + u16_at(bytes, at + 32) as usize;
        let offset = u32_at(bytes, at + 42);
        if at + len > bytes.len() {
            return Err(damaged());
        }
        if [compressed, u32_at(bytes, at + 24), offset].contains(&NO_ZIP64) {
            return Err(unfit("the previous zip has ZIP64 entries"));
        }
        let name = String::from_utf8(bytes[at + RECORD_FIXED..at + RECORD_FIXED + name_len].to_vec())
            .map_err(|_| unfit("the previous zip has an entry name that is not UTF-8"))?;
        let descriptor = if flags & 0x8 != 0 { 16 } else { 0 };
        let entry_len = 30 + (name_len + extra_len) as u64 + compressed as u64 + descriptor;
        order.push(name.clone());
        records.insert(name, Record { raw: bytes[at..at + len].to_vec(), offset, entry_len });
        at += len;
    }
    Ok(Directory { records, order })
}

/// A directory entry's name in a zip.
fn dir_name(dir: &str) -> String {
    format!("{}/", dir.trim_end_matches('/'))
}

/// What a composition keeps and what it writes anew.
pub struct Composition {
    /// Every entry of the new archive, in order: empty folders, then files.
    pub names: Vec<String>,
    /// What the tail holds: the changed and new files, and new empty folders.
    pub changed: Listing,
    pub reused: usize,
    /// The bytes of the previous archive's entries that stay referenced.
    live: u64,
}

impl Composition {
    /// Plans the new archive of `listing` from the previous one: a file is reused when the
    /// previous deployment's manifest gives it the same MD5 (`unchanged` says) and the
    /// previous zip has its entry.
    pub fn plan(listing: &Listing, old: &Directory, unchanged: impl Fn(&Entry) -> bool) -> Composition {
        let mut changed = Listing::default();
        let (mut names, mut reused, mut live) = (Vec::new(), 0, 0);
        for dir in &listing.empty_dirs {
            let name = dir_name(dir);
            if !old.records.contains_key(&name) {
                changed.empty_dirs.push(dir.clone());
            }
            names.push(name);
        }
        for file in &listing.files {
            match old.records.get(&file.name).filter(|_| unchanged(file)) {
                Some(record) => {
                    reused += 1;
                    live += record.entry_len;
                }
                None => {
                    changed.total_bytes += file.size;
                    changed.files.push(file.clone());
                }
            }
            names.push(file.name.clone());
        }
        Composition { names, changed, reused, live }
    }

    /// Whether composing pays: the previous zip's entries fill an S3 part (5 MiB at least),
    /// and the bytes no longer referenced stay under a quarter of the new archive.
    pub fn worth_it(&self, old_end: &End, tail_len: u64) -> Result<(), Unfit> {
        const MIN_PART: u64 = 5 * 1024 * 1024;
        let head = old_end.directory_offset;
        if head < MIN_PART {
            return Err(unfit("the previous zip is too small to be worth reusing"));
        }
        let dead = head.saturating_sub(self.live);
        if dead * 4 > head + tail_len {
            return Err(unfit("a quarter of the previous zip is out of date: writing it whole again"));
        }
        Ok(())
    }
}

/// Writes the tail to `out`: the entries of `small` (a zip of `plan.changed`), moved to start
/// at `old_end.directory_offset`, then the new central directory and end record. Returns the
/// tail's length.
pub fn write_tail(
    plan: &Composition,
    old: &Directory,
    old_end: &End,
    small: &Path,
    out: &mut impl Write,
) -> Result<u64, Unfit> {
    let io = |e: std::io::Error| unfit(format!("cannot write the new zip: {e}"));
    let mut file = std::fs::File::open(small).map_err(io)?;
    let (small_end, small_dir) = read_local_directory(&mut file)?;
    let base = old_end.directory_offset;
    let mut directory = Vec::new();
    for name in &plan.names {
        let record = small_dir.records.get(name).or_else(|| old.records.get(name));
        let record = record.ok_or_else(|| unfit(format!("no entry for {name} in either zip")))?;
        let mut raw = record.raw.clone();
        if small_dir.records.contains_key(name) {
            let moved = base + record.offset as u64;
            let moved = u32::try_from(moved)
                .ok()
                .filter(|o| *o != NO_ZIP64)
                .ok_or_else(|| unfit("the new zip would need ZIP64"))?;
            raw[42..46].copy_from_slice(&moved.to_le_bytes());
        }
        directory.extend_from_slice(&raw);
    }
    let entries_len = small_end.directory_offset;
    let directory_offset = base + entries_len;
    let end = end_record(plan.names.len(), directory.len() as u64, directory_offset)?;
    file.seek(SeekFrom::Start(0)).map_err(io)?;
    let copied = std::io::copy(&mut (&mut file).take(entries_len), out).map_err(io)?;
    if copied != entries_len {
        return Err(unfit("the zip of the changed files ended early"));
    }
    out.write_all(&directory).and_then(|_| out.write_all(&end)).map_err(io)?;
    Ok(entries_len + directory.len() as u64 + end.len() as u64)
}

/// The end record of an archive of `entries` whose directory of `size` bytes is at `offset`.
fn end_record(entries: usize, size: u64, offset: u64) -> Result<Vec<u8>, Unfit> {
    let too_big = || unfit("the new zip would need ZIP64");
    let entries = u16::try_from(entries).ok().filter(|n| *n != u16::MAX).ok_or_else(too_big)?;
    let size = u32::try_from(size).map_err(|_| too_big())?;
    let offset = u32::try_from(offset)
        .ok()
        .filter(|o| o.checked_add(size).is_some_and(|e| e != NO_ZIP64))
        .ok_or_else(too_big)?;
    let mut end = Vec::with_capacity(22);
    end.extend_from_slice(&END_SIG.to_le_bytes());
    end.extend_from_slice(&[0; 4]); // this disk, the directory's disk
    end.extend_from_slice(&entries.to_le_bytes());
    end.extend_from_slice(&entries.to_le_bytes());
    end.extend_from_slice(&size.to_le_bytes());
    end.extend_from_slice(&offset.to_le_bytes());
    end.extend_from_slice(&[0; 2]); // no comment
    Ok(end)
}

/// The end record and central directory of a zip on disk.
fn read_local_directory(file: &mut std::fs::File) -> Result<(End, Directory), Unfit> {
    let io = |e: std::io::Error| unfit(format!("cannot read the zip of the changed files: {e}"));
    let total = file.metadata().map_err(io)?.len();
    let tail_len = total.min(END_SEARCH);
    let mut tail = vec![0; tail_len as usize];
    file.seek(SeekFrom::Start(total - tail_len)).map_err(io)?;
    file.read_exact(&mut tail).map_err(io)?;
    let end = parse_end(&tail, total)?;
    let mut directory = vec![0; end.directory_size as usize];
    file.seek(SeekFrom::Start(end.directory_offset)).map_err(io)?;
    file.read_exact(&mut directory).map_err(io)?;
    Ok((end, parse_directory(&directory, end.entries)?))
}

impl Directory {
    /// The entries' names, in the archive's order.
    pub fn names(&self) -> &[String] {
        &self.order
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deploy::archive::{self, list};
    use crate::deploy::Silent;

    fn write(root: &Path, files: &[(&str, &str)]) {
        for (name, body) in files {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, body).unwrap();
        }
    }

    fn zip_of(listing: &Listing) -> Vec<u8> {
        let out = tempfile::tempfile().unwrap();
        let mut file = archive::write_zip_with(listing, out, 6, 1, &Silent).unwrap();
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(0)).unwrap();
        file.read_to_end(&mut bytes).unwrap();
        bytes
    }

    fn directory_of(zip: &[u8]) -> (End, Directory) {
        let tail = &zip[zip.len().saturating_sub(END_SEARCH as usize)..];
        let end = parse_end(tail, zip.len() as u64).unwrap();
        let at = end.directory_offset as usize;
        let dir = parse_directory(&zip[at..at + end.directory_size as usize], end.entries).unwrap();
        (end, dir)
    }

    /// The previous zip's head and a tail for `listing`, concatenated; and the plan.
    fn compose(old_zip: &[u8], listing: &Listing, unchanged: &[&str]) -> (Vec<u8>, Composition) {
        let (end, old) = directory_of(old_zip);
        let plan = Composition::plan(listing, &old, |e| unchanged.contains(&e.name.as_str()));
        let small = tempfile::NamedTempFile::new().unwrap();
        archive::write_zip_with(&plan.changed, small.reopen().unwrap(), 6, 1, &Silent).unwrap();
        let mut tail = Vec::new();
        let len = write_tail(&plan, &old, &end, small.path(), &mut tail).unwrap();
        assert_eq!(len, tail.len() as u64);
        let mut composed = old_zip[..end.directory_offset as usize].to_vec();
        composed.extend_from_slice(&tail);
        (composed, plan)
    }

    fn contents(zip: &[u8]) -> Vec<(String, String)> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.to_vec())).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut f = archive.by_index(i).unwrap();
                let mut body = String::new();
                f.read_to_string(&mut body).unwrap();
                (f.name().unwrap().to_string(), body)
            })
            .collect()
    }

    #[test]
    fn a_composed_zip_holds_the_new_site_in_order_with_unchanged_entries_in_place() {
        let site = tempfile::tempdir().unwrap();
        write(site.path(), &[("index.html", "<h1>one</h1>"), ("a/keep.css", "body{}"), ("a/gone.js", "1")]);
        std::fs::create_dir_all(site.path().join("empty")).unwrap();
        let old_zip = zip_of(&list(site.path()).unwrap());

        std::fs::remove_file(site.path().join("a/gone.js")).unwrap();
        write(site.path(), &[("index.html", "<h1>two</h1>"), ("b/new.txt", "new")]);
        std::fs::create_dir_all(site.path().join("also-empty")).unwrap();
        let listing = list(site.path()).unwrap();
        let (composed, plan) = compose(&old_zip, &listing, &["a/keep.css"]);

        assert_eq!(plan.reused, 1);
        assert_eq!(plan.changed.files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["b/new.txt", "index.html"]);
        assert_eq!(plan.changed.empty_dirs, ["also-empty"]);
        let got = contents(&composed);
        let expected = contents(&zip_of(&listing));
        assert_eq!(got, expected, "the composed zip reads as a zip of the new folder");
        // The unchanged entry's record is the old one, byte for byte: its entry did not move.
        let (_, old) = directory_of(&old_zip);
        let (_, new) = directory_of(&composed);
        assert_eq!(new.records["a/keep.css"].raw, old.records["a/keep.css"].raw);
        assert_eq!(new.names(), listing_names(&listing));
    }

    fn listing_names(listing: &Listing) -> Vec<String> {
        listing.empty_dirs.iter().map(|d| dir_name(d)).chain(listing.files.iter().map(|f| f.name.clone())).collect()
    }

    #[test]
    fn python_reads_a_composed_zip_and_its_crcs_check() {
        let site = tempfile::tempdir().unwrap();
        let files: Vec<(String, String)> =
            (0..40).map(|i| (format!("p/{i}.html"), format!("page {i} ").repeat(50))).collect();
        let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        write(site.path(), &refs);
        let old_zip = zip_of(&list(site.path()).unwrap());
        write(site.path(), &[("p/3.html", "changed"), ("p/30.html", "changed too")]);
        let listing = list(site.path()).unwrap();
        let keep: Vec<&str> =
            files.iter().map(|(n, _)| n.as_str()).filter(|n| *n != "p/3.html" && *n != "p/30.html").collect();
        let (composed, _) = compose(&old_zip, &listing, &keep);
        let path = site.path().join("composed.zip");
        std::fs::write(&path, &composed).unwrap();
        let check = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(z.read('p/3.html').decode(), len(z.namelist()))";
        let out = std::process::Command::new("python3").args(["-c", check]).arg(&path).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "changed 40");
    }

    #[test]
    fn stale_bytes_past_a_quarter_or_a_head_under_a_part_are_not_composed() {
        let end = |head: u64| End { directory_offset: head, directory_size: 0, entries: 0 };
        let plan = |live: u64| Composition { names: vec![], changed: Listing::default(), reused: 0, live };
        const MIB: u64 = 1 << 20;
        assert!(plan(8 * MIB).worth_it(&end(8 * MIB), MIB).is_ok());
        assert!(plan(7 * MIB).worth_it(&end(8 * MIB), MIB).is_ok());
        assert!(plan(5 * MIB).worth_it(&end(8 * MIB), 0).is_err(), "3 MiB stale of 8");
        assert!(plan(4 * MIB).worth_it(&end(4 * MIB), MIB).is_err(), "under S3's 5 MiB part minimum");
    }

    #[test]
    fn broken_or_zip64_ends_are_unfit() {
        assert!(parse_end(b"no end record here at all, nothing", 34).is_err());
        let mut end = end_record(3, 10, 100).unwrap();
        assert_eq!(parse_end(&end, 132).unwrap(), End { directory_offset: 100, directory_size: 10, entries: 3 });
        assert!(parse_end(&end, 140).is_err(), "a directory not where the end says");
        let mut locator = ZIP64_LOCATOR_SIG.to_le_bytes().to_vec();
        locator.extend_from_slice(&[0; 16]);
        locator.append(&mut end);
        assert_eq!(parse_end(&locator, 152), Err(unfit("the previous zip is a ZIP64 archive")));
        assert!(end_record(70_000, 10, 100).is_err());
        assert!(parse_directory(&[0; 50], 1).is_err());
    }
}
