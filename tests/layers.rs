//! The layers point down only: `cli` → `commands` → `api`/`render`/`deploy`/`preview` →
//! `model`, with `emulator` beside the client and never above it. This reads the sources and
//! fails on an import that points up, or on a terminal crate in the layers that must not know
//! of terminals.

use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let top = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    if top.is_file() {
        return vec![(top.clone(), std::fs::read_to_string(&top).unwrap())];
    }
    let mut stack = vec![top];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

/// Lines of `text` that use one of `modules` (as `crate::m` or `use m::` for crates).
fn uses(text: &str, needles: &[String]) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .filter(|l| needles.iter().any(|n| l.contains(n.as_str())))
        .map(|l| l.trim().to_string())
        .collect()
}

fn assert_no_uses(dirs: &[&str], needles: &[String], why: &str) {
    let mut found = Vec::new();
    for dir in dirs {
        for (path, text) in sources(dir) {
            for line in uses(&text, needles) {
                found.push(format!("{}: {line}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "{why}:\n{}", found.join("\n"));
}

fn crate_paths(modules: &[&str]) -> Vec<String> {
    modules.iter().map(|m| format!("crate::{m}")).collect()
}

#[test]
fn lower_layers_never_import_upper_ones() {
    assert_no_uses(
        &[
            "api",
            "model",
            "emulator",
            "build",
            "deploy",
            "doctor",
            "preview",
            "render",
            "rules",
            "exit.rs",
            "text.rs",
            "timefmt.rs",
        ],
        &crate_paths(&["cli", "commands"]),
        "a lower layer imports the CLI or the commands",
    );
    assert_no_uses(
        &["api", "model", "emulator", "build"],
        &crate_paths(&["render"]),
        "the API, the model, the emulator or the build imports the renderer",
    );
    // The DNS checks are plain data in and out: their command renders them.
    assert_no_uses(
        &["doctor"],
        &crate_paths(&["cli", "commands", "render"]),
        "the doctor imports the CLI, the commands or the renderer",
    );
    assert_no_uses(
        &["model", "text.rs", "timefmt.rs"],
        &crate_paths(&["api", "emulator", "deploy", "preview", "render", "exit"]),
        "the model or a neutral helper imports a user of it",
    );
}

#[test]
fn the_api_and_the_model_know_nothing_of_terminals() {
    let crates: Vec<String> = ["clap", "indicatif", "dialoguer", "comfy_table", "console"]
        .iter()
        .flat_map(|c| [format!("use {c}"), format!("{c}::")])
        .collect();
    assert_no_uses(
        &["api", "build", "doctor", "model"],
        &crates,
        "the API, the build, the doctor or the model imports a terminal crate",
    );
}

#[test]
fn the_checker_sees_an_upward_import() {
    let line = "use crate::cli::flags::kebab;";
    assert_eq!(uses(line, &crate_paths(&["cli"])).len(), 1);
    assert!(uses("// crate::cli is above", &crate_paths(&["cli"])).is_empty());
}

#[test]
fn output_goes_through_the_ui_streams() {
    // Data and messages are written through `render::ui::Streams` (the process's stdout and
    // stderr, or buffers in tests), so every command can be run and read in-process.
    let macros: Vec<String> =
        ["println!", "eprintln!", "print!(", "eprint!(", "dbg!("].iter().map(|m| m.to_string()).collect();
    let all =
        ["api", "build", "cli", "commands", "deploy", "doctor", "emulator", "model", "preview", "render", "rules"];
    assert_no_uses(&all, &macros, "printing around the UI's streams");
    let raw: Vec<String> = ["std::io::stdout()", "io::stdout().lock"].iter().map(|m| m.to_string()).collect();
    let not_ui = ["api", "build", "cli", "commands", "deploy", "doctor", "emulator", "model", "preview", "rules"];
    assert_no_uses(&not_ui, &raw, "writing to stdout around the UI's streams");
}

/// The module a source file defines: `src/emulator/ops/jobs.rs` is `emulator::ops::jobs`.
fn module_of(path: &Path) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = path.strip_prefix(&src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The modules a file refers to (`crate::a::b`, `super::c`), each cut to a module that exists.
fn references(module: &[String], text: &str, known: &[Vec<String>]) -> Vec<Vec<String>> {
    let re = regex::Regex::new(r"\b(crate|super)((?:::[a-z_][a-z0-9_]*)+)").unwrap();
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for c in re.captures_iter(line) {
            let mut path: Vec<String> = if &c[1] == "crate" { vec![] } else { module[..module.len() - 1].to_vec() };
            path.extend(c[2].split("::").filter(|s| !s.is_empty()).map(str::to_string));
            while !path.is_empty() && !known.contains(&path) {
                path.pop();
            }
            if !path.is_empty() {
                out.push(path);
            }
        }
    }
    out
}

#[test]
fn no_two_modules_import_each_other() {
    let files = sources(".");
    let known: Vec<Vec<String>> = files.iter().map(|(p, _)| module_of(p)).collect();
    let mut edges: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for (path, text) in &files {
        let from = module_of(path);
        for to in references(&from, text, &known) {
            // A module and its parents, or its children, belong together.
            if !to.starts_with(&from) && !from.starts_with(&to) && !edges.contains(&(from.clone(), to.clone())) {
                edges.push((from.clone(), to));
            }
        }
    }
    let mut cycles = Vec::new();
    for (a, b) in &edges {
        // b reaches a again (directly or through others)?
        let mut seen = vec![b.clone()];
        let mut stack = vec![b.clone()];
        while let Some(m) = stack.pop() {
            for (x, y) in edges.iter().filter(|(x, _)| *x == m) {
                let _ = x;
                if y == a {
                    cycles.push(format!("{} → {} → … → {}", a.join("::"), b.join("::"), a.join("::")));
                }
                if !seen.contains(y) {
                    seen.push(y.clone());
                    stack.push(y.clone());
                }
            }
        }
    }
    cycles.sort();
    cycles.dedup();
    assert!(cycles.is_empty(), "modules that import each other:\n{}", cycles.join("\n"));
}
