//! Environment as code, end to end against the emulator: `app env import|export|diff` and the
//! same verbs under `branch env`. Import merges (or, with --replace, removes and names what the
//! file lacks); export round-trips through import; diff names keys, never values; a malformed
//! file is refused with FILE:LINE before any request.

mod common;
use common::{Emulator, Output};
use serde_json::{json, Value};

/// Writes `text` to `name` in the test's dir; its path.
fn file(emu: &Emulator, name: &str, text: &str) -> String {
    let path = emu.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

fn app_env(emu: &Emulator, app: &str) -> Value {
    emu.amphost().json(&["app", "env", "list", "--app", app])["environmentVariables"].clone()
}

fn branch_env(emu: &Emulator, app: &str, branch: &str) -> Value {
    emu.amphost().json(&["branch", "env", "list", "--app", app, "--branch", branch])["environmentVariables"].clone()
}

/// Runs amphost without `--debug` (its traces show request bodies, values included).
fn quiet_run(emu: &Emulator, args: &[&str]) -> Output {
    emu.amphost().env_remove("AMPHOST_DEBUG").run(args)
}

fn assert_hidden(out: &Output, values: &[&str]) {
    for v in values {
        assert!(!out.stdout.contains(v), "stdout shows the value {v:?}:\n{}", out.stdout);
        assert!(!out.stderr.contains(v), "stderr shows the value {v:?}:\n{}", out.stderr);
    }
}

#[test]
fn import_merges_and_keeps_the_variables_the_file_does_not_name() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "site", "--env", "KEEP=1", "--env", "CHANGE=old", "--env", "SAME=s"]);
    let env = file(&emu, "prod.env", "# production\nCHANGE=new\nADDED='two words'\nexport SAME=s\n");
    let out = emu.amphost().run(&["-o", "json", "app", "env", "import", "--app", "site", &env]).ok();
    assert_eq!(
        out.json()["environmentVariables"],
        json!({"KEEP": "1", "CHANGE": "new", "ADDED": "two words", "SAME": "s"})
    );
    assert!(out.stderr.contains("added ADDED; changed CHANGE; 1 unchanged"), "{}", out.stderr);
    assert!(!out.stderr.contains("Removed"), "{}", out.stderr);
    assert_eq!(app_env(&emu, "site"), json!({"KEEP": "1", "CHANGE": "new", "ADDED": "two words", "SAME": "s"}));

    // Again: nothing to change, nothing written.
    let before = emu.request_count();
    let out = emu.amphost().run(&["-o", "json", "app", "env", "import", "--app", "site", &env]).ok();
    assert!(out.stderr.contains("Nothing to change"), "{}", out.stderr);
    // ListApps (the name), GetApp: no UpdateApp.
    assert_eq!(emu.request_count() - before, 2);
}

#[test]
fn replace_removes_the_others_and_says_which() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "site", "--env", "OLD_A=1", "--env", "OLD_B=2", "--env", "KEPT=k"]);
    let env = file(&emu, "only.env", "KEPT=k\nNEW=n\n");
    let out = emu.amphost().run(&["-o", "json", "app", "env", "import", "--app", "site", &env, "--replace"]).ok();
    assert_eq!(out.json()["environmentVariables"], json!({"KEPT": "k", "NEW": "n"}));
    assert!(out.stderr.contains("Removed (not in"), "{}", out.stderr);
    assert!(out.stderr.contains("OLD_A, OLD_B"), "{}", out.stderr);
    assert_eq!(app_env(&emu, "site"), json!({"KEPT": "k", "NEW": "n"}));
}

#[test]
fn export_round_trips_through_import_into_another_app() {
    let emu = Emulator::start();
    let values = [
        ("SPACES", " with  spaces "),
        ("HASH", "a#b # not a comment"),
        ("QUOTES", "it's \"quoted\" and 'single'"),
        ("EQUALS", "a=b=c"),
        ("UNICODE", "ünïcödé ✓ 日本語 🚀"),
        ("DOLLARS", "$HOME and ${PATH} stay literal"),
        ("BACKSLASH", "back\\slash\\"),
        ("NEWLINES", "line one\nline two"),
        ("URL", "https://example.com/a?b=c&d=e"),
        ("EMPTY", ""),
    ];
    let pairs: Vec<String> = values.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut args = vec!["app", "create", "source"];
    for p in &pairs {
        args.extend(["--env", p.as_str()]);
    }
    emu.amphost().json(&args);
    let want = Value::Object(values.iter().map(|(k, v)| (k.to_string(), json!(v))).collect());
    assert_eq!(app_env(&emu, "source"), want);

    let out = emu.amphost().run(&["app", "env", "export", "--app", "source"]).ok();
    let names: Vec<&str> = out.stdout.lines().map(|l| l.split('=').next().unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "sorted by name:\n{}", out.stdout);
    assert_eq!(names.len(), values.len(), "one line a variable:\n{}", out.stdout);
    assert!(out.stderr.contains("Exported 10 variables of app source"), "{}", out.stderr);
    let exported = file(&emu, "exported.env", &out.stdout);

    emu.amphost().json(&["app", "create", "copy"]);
    emu.amphost().run(&["app", "env", "import", "--app", "copy", &exported]).ok();
    assert_eq!(app_env(&emu, "copy"), want);
    // And the file is what the copy holds.
    quiet_run(&emu, &["app", "env", "diff", "--app", "copy", &exported]).ok();
}

