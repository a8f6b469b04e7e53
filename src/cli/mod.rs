//! The clap command tree: global options, one module per noun, and `main`, which turns the
//! parsed command into settings, runs it, and maps the outcome to an exit code.

pub mod app;
pub mod backend_env;
pub mod branch;
pub mod build;
pub mod complete;
pub mod completions;
pub mod deploy;
pub mod domain;
pub mod emulator;
pub mod flags;
pub mod headers;
pub mod init;
pub mod job;
pub mod preview;
pub mod rollback;
pub mod rules;
#[cfg(test)]
mod shape_tests;
mod shorthand;
pub mod status;
pub mod tag;
mod unknown;
pub mod verify;
pub mod webhook;

use crate::api::paginate::{check_starting_token, PageOptions};
use crate::api::{ClientSettings, CredentialSource, Trace};
use crate::commands::{local_data_dir, Ctx};
use crate::exit::{CliError, Exit};
use crate::render::ui::{stdout_width, Streams, Ui};
use crate::render::{compile_query, OutputFormat, Screen};
use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// Which command reaches each operation of the model (checked against the model by
/// `tests/conformance.rs`: every operation, and every input member, has a way in).
pub const OPERATION_COMMANDS: &[(&str, &str)] = &[
    ("CreateApp", "app create"),
    ("GetApp", "app get"),
    ("ListApps", "app list"),
    ("UpdateApp", "app update"),
    ("DeleteApp", "app delete"),
    ("GenerateAccessLogs", "app access-logs"),
    ("CreateBranch", "branch create"),
    ("GetBranch", "branch get"),
    ("ListBranches", "branch list"),
    ("UpdateBranch", "branch update"),
    ("DeleteBranch", "branch delete"),
    ("StartJob", "job start"),
    ("GetJob", "job get"),
    ("ListJobs", "job list"),
    ("StopJob", "job stop"),
    ("DeleteJob", "job delete"),
    ("ListArtifacts", "job artifacts list"),
    ("GetArtifactUrl", "job artifacts download"),
    ("CreateDeployment", "deploy"),
    ("StartDeployment", "deploy"),
    ("CreateDomainAssociation", "domain create"),
    ("GetDomainAssociation", "domain get"),
    ("ListDomainAssociations", "domain list"),
    ("UpdateDomainAssociation", "domain update"),
    ("DeleteDomainAssociation", "domain delete"),
    ("CreateWebhook", "webhook create"),
    ("GetWebhook", "webhook get"),
    ("ListWebhooks", "webhook list"),
    ("UpdateWebhook", "webhook update"),
    ("DeleteWebhook", "webhook delete"),
    ("CreateBackendEnvironment", "backend-env create"),
    ("GetBackendEnvironment", "backend-env get"),
    ("ListBackendEnvironments", "backend-env list"),
    ("DeleteBackendEnvironment", "backend-env delete"),
    ("TagResource", "tag add"),
    ("UntagResource", "tag remove"),
    ("ListTagsForResource", "tag list"),
];

#[derive(Parser, Debug)]
#[command(
    name = "amphost",
    version,
    about = "A fast, friendly command line for AWS Amplify Hosting",
    long_about = "A fast, friendly command line for AWS Amplify Hosting.\n\nTry it with no AWS account: `amphost --local deploy ./site --app my-site --branch main --create`.",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOptions,
    #[command(subcommand)]
    pub command: Command,
}

/// The heading global options are listed under in every command's help, apart from the
/// command's own options.
pub const GLOBAL: &str = "Global options";

/// Global options that only matter to commands that call the Amplify API (or the embedded
/// emulator through `--local`): hidden from the help of `emulator` and `completions`, which
/// accept them (they are global) but do not use them.
pub const API_OPTIONS: &[&str] = &[
    "config",
    "profile",
    "region",
    "endpoint_url",
    "local",
    "output",
    "query",
    "yes",
    "max_attempts",
    "connect_timeout",
    "read_timeout",
];

