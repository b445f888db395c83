//! `evaluateDisputes`: same length and order, bad items isolated with their index, the same
//! decisions as single calls, and `text: false` changing text only.
#![cfg(not(target_arch = "wasm32"))]

use dispute_calc::api::{self, BatchOptions};
use dispute_calc::json::{self, Value};
use dispute_calc::ErrorCode;

const WORKED_EXAMPLE: &str = r#"{"ruleset":"aliexpress","reason":"not_received","request":"full_refund","asOf":"2015-04-20","currency":"USD","price":2599,"dates":{"ordered":"2015-03-03","shipped":"2015-03-19","delivered":"2015-04-12","opened":"2015-04-20"},"tracking":"delivered","policy":{"handlingDays":20}}"#;
const TMALL_LATE: &str = r#"{"ruleset":"tmall","reason":"late_shipment","asOf":"2024-05-10","currency":"CNY","price":19900,"dates":{"paid":"2024-05-01","opened":"2024-05-10"}}"#;
const BAD_DATE: &str = r#"{"ruleset":"taobao","reason":"no_reason","asOf":"2024-05-10","currency":"CNY","price":100,"dates":{"delivered":"2024-02-30"}}"#;

fn field<'a>(value: &'a Value, key: &str) -> &'a Value {
    match value {
        Value::Object(fields) => &fields.iter().find(|(k, _)| k == key).expect(key).1,
        other => panic!("not an object: {other:?}"),
    }
}

/// The value at `key`, if the object has it.
fn get<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        other => panic!("not an object: {other:?}"),
    }
}

fn batch(items: &[&str], options: BatchOptions) -> Vec<Value> {
    let text = format!("[{}]", items.join(","));
    match json::parse(&api::evaluate_disputes_json(&text, options).expect("batch")) {
        Ok(Value::Array(out)) => out,
        other => panic!("not an array: {other:?}"),
    }
}

#[test]
fn same_length_and_order_and_the_same_decisions_as_single_calls() {
    let items = [WORKED_EXAMPLE, BAD_DATE, TMALL_LATE, "17", WORKED_EXAMPLE];
    let out = batch(&items, BatchOptions::default());
    assert_eq!(out.len(), items.len());
    for (i, (item, entry)) in items.iter().zip(&out).enumerate() {
        match api::evaluate_dispute_json(item) {
            Ok(single) => {
                assert_eq!(field(entry, "ok"), &Value::Bool(true), "item {i}");
                assert_eq!(
                    field(entry, "value"),
                    &json::parse(&single).unwrap(),
                    "item {i}"
                );
            }
            Err(e) => {
                assert_eq!(field(entry, "ok"), &Value::Bool(false), "item {i}");
                let error = field(entry, "error");
                assert_eq!(field(error, "code"), &Value::String(e.code.as_str().into()));
                let path = if e.field.is_empty() {
                    format!("[{i}]")
                } else {
                    format!("[{i}].{}", e.field)
                };
                assert_eq!(field(error, "field"), &Value::String(path));
            }
        }
    }
    assert_eq!(
        field(field(&out[1], "error"), "field"),
        &Value::String("[1].dates.delivered".into())
    );
}

#[test]
fn without_text_the_numbers_codes_and_rules_are_unchanged() {
    let items = [WORKED_EXAMPLE, TMALL_LATE];
    let full = batch(&items, BatchOptions::default());
    let bare = batch(&items, BatchOptions { text: false });
    for (a, b) in full.iter().zip(&bare) {
        let (a, b) = (field(a, "value"), field(b, "value"));
        for key in [
            "outcome",
            "fault",
            "refund",
            "currency",
            "deadlines",
            "evidence",
            "rules",
        ] {
            assert_eq!(field(a, key), field(b, key), "{key}");
        }
        // The texts are messages now: with text they are there, without it they are left out.
        let messages = field(a, "messages");
        for key in ["summary", "reply"] {
            let Value::Array(list) = field(messages, key) else {
                panic!("{key} is not a list")
            };
            assert!(!list.is_empty(), "{key}");
        }
        assert_eq!(
            get(b, "messages"),
            None,
            "no summary and no reply without text"
        );
        let (Value::Array(ca), Value::Array(cb)) = (field(a, "checks"), field(b, "checks")) else {
            panic!("checks")
        };
        assert_eq!(ca.len(), cb.len());
        for (x, y) in ca.iter().zip(cb) {
            assert_eq!(field(x, "id"), field(y, "id"));
            assert_eq!(field(x, "passed"), field(y, "passed"));
            assert!(get(x, "message").is_some());
            assert_eq!(get(y, "message"), None);
        }
    }
}

