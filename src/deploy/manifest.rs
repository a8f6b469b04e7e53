//! A bucket deployment's manifest (`PREFIX/_amphost/deploys/<deploy-id>.json`): what was
//! deployed (every file's path, size and MD5), why (the message, the git commit), by whom and
//! when, and the job that made it live. The next deploy diffs against it to copy what did not
//! change; `deploy list` joins it with the branch's jobs.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A file as deployed. Two records are the same file when their content is (size and MD5),
/// wherever it is stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileRecord {
    pub size: u64,
    /// Hex MD5 of the content.
    pub md5: String,
    /// The ETag S3 gave the object amphost wrote, without quotes: the object is still as
    /// written while it has it (absent in a zip deployment's manifest, and in manifests
    /// written before amphost kept ETags, which are checked by time instead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

impl FileRecord {
    pub fn new(size: u64, md5: String) -> FileRecord {
        FileRecord { size, md5, etag: None }
    }
}

impl PartialEq for FileRecord {
    fn eq(&self, other: &FileRecord) -> bool {
        self.size == other.size && self.md5 == other.md5
    }
}

impl Eq for FileRecord {}

/// An ETag as compared: S3 sends it quoted.
pub fn bare_etag(etag: &str) -> &str {
    etag.trim_matches('"')
}

/// The git state of the deployed folder, when it is in a repository.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GitState {
    pub commit: String,
    /// Whether the working tree had uncommitted changes.
    pub dirty: bool,
}

/// A deployment's record. `Files` is the file list, or `IgnoredAny` when read without it
/// (see [`parse_head`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest<Files = BTreeMap<String, FileRecord>> {
    /// The manifest format; 1.
    pub version: u32,
    pub deploy_id: String,
    pub app_id: String,
    pub branch: String,
    /// What StartDeployment was given: `s3://BUCKET/PREFIX/<deploy-id>/` (BUCKET_PREFIX) or
    /// `s3://BUCKET/PREFIX/<deploy-id>.zip` (ZIP).
    pub source_url: String,
    pub source_url_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git: Option<GitState>,
    /// The caller's identity (an IAM ARN), else the local user name.
    pub who: String,
    /// RFC 3339, UTC.
    pub created: String,
    /// Set once StartDeployment answered; absent when the deployment never started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    pub files_uploaded: usize,
    pub files_copied: usize,
    pub bytes_uploaded: u64,
    /// A zip deployment's object's ETag as uploaded: the next deployment composed from it
    /// copies its bytes only while the object still has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip_etag: Option<String>,
    /// What changed against the branch's previous deployment, counted when it was made: a
    /// history shows it even once `--keep` has deleted that deployment's manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    pub files: Files,
}

/// A manifest without its file list, which is most of it (a 10,000-file site's list is about
/// 1 MB of JSON and 3 MB in memory): listing and pruning deployments need the rest only.
pub fn parse_head(bytes: &[u8]) -> serde_json::Result<Manifest> {
    let m: Manifest<serde::de::IgnoredAny> = serde_json::from_slice(bytes)?;
    Ok(Manifest {
        version: m.version,
        deploy_id: m.deploy_id,
        app_id: m.app_id,
        branch: m.branch,
        source_url: m.source_url,
        source_url_type: m.source_url_type,
        message: m.message,
        git: m.git,
        who: m.who,
        created: m.created,
        job_id: m.job_id,
        files_uploaded: m.files_uploaded,
        files_copied: m.files_copied,
        bytes_uploaded: m.bytes_uploaded,
        zip_etag: m.zip_etag,
        changes: m.changes,
        files: BTreeMap::new(),
    })
}

/// The manifest as written to the bucket: pretty JSON, the file list last, so that its head
/// can be read without it (see [`head_part`]).
pub fn to_bytes(m: &Manifest) -> Vec<u8> {
    serde_json::to_vec_pretty(m).unwrap_or_default()
}

/// How the file list starts in a manifest [`to_bytes`] wrote: a member of the top object (its
/// members are indented two spaces; a string holds no raw newline).
const FILES_MEMBER: &[u8] = b"\n  \"files\": ";

