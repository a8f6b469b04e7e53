//! Checks of what is live against what should be: `verify` (the served site against the
//! deploy) and the DNS records a custom domain needs (`dns` says which records are needed and
//! judges what resolvers answer, as plain data; `lookup` asks the resolvers with
//! `hickory-resolver`). Plain modules: typed inputs in, a report out; nothing here prints.

pub mod dns;
pub mod lookup;
pub mod verify;

use futures_util::stream::{self, StreamExt};
use lookup::Source;
use serde_json::Value;

/// The DNS report on a domain association (GetDomainAssociation's `domainAssociation`): every
/// resolver is asked every question, all at once, then each record gets its verdict (see
/// [`dns::report`]).
pub async fn diagnose(assoc: &Value, sources: &[Source]) -> Value {
    let domain = dns::normalize(assoc["domainName"].as_str().unwrap_or_default());
    let questions = dns::questions(&dns::needed(assoc), &domain);
    let questions = &questions;
    let answers: Vec<(String, dns::Answers)> =
        stream::iter(sources.iter().map(|s| async move { (s.label(), lookup::ask(s, questions).await) }))
            .buffered(sources.len().max(1))
            .collect()
            .await;
    dns::report(assoc, &answers)
}
