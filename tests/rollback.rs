//! Rollback, promote and preview branches, end to end: deployments made from `s3://` sources
//! (moto's S3, read by the emulator) deployed again with nothing uploaded; a direct upload
//! refused with the reason; stale preview branches pruned; the 50-branch limit per app, and
//! `deploy --create` naming the oldest branches when it is reached.

mod common;
use common::s3::S3Server;
use common::Emulator;
use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;

/// An emulator reading S3 at `s3_url`, with keys to sign its S3 requests.
fn emulator_reading(s3_url: &str) -> Emulator {
    let keys = [("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test"), ("AWS_REGION", "us-east-1")];
    Emulator::start_with_env(tempfile::tempdir().unwrap(), &["--s3-endpoint", s3_url], &keys)
}

/// A zip of one `index.html` holding `text`.
fn zip_with(out: &Path, text: &str) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    z.start_file("index.html", zip::write::SimpleFileOptions::default()).unwrap();
    z.write_all(text.as_bytes()).unwrap();
    z.finish().unwrap();
}

fn app_id(emu: &Emulator, name: &str) -> String {
    let apps = emu.amphost().json(&["app", "list"]);
    let app = apps["apps"].as_array().unwrap().iter().find(|a| a["name"] == name).unwrap();
    app["appId"].as_str().unwrap().to_string()
}

fn jobs(emu: &Emulator, app: &str, branch: &str) -> Vec<Value> {
    emu.amphost().json(&["job", "list", "--app", app, "--branch", branch])["jobSummaries"].as_array().unwrap().clone()
}

fn index(emu: &Emulator, app: &str, branch: &str) -> String {
    let (status, body) = emu.site_file(app, branch, "index.html");
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    String::from_utf8(body).unwrap()
}

