//! Every implemented ruleset x every reason it decides x the order's state (not shipped, in
//! transit, delivered), each without a request date, with a date-only one and with a date-time
//! one. The rulesets and reasons come from the registry (`rulesets()`), so a ruleset added later
//! falls under the same table: each cell decides, or refuses for a reason that fits the state
//! (never a missing date the state cannot have); a claim that needs the goods in hand waits for
//! them with a failed `goods_received` check; replies read in both languages with the same
//! amounts and dates. Every ruleset of the contract also has its outcome and rule ids per state
//! asserted (a ruleset added later without rows is checked by the invariants only). Every case is recorded for the replay through the wasm package.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use dispute_calc::api;
use dispute_calc::decision::Decision;
use dispute_calc::model::{Fault, Outcome};
use dispute_calc::ErrorCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Unshipped,
    InTransit,
    Delivered,
}

const STATES: [State; 3] = [State::Unshipped, State::InTransit, State::Delivered];
const OPENED: [Option<&str>; 3] = [None, Some("2024-05-19"), Some("2024-05-20T09:30:00+08:00")];

/// Claims about the goods themselves: they need the goods in hand.
const NEEDS_GOODS: &[&str] = &[
    "quality",
    "not_as_described",
    "wrong_item",
    "missing_items",
    "damaged_in_transit",
    "counterfeit",
];

/// Dates an order in this state cannot have yet.
fn impossible(state: State) -> &'static [&'static str] {
    match state {
        State::Unshipped => &[
            "dates.shipped",
            "dates.reshipped",
            "dates.delivered",
            "dates.completed",
            "dates.returnReceived",
        ],
        State::InTransit => &["dates.delivered", "dates.completed", "dates.returnReceived"],
        State::Delivered => &[],
    }
}

