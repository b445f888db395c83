//! The descriptions `vocabulary.json` and `src/types.d.ts` are generated from (src/vocab.rs)
//! against what the functions really write: every field of every output object is described,
//! every required one is present, and each value is of its described kind.
#![cfg(not(target_arch = "wasm32"))]

use dispute_calc::api;
use dispute_calc::json;
use dispute_calc::vocab::{self, Field, Kind};
use serde_json::Value;

fn conforms(path: &str, value: &Value, kind: &Kind) -> Result<(), String> {
    let fail = |what: &str| Err(format!("{path}: {value} is not {what}"));
    match kind {
        Kind::Money | Kind::Integer => match value.as_u64() {
            Some(n) if n <= dispute_calc::money::MAX_SAFE => Ok(()),
            _ => fail("a safe non-negative integer"),
        },
        Kind::Date => match value.as_str() {
            Some(s) if s.len() >= 10 && s.as_bytes()[4] == b'-' => Ok(()),
            _ => fail("a date"),
        },
        Kind::Boolean => value
            .as_bool()
            .map(|_| ())
            .ok_or(())
            .or_else(|_| fail("a boolean")),
        Kind::String => value
            .as_str()
            .map(|_| ())
            .ok_or(())
            .or_else(|_| fail("a string")),
        Kind::Currency => match value.as_str() {
            Some(code) if dispute_calc::money::currency(code).is_some() => Ok(()),
            _ => fail("a currency of the table"),
        },
        Kind::Enum(e) => match value.as_str() {
            Some(s) if e.values.contains(&s) => Ok(()),
            _ => fail(&format!("a value of {}", e.name)),
        },
        Kind::Object(_, fields) => object(path, value, fields),
        Kind::List(of) => match value.as_array() {
            Some(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, item)| conforms(&format!("{path}[{i}]"), item, of)),
            None => fail("a list"),
        },
        Kind::Keyed(keys, of) => match value.as_object() {
            Some(map) => map.iter().try_for_each(|(k, v)| {
                if !keys.values.contains(&k.as_str()) {
                    return Err(format!("{path}: key {k} is not a value of {}", keys.name));
                }
                conforms(&format!("{path}.{k}"), v, of)
            }),
            None => fail("an object"),
        },
        Kind::Map(of) => match value.as_object() {
            Some(map) => map
                .iter()
                .try_for_each(|(k, v)| conforms(&format!("{path}.{k}"), v, of)),
            None => fail("an object"),
        },
        Kind::Policy => Ok(()),
        Kind::Message => match value.as_object() {
            Some(m) if m.get("id").is_some_and(Value::is_string) && m.contains_key("args") => {
                Ok(())
            }
            _ => fail("a message { id, args }"),
        },
        Kind::Nullable(of) => match value {
            Value::Null => Ok(()),
            _ => conforms(path, value, of),
        },
    }
}

fn object(path: &str, value: &Value, fields: &[Field]) -> Result<(), String> {
    let map = value
        .as_object()
        .ok_or_else(|| format!("{path}: {value} is not an object"))?;
    for key in map.keys() {
        if !fields.iter().any(|f| f.name == key) {
            return Err(format!(
                "{path}: field {key} is not described in src/vocab.rs"
            ));
        }
    }
    for field in fields {
        match map.get(field.name) {
            Some(v) => conforms(&format!("{path}.{}", field.name), v, &field.kind)?,
            // Rendered by the package's JS from `messages`: the engine leaves it out.
            None if field.required && !field.rendered => {
                return Err(format!("{path}: described field {} is missing", field.name))
            }
            None => {}
        }
    }
    Ok(())
}

fn output(function: &str, input: &str) -> Value {
    let text = match function {
        "evaluateDispute" => api::evaluate_dispute_json(input),
        "returnShippingSplit" => api::return_shipping_split_json(input),
        "refundPenalty" => api::refund_penalty_json(input),
        _ => unreachable!(),
    };
    serde_json::from_str(&text.unwrap_or_else(|e| panic!("{function}: {e:?}"))).unwrap()
}

fn described(function: &str) -> &'static [Field] {
    let f = vocab::FUNCTIONS
        .iter()
        .find(|f| f.name == function)
        .unwrap();
    f.output.1
}

#[test]
fn outputs_are_described_field_by_field() {
    let cases = [
        (
            "evaluateDispute",
            r#"{"ruleset":"aliexpress","reason":"not_as_described","asOf":"2024-01-20","currency":"USD","price":2599,"dates":{"ordered":"2024-01-01","shipped":"2024-01-03","delivered":"2024-01-15","opened":"2024-01-18"},"evidence":{"buyerPhotos":true}}"#,
        ),
        (
            "evaluateDispute",
            r#"{"ruleset":"amazon","reason":"not_received","asOf":"2024-03-01","currency":"USD","price":5000,"tracking":"delivered","dates":{"ordered":"2024-01-01","shipped":"2024-01-03","delivered":"2024-01-15"}}"#,
        ),
        (
            "evaluateDispute",
            r#"{"ruleset":"taobao","reason":"no_reason","asOf":"2024-05-05","currency":"CNY","price":19900,"dates":{"ordered":"2024-04-28","delivered":"2024-05-01"},"locale":"zh-CN"}"#,
        ),
        (
            "returnShippingSplit",
            r#"{"ruleset":"taobao","reason":"no_reason","currency":"CNY","outboundShipping":1000,"freeShipping":true,"returnShipping":1200,"insurancePayout":800}"#,
        ),
        (
            "refundPenalty",
            r#"{"ruleset":"tmall","violation":"late_shipment","currency":"CNY","price":19900}"#,
        ),
    ];
    let mut offers = 0;
    for (function, input) in cases {
        let out = output(function, input);
        offers += out["options"].as_array().map_or(0, Vec::len);
        object(function, &out, described(function)).unwrap();
    }
    assert!(offers > 0, "one case at least shows the offers' fields");
    let infos: Value = serde_json::to_value(api::rulesets()).unwrap();
    let kind = Kind::List(&Kind::Object(
        vocab::RULESETS_OUTPUT.0,
        vocab::RULESETS_OUTPUT.1,
    ));
    conforms("rulesets()", &infos, &kind).unwrap();
}

#[test]
fn the_readers_accept_every_described_input_field() {
    // Each described leaf, given alone with a value of its kind, is never an unknown field.
    for function in vocab::FUNCTIONS {
        for path in vocab::leaf_paths(function.input.1) {
            let (outer, inner) = path.split_once('.').unwrap_or((&path, ""));
            let leaf = if inner.is_empty() {
                "null".to_string()
            } else {
                format!("{{\"{inner}\":null}}")
            };
            let input = json::parse(&format!("{{\"{outer}\":{leaf}}}")).unwrap();
            let error = match function.name {
                "evaluateDispute" => api::evaluate_dispute(&input).err(),
                "returnShippingSplit" => api::return_shipping_split(&input).err(),
                _ => api::refund_penalty(&input).err(),
            };
            let error = error.expect("an input without its required fields is refused");
            assert_ne!(
                error.code,
                dispute_calc::ErrorCode::UnknownField,
                "{} {path}",
                function.name
            );
        }
    }
}

#[test]
fn enum_names_are_unique() {
    let mut names: Vec<_> = vocab::ENUMS.iter().map(|e| e.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), vocab::ENUMS.len());
}
