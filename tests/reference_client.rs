//! AWS's own client through all 37 operations against the emulator: each must succeed, and
//! each response must satisfy the model's output shape (required members present, types,
//! enums and patterns right, nothing the model does not define).

mod common;
use amphost::model::{model, validate::validate};
use common::Emulator;
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

struct Aws<'a> {
    emu: &'a Emulator,
    seen: BTreeSet<String>,
}

impl Aws<'_> {
    /// Runs `aws amplify <command> …` and checks the response against the operation's output.
    fn call(&mut self, operation: &str, args: &[&str]) -> Value {
        let command = kebab(operation);
        let out = Command::new("aws")
            .args(["amplify", &command, "--endpoint-url", &self.emu.url, "--region", "us-east-1", "--output", "json"])
            .args(args)
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_CONFIG_FILE", self.emu.dir.path().join("none"))
            .env("AWS_SHARED_CREDENTIALS_FILE", self.emu.dir.path().join("none"))
            .output()
            .expect("the AWS CLI is installed (.ci/run installs it)");
        assert!(
            out.status.success(),
            "aws amplify {command} {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let value: Value = if out.stdout.iter().all(u8::is_ascii_whitespace) {
            Value::Object(Default::default())
        } else {
            serde_json::from_slice(&out.stdout).expect("JSON")
        };
        let op = model().operation(operation);
        let shape = &op.output.as_ref().expect("output").shape;
        if let Err(v) = validate(shape, &value) {
            panic!("{operation} response breaks the model at {v}:\n{value:#}");
        }
        self.seen.insert(operation.to_string());
        value
    }
}

fn kebab(op: &str) -> String {
    amphost::cli::flags::kebab(op)
}

