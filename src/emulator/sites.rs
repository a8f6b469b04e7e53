//! Deployed sites: each branch's latest successful deployment, served over HTTP at
//! `http://127.0.0.1:{port}/_amphost/sites/{appId}/{branch}/…` (any client can reach it) and
//! at `http://{branch}.{appId}.localhost:{port}/` (browsers send `*.localhost` here). Under
//! the path prefix, a cookie remembers the site, so that a page's root-relative links
//! (`/assets/app.js`) reach the same site. The app's custom rules and headers and the basic
//! auth of the app or branch apply, as on Amplify.

use super::ops::artifacts::ContentKind;
use super::ops::jobs::timeline;
use super::ops::now_seconds;
use super::store::Store;
use crate::model::enums::JobStatus;
use crate::preview::headers::HeaderRules;
use crate::preview::rules::RuleSet;
use crate::preview::serve::{self, Incoming, SiteConfig};
use crate::preview::site::{MapSite, Site, ZipSite};
use axum::body::Body;
use axum::response::Response;
use serde_json::Value;
use std::sync::Arc;

/// The DNS label a branch is served under: lowercase, anything else than letters and digits
/// becoming `-` (as Amplify makes `feature/x` into `feature-x`).
pub fn branch_label(branch: &str) -> String {
    branch.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect()
}

/// `{branch}.{appId}.localhost[:port]` → (appId, branch label).
pub fn site_host(host: &str) -> Option<(String, String)> {
    let name = host.split(':').next()?.to_ascii_lowercase();
    let rest = name.strip_suffix(".localhost")?;
    let (label, app) = rest.rsplit_once('.')?;
    (app.starts_with('d') && !label.is_empty()).then(|| (app.to_string(), label.to_string()))
}

/// The cookie that remembers which site a browser is looking at.
const SITE_COOKIE: &str = "amphost-site";

/// A request that is for a deployed site rather than for the API.
pub struct Route {
    pub app_id: String,
    pub by: BranchBy,
    /// The path inside the site.
    pub path: String,
    /// A `Set-Cookie` to send back (visits under the path prefix).
    pub cookie: Option<String>,
    /// The path prefix the site was reached under (`/_amphost/sites/{appId}/{branch}`), which
    /// redirects within the site keep.
    pub prefix: Option<String>,
}

/// Whether a request is for a site: by host name, by the path prefix, or, for requests that are
/// not signed API calls, by the cookie a visit under the prefix left.
pub fn route(host: &str, path: &str, headers: &http::HeaderMap) -> Option<Route> {
    if let Some((app_id, label)) = site_host(host) {
        return Some(Route { app_id, by: BranchBy::Label(label), path: path.to_string(), cookie: None, prefix: None });
    }
    if let Some(rest) = path.strip_prefix("/_amphost/sites/") {
        let mut parts = rest.splitn(3, '/');
        let app_id = parts.next().unwrap_or_default().to_string();
        let raw_branch = parts.next().unwrap_or_default().to_string();
        let branch = percent_encoding::percent_decode_str(&raw_branch).decode_utf8_lossy().into_owned();
        let cookie =
            cookie_value(&app_id, &raw_branch).map(|site| format!("{SITE_COOKIE}={site}; Path=/; SameSite=Lax"));
        let prefix = Some(format!("/_amphost/sites/{app_id}/{raw_branch}"));
        return Some(Route {
            app_id,
            by: BranchBy::Name(branch),
            path: format!("/{}", parts.next().unwrap_or_default()),
            cookie,
            prefix,
        });
    }
    let signed = headers.get("authorization").and_then(|h| h.to_str().ok()).is_some_and(|a| !a.starts_with("Basic "));
    if signed || path.starts_with("/_amphost/") {
        return None;
    }
    let cookies = headers.get_all("cookie").iter().filter_map(|h| h.to_str().ok()).flat_map(|c| c.split(';'));
    let site = cookies.filter_map(|c| c.trim().strip_prefix(&format!("{SITE_COOKIE}="))).next()?;
    let (app_id, raw_branch) = site.split_once('/')?;
    let branch = percent_encoding::percent_decode_str(raw_branch).decode_utf8_lossy().into_owned();
    let by = BranchBy::Name(branch);
    Some(Route { app_id: app_id.to_string(), by, path: path.to_string(), cookie: None, prefix: None })
}

