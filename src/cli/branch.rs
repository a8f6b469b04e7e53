//! `amphost branch …`

use super::flags::{
    key_values_to_map, parse_json, parse_key_value, parse_text, set, set_pairs, BasicAuthArgs, EnvFormat, KeyValue,
};
use super::{AppListArgs, BranchArg};
use crate::commands::{app, branch, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{Map, Value};
use std::path::PathBuf;

#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum BranchCommand {
    /// Create a branch (CreateBranch)
    #[command(after_long_help = "Examples:
  amphost branch create --app my-site main
  amphost branch create --app my-site staging --stage BETA --env API_URL=https://staging-api.example.com
  amphost branch create --app my-site --branch feature/login --enable-auto-build=false")]
    Create(CreateArgs),
    /// Show a branch (GetBranch)
    #[command(after_long_help = "Examples:
  amphost branch get --app my-site main
  amphost branch get --app-id d1a2b3c4d5e6f7 --branch-name main --output json")]
    Get(BranchRef),
    /// List an app's branches (ListBranches), all pages
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost branch list --app my-site
  amphost branch list --app my-site --query 'branches[].branchName' --output text")]
    List(AppListArgs),
    /// Change a branch's settings (UpdateBranch); only the settings given are sent
    #[command(after_long_help = "Examples:
  amphost branch update --app my-site main --stage PRODUCTION
  amphost branch update --app my-site staging --basic-auth admin:s3cret
  amphost branch update --app my-site main --enable-performance-mode=false")]
    Update(UpdateArgs),
    /// Delete a branch (DeleteBranch)
    #[command(visible_alias = "rm")]
    #[command(after_long_help = "Examples:
  amphost branch delete --app my-site feature/login
  amphost branch delete --app my-site --branch old-preview --yes")]
    Delete(BranchRef),
    /// Delete the branches matching a glob with no activity for a while (preview branches)
    #[command(after_long_help = "Examples:
  amphost branch prune --app my-site --pattern 'pr-*' --older-than 14d --dry-run
  amphost branch prune --app my-site --pattern 'pr-*' --older-than 14d
  amphost branch prune --app my-site --pattern 'feature/*' --older-than 30d --yes

A branch's last activity is its update time, or its newest job's end when later. The branches
to delete are listed (branch, last activity), then asked about (--yes in scripts); --dry-run
lists them only. The app's production branch is never pruned. An app may have 50 branches:
`deploy --create` names the oldest when that limit is reached.")]
    Prune(PruneArgs),
    /// A branch's own environment variables: list, set, unset, import, export, diff
    #[command(subcommand)]
    Env(BranchEnvCommand),
}

#[derive(Subcommand, Debug)]
pub enum BranchEnvCommand {
    /// Show a branch's own variables (they override the app's)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost branch env list --app my-site --branch main
  amphost branch env list --app my-site --branch main --output json")]
    List(EnvBranchTarget),
    /// Set variables of the branch, keeping the others
    #[command(after_long_help = "Examples:
  amphost branch env set --app my-site --branch main API_URL=https://api.example.com
  amphost branch env set --app my-site --branch staging DEBUG=1 FEATURE_X=on")]
    Set {
        #[command(flatten)]
        target: EnvBranchTarget,
        /// A variable to set, KEY=VALUE (one or more)
        #[arg(value_name = "KEY=VALUE", required = true, value_parser = parse_key_value)]
        vars: Vec<KeyValue>,
    },
    /// Remove variables of the branch, keeping the others
    #[command(after_long_help = "Examples:
  amphost branch env unset --app my-site --branch main DEBUG
  amphost branch env unset --app my-site --branch staging FEATURE_X LEGACY_API")]
    Unset {
        #[command(flatten)]
        target: EnvBranchTarget,
        /// The name of a variable to remove (one or more)
        #[arg(value_name = "KEY", required = true)]
        names: Vec<String>,
    },
    /// Import a dotenv file into the branch: merged in, others kept (--replace: only the file's)
    #[command(after_long_help = "Examples:
  amphost branch env import --app my-site --branch staging .env.staging
  amphost branch env import --app my-site --branch staging .env.staging --replace

Without --replace nothing the file does not name is touched. With --replace the branch's
variables the file does not name are removed, and named on stderr. A malformed file is
refused with FILE:LINE before anything is sent (exit 2).")]
    Import {
        #[command(flatten)]
        target: EnvBranchTarget,
        /// The dotenv file to read
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Remove the variables the file does not name (they are listed), instead of keeping them
        #[arg(long)]
        replace: bool,
    },
    /// Print the branch's variables as a dotenv file (or JSON), sorted by name
    #[command(after_long_help = "Examples:
  amphost branch env export --app my-site --branch staging > .env.staging
  amphost branch env export --app my-site --branch staging --format json")]
    Export {
        #[command(flatten)]
        target: EnvBranchTarget,
        /// dotenv (KEY=VALUE lines, quoted where needed) or json (one object)
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "dotenv", ignore_case = true)]
        format: EnvFormat,
    },
    /// Compare the branch's variables with a dotenv file, by name only; exit 1 when they differ
    #[command(after_long_help = "Examples:
  amphost branch env diff --app my-site --branch staging .env.staging
  amphost branch env diff .env.staging    # the app and branch of amphost.toml

