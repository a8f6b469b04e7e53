//! `amphost deploy [PATH]`

use super::rollback::FollowArgs;
use crate::commands::build::{self, BuildOptions, SpecSource};
use crate::commands::deploy::bucket::BucketOptions;
use crate::commands::deploy::{self, DeployOptions, Source};
use crate::commands::verify::compare::{AfterDeploy, Verification, PATH_TIMEOUT};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost deploy ./dist --app my-site --branch main
  amphost deploy                     # the folder, app and branch of amphost.toml
  amphost deploy site.zip --app my-site --branch staging --create --timeout 10m
  amphost deploy --source-url s3://my-bucket/builds/site.zip --app my-site --branch main --no-wait
  amphost deploy --build --app my-site --branch main   # run amplify.yml here, deploy its artifacts
  amphost deploy ./dist --bucket s3://my-bucket/site -m 'Fix the footer'   # uploads what changed
  amphost deploy ./dist --app my-site --branch main --verify   # then compare the live site with ./dist
  amphost deploy list --app my-site --branch main --bucket s3://my-bucket/site")]
#[command(args_conflicts_with_subcommands = true)]
pub struct DeployArgs {
    #[command(subcommand)]
    pub command: Option<DeployCommand>,
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
    /// Parallel uploads with --file-map or --bucket, and parallel fetches with --verify
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
    /// Keep every deployment in this bucket (s3://BUCKET/PREFIX): only changed files are
    /// uploaded, and rollback/promote need no upload [default: the project's `bucket`]
    #[arg(long, value_name = "S3_URL", conflicts_with_all = ["source_url", "job_id", "file_map"])]
    pub bucket: Option<String>,
    /// Why this deployment (kept in its manifest; shown by `deploy list`), with --bucket
    #[arg(long, short = 'm', value_name = "TEXT")]
    pub message: Option<String>,
    /// Deployments of the branch kept in the bucket (default 10); older ones are deleted after
    /// a success, never one live or next in line for a rollback on any branch (a deploy with
    /// --no-wait does not see the success, and deletes nothing)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), conflicts_with = "no_wait")]
    pub keep: Option<u32>,
    /// With --bucket: one zip per deployment (sourceUrlType ZIP) instead of a folder of files
    #[arg(long)]
    pub zip: bool,
    /// Add the statements Amplify needs to read the bucket to its policy (asks first; --yes)
    #[arg(long)]
    pub grant: bool,
    /// Once the job succeeded, compare the live site with what was deployed (exit 6 if they differ)
    #[arg(long, conflicts_with_all = ["no_wait", "source_url", "job_id"])]
    pub verify: bool,
    /// Run the build spec first (as `amphost build`: amplify.yml, or amphost.toml's [build]),
    /// then deploy the artifacts it collected [default: on when amphost.toml has [build]]
    #[arg(long, conflicts_with_all = ["path", "source_url", "job_id"])]
    pub build: bool,
    /// With --build: the build spec to run [default: amphost.toml's [build] spec, else
    /// amplify.yml in the project's folder]
    #[arg(long, value_name = "FILE", requires = "build")]
    pub spec: Option<PathBuf>,
    /// Deploy even when `rules lint` finds errors in the project's rules file (not checked)
    #[arg(long)]
    pub no_lint: bool,
    #[command(flatten)]
    pub follow: FollowArgs,
}

#[derive(Subcommand, Debug)]
pub enum DeployCommand {
    /// A branch's deployments: when, status, who, commit, what changed, which is live
    List(ListArgs),
}

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost deploy list --app my-site --branch main
  amphost deploy list --bucket s3://my-bucket/my-site -o json   # app and branch of amphost.toml")]
pub struct ListArgs {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// Branch [default: AMPHOST_BRANCH, else the project's branch]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
    /// The bucket of the deployments' manifests (s3://BUCKET/PREFIX) [default: the project's
    /// `bucket`; without one, the jobs alone]
    #[arg(long, value_name = "S3_URL")]
    pub bucket: Option<String>,
}

