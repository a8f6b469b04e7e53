//! The committed (static) completion scripts must match the CLI. After changing the CLI, refresh
//! them with `AMPHOST_BLESS=1 cargo test --test completions`. `amphost completions SHELL` prints
//! the dynamic registration (names completed too: `tests/completion_names.rs`).

mod common;
use common::{repo_root, Run};

#[test]
fn committed_completions_match_the_cli() {
    let home = tempfile::tempdir().unwrap();
    let bless = std::env::var_os("AMPHOST_BLESS").is_some();
    for (shell, file) in [
        ("bash", "amphost.bash"),
        ("zsh", "_amphost"),
        ("fish", "amphost.fish"),
        ("powershell", "_amphost.ps1"),
        ("elvish", "amphost.elv"),
    ] {
        let generated = Run::new(home.path()).run(&["completions", shell, "--static"]).ok().stdout;
        assert!(generated.contains("amphost") && generated.contains("emulator"), "{shell} script looks empty");
        // Taken for the AWS CLI's sake, never offered.
        assert!(!generated.contains("--no-cli-pager"), "{shell} script offers --no-cli-pager");
        let path = repo_root().join("completions").join(file);
        if bless {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is out of date with the CLI: run `AMPHOST_BLESS=1 cargo test --test completions` and commit the result"
        );
    }
}

#[test]
fn the_default_script_registers_dynamic_completion() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = Run::new(home.path()).run(&["completions", shell]).ok().stdout;
        assert!(script.contains("COMPLETE") && script.contains("amphost"), "{shell}:\n{script}");
    }
    // The same as the engine's own registration.
    let bash = Run::new(home.path()).run(&["completions", "bash"]).ok().stdout;
    let env = Run::new(home.path()).env("COMPLETE", "bash").run(&[]).ok().stdout;
    assert_eq!(bash, env);
}