Each line is a marker and a name, never a value: + only in the file, - only on the branch,
~ in both with another value. Exit 0 when they are the same, 1 when they differ.")]
    Diff {
        #[command(flatten)]
        target: EnvBranchTarget,
        /// The dotenv file to compare with
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// `branch env …`: `--app A --branch B`, else `AMPHOST_APP` / `AMPHOST_BRANCH`, else amphost.toml.
#[derive(Args, Debug)]
pub struct EnvBranchTarget {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// Branch name [default: AMPHOST_BRANCH, else the project's branch]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
}

impl EnvBranchTarget {
    /// The app and branch, from the flags, the environment or the project file.
    fn resolve(&self, ctx: &Ctx) -> Result<(String, String), CliError> {
        Ok((ctx.app_or_project(self.app.as_deref())?, ctx.branch_or_project(self.branch.as_deref())?))
    }
}

impl BranchEnvCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            BranchEnvCommand::List(t) => {
                let (a, b) = t.resolve(ctx)?;
                app::env_list(ctx, &a, Some(b.as_str())).await
            }
            BranchEnvCommand::Set { target, vars } => {
                let (a, b) = target.resolve(ctx)?;
                app::env_set(ctx, &a, Some(b.as_str()), key_values_to_map(&vars)).await
            }
            BranchEnvCommand::Unset { target, names } => {
                let (a, b) = target.resolve(ctx)?;
                app::env_unset(ctx, &a, Some(b.as_str()), &names).await
            }
            BranchEnvCommand::Import { target, file, replace } => {
                let (a, b) = target.resolve(ctx)?;
                let file = app::env_file(ctx, Some(file.as_path()), Some(b.as_str()))?;
                app::env_import(ctx, &a, Some(b.as_str()), &file, replace).await
            }
            BranchEnvCommand::Export { target, format } => {
                let (a, b) = target.resolve(ctx)?;
                app::env_export(ctx, &a, Some(b.as_str()), format == EnvFormat::Json).await
            }
            BranchEnvCommand::Diff { target, file } => {
                let (a, b) = target.resolve(ctx)?;
                app::env_diff(ctx, &a, Some(b.as_str()), &file).await
            }
        }
    }
}

/// `branch prune --app A --pattern GLOB --older-than DURATION [--dry-run]`.
#[derive(Args, Debug)]
pub struct PruneArgs {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// The branches to consider: a glob of their names ('pr-*', 'feature/*')
    #[arg(long, value_name = "GLOB")]
    pub pattern: String,
    /// Delete only the branches with no activity for this long (14d, 36h)
    #[arg(long, value_name = "DURATION", value_parser = super::flags::parse_age)]
    pub older_than: std::time::Duration,
    /// List the branches that would be deleted, and delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// A branch of an app: `--app A BRANCH` or `--app A --branch BRANCH` (`--app` defaults as
/// the list verbs' does).
#[derive(Args, Debug)]
pub struct BranchRef {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    #[command(flatten)]
    pub branch: BranchArg,
}

impl BranchRef {
    /// The app: as given, else from the environment or the project file.
    pub fn app(&self, ctx: &Ctx) -> Result<String, CliError> {
        ctx.app_or_project(self.app.as_deref())
    }

