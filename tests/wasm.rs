//! The wasm boundary, run by wasm-bindgen-test in Node and again in headless Chromium
//! (`make test` sets WASM_BINDGEN_USE_BROWSER for the second run): JSON text in, JSON text out,
//! an input error thrown as the JSON text of `{ code, field, message }`, and the module still
//! working afterwards. What the package's JS makes of it (objects, `DisputeInputError`, values
//! JSON cannot carry) is tested through the installed package.
#![cfg(target_arch = "wasm32")]

use dispute_calc::json::{self, Value};
use wasm_bindgen_test::*;

fn parse(text: &str) -> Value {
    json::parse(text).expect("the module writes JSON")
}

fn get<'a>(value: &'a Value, key: &str) -> &'a Value {
    match value {
        Value::Object(fields) => fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no {key}")),
        _ => panic!("not an object"),
    }
}

fn text(value: &Value) -> &str {
    match value {
        Value::String(s) => s,
        _ => panic!("not a string"),
    }
}

fn number(value: &Value) -> f64 {
    match value {
        Value::Number(n) => *n,
        _ => panic!("not a number"),
    }
}

#[wasm_bindgen_test]
fn penalty_round_trips_as_json_with_its_summary_as_a_message() {
    let out = dispute_calc::wasm::refund_penalty(
        r#"{"ruleset":"tmall","violation":"late_shipment","currency":"CNY","price":19900}"#,
    )
    .expect("valid input");
    let out = parse(&out);
    assert_eq!(number(get(&out, "penalty")), 5970.0);
    assert_eq!(number(get(&out, "total")), 25870.0);
    assert_eq!(text(get(&out, "formula")), "min(30% x 199.00, 500.00)");
    let Value::Array(summary) = get(get(&out, "messages"), "summary") else {
        panic!("summary messages")
    };
    let penalty = get(get(&summary[0], "args"), "penalty");
    assert_eq!(number(get(penalty, "amount")), 5970.0);
    assert_eq!(text(get(penalty, "currency")), "CNY");
}

#[wasm_bindgen_test]
fn bad_input_throws_its_error_as_json_and_the_module_keeps_working() {
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
        (r#"{"ruleset":"#, "invalid_type", ""),
    ];
    for (input, code, field) in cases {
        let err = dispute_calc::wasm::refund_penalty(input).expect_err(input);
        let err = parse(&err);
        assert_eq!(
            (text(get(&err, "code")), text(get(&err, "field"))),
            (code, field),
            "{input}"
        );
        assert!(text(get(&err, "message")).contains(field), "{input}");
        // Still working after the error.
        let ok = dispute_calc::wasm::refund_penalty(
            r#"{"ruleset":"taobao","violation":"late_shipment","currency":"CNY","price":10000}"#,
        )
        .expect("module still works");
        assert_eq!(number(get(&parse(&ok), "penalty")), 500.0);
    }
}

#[wasm_bindgen_test]
fn batch_keeps_order_and_isolates_bad_items() {
    let items = r#"[
        {"ruleset":"tmall","reason":"nope","asOf":"2024-01-01","currency":"CNY","price":1},
        null,
        {"ruleset":"tmall","reason":"late_shipment","currency":"CNY","price":1}
    ]"#;
    let out = dispute_calc::wasm::evaluate_disputes(items, "").expect("no batch error");
    let Value::Array(out) = parse(&out) else {
        panic!("array")
    };
    assert_eq!(out.len(), 3);
    for (entry, field) in out.iter().zip(["[0].reason", "[1]", "[2].asOf"]) {
        assert!(matches!(get(entry, "ok"), Value::Bool(false)));
        assert_eq!(text(get(get(entry, "error"), "field")), field);
    }
    let err = dispute_calc::wasm::evaluate_disputes("[]", r#"{"txt":false}"#).expect_err("options");
    assert_eq!(text(get(&parse(&err), "field")), "options.txt");
    let err = dispute_calc::wasm::evaluate_disputes("{}", "").expect_err("not an array");
    assert_eq!(text(get(&parse(&err), "code")), "invalid_type");
}
