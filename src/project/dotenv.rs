//! Dotenv files of environment variables (`KEY=VALUE` lines), read with dotenvy's parser and
//! written so that it reads them back identically.
//!
//! Values may be secrets: no message from here ever holds one. A malformed line is named by
//! its number and what is wrong with it, never by its text.

use std::cell::Cell;
use std::fmt;
use std::path::Path;
use std::rc::Rc;

/// One variable of a file, with the (1-based) line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub value: String,
    pub line: usize,
}

/// Why a file cannot be used: `FILE:LINE: what is wrong` (or `FILE: …` with no place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotenvError(pub String);

impl fmt::Display for DotenvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DotenvError {}

/// The largest file read: variables, not data (Amplify allows 5,500 characters a value).
const MAX_FILE_BYTES: u64 = 1 << 20;

/// Reads and parses a dotenv file: every variable once, in the file's order.
pub fn read(path: &Path) -> Result<Vec<Entry>, DotenvError> {
    use std::io::Read;
    let shown = path.display();
    let cannot = |e: &dyn fmt::Display| DotenvError(format!("cannot read {shown}: {e}"));
    // A FIFO would block and a device never end: only a regular file is opened.
    let meta = std::fs::metadata(path).map_err(|e| cannot(&e))?;
    if !meta.is_file() {
        return Err(DotenvError(format!("cannot read {shown}: not a regular file")));
    }
    let file = std::fs::File::open(path).map_err(|e| cannot(&e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| cannot(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(DotenvError(format!("{shown} is over 1 MiB: is it really a dotenv file?")));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        DotenvError(format!("{shown}:{line}: not UTF-8 text"))
    })?;
    parse(&text).map_err(|problems| {
        let each: Vec<String> = problems.iter().map(|(line, problem)| format!("{shown}:{line}: {problem}")).collect();
        DotenvError(each.join("\n"))
    })
}

/// Hands dotenvy one line per read, counting the lines it has been given: after each item
/// dotenvy yields, the count is the number of the item's last line.
struct LineByLine<'a> {
    rest: &'a [u8],
    lines: Rc<Cell<usize>>,
}

impl std::io::Read for LineByLine<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.rest.is_empty() || buf.is_empty() {
            return Ok(0);
        }
        let line = self.rest.iter().position(|&b| b == b'\n').map_or(self.rest.len(), |i| i + 1);
        let n = line.min(buf.len());
        buf[..n].copy_from_slice(&self.rest[..n]);
        self.rest = &self.rest[n..];
        if n == line {
            self.lines.set(self.lines.get() + 1);
        }
        Ok(n)
    }
}

/// What dotenvy skips between items: blank lines and comments.
fn skipped(line: &str) -> bool {
    let l = line.trim_start();
    l.is_empty() || l.starts_with('#')
}

