//! `amphost webhook …`

use super::flags::set;
use super::{AppListArgs, BranchTarget};
use crate::commands::resolve::app_id;
use crate::commands::{webhook, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};

#[derive(Subcommand, Debug)]
pub enum WebhookCommand {
    /// Create a webhook that builds a branch when called (CreateWebhook)
    #[command(after_long_help = "Examples:
  amphost webhook create --app my-site --branch main
  amphost webhook create --app my-site --branch main --description 'CMS publish'")]
    Create {
        #[command(flatten)]
        target: BranchTarget,
        /// A description of the webhook (what calls it)
        #[arg(long)]
        description: Option<String>,
        #[command(flatten)]
        show: ShowToken,
    },
    /// Show a webhook (GetWebhook)
    #[command(after_long_help = "Examples:
  amphost webhook get WEBHOOK_ID
  amphost webhook get WEBHOOK_ID --show-token
  amphost webhook get --app my-site --webhook-id WEBHOOK_ID --output json
  amphost webhook get WEBHOOK_ID --query webhook.webhookUrl --output text")]
    Get {
        #[command(flatten)]
        webhook: WebhookRef,
        #[command(flatten)]
        show: ShowToken,
    },
    /// List an app's webhooks (ListWebhooks)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost webhook list --app my-site
  amphost webhook list --app my-site --query 'webhooks[].webhookId' --output text")]
    List {
        #[command(flatten)]
        list: AppListArgs,
        #[command(flatten)]
        show: ShowToken,
    },
    /// Change a webhook's branch or description (UpdateWebhook)
    #[command(after_long_help = "Examples:
  amphost webhook update WEBHOOK_ID --branch staging
  amphost webhook update --app my-site WEBHOOK_ID --description 'CMS publish (staging)'")]
    Update {
        #[command(flatten)]
        webhook: WebhookRef,
        /// The branch the webhook builds from now on
        #[arg(long = "branch", visible_alias = "branch-name", value_name = "BRANCH")]
        branch: Option<String>,
        /// A new description
        #[arg(long)]
        description: Option<String>,
        #[command(flatten)]
        show: ShowToken,
    },
    /// Delete a webhook (DeleteWebhook)
    #[command(visible_alias = "rm")]
    #[command(after_long_help = "Examples:
  amphost webhook delete WEBHOOK_ID
  amphost webhook delete --app my-site WEBHOOK_ID --yes")]
    Delete(WebhookRef),
    /// Call a webhook's URL, as a git provider would, and show the job it starts
    #[command(after_long_help = "Examples:
  amphost webhook trigger WEBHOOK_ID
  amphost webhook trigger --app my-site --webhook-id WEBHOOK_ID")]
    Trigger(WebhookRef),
}

/// `--show-token`: tables show a webhook's URL with its token (JSON, text and `--query`
/// output always do; `--debug` traces never).
#[derive(Args, Debug)]
pub struct ShowToken {
    /// Show the token in the webhook's URL in tables (JSON, text and --query output always show it)
    #[arg(long)]
    pub show_token: bool,
}

/// `WEBHOOK_ID` or `--webhook-id WEBHOOK_ID` (alias `--webhook`).
#[derive(Args, Debug)]
#[group(id = "webhook_ref", required = true, multiple = false)]
pub struct WebhookArg {
    /// Webhook ID
    #[arg(value_name = "WEBHOOK_ID")]
    pub webhook_pos: Option<String>,
    /// Webhook ID (instead of WEBHOOK_ID)
    #[arg(long = "webhook-id", visible_alias = "webhook", value_name = "WEBHOOK_ID")]
    pub webhook: Option<String>,
}

