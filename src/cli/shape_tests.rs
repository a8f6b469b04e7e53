//! The shape of the command tree, checked as a whole: identifiers spelled the same on every
//! verb, required identifiers shown as required, global options under their own heading (and
//! only where they apply), a description on every argument and examples on every verb.

use super::{command, Cli, Command as Noun, API_OPTIONS, GLOBAL};
use clap::error::ErrorKind;
use clap::FromArgMatches;

/// Every identifier flag: its arg id, long name, aliases (all visible) and value name; and the
/// id of its positional form.
const IDENTIFIERS: &[(&str, &str, &[&str], &str, &str)] = &[
    ("app", "app", &["app-id"], "APP", "app_pos"),
    ("branch", "branch", &["branch-name"], "BRANCH", "branch_pos"),
    ("job_id", "job-id", &["job"], "JOB_ID", "job_pos"),
    ("domain", "domain-name", &["domain"], "DOMAIN", "domain_pos"),
    ("webhook", "webhook-id", &["webhook"], "WEBHOOK_ID", "webhook_pos"),
    ("environment", "environment-name", &["environment"], "ENVIRONMENT", "environment_pos"),
];

/// Every command of the tree with its path (`app env list`), the root (``) included.
fn walk(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
    for sub in cmd.get_subcommands() {
        let p = if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
        walk(sub, p, out);
    }
    out.push((path, cmd.clone()));
}

fn all_commands() -> Vec<(String, clap::Command)> {
    let mut out = Vec::new();
    walk(&command(), String::new(), &mut out);
    out
}

fn value_names(arg: &clap::Arg) -> Vec<String> {
    arg.get_value_names().unwrap_or_default().iter().map(|s| s.to_string()).collect()
}

