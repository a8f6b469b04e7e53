//! `amphost verify [PATH]`

use super::BranchTarget;
use crate::commands::verify::compare::{Expected, Verification};
use crate::commands::verify::{self, VerifyOptions};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost verify --app my-site --branch main ./dist
  amphost verify                                     # the app, branch and folder of amphost.toml
  amphost verify ./dist --sample 50 --concurrency 16
  amphost verify ./dist --url https://www.example.com/   # through a custom domain
  amphost -o json verify ./dist | jq '.mismatches[]'
  amphost deploy ./dist --verify                     # the same check once the deploy succeeded

Fetches the branch's live site (https://BRANCH.DEFAULT_DOMAIN, or the emulator's site path) and
compares it with what was deployed: every file of PATH (walked as deploy walks it, .amphostignore
included) by its MD5, the app's custom headers on a path each pattern matches, and the answer the
app's rules predict for each literal path they name. Each difference is listed with its likely
cause (an old copy still cached, a rule shadowing a file, a header pattern that does not match);
the exit code is then 6.")]
pub struct VerifyArgs {
    /// The folder (or .zip) that was deployed [default: the project's folder for the branch]
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    #[command(flatten)]
    pub target: BranchTarget,
    /// Check N files picked at random instead of every file (headers and rules are all checked)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub sample: Option<u64>,
    /// Paths fetched at a time
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Time limit of each path, its whole answer read
    #[arg(long, value_name = "DURATION", default_value = "2m", value_parser = super::flags::parse_duration)]
    pub timeout: std::time::Duration,
    /// Fetch from this address instead of the branch's URL (a custom domain, a CDN in front)
    #[arg(long, value_name = "URL", value_parser = super::flags::parse_site_url)]
    pub url: Option<String>,
    /// Without PATH: what the live deployment holds, from its manifest in this bucket
    /// (s3://BUCKET/PREFIX of a bucket deploy) [default: the project's `bucket` when it has no
    /// folder for the branch]
    #[arg(long, value_name = "S3_URL", conflicts_with = "path")]
    pub bucket: Option<String>,
}

impl VerifyArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        let (app, branch) = self.target.resolve(ctx)?;
        let deployed = self.path.as_deref().map(deployed_at).transpose()?;
        let has_folder = ctx.project.as_ref().and_then(|p| p.folder_for(&branch)).is_some();
        let bucket = match (&self.bucket, &deployed) {
            (Some(flag), _) => super::flags::bucket_url(ctx, Some(flag))?,
            (None, None) if !has_folder => super::flags::bucket_url(ctx, None)?,
            _ => None,
        };
        let how = Verification {
            sample: self.sample.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            concurrency: usize::from(self.concurrency),
            timeout: self.timeout,
        };
        verify::verify(ctx, VerifyOptions { app, branch, deployed, how, url: self.url, bucket }).await
    }
}

/// What was deployed, by what PATH is: a folder or a `.zip` (checked before any request).
pub fn deployed_at(path: &Path) -> Result<Expected, CliError> {
    let meta = std::fs::metadata(path).map_err(|e| {
        let err = CliError::usage(format!("cannot read {}: {e}", path.display()));
        err.hint("give the folder or .zip that was deployed")
    })?;
    if meta.is_dir() {
        return Ok(Expected::Folder(path.to_path_buf()));
    }
    // Only a regular file is opened: a FIFO would block, a device would never end.
    if meta.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
        return Ok(Expected::Zip(path.to_path_buf()));
    }
    Err(CliError::usage(format!("{} is neither a folder nor a .zip file", path.display())))
}
