//! Bucket deploys end to end: amphost against the emulator, both reading and writing moto's
//! S3 server. A first deploy uploads everything; the next uploads only what changed and
//! copies the rest inside the bucket; the history, rollback and promotion need no upload;
//! `--keep` deletes old deployments but never the live one or the next rollback's; the bucket
//! and its policy are checked before anything changes; S3 faults are retried or cleaned up.

mod common;
use common::s3::{S3Proxy, S3Server};
use common::{signal, Emulator, Run};
use serde_json::Value;
use std::path::Path;

/// An emulator that reads deployments from `s3`.
fn emulator_reading(s3: &S3Server) -> Emulator {
    let keys = [("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test"), ("AWS_REGION", "us-east-1")];
    Emulator::start_with_env(tempfile::tempdir().unwrap(), &["--s3-endpoint", &s3.url], &keys)
}

/// amphost with S3 (and STS, for who deploys) at `s3_url`, quick retries.
fn amphost(emu: &Emulator, s3_url: &str) -> Run {
    emu.amphost()
        .env("AWS_ENDPOINT_URL_S3", s3_url)
        .env("AWS_ENDPOINT_URL_STS", s3_url)
        .env("AMPHOST_RETRY_BASE_MS", "20")
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A site of `n` small files plus an index.
fn site(dir: &Path, n: usize) {
    write(dir, "index.html", "<h1>v1</h1>");
    for i in 0..n {
        write(dir, &format!("assets/f{i}.txt"), &format!("file {i} of the first version"));
    }
}

fn keys(s3: &S3Server, prefix: &str) -> Vec<String> {
    let out = s3.aws(&["s3api", "list-objects-v2", "--bucket", "sites", "--prefix", prefix]);
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let mut keys: Vec<String> =
        listed["Contents"].as_array().into_iter().flatten().map(|o| o["Key"].as_str().unwrap().to_string()).collect();
    keys.sort();
    keys
}

/// `deploy list` of app web's main, from the manifests in s3://sites/web.
fn deploy_history(emu: &Emulator, s3: &S3Server) -> Value {
    amphost(emu, &s3.url).json(&["deploy", "list", "--app", "web", "--branch", "main", "--bucket", "s3://sites/web"])
}

fn served(emu: &Emulator, app: &str, branch: &str, path: &str) -> (u16, String) {
    let (status, body) = emu.site_file(app, branch, path);
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// A deploy ID's time part for now (`20261127T220000Z`).
fn time_now_id() -> String {
    let out = std::process::Command::new("date").args(["-u", "+%Y%m%dT%H%M%SZ"]).output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn git(dir: &Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
        .status
        .success();
    assert!(ok, "git {args:?}");
}

#[test]
fn redeploys_upload_only_what_changed_and_history_rollback_promote_and_keep_follow() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("site");
    site(&dir, 20);
    // A file above the multipart threshold (16 MiB) goes up in parts, then is copied whole.
    std::fs::write(dir.join("big.bin"), vec![7u8; 17 * 1024 * 1024]).unwrap();
    git(work.path(), &["init", "-q"]);
    git(work.path(), &["add", "."]);
    git(work.path(), &["commit", "-q", "-m", "first"]);
    let d = dir.to_str().unwrap();
    let deploy = |extra: &[&str]| {
        let mut args = vec!["deploy", d, "--app", "web", "--branch", "main", "--bucket", "s3://sites/web"];
        args.extend_from_slice(extra);
        amphost(&emu, &s3.url).run(&args)
    };

    // Without the grant: the statements Amplify needs are named, and nothing is created.
    let refused = deploy(&["--create"]).fails_with(1, "does not let Amplify read s3://sites/web");
    assert!(refused.stderr.contains("\"Service\": \"amplify.amazonaws.com\""), "{}", refused.stderr);
    assert!(refused.stderr.contains("arn:aws:s3:::sites/web/*"), "{}", refused.stderr);
    assert!(refused.stderr.contains("--grant"), "{}", refused.stderr);
    assert_eq!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().len(), 0);

    // First deploy: every file uploaded; the policy now holds the grant.
    let first = deploy(&["--create", "--grant", "--yes", "-m", "first version", "-o", "json"]).ok().json();
    assert_eq!(first["status"], "SUCCEED", "{first}");
    assert_eq!(first["filesUploaded"], 22, "{first}");
    assert_eq!(first["filesCopied"], 0);
    let policy = s3.aws(&["s3api", "get-bucket-policy", "--bucket", "sites"]);
    let policy = String::from_utf8_lossy(&policy.stdout);
    assert!(policy.contains("AmphostAmplifyRead") && policy.contains("123456789012"), "{policy}");
    let app = first["appId"].as_str().unwrap().to_string();
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
    let first_id = first["deployId"].as_str().unwrap().to_string();
    assert_eq!(first["sourceUrl"], format!("s3://sites/web/{first_id}/"));
    assert_eq!(keys(&s3, &format!("web/{first_id}/")).len(), 22);

    // Second: two files changed, one added, one removed; only those three move.
    write(&dir, "index.html", "<h1>v2</h1>");
    write(&dir, "assets/f3.txt", "changed");
    write(&dir, "assets/new.txt", "new");
    std::fs::remove_file(dir.join("assets/f4.txt")).unwrap();
    let second = deploy(&["-m", "second version", "-o", "json"]).ok().json();
    assert_eq!(second["status"], "SUCCEED", "{second}");
    assert_eq!(second["filesUploaded"], 3, "{second}");
    assert_eq!(second["filesCopied"], 19, "{second}");
    assert_eq!(second["bytesUploaded"], 11 + 7 + 3, "{second}");
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v2</h1>".into()));
    assert_eq!(served(&emu, &app, "main", "assets/f4.txt").0, 404);
    let (status, big) = emu.site_file(&app, "main", "big.bin");
    assert_eq!((status, big.len()), (200, 17 * 1024 * 1024));

    // Verify with no folder: the live deployment's manifest says what the site holds.
    let verify = ["verify", "--app", "web", "--branch", "main", "--bucket", "s3://sites/web", "-o", "json"];
    let verified = amphost(&emu, &s3.url).run(&verify).ok().json();
    assert_eq!(verified["ok"], true, "{verified}");
    assert_eq!(verified["mismatches"].as_array().map(Vec::len), Some(0), "{verified}");

    // History: newest first, joined with the manifests.
    let history = deploy_history(&emu, &s3);
    let rows = history["deployments"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{history}");
    assert_eq!(rows[0]["live"], true);
    assert_eq!(rows[1]["live"], false);
    assert_eq!(rows[0]["message"], "second version");
    assert_eq!(
        (rows[0]["filesChanged"].as_u64(), rows[0]["filesAdded"].as_u64(), rows[0]["filesRemoved"].as_u64()),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(rows[1]["filesAdded"], 22);
    assert_eq!(rows[0]["gitDirty"], true, "files changed since the commit");
    assert_eq!(rows[1]["gitDirty"], false);
    assert_eq!(rows[0]["gitCommit"].as_str().map(str::len), Some(40));
    assert!(rows[0]["who"].as_str().unwrap().starts_with("arn:aws:"), "{history}");

    // Rollback: no upload, the first version is served again.
    let back = amphost(&emu, &s3.url).json(&["rollback", "--app", "web", "--branch", "main"]);
    assert_eq!((back["status"].as_str(), back["bytesUploaded"].as_u64()), (Some("SUCCEED"), Some(0)), "{back}");
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
    assert_eq!(served(&emu, &app, "main", "assets/f4.txt").0, 200);

    // Promote main's live deployment to a new branch.
    amphost(&emu, &s3.url).run(&["branch", "create", "--app", "web", "prod"]).ok();
    let promoted = amphost(&emu, &s3.url).json(&["promote", "--app", "web", "--from", "main", "--to", "prod"]);
    assert_eq!(promoted["status"], "SUCCEED", "{promoted}");
    assert_eq!(served(&emu, &app, "prod", "index.html"), (200, "<h1>v1</h1>".into()));

    // Files a killed run left (no manifest): an old one is swept by the next deploy, one from
    // a run that may still be under way (recent) is left alone, and so is one started long
    // ago whose files are still being written (an upload of over an hour). The deploys below
    // see the first's files dated 2020 (moto dates them now).
    let stray = work.path().join("stray.html");
    std::fs::write(&stray, "half").unwrap();
    s3.put(&stray, "s3://sites/web/20200101T000000Z-abcdef/index.html");
    let recent = format!("{}-abcdef", time_now_id());
    s3.put(&stray, &format!("s3://sites/web/{recent}/index.html"));
    let still_writing = "20200103T000000Z-abcdef";
    s3.put(&stray, &format!("s3://sites/web/{still_writing}/index.html"));
    let backdating = S3Proxy::start(&s3.url, &["--backdate", "20200101T000000Z-abcdef"]);
    // An old deployment whose manifest cannot be parsed (a hand edit, a truncated write) is
    // not taken for one that never got a manifest: its files stay.
    let unreadable = "20200102T000000Z-abcdef";
    s3.put(&stray, &format!("s3://sites/web/{unreadable}/index.html"));
    s3.put(&stray, &format!("s3://sites/web/_amphost/deploys/{unreadable}.json"));
    // And their unfinished multipart uploads, which moto dates 2010 whenever they began; other
    // tools' uploads beside the deployments (under the prefix or only starting like it) are
    // not amphost's to abort.
    let others = ["web-backups/db.dump", "web/notes/big.bin"];
    for key in ["web/20200101T000000Z-abcdef/big.bin", &format!("web/{recent}/big.bin"), others[0], others[1]] {
        let started = s3.aws(&["s3api", "create-multipart-upload", "--bucket", "sites", "--key", key]);
        assert!(started.status.success(), "{}", String::from_utf8_lossy(&started.stderr));
    }

    // --keep 1 after three more: only the newest stays, with the live one and the previous
    // success (the next rollback's) of every branch kept whatever --keep says.
    let mut ids = vec![first_id.clone(), second["deployId"].as_str().unwrap().to_string()];
    for v in 3..=5 {
        write(&dir, "index.html", &format!("<h1>v{v}</h1>"));
        let args = ["deploy", d, "--app", "web", "--branch", "main", "--bucket", "s3://sites/web", "--keep", "1"];
        let out = amphost(&emu, &backdating.url).run(&[&args[..], &["-o", "json"]].concat()).ok();
        ids.push(out.json()["deployId"].as_str().unwrap().to_string());
    }
    let manifests = keys(&s3, "web/_amphost/deploys/");
    let kept: Vec<&String> =
        ids.iter().filter(|id| manifests.contains(&format!("web/_amphost/deploys/{id}.json"))).collect();
    // The first deployment stays too: it is live on prod, where it was promoted.
    assert_eq!(kept, vec![&ids[0], &ids[3], &ids[4]], "{manifests:?}");
    assert!(keys(&s3, &format!("web/{}/", ids[1])).is_empty(), "an old deployment's files are deleted");
    assert_eq!(keys(&s3, &format!("web/{}/", ids[0])).len(), 22, "prod's live deployment stays");
    assert_eq!(keys(&s3, &format!("web/{}/", ids[3])).len(), 22, "the rollback target stays");
    assert!(keys(&s3, "web/20200101T000000Z-abcdef/").is_empty(), "an old unfinished deployment is swept");
    assert_eq!(keys(&s3, &format!("web/{recent}/")).len(), 1, "a recent one may be a run under way");
    assert_eq!(keys(&s3, &format!("web/{still_writing}/")).len(), 1, "its files are being written");
    let listed = s3.aws(&["s3api", "list-multipart-uploads", "--bucket", "sites"]);
    let uploads: Value = serde_json::from_slice(&listed.stdout).unwrap();
    let mut unfinished: Vec<&str> =
        uploads["Uploads"].as_array().into_iter().flatten().filter_map(|u| u["Key"].as_str()).collect();
    unfinished.sort();
    assert_eq!(
        unfinished,
        [others[0].to_string(), format!("web/{recent}/big.bin"), others[1].to_string()],
        "only the old run's upload is aborted"
    );
    assert_eq!(keys(&s3, &format!("web/{unreadable}/")).len(), 1, "a deployment with a manifest is no orphan");
    amphost(&emu, &s3.url).run(&["rollback", "--app", "web", "--branch", "main"]).ok();
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v4</h1>".into()));
    // Job 2 (the second deployment) was deleted by --keep: refused, no job started.
    let before = emu.amphost().json(&["job", "list", "--app", "web", "--branch", "main"])["jobSummaries"]
        .as_array()
        .unwrap()
        .len();
    amphost(&emu, &s3.url)
        .run(&["rollback", "--app", "web", "--branch", "main", "--to", "2"])
        .fails_with(2, "is no longer in S3");
    let after = emu.amphost().json(&["job", "list", "--app", "web", "--branch", "main"])["jobSummaries"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(before, after);

    // History marks the rollback's row as a deployment made again, with nothing uploaded.
    let history = deploy_history(&emu, &s3);
    let newest = &history["deployments"][0];
    assert!(newest["redeployOf"].as_str().is_some_and(|r| r.starts_with("job ")), "{newest}");
    assert_eq!(newest["bytesUploaded"], 0, "{newest}");
    // The fourth version changed index.html only: said so though --keep deleted the manifest
    // of the third, which it is counted against.
    let rows = history["deployments"].as_array().unwrap();
    let fourth = rows.iter().find(|r| r["deployId"] == ids[3].as_str() && r["redeployOf"].is_null()).unwrap();
    assert_eq!(fourth["changes"], "+0 ~1 -0", "{fourth}");
}

#[test]
fn zip_deploys_keep_one_object_per_deployment() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 3);
    let args = ["deploy", dir.path().to_str().unwrap(), "--app", "z", "--branch", "main", "--create"];
    let out =
        amphost(&emu, &s3.url).json(&[&args[..], &["--bucket", "s3://sites/z", "--zip", "--grant", "--yes"]].concat());
    assert_eq!(out["status"], "SUCCEED", "{out}");
    let id = out["deployId"].as_str().unwrap();
    assert_eq!(out["sourceUrl"], format!("s3://sites/z/{id}.zip"));
    assert_eq!(keys(&s3, "z/"), vec![format!("z/{id}.zip"), format!("z/_amphost/deploys/{id}.json")]);
    let app = out["appId"].as_str().unwrap();
    assert_eq!(served(&emu, app, "main", "assets/f2.txt"), (200, "file 2 of the first version".into()));

    // A branch whose live deployment was a direct upload has no manifest to verify against.
    let plain = ["deploy", dir.path().to_str().unwrap(), "--app", app, "--branch", "plain", "--create"];
    amphost(&emu, &s3.url).run(&plain).ok();
    amphost(&emu, &s3.url)
        .run(&["verify", "--app", app, "--branch", "plain", "--bucket", "s3://sites/z"])
        .fails_with(1, "has no manifest in s3://sites/z");

    // The live deployment's manifest damaged: said to be unreadable, not missing.
    let damaged = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(damaged.path(), "{not json").unwrap();
    s3.put(damaged.path(), &format!("s3://sites/z/_amphost/deploys/{id}.json"));
    let out = amphost(&emu, &s3.url).run(&["verify", "--app", app, "--branch", "main", "--bucket", "s3://sites/z"]);
    let out = out.fails_with(1, "the manifest of the live deployment of main (job 1) cannot be read");
    assert!(!out.stderr.contains("not made by a bucket deploy"), "{}", out.stderr);

    // A second prefix of the bucket: Amplify may list the bucket already, only its read is added.
    let out =
        amphost(&emu, &s3.url).json(&[&args[..], &["--bucket", "s3://sites/y", "--zip", "--grant", "--yes"]].concat());
    assert_eq!(out["status"], "SUCCEED", "{out}");
    let policy: Value =
        serde_json::from_slice(&s3.aws(&["s3api", "get-bucket-policy", "--bucket", "sites"]).stdout).unwrap();
    let policy: Value = serde_json::from_str(policy["Policy"].as_str().unwrap()).unwrap();
    let actions: Vec<&str> =
        policy["Statement"].as_array().unwrap().iter().map(|s| s["Action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["s3:GetObject", "s3:ListBucket", "s3:GetObject"], "{policy}");
}

/// `len` bytes that do not compress (so that a zip of them is as large as they are).
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

#[test]
fn zip_redeploys_reuse_the_previous_zip_and_upload_only_the_changes() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "index.html", "<h1>v1</h1>");
    for i in 0..60 {
        std::fs::create_dir_all(dir.path().join("media")).unwrap();
        std::fs::write(dir.path().join(format!("media/m{i}.bin")), noise(i, 100_000)).unwrap();
    }
    let args = ["deploy", dir.path().to_str().unwrap(), "--app", "zc", "--branch", "main", "--create"];
    let deploy = || {
        let out = amphost(&emu, &s3.url)
            .run(&[&args[..], &["--bucket", "s3://sites/zc", "--zip", "--grant", "--yes"]].concat())
            .ok();
        (out.json(), out.stderr)
    };
    let (first, _) = deploy();
    assert!(first["bytesUploaded"].as_u64().unwrap() > 6_000_000, "{first}");

    // Two files changed, one added, one removed: only they and the zip's directory go up.
    write(dir.path(), "index.html", "<h1>v2</h1>");
    std::fs::write(dir.path().join("media/m7.bin"), b"now small").unwrap();
    write(dir.path(), "new/page.html", "new page");
    std::fs::remove_file(dir.path().join("media/m9.bin")).unwrap();
    let (second, _) = deploy();
    assert_eq!(second["status"], "SUCCEED", "{second}");
    assert_eq!((second["filesUploaded"].as_u64(), second["filesCopied"].as_u64()), (Some(3), Some(58)), "{second}");
    assert!(second["bytesUploaded"].as_u64().unwrap() < 10_000, "{second}");
    let app = second["appId"].as_str().unwrap();
    assert_eq!(served(&emu, app, "main", "index.html"), (200, "<h1>v2</h1>".into()));
    assert_eq!(served(&emu, app, "main", "new/page.html"), (200, "new page".into()));
    assert_eq!(emu.site_file(app, "main", "media/m8.bin"), (200, noise(8, 100_000)));
    assert_eq!(emu.site_file(app, "main", "media/m7.bin"), (200, b"now small".to_vec()));
    assert_eq!(served(&emu, app, "main", "media/m9.bin").0, 404);

    // The composed object is a sound zip for other readers too, listing exactly the new site.
    let id = second["deployId"].as_str().unwrap();
    let local = dir.path().with_extension("zip");
    let got = s3.aws(&["s3", "cp", &format!("s3://sites/zc/{id}.zip"), local.to_str().unwrap()]);
    assert!(got.status.success(), "{}", String::from_utf8_lossy(&got.stderr));
    let check =
        "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(len(z.namelist()))";
    let out = std::process::Command::new("python3").args(["-c", check]).arg(&local).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "61", "{}", String::from_utf8_lossy(&out.stderr));

    // Someone rewrites that zip in the bucket (same names, other bytes): the next deploy does
    // not reuse a byte of it, since it is no longer the object amphost wrote.
    let tamper = "import sys, zipfile\nsrc = zipfile.ZipFile(sys.argv[1])\nout = zipfile.ZipFile(sys.argv[2], 'w')\nfor n in src.namelist():\n    out.writestr(n, b'tampered' if n == 'media/m10.bin' else src.read(n))\nout.close()";
    let tampered = dir.path().with_extension("tampered.zip");
    let out = std::process::Command::new("python3").args(["-c", tamper]).arg(&local).arg(&tampered).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let put = s3.aws(&["s3", "cp", tampered.to_str().unwrap(), &format!("s3://sites/zc/{id}.zip")]);
    assert!(put.status.success(), "{}", String::from_utf8_lossy(&put.stderr));
    // Nor is it rolled back to: it would not serve what job 2 served.
    amphost(&emu, &s3.url)
        .run(&["rollback", "--app", app, "--branch", "main", "--to", "2"])
        .fails_with(2, "the zip was written again");
    write(dir.path(), "index.html", "<h1>v3</h1>");
    let (healed, said) = deploy();
    assert!(said.contains("Uploading the whole zip") && said.contains("was changed since amphost wrote it"), "{said}");
    assert_eq!(healed["filesCopied"], 0, "{healed}");
    assert_eq!(emu.site_file(app, "main", "media/m10.bin"), (200, noise(10, 100_000)));
    assert_eq!(served(&emu, app, "main", "index.html"), (200, "<h1>v3</h1>".into()));

    // A manifest with no ETag (an older amphost's) gives nothing to check its zip by: whole.
    let healed_id = healed["deployId"].as_str().unwrap();
    let key = format!("s3://sites/zc/_amphost/deploys/{healed_id}.json");
    let manifest = dir.path().with_extension("json");
    assert!(s3.aws(&["s3", "cp", &key, manifest.to_str().unwrap()]).status.success());
    let mut m: Value = serde_json::from_slice(&std::fs::read(&manifest).unwrap()).unwrap();
    assert!(m.as_object_mut().unwrap().remove("zipEtag").is_some(), "the manifest keeps the zip's ETag");
    std::fs::write(&manifest, m.to_string()).unwrap();
    assert!(s3.aws(&["s3", "cp", manifest.to_str().unwrap(), &key]).status.success());
    write(dir.path(), "index.html", "<h1>v4</h1>");
    let (_, said) = deploy();
    assert!(said.contains("manifest has no ETag to check it by"), "{said}");

    // Rolling back serves the first zip again.
    amphost(&emu, &s3.url).run(&["rollback", "--app", app, "--branch", "main", "--to", "1"]).ok();
    assert_eq!(served(&emu, app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
    assert_eq!(emu.site_file(app, "main", "media/m9.bin"), (200, noise(9, 100_000)));

    // Most of the site changed: the zip is written whole again, its stale bytes dropped.
    for i in 0..40 {
        std::fs::write(dir.path().join(format!("media/m{i}.bin")), noise(1000 + i, 100_000)).unwrap();
    }
    let (third, said) = deploy();
    assert!(said.contains("Uploading the whole zip"), "{said}");
    assert_eq!(third["filesCopied"], 0, "{third}");
    assert_eq!(emu.site_file(app, "main", "media/m3.bin"), (200, noise(1003, 100_000)));
}

#[test]
fn a_deployment_changed_in_the_bucket_is_not_rolled_back_or_promoted_to() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 5);
    let d = dir.path().to_str().unwrap();
    let deploy = || {
        let args = ["deploy", d, "--app", "web", "--branch", "main", "--bucket", "s3://sites/web", "-o", "json"];
        amphost(&emu, &s3.url).run(&[&args[..], &["--create", "--grant", "--yes"]].concat()).ok().json()
    };
    let first = deploy();
    write(dir.path(), "index.html", "<h1>v2</h1>");
    let second = deploy();
    let jobs = || emu.amphost().json(&["job", "list", "--app", "web", "--branch", "main"])["jobSummaries"].clone();
    let before = jobs();

    // Job 1's folder, after its manifest: one file written again (same size), one deleted,
    // one that was never deployed.
    std::thread::sleep(std::time::Duration::from_millis(1100)); // S3 times are to the second
    let folder = format!("s3://sites/web/{}", first["deployId"].as_str().unwrap());
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "FILE 1 of the first version").unwrap();
    s3.put(&other, &format!("{folder}/assets/f1.txt"));
    s3.put(&other, &format!("{folder}/extra.php"));
    assert!(s3.aws(&["s3", "rm", &format!("{folder}/assets/f2.txt")]).status.success());
    let refused = amphost(&emu, &s3.url)
        .run(&["rollback", "--app", "web", "--branch", "main", "--to", "1"])
        .fails_with(2, "is changed in S3 since amphost wrote it");
    for said in
        ["1 file missing (assets/f2.txt)", "1 file written again (assets/f1.txt)", "1 file not part of it (extra.php)"]
    {
        assert!(refused.stderr.contains(said), "{said}: {}", refused.stderr);
    }
    assert!(
        refused.stderr.contains(&format!("--source-url {folder}/ --source-url-type BUCKET_PREFIX")),
        "{}",
        refused.stderr
    );
    amphost(&emu, &s3.url).run(&["branch", "create", "--app", "web", "prod"]).ok();
    amphost(&emu, &s3.url)
        .run(&["promote", "--app", "web", "--from", "main", "--to", "prod", "--job-id", "1"])
        .fails_with(2, "1 file missing (assets/f2.txt)");
    assert_eq!(jobs(), before, "no job started");
    assert_eq!(served(&emu, first["appId"].as_str().unwrap(), "main", "index.html"), (200, "<h1>v2</h1>".into()));

    // The live deployment, untouched, is still rolled back to as it was.
    let again = amphost(&emu, &s3.url).json(&["rollback", "--app", "web", "--branch", "main", "--to", "2"]);
    assert_eq!(again["status"], "SUCCEED", "{again}");

    // A manifest that cannot be read: the files cannot be checked, and the rollback says so.
    let manifest = format!("s3://sites/web/_amphost/deploys/{}.json", second["deployId"].as_str().unwrap());
    std::fs::write(&other, "{not json").unwrap();
    s3.put(&other, &manifest);
    let out = amphost(&emu, &s3.url).run(&["-o", "json", "rollback", "--app", "web", "--branch", "main", "--to", "2"]);
    let out = out.ok();
    assert!(out.stderr.contains("the manifest of job 2's deployment cannot be read"), "{}", out.stderr);
    assert!(out.stderr.contains("its files were not checked"), "{}", out.stderr);
    let history = ["deploy", "list", "--app", "web", "--branch", "main", "--bucket", "s3://sites/web", "-o", "json"];
    let out = amphost(&emu, &s3.url).run(&history).ok();
    assert!(out.stderr.contains("a manifest cannot be read, its deployment is shown without it"), "{}", out.stderr);
    assert!(out.stderr.contains(second["deployId"].as_str().unwrap()), "{}", out.stderr);
}

