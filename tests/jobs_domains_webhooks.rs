//! Jobs, domains, webhooks, backend environments, artifacts and access logs through amphost.

mod common;
use common::Emulator;

fn app_with_branch(emu: &Emulator, name: &str) -> String {
    let app = emu.amphost().json(&["app", "create", name]);
    emu.amphost().json(&["branch", "create", "--app", name, "main"]);
    app["app"]["appId"].as_str().unwrap().to_string()
}

#[test]
fn jobs_start_list_stop_delete_and_their_artifacts() {
    let emu = Emulator::start_with(&["--job-step-duration", "3s"]);
    app_with_branch(&emu, "jobs");
    let started = emu.amphost().json(&[
        "job",
        "start",
        "--app",
        "jobs",
        "--branch",
        "main",
        "--commit-id",
        "c0ffee",
        "--commit-message",
        "fix",
    ]);
    assert_eq!(started["jobSummary"]["status"], "RUNNING");
    assert_eq!(started["jobSummary"]["commitId"], "c0ffee");
    emu.amphost()
        .run(&["job", "delete", "--app", "jobs", "--branch", "main", "1", "--yes"])
        .fails_with(1, "stop it before deleting it");
    let stopped = emu.amphost().json(&["job", "stop", "--app", "jobs", "--branch", "main", "1"]);
    assert_eq!(stopped["jobSummary"]["status"], "CANCELLING");
    let watched = emu.amphost().run(&["job", "watch", "--app", "jobs", "--branch", "main"]);
    watched.fails_with(3, "job 1 CANCELLED");
    emu.amphost().json(&["job", "delete", "--app", "jobs", "--branch", "main", "--job-id", "1", "--yes"]);
    let list = emu.amphost().json(&["job", "list", "--app", "jobs", "--branch", "main"]);
    assert!(list["jobSummaries"].as_array().unwrap().is_empty());

    let emu = Emulator::start();
    app_with_branch(&emu, "jobs");
    emu.amphost().json(&["job", "start", "--app", "jobs", "--branch", "main", "--wait"]);
    emu.amphost().json(&["job", "start", "--app", "jobs", "--branch", "main", "--wait"]);
    let list = emu.amphost().json(&["job", "list", "--app", "jobs", "--branch", "main"]);
    let ids: Vec<&str> =
        list["jobSummaries"].as_array().unwrap().iter().map(|j| j["jobId"].as_str().unwrap()).collect();
    assert_eq!(ids, ["2", "1"], "newest first");
    let arts = emu.amphost().json(&["job", "artifacts", "list", "--app", "jobs", "--branch", "main", "2"]);
    let id = arts["artifacts"][0]["artifactId"].as_str().unwrap();
    let out = emu.dir.path().join("a.zip");
    emu.amphost().run(&["job", "artifacts", "download", "--artifact-id", id, "--out", out.to_str().unwrap()]).ok();
    let z = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    assert!(z.index_for_name("index.html").is_some());
    // A file that exists is the user's: refused before any request, replaced with --force.
    std::fs::write(&out, "mine").unwrap();
    let again = ["job", "artifacts", "download", "--artifact-id", id, "--out", out.to_str().unwrap()];
    emu.amphost().run(&again).fails_with(2, "a.zip exists: nothing was downloaded").fails_with(2, "--force");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    emu.amphost().run(&[&again[..], &["--force"]].concat()).ok();
    assert!(zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).is_ok());
    // A job's artifacts into a folder holding one of their names: none is written.
    let folder = emu.dir.path().join("arts");
    let name = arts["artifacts"][0]["artifactFileName"].as_str().unwrap();
    let taken = folder.join(std::path::Path::new(name).file_name().unwrap());
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(&taken, "mine").unwrap();
    let all =
        ["job", "artifacts", "download", "--app", "jobs", "--branch", "main", "2", "--out", folder.to_str().unwrap()];
    emu.amphost().run(&all).fails_with(2, "exists: nothing was downloaded");
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "mine");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1, "nothing written beside it");
    emu.amphost().run(&[&all[..], &["--force"]].concat()).ok();
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), arts["artifacts"].as_array().unwrap().len());
    assert_ne!(std::fs::read_to_string(&taken).unwrap_or_default(), "mine");
    let got = emu.amphost().json(&["job", "get", "--app", "jobs", "--branch", "main", "2"]);
    let steps: Vec<&str> =
        got["job"]["steps"].as_array().unwrap().iter().map(|s| s["stepName"].as_str().unwrap()).collect();
    assert_eq!(steps, ["BUILD", "DEPLOY", "VERIFY"]);
    emu.amphost()
        .run(&["job", "start", "--app", "jobs", "--branch", "main", "--job-type", "BUILD"])
        .fails_with(2, "invalid value 'BUILD'");
}

