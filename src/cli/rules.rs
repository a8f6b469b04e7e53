//! `amphost rules …`: the app's custom rules as code.

use super::flags::parse_duration;
use crate::commands::rules::check::{self, LintOptions, RulesFrom, TestOptions};
use crate::commands::rules::{self, ImportTo};
use crate::commands::Ctx;
use crate::exit::CliError;
use crate::rules::import::Format;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

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
    /// index, exit 2, nothing sent), then linted as `rules lint` does (an error stops the push,
    /// exit 1, nothing sent; --no-lint skips it). Then one GetApp, the diff, a confirmation (--yes
    /// in scripts), and an UpdateApp that sends only customRules: no other setting of the app is
    /// touched.
    #[command(after_long_help = "Examples:
  amphost rules push --app my-site
  amphost rules push --yes                    # the app and rules file of amphost.toml
  amphost rules push --app my-site --file rules.toml
  amphost rules push --yes --no-lint          # push even with lint errors")]
    Push(PushArgs),
    /// Check what the rules answer for a file of requests; exit 1 on a mismatch
    ///
    /// CASES holds one request a line with the answer it should get:
    /// `/docs/a -> 301 /documents/a`, `/app/x -> 200 /index.html`, `/missing.png -> 404`;
    /// options go between the request and the arrow: `[country=US]` (the visitor's country, for
    /// <US> conditions) and `[header:Name=value]` (sent with --against; `header:Host=…` is also
    /// the host domain sources are matched at). The status is what the visitor gets (200, 301,
    /// 302, 404); the target, when given, is the file served, the redirect's Location or the
    /// proxied URL. `#` starts a comment. A malformed line is refused as CASES:LINE (exit 2,
    /// nothing sent).
    ///
    /// The rules are the rules file's (as for push), or the app's with --app; the files are the
    /// deploy folder's (--dir, else amphost.toml's `folder`), so that 404-200 rules and existing
    /// files answer as on Amplify. Mismatches are listed diff-like (- expected, + got), then a
    /// summary. --against URL also fetches each case from a live site (no redirect followed)
    /// and lists where its answer differs from the engine's; a case with a country is not
    /// fetched (the site takes the country from the visitor's address).
    #[command(after_long_help = "Examples:
  amphost rules test rules.cases
  amphost rules test rules.cases --dir dist
  amphost rules test rules.cases --app my-site --against https://main.d1a2b3c4d5e6f7.amplifyapp.com
  amphost rules test rules.cases -o json | jq '.cases[] | select(.passed | not)'

A cases file:
  # redirects
  /docs/a                      -> 301 /documents/a
  /geo [country=US]            -> 302 /us.html
  /guide [header:Host=docs.example.com] -> 302 https://www.example.com/documents/guide
  # the single-page app
  /app/settings                -> 200 /index.html
  /missing.png                 -> 404")]
    Test(TestArgs),
    /// Find rules that never match, catch-alls that hide files or rules, loops and more
    ///
    /// Reports, with each rule's position (from 1), source, problem and fix: rules an
    /// earlier rule always answers first (shadowed), duplicated sources, a single-page-app
    /// catch-all placed before specific rules, 200 or 404-200 catch-alls that answer asset
    /// requests with a page, rewrites and redirects to files absent from the deploy folder
    /// (--dir, else amphost.toml's `folder`), redirect loops, placeholders the source does not
    /// capture (<name>, or Netlify's :name), fields over the API's 2048 characters, and lists
    /// above 900 rules. Errors exit 1; warnings are printed only. The rules are the rules file's,
    /// or the app's with --app. `rules push` and `deploy` run the same checks first.
    #[command(after_long_help = "Examples:
  amphost rules lint
  amphost rules lint --dir dist
  amphost rules lint --app my-site -o json")]
    Lint(LintArgs),
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

/// `rules push`: the app and the file, and whether to lint first.
#[derive(Args, Debug)]
pub struct PushArgs {
    #[command(flatten)]
    pub file: RulesFileArgs,
    /// Push even when `rules lint` finds errors (the checks are skipped)
    #[arg(long)]
    pub no_lint: bool,
}

/// Where `rules test` and `rules lint` take the rules and the site's files from.
#[derive(Args, Debug)]
pub struct LintArgs {
    /// Check the rules of this app (GetApp) instead of the rules file
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP", conflicts_with = "file")]
    pub app: Option<String>,
    /// The rules file [default: amphost.toml's `rules`, else amplify-rules.json]
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// The deploy folder (or .zip) whose files the rules answer with [default: amphost.toml's `folder`]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct TestArgs {
    /// The cases file: `REQUEST [country=XX] [header:Name=value] -> STATUS [TARGET]` a line
    #[arg(value_name = "CASES")]
    pub cases: PathBuf,
    #[command(flatten)]
    pub source: LintArgs,
    /// Also fetch each case from this live site (the branch's URL) and compare its answers
    #[arg(long, value_name = "URL", value_parser = super::flags::parse_site_url)]
    pub against: Option<String>,
    /// Requests in flight at once with --against
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Time limit of each request with --against
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    pub timeout: Duration,
}

impl TestArgs {
    fn options(&self) -> TestOptions<'_> {
        TestOptions {
            cases: &self.cases,
            from: RulesFrom { app: self.source.app.as_deref(), file: self.source.file.as_deref() },
            dir: self.source.dir.as_deref(),
            against: self.against.as_deref(),
            concurrency: usize::from(self.concurrency),
            timeout: self.timeout,
        }
    }
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
            RulesCommand::Push(a) => rules::push(ctx, a.file.app.as_deref(), a.file.file.as_deref(), !a.no_lint).await,
            RulesCommand::Test(a) => check::test(ctx, a.options()).await,
            RulesCommand::Lint(a) => {
                let from = RulesFrom { app: a.app.as_deref(), file: a.file.as_deref() };
                check::lint(ctx, LintOptions { from, dir: a.dir.as_deref() }).await
            }
            RulesCommand::Import(a) => {
                let to =
                    if json_asked && a.out.is_none() { ImportTo::Stdout } else { ImportTo::File(a.out.as_deref()) };
                rules::import(ctx, &a.input, a.from.map(Format::from), to)
            }
        }
    }
}