/// The first bytes of a manifest [`to_bytes`] wrote, cut before the file list and closed with
/// an empty one (`…, "files": {} }`), for [`parse_head`]. None when they do not reach the file
/// list (a long message; a manifest written by another tool): it is then read whole.
pub fn head_part(start: &[u8]) -> Option<Vec<u8>> {
    let at = start.windows(FILES_MEMBER.len()).position(|w| w == FILES_MEMBER)?;
    let mut head = start[..at].to_vec();
    head.extend_from_slice(b"\n  \"files\": {}\n}");
    Some(head)
}

/// The time part of a deployment ID (`20261127T090501Z`).
const ID_TIME: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");

/// The longest key S3 takes, in bytes.
pub const MAX_KEY_BYTES: usize = 1024;

/// How long a deploy ID is (`20261127T220000Z-0a1b2c`).
pub const DEPLOY_ID_LEN: usize = 23;

/// A new deployment's ID: the UTC time to the second, then its milliseconds and random hex
/// (`20261127T220000Z-123abc`), so that IDs sort in the order deployments were made, and two
/// deploys in the same millisecond do not collide.
pub fn new_deploy_id(now: time::OffsetDateTime) -> String {
    let now = now.to_offset(time::UtcOffset::UTC);
    let stamp = now.format(ID_TIME).unwrap_or_default();
    // The milliseconds first (three decimal digits, which are hex digits too), then random
    // hex: two deploys in one second still sort in the order they were made.
    format!("{stamp}-{:03}{:03x}", now.millisecond(), rand::random::<u16>() & 0xfff)
}

/// Whether `id` has the shape [`new_deploy_id`] gives (a manifest key's stem is checked with
/// it before its prefix is ever deleted).
pub fn is_deploy_id(id: &str) -> bool {
    let b = id.as_bytes();
    b.len() == DEPLOY_ID_LEN
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'T'
        && b[9..15].iter().all(u8::is_ascii_digit)
        && b[15] == b'Z'
        && b[16] == b'-'
        && b[17..].iter().all(|c| c.is_ascii_hexdigit())
}

/// What makes `prefix` no place for deployments, None when it is one: it must not lie inside
/// a deployment's folder or amphost's own (a deploy there would change a deployment that a
/// rollback relies on), nor hold an empty segment (`a//b`: S3 keeps it, and it is a typo).
pub fn prefix_problem(prefix: &str) -> Option<String> {
    let longest_record = manifest_key(prefix, &"0".repeat(DEPLOY_ID_LEN)).len();
    if longest_record > MAX_KEY_BYTES {
        let room = prefix.len() - (longest_record - MAX_KEY_BYTES);
        return Some(format!(
            "it is {} bytes long: S3 keys hold at most {MAX_KEY_BYTES} bytes, and its deployments' records \
             would not fit under it (at most {room} bytes)",
            prefix.len()
        ));
    }
    let segments: Vec<&str> = prefix.strip_suffix('/').unwrap_or(prefix).split('/').collect();
    if !prefix.is_empty() && segments.iter().any(|s| s.is_empty()) {
        return Some("it has an empty segment (`//`, or a leading `/`)".to_string());
    }
    let inside = segments.iter().position(|s| is_deploy_id(s) || *s == "_amphost")?;
    let parent = match segments[..inside].join("/") {
        p if p.is_empty() => "the bucket's root".to_string(),
        p => format!("`{p}`"),
    };
    Some(format!(
        "it is inside {} (`{}`): deploy to the prefix that holds it, {parent}",
        if segments[inside] == "_amphost" { "amphost's own records" } else { "a deployment's folder" },
        segments[inside]
    ))
}

/// When a deployment was made, from its ID.
pub fn deploy_id_time(id: &str) -> Option<time::OffsetDateTime> {
    let stamp = id.get(..16)?;
    time::PrimitiveDateTime::parse(stamp, ID_TIME).ok().map(time::PrimitiveDateTime::assume_utc)
}

/// The deployment a key under the bucket prefix belongs to: its folder `PREFIX/<id>/…` or its
/// zip `PREFIX/<id>.zip`; None for any other key (another tool's, beside ours).
pub fn deployment_of<'a>(prefix: &str, key: &'a str) -> Option<&'a str> {
    let below = key.strip_prefix(&with_slash(prefix))?;
    let id = match below.split_once('/') {
        Some((first, _)) => first,
        None => below.strip_suffix(".zip")?,
    };
    is_deploy_id(id).then_some(id)
}