/// The request's cookies without the emulator's own: routing state of the emulator, which a
/// site (a proxy rule's upstream) never gets, as Amplify has no such cookie.
pub fn without_site_cookie(headers: &mut http::HeaderMap) {
    let kept: Vec<String> = headers
        .get_all("cookie")
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|c| c.split(';'))
        .map(str::trim)
        .filter(|c| !c.is_empty() && !c.starts_with(&format!("{SITE_COOKIE}=")))
        .map(str::to_string)
        .collect();
    headers.remove("cookie");
    if let Ok(value) = http::HeaderValue::from_str(&kept.join("; ")) {
        if !kept.is_empty() {
            headers.insert("cookie", value);
        }
    }
}

/// What a cookie may not hold as such (RFC 6265's cookie-octet excludes them): a `;` in the
/// path would add attributes of the visitor's choosing (`Domain=`, `Max-Age=`).
const NOT_IN_A_COOKIE: &percent_encoding::AsciiSet =
    &percent_encoding::CONTROLS.add(b' ').add(b'"').add(b',').add(b';').add(b'\\');

/// `{appId}/{branch}` for the site cookie: none for an app ID that is no ID, the branch's
/// characters a cookie cannot hold percent-encoded (it is decoded when read back).
fn cookie_value(app_id: &str, raw_branch: &str) -> Option<String> {
    if app_id.is_empty() || !app_id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(format!("{app_id}/{}", percent_encoding::utf8_percent_encode(raw_branch, NOT_IN_A_COOKIE)))
}

/// Which branch a request names: by its name (paths) or its DNS label (host names).
pub enum BranchBy {
    Name(String),
    Label(String),
}

/// A live deployment: the app, the branch, and the files of its newest successful job.
struct Live {
    app: Value,
    branch: Value,
    site: Arc<dyn Site>,
}

/// The branch's newest SUCCEED job that has content.
fn live(store: &Store, app_id: &str, by: &BranchBy) -> Result<Option<Live>, String> {
    let now = now_seconds();
    let found = store
        .read(|tx| {
            let app = tx.all_of_kind("app")?.into_iter().find(|a| a["appId"] == app_id);
            let Some(app) = app else { return Ok(None) };
            let prefix = format!("{}/branches/", app["appArn"].as_str().unwrap_or_default());
            let branch = tx.all_of_kind("branch")?.into_iter().find(|b| {
                let arn_ok = b["branchArn"].as_str().is_some_and(|arn| arn.starts_with(&prefix));
                let name = b["branchName"].as_str().unwrap_or_default();
                arn_ok
                    && match by {
                        BranchBy::Name(n) => name == n,
                        BranchBy::Label(l) => branch_label(name) == *l,
                    }
            });
            let Some(branch) = branch else { return Ok(None) };
            let arn = branch["branchArn"].as_str().unwrap_or_default().to_string();
            for row in tx.list_desc("job", &arn, 0, 1000)? {
                let job = row.doc;
                if timeline(&job, now).status == JobStatus::Succeed
                    && ContentKind::of(&job["content"]) != Some(ContentKind::Url)
                    && !job["content"].is_null()
                {
                    return Ok(Some((app, branch, job["content"].clone())));
                }
            }
            Ok(None)
        })
        .map_err(|e| e.message)?;
    let Some((app, branch, content)) = found else { return Ok(None) };
    let site: Arc<dyn Site> = match ContentKind::of(&content) {
        Some(ContentKind::Zip) => {
            Arc::new(ZipSite::open_archive(&store.blob_dir().join(content["blob"].as_str().unwrap_or_default()))?)
        }
        _ => Arc::new(MapSite {
            files: content["files"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(name, token)| (name.clone(), store.blob_dir().join(token.as_str().unwrap_or_default())))
                .collect(),
        }),
    };
    Ok(Some(Live { app, branch, site }))
}

