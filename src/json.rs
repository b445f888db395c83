//! JSON text in and out.
//!
//! Every call crosses the wasm boundary as one JSON string each way: the binding calls
//! `JSON.stringify` on the input and `JSON.parse` on the output. That is two boundary crossings per
//! call (and per batch) instead of one per field, and it lets native tests feed the exact text a
//! page would send. Input is parsed into a small [`Value`] tree by our own reader (smaller and
//! faster than serde_json's in the wasm, and each error can name its field path); output structs
//! derive `serde::Serialize` and are written by `serde_json`.

use serde::Serialize;

/// A parsed JSON value. Objects keep their keys in input order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The JSON type name, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Where and why JSON text could not be parsed.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub message: &'static str,
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 64;
const TOO_DEEP: &str = "nested too deeply";

pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let value = parser.value(0)?;
    parser.skip_ws();
    if parser.pos != parser.bytes.len() {
        return Err(parser.error("unexpected text after the JSON value"));
    }
    Ok(value)
}

/// Calls `each` with every element of a top-level JSON array and the byte offset where the
/// element ends, parsing one element at a time so a batch never holds more than one item's tree.
/// An element nested too deeply is passed on as its error (offset counted from the element's
/// start, as if it were parsed alone) and skipped, so one such item cannot fail the batch; any
/// other malformed text stops the walk. `Ok(false)` when the text is not an array.
pub fn for_each_in_array(
    text: &str,
    mut each: impl FnMut(Result<Value, ParseError>, usize),
) -> Result<bool, ParseError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        pos: 0,
    };
    parser.skip_ws();
    if parser.peek() != Some(b'[') {
        return Ok(false);
    }
    parser.pos += 1;
    parser.skip_ws();
    if parser.peek() == Some(b']') {
        parser.pos += 1;
    } else {
        loop {
            parser.skip_ws();
            let start = parser.pos;
            // Depth 0: an item may nest as deeply as the same input given alone.
            let item = match parser.value(0) {
                Err(e) if e.message == TOO_DEEP => {
                    parser.pos = start;
                    parser.skip_value()?;
                    Err(ParseError {
                        offset: e.offset.saturating_sub(start),
                        message: TOO_DEEP,
                    })
                }
                other => Ok(other?),
            };
            each(item, parser.pos);
            parser.skip_ws();
            match parser.peek() {
                Some(b',') => parser.pos += 1,
                Some(b']') => {
                    parser.pos += 1;
                    break;
                }
                _ => return Err(parser.error("expected ',' or ']'")),
            }
        }
    }
    parser.skip_ws();
    if parser.pos != parser.bytes.len() {
        return Err(parser.error("unexpected text after the JSON value"));
    }
    Ok(true)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, message: &'static str) -> ParseError {
        ParseError {
            offset: self.pos,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Moves past one value without building it, however deep (a count, no recursion).
    fn skip_value(&mut self) -> Result<(), ParseError> {
        let mut open = 0usize;
        loop {
            match self.peek() {
                None => return Err(self.error("unexpected end of input")),
                Some(b'"') => {
                    self.string()?;
                }
                Some(b'[' | b'{') => {
                    open += 1;
                    self.pos += 1;
                }
                Some(b']' | b'}') => {
                    open = open
                        .checked_sub(1)
                        .ok_or_else(|| self.error("unexpected closing bracket"))?;
                    self.pos += 1;
                }
                Some(_) => self.pos += 1,
            }
            if open == 0 {
                return Ok(());
            }
        }
    }

    fn expect_word(&mut self, word: &'static [u8], value: Value) -> Result<Value, ParseError> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("invalid literal"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error(TOO_DEEP));
        }
        self.skip_ws();
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'n') => self.expect_word(b"null", Value::Null),
            Some(b't') => self.expect_word(b"true", Value::Bool(true)),
            Some(b'f') => self.expect_word(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Value::Array(items));
                        }
                        _ => return Err(self.error("expected ',' or ']'")),
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    return Ok(Value::Object(fields));
                }
                loop {
                    self.skip_ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.error("expected a quoted key"));
                    }
                    let key = self.string()?;
                    self.skip_ws();
                    if self.peek() != Some(b':') {
                        return Err(self.error("expected ':'"));
                    }
                    self.pos += 1;
                    let value = self.value(depth + 1)?;
                    fields.push((key, value));
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(Value::Object(fields));
                        }
                        _ => return Err(self.error("expected ',' or '}'")),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let digits = |p: &mut Self| {
            let from = p.pos;
            while let Some(b'0'..=b'9') = p.peek() {
                p.pos += 1;
            }
            p.pos > from
        };
        if !digits(self) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        let literal = self.bytes.get(start..self.pos).unwrap_or_default();
        Ok(Value::Number(number_value(literal)))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0u32;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.error("invalid \\u escape")),
            };
            code = code * 16 + u32::from(digit);
            self.pos += 1;
        }
        Ok(code)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Input came in as &str and we stopped on ASCII bytes, so the run is valid UTF-8.
            let run = self.bytes.get(run_start..self.pos).unwrap_or_default();
            out.push_str(std::str::from_utf8(run).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self
                        .peek()
                        .ok_or_else(|| self.error("unterminated string"))?;
                    self.pos += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first)
                                && self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u")
                            {
                                self.pos += 2;
                                let second = self.hex4()?;
                                if (0xDC00..0xE000).contains(&second) {
                                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                                } else {
                                    0xFFFD
                                }
                            } else {
                                first
                            };
                            // Lone surrogates (possible from JSON.stringify) become U+FFFD.
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(self.error("invalid escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }
}

/// The value of a validated JSON number literal. Exact for integers up to 2^53; otherwise close
/// enough to tell integers from fractions and in-range from out-of-range, which is all the API
/// asks of a number. (Avoids pulling the full float parser into the wasm.)
fn number_value(literal: &[u8]) -> f64 {
    let (negative, rest) = match literal.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, literal),
    };
    // Digits past 10^300 only move the decimal point, so `value` stays finite: a long literal
    // then never becomes inf / inf (NaN) below.
    const BIG: f64 = 1e300;
    let mut value = 0.0f64;
    let mut scale = 0i32;
    let mut i = 0;
    while let Some(&c @ b'0'..=b'9') = rest.get(i) {
        if value < BIG {
            value = value * 10.0 + f64::from(c - b'0');
        } else {
            scale = scale.saturating_add(1);
        }
        i += 1;
    }
    if rest.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&c @ b'0'..=b'9') = rest.get(i) {
            if value < BIG {
                value = value * 10.0 + f64::from(c - b'0');
                scale = scale.saturating_sub(1);
            }
            i += 1;
        }
    }
    if let Some(b'e' | b'E') = rest.get(i) {
        i += 1;
        let exp_negative = rest.get(i) == Some(&b'-');
        if let Some(b'+' | b'-') = rest.get(i) {
            i += 1;
        }
        let mut exp = 0i32;
        while let Some(&c @ b'0'..=b'9') = rest.get(i) {
            exp = exp.saturating_mul(10).saturating_add(i32::from(c - b'0'));
            i += 1;
        }
        scale = scale.saturating_add(if exp_negative { -exp } else { exp });
    }
    let magnitude = if value == 0.0 {
        0.0 // whatever the exponent: 0e999 is 0, not 0 x inf
    } else if scale >= 0 {
        value * 10f64.powi(scale)
    } else {
        value / 10f64.powi(scale.saturating_neg())
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// Writes an output value as compact JSON, with `serde_json`. It fails only for maps with
/// non-string keys or a `Serialize` impl that returns an error, and the API's outputs have
/// neither; `null` keeps the text valid JSON should one ever appear.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// Appends the compact JSON of `value` to `out` (a batch writes its items into one buffer).
pub fn write_into<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let mark = out.len();
    if serde_json::to_writer(&mut *out, value).is_err() {
        out.truncate(mark);
        out.extend_from_slice(b"null");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_json_stringify_emits() {
        let v = parse(r#" {"a":[1,-2.5,3e2,true,false,null],"b":"x\"\\\n\u00e9\ud83d\ude00"} "#)
            .unwrap();
        let Value::Object(fields) = v else {
            panic!("not an object")
        };
        assert_eq!(fields[0].0, "a");
        assert_eq!(
            fields[0].1,
            Value::Array(vec![
                Value::Number(1.0),
                Value::Number(-2.5),
                Value::Number(300.0),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null
            ])
        );
        assert_eq!(fields[1].1, Value::String("x\"\\\né😀".into()));
        for (text, value) in [
            ("9007199254740991", 9007199254740991.0),
            ("-0.5", -0.5),
            ("1e+21", 1e21),
            ("12.5e1", 125.0),
            ("1.0000000000000002", 1.0000000000000002),
            ("0", 0.0),
            ("0e66966661", 0.0),
            ("-0.0e-999", -0.0),
            ("1e999", f64::INFINITY),
            ("1e-999", 0.0),
            ("1e-99999999999", 0.0),
            ("1e99999999999", f64::INFINITY),
        ] {
            assert_eq!(parse(text), Ok(Value::Number(value)), "{text}");
        }
        // Long literals keep their magnitude (no NaN from inf / inf).
        let long = format!("1{}e-400", "0".repeat(400));
        assert!(matches!(parse(&long), Ok(Value::Number(n)) if (n - 1.0).abs() < 1e-9));
        let tiny = format!("9.{}e-2147483647", "9".repeat(400));
        assert_eq!(parse(&tiny), Ok(Value::Number(0.0)));
        let long_fraction = format!("{}.{}", "9".repeat(400), "9".repeat(400));
        assert_eq!(parse(&long_fraction), Ok(Value::Number(f64::INFINITY)));
    }

    #[test]
    fn refuses_malformed_text_without_panicking() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\"}",
            "01x",
            "-",
            "1.",
            "\"abc",
            "tru",
            "{\"a\":1,}",
            "\"\\q\"",
            "1 2",
            "\"\\u12\"",
        ] {
            assert!(parse(bad).is_err(), "accepted {bad:?}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn array_items_one_at_a_time() {
        let mut seen = Vec::new();
        assert_eq!(
            for_each_in_array(" [1, {\"a\":2} ,[]] ", |v, end| seen
                .push((v.unwrap(), end))),
            Ok(true)
        );
        assert_eq!(seen.len(), 3);
        assert_eq!(seen[0], (Value::Number(1.0), 3));
        assert_eq!(seen[1].1, 12, "each item's end offset");
        assert_eq!(seen[2].1, 16);
        assert_eq!(for_each_in_array("[]", |_, _| panic!("no items")), Ok(true));
        assert_eq!(
            for_each_in_array("{}", |_, _| panic!("not an array")),
            Ok(false)
        );
        // An item nested too deeply is that item's error, with its offset from the item's start
        // (as when parsed alone), and the walk goes on.
        let deep = "[".repeat(70) + &"]".repeat(70);
        let text = format!("[1,{deep},\"[\",2]");
        let mut items = Vec::new();
        assert_eq!(
            for_each_in_array(&text, |v, end| items.push((v, end))),
            Ok(true)
        );
        assert_eq!(items.len(), 4);
        assert_eq!(items[1].0, parse(&deep).map(|_| Value::Null));
        assert_eq!(items[1].1, 3 + deep.len());
        assert_eq!(items[2].0, Ok(Value::String("[".into())));
        assert_eq!(items[3].0, Ok(Value::Number(2.0)));
        for bad in [
            "[1,",
            "[1 2]",
            "[1]x",
            "[",
            "[,]",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        ] {
            assert!(
                for_each_in_array(bad, |_, _| {}).is_err(),
                "accepted {bad:?}"
            );
        }
    }

    #[test]
    fn writes_compact_json_and_batches_into_one_buffer() {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Out<'a> {
            some_text: &'a str,
            n: u64,
            list: Vec<Option<i32>>,
        }
        let out = Out {
            some_text: "a\"b\\c\n\u{1}中",
            n: 9_007_199_254_740_991,
            list: vec![Some(-1), None],
        };
        let text = to_string(&out);
        assert_eq!(
            text,
            r#"{"someText":"a\"b\\c\n\u0001中","n":9007199254740991,"list":[-1,null]}"#
        );
        assert_eq!(parse(&text).map(|_| ()), Ok(()));
        let mut buffer = b"[1,".to_vec();
        write_into(&mut buffer, &out);
        assert_eq!(buffer, format!("[1,{text}").into_bytes());
    }
}
