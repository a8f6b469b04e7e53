//! `amphost job …`

use super::flags::{parse_duration, parse_timestamp, set};
use super::{BranchTarget, PageArgs};
use crate::commands::job::{self, Destination};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Subcommand, Debug)]
pub enum JobCommand {
    /// Start a job (StartJob): a release, a retry of a failed job, a manual or webhook build
    #[command(after_long_help = "Examples:
  amphost job start --app my-site --branch main
  amphost job start --app my-site --branch main --wait --timeout 15m
  amphost job start --app my-site --branch main --job-type RETRY --job-id 12")]
    Start(StartArgs),
    /// Show a job and its steps (GetJob; the branch's newest job by default)
    #[command(after_long_help = "Examples:
  amphost job get --app my-site --branch main
  amphost job get --app my-site --branch main 12
  amphost job get --app my-site --branch main --job-id 12 --output json")]
    Get(OptionalJobArgs),
    /// List a branch's jobs, newest first (ListJobs)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost job list --app my-site --branch main
  amphost job list --app my-site --branch main --max-items 5")]
    List {
        #[command(flatten)]
        branch: BranchTarget,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Stop a pending or running job (StopJob)
    ///
    /// The job ID is required: `get`, `watch`, `logs` and `artifacts` read the branch's newest
    /// job when none is named, but a verb that stops or deletes a job never guesses which one.
    #[command(after_long_help = "Examples:
  amphost job stop --app my-site --branch main 13
  amphost job stop --app my-site --branch main --job-id 13")]
    Stop(JobRefArgs),
    /// Delete a finished job (DeleteJob)
    ///
    /// The job ID is required: `get`, `watch`, `logs` and `artifacts` read the branch's newest
    /// job when none is named, but a verb that stops or deletes a job never guesses which one.
    #[command(visible_alias = "rm")]
    #[command(after_long_help = "Examples:
  amphost job delete --app my-site --branch main 12
  amphost job delete --app my-site --branch main --job-id 12 --yes")]
    Delete(JobRefArgs),
    /// Follow a job until it ends, step by step (the branch's newest job by default)
    #[command(after_long_help = "Examples:
  amphost job watch --app my-site --branch main
  amphost job watch --app my-site --branch main 12 --timeout 10m")]
    Watch {
        #[command(flatten)]
        job: OptionalJobArgs,
        /// Give up after this long (exit 5)
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        timeout: Option<Duration>,
    },
    /// Print a job's step logs (the branch's newest job by default)
    #[command(after_long_help = "Examples:
  amphost job logs --app my-site --branch main
  amphost job logs --app my-site --branch main 12 --step BUILD
  amphost job logs --app my-site --branch main --follow")]
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

/// `JOB_ID` or `--job-id JOB_ID`, required: for the verbs that stop or delete a job.
#[derive(Args, Debug)]
#[group(id = "job_ref", required = true, multiple = false)]
pub struct JobIdArg {
    /// Job ID
    #[arg(value_name = "JOB_ID")]
    pub job_pos: Option<String>,
    /// Job ID (instead of JOB_ID)
    #[arg(long = "job-id", visible_alias = "job", value_name = "JOB_ID")]
    pub job_id: Option<String>,
}

/// `[JOB_ID]` or `--job-id JOB_ID`; neither: the branch's newest job.
#[derive(Args, Debug)]
#[group(id = "optional_job_ref", multiple = false)]
pub struct OptionalJobIdArg {
    /// Job ID [default: the newest job of the branch]
    #[arg(value_name = "JOB_ID")]
    pub job_pos: Option<String>,
    /// Job ID (instead of JOB_ID)
    #[arg(long = "job-id", visible_alias = "job", value_name = "JOB_ID")]
    pub job_id: Option<String>,
}

impl OptionalJobIdArg {
    fn value(&self) -> Option<String> {
        self.job_id.clone().or_else(|| self.job_pos.clone())
    }
}

/// `--app A --branch B JOB_ID` (or `--job-id`).
#[derive(Args, Debug)]
pub struct JobRefArgs {
    #[command(flatten)]
    pub branch: BranchTarget,
    #[command(flatten)]
    pub job: JobIdArg,
}

impl JobRefArgs {
    async fn resolve(&self, ctx: &Ctx) -> Result<crate::commands::watch::JobRef, CliError> {
        let id = self.job.job_id.clone().or_else(|| self.job.job_pos.clone()).unwrap_or_default();
        let (app, branch) = self.branch.resolve(ctx)?;
        job::job_ref(ctx, &app, &branch, &id).await
    }
}

/// `--app A --branch B [JOB_ID]` (or `--job-id`); without a job ID, the branch's newest job.
#[derive(Args, Debug)]
pub struct OptionalJobArgs {
    #[command(flatten)]
    pub branch: BranchTarget,
    #[command(flatten)]
    pub job: OptionalJobIdArg,
}

impl OptionalJobArgs {
    async fn resolve(&self, ctx: &Ctx) -> Result<crate::commands::watch::JobRef, CliError> {
        let (app, branch) = self.branch.resolve(ctx)?;
        match self.job.value() {
            Some(id) => job::job_ref(ctx, &app, &branch, &id).await,
            None => job::latest_job(ctx, &app, &branch).await,
        }
    }
}

#[derive(Args, Debug)]
pub struct StartArgs {
    #[command(flatten)]
    pub branch: BranchTarget,
    /// RELEASE builds the latest commit, RETRY runs a failed job again (give --job-id), MANUAL
    /// is for apps deployed by hand, WEBHOOK is what webhooks start
    #[arg(long, default_value = "RELEASE", value_parser = super::flags::model_enum("JobType"))]
    pub job_type: String,
    /// For RETRY: the job to retry
    #[arg(long = "job-id", visible_alias = "job", value_name = "JOB_ID")]
    pub job_id: Option<String>,
    /// Why the job was started (kept with the job)
    #[arg(long, value_name = "TEXT")]
    pub job_reason: Option<String>,
    /// The commit to record for the job (a git commit ID)
    #[arg(long, value_name = "ID")]
    pub commit_id: Option<String>,
    /// The message of that commit
    #[arg(long, value_name = "TEXT")]
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
    /// List a job's artifacts (ListArtifacts; the branch's newest job by default)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost job artifacts list --app my-site --branch main
  amphost job artifacts list --app my-site --branch main 12")]
    List {
        #[command(flatten)]
        job: OptionalJobArgs,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Download artifacts: one by --artifact-id (GetArtifactUrl), or all of a job's (the
    /// branch's newest job by default)
    #[command(after_long_help = "Examples:
  amphost job artifacts download --app my-site --branch main --out artifacts
  amphost job artifacts download --app my-site --branch main 12
  amphost job artifacts download --artifact-id ARTIFACT_ID --out report.xml")]
    Download(DownloadArgs),
}

#[derive(Args, Debug)]
pub struct DownloadArgs {
    /// An artifact ID from `job artifacts list`
    #[arg(long, value_name = "ID", conflicts_with_all = ["app", "branch", "job_pos", "job_id"])]
    pub artifact_id: Option<String>,
    /// App ID or name (with --branch: all the artifacts of a job)
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP", requires = "branch")]
    pub app: Option<String>,
    /// Branch name (with --app)
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH", requires = "app")]
    pub branch: Option<String>,
    #[command(flatten)]
    pub job: OptionalJobIdArg,
    /// Where to write: the file for one artifact, a folder for a job's [default: .]
    #[arg(long, short = 'O', value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace files that exist (else refused before anything is downloaded, exit 2)
    #[arg(long)]
    pub force: bool,
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
                let (app, branch) = a.branch.resolve(ctx)?;
                job::start(ctx, &app, &branch, input, wait).await
            }
            JobCommand::Get(r) => job::get(ctx, &r.resolve(ctx).await?).await,
            JobCommand::List { branch, page } => {
                let (app, branch) = branch.resolve(ctx)?;
                job::list(ctx, &app, &branch, &page.options()?).await
            }
            JobCommand::Stop(r) => job::stop(ctx, &r.resolve(ctx).await?).await,
            JobCommand::Delete(r) => job::delete(ctx, &r.resolve(ctx).await?).await,
            JobCommand::Watch { job: j, timeout } => job::watch(ctx, &j.resolve(ctx).await?, timeout).await,
            JobCommand::Logs { job: j, step, follow } => {
                job::logs(ctx, &j.resolve(ctx).await?, step.as_deref(), follow).await
            }
            JobCommand::Artifacts(ArtifactsCommand::List { job: j, page }) => {
                job::artifacts_list(ctx, &j.resolve(ctx).await?, &page.options()?).await
            }
            JobCommand::Artifacts(ArtifactsCommand::Download(d)) => match (&d.artifact_id, &d.app, &d.branch) {
                (Some(id), ..) => {
                    let out = d.out.clone().unwrap_or_else(|| PathBuf::from(id));
                    job::artifacts_download(ctx, None, Some(id), Destination { path: &out, replace: d.force }).await
                }
                (None, Some(app), Some(branch)) => {
                    let r = match d.job.value() {
                        Some(job_id) => job::job_ref(ctx, app, branch, &job_id).await?,
                        None => job::latest_job(ctx, app, branch).await?,
                    };
                    let out = d.out.clone().unwrap_or_else(|| PathBuf::from("."));
                    job::artifacts_download(ctx, Some(&r), None, Destination { path: &out, replace: d.force }).await
                }
                _ => Err(CliError::usage(
                    "name the artifact (--artifact-id ID) or the job (--app A --branch B [JOB_ID])",
                )),
            },
        }
    }
}