fn wait_for(mut check: impl FnMut() -> bool) {
    for _ in 0..100 {
        if check() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("condition not reached in 10 s");
}

#[test]
fn the_aws_cli_runs_all_37_operations_against_the_emulator() {
    // Steps long enough for a job to be stopped while it runs, between two AWS CLI calls.
    let emu = Emulator::start_with(&["--job-step-duration", "2s"]);
    let mut aws = Aws { emu: &emu, seen: BTreeSet::new() };

    let app = aws.call("CreateApp", &["--name", "ref", "--tags", "a=1"]);
    let app_id = app["app"]["appId"].as_str().unwrap().to_string();
    let app_arn = app["app"]["appArn"].as_str().unwrap().to_string();
    let id = app_id.as_str();
    aws.call("GetApp", &["--app-id", id]);
    aws.call("ListApps", &[]);
    aws.call("UpdateApp", &["--app-id", id, "--description", "updated"]);

    aws.call("CreateBranch", &["--app-id", id, "--branch-name", "main"]);
    aws.call("GetBranch", &["--app-id", id, "--branch-name", "main"]);
    aws.call("ListBranches", &["--app-id", id]);
    aws.call("UpdateBranch", &["--app-id", id, "--branch-name", "main", "--framework", "React"]);

    aws.call(
        "CreateBackendEnvironment",
        &["--app-id", id, "--environment-name", "staging", "--stack-name", "amplify-stack"],
    );
    aws.call("GetBackendEnvironment", &["--app-id", id, "--environment-name", "staging"]);
    aws.call("ListBackendEnvironments", &["--app-id", id]);

    let hook = aws.call("CreateWebhook", &["--app-id", id, "--branch-name", "main", "--description", "ci"]);
    let hook_id = hook["webhook"]["webhookId"].as_str().unwrap().to_string();
    aws.call("GetWebhook", &["--webhook-id", &hook_id]);
    aws.call("ListWebhooks", &["--app-id", id]);
    aws.call("UpdateWebhook", &["--webhook-id", &hook_id, "--description", "ci builds"]);

    let subs = "prefix=www,branchName=main";
    aws.call(
        "CreateDomainAssociation",
        &["--app-id", id, "--domain-name", "example.com", "--sub-domain-settings", subs],
    );
    aws.call("GetDomainAssociation", &["--app-id", id, "--domain-name", "example.com"]);
    aws.call("ListDomainAssociations", &["--app-id", id]);
    aws.call("UpdateDomainAssociation", &["--app-id", id, "--domain-name", "example.com", "--enable-auto-sub-domain"]);
    let logs = aws.call(
        "GenerateAccessLogs",
        &[
            "--app-id",
            id,
            "--domain-name",
            "example.com",
            "--start-time",
            "2026-01-01T00:00:00Z",
            "--end-time",
            "2026-01-01T06:00:00Z",
        ],
    );
    let (status, csv) = common::http_get(logs["logUrl"].as_str().unwrap());
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&csv).starts_with("date,time,"));

    let job = aws
        .call("StartJob", &["--app-id", id, "--branch-name", "main", "--job-type", "RELEASE", "--commit-id", "abc123"]);
    let job_id = job["jobSummary"]["jobId"].as_str().unwrap().to_string();
    aws.call("GetJob", &["--app-id", id, "--branch-name", "main", "--job-id", &job_id]);
    aws.call("ListJobs", &["--app-id", id, "--branch-name", "main"]);
    let stopped = aws.call("StopJob", &["--app-id", id, "--branch-name", "main", "--job-id", &job_id]);
    assert!(matches!(stopped["jobSummary"]["status"].as_str(), Some("CANCELLING" | "CANCELLED")));
    wait_for(|| {
        let j = aws.call("GetJob", &["--app-id", id, "--branch-name", "main", "--job-id", &job_id]);
        j["job"]["summary"]["status"] == "CANCELLED"
    });
    aws.call("DeleteJob", &["--app-id", id, "--branch-name", "main", "--job-id", &job_id]);

    // A manual deployment: the archive goes to the presigned URL, as with S3.
    let deployment = aws.call("CreateDeployment", &["--app-id", id, "--branch-name", "main"]);
    let zip_path = emu.dir.path().join("site.zip");
    {
        use std::io::Write;
        let mut z = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        z.start_file("index.html", zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(b"<h1>hello</h1>").unwrap();
        z.finish().unwrap();
    }
    let put = Command::new("curl")
        .args(["-sf", "-X", "PUT", "--data-binary"])
        .arg(format!("@{}", zip_path.display()))
        .arg(deployment["zipUploadUrl"].as_str().unwrap())
        .status()
        .unwrap();
    assert!(put.success(), "the upload PUT failed");
    let deploy_job = deployment["jobId"].as_str().unwrap().to_string();
    aws.call("StartDeployment", &["--app-id", id, "--branch-name", "main", "--job-id", &deploy_job]);
    wait_for(|| {
        let j = aws.call("GetJob", &["--app-id", id, "--branch-name", "main", "--job-id", &deploy_job]);
        j["job"]["summary"]["status"] == "SUCCEED"
    });
    let artifacts = aws.call("ListArtifacts", &["--app-id", id, "--branch-name", "main", "--job-id", &deploy_job]);
    let artifact_id = artifacts["artifacts"][0]["artifactId"].as_str().expect("an artifact").to_string();
    let url = aws.call("GetArtifactUrl", &["--artifact-id", &artifact_id]);
    let (status, bytes) = common::http_get(url["artifactUrl"].as_str().unwrap());
    assert_eq!(status, 200);
    assert_eq!(bytes, std::fs::read(&zip_path).unwrap(), "the artifact is the uploaded archive");

    aws.call("TagResource", &["--resource-arn", &app_arn, "--tags", "b=2"]);
    let tags = aws.call("ListTagsForResource", &["--resource-arn", &app_arn]);
    assert_eq!(tags["tags"], serde_json::json!({"a": "1", "b": "2"}));
    aws.call("UntagResource", &["--resource-arn", &app_arn, "--tag-keys", "a"]);

    aws.call("DeleteWebhook", &["--webhook-id", &hook_id]);
    aws.call("DeleteDomainAssociation", &["--app-id", id, "--domain-name", "example.com"]);
    aws.call("DeleteBackendEnvironment", &["--app-id", id, "--environment-name", "staging"]);
    aws.call("DeleteBranch", &["--app-id", id, "--branch-name", "main"]);
    aws.call("DeleteApp", &["--app-id", id]);

    let all: BTreeSet<String> = model().operations.keys().cloned().collect();
    let missing: Vec<&String> = all.difference(&aws.seen).collect();
    assert!(missing.is_empty(), "operations not exercised: {missing:?}");
    assert_eq!(aws.seen.len(), 37);
}
