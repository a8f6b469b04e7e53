//! Tables as terminals show them: at the widths terminals report (0, as some CI runners,
//! `script` and serial consoles do, is drawn 80 wide; 60; 120) and through a pipe (nothing
//! cut), with colour and without. Run in-process (`tests/common/inprocess.rs`); the snapshot
//! files in `tests/snapshots/tables__*.snap` show what a user sees, IDs and times replaced by
//! placeholders. After a deliberate change, review and accept them with
//! `INSTA_UPDATE=always cargo test --test tables`.

mod common;
use common::inprocess::{Harness, Term};

/// The widths every table is drawn at.
const WIDTHS: [usize; 3] = [0, 60, 120];

fn at(width: usize) -> Term {
    Term { width: Some(width), color: false }
}

/// What a run wrote on stdout (from the harness's `--- stdout` section to `--- stderr`).
fn stdout(shown: &str) -> &str {
    let start = shown.find("--- stdout\n").map_or(0, |i| i + "--- stdout\n".len());
    let end = shown[start..].find("--- stderr").map_or(shown.len(), |i| start + i);
    &shown[start..end]
}

const DESCRIPTION: &str =
    "The marketing site: landing pages, the blog, press releases and the careers pages, rebuilt on every merge";

#[test]
fn an_app_list_and_an_app_at_every_width() {
    let h = Harness::new();
    h.run(&["app", "create", "marketing", "--description", DESCRIPTION]);
    for width in WIDTHS {
        let list = h.run_with(&["-o", "table", "app", "list"], at(width));
        let item = h.run_with(&["-o", "table", "app", "get", "marketing"], at(width));
        insta::assert_snapshot!(format!("apps_at_width_{width}"), format!("{list}\n{item}"));
        // A list row is one line, never wrapped, at most as wide as the terminal (the IDs and
        // the default domain it must keep whole fit in 60).
        let limit = if width == 0 { 80 } else { width };
        let rows: Vec<&str> = stdout(&list).lines().collect();
        assert_eq!(rows.len(), 2, "a header and one row:\n{list}");
        assert!(rows.iter().all(|l| l.chars().count() <= limit), "wider than {limit}:\n{list}");
        assert!(rows[0].starts_with("APP ID  ") && !rows[0].contains('│'), "gh's plain columns:\n{list}");
        // The item view keeps the whole description, whatever the width.
        assert!(stdout(&item).lines().any(|l| l.starts_with("Description") && l.ends_with(DESCRIPTION)), "{item}");
    }
    // Through a pipe, nothing is cut.
    let piped = h.run(&["-o", "table", "app", "list"]);
    assert!(piped.contains(DESCRIPTION) && !piped.contains('…'), "{piped}");
}

#[test]
fn dns_records_are_never_cut_or_wrapped() {
    const DOMAIN: &str = "a-long-subdomain-for-dns-records.example-company.com";
    let h = Harness::new();
    h.run(&["app", "create", "shop"]);
    h.run(&["branch", "create", "--app", "shop", "main"]);
    let create = ["domain", "create", "--app", "shop", DOMAIN, "--sub-domain", "www=main", "--sub-domain", "=main"];
    h.run(&create);
    // The emulator moves a new domain through its states in a few tenths of a second: wait for
    // the last, so that every snapshot shows the same one.
    let waited = h.run(&["-q", "-o", "json", "domain", "wait", "--app", "shop", DOMAIN, "--timeout", "30s"]);
    assert!(waited.contains("\"domainStatus\": \"AVAILABLE\""), "{waited}");
    for width in WIDTHS {
        let get: &[&str] = &["-o", "table", "domain", "get", "--app", "shop", DOMAIN];
        let shown = h.session_with(&[get, &["-o", "table", "domain", "list", "--app", "shop"]], at(width));
        insta::assert_snapshot!(format!("domains_at_width_{width}"), shown);
        let out = stdout(&shown);
        // Each record is whole on one line: its name first, its value after its type.
        // The apex as an ALIAS: DNS allows no CNAME there.
        for (name, kind) in [(format!("www.{DOMAIN} "), "  CNAME  "), (format!("{DOMAIN} "), "  ALIAS  ")] {
            assert!(out.lines().any(|l| l.starts_with(&name) && l.contains(kind)), "{name}:\n{shown}");
        }
        assert!(
            out.lines().any(|l| l.starts_with("_<HASH~") && l.contains(&format!(".{DOMAIN}  CNAME  _<HASH~"))),
            "the certificate record:\n{shown}"
        );
        assert_eq!(out.lines().filter(|l| l.contains(".cloudfront.net")).count(), 2, "{shown}");
    }
}

#[test]
fn a_job_list_shows_how_long_each_job_took() {
    let h = Harness::new();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "<h1>jobs</h1>").unwrap();
    let path = site.path().to_str().unwrap();
    h.run(&["-q", "-o", "json", "deploy", path, "--app", "jobs", "--branch", "main", "--create"]);
    let list: &[&str] = &["-o", "table", "job", "list", "--app", "jobs", "--branch", "main"];
    let get: &[&str] = &["-o", "table", "job", "get", "--app", "jobs", "--branch", "main", "1"];
    for width in WIDTHS {
        let shown = h.session_with(&[list, get], at(width));
        insta::assert_snapshot!(format!("jobs_at_width_{width}"), shown);
        let header = stdout(&shown).lines().next().unwrap_or_default();
        assert!(header.starts_with("JOB  ") && header.ends_with("  DURATION"), "{shown}");
    }
    // Scripts: absolute UTC times and whole seconds in text; epoch seconds in JSON.
    let text = h.run(&["-o", "text", "job", "list", "--app", "jobs", "--branch", "main"]);
    let row = regex::Regex::new("SUCCEED\tMANUAL\t<TIME~*>\t<TIME~*>\t<DURATION>\n").unwrap();
    assert!(row.is_match(&text), "{text}");
    let json = h.run(&["-o", "json", "job", "list", "--app", "jobs", "--branch", "main"]);
    assert!(json.contains("\"startTime\": <EPOCH") && !json.contains("ago"), "{json}");
}

