//! `amphost app …`

use super::flags::{
    joined, key_values_to_map, list_items, parse_json, parse_key_value, parse_string_list, parse_struct_list,
    parse_text, set, set_pairs, BasicAuthArgs, EnvFormat, KeyValue, StringList,
};
use super::{AppArg, AppArgOrProject, NameArg, PageArgs};
use crate::commands::job::Destination;
use crate::commands::{app, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{Map, Value};
use std::path::PathBuf;

#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum AppCommand {
    /// Create an app (CreateApp)
    #[command(after_long_help = "Examples:
  amphost app create my-site
  amphost app create my-site --description 'Marketing site' --env API_URL=https://api.example.com
  amphost app create my-site --platform WEB_COMPUTE --custom-rules file://rules.json --tag team=web")]
    Create(CreateArgs),
    /// Show an app (GetApp)
    #[command(after_long_help = "Examples:
  amphost app get my-site
  amphost app get d1a2b3c4d5e6f7 --output json
  amphost app get --app my-site --query app.defaultDomain")]
    Get(AppArg),
    /// List apps (ListApps), all pages
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost app list
  amphost app list --max-items 10
  amphost app list --query 'apps[].name' --output text")]
    List(PageArgs),
    /// Change an app's settings (UpdateApp); only the settings given are sent
    #[command(after_long_help = "Examples:
  amphost app update my-site --description 'Marketing site, 2026 edition'
  amphost app update my-site --custom-headers file://customHttp.yml
  amphost app update my-site --basic-auth admin:s3cret")]
    Update(UpdateArgs),
    /// Delete an app and everything in it (DeleteApp)
    #[command(visible_alias = "rm")]
    #[command(after_long_help = "Examples:
  amphost app delete my-site
  amphost app delete d1a2b3c4d5e6f7 --yes")]
    Delete(AppArg),
    /// Environment variables: list, set, unset (merging: others are kept); import, export, diff
    #[command(subcommand)]
    Env(EnvCommand),
    /// Download a domain's access logs for a time window (GenerateAccessLogs)
    #[command(after_long_help = "Examples:
  amphost app access-logs my-site --domain-name example.com
  amphost app access-logs my-site --domain example.com --start 2h --out access.csv
  amphost app access-logs my-site --domain example.com --start 2026-01-01T00:00:00Z --end 2026-01-01T06:00:00Z")]
    AccessLogs(AccessLogsArgs),
}

#[derive(Args, Debug)]
pub struct AccessLogsArgs {
    #[command(flatten)]
    pub app: AppArg,
    /// The custom domain whose requests to list
    #[arg(long = "domain-name", visible_alias = "domain", value_name = "DOMAIN")]
    pub domain: String,
    /// Start of the window: RFC 3339, epoch seconds or a duration ago (1h) [default: 1h before --end]
    #[arg(long, value_name = "TIME", value_parser = super::flags::parse_timestamp, visible_alias = "start-time")]
    pub start: Option<f64>,
    /// End of the window [default: now]
    #[arg(long, value_name = "TIME", value_parser = super::flags::parse_timestamp, visible_alias = "end-time")]
    pub end: Option<f64>,
    /// Write the CSV here instead of stdout
    #[arg(long, short = 'O', value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
    /// Replace the --out file if it exists (else refused, exit 2)
    #[arg(long, requires = "out")]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    #[command(flatten)]
    pub name: NameArg,
    /// An environment variable, KEY=VALUE (repeatable)
    #[arg(long = "env", value_name = "KEY=VALUE", value_parser = parse_key_value, conflicts_with = "environment_variables")]
    pub env: Vec<KeyValue>,
    /// A tag, KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub tags: Vec<KeyValue>,
    /// Create the app even if another app already has this name (every command that names
    /// it is then ambiguous: address the apps by ID)
    #[arg(long)]
    pub allow_duplicate: bool,
    #[command(flatten)]
    pub fields: AppFields,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub app: AppArg,
    /// A new name for the app
    #[arg(long)]
    pub name: Option<String>,
    /// Rename the app even if another app already has the name
    #[arg(long, requires = "name")]
    pub allow_duplicate: bool,
    #[command(flatten)]
    pub fields: AppFields,
}