#[test]
fn export_json_is_one_object_sorted_by_name() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "site", "--env", "B=2", "--env", "A=one \"1\"", "--env", "C="]);
    let out = emu.amphost().run(&["app", "env", "export", "--app", "site", "--format", "json"]).ok();
    let v = out.json();
    assert_eq!(v, json!({"A": "one \"1\"", "B": "2", "C": ""}));
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["A", "B", "C"]);
    // Any case, as the other enum values.
    let again = emu.amphost().run(&["app", "env", "export", "--app", "site", "--format", "JSON"]).ok();
    assert_eq!(again.json(), v);
}

#[test]
fn diff_names_keys_never_values_and_exits_like_diff() {
    let emu = Emulator::start();
    let secrets = ["zq-app-secret-8841", "zq-file-secret-5512", "zq-gone-secret-3310", "zq-added-secret-7007"];
    emu.amphost().json(&[
        "app",
        "create",
        "site",
        "--env",
        "CHANGED=zq-app-secret-8841",
        "--env",
        "SAME=same",
        "--env",
        "GONE=zq-gone-secret-3310",
    ]);
    let env = file(&emu, "diff.env", "ADDED=zq-added-secret-7007\nCHANGED=zq-file-secret-5512\nSAME=same\n");

    let out = quiet_run(&emu, &["-o", "json", "app", "env", "diff", "--app", "site", &env]);
    assert_eq!(out.code, 1, "differences exit 1\nstdout:\n{}\nstderr:\n{}", out.stdout, out.stderr);
    assert_eq!(
        out.json()["changes"],
        json!([
            {"change": "+", "name": "ADDED"},
            {"change": "~", "name": "CHANGED"},
            {"change": "-", "name": "GONE"},
        ])
    );
    assert!(out.stderr.contains("values are not shown"), "{}", out.stderr);
    assert!(!out.stderr.contains("error:"), "a difference is not an error:\n{}", out.stderr);
    assert_hidden(&out, &secrets);
    for format in ["table", "text"] {
        let out = quiet_run(&emu, &["-o", format, "app", "env", "diff", "--app", "site", &env]);
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        for name in ["ADDED", "CHANGED", "GONE"] {
            assert!(out.stdout.contains(name), "{format}:\n{}", out.stdout);
        }
        assert!(!out.stdout.contains("SAME"), "{format}:\n{}", out.stdout);
        assert_hidden(&out, &secrets);
    }

    // Only removals: the table keeps its marker column (a `-` marker is not "no value").
    let fewer = file(&emu, "fewer.env", "SAME=same\nCHANGED=zq-app-secret-8841\n");
    let out = quiet_run(&emu, &["-o", "table", "app", "env", "diff", "--app", "site", &fewer]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let lines: Vec<Vec<&str>> = out.stdout.lines().map(|l| l.split_whitespace().collect()).collect();
    assert_eq!(lines, [vec!["CHANGE", "NAME"], vec!["-", "GONE"]], "{}", out.stdout);

    // Equal: exit 0, nothing listed.
    let same = file(&emu, "same.env", "SAME=same\nCHANGED=zq-app-secret-8841\nGONE=zq-gone-secret-3310\n");
    let out = quiet_run(&emu, &["-o", "json", "app", "env", "diff", "--app", "site", &same]).ok();
    assert_eq!(out.json()["changes"], json!([]));
    assert!(out.stderr.contains("No differences"), "{}", out.stderr);
    assert_hidden(&out, &secrets);
}

#[test]
fn the_project_env_file_is_the_default_for_the_app() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "site", "--env", "KEEP=1"]);
    let project = emu.dir.path().join("project");
    std::fs::create_dir_all(&project).unwrap();
    std::fs::write(project.join("amphost.toml"), "app = \"site\"\nenv = \"config/prod.env\"\n").unwrap();
    std::fs::create_dir_all(project.join("config")).unwrap();
    std::fs::write(project.join("config/prod.env"), "FROM_PROJECT=yes\n").unwrap();
    let toml = project.join("amphost.toml");
    let toml = toml.to_str().unwrap();

    let out = emu.amphost().env("AMPHOST_CONFIG", toml).run(&["app", "env", "diff"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    emu.amphost().env("AMPHOST_CONFIG", toml).run(&["app", "env", "import"]).ok();
    assert_eq!(app_env(&emu, "site"), json!({"KEEP": "1", "FROM_PROJECT": "yes"}));
    let out = emu.amphost().env("AMPHOST_CONFIG", toml).run(&["app", "env", "export"]).ok();
    assert_eq!(out.stdout, "FROM_PROJECT=yes\nKEEP=1\n");
    // A branch's file is never the app's: FILE is required there.
    let out = emu.amphost().env("AMPHOST_CONFIG", toml).run(&["branch", "env", "import", "--branch", "main"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn branch_env_verbs_act_on_the_branch_only() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "site", "--env", "APP_VAR=a"]);
    emu.amphost().json(&["branch", "create", "--app", "site", "main", "--env", "B=1"]);
    let b = ["--app", "site", "--branch", "main"];
    let with = |verb: &str, rest: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = ["branch", "env", verb].iter().map(|s| s.to_string()).collect();
        v.extend(b.iter().map(|s| s.to_string()));
        v.extend(rest.iter().map(|s| s.to_string()));
        v
    };
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        emu.amphost().run(&args)
    };

    let out = run(with("set", &["C=3", "D=4"])).ok();
    assert_eq!(out.json()["environmentVariables"], json!({"B": "1", "C": "3", "D": "4"}));
    run(with("unset", &["B"])).ok();
    assert_eq!(branch_env(&emu, "site", "main"), json!({"C": "3", "D": "4"}));

    let merge = file(&emu, "staging.env", "E='five five'\nC=3\n");
    let out = run(with("import", &[&merge])).ok();
    assert!(out.stderr.contains("into branch main of app site"), "{}", out.stderr);
    assert_eq!(branch_env(&emu, "site", "main"), json!({"C": "3", "D": "4", "E": "five five"}));

    let only = file(&emu, "only.env", "E='five five'\n");
    let out = run(with("import", &[&only, "--replace"])).ok();
    assert!(out.stderr.contains("Removed (not in") && out.stderr.contains("C, D"), "{}", out.stderr);
    assert_eq!(branch_env(&emu, "site", "main"), json!({"E": "five five"}));

    let out = run(with("export", &[])).ok();
    assert_eq!(out.stdout, "E='five five'\n");
    let out = run(with("export", &["--format", "json"])).ok();
    assert_eq!(out.json(), json!({"E": "five five"}));

    let args = with("diff", &[&only]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    quiet_run(&emu, &args).ok();
    let args = with("diff", &[&merge]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = quiet_run(&emu, &["-o", "text"].iter().copied().chain(args.iter().copied()).collect::<Vec<_>>());
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("C") && !out.stdout.contains("five"), "{}", out.stdout);

    // The app's own variables were never touched.
    assert_eq!(app_env(&emu, "site"), json!({"APP_VAR": "a"}));
}

