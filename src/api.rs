//! The public functions, in plain Rust: JSON in, typed result out. The wasm binding (src/wasm.rs)
//! and the native tests both call these.

use crate::decision::{Decision, Penalty, Split};
use crate::error::{ErrorCode, InputError, Result};
use crate::json::{self, Value};
use crate::model::{Dispute, PenaltyInput, ShippingInput};
use crate::rulesets::{self, RulesetInfo};
use serde::ser::{Serialize, SerializeMap, Serializer};

pub fn evaluate_dispute(input: &Value) -> Result<Decision> {
    rulesets::evaluate(&Dispute::read(input, rulesets::resolve)?)
}

pub fn return_shipping_split(input: &Value) -> Result<Split> {
    rulesets::shipping(&ShippingInput::read(input, rulesets::resolve)?)
}

pub fn refund_penalty(input: &Value) -> Result<Penalty> {
    rulesets::penalty(&PenaltyInput::read(input, rulesets::resolve)?)
}

pub fn rulesets() -> Vec<RulesetInfo> {
    rulesets::infos()
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

/// How `evaluateDisputes` works through a list.
#[derive(Clone, Copy, Debug)]
pub struct BatchOptions {
    /// Render the human-readable text of each decision. Lists that show only outcomes, amounts
    /// and deadlines turn it off: the decisions' numbers, codes and rule ids stay the same, and
    /// `summary`, `reply` and the check and offer texts are empty strings.
    pub text: bool,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions { text: true }
    }
}

/// Reads the `options` argument of `evaluateDisputes`: `{ text?: boolean }`.
pub fn batch_options(value: &Value) -> Result<BatchOptions> {
    let o = crate::input::Obj::new(value, "options", &["text"])?;
    Ok(BatchOptions {
        text: o.bool("text")?.unwrap_or(true),
    })
}

pub fn batch_options_json(text: &str) -> Result<BatchOptions> {
    batch_options(&parse_input(text)?)
}

fn evaluate_with(input: &Value, options: BatchOptions) -> Result<Decision> {
    let mut dispute = Dispute::read(input, rulesets::resolve)?;
    dispute.common.text = options.text;
    rulesets::evaluate(&dispute)
}

/// One batch entry: the decision, or the item's error with its index in the field path.
fn batch_item(index: usize, item: &Value, options: BatchOptions) -> BatchItem {
    match evaluate_with(item, options) {
        Ok(decision) => BatchItem::Ok(decision),
        Err(error) => BatchItem::Err(numbered(index, error)),
    }
}

/// The error of batch item `index`, its field path under `[index]`.
pub fn numbered(index: usize, mut error: InputError) -> InputError {
    error.field = if error.field.is_empty() {
        format!("[{index}]")
    } else {
        format!("[{index}].{}", error.field)
    };
    error
}

fn not_an_array(kind: &str) -> InputError {
    InputError::new(
        ErrorCode::InvalidType,
        "",
        format!("evaluateDisputes takes an array of evaluateDispute inputs, got {kind}"),
    )
}

/// Evaluates every item; a bad item becomes an error entry and never fails the batch.
pub fn evaluate_disputes(inputs: &Value, options: BatchOptions) -> Result<Vec<BatchItem>> {
    let Value::Array(items) = inputs else {
        return Err(not_an_array(inputs.kind()));
    };
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, item)| batch_item(i, item, options))
        .collect())
}

/// Parses JSON text from the boundary. Text made by `JSON.stringify` always parses; this error is
/// for native callers.
pub fn parse_input(text: &str) -> Result<Value> {
    json::parse(text).map_err(invalid_json)
}

fn invalid_json(e: json::ParseError) -> InputError {
    InputError::new(
        ErrorCode::InvalidType,
        "",
        format!(
            "the input is not valid JSON ({} at byte {})",
            e.message, e.offset
        ),
    )
}

/// The JSON-text form of each function, as the wasm binding calls them.
pub fn evaluate_dispute_json(text: &str) -> Result<String> {
    evaluate_dispute(&parse_input(text)?).map(|d| json::to_string(&d))
}

/// The batch as a stream: each item is parsed, decided and written before the next is read, so
/// memory and cache use stay those of one item however long the list.
pub fn evaluate_disputes_json(text: &str, options: BatchOptions) -> Result<String> {
    let mut out = vec![b'['];
    let mut index = 0;
    let is_array = json::for_each_in_array(text, |item, end| {
        if index > 0 {
            out.push(b',');
        }
        let entry = match item {
            Ok(item) => batch_item(index, &item, options),
            // An item nested too deeply is that item's error, as it would be alone.
            Err(e) => BatchItem::Err(numbered(index, invalid_json(e))),
        };
        json::write_into(&mut out, &entry);
        index += 1;
        if index == 1 {
            // Size the output once, from the first item's output per input byte and an eighth
            // more: a large batch then fills one buffer instead of doubling (and copying) one.
            // In u64: on wasm32 the product of two lengths overflows usize.
            let estimate = (out.len() as u64).saturating_mul(text.len() as u64) / end.max(1) as u64;
            let wanted = estimate.saturating_add(estimate / 8);
            let more = usize::try_from(wanted)
                .unwrap_or(usize::MAX)
                .saturating_sub(out.len());
            // A failed reservation is no error: the buffer then grows as it fills.
            let _ = out.try_reserve(more);
        }
    });
    match is_array {
        Ok(true) => {
            out.push(b']');
            // serde_json writes UTF-8 only, so the check passes (one pass over the bytes).
            Ok(String::from_utf8(out)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
        }
        // Not an array: say what it is instead.
        Ok(false) => Err(not_an_array(parse_input(text)?.kind())),
        Err(e) => Err(invalid_json(e)),
    }
}

pub fn return_shipping_split_json(text: &str) -> Result<String> {
    return_shipping_split(&parse_input(text)?).map(|s| json::to_string(&s))
}

pub fn refund_penalty_json(text: &str) -> Result<String> {
    refund_penalty(&parse_input(text)?).map(|p| json::to_string(&p))
}
