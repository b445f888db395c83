//! The wasm boundary, run by wasm-bindgen-test in Node and again in headless Chromium
//! (`make test` sets WASM_BINDGEN_USE_BROWSER for the second run): JS objects in, JS objects out,
//! `DisputeInputError` on bad input, and the module still working afterwards.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

fn js(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property")
}

fn error_parts(err: &JsValue) -> (String, String, String) {
    let text = |k| get(err, k).as_string().unwrap_or_default();
    (text("name"), text("code"), text("field"))
}

#[wasm_bindgen_test]
fn penalty_round_trips_as_a_plain_object() {
    let out = dispute_calc::wasm::refund_penalty(js(
        r#"{"ruleset":"tmall","violation":"late_shipment","currency":"CNY","price":19900}"#,
    ))
    .expect("valid input");
    assert_eq!(get(&out, "penalty").as_f64(), Some(5970.0));
    assert_eq!(get(&out, "total").as_f64(), Some(25870.0));
    assert_eq!(
        get(&out, "formula").as_string().as_deref(),
        Some("min(30% x 199.00, 500.00)")
    );
    let rules: Array = get(&out, "rules").dyn_into().expect("array");
    assert_eq!(rules.get(0).as_string().as_deref(), Some("TM-P1"));
}

#[wasm_bindgen_test]
fn bad_input_throws_dispute_input_error_and_the_module_keeps_working() {
    let cases = [
        (
            r#"{"ruleset":"tmall","violation":"late_shipment","currency":"CNY","price":1.5}"#,
            "invalid_amount",
            "price",
        ),
        (
            r#"{"ruleset":"tmall","violation":"late_shipment","currency":"USD","price":100}"#,
            "currency_mismatch",
            "currency",
        ),
        (
            r#"{"ruleset":"tmall","violation":"late_shipment","currency":"CNY"}"#,
            "missing_field",
            "price",
        ),
        (
            r#"{"ruleset":"tmall","violation":"late_shipment","currency":"CNY","price":1,"policy":{"nope":1}}"#,
            "unknown_field",
            "policy.nope",
        ),
        (
            r#"{"ruleset":"nope","violation":"late_shipment","currency":"CNY","price":1}"#,
            "unknown_value",
            "ruleset",
        ),
        (r#"[1,2]"#, "invalid_type", ""),
    ];
    for (input, code, field) in cases {
        let err = dispute_calc::wasm::refund_penalty(js(input)).expect_err(input);
        assert!(
            err.is_instance_of::<js_sys::Error>(),
            "{input}: not an Error"
        );
        assert_eq!(
            error_parts(&err),
            ("DisputeInputError".into(), code.into(), field.into()),
            "{input}"
        );
        // Still working after the error.
        let ok = dispute_calc::wasm::refund_penalty(js(
            r#"{"ruleset":"taobao","violation":"late_shipment","currency":"CNY","price":10000}"#,
        ))
        .expect("module still works");
        assert_eq!(get(&ok, "penalty").as_f64(), Some(500.0));
    }
}

#[wasm_bindgen_test]
fn values_json_cannot_carry_are_input_errors() {
    for input in [JsValue::UNDEFINED, js_sys::BigInt::from(5u32).into()] {
        let err = dispute_calc::wasm::refund_penalty(input).expect_err("refused");
        assert_eq!(error_parts(&err).1, "invalid_type");
    }
}

#[wasm_bindgen_test]
fn batch_keeps_order_and_isolates_bad_items() {
    let items = Array::new();
    items.push(&js(
        r#"{"ruleset":"tmall","reason":"nope","asOf":"2024-01-01","currency":"CNY","price":1}"#,
    ));
    items.push(&js_sys::BigInt::from(1u32).into()); // a BigInt makes JSON.stringify throw
    items.push(&js(
        r#"{"ruleset":"tmall","reason":"late_shipment","currency":"CNY","price":1}"#,
    ));
    let out: Array = dispute_calc::wasm::evaluate_disputes(items.into(), JsValue::UNDEFINED)
        .expect("batch never throws for bad items")
        .dyn_into()
        .expect("array");
    assert_eq!(out.length(), 3);
    for (i, field) in [(0, "[0].reason"), (1, "[1]"), (2, "[2].asOf")] {
        let entry = out.get(i);
        assert_eq!(get(&entry, "ok").as_bool(), Some(false));
        assert_eq!(
            get(&get(&entry, "error"), "field").as_string().as_deref(),
            Some(field)
        );
    }
}

#[wasm_bindgen_test]
fn rulesets_are_listed_with_localized_names() {
    let en: Array = dispute_calc::wasm::rulesets(None)
        .unwrap()
        .dyn_into()
        .unwrap();
    let zh: Array = dispute_calc::wasm::rulesets(Some("zh-CN".into()))
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(en.length(), zh.length());
    let tmall = (0..en.length())
        .map(|i| en.get(i))
        .find(|r| get(r, "id").as_string().as_deref() == Some("tmall"))
        .expect("tmall listed");
    assert_eq!(
        get(&get(&tmall, "parameters"), "lateShipmentPercent").as_f64(),
        Some(30.0)
    );
    assert!(dispute_calc::wasm::rulesets(Some("fr".into())).is_err());
}