/// `--keep` on one branch keeps another branch's next rollback though it is not the job before
/// the live one (a promotion run twice repeats a source). (That the sources of jobs under way
/// are kept too is a unit test: the emulator reads a source as its job starts.)
#[test]
fn keep_spares_every_branchs_next_rollback() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let deploy = |v: u32, extra: &[&str]| {
        write(dir.path(), "index.html", &format!("<h1>v{v}</h1>"));
        let mut args = vec!["deploy", d, "--app", "web", "--branch", "staging", "--bucket", "s3://sites/web"];
        args.extend_from_slice(extra);
        amphost(&emu, &s3.url).run(&args).ok()
    };
    deploy(1, &["--create", "--grant", "--yes"]);
    deploy(2, &[]);
    deploy(3, &[]);
    amphost(&emu, &s3.url).run(&["branch", "create", "--app", "web", "prod"]).ok();
    for job in ["1", "2", "2"] {
        amphost(&emu, &s3.url)
            .run(&["promote", "--app", "web", "--from", "staging", "--to", "prod", "--job-id", job])
            .ok();
    }
    deploy(4, &["--keep", "1"]);
    let back = amphost(&emu, &s3.url).json(&["rollback", "--app", "web", "--branch", "prod"]);
    assert_eq!(back["status"], "SUCCEED", "{back}");
    let app = back["appId"].as_str().unwrap();
    assert_eq!(served(&emu, app, "prod", "index.html"), (200, "<h1>v1</h1>".into()));
}