/// Where manifests live under the bucket prefix.
pub fn manifests_prefix(prefix: &str) -> String {
    format!("{}_amphost/deploys/", with_slash(prefix))
}

pub fn manifest_key(prefix: &str, deploy_id: &str) -> String {
    format!("{}{deploy_id}.json", manifests_prefix(prefix))
}

/// The folder of a deployment's files.
pub fn files_prefix(prefix: &str, deploy_id: &str) -> String {
    format!("{}{deploy_id}/", with_slash(prefix))
}

pub fn zip_key(prefix: &str, deploy_id: &str) -> String {
    format!("{}{deploy_id}.zip", with_slash(prefix))
}

/// The source URL of deployment `id` under `s3://bucket/prefix`: its folder (BUCKET_PREFIX),
/// or its zip (`zip`).
pub fn source_url(bucket: &str, prefix: &str, id: &str, zip: bool) -> String {
    match zip {
        true => format!("s3://{bucket}/{}", zip_key(prefix, id)),
        false => format!("s3://{bucket}/{}", files_prefix(prefix, id)),
    }
}

/// Why a manifest read from `manifest_key(prefix, id)` cannot be taken as deployment `id`'s:
/// it names another deployment, or a source that is not `id`'s. What `--keep` deletes and
/// protects, rollback checks and a deploy copies from follow a manifest: one edited by hand
/// or another tool must not lead them to another deployment's files.
pub fn misfiled(m: &Manifest<impl Sized>, bucket: &str, prefix: &str, id: &str) -> Option<String> {
    if m.deploy_id != id {
        return Some(format!("it names deployment {:?}, not {id}", m.deploy_id));
    }
    let own = [source_url(bucket, prefix, id, false), source_url(bucket, prefix, id, true)];
    let is_own = own.iter().any(|url| same_source(url, &m.source_url));
    (!is_own).then(|| format!("its sourceUrl {:?} is not deployment {id}'s", m.source_url))
}

/// Two source URLs name the same deployment, whatever their trailing slash.
pub fn same_source(a: &str, b: &str) -> bool {
    a.trim_end_matches('/') == b.trim_end_matches('/')
}

/// A prefix ending in `/`, or the empty prefix (the bucket's root).
pub fn with_slash(prefix: &str) -> String {
    let p = prefix.trim_matches('/');
    if p.is_empty() {
        String::new()
    } else {
        format!("{p}/")
    }
}

/// How one file reaches the new deployment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Uploaded from the client.
    Upload,
    /// Copied inside the bucket from an earlier deployment's object: its key, and its ETag
    /// when the manifest has it (the copy is then of that very object, or none).
    Copy { from: String, etag: Option<String> },
}

/// For each file (site path, size, MD5), whether it is uploaded or copied: a file whose
/// content (size and MD5) the previous deployment already holds, at this path or another, is
/// copied from there; anything else is uploaded.
pub fn plan(files: &[(String, FileRecord)], previous: Option<&Manifest>, prefix: &str) -> Vec<Step> {
    let Some(prev) = previous.filter(|m| m.source_url_type == "BUCKET_PREFIX") else {
        return vec![Step::Upload; files.len()];
    };
    let base = files_prefix(prefix, &prev.deploy_id);
    let mut by_content: HashMap<(&str, u64), &str> = HashMap::new();
    for (path, rec) in &prev.files {
        by_content.entry((rec.md5.as_str(), rec.size)).or_insert(path.as_str());
    }
    files
        .iter()
        .map(|(path, rec)| {
            let same_path = prev.files.get(path).filter(|p| *p == rec).map(|_| path.as_str());
            match same_path.or_else(|| by_content.get(&(rec.md5.as_str(), rec.size)).copied()) {
                Some(from) => Step::Copy {
                    from: format!("{base}{from}"),
                    etag: prev.files.get(from).and_then(|r| r.etag.clone()),
                },
                None => Step::Upload,
            }
        })
        .collect()
}

/// Files changed, added and removed from `before` to `after`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
}

