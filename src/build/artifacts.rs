//! What a build leaves: its artifacts, collected into a clean output folder, and its cache,
//! kept between local runs.
//!
//! Both live in the project's `.amphost/` folder (which gets a `.gitignore` of `*`, so that
//! nothing of it is committed): `.amphost/build/<branch>/` for the artifacts, emptied before
//! each collection; `.amphost/cache/<app root>/` for the cache.
//!
//! **The cache** keeps what the spec's `cache.paths` globs match under the folder where the
//! commands run (`node_modules/**/*`), after a build that succeeded, replacing the previous
//! cache whole. Before the next build, files of the cache that are *missing* from the folder
//! are put back; files that are there are left alone (they are newer than the cache, or the
//! user's). Symbolic links are kept as links (`node_modules/.bin`). Paths outside the folder
//! (`~/.npm`, absolute ones, `$(…)`) are not kept: a local build does not write outside the
//! project.

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::{Path, PathBuf};

/// Why artifacts or the cache could not be handled.
#[derive(Debug, Clone, PartialEq)]
pub enum ArtifactError {
    /// `baseDirectory` does not exist after the build.
    NoBase(PathBuf),
    /// The globs matched no file.
    Nothing(PathBuf),
    /// `baseDirectory` is (or goes through) a link to a folder outside the repository.
    BaseOut(PathBuf),
    /// A selected file is a link to a file outside `baseDirectory` (deploy refuses those too).
    LinkOut {
        name: String,
        target: PathBuf,
    },
    Io(String),
}

impl std::fmt::Display for ArtifactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArtifactError::NoBase(p) => {
                write!(f, "the artifacts' baseDirectory {} does not exist after the build", p.display())
            }
            ArtifactError::Nothing(p) => write!(f, "artifacts.files matched no file in {}", p.display()),
            ArtifactError::BaseOut(target) => write!(
                f,
                "the artifacts' baseDirectory is a symlink to {}, outside the repository: it would publish that folder",
                target.display()
            ),
            ArtifactError::LinkOut { name, target } => write!(
                f,
                "artifact {name} is a symlink to {}, outside the artifacts' baseDirectory: it would publish that",
                target.display()
            ),
            ArtifactError::Io(m) => f.write_str(m),
        }
    }
}

fn io_error<'a>(what: &str, path: &'a Path) -> impl Fn(io::Error) -> ArtifactError + 'a {
    let what = what.to_string();
    move |e| ArtifactError::Io(format!("cannot {what} {}: {e}", path.display()))
}

/// The artifacts collected.
#[derive(Debug, Clone, PartialEq)]
pub struct Collected {
    pub files: usize,
    pub bytes: u64,
    /// With discard-paths: files that landed on the same name (`a/x.js and b/x.js`); the
    /// later one is kept.
    pub collisions: Vec<String>,
}

/// Folders never entered: the repository's and amphost's own (which holds the output).
const SKIPPED: &[&str] = &[".git", ".amphost"];

/// amphost's folder in a project, created with a `.gitignore` that keeps it out of the
/// repository.
/// Neither it nor its `build/` and `cache/` may be a symbolic link, since what is under them
/// is emptied and replaced (a link would have that done elsewhere).
pub fn state_dir(root: &Path) -> Result<PathBuf, ArtifactError> {
    let dir = root.join(".amphost");
    for folder in [&dir, &dir.join("build"), &dir.join("cache")] {
        refuse_link(folder)?;
    }
    std::fs::create_dir_all(&dir).map_err(io_error("create", &dir))?;
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, "# amphost's local builds and caches\n*\n").map_err(io_error("write", &ignore))?;
    }
    Ok(dir)
}

/// The project's build lock, held while a build runs: two builds at once would empty and fill
/// the same output and cache under each other (a cache left with part of its files).
pub struct BuildLock {
    _held: std::fs::File,
}