fn sorted(v: Option<Vec<&str>>) -> Vec<String> {
    let mut v: Vec<String> = v.unwrap_or_default().into_iter().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn every_verb_spells_each_identifier_the_same_way() {
    let mut wrong = Vec::new();
    for (path, cmd) in all_commands() {
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            // A flag of an identifier: the same long name, aliases and value name everywhere.
            if let Some((_, long, aliases, value, _)) = IDENTIFIERS.iter().find(|i| i.0 == id) {
                if arg.is_positional() {
                    wrong.push(format!("`amphost {path}`: {id} is a positional; the positional form is {id}_pos"));
                    continue;
                }
                let want: Vec<String> = aliases.iter().map(|s| s.to_string()).collect();
                if arg.get_long() != Some(*long) {
                    wrong.push(format!("`amphost {path}`: {id} is --{:?}, not --{long}", arg.get_long()));
                }
                if sorted(arg.get_all_aliases()) != want || sorted(arg.get_visible_aliases()) != want {
                    wrong.push(format!(
                        "`amphost {path}`: --{long} has the aliases {:?} (visible: {:?}), not {want:?}",
                        arg.get_all_aliases(),
                        arg.get_visible_aliases()
                    ));
                }
                if value_names(arg) != [value.to_string()] {
                    wrong.push(format!("`amphost {path}`: --{long} takes {:?}, not <{value}>", value_names(arg)));
                }
            }
            // A positional form: the same value name as the flag, and the flag there too.
            if let Some((flag_id, long, _, value, _)) = IDENTIFIERS.iter().find(|i| i.4 == id) {
                if !arg.is_positional() || value_names(arg) != [value.to_string()] {
                    wrong.push(format!("`amphost {path}`: {id} must be the positional {value}"));
                }
                if !cmd.get_arguments().any(|a| a.get_id().as_str() == *flag_id) {
                    wrong.push(format!("`amphost {path}`: takes {value} but not --{long}"));
                }
            }
            // Any flag spelled like an identifier must be that identifier (no `branch_name` id
            // with `--branch`, which would escape the checks above).
            let spellings = arg.get_long().into_iter().chain(arg.get_all_aliases().unwrap_or_default());
            for spelling in spellings {
                if let Some(ident) = IDENTIFIERS.iter().find(|i| i.1 == spelling || i.2.contains(&spelling)) {
                    if ident.0 != id {
                        wrong.push(format!(
                            "`amphost {path}`: --{spelling} has the id {id}; identifier flags use the id {}",
                            ident.0
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "identifiers spelled differently across verbs:\n{}", wrong.join("\n"));
}

#[test]
fn the_tree_passes_clap_debug_asserts() {
    command().debug_assert();
}

fn usage(path: &str) -> String {
    let mut root = command();
    root.build();
    let mut cmd = &mut root;
    for name in path.split(' ') {
        cmd = cmd.find_subcommand_mut(name).unwrap_or_else(|| panic!("no `amphost {path}`"));
    }
    cmd.render_usage().to_string()
}

#[test]
fn required_identifiers_look_required_in_the_usage_line() {
    for (path, shown) in [
        ("app create", "<NAME|--name <NAME>>"),
        ("app get", "<APP|--app <APP>>"),
        ("app update", "<APP|--app <APP>>"),
        ("app delete", "<APP|--app <APP>>"),
        ("app access-logs", "<APP|--app <APP>>"),
        ("branch get", "<BRANCH|--branch <BRANCH>>"),
        ("branch create", "<BRANCH|--branch <BRANCH>>"),
        ("job stop", "<JOB_ID|--job-id <JOB_ID>>"),
        ("job delete", "<JOB_ID|--job-id <JOB_ID>>"),
        ("domain get", "<DOMAIN|--domain-name <DOMAIN>>"),
        ("webhook get", "<WEBHOOK_ID|--webhook-id <WEBHOOK_ID>>"),
        ("backend-env get", "<ENVIRONMENT|--environment-name <ENVIRONMENT>>"),
    ] {
        let u = usage(path);
        assert!(u.contains(shown), "`amphost {path}` usage lacks {shown}:\n{u}");
    }
    // `app env list` defaults to the project's app: optional.
    assert!(usage("app env list").contains("[APP]"), "{}", usage("app env list"));
    // The verbs that default to the newest job show it as optional.
    for path in ["job get", "job watch", "job logs", "job artifacts list"] {
        let u = usage(path);
        assert!(u.contains("[JOB_ID]") && !u.contains("<JOB_ID|"), "`amphost {path}`:\n{u}");
    }
}

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches_from(std::iter::once("amphost").chain(args.iter().copied()))?;
    Cli::from_arg_matches(&matches)
}

fn help(args: &[&str]) -> String {
    let e = parse(args).expect_err("help is an early exit");
    assert_eq!(e.kind(), ErrorKind::DisplayHelp, "{args:?}");
    e.render().to_string()
}

#[test]
fn each_identifier_takes_its_positional_or_either_spelling_of_its_flag() {
    use super::app::{AppCommand, EnvCommand};
    use super::job::JobCommand;
    let env_lists: [&[&str]; 2] = [&["app", "env", "list", "my-site"], &["app", "env", "list", "--app", "my-site"]];
    for args in env_lists {
        match parse(args).unwrap().command {
            Noun::App(AppCommand::Env(EnvCommand::List(t))) => assert_eq!(t.app.given(), Some("my-site")),
            other => panic!("{other:?}"),
        }
    }
    match parse(&["app", "get", "--app-id", "d1a2b3c4d5e6f7"]).unwrap().command {
        Noun::App(AppCommand::Get(a)) => assert_eq!(a.value(), "d1a2b3c4d5e6f7"),
        other => panic!("{other:?}"),
    }
    for flag in ["--job-id", "--job"] {
        match parse(&["job", "logs", "--app", "a", "--branch-name", "b", flag, "3"]).unwrap().command {
            Noun::Job(JobCommand::Logs { job, .. }) => {
                assert_eq!(job.job.job_id.as_deref(), Some("3"));
                assert_eq!(job.branch.branch.as_deref(), Some("b"));
            }
            other => panic!("{other:?}"),
        }
    }
    match parse(&["job", "get", "--app", "a", "--branch", "b"]).unwrap().command {
        Noun::Job(JobCommand::Get(j)) => assert!(j.job.job_id.is_none() && j.job.job_pos.is_none()),
        other => panic!("{other:?}"),
    }
    let oks: &[&[&str]] = &[
        &["job", "watch", "--app", "a", "--branch", "b", "--job-id", "3"],
        &["job", "artifacts", "download", "--app", "a", "--branch", "b", "--job-id", "3"],
        &["job", "artifacts", "download", "--app", "a", "--branch", "b"],
        &["app", "access-logs", "my-site", "--domain", "example.com"],
        &["app", "access-logs", "my-site", "--domain-name", "example.com"],
        &["domain", "get", "--app", "a", "--domain", "example.com"],
        &["domain", "get", "--app-id", "a", "--domain-name", "example.com"],
        &["webhook", "get", "--app", "a", "w-1"],
        &["webhook", "trigger", "--webhook", "w-1"],
        &["webhook", "create", "--app-id", "a", "--branch-name", "main"],
        &["backend-env", "get", "--app", "a", "--environment", "staging"],
        &["backend-env", "list", "--app", "a", "--environment-name", "staging"],
        &["tag", "list", "--app-id", "a", "--branch-name", "main"],
        &["deploy", ".", "--app-id", "a", "--branch-name", "main"],
    ];
    for ok in oks {
        if let Err(e) = parse(ok) {
            panic!("{ok:?} should parse:\n{}", e.render());
        }
    }
    let bads: &[(&[&str], ErrorKind)] = &[
        (&["app", "get"], ErrorKind::MissingRequiredArgument),
        (&["app", "get", "x", "--app", "y"], ErrorKind::ArgumentConflict),
        (&["job", "stop", "--app", "a", "--branch", "b"], ErrorKind::MissingRequiredArgument),
        (&["job", "get", "--app", "a", "--branch", "b", "1", "--job-id", "2"], ErrorKind::ArgumentConflict),
        (&["domain", "get", "--app", "a"], ErrorKind::MissingRequiredArgument),
        (&["webhook", "delete"], ErrorKind::MissingRequiredArgument),
    ];
    for (bad, kind) in bads {
        match parse(bad) {
            Ok(cli) => panic!("{bad:?} should not parse: {cli:?}"),
            Err(e) => assert_eq!(e.kind(), *kind, "{bad:?}:\n{}", e.render()),
        }
    }
}

#[test]
fn global_options_have_their_own_heading() {
    let root = command();
    let globals: Vec<&clap::Arg> = root.get_arguments().filter(|a| a.is_global_set()).collect();
    assert!(globals.len() >= 10);
    for a in globals {
        assert_eq!(a.get_help_heading(), Some(GLOBAL), "--{:?}", a.get_long());
    }
    // Short help: the long one ends with examples, which name options of both kinds.
    let h = help(&["app", "list", "-h"]);
    let (own, global) = h.split_once("Global options:").expect("a Global options section");
    assert!(own.contains("--max-items") && !own.contains("--query"), "{h}");
    assert!(global.contains("--query") && global.contains("--region") && !global.contains("--max-items"), "{h}");
}

#[test]
fn emulator_and_completions_help_list_only_the_global_options_that_apply() {
    let helps: [&[&str]; 4] =
        [&["emulator", "--help"], &["emulator", "-h"], &["completions", "--help"], &["completions", "-h"]];
    for args in helps {
        let h = help(args);
        for flag in ["--query", "--endpoint-url", "--yes", "--output", "--region", "--profile", "--max-attempts"] {
            assert!(!h.contains(flag), "{args:?} lists {flag}:\n{h}");
        }
        for flag in ["--connect-timeout", "--read-timeout", "--local"] {
            assert!(!h.contains(flag), "{args:?} lists {flag}:\n{h}");
        }
        assert!(h.contains("Global options:") && h.contains("--quiet") && h.contains("--color"), "{h}");
    }
    // Still accepted there (they are global), as before.
    assert!(parse(&["emulator", "--port", "0", "--region", "us-east-1"]).is_ok());
    // Every hidden one is one of the root's global options.
    let root = command();
    for id in API_OPTIONS {
        assert!(root.get_arguments().any(|a| a.get_id().as_str() == *id && a.is_global_set()), "{id}");
    }
}

#[test]
fn every_argument_has_a_description() {
    let mut missing = Vec::new();
    for (path, cmd) in all_commands() {
        for arg in cmd.get_arguments() {
            if arg.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                missing.push(format!("`amphost {path}`: {}", arg.get_id()));
            }
        }
    }
    assert!(missing.is_empty(), "arguments with no description:\n{}", missing.join("\n"));
}

#[test]
fn every_verb_ends_its_long_help_with_examples() {
    let mut missing = Vec::new();
    for (path, cmd) in all_commands() {
        if path.is_empty() || cmd.has_subcommands() {
            continue;
        }
        let text = cmd.get_after_long_help().map(|h| h.to_string()).unwrap_or_default();
        let examples = text.lines().filter(|l| l.starts_with(&format!("  amphost {path}"))).count();
        if !text.starts_with("Examples:") || examples < 2 {
            missing.push(format!("`amphost {path}` ({examples} examples)"));
        }
    }
    assert!(missing.is_empty(), "verbs without two examples of themselves:\n{}", missing.join("\n"));
}
