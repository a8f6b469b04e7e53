//! `amphost init` and `amphost link APP`

use super::AppArg;
use crate::commands::init::{self, InitOptions};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost init
  amphost init --app my-site --branch main --folder dist
  amphost init --create-app my-site --folder build --force
  amphost --region eu-west-1 init --app d1a2b3c4d5e6f7   # records the region too

On a terminal, what no flag gives is asked: the app (one of the account's, or a new one),
the production branch (main) and the folder to deploy (the first of dist, build, out, public
and _site that holds an index.html, else .). Without a terminal, --app or --create-app is
needed; the branch is main and the folder that first match unless given. The file is
--config PATH if given, else ./amphost.toml.")]
pub struct InitArgs {
    /// The app this folder deploys to: an ID or a name (checked to exist)
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP", conflicts_with = "create_app")]
    pub app: Option<String>,
    /// Create a new app of this name (CreateApp, platform WEB) and record it
    #[arg(long, value_name = "NAME")]
    pub create_app: Option<String>,
    /// The production branch: `amphost deploy`'s default [default: main]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
    /// The folder `amphost deploy` uploads [default: the first of dist, build, out, public, _site holding an index.html, else .]
    #[arg(long, value_name = "PATH")]
    pub folder: Option<String>,
    /// Replace an amphost.toml that is already there
    #[arg(long)]
    pub force: bool,
}

impl InitArgs {
    /// `config`: the global `--config` (the file to write); `region`: the global `--region`.
    pub async fn run(self, ctx: &Ctx, config: Option<&Path>, region: Option<&str>) -> Result<(), CliError> {
        let path = config.map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from(crate::project::FILE_NAME));
        let opts = InitOptions {
            path,
            app: self.app,
            create_app: self.create_app,
            branch: self.branch,
            folder: self.folder,
            region: region.filter(|r| !r.is_empty()).map(str::to_string),
            force: self.force,
        };
        init::init(ctx, opts).await
    }
}

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost link my-site
  amphost link d1a2b3c4d5e6f7
  amphost --config site/amphost.toml link --app my-site

The app is recorded by ID, its name in a comment. An amphost.toml found here or above (or
named by --config) keeps everything else, comments included; with none, ./amphost.toml is
created.")]
pub struct LinkArgs {
    #[command(flatten)]
    pub app: AppArg,
}

impl LinkArgs {
    /// `config`: the global `--config` (the file to edit or create).
    pub async fn run(self, ctx: &Ctx, config: Option<&Path>) -> Result<(), CliError> {
        let path = init::link_target(config, ctx.project.as_ref());
        init::link(ctx, &self.app.value(), &path).await
    }
}