/// Deploys granting at once, each for its prefix, all keep their grant: a policy write has no
/// condition, so each reads the policy back and applies its grant again when another dropped
/// it (every grant but the last writer's was lost).
#[test]
fn grants_made_at_once_all_hold() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "index.html", "<h1>hi</h1>");
    let d = dir.path().to_str().unwrap();
    let running: Vec<_> = (1..=4)
        .map(|i| {
            let (app, bucket) = (format!("race{i}"), format!("s3://sites/p{i}"));
            let mut run = amphost(&emu, &s3.url);
            let args = ["deploy", d, "--app", &app, "--branch", "main", "--bucket", &bucket, "--no-wait"];
            run.cmd.args(args).args(["--create", "--grant", "--yes"]);
            run.cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap()
        })
        .collect();
    for mut child in running {
        assert!(child.wait().unwrap().success());
    }
    let policy = s3.aws(&["s3api", "get-bucket-policy", "--bucket", "sites"]);
    let policy = String::from_utf8_lossy(&policy.stdout);
    for i in 1..=4 {
        assert!(policy.contains(&format!("arn:aws:s3:::sites/p{i}/*")), "the grant for p{i} was lost: {policy}");
    }
}

/// A signal once the deploy succeeded, while older deployments are removed (`--keep`), cuts
/// only that short: exit 130 saying the deploy succeeded, and no manifest left naming files
/// that are gone (a manifest goes first).
#[test]
fn an_interrupted_prune_says_the_deploy_succeeded_and_leaves_no_manifest_without_files() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 2);
    let d = dir.path().to_str().unwrap();
    let base = ["deploy", d, "--app", "k", "--branch", "main", "--bucket", "s3://sites/k"];
    let first = amphost(&emu, &s3.url).run(&[&base[..], &["--create", "--grant", "--yes", "-o", "json"]].concat());
    let first_id = first.ok().json()["deployId"].as_str().unwrap().to_string();
    for v in 2..=3 {
        write(dir.path(), "index.html", &format!("<h1>v{v}</h1>"));
        amphost(&emu, &s3.url).run(&base).ok();
    }
    write(dir.path(), "index.html", "<h1>v4</h1>");
    let slow = S3Proxy::start(&s3.url, &["--delay-deletes-ms", "2000"]);
    let mut child = amphost(&emu, &slow.url).spawn(&[&base[..], &["--keep", "1", "-o", "json"]].concat());
    // The result is printed before the pruning: once it is out, the signal.
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut result = String::new();
    while !result.starts_with("}") {
        result.clear();
        assert!(std::io::BufRead::read_line(&mut stdout, &mut result).unwrap() > 0, "no result printed");
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
    signal(&child, "-INT");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("interrupted while removing older deployments")
            && stderr.contains("the deploy itself succeeded"),
        "{stderr}"
    );
    // Give the delete in flight when the signal came time to land, then look.
    std::thread::sleep(std::time::Duration::from_secs(3));
    for manifest in keys(&s3, "k/_amphost/deploys/") {
        let id = manifest.trim_start_matches("k/_amphost/deploys/").trim_end_matches(".json");
        assert_eq!(keys(&s3, &format!("k/{id}/")).len(), 3, "{manifest} names files that are gone");
    }
    assert_eq!(keys(&s3, &format!("k/{first_id}/")).len(), 3, "the oldest was not reached");
}