/// Takes the build lock of the state folder `dir` (`.amphost/`); refused while another build
/// of the project holds it. The lock ends with the process, however it ends.
pub fn lock_builds(dir: &Path) -> Result<BuildLock, ArtifactError> {
    let path = dir.join("build.lock");
    // A link there (a cloned repository can hold one) would create a file wherever it points.
    refuse_link(&path)?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io_error("open", &path))?;
    match file.try_lock() {
        Ok(()) => Ok(BuildLock { _held: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(ArtifactError::Io(format!(
            "another build of this project is running (it holds {}): wait for it to end, then build again",
            path.display()
        ))),
        Err(std::fs::TryLockError::Error(e)) => Err(io_error("lock", &path)(e)),
    }
}

/// A folder of amphost's own in the project that is a link is refused.
fn refuse_link(path: &Path) -> Result<(), ArtifactError> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(ArtifactError::Io(format!(
            "{} is a symbolic link: amphost writes its builds there, so it must be the project's own, not a \
             link to elsewhere; remove the link",
            path.display()
        )));
    }
    Ok(())
}

/// A file (or a symbolic link) found under a folder.
#[derive(Debug, Clone)]
struct Found {
    /// Its path under the folder, `/`-separated, as globs see it.
    name: String,
    /// The same as a path (exact, even for names that are not UTF-8).
    rel: PathBuf,
    path: PathBuf,
    link: bool,
}

/// Every file and symbolic link under `dir`, named from `prefix`. Folders in [`SKIPPED`] are
/// not entered, nor linked folders (a link may lead back up).
fn walk(dir: &Path, prefix: &Path, out: &mut Vec<Found>) -> io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?.collect::<Result<Vec<_>, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let file_name = entry.file_name();
        let rel = prefix.join(&file_name);
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if !SKIPPED.iter().any(|s| file_name == *s) {
                walk(&entry.path(), &rel, out)?;
            }
        } else if kind.is_file() || kind.is_symlink() {
            let name = rel.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/");
            out.push(Found { name, rel, path: entry.path(), link: kind.is_symlink() });
        }
    }
    Ok(())
}

/// [`walk`] for the artifacts: linked folders are followed as a deploy of the folder follows
/// them (their files are published under each link's name); one leading out of `base` is
/// refused, as is a loop (a link to a folder it is in), as a deploy refuses them. `above`:
/// the real folders the walk is in.
fn walk_artifacts(
    base: &Path,
    dir: &Path,
    prefix: &Path,
    above: &mut Vec<PathBuf>,
    files: &[String],
) -> Result<Vec<Found>, ArtifactError> {
    let mut here = Vec::new();
    walk(dir, prefix, &mut here).map_err(io_error("read", dir))?;
    let mut out = Vec::new();
    for f in here {
        let Some(target) = f.link.then(|| f.path.canonicalize().ok()).flatten().filter(|t| t.is_dir()) else {
            out.push(f);
            continue;
        };
        // A linked folder no glob reaches into (a `.venv/bin/python` beside `*.html`) is
        // neither followed nor refused: nothing of it would be published.
        if !could_select_below(files, &f.name) {
            continue;
        }
        if !target.starts_with(base) {
            return Err(ArtifactError::LinkOut { name: format!("{}/", f.name), target });
        }
        let real = f.path.parent().and_then(|p| p.canonicalize().ok()).unwrap_or_else(|| base.to_path_buf());
        if real.starts_with(&target) || above.contains(&target) {
            return Err(ArtifactError::Io(format!(
                "artifact {}/ is a symlink to {}, a folder it is in: a loop (a deploy refuses it too)",
                f.name,
                target.display()
            )));
        }
        above.push(target);
        out.extend(walk_artifacts(base, &f.path, &f.rel, above, files)?);
        above.pop();
    }
    Ok(out)
}

/// Whether one of the `files` globs could select a file under the folder `dir` (a
/// `/`-separated name): the folder's names match the glob's first components one for one (a
/// `**` matches any number), and the glob goes on below them. When unsure, yes.
fn could_select_below(files: &[String], dir: &str) -> bool {
    let names: Vec<&str> = dir.split('/').collect();
    files
        .iter()
        .map(|pattern| super::spec::relative(pattern))
        .any(|p| slash_in_braces(p) || reaches_below(&p.split('/').collect::<Vec<_>>(), &names))
}

/// `{a/b,c}`: a glob whose components cannot be told apart by its slashes.
fn slash_in_braces(pattern: &str) -> bool {
    let mut depth = 0usize;
    pattern.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        c == '/' && depth > 0
    })
}

fn reaches_below(parts: &[&str], names: &[&str]) -> bool {
    match (parts.split_first(), names.split_first()) {
        (Some((&"**", _)), _) => true,
        (Some(_), None) => true,
        (None, _) => false,
        (Some((part, parts)), Some((name, names))) => {
            let component = globset::GlobBuilder::new(part).literal_separator(true).build();
            component.map_or(true, |g| g.compile_matcher().is_match(name)) && reaches_below(parts, names)
        }
    }
}

