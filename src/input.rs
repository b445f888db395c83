//! Reading JSON input field by field, so every problem names its field path and expected form.

use crate::calendar::Stamp;
use crate::error::{ErrorCode, InputError, Result};
use crate::json::Value;
use crate::money::MAX_SAFE;

pub const DATE_FORM: &str =
    "a date \"YYYY-MM-DD\" or an RFC 3339 date-time with offset (\"2024-05-01T10:00:00+08:00\")";
pub const AMOUNT_FORM: &str =
    "a non-negative integer in the currency's minor unit (12900 for 129.00), at most 9007199254740991";

/// One JSON object of the input, with its path (`""` for the top level, `"dates"` inside).
pub struct Obj<'a> {
    fields: &'a [(String, Value)],
    path: String,
}

/// Shows a received value in a message, shortened so a huge string cannot flood it.
pub fn show(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            let more = if short.len() < s.len() { "…" } else { "" };
            format!("\"{short}{more}\"")
        }
        Value::Number(n) => show_number(*n),
        Value::Bool(b) => b.to_string(),
        other => other.kind().to_string(),
    }
}

/// A number for a message, without the float formatter (kept out of the wasm for size).
pub fn show_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e18 {
        (n as i64).to_string()
    } else if n.is_finite() && n.abs() < 1e15 {
        let scaled = (n.abs() * 1e6).round() as u64;
        let sign = if n < 0.0 { "-" } else { "" };
        let frac = format!("{:06}", scaled % 1_000_000);
        format!(
            "{sign}{}.{}",
            scaled / 1_000_000,
            frac.trim_end_matches('0')
        )
    } else {
        "a number out of range".to_string()
    }
}