#[derive(Args, Debug)]
pub struct GlobalOptions {
    /// The project file [default: the first amphost.toml here or above]
    #[arg(long, global = true, help_heading = GLOBAL, env = "AMPHOST_CONFIG", value_name = "PATH")]
    pub config: Option<std::path::PathBuf>,
    /// Shared config/credentials profile (SSO, role chains, web identity: the full AWS chain)
    #[arg(long, global = true, help_heading = GLOBAL, env = "AWS_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,
    /// AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; else the profile's]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "REGION")]
    pub region: Option<String>,
    /// Send requests here instead of https://amplify.REGION.amazonaws.com
    /// [env: AWS_ENDPOINT_URL_AMPLIFY, AWS_ENDPOINT_URL]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "URL", conflicts_with = "local")]
    pub endpoint_url: Option<String>,
    /// Use the embedded emulator: no AWS account, no network, state kept on disk
    #[arg(long, global = true, help_heading = GLOBAL, env = "AMPHOST_LOCAL", value_parser = clap::builder::BoolishValueParser::new(), num_args = 0, default_missing_value = "true")]
    pub local: bool,
    /// Output format [default: table on a terminal, else json]
    #[arg(short = 'o', long, global = true, help_heading = GLOBAL, env = "AMPHOST_OUTPUT", value_enum)]
    pub output: Option<OutputFormat>,
    /// JMESPath expression applied to the JSON result before rendering
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "EXPR")]
    pub query: Option<String>,
    /// Print nothing on stderr but errors
    #[arg(short, long, global = true, help_heading = GLOBAL, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more on stderr: a line per request (status, time, request id) and per retry
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub verbose: bool,
    /// Log every request and response on stderr, secrets redacted
    #[arg(long, global = true, help_heading = GLOBAL, env = "AMPHOST_DEBUG", value_parser = clap::builder::BoolishValueParser::new(), num_args = 0, default_missing_value = "true")]
    pub debug: bool,
    /// Colour in tables and messages [auto: on a terminal; NO_COLOR or TERM=dumb turn it off]
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// No progress bars or spinners
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub no_progress: bool,
    /// Answer yes to confirmations (needed for destructive verbs without a terminal)
    #[arg(short = 'y', long, global = true, help_heading = GLOBAL)]
    pub yes: bool,
    /// Attempts per request, retries included [env: AWS_MAX_ATTEMPTS]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=20))]
    pub max_attempts: Option<u32>,
    /// Time allowed to connect
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "DURATION", default_value = "10s", value_parser = flags::parse_duration)]
    pub connect_timeout: Duration,
    /// Time allowed between bytes of a response
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "DURATION", default_value = "60s", value_parser = flags::parse_duration)]
    pub read_timeout: Duration,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

// Parsed once per process: the size of a variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Apps: create, get, list, update, delete; environment variables
    #[command(subcommand)]
    App(app::AppCommand),
    /// Branches of an app
    #[command(subcommand)]
    Branch(branch::BranchCommand),
    /// Deploy a folder, a zip or a URL and follow the job to a live site
    Deploy(deploy::DeployArgs),
    /// Run the app's build spec (amplify.yml) here, as Amplify would, and collect its artifacts
    Build(build::BuildArgs),
    /// Deploy a branch's previous deployment (or a job's) again, with nothing uploaded
    Rollback(rollback::RollbackArgs),
    /// Deploy the deployment live on one branch to another (staging to main)
    Promote(rollback::PromoteArgs),
    /// Compare the live site with what was deployed: files, headers, rules (exit 6 if they differ)
    Verify(verify::VerifyArgs),
    /// Build and deployment jobs: start, watch, logs, artifacts
    #[command(subcommand)]
    Job(job::JobCommand),
    /// Custom domains and the DNS records they need
    #[command(subcommand)]
    Domain(domain::DomainCommand),
    /// Incoming webhooks that start builds
    #[command(subcommand)]
    Webhook(webhook::WebhookCommand),
    /// Backend environments of an app
    #[command(subcommand, name = "backend-env")]
    BackendEnv(backend_env::BackendEnvCommand),
    /// Tags on apps, branches and other Amplify resources
    #[command(subcommand)]
    Tag(tag::TagCommand),
    /// Serve a folder or a deployed branch locally with Amplify's rules, headers and basic auth
    Preview(preview::PreviewArgs),
    /// Tie this folder to an app: write amphost.toml (app, branch, folder; asked on a terminal)
    Init(init::InitArgs),
    /// Record the app of this folder's amphost.toml (the file is created if missing)
    Link(init::LinkArgs),
    /// The linked app at a glance: its URL, each branch with its latest job, its domains
    Status(status::StatusArgs),
    /// Open the branch's site, or the app's page in the AWS console, in the browser
    Open(status::OpenArgs),
    /// The app's redirects and rewrites as code: pull, diff, push; import from Netlify or Vercel
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// The app's custom headers (customHttp.yml) as code: pull, diff, push
    #[command(subcommand)]
    Headers(headers::HeadersCommand),
    /// Run the local Amplify Hosting emulator as a server
    Emulator(emulator::EmulatorArgs),
    /// Print the shell's completion script (app, branch and job names included)
    #[command(
        after_long_help = "Examples:\n  source <(amphost completions bash)        # in ~/.bashrc; or: source <(COMPLETE=bash amphost)\n  source <(amphost completions zsh)         # in ~/.zshrc\n  amphost completions fish > ~/.config/fish/completions/amphost.fish\n  amphost completions bash --static > ~/.local/share/bash-completion/completions/amphost"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
        /// The static script (commands and options only, no names asked of the service)
        #[arg(long = "static")]
        static_script: bool,
    },
}

