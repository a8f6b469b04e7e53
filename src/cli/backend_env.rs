//! `amphost backend-env …`

use super::flags::set;
use super::PageArgs;
use crate::commands::{backend_env, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{Map, Value};

#[derive(Subcommand, Debug)]
pub enum BackendEnvCommand {
    /// Create a backend environment (CreateBackendEnvironment)
    #[command(after_long_help = "Examples:
  amphost backend-env create --app my-site staging
  amphost backend-env create --app my-site prod --stack-name amplify-mysite-prod --deployment-artifacts amplify-mysite-prod-deployment")]
    Create {
        #[command(flatten)]
        env: EnvRef,
        /// The CloudFormation stack of the environment
        #[arg(long, value_name = "NAME")]
        stack_name: Option<String>,
        /// The S3 bucket of its deployment artifacts
        #[arg(long, value_name = "BUCKET")]
        deployment_artifacts: Option<String>,
    },
    /// Show a backend environment (GetBackendEnvironment)
    #[command(after_long_help = "Examples:
  amphost backend-env get --app my-site staging
  amphost backend-env get --app my-site --environment-name staging --output json")]
    Get(EnvRef),
    /// List an app's backend environments (ListBackendEnvironments)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost backend-env list --app my-site
  amphost backend-env list --app my-site --environment-name prod")]
    List {
        /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
        #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
        app: Option<String>,
        /// Only the environment of this name
        #[arg(long = "environment-name", visible_alias = "environment", value_name = "ENVIRONMENT")]
        environment: Option<String>,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Delete a backend environment (DeleteBackendEnvironment)
    #[command(visible_alias = "rm")]
    #[command(after_long_help = "Examples:
  amphost backend-env delete --app my-site staging
  amphost backend-env delete --app my-site --environment-name staging --yes")]
    Delete(EnvRef),
}

/// `ENVIRONMENT` or `--environment-name ENVIRONMENT` (alias `--environment`).
#[derive(Args, Debug)]
#[group(id = "environment_ref", required = true, multiple = false)]
pub struct EnvironmentArg {
    /// Backend environment name
    #[arg(value_name = "ENVIRONMENT")]
    pub environment_pos: Option<String>,
    /// Backend environment name (instead of ENVIRONMENT)
    #[arg(long = "environment-name", visible_alias = "environment", value_name = "ENVIRONMENT")]
    pub environment: Option<String>,
}

/// `--app A ENVIRONMENT` (or `--environment-name`).
#[derive(Args, Debug)]
pub struct EnvRef {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    #[command(flatten)]
    pub environment: EnvironmentArg,
}

impl EnvRef {
    /// The app: as given, else from the environment or the project file.
    pub fn app(&self, ctx: &Ctx) -> Result<String, CliError> {
        ctx.app_or_project(self.app.as_deref())
    }

    fn name(&self) -> String {
        self.environment.environment.clone().or_else(|| self.environment.environment_pos.clone()).unwrap_or_default()
    }
}

impl BackendEnvCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            BackendEnvCommand::Create { env, stack_name, deployment_artifacts } => {
                let op = "CreateBackendEnvironment";
                let mut input = Map::new();
                set(&mut input, op, "environmentName", Some(Value::String(env.name())));
                set(&mut input, op, "stackName", stack_name.map(Value::String));
                set(&mut input, op, "deploymentArtifacts", deployment_artifacts.map(Value::String));
                backend_env::create(ctx, &env.app(ctx)?, input).await
            }
            BackendEnvCommand::Get(e) => backend_env::get(ctx, &e.app(ctx)?, &e.name()).await,
            BackendEnvCommand::List { app, environment, page } => {
                backend_env::list(ctx, &ctx.app_or_project(app.as_deref())?, environment.as_deref(), &page.options()?)
                    .await
            }
            BackendEnvCommand::Delete(e) => backend_env::delete(ctx, &e.app(ctx)?, &e.name()).await,
        }
    }
}