pub fn changes(before: Option<&Manifest>, after: &Manifest) -> Changes {
    let Some(before) = before else {
        return Changes { added: after.files.len(), ..Changes::default() };
    };
    let mut c = Changes::default();
    for (path, rec) in &after.files {
        match before.files.get(path) {
            None => c.added += 1,
            Some(old) if old != rec => c.changed += 1,
            Some(_) => {}
        }
    }
    c.removed = before.files.keys().filter(|p| !after.files.contains_key(*p)).count();
    c
}

/// The bucket prefix and deployment ID of a source amphost made, from its key: `PREFIX/<id>/`
/// (a folder) or `PREFIX/<id>.zip`. Any other key has no manifest to be checked by.
pub fn recorded_as(key: &str) -> Option<(String, String)> {
    let stem = key.strip_suffix('/').or_else(|| key.strip_suffix(".zip"))?;
    let (prefix, id) = stem.rsplit_once('/').unwrap_or(("", stem));
    is_deploy_id(id).then(|| (prefix.to_string(), id.to_string()))
}

/// An object under a deployment's folder, as S3 lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// Its key below the folder: the site path.
    pub path: String,
    pub size: u64,
    /// When it was last written (Unix seconds, S3's clock).
    pub modified: i64,
    pub etag: Option<String>,
}

/// How a deployment's folder differs from its manifest: files gone, files written again
/// since, and files that were never part of it (they would be served too).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drift {
    pub missing: Vec<String>,
    pub changed: Vec<String>,
    pub added: Vec<String>,
}

impl Drift {
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.changed.is_empty() && self.added.is_empty()
    }
}

