//! Times as people read them. The emulator writes them into logs and the CLI into tables, so
//! this sits below both.
//!
//! Three forms: absolute UTC for logs and `-o text` (scripts), local time with its zone for
//! one resource's fields, and relative (`3 min ago`) for list rows; plus durations (`1m 12s`).

use time::{OffsetDateTime, UtcOffset};

/// Epoch seconds as `2026-11-27 16:43:19 UTC` (the number itself if it is out of range).
pub fn format_time(epoch: f64) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second] UTC");
    time::OffsetDateTime::from_unix_timestamp(epoch.floor() as i64)
        .ok()
        .and_then(|t| t.format(&fmt).ok())
        .unwrap_or_else(|| epoch.to_string())
}

/// The local time zone's offset from UTC, or `None` when it cannot be known. The `time` crate
/// refuses to read it once a program has several threads (reading it is not thread-safe on
/// Unix), so the binary asks once, at its start, before the async runtime exists.
pub fn local_offset() -> Option<UtcOffset> {
    UtcOffset::current_local_offset().ok()
}

/// Epoch seconds in the time zone `offset` (UTC when `None`), from the same instant.
fn at(epoch: f64, offset: Option<UtcOffset>) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(epoch.floor() as i64).ok()?.checked_to_offset(offset.unwrap_or(UtcOffset::UTC))
}

/// `+01:00`, `-05:30`, or `UTC` for a zero offset (and when the local zone is unknown).
fn zone(offset: Option<UtcOffset>) -> String {
    match offset.filter(|o| !o.is_utc()) {
        None => "UTC".to_string(),
        Some(o) => {
            let (h, m, _) = o.as_hms();
            let sign = if o.is_negative() { '-' } else { '+' };
            format!("{sign}{:02}:{:02}", h.unsigned_abs(), m.unsigned_abs())
        }
    }
}

/// Epoch seconds as local time with its zone: `2026-11-27 17:04:05 +01:00`, or
/// `2026-11-27 16:04:05 UTC` when the offset is zero or unknown (`None`).
pub fn format_local(epoch: f64, offset: Option<UtcOffset>) -> String {
    match at(epoch, offset) {
        Some(t) => format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02} {}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            zone(offset)
        ),
        None => epoch.to_string(),
    }
}

/// The local date of epoch seconds: `2026-11-27`.
fn format_date(epoch: f64, offset: Option<UtcOffset>) -> String {
    match at(epoch, offset) {
        Some(t) => format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day()),
        None => epoch.to_string(),
    }
}

const MINUTE: i64 = 60;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

/// How long before `now` a time was: `12 s ago`, `3 min ago`, `2 h ago`, `yesterday` (24 to
/// 48 hours), `4 d ago` (up to a week), then its local date (`2026-11-27`). A time up to a
/// minute ahead of `now` (clocks differ) reads `0 s ago`; further ahead, its date.
pub fn format_relative(epoch: f64, now: f64, offset: Option<UtcOffset>) -> String {
    let ago = (now - epoch).floor() as i64;
    if ago < -MINUTE {
        format_date(epoch, offset)
    } else if ago < MINUTE {
        format!("{} s ago", ago.max(0))
    } else if ago < HOUR {
        format!("{} min ago", ago / MINUTE)
    } else if ago < DAY {
        format!("{} h ago", ago / HOUR)
    } else if ago < 2 * DAY {
        "yesterday".to_string()
    } else if ago < 7 * DAY {
        format!("{} d ago", ago / DAY)
    } else {
        format_date(epoch, offset)
    }
}

/// A span of seconds as people say it: `42s`, `1m 12s`, `2h 5m` (whole seconds, rounded down;
/// a negative span, from clocks that differ, is `0s`).
pub fn format_duration(seconds: f64) -> String {
    let s = if seconds.is_finite() && seconds > 0.0 { seconds.floor() as u64 } else { 0 };
    // Under a second but not nothing: "0s" would read as "did not run".
    if s == 0 && seconds.is_finite() && seconds > 0.0 {
        return "<1s".to_string();
    }
    if s < 60 {
        format!("{s}s")
    } else if s < 3600 {
        format!("{}m {}s", s / 60, s % 60)
    } else {
        format!("{}h {}m", s / 3600, (s % 3600) / 60)
    }
}

/// Seconds since the epoch, now.
pub fn now_epoch() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-11-27 16:04:05 UTC
    const T: f64 = 1_795_795_445.0;

    #[test]
    fn local_times_carry_their_zone() {
        assert_eq!(format_time(T), "2026-11-27 16:04:05 UTC");
        assert_eq!(format_local(T, None), "2026-11-27 16:04:05 UTC");
        assert_eq!(format_local(T, Some(UtcOffset::UTC)), "2026-11-27 16:04:05 UTC");
        let paris = UtcOffset::from_hms(1, 0, 0).unwrap();
        assert_eq!(format_local(T, Some(paris)), "2026-11-27 17:04:05 +01:00");
        let newfoundland = UtcOffset::from_hms(-3, -30, 0).unwrap();
        assert_eq!(format_local(T, Some(newfoundland)), "2026-11-27 12:34:05 -03:30");
    }

    #[test]
    fn relative_times_count_back_from_now() {
        let ago = |secs: f64| format_relative(T - secs, T, None);
        assert_eq!(ago(0.0), "0 s ago");
        assert_eq!(ago(59.9), "59 s ago");
        assert_eq!(ago(180.0), "3 min ago");
        assert_eq!(ago(2.0 * 3600.0 + 5.0), "2 h ago");
        assert_eq!(ago(30.0 * 3600.0), "yesterday");
        assert_eq!(ago(3.0 * 86400.0), "3 d ago");
        assert_eq!(ago(30.0 * 86400.0), "2026-10-28");
        assert_eq!(ago(-10.0), "0 s ago", "a clock a little ahead");
        assert_eq!(ago(-86400.0), "2026-11-28");
    }

    #[test]
    fn durations_read_in_the_largest_units() {
        assert_eq!(format_duration(0.4), "<1s");
        assert_eq!(format_duration(0.0), "0s");
        assert_eq!(format_duration(42.0), "42s");
        assert_eq!(format_duration(72.9), "1m 12s");
        assert_eq!(format_duration(2.0 * 3600.0 + 300.0), "2h 5m");
        assert_eq!(format_duration(-3.0), "0s");
        assert_eq!(format_duration(f64::NAN), "0s");
    }
}
