//! The one binding module: JavaScript values in, JavaScript values out.
//!
//! Each call turns its input into JSON text with `JSON.stringify`, hands it to the plain-Rust API
//! in `api.rs`, and turns the JSON text of the result back with `JSON.parse`: two crossings of the
//! boundary per call (and per batch), whatever the size of the input. Input errors become a JS
//! `Error` named `DisputeInputError` with `code`, `field` and `message`.

use crate::api::{self, BatchOptions};
use crate::error::{ErrorCode, InputError};
use js_sys::{Error, Reflect, JSON};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// Rules are written not to panic; if one ever does, say where in the console. `set_once` is a
/// cheap flag check after the first call.
fn panic_hook() {
    console_error_panic_hook::set_once();
}

fn js_error(e: &InputError) -> JsValue {
    let error = Error::new(&e.message);
    error.set_name("DisputeInputError");
    let _ = Reflect::set(&error, &"code".into(), &e.code.as_str().into());
    let _ = Reflect::set(&error, &"field".into(), &e.field.as_str().into());
    error.into()
}

fn refused() -> InputError {
    InputError::new(
        ErrorCode::InvalidType,
        "",
        "the input must be a plain object of strings, numbers and booleans (no BigInt, no cycles)",
    )
}

/// `JSON.stringify(input)`, refusing what JSON cannot carry (undefined, BigInt, cycles).
fn stringify(input: &JsValue) -> Result<String, InputError> {
    if input.is_undefined() || input.is_function() || input.is_symbol() {
        return Err(refused());
    }
    JSON::stringify(input)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(refused)
}

fn call(input: &JsValue, f: fn(&str) -> Result<String, InputError>) -> Result<JsValue, JsValue> {
    panic_hook();
    let text = stringify(input).map_err(|e| js_error(&e))?;
    let out = f(&text).map_err(|e| js_error(&e))?;
    JSON::parse(&out)
}

#[wasm_bindgen(js_name = evaluateDispute, unchecked_return_type = "Decision")]
pub fn evaluate_dispute(
    #[wasm_bindgen(unchecked_param_type = "DisputeInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::evaluate_dispute_json)
}

/// (Declared in types.d.ts, where `options` can be optional.)
#[wasm_bindgen(js_name = evaluateDisputes, skip_typescript)]
pub fn evaluate_disputes(inputs: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    panic_hook();
    let options = if options.is_undefined() || options.is_null() {
        BatchOptions::default()
    } else {
        stringify(&options)
            .and_then(|text| api::batch_options_json(&text))
            .map_err(|e| js_error(&e))?
    };
    if let Ok(text) = stringify(&inputs) {
        return JSON::parse(
            &api::evaluate_disputes_json(&text, options).map_err(|e| js_error(&e))?,
        );
    }
    // One item JSON cannot carry (a BigInt, a cycle) must not fail the batch: go item by item.
    let Some(items) = inputs.dyn_ref::<js_sys::Array>() else {
        return Err(js_error(&InputError::new(
            ErrorCode::InvalidType,
            "",
            "evaluateDisputes takes an array of evaluateDispute inputs",
        )));
    };
    let out = js_sys::Array::new();
    for (i, item) in items.iter().enumerate() {
        // As in the whole array's JSON: undefined and functions are null, and a BigInt or a cycle
        // is the same error as for the single call.
        let stringified = JSON::stringify(&item).map(|text| text.as_string());
        let text = match &stringified {
            Ok(text) => Ok(text.as_deref()),
            Err(_) => Err(refused()),
        };
        out.push(&JSON::parse(&api::batch_item_json(i, text, options))?);
    }
    Ok(out.into())
}

#[wasm_bindgen(js_name = returnShippingSplit, unchecked_return_type = "ShippingSplit")]
pub fn return_shipping_split(
    #[wasm_bindgen(unchecked_param_type = "ShippingInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::return_shipping_split_json)
}

#[wasm_bindgen(js_name = refundPenalty, unchecked_return_type = "PenaltyResult")]
pub fn refund_penalty(
    #[wasm_bindgen(unchecked_param_type = "PenaltyInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::refund_penalty_json)
}

/// Every implemented ruleset with its localized name, version, parameter defaults and sources.
/// (Declared in types.d.ts, where the locale can be an optional `Locale`.)
#[wasm_bindgen(js_name = rulesets, skip_typescript)]
pub fn rulesets(locale: Option<String>) -> Result<JsValue, JsValue> {
    panic_hook();
    let out = api::rulesets_json(locale.as_deref()).map_err(|e| js_error(&e))?;
    JSON::parse(&out)
}
