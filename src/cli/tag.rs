//! `amphost tag …`

use super::flags::{key_values_to_map, parse_key_value, KeyValue};
use crate::commands::{resolve::resource_arn, tag, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{Map, Value};

#[derive(Subcommand, Debug)]
pub enum TagCommand {
    /// Show a resource's tags (ListTagsForResource)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost tag list --app my-site
  amphost tag list --app my-site --branch main
  amphost tag list --resource-arn arn:aws:amplify:us-east-1:123456789012:apps/d1a2b3c4d5e6f7")]
    List(Resource),
    /// Add or change tags (TagResource): `tag add --app A KEY=VALUE…`
    #[command(after_long_help = "Examples:
  amphost tag add --app my-site team=web cost-center=42
  amphost tag add --app my-site --branch main env=production")]
    Add {
        #[command(flatten)]
        resource: Resource,
        /// A tag to add or change, KEY=VALUE (one or more)
        #[arg(value_name = "KEY=VALUE", required = true, value_parser = parse_key_value)]
        tags: Vec<KeyValue>,
    },
    /// Remove tags by key (UntagResource): `tag remove --app A KEY…`
    #[command(visible_alias = "rm")]
    #[command(after_long_help = "Examples:
  amphost tag remove --app my-site cost-center
  amphost tag remove --app my-site --branch main env")]
    Remove {
        #[command(flatten)]
        resource: Resource,
        /// The key of a tag to remove (one or more)
        #[arg(value_name = "KEY", required = true)]
        tag_keys: Vec<String>,
    },
}

/// The resource to tag: its ARN, or an app (and branch) resolved to one; with neither, the
/// project's app.
#[derive(Args, Debug)]
pub struct Resource {
    /// Any Amplify ARN (arn:aws:amplify:…)
    #[arg(long, value_name = "ARN", visible_alias = "arn", conflicts_with_all = ["app", "branch"])]
    pub resource_arn: Option<String>,
    /// App ID or name (its ARN is looked up) [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    /// A branch of the app
    #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
    pub branch: Option<String>,
}

impl Resource {
    async fn arn(&self, ctx: &Ctx) -> Result<String, CliError> {
        let app = match &self.resource_arn {
            Some(_) => None,
            None => Some(ctx.app_or_project(self.app.as_deref())?),
        };
        resource_arn(ctx, self.resource_arn.as_deref(), app.as_deref(), self.branch.as_deref()).await
    }
}

impl TagCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            TagCommand::List(r) => tag::list(ctx, &r.arn(ctx).await?).await,
            TagCommand::Add { resource, tags } => {
                let tags = key_values_to_map(&tags);
                let check = Map::from_iter([("tags".to_string(), Value::Object(tags.clone()))]);
                // The tags are KEY=VALUE arguments here, not the `--tag` flag of `app create`.
                ctx.precheck("TagResource", &check, &["resourceArn"])
                    .map_err(|e| CliError { message: e.message.replace("--tag", "KEY=VALUE"), ..e })?;
                tag::add(ctx, &resource.arn(ctx).await?, tags).await
            }
            TagCommand::Remove { resource, tag_keys } => {
                let check = Map::from_iter([("tagKeys".to_string(), Value::from(tag_keys.clone()))]);
                ctx.precheck("UntagResource", &check, &["resourceArn"])?;
                tag::remove(ctx, &resource.arn(ctx).await?, &tag_keys).await
            }
        }
    }
}