pub fn join_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl<'a> Obj<'a> {
    /// Takes `value` as an object whose keys must all be in `known`.
    pub fn new(value: &'a Value, path: &str, known: &[&str]) -> Result<Obj<'a>> {
        let Value::Object(fields) = value else {
            let what = if path.is_empty() { "the input" } else { path };
            return Err(InputError::new(
                ErrorCode::InvalidType,
                path,
                format!("{what} must be an object, got {}", value.kind()),
            ));
        };
        if let Some((key, _)) = fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            let field = join_path(path, key);
            let place = if path.is_empty() {
                String::new()
            } else {
                format!(" in {path}")
            };
            return Err(InputError::new(
                ErrorCode::UnknownField,
                &field,
                format!(
                    "unknown field \"{key}\"{place}; expected one of: {}",
                    known.join(", ")
                ),
            ));
        }
        Ok(Obj {
            fields,
            path: path.to_string(),
        })
    }

    pub fn path(&self, key: &str) -> String {
        join_path(&self.path, key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &'a str> {
        self.fields.iter().map(|(k, _)| k.as_str())
    }

    /// The value of `key`; `null` counts as absent, as `undefined` does.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null))
    }

    /// Turns an absent optional value into a `missing_field` error naming the expected form.
    pub fn need<T>(&self, key: &str, value: Option<T>, form: &str) -> Result<T> {
        value.ok_or_else(|| self.missing(key, form))
    }

    #[inline(never)]
    fn missing(&self, key: &str, form: &str) -> InputError {
        let field = self.path(key);
        InputError::new(
            ErrorCode::MissingField,
            &field,
            format!("{field} is required: {form}"),
        )
    }

    fn wrong_type(&self, key: &str, form: &str, got: &Value) -> InputError {
        let field = self.path(key);
        InputError::new(
            ErrorCode::InvalidType,
            &field,
            format!("{field} must be {form}, got {}", got.kind()),
        )
    }

    pub fn string(&self, key: &str, form: &str) -> Result<Option<&'a str>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(other) => Err(self.wrong_type(key, form, other)),
        }
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(self.wrong_type(key, "true or false", other)),
        }
    }

    /// The booleans `keys` in order, `None` where absent: one loop, so one error path.
    pub fn bools<const N: usize>(&self, keys: &[&str; N]) -> Result<[Option<bool>; N]> {
        let mut out = [None; N];
        for (slot, key) in out.iter_mut().zip(keys) {
            *slot = self.bool(key)?;
        }
        Ok(out)
    }

    /// The dates `keys` in order, `None` where absent.
    pub fn dates<const N: usize>(&self, keys: &[&str; N]) -> Result<[Option<Stamp>; N]> {
        let mut out = [None; N];
        for (slot, key) in out.iter_mut().zip(keys) {
            *slot = self.date(key)?;
        }
        Ok(out)
    }

    /// One of a fixed set of snake_case strings.
    pub fn choice<T: Copy>(&self, key: &str, options: &[(&str, T)]) -> Result<Option<T>> {
        let Some(value) = self.get(key) else {
            return Ok(None);
        };
        if let Value::String(s) = value {
            if let Some(&(_, v)) = options.iter().find(|(name, _)| name == s) {
                return Ok(Some(v));
            }
        }
        let names: Vec<&str> = options.iter().map(|(name, _)| *name).collect();
        Err(self.not_a_choice(key, &names, value))
    }

    /// The error for a value that is not one of `names`. Not generic, so one copy serves every
    /// enum read.
    #[inline(never)]
    fn not_a_choice(&self, key: &str, names: &[&str], value: &Value) -> InputError {
        let Value::String(_) = value else {
            let form = format!("one of: {}", names.join(", "));
            return self.wrong_type(key, &form, value);
        };
        let field = self.path(key);
        InputError::new(
            ErrorCode::UnknownValue,
            &field,
            format!(
                "{field} must be one of: {}; got {}",
                names.join(", "),
                show(value)
            ),
        )
    }

    /// A non-negative safe integer (minor units, kilometres): `invalid_amount` otherwise.
    pub fn amount(&self, key: &str) -> Result<Option<u64>> {
        self.integer(key, AMOUNT_FORM)
    }

    pub fn integer(&self, key: &str, form: &str) -> Result<Option<u64>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => {
                if n.is_finite() && n.fract() == 0.0 && *n >= 0.0 && *n <= MAX_SAFE as f64 {
                    Ok(Some(*n as u64))
                } else {
                    let field = self.path(key);
                    Err(InputError::new(
                        ErrorCode::InvalidAmount,
                        &field,
                        format!("{field} must be {form}; got {}", show_number(*n)),
                    ))
                }
            }
            Some(other) => Err(self.wrong_type(key, form, other)),
        }
    }

    pub fn date(&self, key: &str) -> Result<Option<Stamp>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => match Stamp::parse(s) {
                Some(stamp) => Ok(Some(stamp)),
                None => {
                    let field = self.path(key);
                    Err(InputError::new(
                        ErrorCode::InvalidDate,
                        &field,
                        format!(
                            "{field} must be {DATE_FORM}; got {}",
                            show(&Value::String(s.clone()))
                        ),
                    ))
                }
            },
            Some(other) => Err(self.wrong_type(key, DATE_FORM, other)),
        }
    }

    /// A nested object whose keys must be in `known`.
    pub fn object(&self, key: &str, known: &[&str]) -> Result<Option<Obj<'a>>> {
        match self.get(key) {
            None => Ok(None),
            Some(value) => Obj::new(value, &self.path(key), known).map(Some),
        }
    }

    pub fn value(&self, key: &str) -> Option<&'a Value> {
        self.get(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn obj(text: &str) -> Value {
        parse(text).unwrap()
    }

    #[test]
    fn numbers_in_messages_are_shown_exactly_or_to_six_decimals() {
        assert_eq!(show_number(12900.0), "12900");
        assert_eq!(show_number(-1.0), "-1");
        assert_eq!(show_number(9007199254740992.0), "9007199254740992");
        assert_eq!(show_number(1.5), "1.5");
        assert_eq!(show_number(-0.25), "-0.25");
        assert_eq!(show_number(0.1 + 0.2), "0.3");
        assert_eq!(show_number(2.000001), "2.000001");
        assert_eq!(show_number(1e20), "a number out of range");
        assert_eq!(show_number(f64::NAN), "a number out of range");
    }

    #[test]
    fn unknown_field_names_its_path() {
        let v = obj(r#"{"dates":{"shiped":"2024-01-01"}}"#);
        let top = Obj::new(&v, "", &["dates"]).unwrap();
        let err = top.object("dates", &["shipped"]).err().unwrap();
        assert_eq!(err.code, ErrorCode::UnknownField);
        assert_eq!(err.field, "dates.shiped");
        assert!(err.message.contains("shipped"), "{}", err.message);
    }

    #[test]
    fn amounts_must_be_safe_non_negative_integers() {
        let v = obj(
            r#"{"a":12900,"b":1.5,"c":-1,"d":9007199254740992,"e":"129","f":9007199254740991}"#,
        );
        let o = Obj::new(&v, "", &["a", "b", "c", "d", "e", "f"]).unwrap();
        assert_eq!(o.amount("a"), Ok(Some(12900)));
        assert_eq!(o.amount("f"), Ok(Some(MAX_SAFE)));
        for k in ["b", "c", "d"] {
            assert_eq!(
                o.amount(k).unwrap_err().code,
                ErrorCode::InvalidAmount,
                "{k}"
            );
        }
        assert_eq!(o.amount("e").unwrap_err().code, ErrorCode::InvalidType);
        assert_eq!(o.amount("zzz"), Ok(None));
    }

    #[test]
    fn null_is_absent_and_missing_names_the_form() {
        let v = obj(r#"{"price":null}"#);
        let o = Obj::new(&v, "", &["price"]).unwrap();
        let err = o
            .need("price", o.amount("price").unwrap(), AMOUNT_FORM)
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::MissingField);
        assert_eq!(err.field, "price");
        assert!(err.message.contains("minor unit"));
    }

    #[test]
    fn choices_and_dates() {
        let v = obj(r#"{"r":"lost","s":"x","d":"2024-02-30","n":3}"#);
        let o = Obj::new(&v, "", &["r", "s", "d", "n"]).unwrap();
        let opts = [("lost", 1), ("found", 2)];
        assert_eq!(o.choice("r", &opts), Ok(Some(1)));
        let err = o.choice("s", &opts).unwrap_err();
        assert_eq!(err.code, ErrorCode::UnknownValue);
        assert!(err.message.contains("lost, found"));
        assert_eq!(
            o.choice("n", &opts).unwrap_err().code,
            ErrorCode::InvalidType
        );
        assert_eq!(o.date("d").unwrap_err().code, ErrorCode::InvalidDate);
        assert_eq!(o.date("n").unwrap_err().code, ErrorCode::InvalidType);
        assert_eq!(
            Obj::new(&Value::Array(vec![]), "", &[]).err().unwrap().code,
            ErrorCode::InvalidType
        );
    }
}
