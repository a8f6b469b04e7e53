//! `verify`: the branch's live site compared with what was deployed: every file (or a sample)
//! by its hash, the app's custom headers, and the answers the app's rules predict for the paths
//! they name. Each difference is reported with its likely cause, and the command exits 6.
//! `deploy --verify` runs the same comparison ([`compare::after_deploy`]).

pub mod compare;

use super::Ctx;
use crate::exit::CliError;
use crate::render::{col, Column, Fmt, OutputFormat, View};
use compare::{app_and_branch, check, expected_files, outcome, report_json, Expected, Verification};
use serde_json::{json, Value};

pub struct VerifyOptions {
    pub app: String,
    pub branch: String,
    /// The deployed files; `None`: the project's folder for the branch.
    pub deployed: Option<Expected>,
    pub how: Verification,
    /// Fetch here instead of the branch's URL (a custom domain, a CDN in front).
    pub url: Option<String>,
    /// With no `deployed`: the bucket whose manifest of the live deployment says what it holds.
    pub bucket: Option<crate::storage::S3Url>,
}

const MISMATCH_COLUMNS: &[Column] = &[
    col("PATH", "path", Fmt::Plain).copyable(),
    col("KIND", "kind", Fmt::Plain),
    // The cause says what to fix: the MD5s (the JSON has them whole) give way first.
    col("EXPECTED", "expected", Fmt::Plain).low(),
    col("FOUND", "found", Fmt::Plain).low(),
    col("LIKELY CAUSE", "cause", Fmt::Plain),
];
const MISMATCHES: View = View::List { key: "mismatches", columns: MISMATCH_COLUMNS, empty: "" };

/// `amphost verify`: the report on stdout (a table of the differences, or the JSON object),
/// exit 6 when there is a difference.
pub async fn verify(ctx: &Ctx, opts: VerifyOptions) -> Result<(), CliError> {
    let branch_input = serde_json::Map::from_iter([("branchName".to_string(), json!(opts.branch))]);
    ctx.precheck("GetBranch", &branch_input, &["appId"])?;
    // Local work first: a folder that cannot be read costs no request.
    let local = match (&opts.deployed, &opts.bucket) {
        (None, Some(_)) => None,
        (given, _) => Some(expected_files(ctx, given.as_ref(), &opts.branch).await?),
    };
    let app_id = super::resolve::app_id(ctx, &opts.app).await?;
    let deployed = match (local, &opts.bucket) {
        (Some(deployed), _) => deployed,
        (None, Some(bucket)) => {
            let live = super::deploy::history::live_manifest(ctx, &app_id, &opts.branch, bucket).await?;
            let hashes = live.files.into_iter().map(|(path, f)| (path, (f.md5, f.size))).collect();
            expected_files(ctx, Some(&Expected::Hashes(hashes)), &opts.branch).await?
        }
        (None, None) => unreachable!("without a bucket, the files were read above"),
    };
    let (app, branch) = app_and_branch(ctx, &app_id, &opts.branch).await?;
    let base = match &opts.url {
        Some(url) => url.clone(),
        None => live_url(ctx, &app, &opts.branch).await?,
    };
    let (checks, report) = check(ctx, &app, &branch, deployed, &base, &opts.how).await?;
    let result = report_json(&base, &checks, &report);
    let differ = report.mismatches.len();
    if differ > 0 || ctx.format == OutputFormat::Json || ctx.query.is_some() {
        ctx.print(&result, &MISMATCHES)?;
    }
    outcome(ctx, &base, &checks, &report, (&app_id, &opts.branch))
}

/// The branch's live site: its URL, or the embedded emulator's site path with `--local`.
async fn live_url(ctx: &Ctx, app: &Value, branch: &str) -> Result<String, CliError> {
    match compare::local_site(ctx, app, branch).await? {
        Some(local) => Ok(local),
        None => super::deploy::site_url(ctx, app, branch).await,
    }
}
