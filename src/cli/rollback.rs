//! `amphost rollback` and `amphost promote`: an earlier deployment made again, with nothing
//! uploaded.

use super::flags::parse_duration;
use crate::commands::deploy::Follow;
use crate::commands::rollback::{self, PromoteOptions, RollbackOptions};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::Args;
use std::time::Duration;

/// How the started job is followed, as `deploy` follows its own.
#[derive(Args, Debug)]
pub struct FollowArgs {
    /// Stop a pending or running job on the branch first, instead of refusing
    #[arg(long)]
    pub cancel_pending: bool,
    /// Return once the deployment has started, printing its job ID
    #[arg(long)]
    pub no_wait: bool,
    /// Give up waiting after this long (exit 5; the job keeps running)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, conflicts_with = "no_wait")]
    pub timeout: Option<Duration>,
    /// On Ctrl-C, stop the job instead of leaving it running
    #[arg(long, conflicts_with = "no_wait")]
    pub cancel_on_interrupt: bool,
}

impl FollowArgs {
    fn follow(&self) -> Follow {
        Follow { wait: !self.no_wait, timeout: self.timeout, cancel_on_interrupt: self.cancel_on_interrupt }
    }
}

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost rollback --app my-site --branch main             # the deployment before the live one
  amphost rollback --app my-site --branch main --to 12     # job 12's deployment
  amphost rollback --to 12 -o json                         # the app and branch of amphost.toml

Nothing is uploaded: the job's source (its sourceUrl) is deployed again, so only deployments
made from a URL (`amphost deploy --source-url s3://…`) can be rolled back to; the service does
not give back the files of a direct upload (a folder, a .zip or --file-map), and such a job is
refused before anything is written (exit 2). An app built from a repository is built again at
the job's commit (StartJob RELEASE). The new job is followed as `deploy` follows its own, with
the same exit codes; `-o json` prints deploy's object with `rolledBackTo`.")]
pub struct RollbackArgs {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// Branch to roll back [default: AMPHOST_BRANCH, else the project's branch]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
    /// The job to go back to [default: the newest successful job before the live one]
    #[arg(long, value_name = "JOB_ID")]
    pub to: Option<String>,
    #[command(flatten)]
    pub follow: FollowArgs,
}

impl RollbackArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        let opts = RollbackOptions {
            app: ctx.app_or_project(self.app.as_deref())?,
            branch: ctx.branch_or_project(self.branch.as_deref())?,
            to: self.to,
            cancel_pending: self.follow.cancel_pending,
            follow: self.follow.follow(),
        };
        rollback::rollback(ctx, opts).await
    }
}

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost promote --app my-site --from staging --to main
  amphost promote --app my-site --from staging --to main --job-id 7 --timeout 10m

The deployment live on --from (its newest successful job, or --job-id) is deployed to --to from
the same source (its sourceUrl), byte for byte what was tested. For apps deployed by hand from
a URL (`amphost deploy --source-url s3://…`); an app built from a repository, or a job that was
a direct upload, is refused with the reason (exit 2). Followed as `deploy` follows its job;
`-o json` prints deploy's object with `promotedFrom`.")]
pub struct PromoteArgs {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// The branch whose deployment is promoted
    #[arg(long, value_name = "BRANCH")]
    pub from: String,
    /// The branch to deploy it to
    #[arg(long, value_name = "BRANCH")]
    pub to: String,
    /// The job of --from to promote [default: its newest successful job, the live one]
    #[arg(long = "job-id", visible_alias = "job", value_name = "JOB_ID")]
    pub job_id: Option<String>,
    #[command(flatten)]
    pub follow: FollowArgs,
}

impl PromoteArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        let opts = PromoteOptions {
            app: ctx.app_or_project(self.app.as_deref())?,
            from: self.from,
            to: self.to,
            job: self.job_id,
            cancel_pending: self.follow.cancel_pending,
            follow: self.follow.follow(),
        };
        rollback::promote(ctx, opts).await
    }
}
