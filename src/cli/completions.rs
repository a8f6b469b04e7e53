//! `amphost completions SHELL`: the shell's registration of dynamic completion (names of apps,
//! branches and jobs included: see `complete`), or with `--static`, the static script generated
//! from the clap tree (the files in `completions/`).

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

/// The registration script for `shell`: it calls amphost back with `COMPLETE=SHELL` at each
/// TAB, so that values (apps, branches, job IDs) are completed too. The program is the one
/// running, as it was invoked (the same as `COMPLETE=SHELL amphost` prints).
pub fn registration(shell: Shell) -> Vec<u8> {
    use clap_complete::env::EnvCompleter;
    let env: &dyn EnvCompleter = match shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
        Shell::PowerShell => &clap_complete::env::Powershell,
        Shell::Elvish => &clap_complete::env::Elvish,
        _ => return generate(shell),
    };
    let mut completer = std::env::args_os().next().map(std::path::PathBuf::from).unwrap_or_else(|| "amphost".into());
    if completer.components().count() > 1 {
        if let Ok(dir) = std::env::current_dir() {
            completer = dir.join(completer);
        }
    }
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = env.write_registration("COMPLETE", "amphost", "amphost", &completer.to_string_lossy(), &mut out);
    if shell == Shell::Bash {
        return quoting_names(&String::from_utf8_lossy(&out)).into_bytes();
    }
    out
}

/// What bash's registration adds to clap's: a candidate holding a character the shell reads
/// (`my site`) is quoted by readline as a file name would be: escaped on a bare word, as it is
/// inside a quote the user opened. clap's script puts candidates on the line as they are (`my
/// site` became two words).
const QUOTE_NAMES: &str = r#"
    local _amphost_candidate
    for _amphost_candidate in "${COMPREPLY[@]}"; do
        if [[ $_amphost_candidate == *[^-[:alnum:]_./:=@%+,]* ]]; then
            compopt -o filenames 2> /dev/null
            break
        fi
    done
}
"#;

fn quoting_names(script: &str) -> String {
    match script.split_once("\n    fi\n}\n") {
        Some((before, after)) => format!("{before}\n    fi{QUOTE_NAMES}{after}"),
        None => script.to_string(),
    }
}
