//! `amphost job …`

use super::flags::{parse_duration, parse_timestamp, set};
use super::PageArgs;
use crate::commands::{job, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Subcommand, Debug)]
pub enum JobCommand {
    /// Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build
    Start(StartArgs),
    /// Show a job and its steps (GetJob)
    Get(JobRefArgs),
    /// List a branch's jobs, newest first (ListJobs)
    #[command(visible_alias = "ls")]
    List {
        #[command(flatten)]
        branch: BranchArgs,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Stop a pending or running job (StopJob)
    Stop(JobRefArgs),
    /// Delete a finished job (DeleteJob)
    #[command(visible_alias = "rm")]
    Delete(JobRefArgs),
    /// Follow a job until it ends, step by step (the branch's newest job by default)
    Watch {
        #[command(flatten)]
        job: OptionalJobArgs,
        /// Give up after this long (exit 5)
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        timeout: Option<Duration>,
    },
    /// Print a job's step logs (the branch's newest job by default)
    Logs {
        #[command(flatten)]
        job: OptionalJobArgs,
        /// Only this step (BUILD, DEPLOY, VERIFY…)
        #[arg(long)]
        step: Option<String>,
        /// Keep printing new lines until the job ends
        #[arg(short, long)]
        follow: bool,
    },
    /// A job's artifacts (ListArtifacts, GetArtifactUrl)
    #[command(subcommand)]
    Artifacts(ArtifactsCommand),
}

#[derive(Args, Debug)]
pub struct BranchArgs {
    /// App ID or name
    #[arg(long)]
    pub app: String,
    /// Branch name
    #[arg(long)]
    pub branch: String,
}

/// `--app A --branch B JOB_ID` (or `--job-id`).
#[derive(Args, Debug)]
pub struct JobRefArgs {
    #[command(flatten)]
    pub branch: BranchArgs,
    /// Job ID
    #[arg(value_name = "JOB_ID", required_unless_present = "job_id")]
    pub job_pos: Option<String>,
    #[arg(long, value_name = "JOB_ID", conflicts_with = "job_pos")]
    pub job_id: Option<String>,
}

impl JobRefArgs {
    async fn resolve(&self, ctx: &Ctx) -> Result<crate::commands::watch::JobRef, CliError> {
        let id = self.job_id.clone().or_else(|| self.job_pos.clone()).unwrap_or_default();
        job::job_ref(ctx, &self.branch.app, &self.branch.branch, &id).await
    }
}

#[derive(Args, Debug)]
pub struct OptionalJobArgs {
    #[command(flatten)]
    pub branch: BranchArgs,
    /// Job ID [default: the newest job of the branch]
    #[arg(value_name = "JOB_ID")]
    pub job_id: Option<String>,
}

impl OptionalJobArgs {
    async fn resolve(&self, ctx: &Ctx) -> Result<crate::commands::watch::JobRef, CliError> {
        match &self.job_id {
            Some(id) => job::job_ref(ctx, &self.branch.app, &self.branch.branch, id).await,
            None => job::latest_job(ctx, &self.branch.app, &self.branch.branch).await,
        }
    }
}

#[derive(Args, Debug)]
pub struct StartArgs {
    #[command(flatten)]
    pub branch: BranchArgs,
    #[arg(long, default_value = "RELEASE", value_parser = super::flags::model_enum("JobType"))]
    pub job_type: String,
    /// For RETRY: the job to retry
    #[arg(long, value_name = "JOB_ID")]
    pub job_id: Option<String>,
    #[arg(long)]
    pub job_reason: Option<String>,
    #[arg(long)]
    pub commit_id: Option<String>,
    #[arg(long)]
    pub commit_message: Option<String>,
    /// Commit time: RFC 3339, epoch seconds or a duration ago (1h)
    #[arg(long, value_name = "TIME", value_parser = parse_timestamp)]
    pub commit_time: Option<f64>,
    /// Follow the job until it ends (exit 3 if it fails)
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this long (exit 5)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, requires = "wait")]
    pub timeout: Option<Duration>,
}

#[derive(Subcommand, Debug)]
pub enum ArtifactsCommand {
    /// List a job's artifacts (ListArtifacts)
    #[command(visible_alias = "ls")]
    List {
        #[command(flatten)]
        job: JobRefArgs,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Download artifacts: one by --artifact-id (GetArtifactUrl), or all of a job's
    Download(DownloadArgs),
}

#[derive(Args, Debug)]
pub struct DownloadArgs {
    /// An artifact ID from `job artifacts list`
    #[arg(long, conflicts_with_all = ["app", "branch", "job_id"])]
    pub artifact_id: Option<String>,
    /// App ID or name (with --branch and JOB_ID: all the job's artifacts)
    #[arg(long, requires_all = ["branch", "job_id"])]
    pub app: Option<String>,
    #[arg(long, requires = "app")]
    pub branch: Option<String>,
    #[arg(value_name = "JOB_ID", requires = "app")]
    pub job_id: Option<String>,
    /// Where to write: the file for one artifact, a folder for a job's [default: .]
    #[arg(long, short = 'O', value_name = "PATH")]
    pub out: Option<PathBuf>,
}

impl JobCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            JobCommand::Start(a) => {
                let op = "StartJob";
                let mut input = Map::new();
                set(&mut input, op, "jobType", Some(json!(a.job_type)));
                set(&mut input, op, "jobId", a.job_id.map(Value::String));
                set(&mut input, op, "jobReason", a.job_reason.map(Value::String));
                set(&mut input, op, "commitId", a.commit_id.map(Value::String));
                set(&mut input, op, "commitMessage", a.commit_message.map(Value::String));
                set(&mut input, op, "commitTime", a.commit_time.map(|t| json!(t)));
                let wait = a.wait.then_some(a.timeout);
                job::start(ctx, &a.branch.app, &a.branch.branch, input, wait).await
            }
            JobCommand::Get(r) => job::get(ctx, &r.resolve(ctx).await?).await,
            JobCommand::List { branch, page } => job::list(ctx, &branch.app, &branch.branch, &page.options()?).await,
            JobCommand::Stop(r) => job::stop(ctx, &r.resolve(ctx).await?).await,
            JobCommand::Delete(r) => job::delete(ctx, &r.resolve(ctx).await?).await,
            JobCommand::Watch { job: j, timeout } => job::watch(ctx, &j.resolve(ctx).await?, timeout).await,
            JobCommand::Logs { job: j, step, follow } => {
                job::logs(ctx, &j.resolve(ctx).await?, step.as_deref(), follow).await
            }
            JobCommand::Artifacts(ArtifactsCommand::List { job: j, page }) => {
                job::artifacts_list(ctx, &j.resolve(ctx).await?, &page.options()?).await
            }
            JobCommand::Artifacts(ArtifactsCommand::Download(d)) => {
                match (&d.artifact_id, &d.app, &d.branch, &d.job_id) {
                    (Some(id), ..) => {
                        let out = d.out.clone().unwrap_or_else(|| PathBuf::from(id));
                        job::artifacts_download(ctx, None, Some(id), &out).await
                    }
                    (None, Some(app), Some(branch), Some(job_id)) => {
                        let r = job::job_ref(ctx, app, branch, job_id).await?;
                        job::artifacts_download(
                            ctx,
                            Some(&r),
                            None,
                            &d.out.clone().unwrap_or_else(|| PathBuf::from(".")),
                        )
                        .await
                    }
                    _ => Err(CliError::usage(
                        "name the artifact (--artifact-id ID) or the job (--app A --branch B JOB_ID)",
                    )),
                }
            }
        }
    }
}
