//! Asking resolvers the doctor's questions with `hickory-resolver` (0.25): the system's
//! (`/etc/resolv.conf`), or name servers given by address, each asked on its own (over UDP, and
//! TCP when UDP fails or is truncated) so that their answers can be compared. Timeouts are
//! short: a DNS check should not hang a command.

use super::dns::{normalize, Answer, Answers, Question, Rec, Rr};
use futures_util::stream::{self, StreamExt};
use hickory_resolver::config::{NameServerConfig, ResolverConfig};
use hickory_resolver::name_server::TokioConnectionProvider;
use hickory_resolver::proto::rr::RecordType;
use hickory_resolver::proto::xfer::Protocol;
use hickory_resolver::{Resolver, TokioResolver};
use std::net::SocketAddr;
use std::time::Duration;

/// How long one query waits for an answer, and how many times it is tried.
const TIMEOUT: Duration = Duration::from_secs(2);
const ATTEMPTS: usize = 2;
/// Questions in flight at once, per resolver.
const IN_FLIGHT: usize = 8;

/// Where the questions go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The system's resolver configuration (`/etc/resolv.conf`).
    System,
    /// One name server, by address.
    Server(SocketAddr),
}

impl Source {
    /// How reports name it.
    pub fn label(&self) -> String {
        match self {
            Source::System => "system resolver".to_string(),
            Source::Server(addr) => addr.to_string(),
        }
    }
}

/// The resolvers to ask: the name servers given, else the system's.
pub fn sources(nameservers: &[SocketAddr]) -> Vec<Source> {
    if nameservers.is_empty() {
        vec![Source::System]
    } else {
        nameservers.iter().map(|a| Source::Server(*a)).collect()
    }
}

/// A resolver for `source`, with the doctor's timeouts. Each has its own (empty) cache.
fn resolver(source: &Source) -> Result<TokioResolver, String> {
    let mut builder = match source {
        Source::System => TokioResolver::builder_tokio()
            .map_err(|e| format!("cannot read the system's resolver configuration: {e}"))?,
        Source::Server(addr) => {
            let mut config = ResolverConfig::new();
            config.add_name_server(NameServerConfig::new(*addr, Protocol::Udp));
            config.add_name_server(NameServerConfig::new(*addr, Protocol::Tcp));
            Resolver::builder_with_config(config, TokioConnectionProvider::default())
        }
    };
    let options = builder.options_mut();
    options.timeout = TIMEOUT;
    options.attempts = ATTEMPTS;
    // UDP first; TCP when an answer is truncated or UDP fails (a firewall dropping UDP/53).
    options.try_tcp_on_error = true;
    Ok(builder.build())
}

/// Every question put to `source`, a few at a time; a resolver that cannot be set up fails
/// them all with the reason.
pub async fn ask(source: &Source, questions: &[Question]) -> Answers {
    let resolver = match resolver(source) {
        Ok(r) => r,
        Err(why) => return questions.iter().map(|q| (q.clone(), Answer::Failed(why.clone()))).collect(),
    };
    let resolver = &resolver;
    stream::iter(questions.iter().map(|q| async move { (q.clone(), lookup(resolver, q).await) }))
        .buffer_unordered(IN_FLIGHT)
        .collect()
        .await
}

fn record_type(rr: Rr) -> RecordType {
    match rr {
        Rr::Cname => RecordType::CNAME,
        Rr::A => RecordType::A,
        Rr::Aaaa => RecordType::AAAA,
        Rr::Caa => RecordType::CAA,
    }
}

/// One question: the records answered (in presentation form), nothing (NXDOMAIN or no record
/// of the type), or why there is no answer.
async fn lookup(resolver: &TokioResolver, q: &Question) -> Answer {
    // Fully qualified: no search domain of resolv.conf is tried.
    let name = format!("{}.", q.name);
    match resolver.lookup(name.as_str(), record_type(q.rr)).await {
        Ok(found) => Answer::Records(
            found
                .record_iter()
                .map(|r| Rec {
                    owner: normalize(&r.name().to_string()),
                    kind: r.record_type().to_string(),
                    data: r.data().to_string(),
                })
                .collect(),
        ),
        Err(e) if answered_nothing(&e) => Answer::Nothing,
        Err(e) => Answer::Failed(e.to_string()),
    }
}

/// Whether the server said there is no such record (NOERROR with no answer, or NXDOMAIN).
/// A SERVFAIL or REFUSED also comes back as "no records found", yet says nothing of the
/// zone: that is a failed lookup (a CA will not issue on a CAA lookup that failed either).
fn answered_nothing(e: &hickory_resolver::ResolveError) -> bool {
    use hickory_resolver::proto::op::ResponseCode;
    use hickory_resolver::proto::ProtoErrorKind;
    match e.proto().map(|p| p.kind()) {
        Some(ProtoErrorKind::NoRecordsFound { response_code, .. }) => {
            matches!(response_code, ResponseCode::NoError | ResponseCode::NXDomain)
        }
        _ => false,
    }
}