/// An order of 199.00 plus 10.00 shipping in `state`, evaluated on 2024-05-20 18:00 (+08:00).
fn input(
    ruleset: &str,
    currency: &str,
    reason: &str,
    state: State,
    opened: Option<&str>,
) -> String {
    let (dates, tracking) = match state {
        State::Unshipped => (
            r#""ordered":"2024-05-19","paid":"2024-05-19","estimatedDelivery":"2024-05-26""#,
            "none",
        ),
        State::InTransit => (
            r#""ordered":"2024-05-10","paid":"2024-05-10","shipped":"2024-05-12","estimatedDelivery":"2024-05-28""#,
            "in_transit",
        ),
        State::Delivered => (
            r#""ordered":"2024-05-10","paid":"2024-05-10","shipped":"2024-05-12","delivered":"2024-05-16","estimatedDelivery":"2024-05-18""#,
            "delivered",
        ),
    };
    let opened = opened.map_or(String::new(), |o| format!(r#","opened":"{o}""#));
    format!(
        r#"{{"ruleset":"{ruleset}","reason":"{reason}","asOf":"2024-05-20T18:00:00+08:00","currency":"{currency}","price":19900,"shippingPaid":1000,"dates":{{{dates},"faultFound":"2024-05-19"{opened}}},"tracking":"{tracking}","evidence":{{"buyerPhotos":true}},"item":{{"odometerKm":1000,"defect":"brake_failure"}}}}"#
    )
}

/// What the rule base gives for this cell with the inputs above: the outcome, rule ids that must
/// be applied, and rule ids that must not be. `None` for a ruleset without a row yet.
fn expected(
    ruleset: &str,
    reason: &str,
    state: State,
) -> Option<(Outcome, &'static [&'static str], &'static [&'static str])> {
    use Outcome::*;
    use State::*;
    let goods = NEEDS_GOODS.contains(&reason);
    Some(match (ruleset, reason, state) {
        ("aliexpress", _, Unshipped | InTransit) if goods => (Wait, &["AE-R6"], &["AE-R2"]),
        ("aliexpress", _, Delivered) if goods => {
            (ReturnRefund, &["AE-R6", "AE-R16", "AE-R2", "AE-R18"], &[])
        }
        // Inside the 7-day handling time; too early for a dispute (AE-R7); delivered (AE-R9).
        ("aliexpress", "not_received", Unshipped) => (Wait, &["AE-R5"], &["AE-R9"]),
        ("aliexpress", "not_received", InTransit) => (Wait, &["AE-R7", "AE-R8"], &["AE-R1"]),
        ("aliexpress", "not_received", Delivered) => (Reject, &["AE-R9"], &["AE-R1"]),
        // A cancellation before shipment; change of mind not covered without a shop promise.
        ("aliexpress", "no_reason", Unshipped) => (RefundFull, &["AE-R5"], &["AE-R18"]),
        ("aliexpress", "no_reason", InTransit | Delivered) => (Reject, &["AE-R18"], &[]),
        ("aliexpress", "late_shipment", Unshipped) => (Wait, &["AE-R5"], &[]),
        ("aliexpress", "out_of_stock", Unshipped) => (RefundFull, &["AE-R5"], &[]),
        ("aliexpress", "late_shipment" | "out_of_stock", _) => (Reject, &["AE-R5"], &["AE-R1"]),

        ("amazon", _, Unshipped | InTransit) if goods => (Wait, &["AMZ-7"], &["AMZ-4"]),
        ("amazon", _, Delivered) if goods => (ReturnRefund, &["AMZ-2", "AMZ-4", "AMZ-7"], &[]),
        ("amazon", "not_received", Unshipped | InTransit) => (Wait, &["AMZ-2"], &["AMZ-4"]),
        ("amazon", "not_received", Delivered) => (Reject, &["AMZ-2"], &["AMZ-4"]),
        ("amazon", "no_reason", Unshipped) => (RefundFull, &["AMZ-4"], &["AMZ-7"]),
        ("amazon", "no_reason", InTransit | Delivered) => (ReturnRefund, &["AMZ-4", "AMZ-7"], &[]),

        ("taobao" | "tmall", _, Unshipped | InTransit) if goods => {
            (Wait, &["TB-R10"], &["TB-R17", "TB-R18"])
        }
        ("taobao" | "tmall", "quality" | "counterfeit", Delivered) => {
            (ReturnRefund, &["TB-R17", "TB-R18"], &[])
        }
        ("taobao" | "tmall", "not_as_described" | "wrong_item", Delivered) => {
            (ReturnRefund, &["TB-R17", "TB-R10", "TB-R20", "TB-R18"], &[])
        }
        ("taobao" | "tmall", "missing_items", Delivered) => (Reship, &["TB-R17", "TB-R20"], &[]),
        ("taobao" | "tmall", "damaged_in_transit", Delivered) => {
            (ReturnRefund, &["TB-R2", "TB-R18"], &[])
        }
        ("taobao" | "tmall", "not_received", Unshipped) => {
            (RefundFull, &["TB-T1", "TB-R7"], &["TB-P1", "TM-P1"])
        }
        ("taobao" | "tmall", "not_received", InTransit) => (Wait, &["TB-R9", "TB-R2"], &[]),
        ("taobao" | "tmall", "not_received", Delivered) => {
            (RefundFull, &["TB-R9", "TB-R2"], &["TB-T1"])
        }
        // Paid 2024-05-19, inside the 48-hour ship time: no late-shipment penalty.
        ("taobao" | "tmall", "no_reason", Unshipped) => (
            RefundFull,
            &["TB-T1", "TB-R7"],
            &["TB-P1", "TM-P1", "TB-P5"],
        ),
        ("taobao" | "tmall", "no_reason", InTransit) => (
            ReturnRefund,
            &["CPL-25", "TB-R14", "7D-13", "7D-18"],
            &["7D-10", "TB-R7"],
        ),
        ("taobao" | "tmall", "no_reason", Delivered) => {
            (ReturnRefund, &["CPL-25", "7D-10", "TB-R14"], &["TB-T1"])
        }
        ("taobao", "late_shipment", Unshipped) => (Reject, &["TB-P1"], &["TB-P5"]),
        ("tmall", "late_shipment", Unshipped) => (Reject, &["TM-P1"], &["TB-P5"]),
        ("taobao", "late_shipment", _) => (Reject, &["TB-P1", "TB-R5"], &["TB-P5"]),
        ("tmall", "late_shipment", _) => (Reject, &["TM-P1", "TB-R5"], &["TB-P5"]),
        ("tmall", "out_of_stock", Unshipped) => (RefundFull, &["TM-P2", "TB-P5"], &[]),
        ("taobao", "out_of_stock", Unshipped) => (RefundFull, &["TB-P3", "TB-P5"], &[]),
        ("tmall", "out_of_stock", _) => (Reject, &["TM-P2"], &["TB-P5"]),
        ("taobao", "out_of_stock", _) => (Reject, &["TB-P3"], &["TB-P5"]),

        ("cn-consumer", _, Unshipped | InTransit) if goods => (Wait, &["CPL-24"], &["CPL-55"]),
        ("cn-consumer", "counterfeit", Delivered) => (ReturnRefund, &["CPL-55", "CPL-24"], &[]),
        ("cn-consumer", _, Delivered) if goods => (ReturnRefund, &["CPL-24", "CPL-23"], &[]),
        ("cn-consumer", "no_reason", Unshipped) => (RefundFull, &["CPL-25", "7D-13"], &["7D-10"]),
        ("cn-consumer", "no_reason", InTransit) => (
            ReturnRefund,
            &["CPL-25", "7D-6", "7D-13", "7D-18"],
            &["7D-10"],
        ),
        ("cn-consumer", "no_reason", Delivered) => {
            (ReturnRefund, &["CPL-25", "7D-10", "7D-6", "7D-13"], &[])
        }

        ("cn-food", _, Unshipped | InTransit) => (Wait, &["FSL-148"], &[]),
        ("cn-food", _, Delivered) => (RefundFull, &["FSL-148"], &[]),

        // A car's periods run from delivery, or from the invoice (dates.paid) before it.
        ("cn-car", "vehicle_defect", _) => (ReplaceOrReturn, &["CAR-3", "CAR-1"], &[]),
        // eBay: non-receipt is reported after the estimated delivery date (EBAY-1); delivered
        // with tracking protects the seller (EBAY-4); the guarantee refunds price and postage
        // (EBAY-3) only for goods in hand.
        ("ebay", "not_received", Unshipped | InTransit) => {
            (Wait, &["EBAY-1"], &["EBAY-3", "EBAY-4"])
        }
        ("ebay", "not_received", Delivered) => (Reject, &["EBAY-1", "EBAY-4"], &["EBAY-3"]),
        ("ebay", _, Unshipped | InTransit) if goods => (Wait, &["EBAY-1"], &["EBAY-3"]),
        ("ebay", _, Delivered) if goods => (ReturnRefund, &["EBAY-3"], &["EBAY-4"]),

        // PayPal: inside the 180 days (PP-1); covered items refunded with a return (PP-2).
        ("paypal", "not_received", Unshipped | InTransit) => (Wait, &["PP-1"], &[]),
        ("paypal", "not_received", Delivered) => (Reject, &["PP-1", "PP-2"], &[]),
        ("paypal", _, Unshipped | InTransit) if goods => (Wait, &["PP-1"], &[]),
        // A counterfeit is refunded in full and not sent back (PP-4).
        ("paypal", "counterfeit", Delivered) => (RefundFull, &["PP-1", "PP-2", "PP-4"], &[]),
        ("paypal", _, Delivered) if goods => (ReturnRefund, &["PP-1", "PP-2"], &["PP-4"]),

        // EU withdrawal: before shipment nothing comes back (no EU-13c, EU-14); the 14 days and
        // their extension count from delivery (EU-9, EU-10).
        ("eu-crd", "no_reason", Unshipped) => (
            RefundFull,
            &["EU-9", "EU-13", "EU-13b"],
            &["EU-10", "EU-13c", "EU-14"],
        ),
        ("eu-crd", "no_reason", InTransit) => (
            ReturnRefund,
            &["EU-9", "EU-13", "EU-13c", "EU-14"],
            &["EU-10"],
        ),
        ("eu-crd", "no_reason", Delivered) => (
            ReturnRefund,
            &["EU-9", "EU-10", "EU-13", "EU-13c", "EU-14"],
            &[],
        ),
        // The EU legal guarantee (Directive 2019/771) needs the goods in hand; then, within two
        // years of delivery (SGD-10) and presumed present at delivery within one (SGD-11), repair
        // or replacement comes first, free of charge (SGD-13, SGD-14): the right goods for a
        // wrong item, the missing ones for a short delivery. Termination (SGD-16) only after a
        // failed repair; the goods travel at the seller's risk until delivery (EU-20).
        ("eu-crd", _, Unshipped | InTransit) if goods => (Wait, &["SGD-10"], &["SGD-13"]),
        ("eu-crd", "missing_items", Delivered) => (
            Reship,
            &["SGD-10", "SGD-11", "SGD-13", "SGD-14"],
            &["SGD-16", "EU-20"],
        ),
        ("eu-crd", "wrong_item", Delivered) => (
            Exchange,
            &["SGD-10", "SGD-11", "SGD-13", "SGD-14"],
            &["SGD-16", "EU-20"],
        ),
        ("eu-crd", "damaged_in_transit", Delivered) => (
            Repair,
            &["SGD-10", "SGD-11", "SGD-13", "SGD-14", "EU-20"],
            &["SGD-16"],
        ),
        ("eu-crd", "quality" | "not_as_described", Delivered) => (
            Repair,
            &["SGD-10", "SGD-11", "SGD-13", "SGD-14"],
            &["SGD-16", "EU-20"],
        ),

        // UK cancellation mirrors it (UK-CCR-1 to 4); the 30-day right to reject needs the
        // goods (CRA-22), and then the trader pays their way back (CRA-20-8).
        ("uk-cra", "no_reason", Unshipped) => (
            RefundFull,
            &["UK-CCR-1", "UK-CCR-3"],
            &["UK-CCR-2", "UK-CCR-4"],
        ),
        ("uk-cra", "no_reason", InTransit) => (
            ReturnRefund,
            &["UK-CCR-1", "UK-CCR-3", "UK-CCR-4"],
            &["UK-CCR-2"],
        ),
        ("uk-cra", "no_reason", Delivered) => (
            ReturnRefund,
            &["UK-CCR-1", "UK-CCR-2", "UK-CCR-3", "UK-CCR-4"],
            &[],
        ),
        ("uk-cra", _, Unshipped | InTransit) if goods => (Wait, &["CRA-22"], &["CRA-20-8"]),
        ("uk-cra", _, Delivered) if goods => (ReturnRefund, &["CRA-22", "CRA-20-8"], &[]),

        // US: 30 days to ship from the order (FTC-1); change of mind follows the shop's posted
        // policy, and by default there is none (FTC-5).
        ("us-ftc", "late_shipment" | "not_received", Unshipped) => (Wait, &["FTC-1"], &[]),
        ("us-ftc", "not_received", InTransit) => (Wait, &["FTC-1"], &[]),
        ("us-ftc", "late_shipment", InTransit | Delivered) => (Reject, &["FTC-1"], &[]),
        ("us-ftc", "not_received", Delivered) => (Reject, &["FTC-1"], &[]),
        ("us-ftc", "no_reason", _) => (Reject, &["FTC-5"], &["FTC-1"]),

        (
            "aliexpress" | "amazon" | "taobao" | "tmall" | "cn-consumer" | "cn-car" | "ebay"
            | "paypal" | "eu-crd" | "uk-cra" | "us-ftc",
            _,
            _,
        ) => {
            panic!("no expected row for {ruleset} {reason} {state:?}")
        }
        _ => return None,
    })
}