// Identifiers. Every verb names what it acts on the same way: the thing itself as a positional
// or by its flag (either, not both), the things that hold it by flag. A flag has the same
// name, aliases and value name on every verb; the other spelling (the AWS CLI's, or the bare
// noun) is a visible alias:
//
//   --app APP             (--app-id)         --branch BRANCH           (--branch-name)
//   --job-id JOB_ID       (--job)            --domain-name DOMAIN      (--domain)
//   --webhook-id WEBHOOK_ID (--webhook)      --environment-name ENVIRONMENT (--environment)
//
// The pairs (positional or flag) are leaf structs with an ArgGroup, so that the usage line
// shows a required identifier as required (`<APP|--app <APP>>`); a struct that flattens
// another cannot carry such a group (clap's derive leaves it empty), hence the leaves.
// `shape_tests` walks the whole tree and fails when one verb spells an identifier differently.

/// `APP` or `--app APP`: an app ID or name, when the app is what the verb acts on.
#[derive(Args, Debug)]
#[group(id = "app_ref", required = true, multiple = false)]
pub struct AppArg {
    /// App ID or name
    #[arg(value_name = "APP")]
    pub app_pos: Option<String>,
    /// App ID or name (instead of APP)
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
}

impl AppArg {
    pub fn value(&self) -> String {
        self.app.clone().or_else(|| self.app_pos.clone()).unwrap_or_default()
    }
}

/// `[APP]` or `--app APP`, by default the project's app: where the app is what the verb reads
/// (`app env list`) and the project's is the likely one.
#[derive(Args, Debug)]
#[group(id = "app_ref", required = false, multiple = false)]
pub struct AppArgOrProject {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(value_name = "APP")]
    pub app_pos: Option<String>,
    /// App ID or name (instead of APP)
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
}

impl AppArgOrProject {
    /// The app as given, positional or flag.
    pub fn given(&self) -> Option<&str> {
        self.app.as_deref().or(self.app_pos.as_deref())
    }

    /// The app: as given, else from the environment or the project file.
    pub fn value(&self, ctx: &Ctx) -> Result<String, CliError> {
        ctx.app_or_project(self.given())
    }
}

/// `NAME` or `--name NAME`: the name of an app to create.
#[derive(Args, Debug)]
#[group(id = "name_ref", required = true, multiple = false)]
pub struct NameArg {
    /// The app's name
    #[arg(value_name = "NAME")]
    pub name_pos: Option<String>,
    /// The app's name (instead of NAME)
    #[arg(long = "name", value_name = "NAME")]
    pub name: Option<String>,
}

impl NameArg {
    pub fn value(&self) -> String {
        self.name.clone().or_else(|| self.name_pos.clone()).unwrap_or_default()
    }
}

