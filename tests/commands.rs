//! Commands run in-process: parsed as the binary parses them, run against an in-process
//! emulator, their stdout and stderr captured (`render::ui::Streams::capture`). The snapshot
//! files in `tests/snapshots/` show each noun's table, text and JSON shapes as a user sees
//! them; IDs, times and ports are replaced by placeholders. After a deliberate change of
//! output, review and accept the new snapshots with `INSTA_UPDATE=always cargo test --test commands`.

mod common;
use common::inprocess::Harness;

#[test]
fn apps_as_tables_text_and_json() {
    let h = Harness::new();
    insta::assert_snapshot!(h.session(&[
        &["-o", "json", "app", "create", "snap-site", "--description", "Snapshots", "--env", "API=https://api"],
        &["-o", "table", "app", "list"],
        &["-o", "text", "app", "list"],
        &["-o", "table", "app", "get", "snap-site"],
        &["-o", "text", "app", "get", "snap-site"],
        &["-o", "table", "app", "env", "list", "--app", "snap-site"],
        &["-o", "json", "app", "list", "--query", "apps[].name"],
        &["-o", "table", "app", "get", "no-such-site"],
    ]));
}

#[test]
fn branches_and_tags() {
    let h = Harness::new();
    h.run(&["app", "create", "snap-branches"]);
    insta::assert_snapshot!(h.session(&[
        &["-o", "json", "branch", "create", "--app", "snap-branches", "main", "--stage", "PRODUCTION"],
        &["-o", "table", "branch", "create", "--app", "snap-branches", "dev", "--description", "Work in progress"],
        &["-o", "table", "branch", "list", "--app", "snap-branches"],
        &["-o", "text", "branch", "list", "--app", "snap-branches"],
        &["-o", "table", "branch", "get", "--app", "snap-branches", "dev"],
        &["-o", "table", "tag", "add", "--app", "snap-branches", "--branch", "main", "owner=web", "tier=1"],
        &["-o", "table", "tag", "list", "--app", "snap-branches", "--branch", "main"],
        &["-o", "json", "tag", "list", "--app", "snap-branches", "--branch", "main"],
    ]));
}

#[test]
fn a_deploy_and_its_jobs() {
    let h = Harness::new();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "<h1>snap</h1>").unwrap();
    let path = site.path().to_str().unwrap();
    // Quiet: which steps a poll catches RUNNING depends on timing; the result does not.
    let deploy = h.run(&["-q", "-o", "json", "deploy", path, "--app", "snap-jobs", "--branch", "main", "--create"]);
    insta::assert_snapshot!(deploy.replace(path, "<SITE>"));
    insta::assert_snapshot!(h.session(&[
        &["-o", "table", "job", "list", "--app", "snap-jobs", "--branch", "main"],
        &["-o", "text", "job", "list", "--app", "snap-jobs", "--branch", "main"],
        &["-o", "table", "job", "get", "--app", "snap-jobs", "--branch", "main", "1"],
        &["-o", "table", "job", "artifacts", "list", "--app", "snap-jobs", "--branch", "main", "1"],
    ]));
}

#[test]
fn webhooks_and_backend_environments() {
    let h = Harness::new();
    h.run(&["app", "create", "snap-hooks"]);
    h.run(&["branch", "create", "--app", "snap-hooks", "main"]);
    insta::assert_snapshot!(h.session(&[
        &["-o", "table", "webhook", "create", "--app", "snap-hooks", "--branch", "main", "--description", "CI"],
        &["-o", "table", "webhook", "list", "--app", "snap-hooks"],
        &["-o", "table", "backend-env", "create", "--app", "snap-hooks", "staging", "--stack-name", "amplify-staging"],
        &["-o", "table", "backend-env", "list", "--app", "snap-hooks"],
        &["-o", "text", "backend-env", "list", "--app", "snap-hooks"],
    ]));
}

#[test]
fn a_domain_and_its_records() {
    let h = Harness::new();
    h.run(&["app", "create", "snap-domains"]);
    h.run(&["branch", "create", "--app", "snap-domains", "main"]);
    insta::assert_snapshot!(h.session(&[
        &["-o", "table", "domain", "create", "--app", "snap-domains", "example.com", "--sub-domain", "www=main"],
        &["-o", "table", "domain", "list", "--app", "snap-domains"],
    ]));
}
