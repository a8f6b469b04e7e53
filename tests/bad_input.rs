//! Invalid invocations across every noun: each exits 2 with a message naming the culprit,
//! and the emulator receives no request.

mod common;
use common::Emulator;

#[test]
fn every_bad_invocation_exits_2_names_the_culprit_and_sends_nothing() {
    let emu = Emulator::start();
    let dir = emu.dir.path().to_path_buf();
    let site = dir.join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "x").unwrap();
    let empty = dir.join("empty-site");
    std::fs::create_dir_all(&empty).unwrap();
    let escaping = dir.join("escaping-site");
    std::fs::create_dir_all(&escaping).unwrap();
    std::fs::write(escaping.join("index.html"), "x").unwrap();
    std::os::unix::fs::symlink("/etc/hostname", escaping.join("leak.txt")).unwrap();
    let fake_zip = dir.join("fake.zip");
    std::fs::write(&fake_zip, "not a zip").unwrap();
    let text_file = dir.join("notes.txt");
    std::fs::write(&text_file, "notes").unwrap();
    let huge_spec = dir.join("huge.yml");
    std::fs::write(&huge_spec, "x".repeat(30_000)).unwrap();
    let bad_json = dir.join("rules.json");
    std::fs::write(&bad_json, "[{\"source\": \"/a\", ").unwrap();
    // Dotenv files for `env import|diff`: each refused with FILE:LINE before any request.
    let env_file = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let bad_env = env_file("bad.env", "A=1\nthis is not a line\n");
    let unclosed_env = env_file("unclosed.env", "A=1\n\n# a comment\nB=\"zq-unclosed\nC=3\n");
    let spaced_env = env_file("spaced.env", "A=two words\n");
    let escape_env = env_file("escape.env", "A=1\nB=\"bad \\q escape\"\n");
    let dup_env = env_file("dup.env", "A=1\nB=2\nA=3\n");
    let long_value_env = env_file("long.env", &format!("BIG={}\n", "v".repeat(5501)));
    let long_name_env = env_file("longname.env", &format!("{}=1\n", "K".repeat(256)));
    // A folder name one letter off: the one there is, suggested.
    let typo_site = format!("{}/sitte", dir.display());
    let typo_hint = format!("did you mean {}/site?", dir.display());
    let no_vars_env = env_file("novars.env", "# nothing here\n\n");
    let latin1_env = dir.join("latin1.env");
    std::fs::write(&latin1_env, b"A=1\nB=caf\xe9\n").unwrap();
    let latin1_env = latin1_env.to_str().unwrap().to_string();

    // Rules and headers files (issue 12): each broken in its own way.
    let code = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let rules_syntax = code("syntax-rules.json", "[\n  {\"source\": \"/a\",\n   \"target\" \"/b\"}\n]\n");
    let rules_broken = code("broken-rules.json", r#"[{"source": "/a", "target": "/b/<id>", "status": "301"}]"#);
    let rules_toml = code("bad-rules.toml", "[[rules]]\nsource = \"/a\"\ntarget = @\n");
    let rules_typo = code("typo-rules.toml", "[[rules]]\nsource = \"/a\"\ntarget = \"/b\"\nstauts = \"301\"\n");
    let headers_yaml = code("bad-headers.yml", "customHeaders:\n  - pattern: '*.js'\n    headers: [oops\n");
    let headers_name = code(
        "name-headers.yml",
        "customHeaders:\n  - pattern: '*'\n    headers:\n      - key: Bad Name\n        value: x\n",
    );
    let headers_shape = code("shape-headers.yml", "customHeader:\n  - pattern: '*'\n");
    let unknown_format = code("redirects.txt", "/a /b 301\n");
    // Cases files for `rules test` (issue 14): each refused with FILE:LINE before any request.
    let cases_syntax = code("syntax.cases", "/a -> 301 /b\n/old 301 /new\n");
    let cases_status = code("status.cases", "/a -> 404-200 /index.html\n");
    let cases_country = code("country.cases", "# geo\n/geo [country=USA] -> 302 /us.html\n");
    let cases_option = code("option.cases", "/a [lang=fr] -> 200\n");
    let cases_unclosed = code("unclosed.cases", "/a [country=US -> 200\n");
    let cases_extra = code("extra.cases", "/a -> 301 /b /c\n");
    let cases_request = code("request.cases", "a/b -> 200\n");
    let cases_empty = code("empty.cases", "# nothing yet\n\n");
    let cases_ok = code("ok.cases", "/a -> 301 /b\n");
    let rules_ok = code("ok-rules.json", r#"[{"source": "/a", "target": "/b", "status": "301"}]"#);

    let backslash = dir.join("backslash-site");
    std::fs::create_dir_all(&backslash).unwrap();
    std::fs::write(backslash.join("index.html"), "x").unwrap();
    std::fs::write(backslash.join("a\\b.html"), "x").unwrap();
    let backslash = backslash.to_str().unwrap().to_string();
    let leaky = dir.join("leaky-site");
    std::fs::create_dir_all(leaky.join(".ssh")).unwrap();
    std::fs::write(leaky.join("index.html"), "x").unwrap();
    std::fs::write(leaky.join(".ssh/id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----").unwrap();
    let leaky = leaky.to_str().unwrap().to_string();
    let long_app = "a".repeat(300);

    let (site, empty, escaping) = (site.to_str().unwrap(), empty.to_str().unwrap(), escaping.to_str().unwrap());
    let (fake_zip, text_file) = (fake_zip.to_str().unwrap(), text_file.to_str().unwrap());
    let huge_spec = format!("file://{}", huge_spec.display());
    let bad_json = format!("file://{}", bad_json.display());
    let long = "x".repeat(1001);
    let long_env = format!("BIG={}", "v".repeat(5501));
    let long_pr = "p".repeat(21);

    let cases: Vec<(Vec<&str>, &str)> = vec![
        // app
        (vec!["app", "create", "x", "--description", &long], "--description: must have at most 1000 characters"),
        (vec!["app", "create", "x", "--platform", "MOBILE"], "'--platform"),
        (vec!["app", "create", "x", "--custom-rules", r#"[{"source": "/a"}]"#], "rule #1: has no target"),
        (vec!["app", "create", "x", "--custom-rules", "{oops"], "not valid JSON"),
        (vec!["app", "create", "x", "--custom-rules", &bad_json], "is not valid JSON"),
        (vec!["app", "create", "x", "--custom-rules", "file:///no/such/rules.json"], "cannot read /no/such/rules.json"),
        (vec!["app", "create", "x", "--basic-auth", "nopassword"], "--basic-auth: expected USER:PASSWORD"),
        (vec!["app", "create", ""], "--name: must have at least 1 characters"),
        (vec!["app", "create", "x", "--env", "NOEQUALS"], "expected KEY=VALUE"),
        (vec!["app", "create", "x", "--env", "=value"], "expected KEY=VALUE"),
        (vec!["app", "create", "x", "--env", &long_env], "--env"),
        (vec!["app", "create", "x", "--tag", "aws:reserved=1"], "--tag"),
        (vec!["app", "create", "x", "--build-spec", ""], "--build-spec: must have at least 1"),
        (vec!["app", "create", "x", "--build-spec", &huge_spec], "--build-spec: must have at most 25000"),
        (vec!["app", "create", "x", "--build-spec", "file:///no/amplify.yml"], "cannot read /no/amplify.yml"),
        (
            vec!["app", "create", "x", "--job-config", "buildComputeType=HUGE"],
            "--job-config (jobConfig.buildComputeType)",
        ),
        (vec!["app", "create", "x", "--cache-config", r#"{"type": 1}"#], "--cache-config (cacheConfig.type)"),
        (
            vec!["app", "create", "x", "--auto-branch-creation-config", r#"{"stage": "LIVE"}"#],
            "autoBranchCreationConfig.stage",
        ),
        (vec!["app", "create", "x", "--enable-basic-auth=maybe"], "--enable-basic-auth"),
        (vec!["app", "create", "x", "--environment-variables", "[1, 2]"], "must be a map"),
        (vec!["app", "create", "x", "--access-token", ""], "--access-token: must have at least 1"),
        (vec!["app", "create", "x", "--enable-basic-auth"], "would lock everyone out"),
        (vec!["app", "create", "x", "--enable-basic-auth=true"], "--basic-auth USER:PASSWORD"),
        (vec!["app", "update", "d0000000000000"], "nothing to update"),
        (vec!["app", "update", "some-name", "--description", &long], "--description"),
        (vec!["app", "update", "", "--name", "y"], "--app is empty"),
        (vec!["app", "list", "--page-size", "500"], "--page-size 500: must be between 0 and 100"),
        (vec!["app", "list", "--max-items", "0"], "--max-items"),
        (vec!["app", "list", "--starting-token", "garbage!"], "--starting-token"),
        (vec!["app", "list", "--query", "apps[?"], "not a valid JMESPath"),
        (vec!["app", "list", "-o", "yaml"], "invalid value 'yaml'"),
        (vec!["app", "env", "set", "--app", "x", "NOEQ"], "expected KEY=VALUE"),
        (vec!["app", "env", "set", "--app", "x", &long_env], "invalid KEY=VALUE BIG=…: its value"),
        (vec!["app", "env", "unset", "--app", "x"], "required"),
        // app env import|export|diff (dotenv files)
        (vec!["app", "env", "import", "--app", "x", &bad_env], "bad.env:2: expected KEY=VALUE"),
        (vec!["app", "env", "import", "--app", "x", &unclosed_env], "unclosed.env:4: the value is not valid dotenv"),
        (vec!["app", "env", "import", "--app", "x", &spaced_env], "spaced.env:1: the value is not valid dotenv"),
        (vec!["app", "env", "import", "--app", "x", &escape_env], "escape.env:2: the value is not valid dotenv"),
        (vec!["app", "env", "import", "--app", "x", &dup_env], "dup.env:3: A is set again (first on line 1)"),
        (vec!["app", "env", "import", "--app", "x", &long_value_env], "long.env:1: BIG: its value must have"),
        (vec!["app", "env", "import", "--app", "x", &long_name_env], "longname.env:1: KKK"),
        (vec!["app", "env", "import", "--app", "x", &latin1_env], "latin1.env:2: not UTF-8 text"),
        (vec!["app", "env", "import", "--app", "x", &no_vars_env, "--replace"], "holds no variables"),
        (vec!["app", "env", "import", "--app", "x", "/no/such/.env"], "cannot read /no/such/.env"),
        (vec!["app", "env", "import", "--app", "x"], "no FILE given"),
        (vec!["app", "env", "diff", "--app", "x", &bad_env], "bad.env:2: expected KEY=VALUE"),
        (vec!["app", "env", "diff", "--app", "x", &unclosed_env], "unclosed.env:4:"),
        (vec!["app", "env", "export", "--app", "x", "--format", "yaml"], "invalid value 'yaml'"),
        (vec!["branch", "env", "import", "--app", "x", "--branch", "b", &bad_env], "bad.env:2: expected KEY=VALUE"),
        (vec!["branch", "env", "import", "--app", "x", "--branch", "b", &long_value_env], "long.env:1: BIG"),
        (vec!["branch", "env", "import", "--app", "x", "--branch", "b"], "required"),
        (vec!["branch", "env", "diff", "--app", "x", "--branch", "b", &dup_env], "dup.env:3:"),
        (vec!["branch", "env", "set", "--app", "x", "--branch", "b", "NOEQ"], "expected KEY=VALUE"),
        (vec!["branch", "env", "set", "--app", "x", "--branch", "b", &long_env], "invalid KEY=VALUE BIG=…: its value"),
        (vec!["branch", "env", "list", "--branch", "b"], "no app given"),
        (vec!["app", "access-logs", "x", "--domain", "example.com", "--start", "yesterday-ish"], "is not a time"),
        (vec!["app", "access-logs", "x", "--domain", "not a domain"], "--domain-name"),
        (
            vec!["app", "access-logs", "x", "--domain", "example.com", "--start", "1h", "--end", "2h"],
            "is not before --end",
        ),
        (vec!["app", "delete"], "required"),
        // branch
        (vec!["branch", "create", "--app", "x", ""], "--branch: must have at least 1"),
        (vec!["branch", "create", "--app", "x", "b", "--stage", "LIVE"], "'--stage"),
        (vec!["branch", "create", "--app", "x", "b", "--ttl", "soon"], "--ttl"),
        (
            vec!["branch", "create", "--app", "x", "b", "--backend", r#"{"stackArn": "nope"}"#],
            "--backend (backend.stackArn)",
        ),
        (
            vec!["branch", "create", "--app", "x", "b", "--pull-request-environment-name", &long_pr],
            "--pull-request-environment-name",
        ),
        (vec!["branch", "create", "--app", "x", "b", "--enable-auto-build=perhaps"], "--enable-auto-build"),
        (vec!["branch", "create", "--app", "x", "b", "--enable-basic-auth"], "would lock everyone out"),
        (vec!["branch", "update", "--app", "x", "b"], "nothing to update"),
        (vec!["branch", "get", "--app", "x", ""], "--branch: must not be empty"),
        (vec!["branch", "list"], "no app given"),
        // job
        (vec!["job", "start", "--app", "x", "--branch", "b", "--job-type", "BUILD"], "'--job-type"),
        (vec!["job", "start", "--app", "x", "--branch", "b", "--commit-time", "soonish"], "is not a time"),
        (vec!["job", "start", "--app", "x", "--branch", "b", "--job-id", "abc"], "--job-id"),
        (vec!["job", "get", "--app", "x", "--branch", "b", "abc"], "--job-id"),
        (vec!["job", "stop", "--app", "x", "--branch", "b", "12x"], "--job-id"),
        (vec!["job", "watch", "--app", "x", "--branch", "b", "1", "--timeout", "forever"], "not a duration"),
        (vec!["job", "artifacts", "download"], "name the artifact"),
        (vec!["job", "artifacts", "download", "--artifact-id", "a", "--app", "x"], "cannot be used with"),
        // deploy
        (vec!["deploy", "/no/such/folder", "--app", "x", "--branch", "b"], "cannot deploy /no/such/folder"),
        (vec!["deploy", text_file, "--app", "x", "--branch", "b"], "neither a folder nor a .zip"),
        (vec!["deploy", fake_zip, "--app", "x", "--branch", "b"], "is not a readable zip archive"),
        (vec!["deploy", fake_zip, "--app", "x", "--branch", "b", "--file-map"], "give a folder, not a .zip"),
        (vec!["deploy", "--source-url", "ftp://x/site.zip", "--app", "x", "--branch", "b"], "must start with s3://"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--no-wait", "--timeout", "1m"], "cannot be used with"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--compression-level", "12"], "--compression-level"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--concurrency", "0"], "--concurrency"),
        (vec!["deploy", escaping, "--app", "x", "--branch", "b"], "outside the folder being deployed"),
        (vec!["deploy", empty, "--app", "x", "--branch", "b"], "has no files to deploy"),
        (vec!["deploy", site, "--app", "x"], "--branch"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--bucket", "my-bucket/site"], "is not an s3:// URL"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--bucket", "s3://My_Bucket/x"], "does not name a bucket"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--bucket", "s3://b-1/x", "--keep", "0"], "--keep"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--keep", "3"], "--keep goes with --bucket"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--bucket", "s3://b-1/a/../b"], "`..` segment"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "--grant"], "--grant goes with --bucket"),
        (vec!["deploy", site, "--app", "x", "--branch", "b", "-m", "why"], "--message goes with --bucket"),
        (vec!["deploy", "list", "--app", "x", "--branch", "b", "--bucket", "s3:/x"], "is not an s3:// URL"),
        // domain
        (vec!["domain", "create", "--app", "x", "bad_domain!", "--sub-domain", "www=main"], "--domain-name"),
        (vec!["domain", "create", "--app", "x", "example.com"], "--sub-domain"),
        (vec!["domain", "create", "--app", "x", "example.com", "--sub-domain", "www"], "PREFIX=BRANCH"),
        (
            vec![
                "domain",
                "create",
                "--app",
                "x",
                "example.com",
                "--sub-domain",
                "www=main",
                "--certificate-settings",
                "type=SELF",
            ],
            "certificateSettings.type",
        ),
        (
            vec![
                "domain",
                "create",
                "--app",
                "x",
                "example.com",
                "--sub-domain",
                "www=main",
                "--auto-sub-domain-iam-role",
                "notanarn",
            ],
            "--auto-sub-domain-iam-role",
        ),
        (vec!["domain", "get", "--app", "x", "bad-.com"], "--domain-name"),
        (vec!["domain", "wait", "--app", "x", "example.com", "--timeout=-5s"], "not a duration"),
        // webhook
        (vec!["webhook", "create", "--app", "x"], "--branch"),
        (vec!["webhook", "create", "--app", "x", "--branch", ""], "--branch: must have at least 1"),
        (vec!["webhook", "update", "w"], "nothing to update"),
        // backend-env
        (vec!["backend-env", "create", "--app", "x", ""], "--environment-name: must have at least 1"),
        (vec!["backend-env", "create", "--app", "x", "e", "--stack-name", ""], "--stack-name: must have at least 1"),
        (vec!["backend-env", "get", "--app", "x", ""], "--environment-name"),
        // tag
        (vec!["tag", "add", "--resource-arn", "arn:aws:s3:::bucket", "a=b"], "--resource-arn"),
        (vec!["tag", "add", "--app", "x"], "required"),
        (vec!["tag", "add", "--app", "x", "aws:owner=me"], "invalid KEY=VALUE"),
        (vec!["tag", "remove", "--app", "x"], "required"),
        (vec!["tag", "list"], "no app given: pass --app APP"),
        (vec!["tag", "list", "--resource-arn", "arn:aws:amplify:x", "--app", "x"], "cannot be used with"),
        // global options and others
        (vec!["--read-timeout", "forever", "app", "list"], "not a duration"),
        (vec!["--max-attempts", "0", "app", "list"], "--max-attempts"),
        (vec!["--color", "rainbow", "app", "list"], "invalid value 'rainbow'"),
        (vec!["--endpoint-url", "not a url", "app", "list"], "not a valid URL"),
        (vec!["emulator", "--account-id", "12"], "12 digits"),
        (vec!["completions", "tcsh"], "invalid value 'tcsh'"),
        (vec!["frobnicate"], "unrecognized subcommand"),
        (vec!["logs"], "`amphost job logs`"),
        (vec!["app", "watch"], "`amphost job watch`"),
        (vec!["list"], "`amphost app list`"),
        (vec!["app", "create", "x", "--platform", "mobile"], "'--platform"),
        // issue 9: values that used to be sent anyway, or reach another operation
        (vec!["deploy", site, "--app", "x", "--branch", ""], "--branch: must not be empty"),
        (vec!["deploy", "--job-id", "abc", "--app", "x", "--branch", "main"], "--job-id"),
        (vec!["deploy", site, "--app", "x", "--branch", "main", "--timeout", "0s"], "is zero"),
        (vec!["deploy", &backslash, "--app", "x", "--branch", "main"], "backslash"),
        (vec!["deploy", &leaky, "--app", "x", "--branch", "main"], "look like they hold secrets"),
        (vec!["job", "watch", "--app", "x", "--branch", ""], "--branch: must not be empty"),
        (vec!["job", "start", "--app", "x", "--branch", "main", "--job-type", "retry"], "name it with --job-id"),
        (vec!["job", "logs", "--app", "x", "--branch", ".."], "dot-segment"),
        (vec!["job", "list", "--app", "x", "--branch", "main", "--page-size", "999"], "--page-size 999"),
        (vec!["domain", "wait", "--app", "x", "bad..domain"], "bad..domain"),
        (vec!["webhook", "list", "--app", "x", "--page-size", "999"], "--page-size 999"),
        (vec!["webhook", "get", ""], "must not be empty"),
        (vec!["webhook", "trigger", ""], "must not be empty"),
        (vec!["preview", "--app", "x", "--branch", ""], "--branch: must not be empty"),
        (vec!["app", "get", &long_app], "neither an app ID nor a possible app name"),
        (vec!["branch", "list", "--app", &long_app], "neither an app ID nor a possible app name"),
        (vec!["--yes", "branch", "delete", "--app", "x", ".."], "dot-segment"),
        (vec!["branch", "create", "--app", "x", "."], "dot-segment"),
        (vec!["--yes", "backend-env", "delete", "--app", "x", ".."], "dot-segment"),
        (vec!["--read-timeout", "0s", "app", "list"], "is zero"),
        (vec!["--profile", "nonexistent", "app", "list"], "the profile \"nonexistent\""),
        (vec!["--region", "x@127.0.0.1:1/", "app", "list"], "not an AWS region name"),
        // issue 12: the project file's commands (run here, where there is no amphost.toml)
        (vec!["init"], "--app APP or --create-app NAME"),
        (vec!["init", "--app", "x", "--branch", ""], "--branch: must have at least 1"),
        (vec!["init", "--create-app", ""], "--create-app: must have at least 1"),
        (vec!["init", "--app", "x", "--create-app", "y"], "cannot be used with"),
        (vec!["link"], "required"),
        (vec!["link", ""], "--app is empty"),
        (vec!["status"], "no app given"),
        (vec!["status", "--app", ""], "--app is empty"),
        (vec!["open"], "no app given"),
        (vec!["open", "--app", "x", "--branch", ".."], "dot-segment"),
        (vec!["open", "--app", "x", "--console", "--branch", "main"], "cannot be used with"),
        // issue 12: rules and headers as code
        (vec!["rules", "push", "--app", "x", "--file", &rules_syntax], "syntax-rules.json:3:"),
        (vec!["rules", "diff", "--app", "x", "--file", &rules_syntax], "syntax-rules.json:3:"),
        (vec!["--yes", "rules", "push", "--app", "x", "--file", &rules_broken], "broken-rules.json: rule #1 (/a)"),
        (vec!["rules", "push", "--app", "x", "--file", &rules_toml], "bad-rules.toml:3:"),
        (vec!["rules", "diff", "--app", "x", "--file", &rules_typo], "stauts"),
        (vec!["rules", "push", "--app", "x", "--file", "/no/such/rules.json"], "cannot read /no/such/rules.json"),
        (vec!["rules", "pull", "--app", "x", "--file", "/no/such/dir/rules.json"], "does not exist"),
        (vec!["rules", "import", &unknown_format], "cannot tell the format"),
        (vec!["rules", "import", &unknown_format, "--from", "apache"], "invalid value 'apache'"),
        (vec!["rules", "import", "/no/such/_redirects"], "cannot read /no/such/_redirects"),
        (vec!["headers", "push", "--app", "x", "--file", &headers_yaml], "bad-headers.yml:"),
        (vec!["headers", "diff", "--app", "x", "--file", &headers_name], "name-headers.yml:4:14: "),
        (vec!["headers", "push", "--app", "x", "--file", &headers_shape], "customHeader"),
        (vec!["headers", "pull", "--app", "x", "--file", "/no/such/dir/customHttp.yml"], "does not exist"),
        // issue 14: rules test (malformed cases files) and rules lint
        (vec!["rules", "test", &cases_syntax, "--file", &rules_ok], "syntax.cases:2: expected `->`"),
        (vec!["rules", "test", &cases_status, "--file", &rules_ok], "status.cases:1: 404-200 is a rule's status"),
        (vec!["rules", "test", &cases_country, "--file", &rules_ok], "country.cases:2: country `USA`"),
        (vec!["rules", "test", &cases_option, "--file", &rules_ok], "option.cases:1: unknown option `[lang=fr]`"),
        (vec!["rules", "test", &cases_unclosed, "--file", &rules_ok], "unclosed.cases:1: `[country=US -> 200` is not"),
        (vec!["rules", "test", &cases_extra, "--file", &rules_ok], "extra.cases:1: unexpected `/c`"),
        (vec!["rules", "test", &cases_request, "--file", &rules_ok], "request.cases:1: the request `a/b`"),
        (vec!["rules", "test", &cases_empty, "--file", &rules_ok], "holds no cases"),
        (vec!["rules", "test", "/no/such/rules.cases"], "cannot read /no/such/rules.cases"),
        (vec!["rules", "test", &cases_ok, "--file", &rules_broken], "broken rule(s)"),
        (vec!["rules", "test", &cases_ok, "--file", &rules_ok, "--against", "ftp://example.com"], "--against"),
        (vec!["rules", "test", &cases_ok, "--file", &rules_ok, "--against", "https://x.com/?a=1"], "without a query"),
        (vec!["rules", "test", &cases_ok, "--file", &rules_ok, "--against", "not a url"], "is not a URL"),
        (vec!["rules", "test", &cases_ok, "--file", &rules_ok, "--concurrency", "0"], "--concurrency"),
        (vec!["rules", "test", &cases_ok, "--file", &rules_ok, "--timeout", "0s"], "is zero"),
        (vec!["rules", "test", &cases_ok, "--app", "x", "--file", &rules_ok], "cannot be used with"),
        (vec!["rules", "test", &cases_ok, "--file", &rules_ok, "--dir", "/no/such/dist"], "--dir /no/such/dist"),
        (vec!["rules", "test"], "required"),
        (vec!["rules", "lint", "--dir", "/no/such/dist"], "--dir /no/such/dist"),
        (vec!["rules", "lint", "--file", &rules_syntax], "syntax-rules.json:3:"),
        (vec!["rules", "lint", "--file", &rules_typo], "stauts"),
        (vec!["rules", "lint", "--app", "x", "--file", &rules_ok], "cannot be used with"),
        (vec!["deploy", ".", "--bucket", "s3://abc/x", "--keep", "3", "--no-wait"], "cannot be used with"),
        // issue 13: rollback, promote, branch prune
        (vec!["branch", "prune", "--app", "x", "--pattern", "pr-*", "--older-than", "0s"], "is zero"),
        (vec!["branch", "prune", "--app", "x", "--pattern", "pr-*", "--older-than", "soon"], "not a duration"),
        (
            vec!["domain", "create", "--app", "x", "example.com", "--certificate-settings", "type=custom"],
            "needs customCertificateArn",
        ),
        (vec!["deploy", "--app", "x", "--branch", "b", "--source-url", "s3://"], "does not name a bucket"),
        (vec!["deploy", "--app", "x", "--branch", "b", "--source-url", "s3://bucket"], "names no object"),
        (vec!["deploy", "--app", "x", "--branch", "b", "--source-url", "https://"], "no URL with a host"),
        (vec!["deploy", "--app", "x", "--branch", "b", "--source-url", "http:///x.zip"], "no URL with a host"),
        (vec!["deploy", "--app", "x", "--branch", "b", "--source-url", "https://.../x"], "no URL with a host"),
        (
            vec!["domain", "create", "--app", "x", "https://example.org/", "--sub-domain", "=main"],
            "give the domain name alone, without a scheme or path: example.org",
        ),
        (vec!["app", "env", "export", "--app", "x", "--query", "A"], "--query does not apply to `env export`"),
        (vec!["branch", "create", "--app", "x", "b", "--stage", "prod"], "a similar value exists: 'PRODUCTION'"),
        (vec!["deploy", &typo_site, "--app", "x", "--branch", "b"], &typo_hint),
        // A bare number would be seconds: `--older-than 14` meant as days took in everything.
        (
            vec!["branch", "prune", "--app", "x", "--pattern", "pr-*", "--older-than", "14"],
            "no unit: say how long, e.g. 14d",
        ),
        (vec!["branch", "prune", "--app", "x", "--pattern", "pr-[", "--older-than", "14d"], "is not a valid glob"),
        (vec!["branch", "prune", "--app", "x", "--pattern", "", "--older-than", "14d"], "--pattern is empty"),
        (vec!["branch", "prune", "--app", "x", "--older-than", "14d"], "--pattern"),
        (vec!["branch", "prune", "--pattern", "pr-*", "--older-than", "14d"], "--app"),
        (vec!["promote", "--app", "x", "--from", "staging", "--to", "staging"], "the same branch"),
        (vec!["promote", "--app", "x", "--from", "staging", "--to", ".."], "dot-segment"),
        (vec!["promote", "--app", "x", "--from", "", "--to", "main"], "--from: must not be empty"),
        (vec!["promote", "--app", "x", "--from", "staging", "--to", "main", "--job-id", "abc"], "--job-id"),
        (vec!["promote", "--app", "x", "--from", "staging"], "--to"),
        (vec!["rollback", "--app", "x", "--branch", "main", "--to", "abc"], "--to"),
        (vec!["rollback", "--app", "x", "--branch", ""], "--branch: must not be empty"),
        (vec!["rollback", "--branch", "main"], "no app given"),
        (vec!["rollback", "--app", "x", "--branch", "main", "--no-wait", "--timeout", "1m"], "cannot be used with"),
        // issue 14: verify, deploy --verify
        (vec!["verify", "--app", "x", "--branch", "main", "/no/such/dir"], "cannot read /no/such/dir"),
        (vec!["verify", "--app", "x", "--branch", "main", &headers_yaml], "neither a folder nor a .zip"),
        (vec!["verify", "--app", "x", "--branch", "main"], "give the folder (or .zip) deployed"),
        (vec!["verify", "--app", "x", "--branch", "..", "."], "dot-segment"),
        (vec!["build", "--branch", "..", "--no-remote-env"], "dot-segment"),
        (
            vec!["verify", "--app", "x", "--branch", "main", ".", "--url", "ftp://h"],
            "must be a site's http:// or https://",
        ),
        (vec!["verify", "--app", "x", "--branch", "main", ".", "--url", "http://"], "--url"),
        (vec!["verify", "--app", "x", "--branch", "main", ".", "--url", "http://a:pw@/"], "a:<redacted>@"),
        (vec!["verify", "--app", "x", "--branch", "main", ".", "--sample", "0"], "--sample"),
        (vec!["verify", "--app", "x", "--branch", "main", ".", "--concurrency", "0"], "--concurrency"),
        (vec!["deploy", ".", "--app", "x", "--branch", "main", "--verify", "--no-wait"], "cannot be used with"),
        (
            vec!["deploy", "--source-url", "https://example.com/s.zip", "--app", "x", "--branch", "main", "--verify"],
            "cannot be used with",
        ),
        // issue 14: domain doctor and the name servers it asks
        (vec!["domain", "doctor", "--app", "x", "example.com", "--nameserver", "dns.google"], "is not an IP address"),
        (vec!["domain", "doctor", "--app", "x", "example.com", "--nameserver", "192.0.2.1:99999"], "is not an IP"),
        (vec!["domain", "doctor", "--app", "x", "example.com", "--nameserver", "192.0.2.1:53:53"], "is not an IP"),
        (vec!["domain", "doctor", "--app", "x", "example.com", "--nameserver", "127.0.0.1:0"], "a port above 0"),
        (vec!["domain", "doctor", "--app", "x", "example.com", "--nameserver", "0.0.0.0"], "names no server"),
        (vec!["domain", "doctor", "--app", "x", "example.com", "--nameserver", ""], "--nameserver"),
        (vec!["domain", "doctor", "--app", "x", "example.com", "--nameserver"], "--nameserver"),
        (vec!["domain", "wait", "--app", "x", "example.com", "--nameserver", "[::1"], "is not an IP"),
        (vec!["domain", "doctor", "--app", "x", "bad..domain"], "bad..domain"),
        (vec!["domain", "doctor", "example.com"], "--app"),
    ];
    assert!(cases.len() >= 60, "the corpus keeps at least 60 cases ({})", cases.len());
    let before = emu.request_count();
    for (args, needle) in &cases {
        let out = emu.amphost().run(args);
        assert_eq!(out.code, 2, "{args:?} should exit 2\nstderr:\n{}", out.stderr);
        assert!(out.stderr.contains(needle), "{args:?}: stderr lacks {needle:?}:\n{}", out.stderr);
        assert!(out.stdout.is_empty(), "{args:?} printed data:\n{}", out.stdout);
        assert_eq!(emu.request_count(), before, "{args:?} reached the service");
    }
    // An environment variable that is not a number is bad input too.
    let out = emu.amphost().env("AWS_MAX_ATTEMPTS", "abc").run(&["app", "list"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("AWS_MAX_ATTEMPTS"), "{}", out.stderr);
    assert_eq!(emu.request_count(), before);
}

#[test]
fn the_secret_scan_catches_leaks() {
    for leak in [
        format!("key {}", common::SECRET_KEY),
        "https://h/x?X-Amz-Signature=abc123".to_string(),
        "…&token=abcdef0123".to_string(),
    ] {
        let caught = std::panic::catch_unwind(|| common::assert_no_secrets(&["x"], &leak));
        assert!(caught.is_err(), "the scan missed {leak:?}");
    }
    common::assert_no_secrets(&["x"], "X-Amz-Signature=<redacted> nextToken=abc");
}