/// One matcher of several globs.
fn matcher(patterns: &[String]) -> Result<globset::GlobSet, ArtifactError> {
    let mut set = globset::GlobSetBuilder::new();
    for p in patterns {
        set.add(super::spec::glob(p).map_err(|e| ArtifactError::Io(format!("{p:?} is not a valid glob: {e}")))?);
    }
    set.build().map_err(|e| ArtifactError::Io(format!("the globs cannot be used: {e}")))
}

/// Empties `dir` (created if missing).
fn reset(dir: &Path) -> Result<(), ArtifactError> {
    if dir.symlink_metadata().is_ok() {
        std::fs::remove_dir_all(dir).map_err(io_error("empty", dir))?;
    }
    std::fs::create_dir_all(dir).map_err(io_error("create", dir))
}

/// Copies what `rules` select into `out`, emptied first. Linked files are copied as files;
/// linked folders are followed (see [`walk_artifacts`]).
pub fn collect(rules: &super::ArtifactRules, out: &Path) -> Result<Collected, ArtifactError> {
    if !rules.base.is_dir() {
        return Err(ArtifactError::NoBase(rules.base.clone()));
    }
    // Where it leads, before anything of it is read (a link to `/` would be walked whole).
    let base = rules.base.canonicalize().map_err(io_error("read", &rules.base))?;
    let root = rules.root.canonicalize().map_err(io_error("read", &rules.root))?;
    if !base.starts_with(&root) {
        return Err(ArtifactError::BaseOut(base));
    }
    let set = matcher(&rules.files)?;
    let mut found = walk_artifacts(&base, &rules.base, Path::new(""), &mut Vec::new(), &rules.files)?;
    // A link to nothing is not a file to deploy.
    found.retain(|f| set.is_match(&f.name) && (!f.link || f.path.metadata().is_ok_and(|m| m.is_file())));
    // A link may point inside the folder; never outside it (as a deploy of a folder). Checked
    // before the previous output is emptied: a refused build leaves it whole.
    for f in found.iter().filter(|f| f.link) {
        let target = f.path.canonicalize().map_err(io_error("read", &f.path))?;
        if !target.starts_with(&base) {
            return Err(ArtifactError::LinkOut { name: f.name.clone(), target });
        }
    }
    reset(out)?;
    let mut placed: HashMap<PathBuf, String> = HashMap::new();
    let mut collected = Collected { files: 0, bytes: 0, collisions: Vec::new() };
    for f in &found {
        let dest = match (rules.discard_paths, f.rel.file_name()) {
            (true, Some(name)) => PathBuf::from(name),
            _ => f.rel.clone(),
        };
        match placed.insert(dest.clone(), f.name.clone()) {
            Some(before) => collected.collisions.push(format!("{before} and {}", f.name)),
            None => collected.files += 1,
        }
        collected.bytes += copy_file(&f.path, &out.join(&dest))?;
    }
    if collected.files == 0 {
        return Err(ArtifactError::Nothing(rules.base.clone()));
    }
    Ok(collected)
}

fn copy_file(from: &Path, to: &Path) -> Result<u64, ArtifactError> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(io_error("create", parent))?;
    }
    std::fs::copy(from, to).map_err(io_error("copy", from))
}

/// Copies a file, or recreates a symbolic link as a link.
fn copy_entry(f: &Found, to: &Path) -> Result<(), ArtifactError> {
    if !f.link {
        return copy_file(&f.path, to).map(|_| ());
    }
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(io_error("create", parent))?;
    }
    let target = std::fs::read_link(&f.path).map_err(io_error("read the link", &f.path))?;
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&target, to).map_err(io_error("create the link", to))
    }
    #[cfg(not(unix))]
    {
        let _ = target;
        copy_file(&f.path, to).map(|_| ())
    }
}

/// The cache's globs a local build can keep (relative, inside the folder), and the others.
pub fn usable_cache_paths(paths: &[String]) -> (Vec<String>, Vec<String>) {
    paths.iter().cloned().partition(|p| {
        let p = p.trim();
        !(p.starts_with('/') || p.starts_with('~') || p.contains('$') || p.split('/').any(|c| c == ".."))
    })
}

