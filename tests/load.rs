//! The emulator under load: 32 concurrent clients, split across two emulator processes on one
//! data dir, each making a fixed set of writes and reads. No request may fail (retries are
//! off, so a 5xx would show), no acknowledged write may be lost or doubled, and the state
//! survives a kill -9 of a server.

mod common;
use amphost::api::{Client, ClientSettings, CredentialSource};
use common::{Emulator, ACCESS_KEY, SECRET_KEY};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::process::{Command, Stdio};

const CLIENTS: usize = 32;

fn client(url: &str) -> Client {
    Client::new(ClientSettings {
        endpoint_url: Some(url.to_string()),
        endpoint_from_env: false,
        region: Some("us-east-1".into()),
        credentials: CredentialSource::Static {
            access_key_id: ACCESS_KEY.into(),
            secret_access_key: SECRET_KEY.into(),
        },
        max_attempts: 1,
        ..Default::default()
    })
}

/// A second emulator process on the data dir of `emu`.
fn second_server(emu: &Emulator) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut cmd = Command::new(common::BIN);
    common::isolated(&mut cmd, emu.dir.path());
    let mut child = cmd
        .args(["emulator", "--port", "0", "-q", "--credentials", &format!("{ACCESS_KEY}:{SECRET_KEY}"), "--data-dir"])
        .arg(emu.dir.path().join("emulator"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    (child, line.trim().to_string())
}

/// One client's fixed script; returns the app IDs it created and kept.
async fn script(c: Client, n: usize) -> Result<Vec<String>, String> {
    let e = |op: &'static str| move |err: amphost::api::ApiError| format!("client {n} {op}: {err}");
    let app = c.call("CreateApp", json!({"name": format!("load-{n}")})).await.map_err(e("CreateApp"))?;
    let id = app["app"]["appId"].as_str().unwrap().to_string();
    for b in ["main", "dev"] {
        c.call("CreateBranch", json!({"appId": id, "branchName": b})).await.map_err(e("CreateBranch"))?;
    }
    c.call("UpdateApp", json!({"appId": id, "description": format!("client {n}")})).await.map_err(e("UpdateApp"))?;
    let job = c
        .call("StartJob", json!({"appId": id, "branchName": "main", "jobType": "RELEASE"}))
        .await
        .map_err(e("StartJob"))?;
    assert_eq!(job["jobSummary"]["jobId"], "1");
    c.call("ListApps", json!({"maxResults": 10})).await.map_err(e("ListApps"))?;
    c.call("DeleteBranch", json!({"appId": id, "branchName": "dev"})).await.map_err(e("DeleteBranch"))?;
    let branches = c.call("ListBranches", json!({"appId": id})).await.map_err(e("ListBranches"))?;
    let names: Vec<&str> =
        branches["branches"].as_array().unwrap().iter().map(|b| b["branchName"].as_str().unwrap()).collect();
    if names != ["main"] {
        return Err(format!("client {n} sees branches {names:?}"));
    }
    let temp = c.call("CreateApp", json!({"name": format!("temp-{n}")})).await.map_err(e("CreateApp"))?;
    c.call("DeleteApp", json!({"appId": temp["app"]["appId"]})).await.map_err(e("DeleteApp"))?;
    Ok(vec![id])
}

async fn all_apps(c: &Client) -> Vec<Value> {
    amphost::api::paginate::list_all(c, "ListApps", json!({}), &Default::default()).await.unwrap()["apps"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn concurrent_clients_on_two_processes_lose_and_double_nothing() {
    let emu = Emulator::start();
    let (mut second, second_url) = second_server(&emu);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let kept: BTreeSet<String> = rt.block_on(async {
        let tasks: Vec<_> = (0..CLIENTS)
            .map(|n| {
                let url = if n % 2 == 0 { emu.url.clone() } else { second_url.clone() };
                tokio::spawn(script(client(&url), n))
            })
            .collect();
        let mut kept = BTreeSet::new();
        for t in tasks {
            kept.extend(t.await.unwrap().unwrap_or_else(|e| panic!("{e}")));
        }
        kept
    });
    assert_eq!(kept.len(), CLIENTS);
    let check = |url: &str| {
        let apps = rt.block_on(all_apps(&client(url)));
        let ids: Vec<String> = apps.iter().map(|a| a["appId"].as_str().unwrap().to_string()).collect();
        let unique: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(ids.len(), unique.len(), "an app is listed twice");
        assert_eq!(unique, kept, "the list differs from what was acknowledged");
        for a in &apps {
            let n = a["name"].as_str().unwrap().trim_start_matches("load-");
            assert_eq!(a["description"], format!("client {n}"), "an acknowledged update was lost");
        }
    };
    check(&emu.url);
    check(&second_url);

    // kill -9 the second server, start another on the same data: everything is still there.
    second.kill().unwrap();
    second.wait().unwrap();
    let (mut third, third_url) = second_server(&emu);
    check(&third_url);
    let _ = third.kill();
    let _ = third.wait();
}
