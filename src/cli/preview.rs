//! `amphost preview [DIR]`

use super::flags::{encode_basic_auth, joined, list_items, parse_struct_list, parse_text};
use crate::commands::preview::{self, PreviewOptions};
use crate::commands::Ctx;
use crate::exit::CliError;
use clap::Args;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost preview ./dist --rules file://rules.json --headers file://customHttp.yml
  amphost preview ./dist --app my-site --port 8080
  amphost preview --app my-site --branch main --explain /old-blog/post /api/users
  amphost preview ./dist --rules file://rules.json --explain https://mydomain.com/guide")]
pub struct PreviewArgs {
    /// The folder to serve [default: the deployed branch with --app/--branch, else .]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Redirect and rewrite rules, as the API takes them: a JSON list, file://rules.json, or
    /// shorthand (`[{source=/a,target=/b}]`); repeatable, the rules joined in order
    #[arg(long, value_name = "RULES", value_parser = parse_struct_list)]
    pub rules: Vec<serde_json::Value>,
    /// Custom headers YAML (customHttp.yml): file://PATH or the text
    #[arg(long, value_name = "YAML", value_parser = parse_text)]
    pub headers: Option<String>,
    /// Take rules, headers and basic auth from this app (ID or name)
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// With --app: this branch's basic auth, and its deployment when no DIR is given
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH", requires = "app")]
    pub branch: Option<String>,
    /// The visitor's country, for rules with a condition like <US>
    #[arg(long, value_name = "XX")]
    pub country: Option<String>,
    /// Ask for this password, USER:PASSWORD (overrides the app's)
    #[arg(long, value_name = "USER:PASSWORD")]
    pub basic_auth: Option<String>,
    /// Existing files win over every rule (instead of 200/301/302 rules shadowing them)
    #[arg(long)]
    pub files_first: bool,
    /// Address to listen on (keep it loopback unless you mean to share it)
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// Port to listen on (0: any free port)
    #[arg(long, default_value_t = 4751)]
    pub port: u16,
    /// Print what would answer each PATH and why, without serving; a full URL
    /// (https://mydomain.com/guide) is asked at its host, for domain rules
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub explain: Vec<String>,
    /// Serve files that look like they hold secrets (.env, keys), as `deploy --allow-secrets`
    /// would publish them; without it they answer 404, as the deploy would be refused
    #[arg(long)]
    pub allow_secrets: bool,
}

impl PreviewArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        let basic_auth = encode_basic_auth(self.basic_auth.as_deref())?;
        if let Some(c) = &self.country {
            if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
                return Err(CliError::usage(format!("--country {c:?} is not a two-letter country code like US")));
            }
        }
        let opts = PreviewOptions {
            dir: self.dir,
            rules: joined(self.rules, list_items),
            headers: self.headers,
            app: self.app,
            branch: self.branch,
            country: self.country.map(|c| c.to_ascii_uppercase()),
            basic_auth,
            files_first: self.files_first,
            bind: SocketAddr::new(self.host, self.port),
            explain: self.explain,
            allow_secrets: self.allow_secrets,
        };
        preview::preview(ctx, opts).await
    }
}
