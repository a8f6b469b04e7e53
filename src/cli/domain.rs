//! `amphost domain …`

use super::flags::{
    joined, list_items, parse_duration, parse_json, parse_string_list, parse_struct_list, set, StringList,
};
use super::AppListArgs;
use crate::commands::resolve::app_id_checked;
use crate::commands::{doctor, domain, Ctx};
use crate::exit::CliError;
use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

#[derive(Subcommand, Debug)]
pub enum DomainCommand {
    /// Connect a custom domain (CreateDomainAssociation) and show the DNS records to set
    #[command(after_long_help = "Examples:
  amphost domain create --app my-site example.com --sub-domain =main --sub-domain www=main
  amphost domain create --app my-site example.com --sub-domain staging=staging --wait --timeout 30m
  amphost domain create --app my-site example.com --sub-domain www=main --certificate-settings type=CUSTOM,customCertificateArn=arn:aws:acm:us-east-1:123456789012:certificate/abc")]
    Create(CreateArgs),
    /// Show a domain, its status and its DNS records (GetDomainAssociation)
    #[command(after_long_help = "Examples:
  amphost domain get --app my-site example.com
  amphost domain get --app my-site --domain-name example.com --output json")]
    Get(DomainRef),
    /// List an app's domains (ListDomainAssociations)
    #[command(visible_alias = "ls")]
    #[command(after_long_help = "Examples:
  amphost domain list --app my-site
  amphost domain list --app my-site --query 'domainAssociations[].domainName' --output text")]
    List(AppListArgs),
    /// Change sub-domains or certificate (UpdateDomainAssociation)
    #[command(after_long_help = "Examples:
  amphost domain update --app my-site example.com --sub-domain =main --sub-domain www=main --sub-domain beta=staging
  amphost domain update --app my-site example.com --enable-auto-sub-domain --auto-sub-domain-creation-patterns 'feature/*'")]
    Update(UpdateArgs),
    /// Disconnect a domain (DeleteDomainAssociation)
    #[command(visible_alias = "rm")]
    #[command(after_long_help = "Examples:
  amphost domain delete --app my-site example.com
  amphost domain delete --app my-site --domain-name example.com --yes")]
    Delete(DomainRef),
    /// Wait until the domain is AVAILABLE (exit 3 if it fails, 5 on --timeout)
    #[command(after_long_help = "Examples:
  amphost domain wait --app my-site example.com
  amphost domain wait --app my-site example.com --timeout 1h
  amphost domain wait --app my-site example.com --timeout 30m --nameserver 8.8.8.8

When the domain fails, or is still waiting for its DNS records (PENDING_VERIFICATION or
AWAITING_APP_CNAME) at the timeout, the DNS check of `domain doctor` says which record is at
fault, on stderr.")]
    Wait {
        #[command(flatten)]
        domain: DomainRef,
        /// Give up after this long (exit 5)
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        timeout: Option<Duration>,
        #[command(flatten)]
        resolvers: NameserverArgs,
    },
    /// Check the DNS records the domain needs, at each resolver (exit 1 until all are right)
    #[command(after_long_help = "Examples:
  amphost domain doctor --app my-site example.com
  amphost domain doctor --app my-site example.com --nameserver 8.8.8.8 --nameserver 1.1.1.1
  amphost domain doctor --app my-site example.com -o json --query 'records[?verdict!=`ok`].line'

It checks the certificate's verification CNAME, each sub-domain's CNAME, the apex (an ALIAS or
ANAME record, or A/AAAA records with the target's addresses: DNS allows no CNAME there), A/AAAA
records where a CNAME is needed, and CAA records that leave out Amazon's certificate
authorities. Verdicts: ok; missing; wrong (another target or type); propagating (right at some
resolvers only); blocked (by CAA); unknown (the lookup failed). Below the table come the
zone-file lines to set at your DNS provider. Exit 0 when every record is ok, 1 otherwise.")]
    Doctor {
        #[command(flatten)]
        domain: DomainRef,
        #[command(flatten)]
        resolvers: NameserverArgs,
    },
}

/// `--nameserver IP[:PORT]`, repeatable: the resolvers a DNS check asks.
#[derive(Args, Debug)]
pub struct NameserverArgs {
    /// A DNS server to ask instead of the system's resolver: IP or IP:PORT (port 53); repeat to compare several
    #[arg(long = "nameserver", value_name = "IP[:PORT]", value_parser = parse_nameserver)]
    pub nameservers: Vec<SocketAddr>,
}

/// `DOMAIN` or `--domain-name DOMAIN` (alias `--domain`).
#[derive(Args, Debug)]
#[group(id = "domain_ref", required = true, multiple = false)]
pub struct DomainArg {
    /// The domain, e.g. example.com
    #[arg(value_name = "DOMAIN", value_parser = parse_domain_name)]
    pub domain_pos: Option<String>,
    /// The domain (instead of DOMAIN)
    #[arg(long = "domain-name", visible_alias = "domain", value_name = "DOMAIN", value_parser = parse_domain_name)]
    pub domain: Option<String>,
}

/// A domain name as typed; a URL (`https://example.org/`) is refused with the name it holds,
/// rather than with the model's pattern.
fn parse_domain_name(s: &str) -> Result<String, String> {
    let Some((_, rest)) = s.split_once("://") else { return Ok(s.to_string()) };
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or_default();
    Err(format!("give the domain name alone, without a scheme or path: {host}"))
}

/// `--app A DOMAIN` (or `--domain-name`).
#[derive(Args, Debug)]
pub struct DomainRef {
    /// App ID or name [default: AMPHOST_APP, else amphost.toml's app]
    #[arg(long = "app", visible_alias = "app-id", value_name = "APP")]
    pub app: Option<String>,
    #[command(flatten)]
    pub domain: DomainArg,
}

impl DomainRef {
    /// The app: as given, else from the environment or the project file.
    pub fn app(&self, ctx: &Ctx) -> Result<String, CliError> {
        ctx.app_or_project(self.app.as_deref())
    }

