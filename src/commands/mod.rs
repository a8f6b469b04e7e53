//! What each verb does, with plain inputs: one module per noun. Commands call the API
//! through [`Ctx::client`] and hand results to [`Ctx::print`]; they never see clap.

pub mod app;
pub mod backend_env;
pub mod branch;
pub mod build;
pub mod deploy;
pub mod doctor;
pub mod domain;
pub mod headers;
pub mod init;
pub mod interrupt;
pub mod job;
pub mod names;
pub mod preview;
pub mod resolve;
pub mod rollback;
pub mod rules;
pub mod status;
pub mod tag;
pub mod verify;
pub mod watch;
pub mod webhook;

use crate::api::{Client, ClientSettings, CredentialSource};
use crate::emulator::{self, Emulator, EmulatorConfig};
use crate::exit::CliError;
use crate::render::{render, ui::Ui, OutputFormat, View};
use serde_json::Value;
use std::path::PathBuf;
use tokio::sync::OnceCell;

/// Everything a command needs: the (lazily built) client, output settings and the UI.
pub struct Ctx {
    pub ui: Ui,
    pub yes: bool,
    pub format: OutputFormat,
    pub query: Option<jmespath::Expression<'static>>,
    settings: ClientSettings,
    /// With `--local`: the data dir of the embedded emulator.
    local: Option<PathBuf>,
    client: OnceCell<Client>,
    s3: OnceCell<aws_sdk_s3::Client>,
    emulator: OnceCell<Emulator>,
    /// The project file (`amphost.toml`) in use, if one was found.
    pub project: Option<crate::project::Project>,
}

impl Ctx {
    pub fn new(
        ui: Ui,
        yes: bool,
        format: OutputFormat,
        query: Option<jmespath::Expression<'static>>,
        settings: ClientSettings,
        local: Option<PathBuf>,
    ) -> Ctx {
        Ctx {
            ui,
            yes,
            format,
            query,
            settings,
            local,
            client: OnceCell::new(),
            s3: OnceCell::new(),
            emulator: OnceCell::new(),
            project: None,
        }
    }

    /// The context with a project file's defaults available to commands.
    pub fn with_project(self, project: Option<crate::project::Project>) -> Ctx {
        Ctx { project, ..self }
    }

    /// The app to address: the flag's, else `AMPHOST_APP`, else the project file's.
    pub fn app_or_project(&self, flag: Option<&str>) -> Result<String, CliError> {
        crate::project::app(flag, self.project.as_ref()).ok_or_else(|| {
            CliError::usage(
                "no app given: pass --app APP, set AMPHOST_APP, or link this folder with `amphost link APP`",
            )
        })
    }

    /// The branch to address: the flag's, else `AMPHOST_BRANCH`, else the project file's.
    /// A value that is no branch name is refused naming where it was set.
    pub fn branch_or_project(&self, flag: Option<&str>) -> Result<String, CliError> {
        let branch = crate::project::branch(flag, self.project.as_ref())?.ok_or_else(|| {
            CliError::usage(
                "no branch given: pass --branch BRANCH, set AMPHOST_BRANCH, or set `branch` in amphost.toml",
            )
        })?;
        if let Some(origin) = crate::project::branch_origin(flag, self.project.as_ref()) {
            let input = serde_json::Map::from_iter([("branchName".to_string(), Value::String(branch.clone()))]);
            if let Err(crate::api::ApiError::Invalid(v)) = crate::api::client::precheck("GetBranch", &input, &["appId"])
            {
                return Err(CliError::usage(format!("{origin}: {branch:?} is no branch name: {}", v.problem))
                    .hint("correct it there, or pass --branch BRANCH"));
            }
        }
        Ok(branch)
    }

    /// The API client; with `--local`, the embedded emulator is started first (on an
    /// ephemeral loopback port, with its own fixed credentials: the user's are never read).
    pub async fn client(&self) -> Result<&Client, CliError> {
        self.client
            .get_or_try_init(|| async {
                let mut settings = self.settings.clone();
                if let Some(dir) = &self.local {
                    let emu = self
                        .emulator
                        .get_or_try_init(|| async {
                            let mut config = EmulatorConfig::new(dir.clone());
                            // Short steps: a first deploy should feel quick.
                            config.job_step_duration = std::time::Duration::from_secs(1);
                            let later = format!("http://127.0.0.1:{}", emulator::DEFAULT_PORT);
                            config.webhook_base = Some(later);
                            emulator::start(config, ([127, 0, 0, 1], 0).into()).await
                        })
                        .await
                        .map_err(|e| CliError::failure(format!("cannot start the embedded emulator: {e:#}")))?;
                    settings.endpoint_url = Some(emu.url());
                    settings.endpoint_from_env = false;
                    // The region as for AWS (flag, project, environment), else us-east-1: the
                    // emulator's apps are regional, and `amphost emulator` on the same data
                    // must find them where AWS_REGION says. Not a profile's: none is read.
                    let from_env = ["AWS_REGION", "AWS_DEFAULT_REGION"]
                        .iter()
                        .find_map(|v| std::env::var(v).ok().filter(|r| !r.trim().is_empty()));
                    settings.region = settings.region.or(from_env).or(Some("us-east-1".into()));
                    settings.profile = None;
                    settings.credentials =
                        CredentialSource::Static { access_key_id: "test".into(), secret_access_key: "test".into() };
                }
                Ok(Client::new(settings))
            })
            .await
    }

