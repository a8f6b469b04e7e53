//! Tables as gh draws them: no borders, the header row in upper case, columns two spaces
//! apart, the last one unpadded. On a terminal a table fits its width: the least important
//! columns are cut with `…`, columns people copy values from never are, and no value is ever
//! wrapped. Off a terminal (`width` is `None`) nothing is cut. Widths are display columns
//! (`unicode-width`), measured before any colour is painted.

use super::style::{paint, Tone};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a table is laid out with when the terminal reports no width (0): some CI runners,
/// `script`, serial consoles.
pub const FALLBACK_WIDTH: usize = 80;
/// Spaces between two columns.
pub const GAP: usize = 2;
/// A column is cut no narrower than this (or its widest value, when that is narrower).
pub const MIN_WIDTH: usize = 6;

/// How much of its width a column may give up when a table is too wide for the terminal.
/// Ordered: the smaller gives first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Keep {
    /// Cut first: descriptions, messages, reasons.
    Low,
    /// Never cut, but left out after the low ones when a table is too narrow: values that
    /// mean nothing in part ("3 min ago", a duration).
    Atomic,
    /// Cut when cutting the low ones is not enough, the rightmost first.
    Normal,
    /// Never cut: values people copy (IDs, names they type, DNS records, URLs, ARNs).
    Whole,
}

/// One cell: its text (control characters already escaped) and the tone of a state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub tone: Option<Tone>,
    /// Nothing to show (empty, or `-` for no value): a column of such cells is left out.
    pub no_value: bool,
}

impl Cell {
    /// A cell of `text`, which shows no value when empty or `-`.
    pub fn plain(text: impl Into<String>) -> Cell {
        let text = text.into();
        Cell { no_value: text.is_empty() || text == "-", text, tone: None }
    }
}

/// The width a table may use: `None` off a terminal (no limit), 80 for a terminal that
/// reports 0.
pub fn usable_width(width: Option<usize>) -> Option<usize> {
    width.map(|w| if w == 0 { FALLBACK_WIDTH } else { w })
}