/// Where to look for what `pattern` matches: the folders before its first wildcard
/// (`node_modules/**/*` → `node_modules`); the pattern itself when it has none.
fn literal_prefix(pattern: &str) -> String {
    let p = super::spec::relative(pattern);
    match p.find(['*', '?', '[', '{']) {
        None => p.trim_end_matches('/').to_string(),
        Some(cut) => p[..cut].rfind('/').map_or(String::new(), |i| p[..i].to_string()),
    }
}

/// The globs of `paths`, a plain path also matching what is under it (`node_modules`).
fn cache_globs(paths: &[String]) -> Vec<String> {
    let mut globs = Vec::new();
    for p in paths {
        globs.push(p.clone());
        if !p.contains(['*', '?', '[', '{']) {
            globs.push(format!("{}/**", p.trim().trim_end_matches('/')));
        }
    }
    globs
}

/// What the cache globs match under `workdir`: each glob's folder is walked once.
fn cached_files(paths: &[String], workdir: &Path) -> Result<Vec<Found>, ArtifactError> {
    let set = matcher(&cache_globs(paths))?;
    let mut starts: Vec<String> = paths.iter().map(|p| literal_prefix(p)).collect();
    starts.sort();
    starts.dedup();
    let mut found: BTreeMap<String, Found> = BTreeMap::new();
    for start in &starts {
        let dir = workdir.join(start);
        let mut here = Vec::new();
        match dir.symlink_metadata() {
            Ok(m) if m.is_dir() => walk(&dir, Path::new(start), &mut here).map_err(io_error("read", &dir))?,
            Ok(m) if !start.is_empty() => here.push(Found {
                name: start.clone(),
                rel: PathBuf::from(start),
                path: dir.clone(),
                link: m.file_type().is_symlink(),
            }),
            _ => {}
        }
        for f in here.into_iter().filter(|f| set.is_match(&f.name)) {
            found.insert(f.name.clone(), f);
        }
    }
    Ok(found.into_values().collect())
}

/// After a build that succeeded: what the cache globs match under `workdir` becomes the cache
/// in `cache_dir` (written beside it, then swapped in: a failed save leaves the old cache).
/// Returns the number of files kept.
pub fn save_cache(paths: &[String], workdir: &Path, cache_dir: &Path) -> Result<usize, ArtifactError> {
    let files = cached_files(paths, workdir)?;
    let mut fresh = cache_dir.as_os_str().to_owned();
    fresh.push(".new");
    let fresh = PathBuf::from(fresh);
    reset(&fresh)?;
    for f in &files {
        copy_entry(f, &fresh.join(&f.rel))?;
    }
    if cache_dir.symlink_metadata().is_ok() {
        std::fs::remove_dir_all(cache_dir).map_err(io_error("replace", cache_dir))?;
    }
    std::fs::rename(&fresh, cache_dir).map_err(io_error("move the new cache to", cache_dir))?;
    Ok(files.len())
}