/// `BRANCH` or `--branch BRANCH`: a branch name, when the branch is what the verb acts on
/// (its app is given with `--app`).
#[derive(Args, Debug)]
#[group(id = "branch_ref", required = true, multiple = false)]
pub struct BranchArg {
    /// Branch name
    #[arg(value_name = "BRANCH")]
    pub branch_pos: Option<String>,
    /// Branch name (instead of BRANCH)
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
}

impl BranchArg {
    pub fn value(&self) -> String {
        self.branch.clone().or_else(|| self.branch_pos.clone()).unwrap_or_default()
    }
}

/// `--app A --branch B`: the branch that holds what the verb acts on (a job, a deployment).
#[derive(Args, Debug)]
pub struct BranchTarget {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// Branch name [default: AMPHOST_BRANCH, else amphost.toml's branch]
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
}

impl BranchTarget {
    /// The app and branch: as given, else from the environment or the project file.
    pub fn resolve(&self, ctx: &Ctx) -> Result<(String, String), CliError> {
        Ok((ctx.app_or_project(self.app.as_deref())?, ctx.branch_or_project(self.branch.as_deref())?))
    }
}

/// `--app A` and paging: what the List verbs of an app's resources take.
#[derive(Args, Debug)]
pub struct AppListArgs {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

impl AppListArgs {
    /// The app: as given, else from the environment or the project file.
    pub fn app(&self, ctx: &Ctx) -> Result<String, CliError> {
        ctx.app_or_project(self.app.as_deref())
    }
}

/// Paging of List verbs; by default every page is fetched and merged.
#[derive(Args, Debug)]
pub struct PageArgs {
    /// Return at most N items, with a NextToken to resume from
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_items: Option<u64>,
    /// Items per request
    #[arg(long, value_name = "N")]
    pub page_size: Option<i64>,
    /// Resume from the NextToken of an earlier --max-items run
    #[arg(long, value_name = "TOKEN")]
    pub starting_token: Option<String>,
}

impl PageArgs {
    pub fn options(&self) -> Result<PageOptions, CliError> {
        if let Some(t) = &self.starting_token {
            check_starting_token(t).map_err(CliError::usage)?;
        }
        Ok(PageOptions {
            max_items: self.max_items.map(|n| n as usize),
            page_size: self.page_size,
            starting_token: self.starting_token.clone(),
        })
    }
}

/// The UI the global options ask for, over the process's terminal. Called before the async
/// runtime starts: the local time zone can only be read while the process has one thread.
fn ui_for(g: &GlobalOptions) -> Ui {
    let stderr_tty = std::io::stderr().is_terminal();
    let streams = Streams::std();
    // NO_COLOR (no-color.org), and terminals that say they cannot draw colour.
    let no_color =
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) || std::env::var("TERM").is_ok_and(|t| t == "dumb");
    // Messages and progress are coloured by stderr's terminal, tables by stdout's.
    let (color, table_color) = match g.color {
        ColorChoice::Always => (true, true),
        ColorChoice::Never => (false, false),
        ColorChoice::Auto => (stderr_tty && !no_color, streams.stdout_is_terminal && !no_color),
    };
    let screen =
        Screen { width: stdout_width(), color: table_color, offset: crate::timefmt::local_offset(), now: None };
    Ui {
        quiet: g.quiet,
        verbose: g.verbose || g.debug,
        color,
        progress: stderr_tty && !g.no_progress && !g.quiet,
        streams,
        screen,
        command: command_to_paste(g),
    }
}

/// `amphost` and the flags that say where it runs, as given (a password in the endpoint's
/// URL is not repeated; values from the project file are not either: a pasted command reads
/// the same file).
fn command_to_paste(g: &GlobalOptions) -> String {
    let mut out = String::from("amphost");
    let endpoint = g.endpoint_url.as_deref().map(crate::api::redact::redact_given_url);
    let config = g.config.as_ref().map(|p| p.to_string_lossy().into_owned());
    let given = [
        ("--config", config.as_deref()),
        ("--endpoint-url", endpoint.as_deref()),
        ("--region", g.region.as_deref()),
        ("--profile", g.profile.as_deref()),
    ];
    if g.local {
        out.push_str(" --local");
    }
    for (flag, value) in given {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            out.push_str(&format!(" {flag} {}", crate::text::shell_quote(value)));
        }
    }
    out
}