/// A deploy reads the heads of the bucket's manifests (whom to copy from, what to prune) from
/// their first bytes, and only the one it copies from whole: a 10,000-file site's manifest is
/// about 1 MB, and each deploy read every one kept under the prefix whole, twice.
#[test]
fn a_deploy_reads_whole_only_the_manifest_it_copies_from() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 300);
    let log = tempfile::NamedTempFile::new().unwrap();
    let proxy = S3Proxy::start(&s3.url, &["--log-gets", log.path().to_str().unwrap()]);
    let d = dir.path().to_str().unwrap();
    for version in 1..=3 {
        write(dir.path(), "index.html", &format!("<h1>v{version}</h1>"));
        let args =
            ["deploy", d, "--app", "web", "--branch", "main", "--bucket", "s3://sites/web", "--create", "--grant"];
        amphost(&emu, &proxy.url).run(&[&args[..], &["--yes"]].concat()).ok();
    }
    let manifests = keys(&s3, "web/_amphost/deploys/");
    assert_eq!(manifests.len(), 3);
    let size = |key: &str| s3.aws(&["s3api", "head-object", "--bucket", "sites", "--key", key]).stdout;
    let whole: u64 = serde_json::from_slice::<Value>(&size(&manifests[1])).unwrap()["ContentLength"].as_u64().unwrap();
    assert!(whole > 40_000, "a manifest of 301 files: {whole} bytes, more than read for a head");
    let read = std::fs::read_to_string(log.path()).unwrap();
    let manifest_reads: Vec<(&str, u64)> = read
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(|(key, _)| key.contains("/_amphost/deploys/"))
        .map(|(key, n)| (key, n.parse().unwrap()))
        .collect();
    let read_whole: Vec<&(&str, u64)> = manifest_reads.iter().filter(|(_, n)| *n >= whole / 2).collect();
    // The second deploy copies from the first's, the third from the second's.
    assert_eq!(read_whole.len(), 2, "{manifest_reads:?}");
    assert!(manifest_reads.len() >= 2 + 1 + 3, "heads read too: {manifest_reads:?}");
}