/// Display width (a CJK character or an emoji counts two).
pub fn display_width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to `width` display columns, its last one `…` when anything was cut.
pub fn truncate(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Column widths that fit `width` (`None`: the column is left out), from each column's
/// `natural` width and the `minimum` it may be cut to, least important first ([`Keep`] order,
/// the rightmost first among equals):
///
/// 1. when even every column at its minimum is too wide, the least important columns are left
///    out, one at a time, until the rest fit (a column cut to a few characters says nothing);
/// 2. then columns are cut, least important first, each down to its minimum, until the table
///    fits.
///
/// [`Keep::Whole`] columns are never cut nor left out. When they alone are wider than the
/// terminal, every other column is left out and the table is wider than the terminal: the
/// terminal wraps the line, the values stay whole.
pub fn fit(natural: &[usize], minimum: &[usize], keep: &[Keep], width: usize) -> Vec<Option<usize>> {
    let n = natural.len();
    let mut order: Vec<usize> = (0..n).filter(|&i| keep[i] != Keep::Whole).collect();
    order.sort_by_key(|&i| (keep[i], std::cmp::Reverse(i)));
    // The width of the visible columns at their minimum (whole columns at their natural width).
    let least = |visible: &[bool]| {
        let shown: Vec<usize> = (0..n).filter(|&i| visible[i]).collect();
        let cells: usize = shown.iter().map(|&i| if keep[i] == Keep::Whole { natural[i] } else { minimum[i] }).sum();
        cells + GAP * shown.len().saturating_sub(1)
    };
    let mut visible = vec![true; n];
    // Columns are left out until the rest fit; when the whole columns alone are too wide, all
    // the others go (shown, they would only make the terminal wrap more).
    for &i in &order {
        if least(&visible) <= width || visible.iter().filter(|&&v| v).count() <= 1 {
            break;
        }
        visible[i] = false;
    }
    let mut widths: Vec<usize> = natural.to_vec();
    let shown = visible.iter().filter(|&&v| v).count();
    let total: usize = (0..n).filter(|&i| visible[i]).map(|i| widths[i]).sum::<usize>() + GAP * shown.saturating_sub(1);
    let mut over = total.saturating_sub(width);
    for &i in order.iter().filter(|&&i| visible[i]) {
        if over == 0 {
            break;
        }
        let give = widths[i].saturating_sub(minimum[i]).min(over);
        widths[i] -= give;
        over -= give;
    }
    (0..n).map(|i| visible[i].then_some(widths[i])).collect()
}

/// One line of cells at `widths`: each padded after painting (padding is measured on the
/// text), two spaces apart, nothing after the last.
fn line(cells: &[&Cell], widths: &[usize], color: bool) -> String {
    let mut out = String::new();
    for (i, (cell, &w)) in cells.iter().zip(widths).enumerate() {
        let text = truncate(&cell.text, w);
        out.push_str(&paint(&text, cell.tone, color));
        if i + 1 < cells.len() {
            out.push_str(&" ".repeat(w.saturating_sub(display_width(&text)) + GAP));
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// A list: `headers` (shown in upper case) over `rows`, each column with its [`Keep`].
/// Columns that are blank on every row are left out; no rows, no table. `width` is the
/// terminal's (`None`: not a terminal, nothing is cut; 0: [`FALLBACK_WIDTH`]); see [`fit`].
/// A column may be cut to [`MIN_WIDTH`], or to its header's width when that is wider.
pub fn grid(headers: &[String], keep: &[Keep], rows: &[Vec<Cell>], width: Option<usize>, color: bool) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let mut shown: Vec<usize> = (0..headers.len()).filter(|&i| rows.iter().any(|r| !r[i].no_value)).collect();
    if shown.is_empty() {
        shown = (0..headers.len()).collect();
    }
    let header_cells: Vec<Cell> = shown.iter().map(|&i| Cell::plain(headers[i].to_uppercase())).collect();
    let natural: Vec<usize> = shown
        .iter()
        .zip(&header_cells)
        .map(|(&i, h)| rows.iter().map(|r| display_width(&r[i].text)).fold(display_width(&h.text), usize::max))
        .collect();
    let keeps: Vec<Keep> = shown.iter().map(|&i| keep[i]).collect();
    let minimum: Vec<usize> = natural
        .iter()
        .zip(&header_cells)
        .zip(&keeps)
        .map(|((&n, h), &k)| if k == Keep::Atomic { n } else { n.min(MIN_WIDTH.max(display_width(&h.text))) })
        .collect();
    let widths: Vec<Option<usize>> = match usable_width(width) {
        Some(w) => fit(&natural, &minimum, &keeps, w),
        None => natural.iter().map(|&n| Some(n)).collect(),
    };
    // The columns left in, with their widths.
    let kept: Vec<(usize, usize)> = shown.iter().zip(&widths).filter_map(|(&i, w)| w.map(|w| (i, w))).collect();
    let column_widths: Vec<usize> = kept.iter().map(|&(_, w)| w).collect();
    let header_line: Vec<&Cell> =
        header_cells.iter().zip(&widths).filter(|(_, w)| w.is_some()).map(|(h, _)| h).collect();
    let mut out = line(&header_line, &column_widths, false);
    for r in rows {
        out.push_str(&line(&kept.iter().map(|&(i, _)| &r[i]).collect::<Vec<_>>(), &column_widths, color));
    }
    out
}

/// One resource: a `Label  value` line per field, the values aligned and never cut (this is
/// where a whole description is read).
pub fn fields(rows: &[(String, Cell)], color: bool) -> String {
    let label_width = rows.iter().map(|(l, _)| display_width(l)).max().unwrap_or(0);
    rows.iter()
        .map(|(label, value)| {
            let pad = " ".repeat(label_width.saturating_sub(display_width(label)) + GAP);
            let shown = format!("{label}{pad}{}", paint(&value.text, value.tone, color));
            format!("{}\n", shown.trim_end())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::style::unpaint;

    fn cells(texts: &[&str]) -> Vec<Cell> {
        texts.iter().map(|t| Cell::plain(*t)).collect()
    }

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|h| h.to_string()).collect()
    }

    fn longest_line(s: &str) -> usize {
        s.lines().map(|l| display_width(&unpaint(l))).max().unwrap_or(0)
    }

    const LONG: &str = "A description that goes on and on, far longer than any terminal is wide, to be cut";

    #[test]
    fn a_terminal_of_width_zero_gets_eighty_columns() {
        assert_eq!(usable_width(Some(0)), Some(80));
        assert_eq!(usable_width(Some(60)), Some(60));
        assert_eq!(usable_width(None), None);
        let rows = vec![cells(&["d1", LONG])];
        let out = grid(&headers(&["id", "description"]), &[Keep::Whole, Keep::Low], &rows, Some(0), false);
        assert_eq!(longest_line(&out), 80, "{out}");
        assert_eq!(out.lines().count(), 2, "one line per row, never one character per line:\n{out}");
    }

    #[test]
    fn plain_columns_upper_case_headers_two_spaces_apart() {
        let rows = vec![cells(&["d1", "site", "WEB"]), cells(&["d22", "blog", "WEB_COMPUTE"])];
        let out = grid(&headers(&["App id", "Name", "Platform"]), &[Keep::Whole; 3], &rows, None, false);
        assert_eq!(out, "APP ID  NAME  PLATFORM\nd1      site  WEB\nd22     blog  WEB_COMPUTE\n");
    }

    #[test]
    fn truncation_picks_the_least_important_column() {
        let rows = vec![cells(&["my-site", LONG, "SUCCEED", "3 min ago"])];
        let keep = [Keep::Normal, Keep::Low, Keep::Normal, Keep::Normal];
        let out = grid(&headers(&["NAME", "DESCRIPTION", "STATUS", "UPDATED"]), &keep, &rows, Some(60), false);
        let row = out.lines().nth(1).unwrap();
        assert_eq!(display_width(row), 60, "{out}");
        assert!(row.starts_with("my-site  A description"), "{row}");
        assert!(row.contains("…  SUCCEED  3 min ago"), "{row}");

        // When the low column is at its minimum, the rightmost normal one gives next.
        let narrow = fit(&[10, 40, 10, 10], &[6, 6, 6, 6], &keep, 36);
        assert_eq!(narrow, vec![Some(10), Some(6), Some(8), Some(6)]);
    }

    #[test]
    fn copyable_columns_are_never_truncated() {
        let record = "_3f1e2d4c5b6a79880716253443526170.www.example.com.";
        let value = "_8e7d6c5b4a39281706f5e4d3c2b1a090.xlfgrmvvlj.acm-validations.aws.";
        let rows = vec![cells(&[record, "CNAME", value, "certificate verification"])];
        let keep = [Keep::Whole, Keep::Whole, Keep::Whole, Keep::Low];
        let out = grid(&headers(&["NAME", "TYPE", "VALUE", "FOR"]), &keep, &rows, Some(60), false);
        let row = out.lines().nth(1).unwrap();
        assert!(row.contains(record) && row.contains("  CNAME  ") && row.contains(value), "{out}");
        assert!(!row.contains("certi"), "wider than the terminal already: the low column is left out: {row}");
        assert_eq!(out.lines().count(), 2, "never wrapped:\n{out}");
    }

    #[test]
    fn columns_that_cannot_keep_their_minimum_are_left_out_least_important_first() {
        let id = "d1a2b3c4d5e6f7";
        let rows = vec![cells(&[id, "marketing-site", "WEB", "d1a2b3c4d5e6f7.amplifyapp.com", "3 h ago", LONG])];
        let h = headers(&["APP ID", "NAME", "PLATFORM", "DEFAULT DOMAIN", "UPDATED", "DESCRIPTION"]);
        let keep = [Keep::Whole, Keep::Normal, Keep::Normal, Keep::Whole, Keep::Normal, Keep::Low];
        let at = |w: usize| grid(&h, &keep, &rows, Some(w), false);
        // 120: everything, the description cut.
        assert!(at(120).ends_with("3 h ago  A description that goes on and on, fa…\n"), "{}", at(120));
        assert_eq!(longest_line(&at(120)), 120);
        // 80: the description cannot keep 11 characters: it is left out, the rest is whole.
        assert_eq!(
            at(80),
            "APP ID          NAME            PLATFORM  DEFAULT DOMAIN                 UPDATED\n\
             d1a2b3c4d5e6f7  marketing-site  WEB       d1a2b3c4d5e6f7.amplifyapp.com  3 h ago\n"
        );
        // 60: then UPDATED and PLATFORM (the rightmost); the name gives what is still missing.
        assert_eq!(
            at(60),
            "APP ID          NAME           DEFAULT DOMAIN\n\
             d1a2b3c4d5e6f7  marketing-si…  d1a2b3c4d5e6f7.amplifyapp.com\n"
        );
        // Whole columns wider than the terminal: the others are left out, the values stay whole.
        let fitted = fit(&[50, 5, 24], &[50, 5, 6], &[Keep::Whole, Keep::Normal, Keep::Low], 40);
        assert_eq!(fitted, vec![Some(50), None, None]);
        // A time is left out whole, never cut to "3 mi…".
        let fitted = fit(&[10, 8, 30], &[6, 8, 6], &[Keep::Whole, Keep::Atomic, Keep::Low], 30);
        assert_eq!(fitted, vec![Some(10), Some(8), Some(8)]);
        let fitted = fit(&[10, 8, 30], &[6, 8, 6], &[Keep::Whole, Keep::Atomic, Keep::Low], 20);
        assert_eq!(fitted, vec![Some(10), Some(8), None]);
    }

    #[test]
    fn columns_blank_on_every_row_are_dropped() {
        let rows = vec![cells(&["main", "", "-", "yes"]), cells(&["dev", "", "", "no"])];
        let h = headers(&["BRANCH", "REPOSITORY", "REASON", "AUTO BUILD"]);
        let out = grid(&h, &[Keep::Normal; 4], &rows, None, false);
        assert_eq!(out, "BRANCH  AUTO BUILD\nmain    yes\ndev     no\n");
        assert_eq!(grid(&headers(&["A"]), &[Keep::Normal], &[], Some(80), false), "");
    }

    #[test]
    fn off_a_terminal_nothing_is_cut() {
        let rows = vec![cells(&["d1", LONG])];
        let out = grid(&headers(&["ID", "DESCRIPTION"]), &[Keep::Whole, Keep::Low], &rows, None, false);
        assert!(out.contains(LONG), "{out}");
    }

    #[test]
    fn colour_never_moves_a_column() {
        let rows = vec![
            vec![Cell::plain("1"), Cell { tone: Some(Tone::Good), ..Cell::plain("SUCCEED") }, Cell::plain("1m 12s")],
            vec![Cell::plain("2"), Cell { tone: Some(Tone::Bad), ..Cell::plain("FAILED") }, Cell::plain("3s")],
        ];
        let h = headers(&["JOB", "STATUS", "DURATION"]);
        let keep = [Keep::Whole, Keep::Normal, Keep::Normal];
        let plain = grid(&h, &keep, &rows, Some(60), false);
        let painted = grid(&h, &keep, &rows, Some(60), true);
        assert!(painted.contains("\x1b[32mSUCCEED\x1b[0m  1m 12s"), "{painted:?}");
        assert!(!plain.contains('\x1b'));
        assert_eq!(unpaint(&painted), plain);
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(display_width("日本"), 4);
        assert_eq!(truncate("日本語のサイト", 7), "日本語…");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        let rows = vec![cells(&["日本", "x"]), cells(&["ab", "y"])];
        let out = grid(&headers(&["N", "V"]), &[Keep::Normal; 2], &rows, None, false);
        assert_eq!(out, "N     V\n日本  x\nab    y\n");
    }

    #[test]
    fn item_fields_are_aligned_and_whole() {
        let rows = vec![
            ("App ID".to_string(), Cell::plain("d1")),
            ("Description".to_string(), Cell::plain(LONG)),
            ("Repository".to_string(), Cell::plain("")),
            ("Status".to_string(), Cell { tone: Some(Tone::Good), ..Cell::plain("AVAILABLE") }),
        ];
        let out = fields(&rows, false);
        assert_eq!(out, format!("App ID       d1\nDescription  {LONG}\nRepository\nStatus       AVAILABLE\n"));
        assert!(fields(&rows, true).contains("Status       \x1b[32mAVAILABLE\x1b[0m\n"));
    }
}
