//! Helpers for the table-driven rule tests: inputs are written as the JSON a page would send.
#![allow(dead_code)]

use dispute_calc::api::{self, ErrorOut};
use dispute_calc::decision::{Check, Decision, Penalty, Split};
use dispute_calc::json;
use dispute_calc::InputError;
use serde::Serialize;
use std::fs::OpenOptions;
use std::io::Write;

fn parse(input: &str) -> json::Value {
    json::parse(input)
        .unwrap_or_else(|e| panic!("bad test JSON at byte {}: {}", e.offset, e.message))
}

/// Runs one case, and when `DISPUTE_CALC_RECORD` names a file, appends it there as a JSON line
/// `{"fn":…,"input":…,"output":…}` or `{"fn":…,"input":…,"error":{code,field,message}}`.
/// The package tests replay every recorded case through the wasm boundary and expect the same
/// answer, so the whole table runs natively and again as a JavaScript user would call it.
fn run<T: Serialize>(
    function: &str,
    input: &str,
    decide: fn(&json::Value) -> Result<T, InputError>,
) -> Result<T, InputError> {
    let result = decide(&parse(input));
    if let Some(path) = std::env::var_os("DISPUTE_CALC_RECORD") {
        let answer = match &result {
            Ok(value) => format!(r#""output":{}"#, json::to_string(value)),
            Err(error) => format!(r#""error":{}"#, json::to_string(&ErrorOut(error))),
        };
        // JSON allows no raw line breaks inside strings, so folding them keeps one case a line.
        let input = input.replace(['\n', '\r'], " ");
        let line = format!("{{\"fn\":\"{function}\",\"input\":{input},{answer}}}\n");
        // One write per line on a file opened for appending: lines from parallel tests stay whole.
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .expect("DISPUTE_CALC_RECORD file");
        file.write_all(line.as_bytes()).expect("record a case");
    }
    result
}

pub fn eval(input: &str) -> Decision {
    run("evaluateDispute", input, api::evaluate_dispute)
        .unwrap_or_else(|e| panic!("{e}\ninput: {input}"))
}

/// Either answer, recorded like the others: for tables whose cells may decide or refuse.
pub fn try_eval(input: &str) -> Result<Decision, InputError> {
    run("evaluateDispute", input, api::evaluate_dispute)
}

pub fn eval_err(input: &str) -> InputError {
    match run("evaluateDispute", input, api::evaluate_dispute) {
        Ok(d) => panic!(
            "expected an input error, got outcome {:?}\ninput: {input}",
            d.outcome
        ),
        Err(e) => e,
    }
}

pub fn split(input: &str) -> Split {
    run("returnShippingSplit", input, api::return_shipping_split)
        .unwrap_or_else(|e| panic!("{e}\ninput: {input}"))
}

pub fn split_err(input: &str) -> InputError {
    run("returnShippingSplit", input, api::return_shipping_split)
        .expect_err("expected an input error")
}

pub fn penalty(input: &str) -> Penalty {
    run("refundPenalty", input, api::refund_penalty)
        .unwrap_or_else(|e| panic!("{e}\ninput: {input}"))
}

pub fn penalty_err(input: &str) -> InputError {
    run("refundPenalty", input, api::refund_penalty).expect_err("expected an input error")
}

/// The check with this id; fails the test when the decision lacks it.
pub fn check<'a>(d: &'a Decision, id: &str) -> &'a Check {
    d.checks.iter().find(|c| c.id == id).unwrap_or_else(|| {
        panic!(
            "no check {id}; checks: {:?}",
            d.checks.iter().map(|c| c.id).collect::<Vec<_>>()
        )
    })
}

pub fn deadline(d: &Decision, name: &str) -> String {
    d.deadlines
        .0
        .iter()
        .find(|(n, _)| n.as_str() == name)
        .map(|(_, stamp)| *stamp)
        .unwrap_or_else(|| panic!("no deadline {name}; deadlines: {:?}", d.deadlines.0))
        .format()
}

/// Whether the decision lists this evidence code.
pub fn has_evidence(d: &Decision, code: &str) -> bool {
    d.evidence.iter().any(|c| c.as_str() == code)
}

pub fn has_rule(d: &Decision, rule: &str) -> bool {
    d.rules.contains(&rule)
}

/// Evaluates in English and in Chinese and checks that only the text differs.
pub fn eval_both(input: &str) -> (Decision, Decision) {
    let en = eval(input);
    let zh_input = match input.rfind('}') {
        Some(end) => format!("{},\"locale\":\"zh-CN\"}}", &input[..end]),
        None => panic!("not an object: {input}"),
    };
    let zh = eval(&zh_input);
    assert_eq!(en.outcome, zh.outcome);
    assert_eq!(en.fault, zh.fault);
    assert_eq!(en.refund, zh.refund);
    assert_eq!(en.rules, zh.rules);
    assert_eq!(en.evidence, zh.evidence);
    assert_eq!(en.deadlines.0, zh.deadlines.0);
    let ids = |d: &Decision| {
        d.checks
            .iter()
            .map(|c| (c.id, c.passed))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&en), ids(&zh));
    for text in [&zh.summary, &zh.reply] {
        assert!(
            text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "not Chinese: {text}"
        );
        assert!(!text.contains('{'), "unfilled placeholder: {text}");
    }
    (en, zh)
}