/// `--debug`: every request and response (redacted). `-v`: one line per response and retry.
/// Every line passes the URL redaction here, whoever wrote it: a retry quotes its cause, and
/// a transport error's cause quotes the endpoint as given, password and all.
fn trace_for(g: &GlobalOptions, ui: &Ui) -> Option<Trace> {
    use crate::api::redact::redact_presigned;
    let ui = ui.clone();
    if g.debug {
        Some(Arc::new(move |line: String| {
            let line = redact_presigned(&line);
            ui.err_line(&format!("[debug] {}", crate::render::escape_controls_in_lines(&line)))
        }))
    } else if g.verbose && !g.quiet {
        Some(Arc::new(move |line: String| {
            let line = redact_presigned(&line);
            if let Some(first) = line.lines().next().filter(|l| l.starts_with('←') || l.starts_with("retrying")) {
                ui.err_line(&crate::render::escape_controls(first));
            }
        }))
    } else {
        None
    }
}

fn client_settings(g: &GlobalOptions, ui: &Ui) -> Result<ClientSettings, CliError> {
    let max_attempts = match g.max_attempts {
        Some(n) => n,
        None => match std::env::var("AWS_MAX_ATTEMPTS") {
            Ok(v) if !v.trim().is_empty() => v
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=20).contains(n))
                .ok_or_else(|| CliError::usage(format!("AWS_MAX_ATTEMPTS={v:?} is not a number from 1 to 20")))?,
            _ => 3,
        },
    };
    // For tests of the retry policy: a smaller backoff base than AWS's 1 s.
    let retry_base = match std::env::var("AMPHOST_RETRY_BASE_MS") {
        Ok(v) => Duration::from_millis(
            v.parse().map_err(|_| CliError::usage("AMPHOST_RETRY_BASE_MS must be a number of milliseconds"))?,
        ),
        Err(_) => Duration::from_secs(1),
    };
    Ok(ClientSettings {
        profile: g.profile.clone().filter(|p| !p.is_empty()),
        region: g.region.clone().filter(|r| !r.is_empty()),
        profile_from: None,
        region_from: None,
        endpoint_url: g.endpoint_url.clone(),
        endpoint_from_env: true,
        credentials: CredentialSource::DefaultChain,
        max_attempts,
        connect_timeout: g.connect_timeout,
        read_timeout: g.read_timeout,
        retry_base,
        trace: trace_for(g, ui),
    })
}

/// `--local` reads the emulator's data folder, whatever endpoint the environment names: said
/// when it names one (`--endpoint-url` with `--local` is refused by clap), and with `-v`.
fn say_local(ui: &Ui, dir: &std::path::Path) {
    if std::env::var_os("AWS_ENDPOINT_URL").is_some_and(|v| !v.is_empty()) {
        ui.warn(format!("--local uses the emulator's data in {}; AWS_ENDPOINT_URL is ignored", dir.display()));
    } else if ui.verbose {
        ui.status(format!("--local: the emulator's data in {}", dir.display()));
    }
}

/// The project file: `--config`/`AMPHOST_CONFIG`, else the first `amphost.toml` from the
/// current folder up. `-v` says which one is used.
fn find_project(g: &GlobalOptions, ui: &Ui) -> Result<Option<crate::project::Project>, CliError> {
    let here = std::env::current_dir().unwrap_or_else(|_| std::path::PathBuf::from("."));
    let project = crate::project::discover(g.config.as_deref(), &here)?;
    if let Some(p) = project.as_ref().filter(|_| ui.verbose) {
        ui.status(format!("using the project file {}", p.path.display()));
    }
    Ok(project)
}

