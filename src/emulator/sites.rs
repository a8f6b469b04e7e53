//! Deployed sites: each branch's latest successful deployment, served over HTTP at
//! `http://{branch}.{appId}.localhost:{port}/` (browsers send `*.localhost` to this machine)
//! and at `/_amphost/sites/{appId}/{branch}/…` for clients that cannot set a Host.

use super::error::ServiceError;
use super::ops::jobs::timeline;
use super::ops::now_seconds;
use super::store::Store;
use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use serde_json::Value;
use std::io::Read;
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

/// What a deployment holds: a zip blob, or a map of site paths to blobs.
enum Content {
    Zip(std::path::PathBuf),
    Files(serde_json::Map<String, Value>),
}

/// The content of the branch's newest SUCCEED job that has any.
fn live_content(
    store: &Store,
    app_id: &str,
    branch_matches: &dyn Fn(&str) -> bool,
) -> Result<Option<Content>, ServiceError> {
    let now = now_seconds();
    store.read(|tx| {
        let branch = tx.all_of_kind("branch")?.into_iter().find(|b| {
            b["branchArn"].as_str().is_some_and(|arn| arn.contains(&format!(":apps/{app_id}/branches/")))
                && b["branchName"].as_str().is_some_and(branch_matches)
        });
        let Some(branch) = branch else { return Ok(None) };
        let arn = branch["branchArn"].as_str().unwrap_or_default();
        for row in tx.list_desc("job", arn, 0, 1000)? {
            let job = row.doc;
            if timeline(&job, now).status != "SUCCEED" {
                continue;
            }
            match job["content"]["kind"].as_str() {
                Some("zip") => {
                    return Ok(Some(Content::Zip(
                        store.blob_dir().join(job["content"]["blob"].as_str().unwrap_or_default()),
                    )))
                }
                Some("files") => {
                    return Ok(Some(Content::Files(job["content"]["files"].as_object().cloned().unwrap_or_default())))
                }
                _ => continue,
            }
        }
        Ok(None)
    })
}

fn not_found(msg: &str) -> Response {
    Response::builder()
        .status(404)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Body::from(format!("{msg}\n")))
        .expect("valid")
}

/// Serves `path` of the live deployment of an app's branch (matched by name or label).
pub async fn serve(store: Arc<Store>, app_id: String, branch: String, by_label: bool, path: String) -> Response {
    let found = {
        let store = Arc::clone(&store);
        tokio::task::spawn_blocking(move || {
            let matches = |name: &str| if by_label { branch_label(name) == branch } else { name == branch };
            live_content(&store, &app_id, &matches)
        })
        .await
    };
    let content = match found {
        Ok(Ok(Some(c))) => c,
        Ok(Ok(None)) => return not_found("No successful deployment on this branch yet."),
        _ => return not_found("The deployment could not be read."),
    };
    let wanted = percent_encoding::percent_decode_str(path.trim_start_matches('/')).decode_utf8_lossy().into_owned();
    let candidates = if wanted.is_empty() || wanted.ends_with('/') {
        vec![format!("{wanted}index.html")]
    } else {
        vec![wanted.clone(), format!("{wanted}/index.html"), format!("{wanted}.html")]
    };
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let (meta_tx, meta_rx) = tokio::sync::oneshot::channel::<Option<(String, u64)>>();
    let blob_dir = store.blob_dir();
    tokio::task::spawn_blocking(move || match &content {
        Content::Zip(path) => {
            let Ok(file) = std::fs::File::open(path) else { return meta_tx.send(None) };
            let Ok(mut zip) = zip::ZipArchive::new(file) else { return meta_tx.send(None) };
            let Some(index) = candidates.iter().find_map(|c| zip.index_for_name(c)) else { return meta_tx.send(None) };
            let Ok(mut entry) = zip.by_index(index) else { return meta_tx.send(None) };
            let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
            let _ = meta_tx.send(Some((name, entry.size())));
            pump(&mut entry, &tx);
            Ok(())
        }
        Content::Files(files) => {
            let Some(name) = candidates.iter().find(|c| files.contains_key(*c)).cloned() else {
                return meta_tx.send(None);
            };
            let token = files[&name].as_str().unwrap_or_default().to_string();
            let Ok(mut file) = std::fs::File::open(blob_dir.join(token)) else { return meta_tx.send(None) };
            let size = file.metadata().map(|m| m.len()).unwrap_or(0);
            let _ = meta_tx.send(Some((name, size)));
            pump(&mut file, &tx);
            Ok(())
        }
    });
    match meta_rx.await {
        Ok(Some((name, size))) => {
            let mime = mime_guess::from_path(&name).first_or_octet_stream();
            let stream = tokio_stream_from(rx);
            Response::builder()
                .status(200)
                .header("content-type", mime.essence_str())
                .header("content-length", size)
                .body(Body::from_stream(stream))
                .expect("valid")
        }
        _ => not_found(&format!("Not found: /{wanted}")),
    }
}

/// Sends a reader's bytes down the channel in chunks, so memory stays flat.
fn pump(reader: &mut dyn Read, tx: &tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>) {
    let mut chunk = vec![0u8; 256 * 1024];
    loop {
        match reader.read(&mut chunk) {
            Ok(0) => return,
            Ok(n) => {
                if tx.blocking_send(Ok(Bytes::copy_from_slice(&chunk[..n]))).is_err() {
                    return;
                }
            }
            Err(e) => {
                let _ = tx.blocking_send(Err(e));
                return;
            }
        }
    }
}

fn tokio_stream_from(
    mut rx: tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_hosts_name_the_branch_and_app() {
        assert_eq!(site_host("main.d1234567890abc.localhost:4750"), Some(("d1234567890abc".into(), "main".into())));
        assert_eq!(site_host("feature-x.dabc.localhost"), Some(("dabc".into(), "feature-x".into())));
        assert_eq!(site_host("127.0.0.1:4750"), None);
        assert_eq!(branch_label("Feature/Login_2"), "feature-login-2");
    }
}