/// Amounts (`199.00`) and dates (`2024-05-20`, with any time) named in a text, in order.
fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_digit() || ":.-T+".contains(chars[j])) {
                j += 1;
            }
            let token: String = chars[i..j].iter().collect();
            let token = token.trim_end_matches(['.', '-', ':', '+']).to_string();
            if token.contains('.') || token.matches('-').count() >= 2 {
                out.push(token);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out.sort();
    out
}

/// The reply in Chinese says the same messages as the English one (the words are the
/// renderer's), and names the same amounts and dates.
fn both_languages(input: &str, en: &Decision) {
    let (en2, zh) = eval_both(input);
    assert_eq!(reply(en), reply(&en2));
    assert_eq!(unfilled(en), None, "{input}");
    assert_eq!(
        figures(&reply(en)),
        figures(&reply(&zh)),
        "reply figures\n{}\n{}",
        reply(en),
        reply(&zh)
    );
    assert_eq!(
        figures(&summary(en)),
        figures(&summary(&zh)),
        "summary figures\n{}\n{}",
        summary(en),
        summary(&zh)
    );
}

#[test]
fn every_ruleset_reason_and_order_state_decides_or_refuses_for_a_reason_that_fits() {
    let mut cells = 0;
    for info in api::rulesets() {
        let currency = info.currency.unwrap_or("USD");
        for &reason in &info.reasons {
            for state in STATES {
                for opened in OPENED {
                    cells += 1;
                    let input = input(info.id, currency, reason, state, opened);
                    let d = match try_eval(&input) {
                        Ok(d) => d,
                        Err(e) => {
                            assert_eq!(e.code, ErrorCode::MissingField, "{e}\n{input}");
                            assert!(
                                !impossible(state).contains(&e.field.as_str()),
                                "{state:?} asks for {}\n{input}",
                                e.field
                            );
                            assert!(
                                expected(info.id, reason, state).is_none(),
                                "refused where the rule base decides: {e}\n{input}"
                            );
                            continue;
                        }
                    };
                    assert!(!d.rules.is_empty(), "no rule applied\n{input}");
                    let goods_check = d.checks.iter().find(|c| c.id == "goods_received");
                    if NEEDS_GOODS.contains(&reason) && state != State::Delivered {
                        let c = goods_check
                            .unwrap_or_else(|| panic!("no goods_received check\n{input}"));
                        assert!(!c.passed, "{input}");
                        assert!(d.rules.contains(&c.rule), "{} not in {:?}", c.rule, d.rules);
                        assert_eq!(d.refund, 0, "{input}");
                        assert!(!d
                            .deadlines
                            .0
                            .iter()
                            .any(|(n, _)| *n == "returnWindowLastDay"));
                    } else {
                        assert!(goods_check.is_none_or(|c| c.passed), "{input}");
                    }
                    if let Some((outcome, present, absent)) = expected(info.id, reason, state) {
                        assert_eq!(d.outcome, outcome, "{input}\n{}", summary(&d));
                        for rule in present {
                            assert!(
                                d.rules.contains(rule),
                                "{rule} not in {:?}\n{input}",
                                d.rules
                            );
                        }
                        for rule in absent {
                            assert!(!d.rules.contains(rule), "{rule} in {:?}\n{input}", d.rules);
                        }
                    }
                    both_languages(&input, &d);
                }
            }
        }
    }
    assert!(cells >= 7 * 3 * 3, "only {cells} cells");
}

