//! `amphost webhook …`

use super::flags::set;
use super::AppListArgs;
use crate::commands::{webhook, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{Map, Value};

#[derive(Subcommand, Debug)]
pub enum WebhookCommand {
    /// Create a webhook that builds a branch when called (CreateWebhook)
    Create {
        /// App ID or name
        #[arg(long)]
        app: String,
        /// The branch the webhook builds
        #[arg(long = "branch", value_name = "BRANCH")]
        branch_name: String,
        #[arg(long)]
        description: Option<String>,
    },
    /// Show a webhook (GetWebhook)
    Get(WebhookRef),
    /// List an app's webhooks (ListWebhooks)
    #[command(visible_alias = "ls")]
    List(AppListArgs),
    /// Change a webhook's branch or description (UpdateWebhook)
    Update {
        #[command(flatten)]
        webhook: WebhookRef,
        #[arg(long = "branch", value_name = "BRANCH")]
        branch_name: Option<String>,
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a webhook (DeleteWebhook)
    #[command(visible_alias = "rm")]
    Delete(WebhookRef),
    /// Call a webhook's URL, as a git provider would, and show the job it starts
    Trigger(WebhookRef),
}

/// `WEBHOOK_ID` (or `--webhook-id`).
#[derive(Args, Debug)]
pub struct WebhookRef {
    #[arg(value_name = "WEBHOOK_ID", required_unless_present = "webhook_id")]
    pub id_pos: Option<String>,
    #[arg(long, value_name = "WEBHOOK_ID", conflicts_with = "id_pos")]
    pub webhook_id: Option<String>,
}

impl WebhookRef {
    fn id(&self) -> String {
        self.webhook_id.clone().or_else(|| self.id_pos.clone()).unwrap_or_default()
    }
}

impl WebhookCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            WebhookCommand::Create { app, branch_name, description } => {
                let mut input = Map::new();
                set(&mut input, "CreateWebhook", "branchName", Some(Value::String(branch_name)));
                set(&mut input, "CreateWebhook", "description", description.map(Value::String));
                webhook::create(ctx, &app, input).await
            }
            WebhookCommand::Get(w) => webhook::get(ctx, &w.id()).await,
            WebhookCommand::List(l) => webhook::list(ctx, &l.app, &l.page.options()?).await,
            WebhookCommand::Update { webhook: w, branch_name, description } => {
                let mut input = Map::new();
                set(&mut input, "UpdateWebhook", "branchName", branch_name.map(Value::String));
                set(&mut input, "UpdateWebhook", "description", description.map(Value::String));
                webhook::update(ctx, &w.id(), input).await
            }
            WebhookCommand::Delete(w) => webhook::delete(ctx, &w.id()).await,
            WebhookCommand::Trigger(w) => webhook::trigger(ctx, &w.id()).await,
        }
    }
}
