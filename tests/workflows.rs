//! The GitHub workflows and the action's metadata, which cannot run here: `actionlint` (the
//! README's test command installs it) over every workflow and over a workflow that uses the
//! action with each of its inputs; `action.yml`'s shape (a composite action whose outputs come
//! from its steps and whose steps run action/run.sh); the README's workflow examples; ShellCheck
//! over the shell scripts; and `.ci/run` running exactly the README's test command.

mod common;
use common::repo_root;
use serde_yaml_ng::Value;
use std::path::Path;
use std::process::Command;

/// `actionlint -oneline ARGS` in `dir`: its findings, one a line (empty when it passes).
fn actionlint(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("actionlint")
        .arg("-oneline")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("actionlint is installed (the README's test command installs it with pip)");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

fn workflows() -> Vec<String> {
    let dir = repo_root().join(".github/workflows");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect(".github/workflows exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml" || e == "yaml"))
        .map(|p| p.strip_prefix(repo_root()).unwrap().display().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn actionlint_finds_nothing_in_the_workflows() {
    let files = workflows();
    assert_eq!(files, [".github/workflows/ci.yml", ".github/workflows/release.yml"]);
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let (passed, findings) = actionlint(&repo_root(), &args);
    assert!(passed && findings.trim().is_empty(), "actionlint:\n{findings}");
}

fn action() -> Value {
    let text = std::fs::read_to_string(repo_root().join("action.yml")).unwrap();
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("action.yml is not YAML: {e}"))
}

fn keys(map: &Value) -> Vec<String> {
    map.as_mapping().map(|m| m.keys().filter_map(|k| k.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

const INPUTS: &[&str] = &[
    "path",
    "app",
    "branch",
    "create",
    "bucket",
    "message",
    "region",
    "version",
    "working-directory",
    "args",
    "comment",
];
const OUTPUTS: &[&str] = &["url", "job-id", "status"];

/// A workflow in a scratch repository that uses the action (`./`) with every input and reads
/// every output, and one that gives an input the action does not have: actionlint reads the
/// action's metadata for both, so it passes the first and must fail the second.
#[test]
fn actionlint_accepts_a_workflow_using_every_input_and_output_of_the_action() {
    let scratch = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(scratch.path().join(".git")).unwrap();
    std::fs::create_dir_all(scratch.path().join(".github/workflows")).unwrap();
    std::fs::copy(repo_root().join("action.yml"), scratch.path().join("action.yml")).unwrap();
    let with: String = keys(&action()["inputs"]).iter().map(|k| format!("          {k}: \"x\"\n")).collect();
    let reads: Vec<String> = OUTPUTS.iter().map(|o| format!("${{{{ steps.deploy.outputs.{o} }}}}")).collect();
    let workflow = |with: &str| {
        format!(
            "on: pull_request\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - id: deploy\n        uses: ./\n        with:\n{with}      - run: echo \"$OUT\"\n        env:\n          OUT: \"{}\"\n",
            reads.join(" ")
        )
    };
    let path = scratch.path().join(".github/workflows/use.yml");
    std::fs::write(&path, workflow(&with)).unwrap();
    let (passed, findings) = actionlint(scratch.path(), &[".github/workflows/use.yml"]);
    assert!(passed && findings.trim().is_empty(), "actionlint:\n{findings}");

    std::fs::write(&path, workflow(&format!("{with}          no-such-input: \"x\"\n"))).unwrap();
    let (passed, findings) = actionlint(scratch.path(), &[".github/workflows/use.yml"]);
    assert!(!passed && findings.contains("no-such-input"), "actionlint should refuse an unknown input:\n{findings}");
}

/// The first YAML code block of the README section headed `## TITLE`.
fn readme_yaml(title: &str) -> String {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let section =
        readme.split(&format!("\n## {title}\n")).nth(1).unwrap_or_else(|| panic!("no README section {title}"));
    let section = section.split("\n## ").next().unwrap();
    let block = section.split("```yaml\n").nth(1).unwrap_or_else(|| panic!("no yaml block in {title}"));
    block.split("```").next().unwrap().to_string()
}

/// The README's examples are workflows actionlint passes: the action's (with the action's own
/// metadata, so its inputs and outputs must be the action's), and the emulator's steps in a job.
#[test]
fn the_readme_workflow_examples_pass_actionlint() {
    let scratch = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(scratch.path().join(".git")).unwrap();
    std::fs::create_dir_all(scratch.path().join(".github/workflows")).unwrap();
    std::fs::copy(repo_root().join("action.yml"), scratch.path().join("action.yml")).unwrap();
    let action = readme_yaml("GitHub Action");
    assert!(action.contains("uses: amphost/amphost@v"), "{action}");
    let action = regex::Regex::new(r"amphost/amphost@v[0-9.]+").unwrap().replace_all(&action, "./").into_owned();
    std::fs::write(scratch.path().join(".github/workflows/action.yml"), action).unwrap();
    let steps = readme_yaml("The emulator in your CI");
    let job = format!("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n{steps}");
    std::fs::write(scratch.path().join(".github/workflows/emulator.yml"), job).unwrap();
    let (passed, findings) =
        actionlint(scratch.path(), &[".github/workflows/action.yml", ".github/workflows/emulator.yml"]);
    assert!(passed && findings.trim().is_empty(), "actionlint:\n{findings}");
}

/// `${{ steps.ID.outputs.NAME }}` → (ID, NAME).
fn step_output(expr: &str) -> Option<(String, String)> {
    let inner = expr.trim().strip_prefix("${{")?.strip_suffix("}}")?.trim();
    let rest = inner.strip_prefix("steps.")?;
    let (id, name) = rest.split_once(".outputs.")?;
    Some((id.to_string(), name.to_string()))
}

#[test]
fn action_yml_is_a_composite_action_whose_outputs_come_from_its_steps() {
    let action = action();
    assert!(action["name"].as_str().is_some_and(|n| !n.is_empty()), "action.yml needs a name");
    assert!(action["description"].as_str().is_some_and(|d| !d.is_empty()), "action.yml needs a description");
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));

    let inputs = keys(&action["inputs"]);
    for input in INPUTS {
        assert!(inputs.contains(&input.to_string()), "action.yml lacks the input {input}");
    }
    for input in &inputs {
        let spec = &action["inputs"][input.as_str()];
        assert!(spec["description"].as_str().is_some_and(|d| !d.is_empty()), "input {input} has no description");
        assert_ne!(spec["required"].as_bool(), Some(true), "input {input} should be optional (it has a default)");
    }

    let steps = action["runs"]["steps"].as_sequence().expect("runs.steps");
    let ids: Vec<&str> = steps.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(keys(&action["outputs"]), OUTPUTS);
    for output in OUTPUTS {
        let value = action["outputs"][*output]["value"].as_str().unwrap_or_default();
        let (id, name) =
            step_output(value).unwrap_or_else(|| panic!("output {output} is {value:?}, not a step's output"));
        assert!(ids.contains(&id.as_str()), "output {output} reads step {id}, which action.yml does not have");
        assert_eq!(id, "deploy");
        assert_eq!(&name, output, "output {output} reads {name}");
    }
}

/// Every step that runs a command runs action/run.sh with a subcommand the script has, with
/// `shell: bash`; every INPUT_* variable of a step is its input; every input reaches a step.
#[test]
fn the_action_steps_run_the_script_and_every_input_reaches_it() {
    let action = action();
    let script = std::fs::read_to_string(repo_root().join("action/run.sh")).unwrap();
    let inputs = keys(&action["inputs"]);
    let mut used: Vec<String> = Vec::new();
    for step in action["runs"]["steps"].as_sequence().unwrap() {
        if let Some(run) = step["run"].as_str() {
            assert_eq!(step["shell"].as_str(), Some("bash"), "{run}");
            let sub = run
                .strip_prefix("bash \"$GITHUB_ACTION_PATH/action/run.sh\" ")
                .unwrap_or_else(|| panic!("a step runs {run:?}, not action/run.sh"));
            assert!(script.contains(&format!("\n  {sub})")), "action/run.sh has no subcommand {sub}");
        } else {
            assert!(step["uses"].as_str().is_some(), "a step neither runs nor uses anything: {step:?}");
        }
        for (name, value) in step["env"].as_mapping().into_iter().flatten() {
            let (name, value) = (name.as_str().unwrap_or_default(), value.as_str().unwrap_or_default());
            for input in &inputs {
                if value.contains(&format!("inputs.{input} ")) {
                    used.push(input.clone());
                }
            }
            if let Some(input) = name.strip_prefix("INPUT_") {
                let expected = format!("${{{{ inputs.{} }}}}", input.to_ascii_lowercase().replace('_', "-"));
                assert_eq!(value, expected, "{name} should be its input");
            }
        }
    }
    for input in &inputs {
        assert!(used.contains(input), "the input {input} reaches no step");
    }
}

#[test]
fn the_shell_scripts_pass_shellcheck() {
    let benches = ["benches/app_list.sh", "benches/deploy.sh", "benches/incremental.sh", "tests/fuzz/run.sh"];
    for script in ["action/run.sh", "install.sh", ".ci/run"].into_iter().chain(benches) {
        let out = Command::new("shellcheck")
            .arg(script)
            .current_dir(repo_root())
            .output()
            .expect("shellcheck is installed (the README's test command installs it with pip)");
        assert!(out.status.success(), "shellcheck {script}:\n{}", String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn ci_runs_the_readme_test_command_then_packages_the_crate() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let command = readme
        .lines()
        .skip_while(|l| !l.starts_with("# 2. The whole test suite"))
        .find(|l| !l.starts_with('#'))
        .expect("the README's second command");
    assert!(command.ends_with("&& cargo test --locked"), "{command}");
    let ci = std::fs::read_to_string(repo_root().join(".ci/run")).unwrap();
    let lines: Vec<&str> = ci.lines().collect();
    let at = lines.iter().position(|l| *l == command).unwrap_or_else(|| panic!(".ci/run does not run {command:?}"));
    assert!(lines[at..].contains(&"cargo package --locked"), ".ci/run should package the crate after the tests");
}
