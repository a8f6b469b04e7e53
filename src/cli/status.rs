//! `amphost status` and `amphost open`

use crate::commands::{status, Ctx};
use crate::exit::CliError;
use clap::Args;

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost status
  amphost status --app my-site
  amphost status -o json --query 'branches[?latestJob.status==`RUNNING`].branch'")]
pub struct StatusArgs {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
}

impl StatusArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        status::status(ctx, self.app.as_deref()).await
    }
}

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost open
  amphost open --branch pr-42
  amphost open --console --app my-site
  amphost open | pbcopy

The URL is printed on stdout instead when stdout is not a terminal, when
AMPHOST_NO_BROWSER=1, or when no browser opens.")]
pub struct OpenArgs {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// Branch whose site to open [default: AMPHOST_BRANCH, else the project's branch, else the app's production branch]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH", conflicts_with = "console")]
    pub branch: Option<String>,
    /// Open the app's page in the AWS console instead of the site
    #[arg(long)]
    pub console: bool,
}

impl OpenArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        status::open(ctx, self.app.as_deref(), self.branch.as_deref(), self.console).await
    }
}