/// The settings CreateApp and UpdateApp share.
#[derive(Args, Debug)]
pub struct AppFields {
    /// A description of the app
    #[arg(long)]
    pub description: Option<String>,
    /// Git repository URL (for apps built from a repository)
    #[arg(long)]
    pub repository: Option<String>,
    /// WEB for static sites, WEB_COMPUTE for server-side rendering (WEB_DYNAMIC: older SSR)
    #[arg(long, value_parser = super::flags::model_enum("Platform"))]
    pub platform: Option<String>,
    /// IAM role the app's SSR compute assumes to reach other AWS services
    #[arg(long, value_name = "ARN")]
    pub compute_role_arn: Option<String>,
    /// IAM service role of the app (used by builds and backend deployments)
    #[arg(long, value_name = "ARN")]
    pub iam_service_role_arn: Option<String>,
    /// OAuth token for the repository (text or file://PATH)
    #[arg(long, value_name = "TOKEN", value_parser = parse_text)]
    pub oauth_token: Option<String>,
    /// GitHub personal access token (text or file://PATH)
    #[arg(long, value_name = "TOKEN", value_parser = parse_text)]
    pub access_token: Option<String>,
    /// All environment variables at once, replacing any there are: JSON or file://PATH
    #[arg(long, value_name = "JSON", value_parser = parse_json)]
    pub environment_variables: Option<Value>,
    /// Build branches automatically on each commit (=false to turn it off)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_branch_auto_build: Option<bool>,
    /// Disconnect branches from the app when they are deleted from the repository
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_branch_auto_deletion: Option<bool>,
    #[command(flatten)]
    pub auth: BasicAuthArgs,
    /// Redirect and rewrite rules: a JSON list, file://rules.json, or shorthand
    /// (`source=/a,target=/b,status=301` for one rule, `[{source=/a,target=/b},{…}]`);
    /// repeatable, the rules joined in order
    #[arg(long, value_name = "RULES", value_parser = parse_struct_list)]
    pub custom_rules: Vec<Value>,
    /// Build specification YAML (text or file://amplify.yml)
    #[arg(long, value_name = "YAML", value_parser = parse_text)]
    pub build_spec: Option<String>,
    /// Custom headers YAML (text or file://customHttp.yml)
    #[arg(long, value_name = "YAML", value_parser = parse_text)]
    pub custom_headers: Option<String>,
    /// Connect new branches matching --auto-branch-creation-patterns automatically
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_auto_branch_creation: Option<bool>,
    /// Glob patterns of branches to connect automatically: comma-separated, repeated, or a
    /// list (`[main,dev/*]`, JSON); `[]` clears them
    #[arg(long, value_name = "PATTERNS", value_parser = parse_string_list)]
    pub auto_branch_creation_patterns: Vec<StringList>,
    /// Settings for auto-created branches: JSON, file://PATH or key=value,…
    #[arg(long, value_name = "JSON", value_parser = parse_json)]
    pub auto_branch_creation_config: Option<Value>,
    /// Build compute: JSON or buildComputeType=STANDARD_8GB|LARGE_16GB|XLARGE_72GB
    #[arg(long, value_name = "JSON", value_parser = parse_json)]
    pub job_config: Option<Value>,
    /// Cache: JSON or type=AMPLIFY_MANAGED|AMPLIFY_MANAGED_NO_COOKIES
    #[arg(long, value_name = "JSON", value_parser = parse_json)]
    pub cache_config: Option<Value>,
}

