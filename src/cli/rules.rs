//! `amphost rules …`: the app's custom rules as code.

use crate::commands::rules::{self, ImportTo};
use crate::commands::Ctx;
use crate::exit::CliError;
use crate::rules::import::Format;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// Write the app's custom rules to the rules file (JSON, or TOML for a .toml file)
    ///
    /// The rules file is --file, else the `rules` key of amphost.toml, else
    /// amplify-rules.json next to amphost.toml (or in this folder when there is none). A file whose
    /// name ends in .toml gets a `[[rules]]` array with the same fields (source, target, status,
    /// condition).
    #[command(after_long_help = "Examples:
  amphost rules pull --app my-site
  amphost rules pull                          # the app and rules file of amphost.toml
  amphost rules pull --app my-site --file rules.toml")]
    Pull(RulesFileArgs),
    /// Show what `push` would change; exit 1 when the app differs from the file (drift)
    ///
    /// Rules added, removed, changed and moved, by index (0-based, as in error
    /// messages) and source; "no changes" and exit 0 when the app has exactly the file's rules.
    /// With -o json, the changes as JSON on stdout and the readable lines on stderr.
    #[command(after_long_help = "Examples:
  amphost rules diff --app my-site
  amphost rules diff || echo 'the app has drifted from amplify-rules.json'
  amphost rules diff --app my-site --file rules.toml -o json")]
    Diff(RulesFileArgs),
    /// Replace the app's custom rules with the file's, after showing the diff and asking
    ///
    /// The file is checked first, as Amplify reads rules (broken ones named by
    /// index, exit 2, nothing sent). Then one GetApp, the diff, a confirmation (--yes in scripts),
    /// and an UpdateApp that sends only customRules: no other setting of the app is touched.
    #[command(after_long_help = "Examples:
  amphost rules push --app my-site
  amphost rules push --yes                    # the app and rules file of amphost.toml
  amphost rules push --app my-site --file rules.toml")]
    Push(RulesFileArgs),
    /// Translate Netlify or Vercel redirects, or a CSV, into Amplify rules
    ///
    /// Reads Netlify's _redirects, netlify.toml `[[redirects]]`, vercel.json
    /// redirects and rewrites, or CSV (source,target,status[,condition], in Amplify's syntax; status
    /// 301 when empty), told by the file's name or --from. Writes the rules file (or --out; stdout
    /// with -o json) and lists, as FILE:LINE, what could not be translated and why, and what changed
    /// meaning. Nothing is sent.
    #[command(after_long_help = "Examples:
  amphost rules import _redirects
  amphost rules import netlify.toml --out rules.toml
  amphost rules import vercel.json -o json > amplify-rules.json
  amphost rules import redirects.txt --from csv")]
    Import(ImportArgs),
}

/// `--app` and `--file`, for pull, diff and push.
#[derive(Args, Debug)]
pub struct RulesFileArgs {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// The rules file [default: amphost.toml's `rules`, else amplify-rules.json]
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The file to translate: _redirects, netlify.toml, vercel.json or a .csv
    #[arg(value_name = "FILE")]
    pub input: PathBuf,
    /// Its format, when its name does not say
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FromFormat>,
    /// Write the rules here [default: the project's rules file]; .toml writes TOML
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

/// The formats `--from` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FromFormat {
    /// Netlify's _redirects
    Netlify,
    /// netlify.toml's `[[redirects]]`
    NetlifyToml,
    /// vercel.json's redirects and rewrites
    Vercel,
    /// source,target,status[,condition]
    Csv,
}

impl From<FromFormat> for Format {
    fn from(f: FromFormat) -> Format {
        match f {
            FromFormat::Netlify => Format::Netlify,
            FromFormat::NetlifyToml => Format::NetlifyToml,
            FromFormat::Vercel => Format::Vercel,
            FromFormat::Csv => Format::Csv,
        }
    }
}

impl RulesCommand {
    /// `json_asked`: `-o json` (or AMPHOST_OUTPUT=json) was given, which sends imported rules
    /// to stdout.
    pub async fn run(self, ctx: &Ctx, json_asked: bool) -> Result<(), CliError> {
        match self {
            RulesCommand::Pull(a) => rules::pull(ctx, a.app.as_deref(), a.file.as_deref()).await,
            RulesCommand::Diff(a) => rules::diff(ctx, a.app.as_deref(), a.file.as_deref()).await,
            RulesCommand::Push(a) => rules::push(ctx, a.app.as_deref(), a.file.as_deref()).await,
            RulesCommand::Import(a) => {
                let to =
                    if json_asked && a.out.is_none() { ImportTo::Stdout } else { ImportTo::File(a.out.as_deref()) };
                rules::import(ctx, &a.input, a.from.map(Format::from), to)
            }
        }
    }
}
