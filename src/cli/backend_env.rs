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
    Create {
        #[command(flatten)]
        env: EnvRef,
        /// The CloudFormation stack of the environment
        #[arg(long)]
        stack_name: Option<String>,
        /// The S3 bucket of its deployment artifacts
        #[arg(long)]
        deployment_artifacts: Option<String>,
    },
    /// Show a backend environment (GetBackendEnvironment)
    Get(EnvRef),
    /// List an app's backend environments (ListBackendEnvironments)
    #[command(visible_alias = "ls")]
    List {
        /// App ID or name
        #[arg(long)]
        app: String,
        /// Only the environment of this name
        #[arg(long)]
        environment_name: Option<String>,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Delete a backend environment (DeleteBackendEnvironment)
    #[command(visible_alias = "rm")]
    Delete(EnvRef),
}

/// `--app A NAME` (or `--environment-name`).
#[derive(Args, Debug)]
pub struct EnvRef {
    /// App ID or name
    #[arg(long)]
    pub app: String,
    #[arg(value_name = "NAME", required_unless_present = "environment_name")]
    pub name_pos: Option<String>,
    #[arg(long, value_name = "NAME", conflicts_with = "name_pos")]
    pub environment_name: Option<String>,
}

impl EnvRef {
    fn name(&self) -> String {
        self.environment_name.clone().or_else(|| self.name_pos.clone()).unwrap_or_default()
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
                backend_env::create(ctx, &env.app, input).await
            }
            BackendEnvCommand::Get(e) => backend_env::get(ctx, &e.app, &e.name()).await,
            BackendEnvCommand::List { app, environment_name, page } => {
                backend_env::list(ctx, &app, environment_name.as_deref(), &page.options()?).await
            }
            BackendEnvCommand::Delete(e) => backend_env::delete(ctx, &e.app, &e.name()).await,
        }
    }
}
