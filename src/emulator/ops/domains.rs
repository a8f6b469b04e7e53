//! Domain associations: CREATING → PENDING_VERIFICATION → PENDING_DEPLOYMENT → AVAILABLE, one
//! job-step duration each, with the DNS records the service hands out.

use super::{list_output, s, RequestCtx};
use crate::emulator::error::ServiceError;
use crate::model::enums::{DomainStatus, UpdateStatus};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Custom domains an app may have.
const MAX_DOMAINS_PER_APP: usize = 5;

pub fn domain_arn(app_arn: &str, domain: &str) -> String {
    format!("{app_arn}/domains/{domain}")
}

fn hash(parts: &[&str], len: usize) -> String {
    let h = hex::encode(Sha256::digest(parts.join("/").as_bytes()));
    h[..len].to_string()
}

/// The status a domain has reached at `now`, from when it was created or last updated.
fn status_at(ctx: &RequestCtx, doc: &Value) -> (DomainStatus, Option<UpdateStatus>, String) {
    let d = ctx.config.job_step_duration.as_secs_f64();
    let age = ctx.now - doc["createTime"].as_f64().unwrap_or(ctx.now);
    if let Some(reason) = doc["failReason"].as_str() {
        if age >= 2.0 * d {
            return (DomainStatus::Failed, None, reason.to_string());
        }
    }
    let status = match age {
        a if a < d => DomainStatus::Creating,
        a if a < 2.0 * d => DomainStatus::PendingVerification,
        a if a < 3.0 * d => DomainStatus::PendingDeployment,
        _ => DomainStatus::Available,
    };
    let update = doc["updatedAt"].as_f64().map(|t| {
        if ctx.now - t < d {
            UpdateStatus::PendingDeployment
        } else {
            UpdateStatus::UpdateComplete
        }
    });
    (status, update, String::new())
}

/// The DomainAssociation the API returns, with its DNS records.
fn output(ctx: &RequestCtx, doc: &Value) -> Value {
    let domain = doc["domainName"].as_str().unwrap_or_default();
    let app = doc["appId"].as_str().unwrap_or_default();
    let (status, update, reason) = status_at(ctx, doc);
    let verification = format!(
        "_{}.{domain}. CNAME _{}.jkddzztszm.acm-validations.aws.",
        hash(&[app, domain, "a"], 32),
        hash(&[app, domain, "b"], 32)
    );
    let cloudfront = format!("{}.cloudfront.net", hash(&[app, domain, "cf"], 13));
    let sub_domains: Vec<Value> = doc["subDomainSettings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|sd| {
            json!({
                "subDomainSetting": sd,
                "verified": status == DomainStatus::Available,
                "dnsRecord": format!("{} CNAME {cloudfront}", sd["prefix"].as_str().unwrap_or_default()),
            })
        })
        .collect();
    let cert_type = doc["certificateSettings"]["type"].as_str().unwrap_or("AMPLIFY_MANAGED");
    let mut certificate = json!({"type": cert_type, "certificateVerificationDNSRecord": verification});
    if let Some(arn) = doc["certificateSettings"]["customCertificateArn"].as_str() {
        certificate["customCertificateArn"] = json!(arn);
    }
    let mut out = json!({
        "domainAssociationArn": doc["domainAssociationArn"],
        "domainName": domain,
        "enableAutoSubDomain": doc["enableAutoSubDomain"].as_bool().unwrap_or(false),
        "domainStatus": status.as_str(),
        "statusReason": reason,
        "certificateVerificationDNSRecord": verification,
        "subDomains": sub_domains,
        "certificate": certificate,
    });
    for k in ["autoSubDomainCreationPatterns", "autoSubDomainIAMRole"] {
        if doc.get(k).is_some_and(|v| !v.is_null()) {
            out[k] = doc[k].clone();
        }
    }
    if let Some(u) = update {
        out["updateStatus"] = json!(u.as_str());
    }
    out
}

