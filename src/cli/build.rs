//! `amphost build`

use crate::commands::build::{self, BuildOptions, SpecSource};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost build                                  # amplify.yml of the project, its app and branch
  amphost build --spec ci/amplify.yml --app my-site --branch main
  amphost build --from-app --app my-site --branch main   # the branch's buildSpec, else the app's
  amphost build --app-root apps/web              # one application of a monorepo spec
  amphost -o json build --no-remote-env          # no request: the spec and your environment only

The phases run in order (backend, then frontend: preBuild, build, postBuild) in one bash
session started in the app root, so a `cd` or an `export` carries on to the next command; the
first command that fails stops the build (exit 3, with the end of its output). Commands get the
app's and the branch's environment variables (unless --no-remote-env), AWS_APP_ID, AWS_BRANCH,
AWS_JOB_ID=local, AWS_COMMIT_ID (git HEAD) and your own environment; values are never printed.
The files `artifacts` selects are copied to .amphost/build/BRANCH/ (emptied first), whose path
is printed; `cache.paths` are kept in .amphost/cache/ between runs. Ctrl-C ends every process
of the build (exit 130). The spec's test phases are not run.")]
pub struct BuildArgs {
    /// The build spec to run [default: amphost.toml's [build] spec, else amplify.yml in the
    /// project's folder]
    #[arg(long, value_name = "FILE", conflicts_with = "from_app")]
    pub spec: Option<PathBuf>,
    /// Run the app's build spec instead of a file: the branch's buildSpec, else the app's
    #[arg(long)]
    pub from_app: bool,
    /// App ID or name, for its environment variables [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// Branch: its variables, AWS_BRANCH and the output folder [default: AMPHOST_BRANCH, else
    /// the project's branch]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
    /// The application of a monorepo spec (`applications:`) to build, by its appRoot [default:
    /// amphost.toml's [build] app_root, else AMPLIFY_MONOREPO_APP_ROOT]
    #[arg(long, value_name = "DIR")]
    pub app_root: Option<String>,
    /// Do not fetch the app's and branch's environment variables (no request is made)
    #[arg(long, conflicts_with = "from_app")]
    pub no_remote_env: bool,
    /// Leave out the spec's backend phases
    #[arg(long)]
    pub frontend_only: bool,
}

impl BuildArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        let spec = match (self.spec, self.from_app) {
            (Some(file), _) => SpecSource::File(file),
            (None, true) => SpecSource::App,
            (None, false) => SpecSource::Project,
        };
        let opts = BuildOptions {
            spec,
            app: self.app,
            branch: self.branch,
            app_root: self.app_root,
            remote_env: !self.no_remote_env,
            backend: !self.frontend_only,
        };
        build::build(ctx, opts).await
    }
}