/// A webhook: `WEBHOOK_ID` (or `--webhook-id`), and optionally the app it belongs to.
///
/// A webhook ID is unique in the account and region, so the Webhook operations address a
/// webhook by its ID alone. `--app` is accepted as on every other verb; when it is given,
/// the webhook is fetched first and must belong to that app (else exit 2, nothing changed).
#[derive(Args, Debug)]
pub struct WebhookRef {
    #[command(flatten)]
    pub webhook: WebhookArg,
    /// App ID or name: if given, the webhook must belong to it
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
}

impl WebhookRef {
    /// The webhook ID as given.
    fn given_id(&self) -> String {
        self.webhook.webhook.clone().or_else(|| self.webhook.webhook_pos.clone()).unwrap_or_default()
    }

    /// The webhook ID, once checked against `--app` when that was given.
    async fn id(&self, ctx: &Ctx) -> Result<String, CliError> {
        let id = self.given_id();
        let Some(app) = self.app.as_deref() else {
            return Ok(id);
        };
        let app_id = app_id(ctx, app).await?;
        let out = ctx.client().await?.call("GetWebhook", json!({ "webhookId": id })).await?;
        let owner = webhook_app_id(&out["webhook"]);
        if owner.as_deref() != Some(app_id.as_str()) {
            let owner = owner.unwrap_or_else(|| "an unknown app".to_string());
            return Err(CliError::usage(format!("webhook {id} belongs to app {owner}, not to --app {app}"))
                .hint("leave out --app, or give the app the webhook belongs to"));
        }
        Ok(id)
    }
}

/// The app a webhook belongs to: its `appId`, else the app in its ARN
/// (`arn:aws:amplify:REGION:ACCOUNT:apps/APP_ID/webhooks/WEBHOOK_ID`).
fn webhook_app_id(hook: &Value) -> Option<String> {
    if let Some(id) = hook["appId"].as_str().filter(|s| !s.is_empty()) {
        return Some(id.to_string());
    }
    let arn = hook["webhookArn"].as_str()?;
    let rest = &arn[arn.find(":apps/")? + ":apps/".len()..];
    rest.split('/').next().filter(|s| !s.is_empty()).map(str::to_string)
}

impl WebhookCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            WebhookCommand::Create { target, description, show } => {
                let (app, branch) = target.resolve(ctx)?;
                let mut input = Map::new();
                set(&mut input, "CreateWebhook", "branchName", Some(Value::String(branch)));
                set(&mut input, "CreateWebhook", "description", description.map(Value::String));
                webhook::create(ctx, &app, input, show.show_token).await
            }
            WebhookCommand::Get { webhook: w, show } => webhook::get(ctx, &w.id(ctx).await?, show.show_token).await,
            WebhookCommand::List { list: l, show } => {
                webhook::list(ctx, &l.app(ctx)?, &l.page.options()?, show.show_token).await
            }
            WebhookCommand::Update { webhook: w, branch, description, show } => {
                let mut input = Map::new();
                set(&mut input, "UpdateWebhook", "branchName", branch.map(Value::String));
                set(&mut input, "UpdateWebhook", "description", description.map(Value::String));
                if input.is_empty() {
                    // Refused ("nothing to update") before the --app check sends anything.
                    return webhook::update(ctx, &w.given_id(), input, show.show_token).await;
                }
                webhook::update(ctx, &w.id(ctx).await?, input, show.show_token).await
            }
            WebhookCommand::Delete(w) => webhook::delete(ctx, &w.id(ctx).await?).await,
            WebhookCommand::Trigger(w) => webhook::trigger(ctx, &w.id(ctx).await?).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_of_a_webhook_from_its_id_or_arn() {
        assert_eq!(webhook_app_id(&json!({"appId": "d1", "webhookArn": "x"})).as_deref(), Some("d1"));
        let arn = "arn:aws:amplify:us-east-1:123456789012:apps/d1a2b3c4d5e6f7/webhooks/w-1";
        assert_eq!(webhook_app_id(&json!({ "webhookArn": arn })).as_deref(), Some("d1a2b3c4d5e6f7"));
        assert_eq!(webhook_app_id(&json!({})), None);
    }
}
