//! Helpers for the table-driven rule tests: inputs are written as the JSON a page would send.
#![allow(dead_code)]

use dispute_calc::api::{self, ErrorOut};
use dispute_calc::decision::{Check, Decision, Penalty, ReplyPart, Split};
use dispute_calc::json;
use dispute_calc::money::{self, Currency};
use dispute_calc::text::{Arg, Text};
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

/// A text's messages as one line to search, in no language: each message's id and its
/// arguments, money as `59.70 CNY`, dates as written, nested messages by id:
/// `taobao.summary.timed_out{due=2024-05-26 rule=TB-T1}`. The words are the catalogues' and are
/// tested where they are rendered (the package's tests); these tests read what the rules said.
pub fn said(texts: &[Text], currency: Currency) -> String {
    texts
        .iter()
        .map(|t| one_said(t, currency))
        .collect::<Vec<_>>()
        .join(" ")
}

fn one_said(t: &Text, currency: Currency) -> String {
    let args: Vec<String> = t
        .given()
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Money(amount) => {
                    format!(
                        "{} {}",
                        money::format_major(*amount, currency),
                        currency.code
                    )
                }
                Arg::Date(stamp) => stamp.format(),
                Arg::Num(n) => n.to_string(),
                Arg::Msg(m) => m.id().to_string(),
                Arg::Raw(s) => s.to_string(),
                Arg::Owned => t.owned_text().to_string(),
            };
            format!("{name}={value}")
        })
        .collect();
    format!("{}{{{}}}", t.msg.id(), args.join(" "))
}

/// The decision's summary, as `said` writes it.
pub fn summary(d: &Decision) -> String {
    said(&d.summary, d.currency)
}

/// The decision's reply, as `said` writes it; an offer is `reply.option{n=1 option=...}`.
pub fn reply(d: &Decision) -> String {
    d.reply
        .iter()
        .map(|part| match part {
            ReplyPart::Text(t) => one_said(t, d.currency),
            ReplyPart::Offer(i) => format!(
                "reply.option{{n={} option={}}}",
                i + 1,
                d.options
                    .get(*i)
                    .map(|o| one_said(&o.message, d.currency))
                    .unwrap_or_default()
            ),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A check's message, as `said` writes it.
pub fn check_said(d: &Decision, id: &str) -> String {
    one_said(&check(d, id).message, d.currency)
}

/// The `i`-th offer's message, as `said` writes it.
pub fn offer_said(d: &Decision, i: usize) -> String {
    one_said(&d.options[i].message, d.currency)
}

/// Every text of the decision (summary, reply, checks, offers), as `said` writes it.
pub fn all_said(d: &Decision) -> String {
    let checks: Vec<String> = d
        .checks
        .iter()
        .map(|c| one_said(&c.message, d.currency))
        .collect();
    let offers: Vec<String> = d
        .options
        .iter()
        .map(|o| one_said(&o.message, d.currency))
        .collect();
    format!(
        "{} {} {} {}",
        summary(d),
        reply(d),
        checks.join(" "),
        offers.join(" ")
    )
}

/// A split's or a penalty's summary, as `said` writes it.
pub fn summary_of(texts: &[Text], code: &str) -> String {
    said(texts, money::currency(code).expect("a known currency"))
}

/// Whether `said` (as `said` writes it) holds the message `id` with each of `args`, written
/// `name=value` (`"due=2024-05-26"`, `"refund=59.70 CNY"`, `"what=cn_consumer.perishable"`).
pub fn says(said: &str, id: &str, args: &[&str]) -> bool {
    let open = format!("{id}{{");
    said.match_indices(&open).any(|(at, _)| {
        // A whole id: not the tail of a longer one.
        let whole = !matches!(said[..at].chars().next_back(), Some(c) if c != ' ' && c != '=');
        let rest = &said[at + open.len()..];
        let mut depth = 1;
        let end = rest.char_indices().find_map(|(i, c)| {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(i)
        });
        let inner = format!(" {}", &rest[..end.unwrap_or(rest.len())]);
        whole && args.iter().all(|arg| inner.contains(&format!(" {arg}")))
    })
}

/// The first message of the decision (summary, reply, checks, offers) that lacks an argument its
/// declaration lists, with that argument's name: the placeholder the renderer could not fill.
pub fn unfilled(d: &Decision) -> Option<(&'static str, &'static str)> {
    let texts = d
        .summary
        .iter()
        .chain(d.reply.iter().filter_map(|part| match part {
            ReplyPart::Text(t) => Some(t),
            ReplyPart::Offer(_) => None,
        }))
        .chain(d.checks.iter().map(|c| &c.message))
        .chain(d.options.iter().map(|o| &o.message));
    for t in texts {
        for (name, _) in t.msg.args() {
            if !t.given().iter().any(|(given, _)| given == name) {
                return Some((t.msg.id(), name));
            }
        }
    }
    None
}

/// Evaluates in English and in Chinese and checks that the locale changes nothing but the
/// locale: the same outcome, numbers, checks and messages (the words are chosen when rendered).
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
    assert_eq!(all_said(&en), all_said(&zh), "{input}");
    (en, zh)
}
