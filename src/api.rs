//! The public functions, in plain Rust: JSON in, typed result out. The wasm binding (src/wasm.rs)
//! and the native tests both call these.

use crate::decision::{Decision, Penalty, Split};
use crate::error::{ErrorCode, InputError, Result};
use crate::json::{self, Value};
use crate::model::{Dispute, Locale, PenaltyInput, ShippingInput};
use crate::rulesets::{self, RulesetInfo};
use serde::ser::{Serialize, SerializeMap, Serializer};

pub fn evaluate_dispute(input: &Value) -> Result<Decision> {
    rulesets::evaluate(&Dispute::read(input)?)
}

pub fn return_shipping_split(input: &Value) -> Result<Split> {
    rulesets::shipping(&ShippingInput::read(input)?)
}

pub fn refund_penalty(input: &Value) -> Result<Penalty> {
    rulesets::penalty(&PenaltyInput::read(input)?)
}

pub fn rulesets(locale: Locale) -> Vec<RulesetInfo> {
    rulesets::infos(locale)
}

/// One entry of `evaluateDisputes`: `{ ok: true, value }` or `{ ok: false, error }`.
pub enum BatchItem {
    Ok(Decision),
    Err(InputError),
}

impl Serialize for BatchItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        match self {
            BatchItem::Ok(decision) => {
                map.serialize_entry("ok", &true)?;
                map.serialize_entry("value", decision)?;
            }
            BatchItem::Err(error) => {
                map.serialize_entry("ok", &false)?;
                map.serialize_entry("error", &ErrorOut(error))?;
            }
        }
        map.end()
    }
}

/// An input error as the plain object `{ code, field, message }`.
pub struct ErrorOut<'a>(pub &'a InputError);

impl Serialize for ErrorOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("code", self.0.code.as_str())?;
        map.serialize_entry("field", &self.0.field)?;
        map.serialize_entry("message", &self.0.message)?;
        map.end()
    }
}

/// Evaluates every item; a bad item becomes an error entry and never fails the batch.
pub fn evaluate_disputes(inputs: &Value) -> Result<Vec<BatchItem>> {
    let Value::Array(items) = inputs else {
        return Err(InputError::new(
            ErrorCode::InvalidType,
            "",
            format!(
                "evaluateDisputes takes an array of evaluateDispute inputs, got {}",
                inputs.kind()
            ),
        ));
    };
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, item)| match evaluate_dispute(item) {
            Ok(decision) => BatchItem::Ok(decision),
            Err(mut error) => {
                error.field = if error.field.is_empty() {
                    format!("[{i}]")
                } else {
                    format!("[{i}].{}", error.field)
                };
                BatchItem::Err(error)
            }
        })
        .collect())
}

/// Parses JSON text from the boundary. Text made by `JSON.stringify` always parses; this error is
/// for native callers.
pub fn parse_input(text: &str) -> Result<Value> {
    json::parse(text).map_err(|e| {
        InputError::new(
            ErrorCode::InvalidType,
            "",
            format!(
                "the input is not valid JSON ({} at byte {})",
                e.message, e.offset
            ),
        )
    })
}

/// The JSON-text form of each function, as the wasm binding calls them.
pub fn evaluate_dispute_json(text: &str) -> Result<String> {
    evaluate_dispute(&parse_input(text)?).map(|d| json::to_string(&d))
}

pub fn evaluate_disputes_json(text: &str) -> Result<String> {
    evaluate_disputes(&parse_input(text)?).map(|items| json::to_string(&items))
}

pub fn return_shipping_split_json(text: &str) -> Result<String> {
    return_shipping_split(&parse_input(text)?).map(|s| json::to_string(&s))
}

pub fn refund_penalty_json(text: &str) -> Result<String> {
    refund_penalty(&parse_input(text)?).map(|p| json::to_string(&p))
}

pub fn rulesets_json(locale: Option<&str>) -> Result<String> {
    let locale = match locale {
        None => Locale::En,
        Some(name) => Locale::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, l)| *l)
            .ok_or_else(|| {
                InputError::new(
                    ErrorCode::UnknownValue,
                    "locale",
                    format!("locale must be \"en\" or \"zh-CN\"; got \"{name}\""),
                )
            })?,
    };
    Ok(json::to_string(&rulesets(locale)))
}