#[test]
fn states_are_coloured_only_on_a_colour_terminal() {
    let h = Harness::new();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "<h1>colour</h1>").unwrap();
    let path = site.path().to_str().unwrap();
    let colour = Term { width: Some(120), color: true };
    // Progress lines on stderr: the job's end, in green.
    let deploy = h.run_with(&["-o", "json", "deploy", path, "--app", "paint", "--branch", "main", "--create"], colour);
    assert!(deploy.contains("job 1 \x1b[32mSUCCEED\x1b[0m\n"), "{deploy:?}");

    let list: &[&str] = &["-o", "table", "job", "list", "--app", "paint", "--branch", "main"];
    let get: &[&str] = &["-o", "table", "job", "get", "--app", "paint", "--branch", "main", "1"];
    let painted = h.session_with(&[list, get], colour);
    // Painted after padding: the code sits around the word, the columns stay where they were.
    assert!(painted.contains("  \x1b[32mSUCCEED\x1b[0m  "), "the list row:\n{painted:?}");
    assert!(painted.contains("Status   \x1b[32mSUCCEED\x1b[0m\n"), "the job's status field:\n{painted:?}");
    let plain = h.session_with(&[list, get], at(120));
    assert!(!plain.contains('\x1b'), "no colour asked, no escape:\n{plain:?}");
    let unpainted = painted.replace("\x1b[32m", "").replace("\x1b[0m", "");
    assert_eq!(unpainted, plain, "colour never moves a column");
    // A pipe never gets colour unless asked (`--color always`); `--color never` and NO_COLOR
    // are decided at the edge (`cli::ui_for`), which the harness stands in for.
    assert!(!h.run(list).contains('\x1b'));
}

#[test]
fn text_from_the_service_is_escaped_on_a_terminal_and_kept_as_is_in_a_pipe() {
    let h = Harness::new();
    let value = "a\x1b]0;TITLE\x07\x1b[?25l\rb\tc";
    h.run(&["app", "create", "raw", "--env", &format!("V={value}")]);
    let export: &[&str] = &["app", "env", "export", "--app", "raw"];
    let shown = h.run_with(export, at(80));
    assert!(!shown.contains('\x1b') && !shown.contains('\r') && !shown.contains('\x07'), "{shown:?}");
    assert!(shown.contains(r"\u{1b}]0;TITLE\u{7}\u{1b}[?25l\rb"), "{shown:?}");
    assert!(shown.contains("b\tc"), "a tab is shown as a tab: {shown:?}");
    let piped = h.run(export);
    assert!(piped.contains(value), "a file gets the bytes: {piped:?}");
}

/// `rules lint` on a terminal: each finding a block, its problem and fix whole and wrapped to
/// the width (as a table, at 80 columns the FIX column showed three letters).
#[test]
fn lint_findings_on_a_terminal_are_blocks_that_fit() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.json");
    std::fs::write(&rules, r#"[{"source": "/<*>", "target": "/index.html", "status": "404-200"}]"#).unwrap();
    let h = Harness::new();
    let args = ["-o", "table", "rules", "lint", "--file", rules.to_str().unwrap()];
    let shown = h.run_with(&args, at(80));
    let out = stdout(&shown);
    assert!(out.starts_with("warning: rule #1 /<*> [asset-capture]\n"), "{shown}");
    assert!(out.lines().any(|l| l.starts_with("  fix: ")), "{shown}");
    // A word longer than the line (the SPA rule's source, to copy whole) has a line of its own.
    let fits = |l: &str| l.chars().count() <= 80 || !l.trim().contains(' ');
    assert!(out.lines().all(fits), "wider than 80:\n{shown}");
    assert!(out.contains("\n  </^[^.]+$|"), "the source is cut:\n{shown}");
    // Through a pipe, the table as before.
    assert!(h.run(&args).contains("SEVERITY"));
}

/// `verify`'s differences on a terminal: the likely cause (what to fix) stays whole and the
/// MD5s give way first; it was the cause that was cut (`rule #3 (20…`).
#[test]
fn verify_keeps_the_likely_cause_whole_on_a_terminal() {
    let h = Harness::new();
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("index.html"), "<h1>home</h1>").unwrap();
    std::fs::write(site.path().join("page.html"), "the deployed page").unwrap();
    let d = site.path().to_str().unwrap();
    h.run(&["deploy", d, "--app", "checked", "--branch", "main", "--create"]);
    std::fs::write(site.path().join("page.html"), "changed since the deploy").unwrap();
    let shown = h.run_with(&["-o", "table", "verify", "--app", "checked", "--branch", "main", d], at(100));
    let table = stdout(&shown);
    let row = table.lines().find(|l| l.starts_with("/page.html")).unwrap_or_else(|| panic!("{shown}"));
    assert!(row.ends_with("an old copy still served (cache) or a different deploy is live"), "{table}");
    assert!(table.lines().all(|l| l.chars().count() <= 100), "{table}");
}
