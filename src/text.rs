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

/// [`escape_controls`] for a message of several lines: the line breaks it holds are kept.
pub fn escape_controls_in_lines(s: &str) -> String {
    s.split('\n').map(escape_controls).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_plain_words_and_wraps_the_rest() {
        assert_eq!(shell_quote("main"), "main");
        assert_eq!(shell_quote("feature/x-1"), "feature/x-1");
        assert_eq!(shell_quote("my site"), "'my site'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
    }
}