/// A manifest is taken as the deployment its key names, or not at all: one edited to name
/// another (`"deployId": "_amphost"`) made `--keep` delete every manifest under the prefix,
/// the live one's too; one naming another's source could unprotect the next rollback's.
#[test]
fn a_manifest_naming_another_deployment_is_not_followed() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 3);
    let d = dir.path().to_str().unwrap();
    let deploy = |version: &str| {
        write(dir.path(), "index.html", version);
        let args = ["deploy", d, "--app", "web", "--branch", "main", "--bucket", "s3://sites/web", "--keep", "1"];
        amphost(&emu, &s3.url).run(&[&args[..], &["--create", "--grant", "--yes", "-o", "json"]].concat()).ok().json()
    };
    let first = deploy("v1");
    let manifest = s3.aws(&[
        "s3",
        "cp",
        &format!("s3://sites/web/_amphost/deploys/{}.json", first["deployId"].as_str().unwrap()),
        "-",
    ]);
    let mut forged: Value = serde_json::from_slice(&manifest.stdout).unwrap();
    forged["deployId"] = "_amphost".into();
    let forged_key = "web/_amphost/deploys/20200101T000000Z-000000.json";
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), forged.to_string()).unwrap();
    s3.put(file.path(), &format!("s3://sites/{forged_key}"));

    let second = deploy("v2");
    let third = deploy("v3");
    let app = third["appId"].as_str().unwrap();
    assert_eq!(served(&emu, app, "main", "index.html"), (200, "v3".into()));
    let left = keys(&s3, "web/_amphost/deploys/");
    for kept in [&second, &third] {
        let key = format!("web/_amphost/deploys/{}.json", kept["deployId"].as_str().unwrap());
        assert!(left.contains(&key), "{key} deleted: {left:?}");
    }
    assert!(left.contains(&forged_key.to_string()), "{left:?}");
    let history = deploy_history(&emu, &s3);
    assert_eq!(history["deployments"][0]["deployId"], third["deployId"], "{history}");
}

/// Apps sharing a bucket prefix: a deploy counts its changes against its own branch's previous
/// deployment and copies from its own app's first, not another app's branch of the same name
/// (which made another app's first deploy show files removed, and the next one upload all).
#[test]
fn apps_sharing_a_prefix_keep_their_own_history() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    site(one.path(), 5);
    write(two.path(), "index.html", "other");
    let deploy = |dir: &Path, app: &str| {
        let args = ["deploy", dir.to_str().unwrap(), "--app", app, "--branch", "main", "--bucket", "s3://sites/shared"];
        amphost(&emu, &s3.url).run(&[&args[..], &["--create", "--grant", "--yes", "-o", "json"]].concat()).ok().json()
    };
    deploy(one.path(), "one");
    deploy(two.path(), "two");
    let history = amphost(&emu, &s3.url).json(&[
        "deploy",
        "list",
        "--app",
        "two",
        "--branch",
        "main",
        "--bucket",
        "s3://sites/shared",
    ]);
    assert_eq!(history["deployments"][0]["changes"], "+1 ~0 -0", "{history}");
    write(one.path(), "index.html", "<h1>v2</h1>");
    let again = deploy(one.path(), "one");
    assert_eq!((again["filesUploaded"].as_u64(), again["filesCopied"].as_u64()), (Some(1), Some(5)), "{again}");

    // The same files as a zip: nothing changed (it counted every file added, having no zip
    // deployment of the branch to compare with).
    let args = ["deploy", one.path().to_str().unwrap(), "--app", "one", "--branch", "main", "--bucket"];
    amphost(&emu, &s3.url).run(&[&args[..], &["s3://sites/shared", "--zip"]].concat()).ok();
    let history = amphost(&emu, &s3.url).json(&[
        "deploy",
        "list",
        "--app",
        "one",
        "--branch",
        "main",
        "--bucket",
        "s3://sites/shared",
    ]);
    assert_eq!(history["deployments"][0]["changes"], "+0 ~0 -0", "{history}");
}

