//! `amphost headers …`: the app's custom headers (customHttp.yml) as code.

use crate::commands::headers;
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum HeadersCommand {
    /// Write the app's custom headers to the headers file (customHttp.yml)
    ///
    /// The headers file is --file, else the `headers` key of amphost.toml, else
    /// customHttp.yml next to amphost.toml (or in this folder when there is none).
    #[command(after_long_help = "Examples:
  amphost headers pull --app my-site
  amphost headers pull                        # the app and headers file of amphost.toml
  amphost headers pull --app my-site --file config/customHttp.yml")]
    Pull(HeadersFileArgs),
    /// Show what `push` would change (a line diff); exit 1 when the app differs from the file
    ///
    /// Lines removed (-) and added (+), with their line numbers; trailing spaces
    /// and final newlines do not count. "no changes" and exit 0 when the app has the file's headers.
    #[command(after_long_help = "Examples:
  amphost headers diff --app my-site
  amphost headers diff || echo 'the app has drifted from customHttp.yml'")]
    Diff(HeadersFileArgs),
    /// Replace the app's custom headers with the file's, after showing the diff and asking
    ///
    /// The file is checked first (YAML syntax with its line and column, the
    /// customHeaders shape, patterns, header names as RFC 7230 tokens; exit 2, nothing sent). Then
    /// one GetApp, the diff, a confirmation (--yes in scripts), and an UpdateApp that sends only
    /// customHeaders: no other setting of the app is touched.
    #[command(after_long_help = "Examples:
  amphost headers push --app my-site
  amphost headers push --yes                  # the app and headers file of amphost.toml")]
    Push(HeadersFileArgs),
}

/// `--app` and `--file`, for pull, diff and push.
#[derive(Args, Debug)]
pub struct HeadersFileArgs {
    /// App ID or name [default: AMPHOST_APP, else the project's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// The headers file [default: amphost.toml's `headers`, else customHttp.yml]
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
}

impl HeadersCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            HeadersCommand::Pull(a) => headers::pull(ctx, a.app.as_deref(), a.file.as_deref()).await,
            HeadersCommand::Diff(a) => headers::diff(ctx, a.app.as_deref(), a.file.as_deref()).await,
            HeadersCommand::Push(a) => headers::push(ctx, a.app.as_deref(), a.file.as_deref()).await,
        }
    }
}