impl ListArgs {
    async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        let app = ctx.app_or_project(self.app.as_deref())?;
        let branch = ctx.branch_or_project(self.branch.as_deref())?;
        let bucket = super::flags::bucket_url(ctx, self.bucket.as_deref())?;
        crate::commands::deploy::history::list(
            ctx,
            crate::commands::deploy::history::HistoryOptions { app, branch, bucket },
        )
        .await
    }
}

impl DeployArgs {
    /// The bucket deploy asked for, if any: `--bucket` or the project's `bucket` (not when
    /// deploying from a URL or a created job). Its companions without it are refused.
    fn bucket_options(&self, ctx: &Ctx) -> Result<Option<BucketOptions>, CliError> {
        let elsewhere = self.source_url.is_some() || self.job_id.is_some() || self.file_map;
        let url = if elsewhere { None } else { super::flags::bucket_url(ctx, self.bucket.as_deref())? };
        let Some(url) = url else {
            let given = [(self.zip, "--zip"), (self.grant, "--grant"), (self.message.is_some(), "--message")];
            for (given, flag) in given.into_iter().chain([(self.keep.is_some(), "--keep")]) {
                if given {
                    return Err(CliError::usage(format!("{flag} goes with --bucket"))
                        .hint("pass --bucket s3://BUCKET/PREFIX, or set `bucket` in amphost.toml"));
                }
            }
            return Ok(None);
        };
        Ok(Some(BucketOptions {
            url,
            message: self.message.clone(),
            keep: self.keep.unwrap_or(10) as usize,
            zip: self.zip,
            grant: self.grant,
        }))
    }

    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        if let Some(DeployCommand::List(list)) = self.command {
            return list.run(ctx).await;
        }
        let bucket = self.bucket_options(ctx)?;
        let app = ctx.app_or_project(self.app.as_deref())?;
        let branch = ctx.branch_or_project(self.branch.as_deref())?;
        let settings = ctx.project.as_ref().map(|p| p.branch_settings(&branch)).unwrap_or_default();
        let folder = ctx.project.as_ref().and_then(|p| p.folder_for(&branch));
        let source = if self.builds_first(ctx) {
            built_source(ctx, &app, &branch, self.spec.clone()).await?
        } else {
            self.source(folder)?
        };
        if self.file_map && matches!(source, Source::Url { .. } | Source::Created(_)) {
            return Err(CliError::usage("--file-map uploads a folder; it does not go with --source-url"));
        }
        let verify = match &source {
            Source::Folder(path) | Source::Zip(path) if self.verify => Some(AfterDeploy {
                deployed: super::verify::deployed_at(path)?,
                how: Verification { sample: None, concurrency: self.concurrency as usize, timeout: PATH_TIMEOUT },
            }),
            _ => None,
        };
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
            bucket,
            verify,
            no_lint: self.no_lint,
        };
        deploy::deploy(ctx, opts).await
    }

    /// `--build`, or a project file whose `[build]` says so when nothing else is to be deployed.
    fn builds_first(&self, ctx: &Ctx) -> bool {
        let nothing_given = self.path.is_none() && self.source_url.is_none() && self.job_id.is_none();
        let by_file = ctx.project.as_ref().and_then(|p| p.file.build.as_ref()).is_some_and(|b| b.deploy);
        self.build || (nothing_given && by_file)
    }

    /// What the flags and the project name: a job created earlier, a URL, a folder or a zip.
    fn source(&self, folder: Option<PathBuf>) -> Result<Source, CliError> {
        match (&self.source_url, &self.path) {
            _ if self.job_id.is_some() => Ok(Source::Created(self.job_id.clone().unwrap_or_default())),
            (Some(url), _) => {
                check_source_url(url, &self.source_url_type)
                    .map_err(|e| CliError::usage(format!("--source-url {e}")))?;
                Ok(Source::Url { url: url.clone(), kind: self.source_url_type.clone() })
            }
            (None, path) => {
                let path = path.clone().or(folder).unwrap_or_else(|| PathBuf::from("."));
                self.local_source(path)
            }
        }
    }

    /// A folder, or a .zip file.
    fn local_source(&self, path: PathBuf) -> Result<Source, CliError> {
        let meta = std::fs::metadata(&path).map_err(|e| {
            let hint = match similar_entry(&path) {
                Some(near) => format!("did you mean {}?", near.display()),
                None => "give a folder or a .zip file".to_string(),
            };
            CliError::usage(format!("cannot deploy {}: {e}", path.display())).hint(hint)
        })?;
        if meta.is_dir() {
            Ok(Source::Folder(path))
        } else if !meta.is_file() {
            // Refused before any read: opening a FIFO blocks, a device never ends.
            Err(CliError::usage(format!(
                "cannot deploy {}: it is not a regular file or a folder (a FIFO, device or socket)",
                path.display()
            )))
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
            if self.file_map {
                return Err(CliError::usage("--file-map uploads a folder file by file; give a folder, not a .zip"));
            }
            Ok(Source::Zip(path))
        } else {
            Err(CliError::usage(format!("{} is neither a folder nor a .zip file", path.display())))
        }
    }
}