/// moto's S3 with a bucket `sites`, behind the proxy that holds copies to their conditions as
/// S3 does, and an emulator reading it.
struct Conditional {
    s3: S3Server,
    proxy: S3Proxy,
    emu: Emulator,
}

impl Conditional {
    fn start() -> Conditional {
        let s3 = S3Server::start();
        s3.make_bucket("sites");
        let proxy = S3Proxy::start(&s3.url, &["--copy-conditions"]);
        let emu = emulator_reading(&s3);
        Conditional { s3, proxy, emu }
    }

    /// `deploy DIR --bucket s3://sites/web` to app web's main (created), its JSON result.
    fn deploy(&self, dir: &Path) -> Value {
        let d = dir.to_str().unwrap();
        let args = ["deploy", d, "--app", "web", "--branch", "main", "--bucket", "s3://sites/web", "-o", "json"];
        amphost(&self.emu, &self.proxy.url).run(&[&args[..], &["--create", "--grant", "--yes"]].concat()).ok().json()
    }

    /// Writes `text` to `url` in the bucket straight (not through amphost, nor the proxy).
    fn put_text(&self, text: &str, url: &str) {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), text).unwrap();
        self.s3.put(file.path(), url);
    }
}

/// A redeploy that copies a thousand unchanged files or more is bound by those requests: it
/// says `--zip` would be faster. The first deploy, which copies nothing, does not.
#[test]
fn a_redeploy_bound_by_its_copies_suggests_a_zip() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 1000);
    let d = dir.path().to_str().unwrap();
    let deploy = |extra: &[&str]| {
        let mut args = vec!["deploy", d, "--app", "web", "--branch", "main", "--bucket", "s3://sites/web"];
        args.extend_from_slice(extra);
        amphost(&emu, &s3.url).run(&args).ok()
    };
    let first = deploy(&["--create", "--grant", "--yes"]);
    assert!(!first.stderr.contains("tip:"), "{}", first.stderr);

    write(dir.path(), "index.html", "<h1>v2</h1>");
    let second = deploy(&[]);
    assert!(second.stderr.contains("the 1000 unchanged files were copied one request each"), "{}", second.stderr);
    assert!(second.stderr.contains("--zip"), "{}", second.stderr);
}

/// A redeploy copies only what the previous deployment still holds as amphost wrote it: a
/// file written again in the bucket since (by hand, by another tool; at once, at the same
/// size: its ETag tells) is uploaded from the folder instead. A copy from another path gets
/// its own name's Content-Type. The proxy holds copies to their conditions, as S3 does.
#[test]
fn a_redeploy_never_copies_a_file_changed_in_the_bucket() {
    let bucket = Conditional::start();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "index.html", "<h1>v1</h1>");
    write(dir.path(), "data.txt", r#"{"a": 1}"#);
    let first = bucket.deploy(dir.path());
    bucket.put_text("<h1>XX</h1>", &format!("s3://sites/web/{}/index.html", first["deployId"].as_str().unwrap()));
    write(dir.path(), "data.json", r#"{"a": 1}"#);
    write(dir.path(), "other.html", "new");

    let second = bucket.deploy(dir.path());
    assert_eq!((second["filesUploaded"].as_u64(), second["filesCopied"].as_u64()), (Some(2), Some(2)), "{second}");
    let app = second["appId"].as_str().unwrap();
    assert_eq!(served(&bucket.emu, app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
    let key = format!("web/{}/data.json", second["deployId"].as_str().unwrap());
    let head = bucket.s3.aws(&["s3api", "head-object", "--bucket", "sites", "--key", &key]);
    let head: Value = serde_json::from_slice(&head.stdout).unwrap_or(Value::Null);
    assert_eq!(head["ContentType"], "application/json", "copied from data.txt: {head}");
}

/// A redeploy right after a deploy copies every unchanged file, though all were written in
/// the manifest's own second: a copy is conditional on the ETag the manifest kept (for a
/// manifest without, on the end of that second: S3 keeps milliseconds, listings give seconds).
/// The proxy enforces the conditions as S3 does.
#[test]
fn a_quick_redeploy_copies_files_written_in_the_manifests_second() {
    let bucket = Conditional::start();
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 5);
    assert_eq!(bucket.deploy(dir.path())["filesUploaded"], 6);
    write(dir.path(), "index.html", "<h1>v2</h1>");
    let second = bucket.deploy(dir.path());
    assert_eq!((second["filesUploaded"].as_u64(), second["filesCopied"].as_u64()), (Some(1), Some(5)), "{second}");
    let app = second["appId"].as_str().unwrap();
    assert_eq!(served(&bucket.emu, app, "main", "assets/f4.txt"), (200, "file 4 of the first version".into()));

    // A manifest as an older amphost wrote it, without ETags: copies go by its time.
    let url = format!("s3://sites/web/_amphost/deploys/{}.json", second["deployId"].as_str().unwrap());
    let mut manifest: Value = serde_json::from_slice(&bucket.s3.aws(&["s3", "cp", &url, "-"]).stdout).unwrap();
    for file in manifest["files"].as_object_mut().unwrap().values_mut() {
        assert!(file.as_object_mut().unwrap().remove("etag").is_some(), "{file}");
    }
    bucket.put_text(&manifest.to_string(), &url);
    write(dir.path(), "index.html", "<h1>v3</h1>");
    let third = bucket.deploy(dir.path());
    assert_eq!((third["filesUploaded"].as_u64(), third["filesCopied"].as_u64()), (Some(1), Some(5)), "{third}");
    assert_eq!(served(&bucket.emu, app, "main", "index.html"), (200, "<h1>v3</h1>".into()));
}

#[test]
fn bad_buckets_are_refused_before_anything_changes() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    s3.aws(&[
        "s3api",
        "create-bucket",
        "--bucket",
        "faraway",
        "--create-bucket-configuration",
        "LocationConstraint=eu-west-1",
    ]);
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 1);
    let d = dir.path().to_str().unwrap();
    let deploy = |bucket: &str| {
        amphost(&emu, &s3.url)
            .run(&["deploy", d, "--app", "x", "--branch", "main", "--create", "--bucket", bucket, "--grant", "--yes"])
    };
    deploy("s3://No_Such/x").fails_with(2, "does not name a bucket");
    deploy("s3://a..b/x").fails_with(2, "does not name a bucket");
    // A prefix inside a deployment (or amphost's records) would change what a rollback needs.
    deploy("s3://sites/x/20261129T033329Z-30cf3b").fails_with(2, "inside a deployment's folder");
    deploy("s3://sites/x/_amphost/deploys/").fails_with(2, "amphost's own records");
    deploy("s3://sites//x").fails_with(2, "empty segment");
    // S3 keys hold 1,024 bytes: a prefix its records cannot fit under, or a file path too long
    // under it, is refused before anything is sent (moto takes longer keys; S3 does not).
    deploy(&format!("s3://sites/{}", "p".repeat(1000))).fails_with(2, "S3 keys hold at most 1024 bytes");
    let deep = tempfile::tempdir().unwrap();
    let path = format!("{}/{}/{}/{}/index.html", "a".repeat(247), "b".repeat(246), "c".repeat(246), "d".repeat(246));
    write(deep.path(), &path, "x"); // 999 bytes: x/<deploy-id>/ makes its key 1,025
    amphost(&emu, &s3.url)
        .run(&["deploy", deep.path().to_str().unwrap(), "--app", "x", "--branch", "main", "--bucket", "s3://sites/x"])
        .fails_with(2, "would be a key of 1025 bytes");
    let out = deploy("s3://sites/a\u{1b}[31mb").fails_with(2, "control character");
    assert!(!out.stderr.contains('\u{1b}'), "{}", out.stderr);
    // Names S3 cannot list (files layout), or that are not text at all (any deploy).
    let odd = tempfile::tempdir().unwrap();
    site(odd.path(), 1);
    write(odd.path(), "esc\u{1b}[31mred.txt", "e");
    let o = odd.path().to_str().unwrap();
    let run = |args: &[&str]| {
        amphost(&emu, &s3.url).run(&[&["deploy", o, "--app", "x", "--branch", "main", "--create"], args].concat())
    };
    run(&["--bucket", "s3://sites/x", "--grant", "--yes"])
        .fails_with(2, "with a control character, which S3 cannot list");
    std::fs::remove_file(odd.path().join("esc\u{1b}[31mred.txt")).unwrap();
    use std::os::unix::ffi::OsStrExt;
    std::fs::write(odd.path().join(std::ffi::OsStr::from_bytes(b"bad\xff\xfename.txt")), "b").unwrap();
    run(&["--bucket", "s3://sites/x", "--grant", "--yes"]).fails_with(2, "is not a UTF-8 file name");
    run(&[]).fails_with(2, "is not a UTF-8 file name");
    let policy = s3.try_aws(&["s3api", "get-bucket-policy", "--bucket", "sites"]);
    assert!(
        String::from_utf8_lossy(&policy.stderr).contains("NoSuchBucketPolicy"),
        "a statement was granted: {policy:?}"
    );
    // An explicit Deny of what Amplify needs: no Allow --grant adds can change that.
    s3.make_bucket("denying");
    let deny = r#"{"Version": "2012-10-17", "Statement": [{"Sid": "NoReads", "Effect": "Deny", "Principal": "*",
        "Action": "s3:GetObject", "Resource": "arn:aws:s3:::denying/*"}]}"#;
    assert!(s3.aws(&["s3api", "put-bucket-policy", "--bucket", "denying", "--policy", deny]).status.success());
    deploy("s3://denying/x").fails_with(1, "denies Amplify what it needs to read s3://denying/x (NoReads)");
    deploy("https://sites/x").fails_with(2, "s3://");
    deploy("s3://missing-bucket/x").fails_with(1, "bucket missing-bucket does not exist");
    deploy("s3://faraway/x").fails_with(1, "bucket faraway is in eu-west-1, not in us-east-1");
    amphost(&emu, &s3.url)
        .run(&["deploy", d, "--app", "x", "--branch", "main", "--zip"])
        .fails_with(2, "--zip goes with --bucket");
    assert_eq!(emu.amphost().json(&["app", "list"])["apps"].as_array().unwrap().len(), 0, "nothing was created");

    // S3 refusing these credentials an upload is an authorization error (exit 4), said so.
    s3.make_bucket("read-only");
    let no_writes = r#"{"Version": "2012-10-17", "Statement": [{"Sid": "NoWrites", "Effect": "Deny", "Principal": "*",
        "Action": "s3:PutObject", "Resource": "arn:aws:s3:::read-only/*"}]}"#;
    assert!(s3.aws(&["s3api", "put-bucket-policy", "--bucket", "read-only", "--policy", no_writes]).status.success());
    let out = deploy("s3://read-only/x").fails_with(4, "cannot upload");
    assert!(out.stderr.contains("AccessDenied") || out.stderr.contains("access denied (HTTP 403)"), "{}", out.stderr);
    // Nor to delete: the cleanup deletes only what this deployment may have written (its
    // folder; not a zip it never made, nor a manifest it never sent), which is then allowed.
    s3.make_bucket("append-only");
    let no_writes = r#"{"Version": "2012-10-17", "Statement": [{"Sid": "NoChanges", "Effect": "Deny", "Principal": "*",
        "Action": ["s3:PutObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::append-only/*"}]}"#;
    assert!(s3.aws(&["s3api", "put-bucket-policy", "--bucket", "append-only", "--policy", no_writes]).status.success());
    let out = deploy("s3://append-only/x").fails_with(4, "what it had written to the bucket was removed");
    assert!(!out.stderr.contains(".zip") && !out.stderr.contains(".json"), "{}", out.stderr);
}