#[test]
fn rollback_and_promote_deploy_an_earlier_source_again_and_refuse_direct_uploads() {
    let s3 = S3Server::start();
    let emu = emulator_reading(&s3.url);
    // amphost reads the deployments in the same S3 (rollback and promote look for them).
    let amphost = || emu.amphost().env("AWS_ENDPOINT_URL_S3", &s3.url);
    let work = tempfile::tempdir().unwrap();
    s3.make_bucket("sites");
    for v in ["v1", "v2", "v3"] {
        let zip = work.path().join(format!("{v}.zip"));
        zip_with(&zip, &format!("<h1>{v}</h1>"));
        s3.put(&zip, &format!("s3://sites/builds/{v}.zip"));
    }
    let deploy_url = |v: &str, branch: &str| {
        let url = format!("s3://sites/builds/{v}.zip");
        amphost().json(&["deploy", "--source-url", &url, "--app", "rb", "--branch", branch, "--create"])
    };

    // v1 then v2 (jobs 1 and 2), from S3.
    assert_eq!(deploy_url("v1", "main")["status"], "SUCCEED");
    assert_eq!(deploy_url("v2", "main")["status"], "SUCCEED");
    let id = app_id(&emu, "rb");
    assert_eq!(index(&emu, &id, "main"), "<h1>v2</h1>");

    // Rollback: the deployment before the live one, deploy's object plus rolledBackTo.
    let out = amphost().json(&["rollback", "--app", "rb", "--branch", "main"]);
    assert_eq!(out["status"], "SUCCEED", "{out}");
    assert_eq!(out["rolledBackTo"], "1", "{out}");
    assert_eq!(out["appId"], id.as_str());
    assert_eq!(out["bytesUploaded"], 0);
    assert!(out["url"].as_str().unwrap().contains(&format!("/_amphost/sites/{id}/main/")), "{out}");
    assert!(out["steps"].as_array().is_some_and(|s| !s.is_empty()), "{out}");
    let new_job = out["jobId"].as_str().unwrap().to_string();
    assert_eq!(new_job, "3");
    let got = amphost().json(&["job", "get", "--app", &id, "--branch", "main", &new_job]);
    assert_eq!(got["job"]["summary"]["sourceUrl"], "s3://sites/builds/v1.zip", "{got}");
    assert_eq!(index(&emu, &id, "main"), "<h1>v1</h1>");

    // Rollback to a job named: job 2 (v2).
    let out = amphost().json(&["rollback", "--app", &id, "--branch", "main", "--to", "2"]);
    assert_eq!(out["rolledBackTo"], "2", "{out}");
    assert_eq!(index(&emu, &id, "main"), "<h1>v2</h1>");

    // A direct upload (job 5), then v3 from S3 (job 6): rolling back would go to job 5,
    // whose files the service does not give back. Refused with the reason, exit 2, no job.
    let site = work.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "<h1>uploaded</h1>").unwrap();
    amphost().run(&["deploy", site.to_str().unwrap(), "--app", &id, "--branch", "main"]).ok();
    assert_eq!(index(&emu, &id, "main"), "<h1>uploaded</h1>");
    deploy_url("v3", "main");
    assert_eq!(jobs(&emu, &id, "main").len(), 6);
    let refused = amphost().run(&["rollback", "--app", &id, "--branch", "main"]);
    let refused = refused.fails_with(2, "job 5 of branch main cannot be rolled back to");
    assert!(refused.stderr.contains("direct upload"), "{}", refused.stderr);
    assert!(refused.stderr.contains("--source-url") && refused.stderr.contains("--bucket"), "{}", refused.stderr);
    assert!(refused.stdout.is_empty(), "{}", refused.stdout);
    amphost().run(&["rollback", "--app", &id, "--branch", "main", "--to", "5"]).fails_with(2, "job 5");
    assert_eq!(jobs(&emu, &id, "main").len(), 6, "a refused rollback started a job");
    assert_eq!(index(&emu, &id, "main"), "<h1>v3</h1>");

    // Nothing successful before the live one, and a job that is not there.
    deploy_url("v1", "solo");
    amphost().run(&["rollback", "--app", &id, "--branch", "solo"]).fails_with(2, "no earlier one to roll back to");
    amphost().run(&["rollback", "--app", &id, "--branch", "main", "--to", "99"]).fails_with(1, "99");

    // Promote: staging's live deployment (v2) to main, from the same source.
    deploy_url("v2", "staging");
    assert_eq!(index(&emu, &id, "staging"), "<h1>v2</h1>");
    let out = amphost().json(&["promote", "--app", &id, "--from", "staging", "--to", "main"]);
    assert_eq!(out["status"], "SUCCEED", "{out}");
    assert_eq!(out["branch"], "main");
    assert_eq!(out["promotedFrom"]["branch"], "staging", "{out}");
    assert_eq!(out["promotedFrom"]["jobId"], "1", "{out}");
    assert_eq!(index(&emu, &id, "main"), "<h1>v2</h1>");
    let newest = &jobs(&emu, &id, "main")[0];
    assert_eq!(newest["sourceUrl"], "s3://sites/builds/v2.zip", "{newest}");

    // Promoted again (job 8, v2 as job 7): a rollback goes back past what deployed the live
    // source already, to job 6 (v3), not to job 7, which would change nothing.
    amphost().json(&["promote", "--app", &id, "--from", "staging", "--to", "main"]);
    let out = amphost().json(&["rollback", "--app", &id, "--branch", "main"]);
    assert_eq!(out["rolledBackTo"], "6", "{out}");
    assert_eq!(index(&emu, &id, "main"), "<h1>v3</h1>");
    // Named, a job that deployed what is live is done as asked, with a warning.
    let out = amphost().run(&["-o", "json", "rollback", "--app", &id, "--branch", "main", "--to", "6"]).ok();
    assert!(out.stderr.contains("job 6 deployed what is live on main already (job 9)"), "{}", out.stderr);

    // A direct upload is not promoted either; a branch that is not there is named.
    amphost().run(&["deploy", site.to_str().unwrap(), "--app", &id, "--branch", "staging"]).ok();
    amphost().run(&["promote", "--app", &id, "--from", "staging", "--to", "main"]).fails_with(2, "cannot be promoted");
    amphost()
        .run(&["promote", "--app", &id, "--from", "staging", "--to", "mian", "--job-id", "1"])
        .fails_with(1, "main");
}