#[test]
fn domains_show_their_dns_records_and_wait_exits_by_outcome() {
    let emu = Emulator::start();
    app_with_branch(&emu, "dom");
    let out = emu
        .amphost()
        .run(&[
            "-o",
            "table",
            "domain",
            "create",
            "--app",
            "dom",
            "example.com",
            "--sub-domain",
            "www=main",
            "--sub-domain",
            "=main",
        ])
        .ok();
    assert!(
        out.stdout.contains("www.example.com") && out.stdout.contains("certificate verification"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("cloudfront.net"), "{}", out.stdout);
    let waited = emu.amphost().json(&["domain", "wait", "--app", "dom", "example.com", "--timeout", "30s"]);
    assert_eq!(waited["domainAssociation"]["domainStatus"], "AVAILABLE");
    assert!(waited["domainAssociation"]["subDomains"].as_array().unwrap().iter().all(|s| s["verified"] == true));
    let list = emu.amphost().json(&["domain", "list", "--app", "dom"]);
    assert_eq!(list["domainAssociations"].as_array().unwrap().len(), 1);
    let up = emu.amphost().json(&["domain", "update", "--app", "dom", "example.com", "--enable-auto-sub-domain"]);
    assert_eq!(up["domainAssociation"]["enableAutoSubDomain"], true);
    let csv = emu
        .amphost()
        .run(&["app", "access-logs", "dom", "--domain", "example.com", "--start", "2h", "--end", "now"])
        .ok();
    assert!(csv.stdout.starts_with("date,time,") && csv.stdout.lines().count() > 2, "{}", csv.stdout);
    let logs = emu.dir.path().join("logs.csv");
    std::fs::write(&logs, "mine").unwrap();
    let to_file = ["app", "access-logs", "dom", "--domain", "example.com", "--out", logs.to_str().unwrap()];
    emu.amphost().run(&to_file).fails_with(2, "logs.csv exists: nothing was downloaded");
    assert_eq!(std::fs::read_to_string(&logs).unwrap(), "mine");
    emu.amphost().run(&[&to_file[..], &["--force"]].concat()).ok();
    assert!(std::fs::read_to_string(&logs).unwrap().starts_with("date,time,"));
    emu.amphost()
        .run(&["app", "access-logs", "dom", "--domain", "nope.example.com"])
        .fails_with(1, "NotFoundException");
    // --sub-domain re-points that prefix and keeps the others (the API replaces the list).
    emu.amphost().json(&["branch", "create", "--app", "dom", "dev"]);
    let up = emu.amphost().json(&["domain", "update", "--app", "dom", "example.com", "--sub-domain", "www=dev"]);
    let mut mapped: Vec<(String, String)> = up["domainAssociation"]["subDomains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let setting = &s["subDomainSetting"];
            (setting["prefix"].as_str().unwrap().to_string(), setting["branchName"].as_str().unwrap().to_string())
        })
        .collect();
    mapped.sort();
    assert_eq!(mapped, [("".to_string(), "main".to_string()), ("www".to_string(), "dev".to_string())]);

    emu.inject(r#"{"failNextDomain": {"reason": "CNAME conflict at www"}}"#);
    emu.amphost().json(&["domain", "create", "--app", "dom", "broken.example", "--sub-domain", "www=main"]);
    // The wait's DNS check asks a local server, never the machine's resolver.
    let dns = common::dns::DnsServer::start(emu.dir.path(), "empty", "");
    emu.amphost()
        .run(&["domain", "wait", "--app", "dom", "broken.example", "--nameserver", &dns.addr])
        .fails_with(3, "domain broken.example FAILED: CNAME conflict at www");

    let slow = Emulator::start_with(&["--job-step-duration", "60s"]);
    app_with_branch(&slow, "dom");
    slow.amphost().json(&["domain", "create", "--app", "dom", "slow.example", "--sub-domain", "www=main"]);
    let out = slow
        .amphost()
        .run(&["domain", "wait", "--app", "dom", "slow.example", "--timeout", "1s"])
        .fails_with(5, "still CREATING");
    // JSON still gets the domain as last seen, before the exit code says it timed out.
    assert_eq!(out.json()["domainAssociation"]["domainStatus"], "CREATING", "{}", out.stdout);
    emu.amphost().run(&["domain", "create", "--app", "dom", "x.example"]).fails_with(2, "--sub-domain");
    emu.amphost()
        .run(&["domain", "create", "--app", "dom", "bad_domain!", "--sub-domain", "www=main"])
        .fails_with(2, "--domain-name");
    emu.amphost().json(&["domain", "delete", "--app", "dom", "example.com", "--yes"]);
}

#[test]
fn webhooks_start_builds_when_triggered() {
    // Long steps: the job a trigger starts is still running when the second comes.
    let emu = Emulator::start_with(&["--job-step-duration", "10s"]);
    app_with_branch(&emu, "hooks");
    let hook = emu.amphost().allow_webhook_url().json(&[
        "webhook",
        "create",
        "--app",
        "hooks",
        "--branch",
        "main",
        "--description",
        "from CI",
    ]);
    let id = hook["webhook"]["webhookId"].as_str().unwrap().to_string();
    let url = hook["webhook"]["webhookUrl"].as_str().unwrap().to_string();
    assert!(!url.contains("<redacted>"), "the URL is printed as the service returned it: {url}");
    let job = emu.amphost().json(&["webhook", "trigger", &id]);
    assert_eq!(job["jobSummary"]["jobType"], "WEB_HOOK");
    assert_eq!(job["jobSummary"]["jobId"], "1");
    // The branch is busy with it: the service's message (not its JSON), and how to follow it.
    let out = emu.amphost().run(&["webhook", "trigger", &id]).fails_with(1, "HTTP 400 Bad Request: The last job 1");
    assert!(out.stderr.contains("`amphost job watch --app") && !out.stderr.contains("{\"message"), "{}", out.stderr);
    let up = emu.amphost().allow_webhook_url().json(&["webhook", "update", &id, "--description", "renamed"]);
    assert_eq!(up["webhook"]["description"], "renamed");
    let list = emu.amphost().allow_webhook_url().json(&["webhook", "list", "--app", "hooks"]);
    assert_eq!(list["webhooks"].as_array().unwrap().len(), 1);
    assert_eq!(list["webhooks"][0]["webhookUrl"], url.as_str());
    // Text output lists the URL whole, as the README says (the list had no URL column).
    let text = emu.amphost().allow_webhook_url().run(&["-o", "text", "webhook", "list", "--app", "hooks"]).ok();
    assert!(text.stdout.contains(url.as_str()), "{}", text.stdout);
    let got = emu.amphost().allow_webhook_url().json(&["webhook", "get", "--webhook-id", &id]);
    assert_eq!(got["webhook"]["branchName"], "main");
    emu.amphost().allow_webhook_url().json(&["webhook", "delete", &id, "--yes"]);
    emu.amphost().run(&["webhook", "get", &id]).fails_with(1, "NotFoundException");
}

#[test]
fn backend_environments_and_tags_on_them() {
    let emu = Emulator::start();
    app_with_branch(&emu, "be");
    let env =
        emu.amphost().json(&["backend-env", "create", "--app", "be", "staging", "--stack-name", "amplify-be-staging"]);
    let arn = env["backendEnvironment"]["backendEnvironmentArn"].as_str().unwrap().to_string();
    assert!(arn.ends_with("/backendenvironments/staging"), "{arn}");
    emu.amphost().json(&["backend-env", "create", "--app", "be", "prod"]);
    let all = emu.amphost().json(&["backend-env", "list", "--app", "be"]);
    assert_eq!(all["backendEnvironments"].as_array().unwrap().len(), 2);
    let one = emu.amphost().json(&["backend-env", "list", "--app", "be", "--environment-name", "prod"]);
    assert_eq!(one["backendEnvironments"].as_array().unwrap().len(), 1);
    emu.amphost().run(&["tag", "add", "--resource-arn", &arn, "tier=test"]).ok();
    assert_eq!(emu.amphost().json(&["tag", "list", "--resource-arn", &arn])["tags"]["tier"], "test");
    emu.amphost().json(&["backend-env", "delete", "--app", "be", "staging", "--yes"]);
    emu.amphost().run(&["backend-env", "get", "--app", "be", "staging"]).fails_with(1, "NotFoundException");
    emu.amphost().run(&["tag", "list", "--resource-arn", &arn]).fails_with(1, "ResourceNotFoundException");
}

/// The webhook URL a user pastes into their git provider: printed whole where it was asked for
/// (JSON, text, `--query`), masked in tables unless `--show-token`, never in `--debug` traces.
#[test]
fn a_webhook_url_is_printed_where_asked_and_never_traced() {
    let emu = Emulator::start();
    app_with_branch(&emu, "hookurl");
    let created = emu
        .amphost()
        .allow_webhook_url()
        .run(&["-o", "json", "webhook", "create", "--app", "hookurl", "--branch", "main"])
        .ok();
    let hook = created.json();
    // A branch typo: the hint is about branches, with the near name.
    emu.amphost()
        .run(&["webhook", "create", "--app", "hookurl", "--branch", "mian"])
        .fails_with(1, "did you mean branch `main`?")
        .fails_with(1, "amphost branch list --app");
    let id = hook["webhook"]["webhookId"].as_str().unwrap().to_string();
    let url = hook["webhook"]["webhookUrl"].as_str().unwrap().to_string();
    let token = url.split("token=").nth(1).and_then(|t| t.split('&').next()).unwrap_or_default().to_string();
    assert!(token.len() >= 16 && !token.contains("redacted"), "a usable token in {url}");
    // Every test run has --debug on: the traces (of the response that holds the URL) redact it.
    assert!(created.stderr.contains("[debug]"), "{}", created.stderr);
    assert!(!created.stderr.contains(&token), "a trace shows the token:\n{}", created.stderr);
    assert!(created.stderr.contains("token=<redacted>"), "the traced URL is masked:\n{}", created.stderr);

    // Text and --query print it whole, ready to paste.
    let text = emu.amphost().allow_webhook_url().run(&["-o", "text", "webhook", "get", &id]).ok();
    assert!(text.stdout.contains(&url), "{}", text.stdout);
    assert!(!text.stderr.contains(&token), "{}", text.stderr);
    let queried = emu
        .amphost()
        .allow_webhook_url()
        .run(&["-o", "text", "webhook", "get", &id, "--query", "webhook.webhookUrl"])
        .ok();
    assert_eq!(queried.stdout.trim(), url);

    // A table masks it, and says how to see it; --show-token shows it.
    let table = emu.amphost().run(&["-o", "table", "webhook", "get", &id]).ok();
    assert!(table.stdout.contains("token=<redacted>") && !table.stdout.contains(&token), "{}", table.stdout);
    assert!(table.stderr.contains("--show-token"), "{}", table.stderr);
    let shown = emu.amphost().allow_webhook_url().run(&["-o", "table", "webhook", "get", &id, "--show-token"]).ok();
    assert!(shown.stdout.contains(&token), "{}", shown.stdout);
    assert!(!shown.stderr.contains(&token), "{}", shown.stderr);

    // The opt-in skips webhook URLs only: any other token is still a leak.
    let leak = format!("{url}\nother: https://h/x?token={token}");
    let scanned = common::without_webhook_urls(&leak);
    assert!(!scanned.contains(&url) && scanned.contains("token="), "{scanned}");
    let caught = std::panic::catch_unwind(|| common::assert_no_secrets(&["x"], &scanned));
    assert!(caught.is_err(), "the scan missed a token outside a webhook URL");
}

/// `-o text` of a result with several parts names each part's rows, as the AWS CLI's text
/// output names nested lists: a script tells a branch row from a domain row.
#[test]
fn text_output_names_the_rows_of_each_part() {
    let emu = Emulator::start();
    emu.amphost().json(&["app", "create", "parts"]);
    emu.amphost().json(&["branch", "create", "--app", "parts", "main"]);
    emu.amphost().json(&["domain", "create", "--app", "parts", "example.com", "--sub-domain", "www=main"]);
    let status = emu.amphost().run(&["-o", "text", "status", "--app", "parts"]).ok().stdout;
    assert!(status.lines().any(|l| l.starts_with("BRANCHES\tmain\t")), "{status}");
    assert!(status.lines().any(|l| l.starts_with("DOMAINS\texample.com\t")), "{status}");
    assert!(status.lines().next().unwrap().starts_with("App\t"), "{status}");
    let domain = emu.amphost().run(&["-o", "text", "domain", "get", "--app", "parts", "example.com"]).ok().stdout;
    assert!(domain.lines().any(|l| l.starts_with("RECORDS\t")), "{domain}");
}