/// The project's region and profile, below flags and the environment (`--region`,
/// `AWS_REGION`, `AWS_DEFAULT_REGION`; `--profile`, `AWS_PROFILE`) and above the AWS config.
pub(crate) fn apply_project(settings: &mut ClientSettings, project: Option<&crate::project::Project>) {
    let Some(project) = project else { return };
    let file = &project.file;
    let env_set = |name: &str| std::env::var(name).is_ok_and(|v| !v.trim().is_empty());
    if settings.region.is_none() && !env_set("AWS_REGION") && !env_set("AWS_DEFAULT_REGION") && file.region.is_some() {
        settings.region = file.region.clone();
        settings.region_from = Some(format!("`region` in {}", project.place_of("region")));
    }
    if settings.profile.is_none() && file.profile.is_some() {
        settings.profile = file.profile.clone();
        settings.profile_from = Some(format!("`profile` in {}", project.place_of("profile")));
    }
}

/// Runs a parsed command over `ui`'s streams. `adjust` may change the client settings the
/// options resolved to (tests aim them at an in-process emulator with fixed keys).
pub async fn run_with(cli: Cli, ui: Ui, adjust: impl FnOnce(&mut ClientSettings)) -> Result<(), CliError> {
    let g = &cli.global;
    match cli.command {
        Command::Completions { shell, static_script } => {
            let script = if static_script { completions::generate(shell) } else { completions::registration(shell) };
            ui.out(&String::from_utf8_lossy(&script));
            return Ok(());
        }
        Command::Emulator(args) => return emulator::run(args, &ui).await,
        _ => {}
    }
    let query = g.query.as_deref().map(compile_query).transpose().map_err(CliError::usage)?;
    let format =
        g.output.unwrap_or(if ui.streams.stdout_is_terminal { OutputFormat::Table } else { OutputFormat::Json });
    let local = g.local.then(local_data_dir);
    if let Some(dir) = &local {
        say_local(&ui, dir);
    }
    // `init` writes its own file (a broken one there is what --force replaces); `link` may be
    // told to create the file --config names.
    let project = match &cli.command {
        Command::Init(_) => None,
        Command::Link(_) if g.config.as_deref().is_some_and(|p| !p.exists()) => None,
        _ => find_project(g, &ui)?,
    };
    // `rules import` writes to stdout only when JSON was asked for (not merely piped).
    let json_asked = g.output == Some(OutputFormat::Json);
    let mut settings = client_settings(g, &ui)?;
    apply_project(&mut settings, project.as_ref());
    adjust(&mut settings);
    let ctx = Ctx::new(ui, g.yes, format, query, settings, local).with_project(project);
    let result = match cli.command {
        Command::App(c) => c.run(&ctx).await,
        Command::Branch(c) => c.run(&ctx).await,
        Command::Tag(c) => c.run(&ctx).await,
        Command::Job(c) => c.run(&ctx).await,
        Command::Deploy(c) => c.run(&ctx).await,
        Command::Build(c) => c.run(&ctx).await,
        Command::Rollback(c) => c.run(&ctx).await,
        Command::Promote(c) => c.run(&ctx).await,
        Command::Verify(c) => c.run(&ctx).await,
        Command::Preview(c) => c.run(&ctx).await,
        Command::Domain(c) => c.run(&ctx).await,
        Command::Webhook(c) => c.run(&ctx).await,
        Command::BackendEnv(c) => c.run(&ctx).await,
        Command::Init(c) => c.run(&ctx, g.config.as_deref(), g.region.as_deref()).await,
        Command::Link(c) => c.run(&ctx, g.config.as_deref()).await,
        Command::Status(c) => c.run(&ctx).await,
        Command::Open(c) => c.run(&ctx).await,
        Command::Rules(c) => c.run(&ctx, json_asked).await,
        Command::Headers(c) => c.run(&ctx).await,
        Command::Emulator(_) | Command::Completions { .. } => unreachable!("handled above"),
    };
    ctx.shutdown().await;
    result
}