    /// The S3 client of bucket deploys: the same region and profile as the Amplify client
    /// (S3 is always the user's own, also with `--local`), the endpoint of
    /// `AWS_ENDPOINT_URL_S3` when set.
    pub async fn s3(&self) -> Result<&aws_sdk_s3::Client, CliError> {
        let settings = self.s3_settings().await?;
        Ok(self.s3.get_or_init(|| crate::storage::client(&settings)).await)
    }

    /// How the user's S3 (and STS) are reached: the Amplify client's region and profile.
    pub async fn s3_settings(&self) -> Result<crate::storage::S3Settings, CliError> {
        let client = self.client().await?;
        Ok(crate::storage::S3Settings {
            region: Some(client.region().await?),
            profile: self.settings.profile.clone(),
            retry_base: Some(client.settings().retry_base),
            trace: self.settings.trace.clone(),
            ..Default::default()
        })
    }

    /// Checks a request before anything is sent (names are resolved to IDs after this).
    pub fn precheck(
        &self,
        operation: &str,
        input: &serde_json::Map<String, Value>,
        later: &[&str],
    ) -> Result<(), CliError> {
        crate::api::client::precheck(operation, input, later).map_err(CliError::from)
    }

    /// Whether commands run against the embedded emulator (`--local`).
    pub fn is_local(&self) -> bool {
        self.local.is_some()
    }

    /// Writes a result to stdout in the chosen format.
    pub fn print(&self, value: &Value, view: &View) -> Result<(), CliError> {
        self.print_part(None, value, view)
    }

    /// A part of a result printed after its first (status's branches and domains, a domain's
    /// DNS records): with `-o text`, each of its lines starts with `SECTION<TAB>`, as the AWS
    /// CLI's text output names nested lists, so that a script tells its rows from the others.
    pub fn print_section(&self, section: &str, value: &Value, view: &View) -> Result<(), CliError> {
        self.print_part(Some(section), value, view)
    }

    fn print_part(&self, section: Option<&str>, value: &Value, view: &View) -> Result<(), CliError> {
        if let Some(message) = crate::render::empty_message(value, view).filter(|_| self.query.is_none()) {
            self.ui.status(message);
        }
        let out = render(value, view, self.format, self.query.as_ref(), &self.ui.screen)?;
        match section.filter(|_| self.format == OutputFormat::Text && self.query.is_none()) {
            Some(name) => self.ui.out(&out.lines().map(|line| format!("{name}\t{line}\n")).collect::<String>()),
            None => self.ui.out(&out),
        }
        self.more_results(value);
        Ok(())
    }

    /// A list cut short by `--max-items` says how to resume where JSON does not carry it: as
    /// the AWS CLI does, `text` ends with a `NEXTTOKEN<TAB>token` line on stdout; `table` (and
    /// any `--query`, which may have left the token out) says it on stderr.
    fn more_results(&self, value: &Value) {
        let Some(token) = crate::render::next_token(value) else { return };
        match (self.format, self.query.is_some()) {
            (OutputFormat::Json, false) => {}
            (OutputFormat::Text, false) => self.ui.out(&format!("NEXTTOKEN\t{token}\n")),
            _ => self.ui.status(format!("More results: resume with --starting-token {token}")),
        }
    }

    /// A blank line between the item and the list of one result (a job and its steps, a domain
    /// and its records), in table output only: text and JSON stay as scripts read them.
    pub fn separate(&self, list: &Value) {
        let has_rows = list.as_array().is_some_and(|rows| !rows.is_empty());
        if self.format == OutputFormat::Table && self.query.is_none() && has_rows {
            self.ui.out("\n");
        }
    }

    /// Stops the embedded emulator, if one was started.
    pub async fn shutdown(self) {
        if let Some(emu) = self.emulator.into_inner() {
            emu.stop().await;
        }
    }
}

/// Moves a finished temporary file to `path`: over what is there when `replace` (with that
/// file's mode), else only if nothing is (an `AlreadyExists` error), as any new file (not the
/// temporary file's owner-only mode). A write interrupted before this leaves `path` as it was.
pub(crate) fn put_in_place(
    temp: tempfile::NamedTempFile,
    path: &std::path::Path,
    replace: bool,
) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The replaced file's permissions (not its setuid, setgid or sticky bits); a link
        // there is replaced, so what it pointed to says nothing.
        let replaced = std::fs::symlink_metadata(path).ok().filter(|m| m.is_file());
        let mode = replaced.map_or(0o644, |m| m.permissions().mode() & 0o777);
        let _ = std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(mode));
    }
    let placed = if replace { temp.persist(path) } else { temp.persist_noclobber(path) };
    placed.map(drop).map_err(|e| e.error)
}

/// A pause longer than another writer's read-then-write, jittered so racing writers drift
/// apart: how long a read-merge-write (of variables, of a bucket policy) waits before it reads
/// back whether its change held.
pub(crate) fn settle() -> std::time::Duration {
    std::time::Duration::from_millis(400 + rand::random::<u64>() % 300)
}

/// Where a write to `path` goes: through a link, to the file it points to (a file shared from
/// elsewhere stays shared, the link stays a link); else `path`.
pub(crate) fn through_link(path: &std::path::Path) -> std::io::Result<PathBuf> {
    if path.is_symlink() {
        std::fs::canonicalize(path)
    } else {
        Ok(path.to_path_buf())
    }
}

/// The data dir `--local` uses: the emulator's (`AMPHOST_DATA_DIR`, else the XDG data dir).
pub fn local_data_dir() -> PathBuf {
    std::env::var_os("AMPHOST_DATA_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(emulator::default_data_dir)
}
