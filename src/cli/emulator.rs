//! `amphost emulator`: the local Amplify Hosting service as a server.

use super::flags::parse_duration;
use crate::commands::interrupt::{self, Signal};
use crate::emulator::store::NotADatabase;
use crate::emulator::{self, EmulatorConfig};
use crate::exit::CliError;
use crate::render::ui::Ui;
use clap::Args;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[derive(Args, Debug)]
#[command(after_long_help = "Examples:
  amphost emulator
  amphost emulator --port 0 --data-dir /tmp/amphost-emulator --job-step-duration 200ms
  amphost emulator --credentials AKIDEXAMPLE:example-secret --max-apps 10")]
pub struct EmulatorArgs {
    /// Address to listen on (keep it loopback unless you mean to share it)
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// Port to listen on (0: any free port; the URL is printed on stdout)
    #[arg(long, default_value_t = crate::emulator::DEFAULT_PORT)]
    pub port: u16,
    /// Where state is kept [default: $XDG_DATA_HOME/amphost/emulator]
    #[arg(long, env = "AMPHOST_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// An accepted key pair, KEY:SECRET (repeatable; test:test is always accepted)
    #[arg(long = "credentials", value_name = "KEY:SECRET", value_parser = parse_key_pair)]
    pub credentials: Vec<(String, String)>,
    /// Accept unsigned and wrongly signed requests (for clients that cannot sign)
    #[arg(long)]
    pub no_verify_signatures: bool,
    /// How long each simulated job step takes
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_duration)]
    pub job_step_duration: Duration,
    /// The account ID in ARNs
    #[arg(long, value_name = "ID", default_value = "123456789012", value_parser = parse_account)]
    pub account_id: String,
    /// Most apps the account may hold (LimitExceededException beyond)
    #[arg(long, default_value_t = 1000)]
    pub max_apps: usize,
    /// Most branches an app may hold, as on Amplify (LimitExceededException beyond)
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub max_branches_per_app: usize,
    /// Largest upload accepted, in bytes (413 beyond)
    #[arg(long, value_name = "BYTES", default_value_t = 5 << 30)]
    pub max_upload_bytes: u64,
    /// Most a deployment's archive may expand to, in bytes (beyond: the job fails, zip bomb)
    #[arg(long, value_name = "BYTES", default_value_t = 20 << 30)]
    pub max_expanded_bytes: u64,
    /// Where s3:// deployment sources are read (an S3-compatible server) [env: AWS_ENDPOINT_URL_S3]
    #[arg(long, value_name = "URL")]
    pub s3_endpoint: Option<String>,
    /// How long a deployment's sourceUrl may send nothing before its job fails
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_duration)]
    pub fetch_timeout: Duration,
}

fn parse_key_pair(s: &str) -> Result<(String, String), String> {
    match s.split_once(':') {
        Some((k, v)) if !k.is_empty() && !v.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err("expected ACCESS_KEY_ID:SECRET_ACCESS_KEY".into()),
    }
}

fn parse_account(s: &str) -> Result<String, String> {
    if s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(s.to_string())
    } else {
        Err("an account ID is 12 digits".into())
    }
}

pub async fn run(args: EmulatorArgs, ui: &Ui) -> Result<(), CliError> {
    let data_dir = args.data_dir.unwrap_or_else(emulator::default_data_dir);
    let mut config = EmulatorConfig::new(data_dir.clone());
    config.sweep_blobs = true;
    config.credentials.extend(args.credentials);
    config.verify_signatures = !args.no_verify_signatures;
    config.job_step_duration = args.job_step_duration;
    config.account_id = args.account_id;
    config.max_apps = args.max_apps;
    config.max_branches_per_app = args.max_branches_per_app;
    config.max_upload_bytes = args.max_upload_bytes;
    config.max_expanded_bytes = args.max_expanded_bytes;
    config.s3_endpoint = args.s3_endpoint;
    config.fetch_timeout = args.fetch_timeout;
    if !ui.quiet {
        let log = ui.clone();
        config.log = Some(Arc::new(move |line| log.err_line(&line)));
    }
    let emu = emulator::start(config, SocketAddr::new(args.host, args.port)).await.map_err(start_error)?;
    // The URL alone on stdout, for scripts; the rest for people on stderr.
    ui.out(&format!("{}\n", emu.url()));
    // The emulator's own key pair: a newcomer has none set, and would otherwise be sent
    // looking for credentials (test:test is always accepted).
    ui.status(format!(
        "amphost emulator listening on {} (data in {}); try: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test \
         amphost --endpoint-url {} --region us-east-1 app list",
        emu.url(),
        data_dir.display(),
        emu.url()
    ));
    if !args.host.is_loopback() {
        ui.warn(format!("listening on {}: anyone who can reach this address can use the emulator", args.host));
    }
    // A service stops when told to (SIGTERM from `docker stop` or a CI runner, Ctrl-C, a
    // closed terminal): requests in flight finish, the data stays, and the exit code is 0.
    let mut handling = interrupt::Handling::start();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let left = format!(
        "the emulator stopped without finishing the requests in flight; its data is kept in {}",
        data_dir.display()
    );
    // The guard outlives the signal's future: the stop that follows (requests in flight
    // finishing) is still the interruption, and a repeat during it says what it leaves.
    let signal = async {
        let caught = handling.next().await;
        interrupt::if_forced(left);
        let _ = tx.send(caught);
    };
    let stopped =
        emu.serve_until(signal).await.map_err(|e| CliError::failure(format!("the emulator stopped: {e:#}")))?;
    if stopped {
        let name = rx.await.map_or("an interrupt", Signal::describe);
        ui.status(format!("amphost emulator stopped ({name}); its data is kept in {}", data_dir.display()));
    }
    Ok(())
}

/// Why the emulator did not start, with the way out that fits the cause.
fn start_error(e: anyhow::Error) -> CliError {
    let error = CliError::failure(format!("{e:#}"));
    if let Some(bad) = e.downcast_ref::<NotADatabase>() {
        return error.hint(format!("move {} away, or choose another --data-dir", bad.path.display()));
    }
    if e.downcast_ref::<emulator::ListenError>().is_some() {
        return error.hint("choose another --port, or --port 0 for any free one");
    }
    error
}