impl AppFields {
    fn apply(self, op: &str, input: &mut Map<String, Value>) -> Result<(), CliError> {
        let s = |v: Option<String>| v.map(Value::String);
        let b = |v: Option<bool>| v.map(Value::Bool);
        set(input, op, "description", s(self.description));
        set(input, op, "repository", s(self.repository));
        set(input, op, "platform", s(self.platform));
        set(input, op, "computeRoleArn", s(self.compute_role_arn));
        set(input, op, "iamServiceRoleArn", s(self.iam_service_role_arn));
        set(input, op, "oauthToken", s(self.oauth_token));
        set(input, op, "accessToken", s(self.access_token));
        set(input, op, "environmentVariables", self.environment_variables);
        set(input, op, "enableBranchAutoBuild", b(self.enable_branch_auto_build));
        set(input, op, "enableBranchAutoDeletion", b(self.enable_branch_auto_deletion));
        self.auth.apply(op, input)?;
        // Rules and headers are checked as Amplify will read them, before anything is sent.
        let custom_rules = joined(self.custom_rules, list_items);
        if let Some(rules) = &custom_rules {
            crate::commands::preview::parse_rules(rules)?;
        }
        if let Some(yaml) = &self.custom_headers {
            crate::preview::headers::HeaderRules::parse(yaml)
                .map_err(|e| CliError::usage(format!("--custom-headers: {e}")))?;
        }
        set(input, op, "customRules", custom_rules);
        set(input, op, "buildSpec", s(self.build_spec));
        set(input, op, "customHeaders", s(self.custom_headers));
        set(input, op, "enableAutoBranchCreation", b(self.enable_auto_branch_creation));
        let patterns = joined(self.auto_branch_creation_patterns, StringList::into_values);
        set(input, op, "autoBranchCreationPatterns", patterns);
        set(input, op, "autoBranchCreationConfig", self.auto_branch_creation_config);
        set(input, op, "jobConfig", self.job_config);
        set(input, op, "cacheConfig", self.cache_config);
        Ok(())
    }
}

#[derive(Subcommand, Debug)]
pub enum EnvCommand {
    /// Show the environment variables of an app (or of one branch with --branch)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost app env list my-site
  amphost app env list my-site --branch main
  amphost app env list --app my-site --output json")]
    List(EnvListTarget),
    /// Set variables, keeping the others: `app env set --app A KEY=VALUE…`
    #[command(after_long_help = "Examples:
  amphost app env set --app my-site API_URL=https://api.example.com
  amphost app env set --app my-site NODE_ENV=production DEBUG=0
  amphost app env set --app my-site --branch main FEATURE_X=on")]
    Set {
        #[command(flatten)]
        target: EnvTarget,
        /// A variable to set, KEY=VALUE (one or more)
        #[arg(value_name = "KEY=VALUE", required = true, value_parser = parse_key_value)]
        vars: Vec<KeyValue>,
    },
    /// Remove variables, keeping the others: `app env unset --app A KEY…`
    #[command(after_long_help = "Examples:
  amphost app env unset --app my-site DEBUG
  amphost app env unset --app my-site --branch main FEATURE_X LEGACY_API")]
    Unset {
        #[command(flatten)]
        target: EnvTarget,
        /// The name of a variable to remove (one or more)
        #[arg(value_name = "KEY", required = true)]
        names: Vec<String>,
    },
    /// Import a dotenv file: its variables merged in, others kept (--replace: only the file's)
    #[command(after_long_help = "Examples:
  amphost app env import --app my-site .env.production
  amphost app env import --app my-site .env.production --replace
  amphost app env import              # the app and the `env` file of amphost.toml

Without --replace nothing the file does not name is touched. With --replace the variables
the file does not name are removed, and named on stderr. Values are never printed in
messages; a malformed file is refused with FILE:LINE before anything is sent (exit 2).")]
    Import {
        #[command(flatten)]
        target: EnvFileTarget,
        /// The dotenv file to read [default: the `env` file of amphost.toml]
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        /// Remove the variables the file does not name (they are listed), instead of keeping them
        #[arg(long)]
        replace: bool,
    },
    /// Print the variables as a dotenv file (or JSON), sorted by name
    #[command(after_long_help = "Examples:
  amphost app env export --app my-site > .env.production
  amphost app env export --app my-site --format json > env.json
  amphost app env export              # the app of amphost.toml")]
    Export {
        #[command(flatten)]
        target: EnvFileTarget,
        /// dotenv (KEY=VALUE lines, quoted where needed) or json (one object)
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "dotenv", ignore_case = true)]
        format: EnvFormat,
    },
    /// Compare the variables with a dotenv file, by name only; exit 1 when they differ
    #[command(after_long_help = "Examples:
  amphost app env diff --app my-site .env.production
  amphost app env diff              # the app and the `env` file of amphost.toml

