//! Text helpers shared by every layer that talks to people: quoting a value for a shell
//! command line, and writing control characters visibly.

/// `s` as one word of a POSIX shell command line (for the commands amphost suggests).
pub fn shell_quote(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:@".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Control characters written visibly (`\u{1b}`, `\n`, `\t`, as Rust's `escape_debug` does),
/// so that a value from the service cannot clear the screen, retitle the terminal or break a
/// row. Every other character, Unicode included, is kept as is. JSON output does not need it.
pub fn escape_controls(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// [`escape_controls`] for text shown as it is meant to look: tabs and line breaks are kept.
pub fn escape_controls_for_terminal(s: &str) -> String {
    s.split('\n')
        .map(|line| line.split('\t').map(escape_controls).collect::<Vec<_>>().join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// [`escape_controls`] for a message of several lines: the line breaks it holds are kept.
pub fn escape_controls_in_lines(s: &str) -> String {
    s.split('\n').map(escape_controls).collect::<Vec<_>>().join("\n")
}

/// The Levenshtein distance between two strings, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb { diagonal } else { 1 + diagonal.min(above).min(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The candidate closest to what was typed, if it is close enough to be a typo: at most
/// max(2, a third of the typed length) edits away (case counts as no edit). Ties go to the
/// first candidate.
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (typed.chars().count() / 3).max(2);
    let typed_lower = typed.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != typed)
        .map(|c| (edit_distance(&typed_lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// `1 file`, `2 files`: a count and its noun (`noun` in the singular, made plural with `s`).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_plural_but_for_one() {
        assert_eq!(
            (count(0, "file"), count(1, "file"), count(2, "file")),
            ("0 files".into(), "1 file".into(), "2 files".into())
        );
    }

    #[test]
    fn text_for_the_terminal_keeps_its_tabs_and_line_breaks() {
        assert_eq!(escape_controls_for_terminal("a\tb\nc\x1b[31md\r"), "a\tb\nc\\u{1b}[31md\\r");
    }

    #[test]
    fn typos_find_the_closest_name() {
        assert_eq!(edit_distance("main", "main"), 0);
        assert_eq!(edit_distance("mian", "main"), 2);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(closest("mian", ["develop", "main"]), Some("main"));
        assert_eq!(closest("Main", ["main"]), Some("main"));
        assert_eq!(closest("production", ["main", "staging"]), None);
        assert_eq!(closest("stagingg", ["main", "staging"]), Some("staging"));
    }

    #[test]
    fn quoting_keeps_plain_words_and_wraps_the_rest() {
        assert_eq!(shell_quote("main"), "main");
        assert_eq!(shell_quote("feature/x-1"), "feature/x-1");
        assert_eq!(shell_quote("my site"), "'my site'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
    }
}

/// A byte count for people: `512 B`, `1.5 KiB`, `20.0 MiB`.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod human_bytes_tests {
    #[test]
    fn byte_counts_read_in_binary_units() {
        assert_eq!(super::human_bytes(0), "0 B");
        assert_eq!(super::human_bytes(1023), "1023 B");
        assert_eq!(super::human_bytes(1536), "1.5 KiB");
        assert_eq!(super::human_bytes(20 * 1024 * 1024), "20.0 MiB");
    }
}

/// `text` broken into lines of at most `width` characters at spaces (a longer word keeps its
/// own line), each after `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let room = width.saturating_sub(indent.chars().count()).max(20);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.iter().map(|l| format!("{indent}{l}\n")).collect()
}

#[cfg(test)]
mod wrap_tests {
    #[test]
    fn words_wrap_at_the_width_after_the_indent() {
        let text = "answers a missing asset such as /app.js with the index page";
        assert_eq!(
            super::wrap(text, 30, "  "),
            "  answers a missing asset such\n  as /app.js with the index\n  page\n"
        );
        assert_eq!(super::wrap("short", 80, "  "), "  short\n");
    }
}