// ---------------------------------------------------------------------------------------------
// Before shipment, Taobao and Tmall: TB-T1 (24 hours), TB-R7, no penalty unless the promised
// ship time (48 hours after payment) has already passed.

/// A no-reason refund on an order paid at `paid` and not shipped, asked at `opened`.
fn unshipped(ruleset: &str, paid: &str, opened: &str, as_of: &str, extra: &str) -> String {
    format!(
        r#"{{"ruleset":"{ruleset}","reason":"no_reason","asOf":"{as_of}","currency":"CNY","price":19900,"shippingPaid":1000,"dates":{{"ordered":"{paid}","paid":"{paid}","opened":"{opened}"}}{extra}}}"#
    )
}

#[test]
fn tb_t1_hour_24_is_in_time_and_a_minute_later_the_refund_is_released() {
    let run = |as_of: &str| {
        eval(&unshipped(
            "taobao",
            "2024-05-20T08:00:00+08:00",
            "2024-05-20T09:30:00+08:00",
            as_of,
            "",
        ))
    };
    let d = run("2024-05-21T09:30:00+08:00");
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.refund, 20900, "price and shipping: nothing shipped");
    assert_eq!(d.fault, Fault::None);
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-21T09:30:00+08:00"
    );
    assert!(check(&d, "seller_response_window").passed);
    assert_eq!(check(&d, "seller_response_window").rule, "TB-T1");
    assert!(!check(&d, "shipped").passed);
    let said = summary(&d);
    assert!(
        says(
            &said,
            "taobao.summary.ship_or_refund",
            &["due=2024-05-21T09:30:00+08:00"]
        ),
        "{said}"
    );
    let said = reply(&d);
    assert!(
        says(
            &said,
            "state.reply.refund_by",
            &["due=2024-05-21T09:30:00+08:00"]
        ),
        "{said}"
    );
    for rule in ["TB-T1", "TB-R7"] {
        assert!(has_rule(&d, rule), "{rule}: {:?}", d.rules);
    }

    let late = run("2024-05-21T09:31:00+08:00");
    assert_eq!(late.outcome, Outcome::RefundFull);
    assert_eq!(late.refund, 20900);
    assert!(!check(&late, "seller_response_window").passed);
    let said = summary(&late);
    assert!(
        says(
            &said,
            "taobao.summary.timed_out",
            &["due=2024-05-21T09:30:00+08:00"]
        ),
        "{said}"
    );
    assert!(!says(&said, "taobao.summary.ship_or_refund", &[]), "{said}");
}