Each line is a marker and a name, never a value: + only in the file, - only on the app,
~ in both with another value (what `app env import --replace FILE` would change). Exit 0
when they are the same, 1 when they differ, as diff does.")]
    Diff {
        #[command(flatten)]
        target: EnvFileTarget,
        /// The dotenv file to compare with [default: the `env` file of amphost.toml]
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
}

/// `app env import|export|diff`: the app by `--app`, else `AMPHOST_APP`, else amphost.toml's.
#[derive(Args, Debug)]
pub struct EnvFileTarget {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
}

/// `app env list`: the app as `APP` or `--app`, as `app get` takes it, else the project's.
#[derive(Args, Debug)]
pub struct EnvListTarget {
    #[command(flatten)]
    pub app: AppArgOrProject,
    /// A branch of the app (its variables override the app's)
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
}

/// `app env set|unset`: the app by `--app` only, since the positionals are the variables.
#[derive(Args, Debug)]
pub struct EnvTarget {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// A branch of the app (its variables override the app's)
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
}

impl AppCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            AppCommand::Create(a) => {
                let mut input = Map::new();
                set(&mut input, "CreateApp", "name", Some(Value::String(a.name.value())));
                set_pairs(&mut input, "CreateApp", ("environmentVariables", "--env"), &a.env)?;
                set_pairs(&mut input, "CreateApp", ("tags", "--tag"), &a.tags)?;
                a.fields.apply("CreateApp", &mut input)?;
                app::create(ctx, input, a.allow_duplicate).await
            }
            AppCommand::Get(a) => app::get(ctx, &a.value()).await,
            AppCommand::List(p) => app::list(ctx, &p.options()?).await,
            AppCommand::Update(a) => {
                let mut input = Map::new();
                set(&mut input, "UpdateApp", "name", a.name.map(Value::String));
                a.fields.apply("UpdateApp", &mut input)?;
                app::update(ctx, &a.app.value(), input, a.allow_duplicate).await
            }
            AppCommand::Delete(a) => app::delete(ctx, &a.value()).await,
            AppCommand::Env(EnvCommand::List(t)) => app::env_list(ctx, &t.app.value(ctx)?, t.branch.as_deref()).await,
            AppCommand::Env(EnvCommand::Set { target, vars }) => {
                app::env_set(
                    ctx,
                    &ctx.app_or_project(target.app.as_deref())?,
                    target.branch.as_deref(),
                    key_values_to_map(&vars),
                )
                .await
            }
            AppCommand::AccessLogs(a) => {
                let op = "GenerateAccessLogs";
                let mut input = Map::new();
                set(&mut input, op, "domainName", Some(Value::String(a.domain)));
                set(&mut input, op, "startTime", a.start.map(Value::from));
                set(&mut input, op, "endTime", a.end.map(Value::from));
                let out = a.out.as_deref().map(|path| Destination { path, replace: a.force });
                app::access_logs(ctx, &a.app.value(), input, out).await
            }
            AppCommand::Env(EnvCommand::Unset { target, names }) => {
                app::env_unset(ctx, &ctx.app_or_project(target.app.as_deref())?, target.branch.as_deref(), &names).await
            }
            AppCommand::Env(EnvCommand::Import { target, file, replace }) => {
                let name = ctx.app_or_project(target.app.as_deref())?;
                let file = app::env_file(ctx, file.as_deref(), None)?;
                app::env_import(ctx, &name, None, &file, replace).await
            }
            AppCommand::Env(EnvCommand::Export { target, format }) => {
                let name = ctx.app_or_project(target.app.as_deref())?;
                app::env_export(ctx, &name, None, format == EnvFormat::Json).await
            }
            AppCommand::Env(EnvCommand::Diff { target, file }) => {
                let name = ctx.app_or_project(target.app.as_deref())?;
                let file = app::env_file(ctx, file.as_deref(), None)?;
                app::env_diff(ctx, &name, None, &file).await
            }
        }
    }
}