#[test]
fn prune_lists_then_deletes_only_the_matching_branches_with_no_recent_activity() {
    let emu = Emulator::start();
    let id = emu.amphost().json(&["app", "create", "previews"])["app"]["appId"].as_str().unwrap().to_string();
    for b in ["main", "pr-1", "pr-2", "feature-x"] {
        emu.amphost().run(&["branch", "create", "--app", &id, b]).ok();
    }
    // Old enough for `--older-than 3s`; the commands after the deployment to pr-2 below take
    // well under 3 s, so that pr-2 stays recently active throughout.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    // pr-2 was created as early, but a deployment since makes it active; pr-3 is new.
    let site = emu.dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "x").unwrap();
    emu.amphost().run(&["deploy", site.to_str().unwrap(), "--app", &id, "--branch", "pr-2"]).ok();
    emu.amphost().run(&["branch", "create", "--app", &id, "pr-3"]).ok();
    let names = |emu: &Emulator| -> Vec<String> {
        let out = emu.amphost().json(&["branch", "list", "--app", &id]);
        out["branches"].as_array().unwrap().iter().map(|b| b["branchName"].as_str().unwrap().to_string()).collect()
    };
    let prune = ["branch", "prune", "--app", id.as_str(), "--pattern", "pr-*", "--older-than", "3s"];

    // --dry-run: listed (a table, or one object), nothing deleted.
    let mut args = vec!["-o", "table"];
    args.extend(prune);
    args.push("--dry-run");
    let table = emu.amphost().run(&args).ok();
    assert!(table.stdout.contains("LAST ACTIVITY") && table.stdout.contains("pr-1"), "{}", table.stdout);
    for kept in ["pr-2", "pr-3", "main", "feature-x"] {
        assert!(!table.stdout.contains(kept), "{kept} listed:\n{}", table.stdout);
    }
    assert!(table.stderr.contains("Dry run"), "{}", table.stderr);
    let mut args = prune.to_vec();
    args.push("--dry-run");
    let listed = emu.amphost().json(&args);
    assert_eq!(listed["branches"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed["branches"][0]["branchName"], "pr-1");
    assert!(listed["branches"][0]["lastActivity"].as_f64().is_some(), "{listed}");
    assert_eq!(listed["dryRun"], true);
    assert_eq!(names(&emu).len(), 5);

    // Without a terminal or --yes it asks, so it refuses; with --yes it deletes.
    emu.amphost().run(&prune).fails_with(2, "refusing to delete 1 branch");
    assert_eq!(names(&emu).len(), 5);
    let mut args = vec!["--yes", "-o", "json"];
    args.extend(prune);
    let out = emu.amphost().run(&args).ok();
    assert_eq!(out.json()["deleted"], serde_json::json!(["pr-1"]), "{}", out.stdout);
    assert!(out.stderr.contains("Deleted branch pr-1"), "{}", out.stderr);
    let mut left = names(&emu);
    left.sort();
    assert_eq!(left, ["feature-x", "main", "pr-2", "pr-3"]);

    // Nothing left to prune: said, exit 0.
    let mut args = vec!["--yes"];
    args.extend(prune);
    emu.amphost().run(&args).ok();
    assert_eq!(names(&emu).len(), 4);

    // The production branch (the oldest of stage PRODUCTION, as the app says) is never
    // pruned, whatever the pattern.
    let app = emu.amphost().json(&["app", "get", &id]);
    assert_eq!(app["app"]["productionBranch"]["branchName"], "main", "{app}");
    let all = ["--yes", "branch", "prune", "--app", id.as_str(), "--pattern", "*", "--older-than", "3s"];
    emu.amphost().run(&all).ok();
    let left = names(&emu);
    assert!(left.contains(&"main".to_string()) && !left.contains(&"feature-x".to_string()), "{left:?}");
}

