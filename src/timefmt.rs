//! Times as people read them. The emulator writes them into logs and the CLI into tables, so
//! this sits below both.

/// Epoch seconds as `2026-11-27 16:43:19 UTC` (the number itself if it is out of range).
pub fn format_time(epoch: f64) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second] UTC");
    time::OffsetDateTime::from_unix_timestamp(epoch.floor() as i64)
        .ok()
        .and_then(|t| t.format(&fmt).ok())
        .unwrap_or_else(|| epoch.to_string())
}
