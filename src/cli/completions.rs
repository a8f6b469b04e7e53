//! `amphost completions SHELL`: shell completion scripts, generated from the clap tree.

use clap_complete::Shell;

/// The file each shell's script is committed as, under `completions/`.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "amphost.bash",
        Shell::Zsh => "_amphost",
        Shell::Fish => "amphost.fish",
        Shell::PowerShell => "_amphost.ps1",
        Shell::Elvish => "amphost.elv",
        _ => "amphost.completion",
    }
}

pub const SHELLS: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

/// The completion script for `shell`.
pub fn generate(shell: Shell) -> Vec<u8> {
    let mut cmd = super::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "amphost", &mut out);
    out
}
