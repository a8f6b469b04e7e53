//! Who is deploying: the caller's identity as STS tells it (an IAM ARN and its account), for
//! the manifests of bucket deploys and the account condition of the bucket policy.

use std::time::Duration;

/// The caller's ARN and account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub arn: String,
    pub account: String,
}

/// Asks STS (GetCallerIdentity, which needs no permission) within a few seconds; `None` when
/// it cannot answer. The same region, profile and credential chain as S3; the endpoint of
/// `AWS_ENDPOINT_URL_STS` when set.
pub async fn caller(settings: &super::S3Settings) -> Option<Identity> {
    let sdk = super::sdk_config(settings).await;
    let sts = aws_sdk_sts::Client::new(&sdk);
    let asked = tokio::time::timeout(Duration::from_secs(5), sts.get_caller_identity().send()).await;
    let out = asked.ok()?.ok()?;
    Some(Identity { arn: out.arn()?.to_string(), account: out.account().unwrap_or_default().to_string() })
}

/// Whether STS is worth asking: not when S3 is an emulator or another S3-compatible server
/// (`AWS_ENDPOINT_URL_S3`) and no STS endpoint is given, since such servers rarely have one
/// and AWS's would not know their credentials.
pub fn worth_asking() -> bool {
    let set = |v: &str| std::env::var(v).is_ok_and(|x| !x.trim().is_empty());
    !set("AWS_ENDPOINT_URL_S3") || set("AWS_ENDPOINT_URL_STS")
}

/// The local user, when STS is not asked or cannot answer.
pub fn local_user() -> String {
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "unknown".into());
    format!("{user} (local user)")
}