/// Builds (the project's spec, the branch's variables) and returns the folder of artifacts.
async fn built_source(ctx: &Ctx, app: &str, branch: &str, spec: Option<PathBuf>) -> Result<Source, CliError> {
    let opts = BuildOptions {
        spec: spec.map_or(SpecSource::Project, SpecSource::File),
        app: Some(app.to_string()),
        branch: Some(branch.to_string()),
        app_root: None,
        remote_env: true,
        backend: true,
    };
    let built = build::run_build(ctx, opts).await?;
    let folder = built.artifacts.ok_or_else(|| {
        CliError::usage("the build spec has no artifacts to deploy")
            .hint("give frontend.artifacts a baseDirectory and files ('**/*') in the build spec")
    })?;
    Ok(Source::Folder(folder))
}

/// A source the service can fetch: an `s3://` URL naming a bucket (and an object, for a ZIP),
/// or an `http(s)://` URL with a host. Checked before any request: the job would fail at
/// DEPLOY otherwise.
fn check_source_url(url: &str, kind: &str) -> Result<(), String> {
    if url.starts_with("s3://") {
        let s3 = crate::storage::S3Url::parse(url)?;
        if kind == "ZIP" && (s3.key.is_empty() || s3.key.ends_with('/')) {
            return Err(format!(
                "{url:?} names no object: a ZIP source is s3://BUCKET/KEY.zip (a folder is BUCKET_PREFIX)"
            ));
        }
        return Ok(());
    }
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(format!("{url:?} must start with s3://, https:// or http://"));
    }
    // The host as written (`http:///x.zip` would be read as host `x.zip`), with no empty label.
    let written = url.split_once("://").map_or("", |(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""));
    let host = written.rsplit('@').next().unwrap_or("").split(':').next().unwrap_or("");
    let named = !host.is_empty() && (host.starts_with('[') || host.split('.').all(|label| !label.is_empty()));
    match reqwest::Url::parse(url) {
        Ok(parsed) if named && parsed.host_str().is_some() => Ok(()),
        _ => Err(format!("{:?} is no URL with a host", crate::api::redact::redact_given_url(url))),
    }
}

/// A folder or file beside a missing `path` whose name is close to its name (`./dsit`:
/// `./dist`).
fn similar_entry(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let names: Vec<String> =
        std::fs::read_dir(parent).ok()?.flatten().filter_map(|e| e.file_name().into_string().ok()).collect();
    let near = crate::text::closest(name, names.iter().map(String::as_str))?;
    Some(path.with_file_name(near))
}
