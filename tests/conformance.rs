//! The CLI, the client and the emulator against the model (read here as a plain JSON
//! fixture, not through amphost's own model code): every operation and every input member has
//! a way in from the command line, the client sends each operation with the model's method
//! and URI, and the emulator routes each one back to the same operation.

use amphost::cli::{flags, Cli, OPERATION_COMMANDS};
use clap::CommandFactory;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn fixture() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/amplify-2017-07-25.model.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn snake(member: &str) -> String {
    flags::kebab(member).replace('-', "_")
}

fn subcommand<'a>(root: &'a clap::Command, path: &str) -> &'a clap::Command {
    path.split(' ').fold(root, |cmd, name| {
        cmd.find_subcommand(name).unwrap_or_else(|| panic!("no `amphost {path}` command (missing {name:?})"))
    })
}

/// Whether `cmd` has a flag (or alias, or a positional of that name) for the member.
fn reaches(cmd: &clap::Command, member: &str) -> bool {
    let wanted: BTreeSet<String> =
        [flags::kebab(member), flags::flag_for_member(member).trim_start_matches("--").to_string()]
            .into_iter()
            .collect();
    cmd.get_arguments().any(|arg| {
        let longs: Vec<String> =
            arg.get_long().into_iter().chain(arg.get_all_aliases().unwrap_or_default()).map(str::to_string).collect();
        longs.iter().any(|l| wanted.contains(l)) || (arg.is_positional() && arg.get_id().as_str() == snake(member))
    })
}

#[test]
fn every_operation_and_input_member_has_a_way_in_from_the_cli() {
    let model = fixture();
    let root = Cli::command();
    let mapped: BTreeSet<&str> = OPERATION_COMMANDS.iter().map(|(op, _)| *op).collect();
    let all: BTreeSet<&str> = model["operations"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(mapped, all, "OPERATION_COMMANDS must name every operation of the model once");
    let mut missing = Vec::new();
    for (op, path) in OPERATION_COMMANDS {
        let cmd = subcommand(&root, path);
        let input = &model["operations"][op]["input"]["shape"];
        let members = model["shapes"][input.as_str().unwrap()]["members"].as_object().unwrap();
        for member in members.keys() {
            if !reaches(cmd, member) {
                missing.push(format!("{op}.{member} (amphost {path})"));
            }
        }
    }
    assert!(missing.is_empty(), "input members with no way in from the CLI:\n{}", missing.join("\n"));
}

/// A sample value for each URI label.
fn sample_input(model: &Value, op: &str) -> Value {
    let shape = model["operations"][op]["input"]["shape"].as_str().unwrap();
    let mut input = json!({});
    for (name, m) in model["shapes"][shape]["members"].as_object().unwrap() {
        if m["location"] == "uri" {
            let v = match name.as_str() {
                "appId" => "d1a2b3c4d5e6f7".to_string(),
                "resourceArn" => {
                    "arn:aws:amplify:us-east-1:123456789012:apps/d1a2b3c4d5e6f7/branches/feature%2Fx".to_string()
                }
                "jobId" => "12".to_string(),
                "domainName" => "example.com".to_string(),
                _ => format!("sample-{name}/with slash"),
            };
            input[name] = json!(v);
        }
    }
    input
}

#[test]
fn the_client_sends_each_operation_as_the_model_says_and_the_emulator_routes_it_back() {
    let model = fixture();
    for (op, spec) in model["operations"].as_object().unwrap() {
        let input = sample_input(&model, op);
        let operation = amphost::model::model().operation(op);
        let wire = amphost::api::wire::serialize(operation, &input);
        assert_eq!(wire.method, spec["http"]["method"].as_str().unwrap(), "{op}: method");
        // The path is the model's template with each label percent-encoded.
        let mut expected = spec["http"]["requestUri"].as_str().unwrap().to_string();
        for (name, value) in input.as_object().unwrap() {
            expected = expected.replace(&format!("{{{name}}}"), &amphost::api::wire::encode(value.as_str().unwrap()));
        }
        assert_eq!(wire.path_and_query, expected, "{op}: URI");
        let (routed, labels) = amphost::emulator::protocol::route(&wire.method, &wire.path_and_query)
            .unwrap_or_else(|| panic!("the emulator does not route {op} ({} {})", wire.method, wire.path_and_query));
        assert_eq!(&routed.name, op, "{} {} routed to the wrong operation", wire.method, wire.path_and_query);
        for (name, value) in labels {
            assert_eq!(input[&name], json!(value), "{op}: label {name} did not survive the round trip");
        }
    }
}