#[test]
fn tb_t1_on_dates_is_whole_days_ceil_hours_over_24() {
    let run = |as_of: &str, extra: &str| {
        eval(&unshipped(
            "taobao",
            "2024-05-20",
            "2024-05-20",
            as_of,
            extra,
        ))
    };
    let d = run("2024-05-21", "");
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-21");
    assert!(check(&d, "seller_response_window").passed);
    assert!(!check(&run("2024-05-22", ""), "seller_response_window").passed);
    // 25 hours on a date: ceil(25 / 24) = 2 days.
    let d = run("2024-05-22", r#","policy":{"unshippedRefundHours":25}"#);
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-22");
    assert!(check(&d, "seller_response_window").passed);
}

#[test]
fn a_penalty_only_when_the_ship_time_had_passed_tb_p1_tm_p1() {
    // Paid 05-18 08:00: the 48-hour ship time ends 05-20 08:00.
    let run = |ruleset: &str, as_of: &str| {
        eval(&unshipped(
            ruleset,
            "2024-05-18T08:00:00+08:00",
            "2024-05-20T07:00:00+08:00",
            as_of,
            "",
        ))
    };
    let d = run("taobao", "2024-05-20T08:00:00+08:00");
    assert_eq!(d.fault, Fault::None);
    assert!(check(&d, "shipped_within_handling_time").passed);
    assert!(!has_rule(&d, "TB-P1") && !has_rule(&d, "TB-P5"));
    assert_eq!(
        deadline(&d, "handlingDeadline"),
        "2024-05-20T08:00:00+08:00"
    );
    let said = summary(&d);
    assert!(says(&said, "taobao.summary.ship_or_refund", &[]), "{said}");

    let d = run("taobao", "2024-05-20T08:01:00+08:00");
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(
        d.refund, 20900,
        "the penalty is owed on top, not in the refund"
    );
    assert!(!check(&d, "shipped_within_handling_time").passed);
    assert!(has_rule(&d, "TB-P1") && has_rule(&d, "TB-P5"));
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.penalty", &["amount=9.95 CNY"]),
        "5% of 199.00: {said}"
    );
    assert!(
        !says(&said, "taobao.summary.ship_or_refund", &[]),
        "no shipping advice once late: {said}"
    );

    let d = run("tmall", "2024-05-20T08:01:00+08:00");
    assert!(has_rule(&d, "TM-P1"));
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.penalty", &["amount=59.70 CNY"]),
        "30% of 199.00: {said}"
    );
    let (_, zh) = eval_both(&unshipped(
        "tmall",
        "2024-05-18T08:00:00+08:00",
        "2024-05-20T07:00:00+08:00",
        "2024-05-20T08:01:00+08:00",
        "",
    ));
    let said = reply(&zh);
    assert!(
        says(&said, "taobao.reply.penalty", &["amount=59.70 CNY"])
            && says(&said, "state.reply.unshipped", &["refund=209.00 CNY"]),
        "{said}"
    );
}