/// dotenvy 0.15 refuses a reference right before a double quote's end (`K="$HOME"`) and a
/// lone `$` there (`K="$"`), and reads `$BASE_URL` as `$BASE` then `_URL`: every `$NAME`
/// (letters, digits and `_`, as in a shell) outside single quotes gets braces, and such a
/// `$` an escape, before dotenvy reads the text. Quotes, escapes and comments are followed
/// so that nothing else changes.
fn brace_references_before_closing_quotes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let (mut i, mut quote, mut comment) = (0, None::<char>, false);
    while i < chars.len() {
        let c = chars[i];
        match (comment, quote, c) {
            (true, _, '\n') => comment = false,
            (true, _, _) => {}
            (false, Some('"') | None, '\\') => {
                out.extend(&chars[i..(i + 2).min(chars.len())]);
                i += 2;
                continue;
            }
            (false, Some('"') | None, '$') => {
                let name_char = |j: usize| chars[j].is_ascii_alphanumeric() || chars[j] == '_';
                let end = (i + 1..chars.len()).find(|&j| !name_char(j)).unwrap_or(chars.len());
                let starts_well = chars.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic() || *c == '_');
                if starts_well {
                    let name: String = chars[i + 1..end].iter().collect();
                    out.push_str(&format!("${{{name}}}"));
                    i = end;
                    continue;
                }
                if quote.is_some() && chars.get(i + 1) == Some(&'"') {
                    out.push_str("\\$");
                    i += 1;
                    continue;
                }
            }
            (false, None, '#') if out.is_empty() || out.ends_with(char::is_whitespace) => comment = true,
            (false, None, '"' | '\'') => quote = Some(c),
            (false, Some(q), _) if c == q => quote = None,
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Parses dotenv text as dotenvy does (quotes, escapes, `export`, `$VAR` from earlier lines
/// or amphost's environment); errors are every `(line, problem)`, with no text of the file.
pub fn parse(text: &str) -> Result<Vec<Entry>, Vec<(usize, String)>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = &brace_references_before_closing_quotes(text);
    let physical: Vec<&str> = text.split('\n').collect();
    let lines = Rc::new(Cell::new(0usize));
    let reader = LineByLine { rest: text.as_bytes(), lines: Rc::clone(&lines) };
    let mut out: Vec<Entry> = Vec::new();
    let mut problems = Vec::new();
    let mut done = 0usize;
    for item in dotenvy::from_read_iter(reader) {
        let end = lines.get().max(done + 1);
        // The item's first line: the first of the lines read for it that dotenvy did not skip.
        let start = (done + 1..=end).find(|&n| physical.get(n - 1).is_some_and(|l| !skipped(l))).unwrap_or(end);
        let lines_of_item = || physical[start.saturating_sub(1)..end.min(physical.len())].join("\n");
        match item {
            Ok((key, value)) => match out.iter().find(|e| e.key == key) {
                Some(first) => problems.push((
                    start,
                    format!("{key} is set again (first on line {}): set each variable once", first.line),
                )),
                None => out.push(Entry { key, value, line: start }),
            },
            Err(dotenvy::Error::LineParse(..)) => problems.push((start, problem(&lines_of_item()))),
            Err(dotenvy::Error::Io(e)) => problems.push((start, format!("cannot read the line: {}", e.kind()))),
            Err(_) => problems.push((start, "cannot read the line".to_string())),
        }
        done = end;
    }
    match problems.is_empty() {
        true => Ok(out),
        false => Err(problems),
    }
}

/// What is wrong with a line dotenvy refused, told without the line's text (its value may be
/// a secret).
fn problem(item: &str) -> String {
    let assignment = regex::Regex::new(r"^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*=").expect("a valid regex");
    if !assignment.is_match(item) {
        return "expected KEY=VALUE: a name of letters, digits, `_` and `.` (not starting with a digit or `.`), \
                then `=`"
            .to_string();
    }
    "the value is not valid dotenv: a quote that is not closed, a `\\` escape other than \\\\, \\\", \\', \\$, \\n \
     or `\\ `, or an unquoted space (quote values with spaces: \"a b\")"
        .to_string()
}

/// Whether dotenvy reads `key` as a name: letters, digits, `_` and `.`, not starting with a
/// digit or `.`.
pub fn is_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// `value` as dotenvy reads it back: bare when it is plain, in single quotes when that
/// needs no escape, else in double quotes with `\\`, `\"`, `\$` and `\n` escaped.
pub fn quote(value: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:,@+%".contains(c);
    if !value.is_empty() && value.chars().all(plain) {
        return value.to_string();
    }
    // Inside single quotes everything is literal, but dotenvy's line splitter still reads a
    // backslash as escaping the next character: no `\` (nor `'`, nor line breaks) there.
    if !value.contains(['\'', '\\', '\n', '\r']) {
        return format!("'{value}'");
    }
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '$' => out.push_str("\\$"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The variables as a dotenv file, sorted by name (stable files, readable diffs). `Err`: the
/// names dotenv cannot hold (see [`is_key`]).
pub fn format<'a>(vars: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<String, Vec<String>> {
    let mut vars: Vec<(&str, &str)> = vars.into_iter().collect();
    vars.sort_by(|a, b| a.0.cmp(b.0));
    let bad: Vec<String> = vars.iter().filter(|(k, _)| !is_key(k)).map(|(k, _)| k.to_string()).collect();
    if !bad.is_empty() {
        return Err(bad);
    }
    Ok(vars.iter().map(|(k, v)| format!("{k}={}\n", quote(v))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(entries: &[Entry]) -> Vec<(&str, &str)> {
        entries.iter().map(|e| (e.key.as_str(), e.value.as_str())).collect()
    }

    #[test]
    fn tricky_values_round_trip_through_dotenvy() {
        let values = [
            "plain",
            "",
            " leading and trailing ",
            "with spaces",
            "a#b",
            "#starts-with-hash",
            "x # not a comment",
            "it's",
            "say \"hi\"",
            "both ' and \"",
            "a=b=c",
            "line one\nline two",
            "trailing newline\n",
            "$HOME and ${PATH} stay literal",
            "it's $HOME",
            "back\\slash",
            "ends with a backslash\\",
            "'quoted'",
            "\"double\"",
            "tab\there",
            "carriage\rreturn",
            "ünïcödé ✓ 日本語 🚀",
            "https://example.com/a?b=c&d=e",
            "\\n is not a newline",
            "`backticks` and ;|&<> ()",
        ];
        let keys: Vec<String> = (0..values.len()).map(|i| format!("K{i:02}")).collect();
        let text = format(keys.iter().map(String::as_str).zip(values)).unwrap();
        let back = parse(&text).unwrap_or_else(|p| panic!("{p:?}\n{text}"));
        let want: Vec<(&str, &str)> = keys.iter().map(String::as_str).zip(values).collect();
        assert_eq!(pairs(&back), want, "{text}");
        // One line per variable: the file reads like one.
        assert_eq!(text.lines().count(), values.len(), "{text}");
    }

    #[test]
    fn a_reference_right_before_a_closing_quote_expands() {
        let text = "P=x\nP_Q=pq\nK=\"$P\"\nL=\"a$P\"\nM=\"$\"\nN='$P'\nO=\"$P_Q\" # \"$P\"\nQ=\"\\$P\"\nR=$P_Q\n";
        let got = pairs(&parse(text).unwrap_or_else(|e| panic!("{e:?}")))
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>();
        let want = [
            ("P", "x"),
            ("P_Q", "pq"),
            ("K", "x"),
            ("L", "ax"),
            ("M", "$"),
            ("N", "$P"),
            ("O", "pq"),
            ("Q", "$P"),
            ("R", "pq"),
        ];
        assert_eq!(got, want.map(|(k, v)| (k.to_string(), v.to_string())));
    }

    #[test]
    fn quoting_is_minimal() {
        assert_eq!(quote("abc-1.2"), "abc-1.2");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("a=b"), "'a=b'");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("it's $X"), "\"it's \\$X\"");
        assert_eq!(quote("a\nb"), "\"a\\nb\"");
    }

    #[test]
    fn a_file_reads_with_comments_export_and_quotes_and_each_entry_knows_its_line() {
        let text =
            "# comment\n\nexport A=1\nB = 'two words'\nC=\"multi\nline\"\n  # indented comment\nD=4 # trailing\n";
        let got = parse(text).unwrap();
        assert_eq!(pairs(&got), [("A", "1"), ("B", "two words"), ("C", "multi\nline"), ("D", "4")]);
        assert_eq!(got.iter().map(|e| e.line).collect::<Vec<_>>(), [3, 4, 5, 8]);
    }

    #[test]
    fn mistakes_are_named_by_line_without_the_value() {
        let cases = [
            ("A=1\nnot a line\n", 2, "expected KEY=VALUE"),
            ("A=1\n\n# c\nB=sec ret\n", 4, "unquoted space"),
            ("A=1\nB=\"secret\nC=3\n", 2, "not closed"),
            ("A=1\nB='secret\n", 2, "not closed"),
            ("A=1\nB=bad\\qsecret\n", 2, "escape"),
            ("=secret\n", 1, "expected KEY=VALUE"),
            ("1A=secret\n", 1, "expected KEY=VALUE"),
            ("A=1\nB=2\nA=secret\n", 3, "A is set again (first on line 1)"),
        ];
        for (text, line, needle) in cases {
            let (got_line, p) = parse(text).expect_err(text).remove(0);
            assert_eq!(got_line, line, "{text:?}: {p}");
            assert!(p.contains(needle), "{text:?}: {p}");
            assert!(!p.contains("secret") && !p.contains("sec ret"), "{text:?} shows a value: {p}");
        }
    }

    #[test]
    fn every_bad_line_is_named_at_once() {
        let problems = parse("A=1\nB=sec ret\n=x\nA=2\nC=3\n").unwrap_err();
        let lines: Vec<usize> = problems.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 3, 4], "{problems:?}");
    }

    #[test]
    fn names_dotenv_cannot_hold_are_refused_on_export() {
        assert_eq!(format([("ok", "1"), ("my-key", "2"), ("9x", "3")]), Err(vec!["9x".into(), "my-key".into()]));
        assert!(is_key("_a.b9") && !is_key(".a") && !is_key(""));
    }

    #[test]
    fn unreadable_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let e = read(&dir.path().join("missing.env")).unwrap_err().0;
        assert!(e.contains("cannot read") && e.contains("missing.env"), "{e}");
        assert!(read(dir.path()).unwrap_err().0.contains("not a regular file"));
        let bad = dir.path().join("latin1.env");
        std::fs::write(&bad, b"A=1\nB=caf\xe9\n").unwrap();
        let e = read(&bad).unwrap_err().0;
        assert!(e.ends_with("latin1.env:2: not UTF-8 text"), "{e}");
    }
}
