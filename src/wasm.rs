//! The one binding module: JSON text in, JSON text out.
//!
//! The package's JS (js/text/api.js) turns each input into JSON text with `JSON.stringify`, calls
//! one of these functions, and parses the answer with `JSON.parse`, then renders its messages. An
//! input error is thrown as the JSON text of `{ code, field, message }`, which the JS turns into a
//! `DisputeInputError`. Strings are all that cross, so the module needs no JavaScript objects of
//! its own (no `Reflect`, no `Error`, no `Array` walking): that keeps the glue small and the
//! work per call where it is cheapest.

use crate::api::{self, ErrorOut};
use crate::error::InputError;
use crate::json;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// Rules are written not to panic; if one ever does, say where in the console. `set_once` is a
/// cheap flag check after the first call.
fn panic_hook() {
    console_error_panic_hook::set_once();
}

/// An input error as the JSON text the JS rethrows as a `DisputeInputError`.
fn thrown(e: &InputError) -> String {
    json::to_string(&ErrorOut(e))
}

fn call(text: &str, f: fn(&str) -> Result<String, InputError>) -> Result<String, String> {
    panic_hook();
    f(text).map_err(|e| thrown(&e))
}

/// (The public signatures are declared in types.d.ts: the JS wrapper takes and returns objects.)
#[wasm_bindgen(js_name = evaluateDispute, skip_typescript)]
pub fn evaluate_dispute(input: &str) -> Result<String, String> {
    call(input, api::evaluate_dispute_json)
}

/// `options` is the JSON text of `{ text?: boolean }`, or empty for the defaults.
#[wasm_bindgen(js_name = evaluateDisputes, skip_typescript)]
pub fn evaluate_disputes(inputs: &str, options: &str) -> Result<String, String> {
    panic_hook();
    let options = if options.is_empty() {
        api::BatchOptions::default()
    } else {
        api::batch_options_json(options).map_err(|e| thrown(&e))?
    };
    api::evaluate_disputes_json(inputs, options).map_err(|e| thrown(&e))
}

#[wasm_bindgen(js_name = returnShippingSplit, skip_typescript)]
pub fn return_shipping_split(input: &str) -> Result<String, String> {
    call(input, api::return_shipping_split_json)
}

#[wasm_bindgen(js_name = refundPenalty, skip_typescript)]
pub fn refund_penalty(input: &str) -> Result<String, String> {
    call(input, api::refund_penalty_json)
}