// ---------------------------------------------------------------------------------------------
// In transit, Taobao: refusal at delivery (TB-R14), TB-T3, and TB-R7 for a late parcel.

fn in_transit(shipped: &str, opened: &str, as_of: &str, extra: &str) -> String {
    format!(
        r#"{{"ruleset":"taobao","reason":"no_reason","asOf":"{as_of}","currency":"CNY","price":19900,"shippingPaid":1000,"dates":{{"paid":"2024-05-10T10:00:00+08:00","shipped":"{shipped}","opened":"{opened}"}},"tracking":"in_transit"{extra}}}"#
    )
}

#[test]
fn in_transit_the_buyer_refuses_and_pays_the_way_back_tb_r14() {
    let d = eval(&in_transit(
        "2024-05-12T10:00:00+08:00",
        "2024-05-13T09:00:00+08:00",
        "2024-05-13T12:00:00+08:00",
        "",
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Buyer);
    assert_eq!(
        d.refund, 19900,
        "the outbound shipping stays with the buyer"
    );
    assert!(
        check(&d, "shipped_within_handling_time").passed,
        "shipped at hour 48"
    );
    assert!(check(&d, "shipped_before_request").passed);
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-14T21:00:00+08:00"
    );
    let said = reply(&d);
    assert!(
        says(&said, "state.reply.refuse_parcel", &["refund=199.00 CNY"]),
        "{said}"
    );
    assert!(!d
        .deadlines
        .0
        .iter()
        .any(|(n, _)| *n == "returnWindowLastDay"));
}

#[test]
fn a_parcel_sent_late_or_after_the_request_is_at_the_sellers_cost_tb_r7() {
    // One minute after the 48-hour ship time.
    let d = eval(&in_transit(
        "2024-05-12T10:01:00+08:00",
        "2024-05-13T09:00:00+08:00",
        "2024-05-13T12:00:00+08:00",
        "",
    ));
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::RefundFull, Fault::Seller, 20900)
    );
    assert!(!check(&d, "shipped_within_handling_time").passed);
    assert!(has_rule(&d, "TB-R7") && has_rule(&d, "TB-P1"));
    // Shipped after the refund request, inside the ship time: TB-R7 without a penalty.
    let d = eval(&in_transit(
        "2024-05-11T10:00:00+08:00",
        "2024-05-11T09:00:00+08:00",
        "2024-05-13T12:00:00+08:00",
        "",
    ));
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::RefundFull, Fault::Seller, 20900)
    );
    assert!(!check(&d, "shipped_before_request").passed);
    assert!(has_rule(&d, "TB-R7") && !has_rule(&d, "TB-P1"));
}