    pub fn name(&self) -> String {
        self.domain.domain.clone().or_else(|| self.domain.domain_pos.clone()).unwrap_or_default()
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    #[command(flatten)]
    pub domain: DomainRef,
    #[command(flatten)]
    pub fields: DomainFields,
    /// Wait until the domain is AVAILABLE
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this long (exit 5)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, requires = "wait")]
    pub timeout: Option<Duration>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub domain: DomainRef,
    #[command(flatten)]
    pub fields: DomainFields,
}

#[derive(Args, Debug)]
pub struct DomainFields {
    /// A sub-domain and the branch it serves, PREFIX=BRANCH (repeatable; `=main` for the apex).
    /// On update, the domain's other sub-domains are kept
    #[arg(long = "sub-domain", value_name = "PREFIX=BRANCH", value_parser = parse_sub_domain, conflicts_with = "sub_domain_settings")]
    pub sub_domains: Vec<Value>,
    /// All sub-domain settings, replacing the domain's: a JSON list, file://PATH, or shorthand
    /// (`prefix=www,branchName=main`, `[{prefix=www,branchName=main},{…}]`); repeatable
    #[arg(long, value_name = "SETTINGS", value_parser = parse_struct_list)]
    pub sub_domain_settings: Vec<Value>,
    /// Create sub-domains for new branches automatically
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub enable_auto_sub_domain: Option<bool>,
    /// Branch patterns for automatic sub-domains: comma-separated, repeated, or a list
    /// (`[main,dev/*]`, JSON); `[]` clears them
    #[arg(long, value_name = "PATTERNS", value_parser = parse_string_list)]
    pub auto_sub_domain_creation_patterns: Vec<StringList>,
    /// IAM role for automatic sub-domains
    #[arg(long = "auto-sub-domain-iam-role", value_name = "ARN")]
    pub auto_sub_domain_iam_role: Option<String>,
    /// Certificate: JSON, file://PATH or type=AMPLIFY_MANAGED | type=CUSTOM,customCertificateArn=ARN
    #[arg(long, value_name = "JSON", value_parser = parse_json)]
    pub certificate_settings: Option<Value>,
}

/// A name server's address: `IP` (port 53), `IP:PORT` or `[IPv6]:PORT`. Host names are refused:
/// resolving one would take the very resolvers being checked.
fn parse_nameserver(s: &str) -> Result<SocketAddr, String> {
    let t = s.trim();
    let bare = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')).unwrap_or(t);
    let addr = match (t.parse::<SocketAddr>(), bare.parse::<IpAddr>()) {
        (Ok(addr), _) => addr,
        (_, Ok(ip)) => SocketAddr::new(ip, 53),
        _ => {
            return Err(format!(
                "{s:?} is not an IP address or IP:PORT (e.g. 8.8.8.8, 127.0.0.1:5353, [2001:db8::1]:53)"
            ))
        }
    };
    if addr.ip().is_unspecified() || addr.port() == 0 {
        return Err(format!("{s:?} names no server to ask: give its address and a port above 0"));
    }
    Ok(addr)
}

