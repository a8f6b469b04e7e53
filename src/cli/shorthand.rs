//! The AWS CLI's shorthand syntax for structured flags: `key=value,key2=value2`, structures
//! and maps nested in braces (`environmentVariables={A=1,B=2}`), lists in brackets
//! (`tags=[a,b]`) or as a run of values (`key=a,b`, when `b` is no `key=`), and values quoted
//! with `"` or `'` when they hold `,`, `=`, braces or brackets. Values stay strings: the model's
//! types are applied afterwards ([`super::flags::coerce`]).

use serde_json::{Map, Value};

/// The pairs of `text`, or where it stops making sense.
pub fn parse(text: &str) -> Result<Map<String, Value>, String> {
    let mut p = Parser { chars: text.chars().collect(), at: 0 };
    let pairs = p.pairs(None)?;
    match pairs.is_empty() {
        true => Err("no key=value in it".into()),
        false => Ok(pairs),
    }
}

/// A list in brackets, `[a,b]` or `[{k=v},{k=v}]`, alone.
pub fn parse_list(text: &str) -> Result<Vec<Value>, String> {
    let mut p = Parser { chars: text.chars().collect(), at: 0 };
    p.skip_spaces();
    if p.peek() != Some('[') {
        return Err("a list starts with `[`".into());
    }
    p.at += 1;
    let Value::Array(items) = p.list()? else { unreachable!("list() makes an array") };
    p.skip_spaces();
    match p.peek() {
        None => Ok(items),
        Some(_) => Err(p.unexpected()),
    }
}

struct Parser {
    chars: Vec<char>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn unexpected(&self) -> String {
        match self.peek() {
            Some(c) => format!("unexpected {c:?} at character {}", self.at + 1),
            None => "it ends too soon".into(),
        }
    }

    /// `key=value` pairs separated by `,`, up to `close` (`}`) or, at the top, the end.
    fn pairs(&mut self, close: Option<char>) -> Result<Map<String, Value>, String> {
        let mut pairs = Map::new();
        loop {
            self.skip_spaces();
            match self.peek() {
                None if close.is_none() => return Ok(pairs),
                None => return Err("a `{` is never closed".into()),
                Some(c) if Some(c) == close => {
                    self.at += 1;
                    return Ok(pairs);
                }
                _ => {}
            }
            let key = self.key()?;
            let value = self.value(close)?;
            pairs.insert(key, value);
            self.skip_spaces();
            match self.peek() {
                Some(',') => self.at += 1,
                Some(c) if Some(c) == close => {}
                None => {}
                Some(_) => return Err(self.unexpected()),
            }
        }
    }

    fn key(&mut self) -> Result<String, String> {
        let start = self.at;
        while let Some(c) = self.peek().filter(|&c| c != '=') {
            if matches!(c, ',' | '{' | '}' | '[' | ']') {
                return Err(format!("expected key=value at character {}", start + 1));
            }
            self.at += 1;
        }
        let key: String = self.chars[start..self.at].iter().collect::<String>().trim().to_string();
        if self.peek() != Some('=') || key.is_empty() {
            return Err(format!("expected key=value at character {}", start + 1));
        }
        self.at += 1;
        Ok(key)
    }

    /// `{…}`, `[…]`, or a scalar; scalars separated by `,` that are no `key=` make a list.
    fn value(&mut self, close: Option<char>) -> Result<Value, String> {
        self.skip_spaces();
        match self.peek() {
            Some('{') => {
                self.at += 1;
                Ok(Value::Object(self.pairs(Some('}'))?))
            }
            Some('[') => {
                self.at += 1;
                self.list()
            }
            _ => {
                let mut items = vec![self.scalar(close)?];
                while self.peek() == Some(',') && self.value_follows() {
                    self.at += 1;
                    items.push(self.scalar(close)?);
                }
                Ok(if items.len() == 1 { items.remove(0) } else { Value::Array(items) })
            }
        }
    }