#[test]
fn in_transit_tb_t3_36_hours_then_the_refund_is_released() {
    let run = |as_of: &str| {
        eval(&in_transit(
            "2024-05-12T10:00:00+08:00",
            "2024-05-13T09:00:00+08:00",
            as_of,
            "",
        ))
    };
    let d = run("2024-05-14T21:00:00+08:00");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(check(&d, "seller_response_window").passed);
    let d = run("2024-05-14T21:01:00+08:00");
    assert_eq!((d.outcome, d.refund), (Outcome::RefundFull, 20900));
    assert!(!check(&d, "seller_response_window").passed);
    assert!(has_rule(&d, "TB-T3"));
}

#[test]
fn in_transit_the_exclusions_still_apply_7d_6_7d_7() {
    for item in [r#"{"perishable":true}"#, r#"{"exclusionConfirmed":true}"#] {
        let d = eval(&in_transit(
            "2024-05-12T10:00:00+08:00",
            "2024-05-13T09:00:00+08:00",
            "2024-05-13T12:00:00+08:00",
            &format!(r#","item":{item}"#),
        ));
        assert_eq!((d.outcome, d.refund), (Outcome::Reject, 0), "{item}");
        assert!(!check(&d, "not_excluded").passed || !check(&d, "no_confirmed_exclusion").passed);
    }
    let d = eval(
        r#"{"ruleset":"cn-consumer","reason":"no_reason","asOf":"2024-05-20","currency":"CNY","price":19900,"dates":{"shipped":"2024-05-18"},"item":{"madeToOrder":true}}"#,
    );
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(!check(&d, "not_excluded").passed);
}

// ---------------------------------------------------------------------------------------------
// The other rulesets before delivery.

#[test]
fn cn_consumer_before_shipment_refunds_everything_within_7_days_of_the_request() {
    let d = eval(
        r#"{"ruleset":"cn-consumer","reason":"no_reason","asOf":"2024-05-20","currency":"CNY","price":19900,"shippingPaid":1000,"dates":{"paid":"2024-05-18","opened":"2024-05-19"}}"#,
    );
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::RefundFull, Fault::None, 20900)
    );
    assert_eq!(deadline(&d, "refundDueBy"), "2024-05-26");
    let said = reply(&d);
    assert!(
        says(&said, "state.reply.refund_by", &["due=2024-05-26"]),
        "{said}"
    );
    // In transit: refund of the price once the goods are back, the way back on the buyer.
    let d = eval(
        r#"{"ruleset":"cn-consumer","reason":"no_reason","asOf":"2024-05-20","currency":"CNY","price":19900,"shippingPaid":1000,"dates":{"shipped":"2024-05-18"}}"#,
    );
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::ReturnRefund, Fault::Buyer, 19900)
    );
}

#[test]
fn aliexpress_and_amazon_cancel_before_shipment_and_refund_everything() {
    let d = eval(
        r#"{"ruleset":"aliexpress","reason":"no_reason","asOf":"2024-05-20","currency":"USD","price":2599,"shippingPaid":300,"dates":{"ordered":"2024-05-19","opened":"2024-05-19"}}"#,
    );
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::RefundFull, Fault::None, 2899)
    );
    let said = reply(&d);
    assert!(
        says(&said, "state.reply.unshipped", &["refund=28.99 USD"])
            && says(&said, "state.reply.refund_by", &["due=2024-05-24"]),
        "{said}"
    );
    // Past the 7-day handling time the order is the seller's failure to ship (AE-R5).
    let d = eval(
        r#"{"ruleset":"aliexpress","reason":"no_reason","asOf":"2024-05-27","currency":"USD","price":2599,"dates":{"ordered":"2024-05-19"}}"#,
    );
    assert_eq!(d.fault, Fault::Seller);
    // In transit, a shop that promises returns takes the parcel back at the buyer's cost.
    let d = eval(
        r#"{"ruleset":"aliexpress","reason":"no_reason","asOf":"2024-05-27","currency":"USD","price":2599,"shippingPaid":300,"dates":{"shipped":"2024-05-20"},"policy":{"returnWindowDays":15}}"#,
    );
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::ReturnRefund, Fault::Buyer, 2899)
    );

    let d = eval(
        r#"{"ruleset":"amazon","reason":"no_reason","asOf":"2024-05-20T12:00:00Z","currency":"USD","price":2000,"shippingPaid":499,"dates":{"ordered":"2024-05-19T08:00:00Z","opened":"2024-05-20T08:00:00Z"}}"#,
    );
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::RefundFull, Fault::None, 2499)
    );
    let said = reply(&d);
    assert!(
        says(
            &said,
            "state.reply.refund_by",
            &["due=2024-05-23T08:00:00+00:00"]
        ),
        "{said}"
    );
}