/// `*` stops at `/`, as in Amplify's own branch patterns (the console's defaults are `*` and
/// `*/**`): `feature/*` is not `feature/a/b`, which `feature/**` reaches. Before, `feature/*`
/// listed (and would have deleted) the deeper branch too.
#[test]
fn a_prune_star_stops_at_a_slash() {
    let emu = Emulator::start();
    let id = emu.amphost().json(&["app", "create", "nested"])["app"]["appId"].as_str().unwrap().to_string();
    for b in ["main", "feature/a", "feature/a/b"] {
        emu.amphost().run(&["branch", "create", "--app", &id, b]).ok();
    }
    std::thread::sleep(std::time::Duration::from_millis(1200));
    let listed = |pattern: &str| -> Vec<Value> {
        let args = ["branch", "prune", "--app", &id, "--pattern", pattern, "--older-than", "1s", "--dry-run"];
        let out = emu.amphost().json(&args);
        out["branches"].as_array().unwrap().iter().map(|b| b["branchName"].clone()).collect()
    };
    assert_eq!(listed("feature/*"), [json!("feature/a")]);
    assert_eq!(listed("feature/**"), [json!("feature/a"), json!("feature/a/b")]);
}

#[test]
fn an_app_holds_50_branches_and_deploy_create_names_the_oldest_to_prune() {
    let emu = Emulator::start();
    let id = emu.amphost().json(&["app", "create", "crowded"])["app"]["appId"].as_str().unwrap().to_string();
    for i in 1..=50 {
        emu.amphost().run(&["branch", "create", "--app", &id, &format!("pr-{i}")]).ok();
    }
    // LimitExceededException is retried like throttling: short backoffs keep the test quick.
    let run = || emu.amphost().env("AMPHOST_RETRY_BASE_MS", "5");
    run()
        .run(&["branch", "create", "--app", &id, "pr-51"])
        .fails_with(1, "LimitExceededException")
        .fails_with(1, "maximum number of branches");

    let site = emu.dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "x").unwrap();
    let out = run()
        .run(&["deploy", site.to_str().unwrap(), "--app", &id, "--branch", "pr-51", "--create"])
        .fails_with(1, "cannot have another branch (pr-51)");
    let at = |name: &str| out.stderr.find(&format!("  {name}  last active"));
    // pr-1, the first branch (so the production branch), is never pruned: not named.
    assert!(at("pr-1").is_none(), "the production branch named:\n{}", out.stderr);
    let firsts: Vec<usize> =
        (2..=6).map(|i| at(&format!("pr-{i}")).unwrap_or_else(|| panic!("pr-{i}:\n{}", out.stderr))).collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "not oldest first:\n{}", out.stderr);
    assert!(at("pr-7").is_none(), "more than 5 named:\n{}", out.stderr);
    assert!(
        out.stderr.contains(&format!("amphost branch prune --app {id} --pattern 'pr-*' --older-than ")),
        "{}",
        out.stderr
    );
    // Nothing was created or started.
    let branches = emu.amphost().json(&["branch", "list", "--app", &id]);
    assert_eq!(branches["branches"].as_array().unwrap().len(), 50);
}

/// A job that was no upload (a RELEASE started on an app with no repository) is not called a
/// direct upload: the refusal says what it was.
#[test]
fn a_rollback_to_a_job_with_nothing_to_name_says_what_it_was() {
    let emu = Emulator::start();
    let site = emu.dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "x").unwrap();
    emu.amphost().run(&["deploy", site.to_str().unwrap(), "--app", "rel", "--branch", "main", "--create"]).ok();
    for _ in 0..2 {
        emu.amphost().json(&["job", "start", "--app", "rel", "--branch", "main", "--wait"]);
    }
    let refused = emu.amphost().run(&["rollback", "--app", "rel", "--branch", "main"]);
    let refused = refused.fails_with(2, "job 2 of branch main cannot be rolled back to: it was a RELEASE job");
    assert!(!refused.stderr.contains("direct upload"), "{}", refused.stderr);
}
