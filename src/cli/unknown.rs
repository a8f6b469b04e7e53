//! Hints for a word clap does not know as a command: the AWS CLI's operation names
//! (`list-apps` is `amphost app list`), other words for a verb the command has (`app env add`
//! is `app env set`), and a verb of another noun (`amphost logs` is `amphost job logs`).

use super::{command, OPERATION_COMMANDS};
use crate::exit::CliError;
use crate::model::naming::kebab;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Words people reach for, by the verb amphost names the action with.
const SYNONYMS: &[(&str, &[&str])] = &[
    ("list", &["ls"]),
    ("get", &["show", "describe", "view", "info"]),
    ("create", &["new", "add"]),
    ("delete", &["rm", "remove", "del", "destroy"]),
    ("update", &["edit", "modify", "change"]),
    ("add", &["create", "new", "set", "put"]),
    ("remove", &["rm", "delete", "del", "unset"]),
    ("set", &["add", "put", "update"]),
    ("unset", &["remove", "rm", "delete", "del"]),
    ("start", &["run", "trigger"]),
    ("stop", &["cancel", "abort", "kill"]),
];

/// clap's complaint about an unknown subcommand, with a hint when one of the above applies;
/// None for any other error (clap's own message then stands). `args` are the words given,
/// the program's name first.
pub fn unknown_subcommand(e: &clap::Error, args: &[String]) -> Option<CliError> {
    if e.kind() != ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(word)) = e.get(ContextKind::InvalidSubcommand) else { return None };
    let path = path_to(args, word);
    let hint =
        aws_operation(word, &path, args).or_else(|| synonym(word, &path)).or_else(|| verb_of_other_nouns(word))?;
    let place = if path.is_empty() { String::new() } else { format!(" of `amphost {}`", path.join(" ")) };
    Some(CliError::usage(format!("unrecognized subcommand '{word}'{place}")).hint(hint))
}

/// The subcommands given before `word` (`["app", "env"]` for `amphost app env add`). Options
/// are skipped; a word that is no subcommand of where the walk is ends it.
fn path_to(args: &[String], word: &str) -> Vec<String> {
    let mut at = command();
    let mut path = Vec::new();
    for arg in args.iter().skip(1) {
        if arg == word {
            break;
        }
        if arg.starts_with('-') {
            continue;
        }
        let Some(sub) = at.find_subcommand(arg.as_str()).cloned() else { continue };
        path.push(sub.get_name().to_string());
        at = sub;
    }
    path
}

/// `list-apps` (or `amplify list-apps`, the AWS CLI's words without `aws`) at the top: the
/// command that calls that operation.
fn aws_operation(word: &str, path: &[String], args: &[String]) -> Option<String> {
    if !path.is_empty() {
        return None;
    }
    let (name, pasted) = if word == "amplify" {
        let next = args.iter().skip_while(|a| *a != word).nth(1)?;
        (next.as_str(), "amplify ")
    } else {
        (word, "")
    };
    // The AWS CLI spells `ListTagsForResource` as `list-tags-for-resource`, as flags are spelled.
    let (operation, ours) = OPERATION_COMMANDS.iter().find(|(op, _)| kebab(op) == name)?;
    Some(format!("`{pasted}{name}` is the AWS CLI's name for {operation}: amphost's is `amphost {ours}`"))
}

/// A subcommand of the same command that `word` is another word for.
fn synonym(word: &str, path: &[String]) -> Option<String> {
    if path.is_empty() {
        return None;
    }
    let mut parent = command();
    for name in path {
        parent = parent.find_subcommand(name)?.clone();
    }
    let found: Vec<String> = SYNONYMS
        .iter()
        .filter(|(verb, others)| others.contains(&word) && parent.find_subcommand(verb).is_some())
        .map(|(verb, _)| format!("`amphost {} {verb}`", path.join(" ")))
        .collect();
    match found.as_slice() {
        [] => None,
        [one] => Some(format!("did you mean {one}?")),
        many => Some(format!("did you mean {}?", many.join(" or "))),
    }
}

