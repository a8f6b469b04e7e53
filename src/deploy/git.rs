//! The git state of a deployed folder, for its manifest: the commit checked out and whether
//! the working tree has changes. Asked of `git` itself; no repository, or no git, is `None`.

use super::manifest::GitState;
use std::path::Path;
use std::process::{Command, Stdio};

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out =
        Command::new("git").arg("-C").arg(dir).args(args).stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

pub fn state(dir: &Path) -> Option<GitState> {
    let commit = git(dir, &["rev-parse", "HEAD"]).filter(|c| !c.is_empty())?;
    let dirty = git(dir, &["status", "--porcelain"]).is_some_and(|s| !s.is_empty());
    Some(GitState { commit, dirty })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_folder_outside_any_repository_has_no_git_state() {
        let dir = tempfile::tempdir().unwrap();
        // A temporary folder may sit inside a repository on some machines; only check when not.
        if super::git(dir.path(), &["rev-parse", "--show-toplevel"]).is_none() {
            assert_eq!(super::state(dir.path()), None);
        }
    }
}