/// Before a build: the cached files missing under `workdir` are put back. Returns how many.
pub fn restore_cache(cache_dir: &Path, workdir: &Path) -> Result<usize, ArtifactError> {
    if !cache_dir.is_dir() {
        return Ok(0);
    }
    let mut files = Vec::new();
    walk(cache_dir, Path::new(""), &mut files).map_err(io_error("read", cache_dir))?;
    let mut restored = 0;
    for f in &files {
        let to = workdir.join(&f.rel);
        if to.symlink_metadata().is_err() {
            copy_entry(f, &to)?;
            restored += 1;
        }
    }
    Ok(restored)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_linked_folder_is_followed_only_where_a_glob_reaches_into_it() {
        let reaches = |glob: &str, dir: &str| super::could_select_below(&[glob.to_string()], dir);
        assert!(!reaches("*.html", "sub/etclink"));
        assert!(!reaches("*.{html,css}", ".venv"));
        assert!(!reaches("assets/*", "sub/link"));
        assert!(!reaches("sub/link", "sub/link"), "the link itself, not what is under it");
        assert!(reaches("**/*", "sub/etclink"));
        assert!(reaches("**/*.html", ".venv"));
        assert!(reaches("sub/*/*.js", "sub/link"));
        assert!(reaches("./sub/link/*", "sub/link"));
        assert!(reaches("{sub/link,x}/*", "sub/link"), "braces holding a slash: unsure, so yes");
    }

    use super::*;
    use crate::build::ArtifactRules;

    fn write(root: &Path, files: &[&str]) {
        for f in files {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, f.as_bytes()).unwrap();
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut found = Vec::new();
        walk(dir, Path::new(""), &mut found).unwrap();
        found.into_iter().map(|f| f.name).collect()
    }

    #[cfg(unix)]
    #[test]
    fn amphosts_folders_are_never_links_to_elsewhere() {
        let (project, elsewhere) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        std::os::unix::fs::symlink(elsewhere.path(), project.path().join(".amphost")).unwrap();
        let refused = state_dir(project.path()).unwrap_err().to_string();
        assert!(refused.contains("is a symbolic link"), "{refused}");
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0, "nothing written through the link");
        let project = tempfile::tempdir().unwrap();
        std::fs::create_dir(project.path().join(".amphost")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), project.path().join(".amphost/build")).unwrap();
        assert!(state_dir(project.path()).is_err());
        let fine = tempfile::tempdir().unwrap();
        assert_eq!(state_dir(fine.path()).unwrap(), fine.path().join(".amphost"));
        // Nor the build lock: opening it would create a file wherever the link points.
        let state = state_dir(fine.path()).unwrap();
        std::os::unix::fs::symlink(elsewhere.path().join("planted"), state.join("build.lock")).unwrap();
        assert!(lock_builds(&state).is_err());
        assert!(!elsewhere.path().join("planted").exists());
    }

    #[test]
    fn globs_select_files_and_discard_paths_flattens_them() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("dist");
        write(&base, &["index.html", "css/site.css", "js/app.js", "js/vendor/lib.js", "notes.md"]);
        let out = dir.path().join(".amphost/build/main");
        let rules = |files: &[&str], discard| ArtifactRules {
            root: dir.path().to_path_buf(),
            base: base.clone(),
            files: files.iter().map(|s| s.to_string()).collect(),
            discard_paths: discard,
        };
        let all = collect(&rules(&["**/*"], false), &out).unwrap();
        assert_eq!(all.files, 5);
        assert_eq!(names(&out), ["css/site.css", "index.html", "js/app.js", "js/vendor/lib.js", "notes.md"]);
        // A new collection starts clean: only what the globs select now.
        collect(&rules(&["*.html", "js/**/*.js"], true), &out).unwrap();
        assert_eq!(names(&out), ["app.js", "index.html", "lib.js"]);
        let none = collect(&rules(&["*.txt"], false), &out).unwrap_err();
        assert!(matches!(none, ArtifactError::Nothing(_)), "{none:?}");
        let missing = ArtifactRules { base: dir.path().join("nope"), ..rules(&["**/*"], false) };
        assert!(matches!(collect(&missing, &out), Err(ArtifactError::NoBase(_))));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_base_directory_is_refused_one_inside_is_copied() {
        let root = tempfile::tempdir().unwrap();
        write(root.path(), &["out/index.html", "secret.txt"]);
        std::os::unix::fs::symlink("index.html", root.path().join("out/home.html")).unwrap();
        let rules = super::super::ArtifactRules {
            root: root.path().to_path_buf(),
            base: root.path().join("out"),
            files: vec!["**/*".into()],
            discard_paths: false,
        };
        let dest = root.path().join("collected");
        assert_eq!(collect(&rules, &dest).unwrap().files, 2);
        std::os::unix::fs::symlink("../secret.txt", root.path().join("out/pw.txt")).unwrap();
        let err = collect(&rules, &dest).unwrap_err();
        assert!(matches!(&err, ArtifactError::LinkOut { name, .. } if name == "pw.txt"), "{err}");
        // The previous output is left whole, not emptied then half-filled.
        assert!(dest.join("index.html").is_file() && dest.join("home.html").exists());
        assert!(!dest.join("pw.txt").exists());
        // A baseDirectory that is a link out of the repository (made by a build command).
        let elsewhere = tempfile::tempdir().unwrap();
        write(elsewhere.path(), &["id_rsa"]);
        std::os::unix::fs::symlink(elsewhere.path(), root.path().join("dist")).unwrap();
        let linked = super::super::ArtifactRules { base: root.path().join("dist"), ..rules };
        assert!(matches!(collect(&linked, &dest), Err(ArtifactError::BaseOut(_))));
        assert!(!dest.join("id_rsa").exists());
    }

    /// A linked folder inside the base is published under each link's name, as a deploy of
    /// the folder publishes it (it was left out without a word); a loop and a linked folder
    /// out of the base are refused.
    #[cfg(unix)]
    #[test]
    fn linked_folders_are_followed_as_a_deploy_follows_them() {
        let root = tempfile::tempdir().unwrap();
        write(root.path(), &["dist/v1/page.html", "private/key.txt"]);
        std::os::unix::fs::symlink("v1", root.path().join("dist/latest")).unwrap();
        std::os::unix::fs::symlink("v1", root.path().join("dist/stable")).unwrap();
        let rules = super::super::ArtifactRules {
            root: root.path().to_path_buf(),
            base: root.path().join("dist"),
            files: vec!["**/*".into()],
            discard_paths: false,
        };
        let dest = root.path().join("collected");
        assert_eq!(collect(&rules, &dest).unwrap().files, 3, "every link to v1, as deploy publishes them");
        assert!(dest.join("latest/page.html").is_file() && dest.join("stable/page.html").is_file());
        assert!(dest.join("v1/page.html").is_file());
        std::os::unix::fs::symlink("..", root.path().join("dist/v1/up")).unwrap();
        assert!(collect(&rules, &dest).unwrap_err().to_string().contains("a loop"));
        std::fs::remove_file(root.path().join("dist/v1/up")).unwrap();
        std::os::unix::fs::symlink("../private", root.path().join("dist/keys")).unwrap();
        let err = collect(&rules, &dest).unwrap_err();
        assert!(matches!(&err, ArtifactError::LinkOut { name, .. } if name == "keys/"), "{err}");
    }

    #[test]
    fn discard_paths_says_which_files_landed_on_one_name() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), &["a/x.js", "b/x.js"]);
        let rules = ArtifactRules {
            root: dir.path().to_path_buf(),
            base: dir.path().to_path_buf(),
            files: vec!["**/*.js".into()],
            discard_paths: true,
        };
        let got = collect(&rules, &dir.path().join(".amphost/out")).unwrap();
        assert_eq!((got.files, got.collisions), (1, vec!["a/x.js and b/x.js".to_string()]));
    }

    #[test]
    fn the_cache_keeps_what_its_globs_match_and_puts_back_what_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let work = dir.path().join("app");
        write(&work, &["node_modules/a/index.js", "node_modules/b/x.js", ".next/cache/c", "src/main.js"]);
        #[cfg(unix)]
        std::os::unix::fs::symlink("../a/index.js", work.join("node_modules/b/link.js")).unwrap();
        let cache = dir.path().join(".amphost/cache/app");
        let paths = vec!["node_modules/**/*".to_string(), ".next/cache".to_string()];
        let kept = save_cache(&paths, &work, &cache).unwrap();
        assert_eq!(kept, if cfg!(unix) { 4 } else { 3 });
        assert!(!names(&cache).iter().any(|n| n.starts_with("src")));
        std::fs::remove_dir_all(work.join("node_modules/a")).unwrap();
        std::fs::write(work.join("node_modules/b/x.js"), "newer").unwrap();
        let restored = restore_cache(&cache, &work).unwrap();
        assert_eq!(restored, 1, "only the missing file");
        assert_eq!(std::fs::read_to_string(work.join("node_modules/a/index.js")).unwrap(), "node_modules/a/index.js");
        assert_eq!(std::fs::read_to_string(work.join("node_modules/b/x.js")).unwrap(), "newer");
        #[cfg(unix)]
        assert!(cache.join("node_modules/b/link.js").symlink_metadata().unwrap().file_type().is_symlink());
    }

    #[test]
    fn cache_paths_outside_the_folder_are_set_aside() {
        let paths: Vec<String> = ["node_modules/**/*", "~/.npm/**/*", "/usr/lib/x", "$(npm root -g)/**/*", "../up"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (usable, other) = usable_cache_paths(&paths);
        assert_eq!(usable, ["node_modules/**/*"]);
        assert_eq!(other.len(), 4);
        assert_eq!(literal_prefix("node_modules/**/*"), "node_modules");
        assert_eq!(literal_prefix("./.next/cache/"), ".next/cache");
        assert_eq!(literal_prefix("*.lock"), "");
    }
}
