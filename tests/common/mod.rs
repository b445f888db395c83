//! Helpers for the table-driven rule tests: inputs are written as the JSON a page would send.
#![allow(dead_code)]

use dispute_calc::api;
use dispute_calc::decision::{Check, Decision, Penalty, Split};
use dispute_calc::json;
use dispute_calc::InputError;

fn parse(input: &str) -> json::Value {
    json::parse(input)
        .unwrap_or_else(|e| panic!("bad test JSON at byte {}: {}", e.offset, e.message))
}

pub fn eval(input: &str) -> Decision {
    api::evaluate_dispute(&parse(input)).unwrap_or_else(|e| panic!("{e}\ninput: {input}"))
}

pub fn eval_err(input: &str) -> InputError {
    match api::evaluate_dispute(&parse(input)) {
        Ok(d) => panic!(
            "expected an input error, got outcome {:?}\ninput: {input}",
            d.outcome
        ),
        Err(e) => e,
    }
}

pub fn split(input: &str) -> Split {
    api::return_shipping_split(&parse(input)).unwrap_or_else(|e| panic!("{e}\ninput: {input}"))
}

pub fn split_err(input: &str) -> InputError {
    api::return_shipping_split(&parse(input)).expect_err("expected an input error")
}

pub fn penalty(input: &str) -> Penalty {
    api::refund_penalty(&parse(input)).unwrap_or_else(|e| panic!("{e}\ninput: {input}"))
}

pub fn penalty_err(input: &str) -> InputError {
    api::refund_penalty(&parse(input)).expect_err("expected an input error")
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
        .get(name)
        .unwrap_or_else(|| panic!("no deadline {name}; deadlines: {:?}", d.deadlines.0))
        .format()
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