/// `word` as a verb of some noun (`amphost logs`, `amphost app watch`): the commands with it.
fn verb_of_other_nouns(word: &str) -> Option<String> {
    let root = command();
    let found: Vec<String> = root
        .get_subcommands()
        .filter_map(|noun| {
            noun.find_subcommand(word).map(|verb| format!("amphost {} {}", noun.get_name(), verb.get_name()))
        })
        .collect();
    match found.as_slice() {
        [] => None,
        [one] => Some(format!("did you mean `{one}`?")),
        many => Some(format!(
            "`{word}` is a verb of several nouns: {}",
            many.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// clap's complaint about an unknown flag, with a hint for a habit from the AWS CLI or from
/// another amphost command; None for any other error.
pub fn unknown_flag(e: &clap::Error, args: &[String]) -> Option<CliError> {
    if e.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(given)) = e.get(ContextKind::InvalidArg) else { return None };
    let flag = given.split('=').next().unwrap_or(given);
    let path = path_to(args, given);
    let mut at = command();
    for name in &path {
        at = at.find_subcommand(name)?.clone();
    }
    let hint = flag_hint(flag, &path, &at, args)?;
    let place = if path.is_empty() { String::new() } else { format!(" for `amphost {}`", path.join(" ")) };
    Some(CliError::usage(format!("unexpected argument '{flag}'{place}")).hint(hint))
}

/// `--env` on an update (there `--environment-variables` replaces them all: clap would point
/// at it), `--tags` (one `--tag` per tag, or `tag add` where the command takes no tags),
/// `--no-enable-x` (`--enable-x=false`: clap would point at `--enable-x`, which turns it on).
fn flag_hint(flag: &str, path: &[String], command: &clap::Command, args: &[String]) -> Option<String> {
    let has = |long: &str| command.get_arguments().any(|a| a.get_long() == Some(long));
    let noun = path.first().map(String::as_str);
    if flag == "--env" && has("environment-variables") {
        let noun = noun?;
        let target = typed_target(args, path, noun);
        return Some(format!(
            "to set variables and keep the others: `amphost {noun} env set {target} KEY=VALUE` \
             (`--environment-variables` replaces all of the {noun}'s variables)"
        ));
    }
    if matches!(flag, "--cli-input-json" | "--cli-input-yaml" | "--generate-cli-skeleton") {
        return Some(format!(
            "amphost has no {flag}: every request member is a flag of its own (see --help), and structured \
             ones take JSON, file://PATH or shorthand (`--custom-rules file://rules.json`)"
        ));
    }
    if flag == "--tags" && has("tag") {
        return Some("amphost takes one `--tag KEY=VALUE` per tag: repeat it".into());
    }
    if matches!(flag, "--tags" | "--tag") && matches!(noun, Some("app" | "branch")) {
        let target = typed_target(args, path, noun?);
        return Some(format!("an existing {} is tagged with `amphost tag add {target} KEY=VALUE…`", noun?));
    }
    let negated = flag.strip_prefix("--no-")?;
    let boolean = command.get_arguments().find(|a| a.get_long() == Some(negated))?;
    let takes_false = boolean.get_value_names().is_some_and(|names| names.iter().any(|n| n.as_str() == "BOOL"));
    takes_false.then(|| format!("`--{negated}=false`"))
}

/// `--app A` (`--branch B` for a branch) as the user typed them, read by parsing the words
/// again without the unknown flag; placeholders where that fails or they were not given.
fn typed_target(args: &[String], path: &[String], noun: &str) -> String {
    let rest = without_unknown_flags(args);
    let mut matches = command().try_get_matches_from(rest.iter().filter(|a| *a != "--no-cli-pager")).ok();
    for name in path {
        matches = matches.and_then(|m| m.subcommand_matches(name).cloned());
    }
    let typed = |ids: [&str; 2]| {
        let m = matches.as_ref()?;
        ids.iter().find_map(|id| m.try_get_one::<String>(id).ok().flatten().cloned())
    };
    let quoted = |v: String| crate::text::shell_quote(&v);
    let app = typed(["app", "app_pos"]).map(quoted).unwrap_or_else(|| "APP".into());
    match noun {
        "branch" => {
            let branch = typed(["branch", "branch_pos"]).map(quoted).unwrap_or_else(|| "BRANCH".into());
            format!("--app {app} --branch {branch}")
        }
        _ => format!("--app {app}"),
    }
}

/// The words without the unknown `--env`/`--tag(s)` flags and their values.
fn without_unknown_flags(args: &[String]) -> Vec<String> {
    let unknown = |a: &str| ["--env", "--tags", "--tag"].contains(&a.split('=').next().unwrap_or(a));
    let mut rest = Vec::new();
    let mut words = args.iter().peekable();
    while let Some(word) = words.next() {
        if !unknown(word) {
            rest.push(word.clone());
            continue;
        }
        if !word.contains('=') && words.peek().is_some_and(|v| !v.starts_with('-')) {
            words.next();
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(words: &[&str]) -> String {
        let args: Vec<String> = std::iter::once("amphost").chain(words.iter().copied()).map(String::from).collect();
        let e = super::super::parse_from(&args).expect_err("an unknown subcommand");
        let err = unknown_subcommand(&e, &args).expect("a hint");
        format!("{} / {}", err.message, err.hint.unwrap_or_default())
    }

    fn flag_hint(words: &[&str]) -> String {
        let args: Vec<String> = std::iter::once("amphost").chain(words.iter().copied()).map(String::from).collect();
        let e = super::super::parse_from(&args).expect_err("an unknown flag");
        let err = unknown_flag(&e, &args).expect("a hint");
        format!("{} / {}", err.message, err.hint.unwrap_or_default())
    }

    #[test]
    fn aws_cli_flag_habits_point_to_amphosts_flags() {
        assert_eq!(
            flag_hint(&["app", "update", "p", "--no-enable-branch-auto-build"]),
            "unexpected argument '--no-enable-branch-auto-build' for `amphost app update` / `--enable-branch-auto-build=false`"
        );
        assert!(
            flag_hint(&["app", "create", "x", "--tags", "a=b"]).ends_with("one `--tag KEY=VALUE` per tag: repeat it")
        );
        assert!(flag_hint(&["branch", "update", "--app", "a", "main", "--env=K=V"])
            .contains("`amphost branch env set --app a --branch main KEY=VALUE`"));
        assert!(flag_hint(&["app", "update", "--env", "K=V", "--description", "d", "my site"])
            .contains("`amphost app env set --app 'my site' KEY=VALUE`"));
        let hint =
            flag_hint(&["app", "update", "--env", "A=1", "--env", "B=2", "--no-cli-pager", "--app", "Bob's site"]);
        assert!(hint.contains(r#"`amphost app env set --app 'Bob'\''s site' KEY=VALUE`"#), "{hint}");
        assert!(flag_hint(&["branch", "update", "--env", "K=V", "--branch-name", "dev"])
            .contains("`amphost branch env set --app APP --branch dev KEY=VALUE`"));
        assert!(flag_hint(&["app", "create", "--cli-input-json", "{}"]).contains("amphost has no --cli-input-json"));
        assert!(flag_hint(&["deploy", "--generate-cli-skeleton"]).contains("every request member is a flag"));
        // UpdateApp takes no tags: `tag add` changes them.
        assert!(flag_hint(&["app", "update", "s1", "--tags", "a=b"])
            .ends_with("an existing app is tagged with `amphost tag add --app s1 KEY=VALUE…`"));
        assert!(flag_hint(&["branch", "update", "--app", "s1", "--tag=a=b", "main"])
            .ends_with("`amphost tag add --app s1 --branch main KEY=VALUE…`"));
        // A flag with no habit behind it keeps clap's own message.
        let args: Vec<String> = ["amphost", "app", "update", "x", "--frob"].map(String::from).to_vec();
        assert!(unknown_flag(&super::super::parse_from(&args).unwrap_err(), &args).is_none());
        // The AWS CLI's --no-cli-pager is taken (amphost never pages).
        assert!(super::super::parse_from(["amphost", "app", "list", "--no-cli-pager"]).is_ok());
    }

    #[test]
    fn aws_cli_operation_names_point_to_the_command() {
        assert!(hint(&["list-apps"]).contains("`amphost app list`"), "{}", hint(&["list-apps"]));
        assert!(hint(&["amplify", "get-job"])
            .contains("`amplify get-job` is the AWS CLI's name for GetJob: amphost's is `amphost job get`"));
        assert!(hint(&["-o", "json", "list-tags-for-resource"]).contains("`amphost tag list`"));
        assert!(hint(&["start-deployment"]).contains("`amphost deploy`"));
    }

    #[test]
    fn another_word_for_a_verb_of_the_same_command_is_named() {
        assert_eq!(
            hint(&["app", "env", "add", "A=1"]),
            "unrecognized subcommand 'add' of `amphost app env` / did you mean `amphost app env set`?"
        );
        assert!(hint(&["app", "env", "delete"]).ends_with("did you mean `amphost app env unset`?"));
        assert!(hint(&["tag", "create"]).ends_with("did you mean `amphost tag add`?"));
        assert!(hint(&["--region", "eu-west-1", "job", "cancel"]).ends_with("did you mean `amphost job stop`?"));
    }

    #[test]
    fn a_verb_of_another_noun_is_named_when_the_command_has_no_such_word() {
        assert!(hint(&["logs"]).ends_with("did you mean `amphost job logs`?"));
        assert!(hint(&["app", "watch"]).ends_with("did you mean `amphost job watch`?"));
    }

    #[test]
    fn words_with_no_hint_leave_clap_its_message() {
        let args: Vec<String> = ["amphost", "app", "frobnicate"].map(String::from).to_vec();
        let e = super::super::parse_from(&args).unwrap_err();
        assert!(unknown_subcommand(&e, &args).is_none());
    }
}