fn parse_sub_domain(s: &str) -> Result<Value, String> {
    match s.split_once('=') {
        Some((prefix, branch)) if !branch.is_empty() => Ok(json!({"prefix": prefix, "branchName": branch})),
        _ => Err(format!("expected PREFIX=BRANCH (e.g. www=main, or =main for the apex), got {s:?}")),
    }
}

impl DomainFields {
    fn apply(self, op: &str, input: &mut Map<String, Value>) -> Result<(), CliError> {
        let settings = match self.sub_domains.is_empty() {
            true => joined(self.sub_domain_settings, list_items),
            false => Some(Value::Array(self.sub_domains)),
        };
        set(input, op, "subDomainSettings", settings);
        set(input, op, "enableAutoSubDomain", self.enable_auto_sub_domain.map(Value::Bool));
        let patterns = joined(self.auto_sub_domain_creation_patterns, StringList::into_values);
        set(input, op, "autoSubDomainCreationPatterns", patterns);
        set(input, op, "autoSubDomainIAMRole", self.auto_sub_domain_iam_role.map(Value::String));
        let certificate = &self.certificate_settings;
        if certificate.as_ref().is_some_and(|c| {
            c["type"].as_str().is_some_and(|t| t.eq_ignore_ascii_case("CUSTOM"))
                && c["customCertificateArn"].as_str().is_none_or(str::is_empty)
        }) {
            return Err(CliError::usage("--certificate-settings: type=CUSTOM needs customCertificateArn=ARN")
                .hint("the ARN of an ACM certificate in us-east-1, or type=AMPLIFY_MANAGED"));
        }
        set(input, op, "certificateSettings", self.certificate_settings);
        Ok(())
    }
}

impl DomainCommand {
    pub async fn run(self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            DomainCommand::Create(a) => {
                let mut input = Map::new();
                set(&mut input, "CreateDomainAssociation", "domainName", Some(json!(a.domain.name())));
                a.fields.apply("CreateDomainAssociation", &mut input)?;
                if !input.contains_key("subDomainSettings") {
                    return Err(CliError::usage(
                        "say which branch the domain serves: --sub-domain www=main (or =main for the apex)",
                    ));
                }
                domain::create(ctx, &a.domain.app(ctx)?, input, a.wait.then_some(a.timeout)).await
            }
            DomainCommand::Get(d) => domain::get(ctx, &d.app(ctx)?, &d.name()).await,
            DomainCommand::List(l) => domain::list(ctx, &l.app(ctx)?, &l.page.options()?).await,
            DomainCommand::Update(mut a) => {
                // --sub-domain changes those prefixes; the command merges them into the
                // domain's other sub-domains (the API replaces the whole list).
                let sub_domains = std::mem::take(&mut a.fields.sub_domains);
                let mut input = Map::new();
                a.fields.apply("UpdateDomainAssociation", &mut input)?;
                domain::update(ctx, &a.domain.app(ctx)?, &a.domain.name(), input, sub_domains).await
            }
            DomainCommand::Delete(d) => domain::delete(ctx, &d.app(ctx)?, &d.name()).await,
            DomainCommand::Wait { domain: d, timeout, resolvers } => {
                let id =
                    app_id_checked(ctx, &d.app(ctx)?, "GetDomainAssociation", &[("domainName", &d.name())]).await?;
                domain::wait_available(ctx, &id, &d.name(), timeout, &resolvers.nameservers).await
            }
            DomainCommand::Doctor { domain: d, resolvers } => {
                doctor::doctor(ctx, &d.app(ctx)?, &d.name(), &resolvers.nameservers).await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_nameserver;

    #[test]
    fn name_servers_are_addresses_with_port_53_unless_told() {
        let ok = |s: &str| parse_nameserver(s).unwrap().to_string();
        assert_eq!(ok("8.8.8.8"), "8.8.8.8:53");
        assert_eq!(ok(" 127.0.0.1:5353 "), "127.0.0.1:5353");
        assert_eq!(ok("::1"), "[::1]:53");
        assert_eq!(ok("[2001:db8::1]"), "[2001:db8::1]:53");
        assert_eq!(ok("[2001:db8::1]:5300"), "[2001:db8::1]:5300");
        for bad in ["dns.google", "8.8.8.8:", "8.8.8.8:70000", "[::1", "::", "192.0.2.1:0", ""] {
            assert!(parse_nameserver(bad).is_err(), "{bad:?} was taken");
        }
    }
}
