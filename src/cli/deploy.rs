//! `amphost deploy [PATH]`

use super::rollback::FollowArgs;
use crate::commands::deploy::{self, DeployOptions, Source};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost deploy ./dist --app my-site --branch main
  amphost deploy                     # the folder, app and branch of amphost.toml
  amphost deploy site.zip --app my-site --branch staging --create --timeout 10m
  amphost deploy --source-url s3://my-bucket/builds/site.zip --app my-site --branch main --no-wait")]
pub struct DeployArgs {
    /// A folder (zipped with its files at the root) or a .zip file [default: the project's
    /// folder for the branch (amphost.toml), else .]
    #[arg(value_name = "PATH", conflicts_with = "source_url")]
    pub path: Option<PathBuf>,
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// Branch to deploy to [default: AMPHOST_BRANCH, else the project's branch]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
    /// Deploy from a URL instead of uploading (s3://bucket/key.zip, https://…)
    #[arg(long, value_name = "URL")]
    pub source_url: Option<String>,
    /// Start a deployment created earlier (CreateDeployment) whose upload is done
    #[arg(long = "job-id", visible_alias = "job", value_name = "JOB_ID", conflicts_with_all = ["path", "source_url", "file_map", "create"])]
    pub job_id: Option<String>,
    /// What --source-url points at: ZIP (a .zip file) or BUCKET_PREFIX (a folder in S3)
    #[arg(long, value_name = "TYPE", requires = "source_url", default_value = "ZIP", value_parser = super::flags::model_enum("SourceUrlType"))]
    pub source_url_type: String,
    /// Upload file by file (MD5 file map, parallel PUTs) instead of one zip
    #[arg(long)]
    pub file_map: bool,
    /// Parallel uploads with --file-map
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Deflate level of the zip, 0 (stored) to 9
    #[arg(long, value_name = "0-9", default_value_t = 6, value_parser = clap::value_parser!(u32).range(0..=9))]
    pub compression_level: u32,
    /// Create the app (for manual deploys) and/or the branch if missing
    #[arg(long)]
    pub create: bool,
    /// Publish files that look like secrets (.env, *.pem, *.key, id_rsa…) instead of refusing
    #[arg(long)]
    pub allow_secrets: bool,
    /// Deploy even when `rules lint` finds errors in the project's rules file (not checked)
    #[arg(long)]
    pub no_lint: bool,
    #[command(flatten)]
    pub follow: FollowArgs,
}

impl DeployArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        let app = ctx.app_or_project(self.app.as_deref())?;
        let branch = ctx.branch_or_project(self.branch.as_deref())?;
        let settings = ctx.project.as_ref().map(|p| p.branch_settings(&branch)).unwrap_or_default();
        let folder = ctx.project.as_ref().and_then(|p| p.folder_for(&branch));
        let source = match (&self.source_url, &self.path) {
            _ if self.job_id.is_some() => Source::Created(self.job_id.clone().unwrap_or_default()),
            (Some(url), _) => {
                if !(url.starts_with("s3://") || url.starts_with("https://") || url.starts_with("http://")) {
                    return Err(CliError::usage(format!(
                        "--source-url {url:?} must start with s3://, https:// or http://"
                    )));
                }
                Source::Url { url: url.clone(), kind: self.source_url_type.clone() }
            }
            (None, path) => {
                let path = path.clone().or(folder).unwrap_or_else(|| PathBuf::from("."));
                let meta = std::fs::metadata(&path).map_err(|e| {
                    CliError::usage(format!("cannot deploy {}: {e}", path.display()))
                        .hint("give a folder or a .zip file")
                })?;
                if meta.is_dir() {
                    Source::Folder(path)
                } else if !meta.is_file() {
                    // Refused before any read: opening a FIFO blocks, a device never ends.
                    return Err(CliError::usage(format!(
                        "cannot deploy {}: it is not a regular file or a folder (a FIFO, device or socket)",
                        path.display()
                    )));
                } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
                    if self.file_map {
                        return Err(CliError::usage(
                            "--file-map uploads a folder file by file; give a folder, not a .zip",
                        ));
                    }
                    Source::Zip(path)
                } else {
                    return Err(CliError::usage(format!("{} is neither a folder nor a .zip file", path.display())));
                }
            }
        };
        if self.file_map && matches!(source, Source::Url { .. } | Source::Created(_)) {
            return Err(CliError::usage("--file-map uploads a folder; it does not go with --source-url"));
        }
        let opts = DeployOptions {
            app,
            branch,
            new_branch: settings,
            source,
            file_map: self.file_map,
            concurrency: self.concurrency as usize,
            compression_level: self.compression_level,
            create: self.create,
            cancel_pending: self.follow.cancel_pending,
            allow_secrets: self.allow_secrets,
            wait: !self.follow.no_wait,
            timeout: self.follow.timeout,
            cancel_on_interrupt: self.follow.cancel_on_interrupt,
            upload_attempts: ctx.client().await?.settings().max_attempts.max(3),
            no_lint: self.no_lint,
        };
        deploy::deploy(ctx, opts).await
    }
}