/// The command tree as parsed, shown in help and completed: the derive tree, with the global
/// options that only API commands use ([`API_OPTIONS`]) hidden from the help of `emulator`
/// and `completions`. They stay accepted there (clap cannot take a global option away from one
/// subcommand), and are ignored, as before.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let root = Cli::command();
    // A subcommand that already has an argument of a global's id keeps its own: clap propagates
    // a global only where it is missing. So a hidden copy of each one replaces it.
    let hidden: Vec<clap::Arg> = root
        .get_arguments()
        .filter(|a| API_OPTIONS.contains(&a.get_id().as_str()))
        .map(|a| a.clone().hide(true))
        .collect();
    ["emulator", "completions"].into_iter().fold(root, |cmd, name| {
        let hidden = hidden.clone();
        cmd.mut_subcommand(name, move |sub| sub.args(hidden))
    })
}

/// Parses the command line with [`command`] (`Cli::try_parse` would use the tree without
/// the hidden options).
pub fn parse() -> Result<Cli, clap::Error> {
    parse_from(std::env::args_os())
}

/// [`parse`] of the given words (the first is the program's name), for in-process runs.
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::FromArgMatches;
    // The AWS CLI's `--no-cli-pager`, which scripts carry over, is taken and dropped here (amphost
    // never pages) rather than declared: completion scripts would offer a hidden flag.
    let args = args.into_iter().map(Into::into).filter(|a: &std::ffi::OsString| a != "--no-cli-pager");
    let matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command()))
}

/// The words of the command line, the program's name first (lossily: for hints only).
fn given_words() -> Vec<String> {
    std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect()
}

/// A value clap quotes in its error (`invalid value 'user:secret@host'`).
fn quoted_value() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"'([^']*)'").expect("valid regex"))
}

/// The process entry point.
pub fn main() -> ExitCode {
    // An empty AMPHOST_CONFIG means none, as an empty AMPHOST_APP does (clap would call it a
    // missing value). Nothing else runs yet, so changing the environment is safe here.
    if std::env::var_os("AMPHOST_CONFIG").is_some_and(|v| v.is_empty()) {
        std::env::remove_var("AMPHOST_CONFIG");
    }
    // With COMPLETE=SHELL (the completion registration calling back), answer and exit.
    complete::complete_if_asked();
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) => match unknown::unknown_subcommand(&e, &given_words())
            .or_else(|| unknown::unknown_flag(&e, &given_words()))
        {
            Some(err) => {
                Ui::plain(Streams::std()).error(&err);
                return ExitCode::from(Exit::Usage as u8);
            }
            // Help and version exit 0; usage errors exit 2 with clap's message, which quotes
            // the value refused: a password in a URL is cut from it.
            None => {
                let plain = e.render().to_string();
                let shown = crate::api::redact::redact_presigned(&plain);
                // The refused value as clap quotes it ('u:PASSWORD@host/'), even with no scheme.
                let shown = quoted_value()
                    .replace_all(&shown, |c: &regex::Captures| {
                        format!("'{}'", crate::api::redact::redact_given_url(&c[1]))
                    })
                    .into_owned();
                if shown == plain {
                    e.exit()
                }
                Ui::plain(Streams::std()).err_line(shown.trim_end());
                return ExitCode::from(e.exit_code() as u8);
            }
        },
    };
    let ui = ui_for(&cli.global);
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            ui.error(&CliError::failure(format!("cannot start the async runtime: {e}")));
            return ExitCode::from(Exit::Failure as u8);
        }
    };
    let outcome = runtime.block_on(async {
        use crate::commands::interrupt;
        // Listening before the command first runs: a signal right after it prints (the
        // emulator's URL) must not find the default action, which kills without a word.
        let mut signals = interrupt::SystemSignals::listen();
        // A signal ends the command, unless the command is handling it itself (a wait that
        // says what it leaves running). Biased: the command's own handling, polled first,
        // always wins the race.
        tokio::select! {
            biased;
            r = run_with(cli, ui.clone(), |_| {}) => r,
            unhandled = interrupt::unhandled_signal(&mut signals) => {
                // A prompt or spinner may have hidden the cursor.
                crate::render::ui::restore_cursor();
                Err(unhandled.error())
            }
        }
    });
    // Don't wait for stray tasks (an emulator request in flight) on the way out.
    runtime.shutdown_background();
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let e = e.redacted();
            ui.error(&e);
            ExitCode::from(e.exit as u8)
        }
    }
}