#[test]
fn throttling_is_retried_and_a_failed_upload_leaves_the_live_site_and_no_trace() {
    let s3 = S3Server::start();
    s3.make_bucket("sites");
    let emu = emulator_reading(&s3);
    let dir = tempfile::tempdir().unwrap();
    site(dir.path(), 10);
    let d = dir.path().to_str().unwrap();
    let args = ["deploy", d, "--app", "f", "--branch", "main", "--bucket", "s3://sites/f", "-o", "json"];

    // Six 503 SlowDown answers: retried, the deploy succeeds.
    let slow = S3Proxy::start(&s3.url, &["--slowdown", "6"]);
    let run = amphost(&emu, &slow.url).env_remove("AMPHOST_DEBUG");
    let run = run.run(&[&args[..], &["-v", "--create", "--grant", "--yes"]].concat()).ok();
    // -v shows each S3 answer, the throttled ones with them, as it does the service's.
    assert!(run.stderr.contains("← 503 S3 ") && run.stderr.contains("← 200 S3 PUT "), "{}", run.stderr);
    let out = run.json();
    assert_eq!((out["status"].as_str(), out["filesUploaded"].as_u64()), (Some("SUCCEED"), Some(11)), "{out}");
    let app = out["appId"].as_str().unwrap().to_string();
    let live = keys(&s3, "f/");

    // An upload that keeps failing: the deploy fails, nothing new is left in the bucket, no
    // job started, and the first deployment stays live.
    write(dir.path(), "index.html", "<h1>broken</h1>");
    write(dir.path(), "assets/doomed.txt", "never arrives");
    let failing = S3Proxy::start(&s3.url, &["--fail-key", "doomed"]);
    let failed = amphost(&emu, &failing.url).run(&args).fails_with(1, "doomed.txt");
    assert!(failed.stderr.contains("was removed"), "{}", failed.stderr);
    assert_eq!(keys(&s3, "f/"), live, "the half-written deployment was removed");
    assert_eq!(
        emu.amphost().json(&["job", "list", "--app", &app, "--branch", "main"])["jobSummaries"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
}

/// Whether the bucket `sites` holds a multipart upload not completed nor aborted.
fn uploads_unfinished(s3: &S3Server) -> bool {
    let listed = s3.aws(&["s3api", "list-multipart-uploads", "--bucket", "sites"]);
    serde_json::from_slice::<Value>(&listed.stdout).unwrap_or(Value::Null)["Uploads"].is_array()
}

/// Waits (30 s at most) until a multipart upload to `sites` has started.
fn wait_for_a_multipart_upload(s3: &S3Server) {
    for _ in 0..300 {
        if uploads_unfinished(s3) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the multipart upload never started");
}

/// moto with a bucket `sites`, an emulator reading it, and a folder deployed once to app
/// `app`'s main as `s3://sites/{app}`: what a test of a second deploy starts from.
struct FirstDeploy {
    s3: S3Server,
    emu: Emulator,
    dir: tempfile::TempDir,
    app_id: String,
    /// The bucket's keys under `{app}/` after it.
    live: Vec<String>,
}

impl FirstDeploy {
    /// `files` small files (plus an index, `<h1>v1</h1>`) deployed.
    fn of(app: &str, files: usize) -> FirstDeploy {
        let s3 = S3Server::start();
        s3.make_bucket("sites");
        let emu = emulator_reading(&s3);
        let dir = tempfile::tempdir().unwrap();
        site(dir.path(), files);
        let url = format!("s3://sites/{app}");
        let d = dir.path().to_str().unwrap();
        let args = ["deploy", d, "--app", app, "--branch", "main", "--bucket", &url, "--create", "--grant", "--yes"];
        let out = amphost(&emu, &s3.url).run(&[&args[..], &["-o", "json"]].concat()).ok();
        let app_id = out.json()["appId"].as_str().unwrap().to_string();
        let live = keys(&s3, &format!("{app}/"));
        FirstDeploy { s3, emu, dir, app_id, live }
    }

    /// The arguments of a deploy of `dir` to the same place again.
    fn again_args(dir: &tempfile::TempDir, app: &str) -> Vec<String> {
        let d = dir.path().to_str().unwrap().to_string();
        let url = format!("s3://sites/{app}");
        ["deploy", &d, "--app", app, "--branch", "main", "--bucket", &url].map(str::to_string).to_vec()
    }
}

#[cfg(unix)]
#[test]
fn an_interrupted_upload_removes_what_it_wrote_and_leaves_the_live_site() {
    let FirstDeploy { s3, emu, dir, app_id: app, live } = FirstDeploy::of("i", 2);
    let again = FirstDeploy::again_args(&dir, "i");
    let base: Vec<&str> = again.iter().map(String::as_str).collect();

    // Every PUT takes 300 ms, one at a time: 40 new files take 12 s; SIGTERM after 2 s.
    for i in 0..40 {
        write(dir.path(), &format!("more/m{i}.txt"), &format!("more {i}"));
    }
    let slow = S3Proxy::start(&s3.url, &["--delay-ms", "300"]);
    let child = amphost(&emu, &slow.url).spawn(&[&base[..], &["--concurrency", "1"]].concat());
    std::thread::sleep(std::time::Duration::from_secs(2));
    signal(&child, "-TERM");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(143), "{stderr}");
    assert!(stderr.contains("was removed"), "{stderr}");
    assert_eq!(keys(&s3, "i/"), live, "the interrupted deployment's files were removed");
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v1</h1>".into()));

    // A zip of 20 MB goes up in parts; SIGINT once the multipart upload exists (each part
    // takes 3 s) leaves no unfinished upload behind (its parts would be billed).
    std::fs::write(dir.path().join("big.bin"), noise(1, 20_000_000)).unwrap();
    let slower = S3Proxy::start(&s3.url, &["--delay-ms", "3000"]);
    let child = amphost(&emu, &slower.url).spawn(&[&base[..], &["--zip"]].concat());
    wait_for_a_multipart_upload(&s3);
    signal(&child, "-INT");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(!uploads_unfinished(&s3), "an unfinished upload was left behind");
    assert_eq!(keys(&s3, "i/"), live);
}

/// A file above the multipart threshold rewritten while its parts go up: each part's bytes
/// match their own MD5, so S3 takes them, but the whole is not the file as hashed (whose MD5
/// the manifest records and the next deploy copies by). Before, the deploy succeeded and the
/// bucket held bytes the manifest did not describe; now it fails and the live site stays.
#[cfg(unix)]
#[test]
fn a_large_file_rewritten_while_its_parts_go_up_fails_the_deploy() {
    let FirstDeploy { s3, emu, dir, app_id: app, .. } = FirstDeploy::of("m", 0);
    let again = FirstDeploy::again_args(&dir, "m");
    let base: Vec<&str> = again.iter().map(String::as_str).collect();

    // Three parts of 8 MiB, each held 3 s: the file's end is rewritten while the first is held.
    let big = dir.path().join("big.bin");
    std::fs::write(&big, noise(2, 20_000_000)).unwrap();
    let slow = S3Proxy::start(&s3.url, &["--delay-ms", "3000"]);
    let child = amphost(&emu, &slow.url).spawn(&base);
    wait_for_a_multipart_upload(&s3);
    let mut bytes = std::fs::read(&big).unwrap();
    bytes[19_000_000..].fill(b'Z');
    std::fs::write(&big, bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("big.bin") && stderr.contains("changed during the deploy"), "{stderr}");
    assert!(!uploads_unfinished(&s3), "an unfinished upload was left behind");
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
    assert_eq!(keys(&s3, "m/_amphost/deploys/").len(), 1, "no manifest for the failed deployment");
}

/// Copies the bucket had whole when the run was interrupted still land after it stopped (S3
/// finishes them): the cleanup looks again once they have had time to, and removes them, so
/// that "was removed" is true. Before, they were left under a deployment said to be removed.
#[cfg(unix)]
#[test]
fn copies_landing_after_an_interrupt_are_removed_too() {
    let FirstDeploy { s3, emu, dir, app_id: app, live } = FirstDeploy::of("late", 5);
    let again = FirstDeploy::again_args(&dir, "late");
    let base: Vec<&str> = again.iter().map(String::as_str).collect();

    // The redeploy's copies are held 800 ms each, then forwarded even when amphost has left.
    write(dir.path(), "index.html", "<h1>v2</h1>");
    let log = tempfile::NamedTempFile::new().unwrap();
    let held = ["--delay-ms", "800", "--complete-held", "--log-puts", log.path().to_str().unwrap()];
    let proxy = S3Proxy::start(&s3.url, &held);
    let child = amphost(&emu, &proxy.url).spawn(&base);
    let started = std::time::Instant::now();
    while std::fs::read_to_string(log.path()).unwrap().lines().count() < 5 {
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "the copies never went out");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    signal(&child, "-INT");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("was removed"), "{stderr}");
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(keys(&s3, "late/"), live, "what landed after the interrupt was left");
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
}

/// `--zip` zips the files as they were hashed, each checked to still have the MD5 the
/// manifest records: a file rewritten after hashing (here while the bucket's policy is read)
/// fails the deploy. Before, the folder was read again and the new bytes went up under the old
/// MD5, which later deploys reused.
#[cfg(unix)]
#[test]
fn a_file_rewritten_before_it_is_zipped_fails_a_zip_deploy() {
    use std::io::BufRead;
    let FirstDeploy { s3, emu, dir, app_id: app, live } = FirstDeploy::of("z", 3);
    let again = FirstDeploy::again_args(&dir, "z");
    let base: Vec<&str> = again.iter().map(String::as_str).collect();
    let proxy = S3Proxy::start(&s3.url, &["--delay-policy-ms", "2000"]);
    let mut child = amphost(&emu, &proxy.url).spawn(&[&base[..], &["--zip"]].concat());
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut said = String::new();
    while !said.contains("hashing") {
        assert!(stderr.read_line(&mut said).unwrap() > 0, "the deploy ended before hashing: {said}");
    }
    write(dir.path(), "assets/f1.txt", "rewritten after it was hashed");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "{said}{rest}");
    assert!(rest.contains("f1.txt") && rest.contains("changed during the deploy"), "{rest}");
    assert_eq!(keys(&s3, "z/"), live, "nothing of the failed deployment stays");
    assert_eq!(served(&emu, &app, "main", "index.html"), (200, "<h1>v1</h1>".into()));
}