#[test]
fn a_malformed_file_is_refused_with_its_line_and_sends_nothing() {
    let emu = Emulator::start();
    let secret = "zq-unclosed-secret-4242";
    let bad = file(&emu, "bad.env", &format!("OK=1\n\n# comment\nBROKEN=\"{secret}\nNEXT=2\n"));
    let spaced = file(&emu, "spaced.env", &format!("OK=1\nSPACED={secret} more\n"));
    let before = emu.request_count();
    let runs: [(&[&str], &str); 5] = [
        (&["app", "env", "import", "--app", "site", &bad], "bad.env:4:"),
        (&["app", "env", "import", "--app", "site", &bad, "--replace"], "bad.env:4:"),
        (&["app", "env", "diff", "--app", "site", &spaced], "spaced.env:2:"),
        (&["branch", "env", "import", "--app", "site", "--branch", "main", &spaced], "spaced.env:2:"),
        (&["branch", "env", "diff", "--app", "site", "--branch", "main", &bad], "bad.env:4:"),
    ];
    for (args, place) in runs {
        let out = emu.amphost().run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(place), "{args:?}: stderr lacks {place}:\n{}", out.stderr);
        assert!(out.stdout.is_empty(), "{args:?}:\n{}", out.stdout);
        assert_hidden(&out, &[secret]);
    }
    assert_eq!(emu.request_count(), before, "a malformed file reached the service");
}