#[test]
fn a_goods_claim_before_delivery_says_when_it_can_be_made() {
    let input = r#"{"ruleset":"taobao","reason":"quality","asOf":"2024-05-20","currency":"CNY","price":19900,"dates":{"paid":"2024-05-10","shipped":"2024-05-12"},"tracking":"in_transit"}"#;
    let (en, zh) = eval_both(input);
    assert_eq!(en.outcome, Outcome::Wait);
    let said = reply(&en);
    assert!(says(&said, "state.window", &["days=7"]), "{said}");
    // taobao.reply.inspect: "... photograph them and refuse it, and we will refund you".
    assert!(says(&said, "taobao.reply.inspect", &[]), "{said}");
    // 签收后7天内可申请退货 (state.window) and 拒收 (taobao.reply.inspect), in Chinese.
    let said = reply(&zh);
    assert!(
        says(&said, "state.window", &["days=7"]) && says(&said, "taobao.reply.inspect", &[]),
        "{said}"
    );
    assert!(has_evidence(&en, "tracking_in_transit"));
    // A shop's longer window is the one quoted.
    let d = eval(&input.replace(
        r#""tracking""#,
        r#""policy":{"returnWindowDays":15},"tracking""#,
    ));
    let said = reply(&d);
    assert!(says(&said, "state.window", &["days=15"]), "{said}");
}

#[test]
fn a_delivered_order_without_its_delivery_date_is_still_asked_for_it() {
    for (ruleset, policy) in [
        ("taobao", ""),
        ("tmall", ""),
        ("cn-consumer", ""),
        ("aliexpress", r#","policy":{"returnWindowDays":15}"#),
        ("amazon", ""),
    ] {
        let currency = if ruleset == "aliexpress" || ruleset == "amazon" {
            "USD"
        } else {
            "CNY"
        };
        let e = eval_err(&format!(
            r#"{{"ruleset":"{ruleset}","reason":"no_reason","asOf":"2024-05-20","currency":"{currency}","price":100,"dates":{{"shipped":"2024-05-12"}},"tracking":"delivered"{policy}}}"#
        ));
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::MissingField, "dates.delivered"),
            "{ruleset}"
        );
    }
}

#[test]
fn the_state_comes_from_the_dates_and_tracking_in_one_place() {
    // Read through Taobao's no-reason answer: TB-T1 before shipment, TB-R14 in transit, and the
    // delivery date asked for once delivered.
    let run = |facts: &str| {
        try_eval(&format!(
            r#"{{"ruleset":"taobao","reason":"no_reason","asOf":"2024-05-20","currency":"CNY","price":100,{facts}}}"#
        ))
    };
    for facts in [
        r#""dates":{"paid":"2024-05-19"}"#,
        r#""tracking":"none""#,
        r#""tracking":"invalid""#,
    ] {
        let d = run(facts).unwrap_or_else(|e| panic!("{facts}: {e}"));
        assert!(
            has_rule(&d, "TB-T1") && !has_rule(&d, "TB-R14"),
            "{facts}: unshipped"
        );
    }
    for facts in [
        r#""dates":{"shipped":"2024-05-19"}"#,
        r#""dates":{"reshipped":"2024-05-19"}"#,
        r#""tracking":"in_transit""#,
        r#""tracking":"held_by_customs""#,
        r#""tracking":"returned_to_sender""#,
        r#""tracking":"lost""#,
    ] {
        let d = run(facts).unwrap_or_else(|e| panic!("{facts}: {e}"));
        assert!(
            has_rule(&d, "TB-R14") && !has_rule(&d, "TB-T1"),
            "{facts}: in transit"
        );
    }
    for facts in [
        r#""tracking":"delivered""#,
        r#""dates":{"completed":"2024-05-19"}"#,
        r#""dates":{"returnReceived":"2024-05-19"}"#,
        r#""dates":{"shipped":"2024-05-12","completed":"2024-05-19"},"tracking":"in_transit""#,
    ] {
        let e = run(facts).map(|d| d.outcome).expect_err(facts);
        assert_eq!(e.field, "dates.delivered", "{facts}: delivered");
    }
}