/// Compares a deployment's folder with its manifest, written last at `written` (S3's clock,
/// as the objects' times are): a file is changed when its size differs, or when its ETag is
/// not the one the manifest kept (any write of other content gives another; under SSE-KMS
/// every write does). Without a kept ETag (an older manifest), when it was written after
/// the manifest, which every deploy writes after the last of its files; listings give whole
/// seconds, so a write in the manifest's own second goes unseen that way.
pub fn drift(files: &BTreeMap<String, FileRecord>, stored: &[Stored], written: i64) -> Drift {
    let rewritten = |rec: &FileRecord, object: &Stored| match (&rec.etag, &object.etag) {
        (Some(kept), Some(now)) => bare_etag(kept) != bare_etag(now),
        _ => object.modified > written,
    };
    let mut d = Drift::default();
    for object in stored {
        match files.get(&object.path) {
            None => d.added.push(object.path.clone()),
            Some(rec) if rec.size != object.size || rewritten(rec, object) => d.changed.push(object.path.clone()),
            Some(_) => {}
        }
    }
    let present: std::collections::HashSet<&str> = stored.iter().map(|o| o.path.as_str()).collect();
    d.missing = files.keys().filter(|p| !present.contains(p.as_str())).cloned().collect();
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifests_head_is_read_from_its_first_bytes() {
        let mut m = manifest("20261127T090501Z-0a1b2c", &[("a.html", "aa", 1), ("b/c.css", "bb", 2)]);
        m.message = Some("say \"files\": {\n  \"files\": 1}".into());
        let bytes = to_bytes(&m);
        let cut = head_part(&bytes).expect("the file list is found");
        assert!(cut.len() < bytes.len());
        assert_eq!(parse_head(&cut).unwrap(), parse_head(&bytes).unwrap());
        let start = &bytes[..20];
        assert_eq!(head_part(start), None, "not reaching the file list");
        assert_eq!(head_part(&serde_json::to_vec(&m).unwrap()), None, "not written by to_bytes");
    }

    fn rec(md5: &str, size: u64) -> FileRecord {
        FileRecord::new(size, md5.into())
    }

    fn manifest(id: &str, files: &[(&str, &str, u64)]) -> Manifest {
        Manifest {
            version: 1,
            deploy_id: id.into(),
            app_id: "d1".into(),
            branch: "main".into(),
            source_url: format!("s3://b/site/{id}/"),
            source_url_type: "BUCKET_PREFIX".into(),
            message: None,
            git: None,
            who: "me".into(),
            created: "2026-11-27T00:00:00Z".into(),
            job_id: None,
            files_uploaded: 0,
            files_copied: 0,
            bytes_uploaded: 0,
            zip_etag: None,
            changes: None,
            files: files.iter().map(|(p, m, s)| (p.to_string(), rec(m, *s))).collect(),
        }
    }

    #[test]
    fn a_prefix_inside_a_deployment_or_with_an_empty_segment_is_refused() {
        for good in ["", "site", "site/", "a/b/c/", "2026-site", "_amphost-old"] {
            assert_eq!(prefix_problem(good), None, "{good}");
        }
        let inside = prefix_problem("p1/20261129T033329Z-30cf3b").unwrap();
        assert!(
            inside.contains("a deployment's folder (`20261129T033329Z-30cf3b`)") && inside.ends_with("`p1`"),
            "{inside}"
        );
        let records = prefix_problem("_amphost/deploys/").unwrap();
        assert!(records.contains("amphost's own records") && records.ends_with("the bucket's root"), "{records}");
        for empty in ["a//b", "/a", "a//"] {
            assert!(prefix_problem(empty).unwrap().contains("empty segment"), "{empty}");
        }
        // S3 keys hold 1,024 bytes: the records' keys (`P/_amphost/deploys/<id>.json`) must fit.
        let room = MAX_KEY_BYTES - "/_amphost/deploys/.json".len() - DEPLOY_ID_LEN;
        assert_eq!(prefix_problem(&"p".repeat(room)), None);
        let long = prefix_problem(&"p".repeat(room + 1)).unwrap();
        assert!(long.contains(&format!("at most {room} bytes")), "{long}");
    }

    #[test]
    fn deploy_ids_sort_by_time_and_are_recognised() {
        let a = new_deploy_id(time::macros::datetime!(2026-11-27 09:05:01 UTC));
        let b = new_deploy_id(time::macros::datetime!(2026-11-27 10:00:00 UTC));
        assert!(a.starts_with("20261127T090501Z-"), "{a}");
        assert!(a < b);
        assert!(is_deploy_id(&a) && is_deploy_id(&b));
        // Within one second, by the millisecond, whatever the random part.
        for _ in 0..50 {
            let early = new_deploy_id(time::macros::datetime!(2026-11-27 09:05:01.009 UTC));
            let late = new_deploy_id(time::macros::datetime!(2026-11-27 09:05:01.010 UTC));
            assert!(early < late && is_deploy_id(&early) && is_deploy_id(&late), "{early} {late}");
        }
        assert_eq!(deploy_id_time(&a), Some(time::macros::datetime!(2026-11-27 09:05:01 UTC)));
        assert_eq!(deploy_id_time("nonsense"), None);
        for bad in
            ["", "20261127T090501Z", "20261127T090501Z-xyz123", "../../etc-passwd-000000", "2026112xT090501Z-000000"]
        {
            assert!(!is_deploy_id(bad), "{bad}");
        }
    }

    #[test]
    fn keys_are_under_the_prefix_whatever_its_slashes() {
        assert_eq!(manifest_key("site", "X"), "site/_amphost/deploys/X.json");
        assert_eq!(manifest_key("/site/", "X"), "site/_amphost/deploys/X.json");
        assert_eq!(manifest_key("", "X"), "_amphost/deploys/X.json");
        assert_eq!(files_prefix("a/b", "X"), "a/b/X/");
        assert_eq!(zip_key("a", "X"), "a/X.zip");
    }

    #[test]
    fn unchanged_content_is_copied_from_the_previous_deployment_even_when_moved() {
        let prev = manifest("P", &[("index.html", "aa", 3), ("a.js", "bb", 5), ("old.css", "cc", 7)]);
        let files = vec![
            ("index.html".to_string(), rec("aa", 3)),
            ("a.js".to_string(), rec("b2", 5)),
            ("moved/old.css".to_string(), rec("cc", 7)),
            ("new.txt".to_string(), rec("dd", 1)),
        ];
        let steps = plan(&files, Some(&prev), "site");
        assert_eq!(
            steps,
            vec![
                Step::Copy { from: "site/P/index.html".into(), etag: None },
                Step::Upload,
                Step::Copy { from: "site/P/old.css".into(), etag: None },
                Step::Upload
            ]
        );
        assert_eq!(plan(&files, None, "site"), vec![Step::Upload; 4]);
        let mut zipped = prev.clone();
        zipped.source_url_type = "ZIP".into();
        assert_eq!(plan(&files, Some(&zipped), "site"), vec![Step::Upload; 4], "a zip has no files to copy");
    }

    #[test]
    fn changes_count_changed_added_and_removed_files() {
        let before = manifest("A", &[("index.html", "aa", 3), ("a.js", "bb", 5), ("gone.txt", "cc", 1)]);
        let after = manifest("B", &[("index.html", "aa", 3), ("a.js", "b2", 5), ("new.txt", "dd", 1)]);
        assert_eq!(changes(Some(&before), &after), Changes { changed: 1, added: 1, removed: 1 });
        assert_eq!(changes(None, &after), Changes { changed: 0, added: 3, removed: 0 });
    }

    #[test]
    fn a_manifest_round_trips_through_json_in_camel_case() {
        let mut m = manifest("A", &[("index.html", "aa", 3)]);
        m.git = Some(GitState { commit: "abc".into(), dirty: true });
        let text = serde_json::to_string(&m).unwrap();
        assert!(text.contains("\"deployId\":\"A\"") && text.contains("\"sourceUrlType\""), "{text}");
        assert_eq!(serde_json::from_str::<Manifest>(&text).unwrap(), m);
    }

    #[test]
    fn sources_amphost_made_name_their_manifest() {
        let id = "20261127T090501Z-a1b2c3";
        assert_eq!(recorded_as(&format!("site/{id}/")), Some(("site".into(), id.into())));
        assert_eq!(recorded_as(&format!("a/b/{id}.zip")), Some(("a/b".into(), id.into())));
        assert_eq!(recorded_as(&format!("{id}/")), Some((String::new(), id.into())));
        for other in ["builds/v1.zip", "site/", &format!("site/{id}"), &format!("site/{id}/x/"), ""] {
            assert_eq!(recorded_as(other), None, "{other}");
        }
    }

    #[test]
    fn drift_finds_missing_rewritten_resized_and_foreign_files() {
        let m = manifest("A", &[("index.html", "aa", 3), ("a.js", "bb", 5), ("b.css", "cc", 7), ("gone.txt", "dd", 1)]);
        let at = |path: &str, size, modified| Stored { path: path.into(), size, modified, etag: None };
        let intact = [at("index.html", 3, 100), at("a.js", 5, 100), at("b.css", 7, 100), at("gone.txt", 1, 100)];
        assert!(drift(&m.files, &intact, 100).is_empty());
        let stored = [at("index.html", 3, 100), at("a.js", 5, 101), at("b.css", 8, 90), at("shell.php", 4, 90)];
        let d = drift(&m.files, &stored, 100);
        assert_eq!(d.missing, ["gone.txt"]);
        assert_eq!(d.changed, ["a.js", "b.css"], "written after the manifest, or another size");
        assert_eq!(d.added, ["shell.php"]);
        // With the ETags amphost was given: a write in the manifest's own second is seen, and
        // one with the content it had (the same ETag) is not a change.
        let mut m = manifest("A", &[("a.js", "bb", 5), ("b.css", "cc", 7)]);
        for (path, etag) in [("a.js", "e1"), ("b.css", "e2")] {
            m.files.get_mut(path).unwrap().etag = Some(etag.into());
        }
        let tagged =
            |path: &str, etag: &str, modified| Stored { etag: Some(format!("\"{etag}\"")), ..at(path, 5, modified) };
        let stored = [tagged("a.js", "e9", 100), Stored { size: 7, ..tagged("b.css", "e2", 105) }];
        assert_eq!(drift(&m.files, &stored, 100).changed, ["a.js"]);
    }

    #[test]
    fn a_head_is_the_manifest_without_its_files() {
        let mut m = manifest("A", &[("index.html", "aa", 3), ("b.css", "bb", 4)]);
        (m.message, m.job_id) = (Some("why".into()), Some("7".into()));
        let head = parse_head(&serde_json::to_vec(&m).unwrap()).unwrap();
        assert!(head.files.is_empty());
        m.files.clear();
        assert_eq!(head, m);
    }
}