#[test]
fn the_list_itself_must_be_a_json_array() {
    for (text, code) in [
        ("{}", ErrorCode::InvalidType),
        ("[1,", ErrorCode::InvalidType),
        ("[]x", ErrorCode::InvalidType),
    ] {
        let err = api::evaluate_disputes_json(text, BatchOptions::default()).unwrap_err();
        assert_eq!((err.code, err.field.as_str()), (code, ""), "{text}");
    }
    assert_eq!(
        api::evaluate_disputes_json("[]", BatchOptions::default()).unwrap(),
        "[]"
    );
}

#[test]
fn options_are_checked_like_any_input() {
    let ok = api::batch_options(&json::parse(r#"{"text":false}"#).unwrap()).unwrap();
    assert!(!ok.text);
    let err = api::batch_options(&json::parse(r#"{"txt":false}"#).unwrap()).unwrap_err();
    assert_eq!(
        (err.code, err.field.as_str()),
        (ErrorCode::UnknownField, "options.txt")
    );
    let err = api::batch_options(&json::parse(r#"{"text":"no"}"#).unwrap()).unwrap_err();
    assert_eq!(
        (err.code, err.field.as_str()),
        (ErrorCode::InvalidType, "options.text")
    );
}

#[test]
fn an_item_nested_too_deeply_is_that_items_error_not_the_batchs() {
    let deep = "[".repeat(80) + &"]".repeat(80);
    let out = batch(
        &[WORKED_EXAMPLE, &deep, TMALL_LATE],
        BatchOptions::default(),
    );
    assert_eq!(out.len(), 3);
    assert_eq!(field(&out[0], "ok"), &Value::Bool(true));
    assert_eq!(field(&out[2], "ok"), &Value::Bool(true));
    let error = field(&out[1], "error");
    let single = api::evaluate_dispute_json(&deep).unwrap_err();
    assert_eq!(field(error, "field"), &Value::String("[1]".into()));
    assert_eq!(field(error, "code"), &Value::String("invalid_type".into()));
    assert_eq!(field(error, "message"), &Value::String(single.message));
}

#[test]
fn one_item_alone_is_numbered_as_in_the_whole_batch() {
    let whole = batch(
        &[BAD_DATE, BAD_DATE, BAD_DATE, WORKED_EXAMPLE],
        BatchOptions::default(),
    );
    for (i, item) in [BAD_DATE, WORKED_EXAMPLE].iter().enumerate() {
        let index = 2 + i;
        let alone = api::batch_item_json(index, Ok(Some(item)), BatchOptions::default());
        assert_eq!(json::parse(&alone).unwrap(), whole[index]);
    }
    // What JSON writes as null (undefined, a function) is decided as null; an item JSON cannot
    // carry at all gets the error the binding hands in, under its index.
    let null = api::batch_item_json(7, Ok(None), BatchOptions::default());
    let null = json::parse(&null).unwrap();
    assert_eq!(
        field(field(&null, "error"), "field"),
        &Value::String("[7]".into())
    );
    let refused = dispute_calc::InputError::new(ErrorCode::InvalidType, "", "no BigInt");
    let refused = json::parse(&api::batch_item_json(
        8,
        Err(refused),
        BatchOptions::default(),
    ))
    .unwrap();
    let error = field(&refused, "error");
    assert_eq!(field(error, "field"), &Value::String("[8]".into()));
    assert_eq!(field(error, "message"), &Value::String("no BigInt".into()));
}