    pub fn name(&self) -> String {
        self.branch.value()
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    #[command(flatten)]
    pub target: BranchRef,
    /// An environment variable, KEY=VALUE (repeatable)
    #[arg(long = "env", value_name = "KEY=VALUE", value_parser = parse_key_value, conflicts_with = "environment_variables")]
    pub env: Vec<KeyValue>,
    /// A tag, KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub tags: Vec<KeyValue>,
    #[command(flatten)]
    pub fields: BranchFields,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub target: BranchRef,
    #[command(flatten)]
    pub fields: BranchFields,
}

/// The settings CreateBranch and UpdateBranch share.
#[derive(Args, Debug)]
pub struct BranchFields {
    /// A description of the branch
    #[arg(long)]
    pub description: Option<String>,
    /// What the branch is for (PRODUCTION, BETA, DEVELOPMENT, EXPERIMENTAL, PULL_REQUEST)
    #[arg(long, value_parser = super::flags::model_enum("Stage"))]
    pub stage: Option<String>,
    /// The branch's framework, as shown in the console (e.g. React, Next.js - SSR)
    #[arg(long)]
    pub framework: Option<String>,
    /// The name shown for the branch, also its default sub-domain prefix
    #[arg(long)]
    pub display_name: Option<String>,
    /// Email notifications for the branch's jobs (=false to turn them off)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_notification: Option<bool>,
    /// Build the branch on each commit (=false to turn it off)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_auto_build: Option<bool>,
    /// Skew protection: a visitor keeps getting the assets of the deployment first loaded
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_skew_protection: Option<bool>,
    /// All environment variables at once, replacing any there are: JSON or file://PATH
    #[arg(long, value_name = "JSON", value_parser = parse_json)]
    pub environment_variables: Option<Value>,
    #[command(flatten)]
    pub auth: BasicAuthArgs,
    /// Performance mode: content kept longer at the edge (longer to update after a deploy)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_performance_mode: Option<bool>,
    /// Build specification YAML (text or file://amplify.yml)
    #[arg(long, value_name = "YAML", value_parser = parse_text)]
    pub build_spec: Option<String>,
    /// Content TTL in seconds
    #[arg(long)]
    pub ttl: Option<String>,
    /// Build a preview of each pull request to this branch
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_pull_request_preview: Option<bool>,
    /// The backend environment pull-request previews use
    #[arg(long, value_name = "NAME")]
    pub pull_request_environment_name: Option<String>,
    /// The backend environment linked to the branch (Gen 1 backends)
    #[arg(long, value_name = "ARN")]
    pub backend_environment_arn: Option<String>,
    /// Backend: JSON or stackArn=ARN
    #[arg(long, value_name = "JSON", value_parser = parse_json)]
    pub backend: Option<Value>,
    /// IAM role the branch's SSR compute assumes (instead of the app's)
    #[arg(long, value_name = "ARN")]
    pub compute_role_arn: Option<String>,
}

impl BranchFields {
    fn apply(self, op: &str, input: &mut Map<String, Value>) -> Result<(), CliError> {
        let s = |v: Option<String>| v.map(Value::String);
        let b = |v: Option<bool>| v.map(Value::Bool);
        set(input, op, "description", s(self.description));
        set(input, op, "stage", s(self.stage));
        set(input, op, "framework", s(self.framework));
        set(input, op, "displayName", s(self.display_name));
        set(input, op, "enableNotification", b(self.enable_notification));
        set(input, op, "enableAutoBuild", b(self.enable_auto_build));
        set(input, op, "enableSkewProtection", b(self.enable_skew_protection));
        set(input, op, "environmentVariables", self.environment_variables);
        self.auth.apply(op, input)?;
        set(input, op, "enablePerformanceMode", b(self.enable_performance_mode));
        set(input, op, "buildSpec", s(self.build_spec));
        set(input, op, "ttl", s(self.ttl));
        set(input, op, "enablePullRequestPreview", b(self.enable_pull_request_preview));
        set(input, op, "pullRequestEnvironmentName", s(self.pull_request_environment_name));
        set(input, op, "backendEnvironmentArn", s(self.backend_environment_arn));
        set(input, op, "backend", self.backend);
        set(input, op, "computeRoleArn", s(self.compute_role_arn));
        Ok(())
    }
}

impl BranchCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            BranchCommand::Create(a) => {
                let mut input = Map::new();
                set(&mut input, "CreateBranch", "branchName", Some(Value::String(a.target.name())));
                set_pairs(&mut input, "CreateBranch", ("environmentVariables", "--env"), &a.env)?;
                set_pairs(&mut input, "CreateBranch", ("tags", "--tag"), &a.tags)?;
                a.fields.apply("CreateBranch", &mut input)?;
                branch::create(ctx, &a.target.app(ctx)?, input).await
            }
            BranchCommand::Get(r) => branch::get(ctx, &r.app(ctx)?, &r.name()).await,
            BranchCommand::List(l) => branch::list(ctx, &l.app(ctx)?, &l.page.options()?).await,
            BranchCommand::Update(a) => {
                let mut input = Map::new();
                a.fields.apply("UpdateBranch", &mut input)?;
                branch::update(ctx, &a.target.app(ctx)?, &a.target.name(), input).await
            }
            BranchCommand::Delete(r) => branch::delete(ctx, &r.app(ctx)?, &r.name()).await,
            BranchCommand::Prune(p) => {
                branch::prune(ctx, &ctx.app_or_project(p.app.as_deref())?, &p.pattern, p.older_than, p.dry_run).await
            }
            BranchCommand::Env(c) => c.run(ctx).await,
        }
    }
}