    /// Whether the `,` at the cursor is followed by another value of a list, not by the next
    /// pair's `key=` (nor by nothing: `a=1,` ends there).
    fn value_follows(&self) -> bool {
        let rest = &self.chars[self.at + 1..];
        // A run of values holds scalars: a `{` or `[` there is out of place.
        match rest.iter().find(|c| !c.is_whitespace()) {
            None | Some('{' | '[') => return false,
            Some(_) => {}
        }
        for &c in rest {
            match c {
                '=' => return false,
                ',' | '{' | '}' | '[' | ']' | '"' | '\'' => return true,
                _ => {}
            }
        }
        true
    }

    fn list(&mut self) -> Result<Value, String> {
        let mut items = Vec::new();
        loop {
            self.skip_spaces();
            match self.peek() {
                Some(']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err("a `[` is never closed".into()),
                Some('{') => {
                    self.at += 1;
                    items.push(Value::Object(self.pairs(Some('}'))?));
                }
                Some('[') => {
                    self.at += 1;
                    items.push(self.list()?);
                }
                _ => items.push(self.scalar(Some(']'))?),
            }
            self.skip_spaces();
            match self.peek() {
                Some(',') => self.at += 1,
                Some(']') => {}
                None => return Err("a `[` is never closed".into()),
                _ => return Err(self.unexpected()),
            }
        }
    }

    /// A quoted value, or what comes before the next `,` (or `close`), spaces trimmed.
    fn scalar(&mut self, close: Option<char>) -> Result<Value, String> {
        self.skip_spaces();
        if let Some(quote @ ('"' | '\'')) = self.peek() {
            self.at += 1;
            let start = self.at;
            while self.peek().is_some_and(|c| c != quote) {
                self.at += 1;
            }
            if self.peek() != Some(quote) {
                return Err(format!("a {quote} is never closed"));
            }
            let text: String = self.chars[start..self.at].iter().collect();
            self.at += 1;
            return Ok(Value::String(text));
        }
        let start = self.at;
        while self.peek().is_some_and(|c| c != ',' && Some(c) != close) {
            self.at += 1;
        }
        Ok(Value::String(self.chars[start..self.at].iter().collect::<String>().trim().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parsed(text: &str) -> Value {
        Value::Object(parse(text).unwrap_or_else(|e| panic!("{text}: {e}")))
    }

    #[test]
    fn pairs_nest_in_braces_and_brackets_as_in_the_aws_cli() {
        assert_eq!(parsed("stage=BETA,enableAutoBuild=true"), json!({"stage": "BETA", "enableAutoBuild": "true"}));
        assert_eq!(
            parsed("stage=BETA,environmentVariables={X=1,Y=a=b}"),
            json!({"stage": "BETA", "environmentVariables": {"X": "1", "Y": "a=b"}})
        );
        assert_eq!(parsed("patterns=[main,dev/*],stage=BETA"), json!({"patterns": ["main", "dev/*"], "stage": "BETA"}));
        assert_eq!(parsed("patterns=main,dev,stage=BETA"), json!({"patterns": ["main", "dev"], "stage": "BETA"}));
        assert_eq!(parsed("rules=[{source=/a,target=/b}]"), json!({"rules": [{"source": "/a", "target": "/b"}]}));
        assert_eq!(parsed(r#"buildSpec="a, b={c}", x = 'y' "#), json!({"buildSpec": "a, b={c}", "x": "y"}));
        assert_eq!(parsed("a=1,"), json!({"a": "1"}));
        for bad in ["", "novalue", "a={b=1", "a=[1,2", "a=\"open", "=1", "a=1,{b=2}"] {
            assert!(parse(bad).is_err(), "{bad:?} was taken");
        }
    }

    #[test]
    fn lists_alone_in_brackets() {
        assert_eq!(parse_list("[main, dev/*]").unwrap(), vec![json!("main"), json!("dev/*")]);
        assert_eq!(
            parse_list("[{source=/a,target=/b},{source=/c,target=/d,status=302}]").unwrap(),
            vec![json!({"source": "/a", "target": "/b"}), json!({"source": "/c", "target": "/d", "status": "302"})]
        );
        assert_eq!(parse_list("[]").unwrap(), Vec::<Value>::new());
        for bad in ["main", "[a,b", "[a]x", "[{a=1]"] {
            assert!(parse_list(bad).is_err(), "{bad:?} was taken");
        }
    }
}