/// A CUSTOM certificate names its ACM certificate: the reference says `customCertificateArn`
/// "is required … when the certificate type is CUSTOM".
fn check_certificate(input: &Value) -> Result<(), ServiceError> {
    let settings = &input["certificateSettings"];
    let arn = settings["customCertificateArn"].as_str().filter(|a| !a.is_empty());
    if settings["type"] == "CUSTOM" && arn.is_none() {
        return Err(ServiceError::bad_request(
            "customCertificateArn is required in certificateSettings when the certificate type is CUSTOM.",
        ));
    }
    Ok(())
}

fn check_branches(ctx: &RequestCtx, app_arn: &str, input: &Value) -> Result<(), ServiceError> {
    for sd in input["subDomainSettings"].as_array().into_iter().flatten() {
        let branch = sd["branchName"].as_str().unwrap_or_default();
        if ctx.tx.get(&super::branches::branch_arn(app_arn, branch))?.is_none() {
            return Err(ServiceError::bad_request(format!("Branch {branch} in subDomainSettings does not exist.")));
        }
    }
    Ok(())
}

/// A domain name as it is stored: no trailing dot, lowercase (DNS names have no case), so
/// that `Example.net.` finds what `example.net` made.
pub fn normal_domain(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

fn find(ctx: &RequestCtx, input: &Value) -> Result<(String, Value), ServiceError> {
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    let domain = s(input, "domainName");
    let arn = domain_arn(&app_arn, &normal_domain(domain));
    let doc = ctx.tx.get(&arn)?.ok_or_else(|| ServiceError::not_found(format!("Domain {domain} not found.")))?;
    Ok((arn, doc))
}

const KEPT: &[&str] = &[
    "enableAutoSubDomain",
    "subDomainSettings",
    "autoSubDomainCreationPatterns",
    "autoSubDomainIAMRole",
    "certificateSettings",
];

pub fn create(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let app_id = s(input, "appId");
    let (app_arn, _) = ctx.app(app_id)?;
    let domain = normal_domain(s(input, "domainName"));
    check_branches(ctx, &app_arn, input)?;
    check_certificate(input)?;
    ctx.check_quota("domain", &app_arn, MAX_DOMAINS_PER_APP, &format!("domains of app {app_id}"))?;
    let arn = domain_arn(&app_arn, &domain);
    let mut doc = json!({"domainAssociationArn": arn, "domainName": domain, "appId": app_id, "createTime": ctx.now});
    if let Value::Object(d) = &mut doc {
        super::copy_members(d, input, KEPT);
    }
    if let Some(reason) = ctx.faults.take_domain_failure() {
        doc["failReason"] = json!(reason);
    }
    if !ctx.tx.insert("domain", &app_arn, &arn, &doc)? {
        return Err(ServiceError::bad_request(format!("Domain {domain} is already associated with app {app_id}.")));
    }
    Ok(json!({"domainAssociation": output(ctx, &doc)}))
}

pub fn get(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (_, doc) = find(ctx, input)?;
    Ok(json!({"domainAssociation": output(ctx, &doc)}))
}

pub fn list(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    let (rows, next) = ctx.page("domain", &app_arn, input)?;
    Ok(list_output("domainAssociations", rows.iter().map(|r| output(ctx, &r.doc)).collect(), next))
}

pub fn update(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, mut doc) = find(ctx, input)?;
    let (app_arn, _) = ctx.app(s(input, "appId"))?;
    check_branches(ctx, &app_arn, input)?;
    check_certificate(input)?;
    if let Value::Object(d) = &mut doc {
        super::copy_members(d, input, KEPT);
        d.insert("updatedAt".into(), json!(ctx.now));
    }
    ctx.tx.update(&arn, &doc)?;
    Ok(json!({"domainAssociation": output(ctx, &doc)}))
}

pub fn delete(ctx: &RequestCtx, input: &Value) -> Result<Value, ServiceError> {
    let (arn, doc) = find(ctx, input)?;
    let out = output(ctx, &doc);
    ctx.tx.delete_tree(&arn)?;
    Ok(json!({"domainAssociation": out}))
}
