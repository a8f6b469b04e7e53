//! Input that could reach further than it should: a region that rewrites the endpoint's host,
//! `file://` values and deploy paths that never end or never open, symlinks out of a previewed
//! folder, and terminal escapes in names. Each is refused (or defused) before harm is done.

mod common;
use common::Emulator;
use std::net::TcpListener;

/// Asserts a bad-input outcome: exit 2, the culprit named, no data, no request.
fn assert_refused(emu: &Emulator, before: u64, out: &common::Output, needle: &str) {
    assert_eq!(out.code, 2, "expected exit 2\nstderr:\n{}", out.stderr);
    assert!(out.stderr.contains(needle), "stderr lacks {needle:?}:\n{}", out.stderr);
    assert!(out.stdout.is_empty(), "printed data:\n{}", out.stdout);
    assert_eq!(emu.request_count(), before, "the request reached the service");
}

#[test]
fn a_region_that_is_not_a_region_name_is_refused_before_any_connection() {
    let emu = Emulator::start();
    let trap = TcpListener::bind("127.0.0.1:0").unwrap();
    trap.set_nonblocking(true).unwrap();
    let port = trap.local_addr().unwrap().port();
    let region = format!("x@127.0.0.1:{port}/");
    let before = emu.request_count();
    let args = ["--region", region.as_str(), "--max-attempts", "1", "--read-timeout", "2s", "app", "list"];
    let out = emu.amphost().env_remove("AWS_ENDPOINT_URL").run(&args);
    let connected = trap.accept().is_ok();
    assert!(!connected, "a signed request was sent to the host the region smuggled in");
    assert_refused(&emu, before, &out, "(from --region) is not an AWS region name");

    let out = emu.amphost().env("AWS_REGION", "evil.example/").run(&["app", "list"]);
    assert_refused(&emu, before, &out, "(from AWS_REGION) is not an AWS region name");
    let out = emu.amphost().env_remove("AWS_REGION").env("AWS_DEFAULT_REGION", "us east 1").run(&["app", "list"]);
    assert_refused(&emu, before, &out, "AWS_DEFAULT_REGION");
    // Real names of other partitions still go through.
    emu.amphost().json(&["--region", "us-gov-west-1", "app", "list"]);
}