/// The app's rules and headers; the branch's basic auth, else the app's.
fn config(app: &Value, branch: &Value) -> SiteConfig {
    // Rules the API took are served with those that make sense: one broken rule does not
    // take the others down.
    let (rules, _) = RuleSet::parse_lenient(app.get("customRules").unwrap_or(&Value::Array(vec![])));
    let headers = HeaderRules::parse(app["customHeaders"].as_str().unwrap_or_default()).unwrap_or_default();
    let auth = |v: &Value| {
        (v["enableBasicAuth"] == true).then(|| v["basicAuthCredentials"].as_str().unwrap_or_default().to_string())
    };
    SiteConfig { rules, headers, basic_auth: auth(branch).or_else(|| auth(app)), country: None }
}

fn plain(status: u16, text: &str) -> Response {
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Body::from(format!("{text}\n")))
        .expect("valid")
}

/// Serves a request for a deployed site.
pub async fn serve(
    store: Arc<Store>,
    http: reqwest::Client,
    app_id: String,
    by: BranchBy,
    inc: Incoming<'_>,
) -> Response {
    let found = tokio::task::spawn_blocking(move || live(&store, &app_id, &by)).await;
    match found {
        Ok(Ok(Some(live))) => serve::respond(live.site, &config(&live.app, &live.branch), &http, inc).await.response,
        Ok(Ok(None)) => plain(404, "No successful deployment on this branch yet."),
        Ok(Err(e)) => plain(500, &format!("The deployment could not be read: {e}")),
        Err(e) => plain(500, &e.to_string()),
    }
}

/// A redirect within a site reached under the path prefix stays under it: `Location: /new`
/// becomes `/_amphost/sites/{appId}/{branch}/new`, so that a client without the cookie (curl
/// -L, a script) follows it to the same site. Other hosts' and scheme-relative (`//host`)
/// locations are left alone.
pub fn keep_prefix(response: &mut Response, prefix: &str) {
    // A proxied upstream's Location is relative to the upstream, not to this site.
    if response.extensions().get::<crate::preview::serve::Proxied>().is_some() {
        return;
    }
    let Some(location) = response.headers().get("location").and_then(|l| l.to_str().ok()) else { return };
    if !location.starts_with('/') || location.starts_with("//") {
        return;
    }
    if let Ok(prefixed) = http::HeaderValue::from_str(&format!("{prefix}{location}")) {
        response.headers_mut().insert("location", prefixed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visited_path_cannot_add_cookie_attributes() {
        let headers = http::HeaderMap::new();
        let visited = route("127.0.0.1", "/_amphost/sites/d1/main;Secure;Domain=x/", &headers).unwrap();
        let cookie = visited.cookie.unwrap();
        assert_eq!(cookie, "amphost-site=d1/main%3BSecure%3BDomain=x; Path=/; SameSite=Lax");
    }

    #[test]
    fn the_site_cookie_stays_with_the_emulator() {
        let mut headers = http::HeaderMap::new();
        headers.append("cookie", "a=1; amphost-site=d1/main".parse().unwrap());
        headers.append("cookie", "b=2".parse().unwrap());
        without_site_cookie(&mut headers);
        assert_eq!(headers.get_all("cookie").iter().collect::<Vec<_>>(), ["a=1; b=2"]);
        let mut only = http::HeaderMap::new();
        only.insert("cookie", "amphost-site=d1/main".parse().unwrap());
        without_site_cookie(&mut only);
        assert!(only.get("cookie").is_none());
        assert!(route("127.0.0.1", "/_amphost/sites/x;Path=/y/main/", &headers).unwrap().cookie.is_none());
    }

    #[test]
    fn site_hosts_name_the_branch_and_app() {
        assert_eq!(site_host("main.d1234567890abc.localhost:4750"), Some(("d1234567890abc".into(), "main".into())));
        assert_eq!(site_host("feature-x.dabc.localhost"), Some(("dabc".into(), "feature-x".into())));
        assert_eq!(site_host("127.0.0.1:4750"), None);
        assert_eq!(branch_label("Feature/Login_2"), "feature-login-2");
    }
}
