//! eBay, PayPal, EU, UK and US `evaluateDispute` (rules.md §5.2, §5.3, §6): every rule the five
//! rulesets apply, on both sides of its boundary, plus the order states, the new inputs and
//! their errors. Inputs are the JSON the page sends; `cargo test` records them for the package
//! replay (tests/common).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use dispute_calc::decision::Decision;
use dispute_calc::model::{Fault, Outcome};
use dispute_calc::ErrorCode;

fn passed(d: &Decision, id: &str) -> bool {
    check(d, id).passed
}

fn has_deadline(d: &Decision, name: &str) -> bool {
    d.deadlines.0.iter().any(|(n, _)| n.as_str() == name)
}

fn assert_rules(d: &Decision, rules: &[&str]) {
    for rule in rules {
        assert!(has_rule(d, rule), "{rule} missing: {:?}", d.rules);
    }
}

/// An input of `ruleset` in `currency`: 100.00 plus 10.00 shipping, with `fields` added.
fn on(ruleset: &str, currency: &str, fields: &str) -> String {
    format!(
        r#"{{"ruleset":"{ruleset}","currency":"{currency}","price":10000,"shippingPaid":1000,{fields}}}"#
    )
}

const FULL: u64 = 11000;

// ---------------------------------------------------------------------------------------------
// eBay Money Back Guarantee: EBAY-1..4.

fn ebay(fields: &str) -> String {
    on("ebay", "EUR", fields)
}

/// Not received, estimated delivery 2024-03-01, parcel in transit, reported on `opened`.
fn ebay_inr(opened: &str) -> String {
    ebay(&format!(
        r#""reason":"not_received","asOf":"{opened}","tracking":"in_transit","dates":{{"ordered":"2024-02-20","shipped":"2024-02-22","estimatedDelivery":"2024-03-01","opened":"{opened}"}}"#
    ))
}

#[test]
fn ebay_non_receipt_waits_until_the_estimated_date_has_passed_ebay_1() {
    let d = eval(&ebay_inr("2024-03-01"));
    assert_eq!(d.outcome, Outcome::Wait);
    assert_eq!(d.refund, 0);
    assert!(!passed(&d, "estimated_delivery_passed"));
    assert_eq!(deadline(&d, "earliestDayToOpen"), "2024-03-02");
    assert_eq!(deadline(&d, "lastDayToOpen"), "2024-03-31");
    let d = eval(&ebay_inr("2024-03-02"));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.fault, Fault::Seller);
    assert!(passed(&d, "estimated_delivery_passed"));
    assert_rules(&d, &["EBAY-1", "EBAY-3"]);
}

#[test]
fn ebay_report_window_day_30_and_31_ebay_1() {
    let d = eval(&ebay_inr("2024-03-31"));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert!(passed(&d, "opened_within_window"));
    assert_eq!(check(&d, "opened_within_window").rule, "EBAY-1");
    let late = eval(&ebay_inr("2024-04-01"));
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert!(!passed(&late, "opened_within_window"));
    let said = summary(&late);
    assert!(
        says(&said, "world.summary.period_over", &["rule=EBAY-1"]),
        "{said}"
    );
    // A shop or a newer figure may change the window.
    let d = eval(
        &ebay_inr("2024-04-01").replace(r#""asOf""#, r#""policy":{"reportWindowDays":31},"asOf""#),
    );
    assert_eq!(d.outcome, Outcome::RefundFull);
}

#[test]
fn ebay_refund_is_price_plus_original_postage_ebay_3() {
    let d = eval(&ebay_inr("2024-03-10"));
    assert_eq!(d.refund, FULL);
    let reship = eval(&ebay_inr("2024-03-10").replace(r#""asOf""#, r#""request":"reship","asOf""#));
    assert_eq!(reship.outcome, Outcome::Reship);
    assert_eq!(reship.refund, 0);
}

#[test]
fn ebay_signature_threshold_follows_the_site_the_currency_names_ebay_4() {
    // GBP 450.00 on eBay.co.uk; USD, CAD and AUD 750.00; EUR 550.00. Order totals one minor
    // unit below and exactly at each.
    for (currency, threshold) in [
        ("GBP", 45000u64),
        ("EUR", 55000),
        ("USD", 75000),
        ("CAD", 75000),
        ("AUD", 75000),
    ] {
        let input = |total: u64| {
            ebay_delivered(total - 1000, false).replace(
                r#""currency":"EUR""#,
                &format!(r#""currency":"{currency}""#),
            )
        };
        let below = eval(&input(threshold - 1));
        assert_eq!(below.outcome, Outcome::Reject, "{currency}");
        assert!(passed(&below, "signature_confirmation"), "{currency}");
        let at = eval(&input(threshold));
        assert_eq!(at.outcome, Outcome::RefundFull, "{currency}");
        assert_eq!(at.refund, threshold);
        assert!(!passed(&at, "signature_confirmation"), "{currency}");
    }
    // Another currency names no site with a known threshold: the policy gives it.
    let yen = |policy: &str| {
        format!(
            r#"{{"ruleset":"ebay","currency":"JPY","price":90000,"shippingPaid":0,"reason":"not_received","asOf":"2024-03-05","tracking":"delivered","dates":{{"shipped":"2024-02-22","delivered":"2024-02-28","estimatedDelivery":"2024-03-01","opened":"2024-03-05"}}{policy}}}"#
        )
    };
    let e = eval_err(&yen(""));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.field, "policy.signatureThreshold");
    assert!(e.message.contains("GBP"), "{}", e.message);
    let d = eval(&yen(r#","policy":{"signatureThreshold":100000}"#));
    assert_eq!(d.outcome, Outcome::Reject);
    let d = eval(&yen(r#","policy":{"signatureThreshold":90000}"#));
    assert_eq!(d.outcome, Outcome::RefundFull);
}

/// Delivered per the carrier; the order total is price + 10.00 shipping.
fn ebay_delivered(price: u64, pod: bool) -> String {
    format!(
        r#"{{"ruleset":"ebay","currency":"EUR","price":{price},"shippingPaid":1000,"reason":"not_received","asOf":"2024-03-05","tracking":"delivered","evidence":{{"proofOfDelivery":{pod}}},"dates":{{"shipped":"2024-02-22","delivered":"2024-02-28","estimatedDelivery":"2024-03-01","opened":"2024-03-05"}}}}"#
    )
}

#[test]
fn ebay_signature_threshold_at_550_ebay_4() {
    // 544.99 + 10.00 = 554.99 ... below: 539.99 + 10.00 = 549.99.
    let below = eval(&ebay_delivered(53999, false));
    assert_eq!(below.outcome, Outcome::Reject);
    assert!(passed(&below, "signature_confirmation"));
    assert!(has_evidence(&below, "tracking_delivered"));
    // Exactly 550.00: signature confirmation needed.
    let at = eval(&ebay_delivered(54000, false));
    assert_eq!(at.outcome, Outcome::RefundFull);
    assert_eq!(at.refund, 55000);
    assert!(!passed(&at, "signature_confirmation"));
    assert!(has_evidence(&at, "proof_of_delivery"));
    assert_rules(&at, &["EBAY-3", "EBAY-4"]);
    let signed = eval(&ebay_delivered(54000, true));
    assert_eq!(signed.outcome, Outcome::Reject);
    assert!(passed(&signed, "signature_confirmation"));
    // The threshold is a parameter.
    let d = eval(&ebay_delivered(54000, false).replace(
        r#""asOf""#,
        r#""policy":{"signatureThreshold":55001},"asOf""#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
}

fn ebay_opened(opened: &str, policy: &str) -> String {
    ebay(&format!(
        r#""reason":"not_received","asOf":"{opened}","tracking":"in_transit","dates":{{"shipped":"2024-04-20","estimatedDelivery":"2024-04-30","opened":"{opened}"}}{policy}"#
    ))
}

#[test]
fn ebay_timers_count_business_days_across_weekends_and_holidays_ebay_2() {
    // Friday 2024-05-03: 3 business days is Wednesday 05-08; 21 is Monday 06-03.
    let d = eval(&ebay_opened("2024-05-03", ""));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-08");
    assert_eq!(deadline(&d, "platformInterventionDay"), "2024-05-09");
    assert_eq!(deadline(&d, "escalationDeadline"), "2024-06-03");
    assert!(has_rule(&d, "EBAY-2"));
    // UK bank holidays on Monday 05-06 and 05-27 push each by a day.
    let d = eval(&ebay_opened(
        "2024-05-03",
        r#","policy":{"holidays":["2024-05-06","2024-05-27"]}"#,
    ));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-09");
    assert_eq!(deadline(&d, "platformInterventionDay"), "2024-05-10");
    assert_eq!(deadline(&d, "escalationDeadline"), "2024-06-05");
    let said = summary(&d);
    assert!(
        says(&said, "ebay.summary.respond", &["respond=2024-05-09"]),
        "{said}"
    );
    // A date-time opening keeps its time of day, written in the ruleset's zone (UTC).
    let d = eval(&ebay_opened("2024-05-03T16:00:00+01:00", ""));
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-08T15:00:00+00:00"
    );
}

#[test]
fn ebay_holidays_are_validated_dates() {
    let e = eval_err(&ebay_opened(
        "2024-05-03",
        r#","policy":{"holidays":["2024-05-06","2024-05-27","2024-02-30"]}"#,
    ));
    assert_eq!(e.code, ErrorCode::InvalidDate);
    assert_eq!(e.field, "policy.holidays[2]");
    let e = eval_err(&ebay_opened(
        "2024-05-03",
        r#","policy":{"holidays":"2024-05-06"}"#,
    ));
    assert_eq!(e.code, ErrorCode::InvalidType);
    assert_eq!(e.field, "policy.holidays");
    // A ruleset that counts no business days takes no holidays.
    let e = eval_err(&on(
        "paypal",
        "USD",
        r#""reason":"not_received","asOf":"2024-05-03","dates":{"paid":"2024-05-01"},"policy":{"holidays":["2024-05-06"]}"#,
    ));
    assert_eq!(e.code, ErrorCode::UnknownField);
    assert_eq!(e.field, "policy.holidays");
}

fn ebay_snad(state_dates: &str, tracking: &str, opened: &str) -> String {
    ebay(&format!(
        r#""reason":"not_as_described","asOf":"{opened}","tracking":"{tracking}","evidence":{{"buyerPhotos":true}},"dates":{{"ordered":"2024-02-20",{state_dates}"estimatedDelivery":"2024-03-01","opened":"{opened}"}}"#
    ))
}

#[test]
fn ebay_not_as_described_needs_the_goods_and_is_a_return_in_the_window_ebay_1_ebay_3() {
    let waiting = eval(&ebay_snad(
        r#""shipped":"2024-02-22","#,
        "in_transit",
        "2024-02-25",
    ));
    assert_eq!(waiting.outcome, Outcome::Wait);
    assert!(!passed(&waiting, "goods_received"));
    assert_eq!(deadline(&waiting, "lastDayToOpen"), "2024-03-31");
    let said = reply(&waiting);
    assert!(
        says(&said, "world.claim_until", &["last=2024-03-31"]),
        "{said}"
    );
    let delivered = r#""shipped":"2024-02-22","delivered":"2024-02-28","#;
    let d = eval(&ebay_snad(delivered, "delivered", "2024-03-31"));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.refund, FULL);
    assert_eq!(d.fault, Fault::Seller);
    assert!(passed(&d, "goods_received"));
    assert!(has_evidence(&d, "buyer_photos"));
    assert_rules(&d, &["EBAY-1", "EBAY-3"]);
    let late = eval(&ebay_snad(delivered, "delivered", "2024-04-01"));
    assert_eq!(late.outcome, Outcome::Reject);
}

#[test]
fn ebay_non_receipt_of_an_undelivered_parcel_needs_the_estimated_date() {
    let e = eval_err(&ebay(
        r#""reason":"not_received","asOf":"2024-03-05","dates":{"ordered":"2024-02-20"}"#,
    ));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.field, "dates.estimatedDelivery");
    // Delivered per tracking without any date: the delivery date is asked for.
    let e = eval_err(&ebay(
        r#""reason":"not_received","asOf":"2024-03-05","tracking":"delivered""#,
    ));
    assert_eq!(e.field, "dates.delivered");
}

// ---------------------------------------------------------------------------------------------
// PayPal Buyer Protection: PP-1..3.

fn paypal(fields: &str) -> String {
    on("paypal", "USD", fields)
}

fn pp_snad(opened: &str) -> String {
    paypal(&format!(
        r#""reason":"not_as_described","asOf":"{opened}","tracking":"delivered","dates":{{"paid":"2024-01-01","shipped":"2024-01-03","delivered":"2024-01-10","opened":"{opened}"}}"#
    ))
}

#[test]
fn paypal_dispute_window_day_180_and_181_pp_1() {
    let d = eval(&pp_snad("2024-06-29"));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "lastDayToOpen"), "2024-06-29");
    assert!(passed(&d, "opened_within_window"));
    assert_eq!(check(&d, "opened_within_window").rule, "PP-1");
    assert_eq!(deadline(&d, "escalationDeadline"), "2024-07-19");
    let late = eval(&pp_snad("2024-06-30"));
    assert_eq!(late.outcome, Outcome::Reject);
    assert!(!passed(&late, "opened_within_window"));
    let said = summary(&late);
    assert!(
        says(&said, "world.summary.period_over", &["rule=PP-1"]),
        "{said}"
    );
}

#[test]
fn paypal_escalation_deadline_is_20_days_after_opening_pp_1() {
    let d = eval(&pp_snad("2024-02-10"));
    assert_eq!(deadline(&d, "escalationDeadline"), "2024-03-01");
    let said = summary(&d);
    assert!(
        says(&said, "paypal.summary.escalate", &["escalate=2024-03-01"]),
        "{said}"
    );
}

#[test]
fn paypal_refunds_price_and_shipping_but_not_the_return_pp_2() {
    let d = eval(&pp_snad("2024-02-10"));
    assert_eq!(d.refund, FULL);
    assert_eq!(d.fault, Fault::Seller);
    let said = summary(&d);
    assert!(says(&said, "paypal.summary.snad", &[]), "{said}");
    let said = reply(&d);
    assert!(says(&said, "paypal.reply.snad", &[]), "{said}");
    let s = split(
        r#"{"ruleset":"paypal","reason":"not_as_described","currency":"USD","outboundShipping":1000,"returnShipping":800}"#,
    );
    assert_eq!(
        (s.buyer_pays, s.seller_pays, s.refund_of_shipping),
        (800, 1000, 1000)
    );
    assert_eq!(s.rules, ["PP-2"]);
}

#[test]
fn paypal_counterfeit_is_refunded_in_full_without_a_return_pp_4() {
    let fake = pp_snad("2024-02-10").replace("not_as_described", "counterfeit");
    let d = eval(&fake);
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.refund, FULL);
    assert_eq!(d.fault, Fault::Seller);
    assert!(has_rule(&d, "PP-4"));
    assert!(!has_evidence(&d, "return_tracking"));
    assert!(
        says(&reply(&d), "paypal.reply.counterfeit", &[]),
        "{}",
        reply(&d)
    );
    eval_both(&fake);
    // A not-as-described item still comes back at the buyer's cost.
    assert_eq!(eval(&pp_snad("2024-02-10")).outcome, Outcome::ReturnRefund);
    // Before delivery, it waits for the goods like any claim about them.
    let d = eval(&paypal(
        r#""reason":"counterfeit","asOf":"2024-01-05","tracking":"in_transit","dates":{"paid":"2024-01-01","shipped":"2024-01-03"}"#,
    ));
    assert_eq!(d.outcome, Outcome::Wait);
}

#[test]
fn paypal_has_no_coverage_cap_unless_the_policy_sets_one_pp_3() {
    // The USD 20,000 cap is on some country pages only: no cap by default.
    let big = pp_snad("2024-02-10").replace(r#""price":10000"#, r#""price":5000000"#);
    let d = eval(&big);
    assert_eq!(d.refund, 5001000);
    assert!(d.checks.iter().all(|c| c.id != "within_coverage_cap"));
    assert!(!has_rule(&d, "PP-3"));
    let d = eval(&big.replace(r#""asOf""#, r#""policy":{"coverageCap":2000000},"asOf""#));
    assert_eq!(d.refund, 2000000);
    assert!(!passed(&d, "within_coverage_cap"));
}

#[test]
fn paypal_coverage_cap_at_and_above_pp_3() {
    let at = eval(
        &pp_snad("2024-02-10").replace(r#""asOf""#, r#""policy":{"coverageCap":11000},"asOf""#),
    );
    assert_eq!(at.refund, 11000);
    assert!(passed(&at, "within_coverage_cap"));
    let over = eval(
        &pp_snad("2024-02-10").replace(r#""asOf""#, r#""policy":{"coverageCap":10999},"asOf""#),
    );
    assert_eq!(over.refund, 10999);
    assert!(!passed(&over, "within_coverage_cap"));
    assert!(has_rule(&over, "PP-3"));
}

fn pp_inr(tracking: &str, dates: &str) -> String {
    paypal(&format!(
        r#""reason":"not_received","asOf":"2024-02-10","tracking":"{tracking}","dates":{{"paid":"2024-01-01",{dates}"opened":"2024-02-10"}}"#
    ))
}

#[test]
fn paypal_non_receipt_by_state_pp_2() {
    let delivered = eval(&pp_inr(
        "delivered",
        r#""shipped":"2024-01-03","delivered":"2024-01-10","#,
    ));
    assert_eq!(delivered.outcome, Outcome::Reject);
    assert!(has_evidence(&delivered, "proof_of_delivery"));
    // On its way, before its estimated date (02-10 is the claim day): wait; the day after: refund.
    let wait = eval(&pp_inr(
        "in_transit",
        r#""shipped":"2024-01-03","estimatedDelivery":"2024-02-10","#,
    ));
    assert_eq!(wait.outcome, Outcome::Wait);
    assert!(!passed(&wait, "estimated_delivery_passed"));
    let due = eval(&pp_inr(
        "in_transit",
        r#""shipped":"2024-01-03","estimatedDelivery":"2024-02-09","#,
    ));
    assert_eq!(due.outcome, Outcome::RefundFull);
    assert_eq!(due.refund, FULL);
    // Lost: refund at once; unshipped without an estimate: no proof of shipment, refund.
    assert_eq!(
        eval(&pp_inr("lost", r#""shipped":"2024-01-03","#)).outcome,
        Outcome::RefundFull
    );
    assert_eq!(eval(&pp_inr("none", "")).outcome, Outcome::RefundFull);
    assert_eq!(
        eval(&pp_inr("in_transit", r#""shipped":"2024-01-03","#)).outcome,
        Outcome::Wait
    );
}

#[test]
fn paypal_needs_the_payment_date_pp_1() {
    let e = eval_err(&paypal(r#""reason":"not_received","asOf":"2024-02-10""#));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.field, "dates.paid");
    // The order date stands in for it.
    let d = eval(&paypal(
        r#""reason":"not_received","asOf":"2024-02-10","dates":{"ordered":"2024-01-01"}"#,
    ));
    assert_eq!(deadline(&d, "lastDayToOpen"), "2024-06-29");
}

// ---------------------------------------------------------------------------------------------
// EU Consumer Rights Directive: EU-9..16.

fn eu(fields: &str) -> String {
    on("eu-crd", "EUR", fields)
}

fn eu_withdraw(opened: &str, extra: &str) -> String {
    eu(&format!(
        r#""reason":"no_reason","asOf":"{opened}","tracking":"delivered","dates":{{"ordered":"2024-02-20","shipped":"2024-02-22","delivered":"2024-03-01","opened":"{opened}"}}{extra}"#
    ))
}

#[test]
fn eu_withdrawal_day_14_and_15_eu_9() {
    let d = eval(&eu_withdraw("2024-03-15", ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Buyer);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-15");
    assert!(passed(&d, "within_return_window"));
    assert_eq!(check(&d, "within_return_window").rule, "EU-9");
    assert!(passed(&d, "informed_of_withdrawal"));
    assert_rules(&d, &["EU-9", "EU-13", "EU-13b", "EU-13c", "EU-14", "EU-16"]);
    let late = eval(&eu_withdraw("2024-03-16", ""));
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert!(!passed(&late, "within_return_window"));
    let said = summary(&late);
    assert!(
        says(&said, "world.summary.period_over", &["rule=EU-9"]),
        "{said}"
    );
}

#[test]
fn eu_twelve_month_extension_last_day_eu_10() {
    let uninformed = r#","informedOfWithdrawal":false"#;
    // 12 months after 2024-03-15 is Saturday 2025-03-15: the period ends on Monday 03-17
    // (Regulation 1182/71).
    let d = eval(&eu_withdraw("2025-03-17", uninformed));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2025-03-17");
    assert!(!passed(&d, "informed_of_withdrawal"));
    assert_eq!(check(&d, "informed_of_withdrawal").rule, "EU-10");
    let late = eval(&eu_withdraw("2025-03-18", uninformed));
    assert_eq!(late.outcome, Outcome::Reject);
    let said = summary(&late);
    assert!(
        says(&said, "world.summary.period_over", &["rule=EU-10"]),
        "{said}"
    );
    // Informed: day 15 is already late.
    assert_eq!(
        eval(&eu_withdraw(
            "2024-03-16",
            r#","informedOfWithdrawal":true"#
        ))
        .outcome,
        Outcome::Reject
    );
}

#[test]
fn eu_a_period_ending_on_a_weekend_or_holiday_ends_on_the_next_working_day_eu_1182() {
    // Delivered Saturday 2024-03-02: 14 days later is Saturday 03-16, so the period ends with
    // Monday 03-18 (Regulation 1182/71 art. 3(4), CRD recital 41).
    let input = |opened: &str, extra: &str| {
        eu(&format!(
            r#""reason":"no_reason","asOf":"{opened}","tracking":"delivered","dates":{{"shipped":"2024-02-28","delivered":"2024-03-02","opened":"{opened}"}}{extra}"#
        ))
    };
    let d = eval(&input("2024-03-18", ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-18");
    assert!(passed(&d, "period_ends_on_a_working_day"));
    assert_eq!(check(&d, "period_ends_on_a_working_day").rule, "EU-1182");
    assert!(has_rule(&d, "EU-1182"));
    assert_eq!(eval(&input("2024-03-19", "")).outcome, Outcome::Reject);
    // With Monday 03-18 a public holiday, the period ends with Tuesday 03-19.
    let holiday = r#","policy":{"holidays":["2024-03-18"]}"#;
    let d = eval(&input("2024-03-19", holiday));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-19");
    assert_eq!(eval(&input("2024-03-20", holiday)).outcome, Outcome::Reject);
    // A date-time delivery: the period runs to the end of its last day, counted in UTC.
    let d = eval(&eu(
        r#""reason":"no_reason","asOf":"2024-03-18T23:30:00+00:00","dates":{"delivered":"2024-03-02T10:00:00+01:00","opened":"2024-03-18T23:30:00+00:00"}"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-18");
    // A period that ends on a working day does not move, and the UK does not move at all.
    let d = eval(&eu_withdraw("2024-03-15", ""));
    assert!(d
        .checks
        .iter()
        .all(|c| c.id != "period_ends_on_a_working_day"));
    let d = eval(&uk(
        r#""reason":"no_reason","asOf":"2024-03-18","dates":{"delivered":"2024-03-02","opened":"2024-03-18"}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
}

#[test]
fn eu_refund_within_14_days_with_standard_delivery_eu_13_eu_13b() {
    // 14 days after 03-10 is Sunday 03-24: both periods end on Monday 03-25 (1182/71).
    let d = eval(&eu_withdraw("2024-03-10", ""));
    assert_eq!(d.refund, FULL);
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-25");
    assert_eq!(deadline(&d, "returnShipDeadline"), "2024-03-25");
    // The buyer paid 10.00 for express; standard was 4.90: the difference stays with the trader.
    let d = eval(&eu_withdraw("2024-03-10", r#","standardShipping":490"#));
    assert_eq!(d.refund, 10490);
    let said = summary(&d);
    assert!(
        says(
            &said,
            "withdrawal.summary.supplementary",
            &["standard=4.90 EUR"]
        ),
        "{said}"
    );
    let e = eval_err(&eu_withdraw("2024-03-10", r#","standardShipping":1001"#));
    assert_eq!(e.code, ErrorCode::InvalidAmount);
    assert_eq!(e.field, "standardShipping");
}

#[test]
fn eu_return_cost_only_when_informed_eu_14() {
    let informed = eval(&eu_withdraw("2024-03-10", ""));
    assert!(
        says(&summary(&informed), "withdrawal.summary.cost_consumer", &[]),
        "{}",
        summary(&informed)
    );
    let not = eval(&eu_withdraw(
        "2024-03-10",
        r#","informedOfReturnCost":false"#,
    ));
    let said = summary(&not);
    assert!(says(&said, "withdrawal.summary.cost_trader", &[]), "{said}");
    assert!(
        !says(&said, "withdrawal.summary.cost_consumer", &[]),
        "{said}"
    );
    let said = reply(&not);
    assert!(says(&said, "withdrawal.reply.cost_trader", &[]), "{said}");
    let base = r#"{"ruleset":"eu-crd","reason":"no_reason","currency":"EUR","outboundShipping":490,"returnShipping":700"#;
    let s = split(&format!("{base}}}"));
    assert_eq!(
        (s.buyer_pays, s.seller_pays, s.refund_of_shipping),
        (700, 490, 490)
    );
    assert_eq!(s.rules, ["EU-13", "EU-13b", "EU-14"]);
    let s = split(&format!(r#"{base},"informedOfReturnCost":false}}"#));
    assert_eq!((s.buyer_pays, s.seller_pays), (0, 1190));
    let e = split_err(&format!(r#"{base},"informedOfReturnCost":"no"}}"#));
    assert_eq!(e.code, ErrorCode::InvalidType);
    assert_eq!(e.field, "informedOfReturnCost");
}

#[test]
fn eu_exceptions_eu_16() {
    for flag in [
        "madeToOrder",
        "perishable",
        "hygieneUnsealed",
        "digitalUnsealed",
        "periodical",
    ] {
        let d = eval(&eu_withdraw(
            "2024-03-05",
            &format!(r#","item":{{"{flag}":true}}"#),
        ));
        assert_eq!(d.outcome, Outcome::Reject, "{flag}");
        assert!(!passed(&d, "not_excluded"), "{flag}");
        assert_eq!(check(&d, "not_excluded").rule, "EU-16");
    }
    let d = eval(&eu_withdraw(
        "2024-03-05",
        r#","item":{"hygieneUnsealed":false}"#,
    ));
    assert!(passed(&d, "not_excluded"));
    // Made to order is excepted before delivery too (C-529/19).
    let d = eval(&eu(
        r#""reason":"no_reason","asOf":"2024-02-21","item":{"madeToOrder":true},"dates":{"ordered":"2024-02-20"}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
}

#[test]
fn eu_withdrawal_before_delivery_eu_9_eu_13() {
    let unshipped = eval(&eu(
        r#""reason":"no_reason","asOf":"2024-02-21","dates":{"ordered":"2024-02-20","opened":"2024-02-21"}"#,
    ));
    assert_eq!(unshipped.outcome, Outcome::RefundFull);
    assert_eq!(unshipped.refund, FULL);
    assert_eq!(deadline(&unshipped, "refundDueBy"), "2024-03-06");
    assert!(!has_deadline(&unshipped, "returnWindowLastDay"));
    assert!(passed(&unshipped, "within_return_window"));
    let transit = eval(&eu(
        r#""reason":"no_reason","asOf":"2024-02-23","tracking":"in_transit","dates":{"ordered":"2024-02-20","shipped":"2024-02-22"}"#,
    ));
    assert_eq!(transit.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&transit, "refundDueBy"), "2024-03-08");
    let said = summary(&transit);
    assert!(
        says(&said, "withdrawal.summary.refund", &["withhold=EU-13c"]),
        "{said}"
    );
}

// ---------------------------------------------------------------------------------------------
// EU legal guarantee, Sale of Goods Directive 2019/771: SGD-10..16, EU-20.

/// A `reason` claim on goods delivered 2024-03-01, the lack of conformity found on `found`.
fn eu_faulty(reason: &str, found: &str, extra_dates: &str, extra: &str) -> String {
    eu(&format!(
        r#""reason":"{reason}","asOf":"2026-06-01","tracking":"delivered","dates":{{"shipped":"2024-02-27","delivered":"2024-03-01","faultFound":"{found}","opened":"{found}"{extra_dates}}},"evidence":{{"buyerPhotos":true}}{extra}"#
    ))
}

#[test]
fn eu_guarantee_two_years_from_delivery_sgd_10() {
    // Apparent on the last day of the two years: repair or replacement, free of charge.
    let d = eval(&eu_faulty("quality", "2026-03-01", "", ""));
    assert_eq!(d.outcome, Outcome::Repair);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 0);
    assert_eq!(deadline(&d, "guaranteeEnd"), "2026-03-01");
    assert!(passed(&d, "within_guarantee"));
    assert_eq!(check(&d, "within_guarantee").rule, "SGD-10");
    assert_rules(&d, &["SGD-10", "SGD-11", "SGD-13", "SGD-14"]);
    for code in [
        "tracking_delivered",
        "fault_date_record",
        "buyer_photos",
        "inspection_report",
    ] {
        assert!(has_evidence(&d, code), "{code}: {:?}", d.evidence);
    }
    // The day after: the seller is no longer liable.
    let late = eval(&eu_faulty("quality", "2026-03-02", "", ""));
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert!(!passed(&late, "within_guarantee"));
    assert!(
        says(&summary(&late), "eu_crd.summary.expired", &[]),
        "{}",
        summary(&late)
    );
    // A member state's longer period is a policy value; a shorter one is void.
    let d = eval(&eu_faulty(
        "quality",
        "2026-03-02",
        "",
        r#","policy":{"guaranteeMonths":36}"#,
    ));
    assert_eq!(d.outcome, Outcome::Repair);
    assert_eq!(deadline(&d, "guaranteeEnd"), "2027-03-01");
    let d = eval(&eu_faulty(
        "quality",
        "2025-06-01",
        "",
        r#","policy":{"guaranteeMonths":12}"#,
    ));
    assert_eq!(d.outcome, Outcome::Repair);
    assert_eq!(check(&d, "policy_within_statute").rule, "SGD-10");
}

#[test]
fn eu_guarantee_presumption_one_year_sgd_11() {
    let d = eval(&eu_faulty("not_as_described", "2025-03-01", "", ""));
    assert_eq!(deadline(&d, "presumptionEnd"), "2025-03-01");
    assert!(passed(&d, "fault_presumed"));
    assert_eq!(check(&d, "fault_presumed").rule, "SGD-11");
    assert!(has_evidence(&d, "product_listing"));
    let d = eval(&eu_faulty("not_as_described", "2025-03-02", "", ""));
    assert!(!passed(&d, "fault_presumed"));
    assert_eq!(d.outcome, Outcome::Repair);
    assert!(
        says(&summary(&d), "eu_crd.summary.proof", &[]),
        "{}",
        summary(&d)
    );
    // Member states may presume for two years.
    let d = eval(&eu_faulty(
        "not_as_described",
        "2025-03-02",
        "",
        r#","policy":{"presumptionMonths":24}"#,
    ));
    assert!(passed(&d, "fault_presumed"));
    assert_eq!(deadline(&d, "presumptionEnd"), "2026-03-01");
}

#[test]
fn eu_guarantee_remedies_by_reason_sgd_13_sgd_14_eu_20() {
    let wrong = eval(&eu_faulty("wrong_item", "2024-03-05", "", ""));
    assert_eq!(wrong.outcome, Outcome::Exchange);
    let missing = eval(&eu_faulty("missing_items", "2024-03-05", "", ""));
    assert_eq!(missing.outcome, Outcome::Reship);
    let damaged = eval(&eu_faulty("damaged_in_transit", "2024-03-02", "", ""));
    assert_eq!(damaged.outcome, Outcome::Repair);
    assert!(passed(&damaged, "transit_risk_on_seller"));
    assert!(has_rule(&damaged, "EU-20"));
    // The consumer chooses: a replacement when asked; a refund request still starts with the
    // repair, as termination needs a failed, refused or impossible repair first.
    let d = eval(&eu_faulty(
        "quality",
        "2024-06-01",
        "",
        r#","request":"exchange""#,
    ));
    assert_eq!(d.outcome, Outcome::Exchange);
    let d = eval(&eu_faulty(
        "quality",
        "2024-06-01",
        "",
        r#","request":"full_refund""#,
    ));
    assert_eq!(d.outcome, Outcome::Repair);
    assert!(!has_rule(&d, "SGD-16"));
    // Before delivery there is nothing to judge.
    let d = eval(&eu(
        r#""reason":"quality","asOf":"2024-03-01","tracking":"in_transit","dates":{"shipped":"2024-02-28"}"#,
    ));
    assert_eq!(d.outcome, Outcome::Wait);
    assert_eq!(check(&d, "goods_received").rule, "SGD-10");
}

#[test]
fn eu_guarantee_after_a_failed_repair_termination_or_price_reduction_sgd_13_sgd_16() {
    // Repair asked 06-01, back 06-10: a complaint on 06-10 or later says it failed.
    let repaired = r#","repairRequested":"2024-06-01","repairReturned":"2024-06-10""#;
    let d = eval(&eu_faulty("quality", "2024-06-10", repaired, ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.refund, FULL);
    assert!(passed(&d, "repair_failed"));
    assert_rules(&d, &["SGD-13", "SGD-16"]);
    assert!(has_evidence(&d, "repair_record"));
    // While the goods are away being repaired, it is still the repair.
    let d = eval(&eu_faulty(
        "quality",
        "2024-06-09",
        r#","repairRequested":"2024-06-01""#,
        "",
    ));
    assert_eq!(d.outcome, Outcome::Repair);
    let d = eval(&eu_faulty(
        "quality",
        "2024-06-12",
        repaired,
        r#","request":"partial_refund","requestedAmount":2500"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundPartial);
    assert_eq!(d.refund, 2500);
    assert!(has_rule(&d, "SGD-15"));
}

#[test]
fn eu_guarantee_help_page_preset() {
    // The help page's "EU legal guarantee" preset (www/app.js, euGuarantee).
    let d = eval(
        r#"{"ruleset":"eu-crd","reason":"quality","asOf":"2025-01-20","currency":"EUR","price":14900,"shippingPaid":490,"dates":{"ordered":"2024-05-02","shipped":"2024-05-03","delivered":"2024-05-06","faultFound":"2025-01-15","opened":"2025-01-20"},"tracking":"delivered","evidence":{"buyerPhotos":true,"chatRecord":true}}"#,
    );
    assert_eq!(d.outcome, Outcome::Repair);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(deadline(&d, "guaranteeEnd"), "2026-05-06");
    assert_eq!(deadline(&d, "presumptionEnd"), "2025-05-06");
    assert!(passed(&d, "fault_presumed"));
}

#[test]
fn eu_guarantee_replies_in_both_languages() {
    for input in [
        eu_faulty("quality", "2024-06-01", "", ""),
        eu_faulty("wrong_item", "2024-06-01", "", ""),
        eu_faulty("missing_items", "2024-06-01", "", ""),
        eu_faulty("damaged_in_transit", "2024-03-02", "", ""),
        eu_faulty("quality", "2026-03-02", "", ""),
        eu_faulty("quality", "2025-06-01", "", ""),
        eu_faulty(
            "quality",
            "2024-06-10",
            r#","repairRequested":"2024-06-01","repairReturned":"2024-06-10""#,
            "",
        ),
    ] {
        let (en, zh) = eval_both(&input);
        assert!(reply(&en).starts_with("reply.greeting{"), "{}", reply(&en));
        assert_eq!(reply(&en), reply(&zh));
    }
    let infos = dispute_calc::api::rulesets();
    let eu = infos.iter().find(|i| i.id == "eu-crd").unwrap();
    assert_eq!(eu.message.id(), "ruleset.eu-crd.name");
    let english = include_str!("../locales/en.json");
    let name = english
        .lines()
        .find(|l| l.contains("\"ruleset.eu-crd.name\""))
        .unwrap();
    assert!(
        name.contains("2011/83") && name.contains("2019/771"),
        "{name}"
    );
    assert_eq!(
        eu.reasons,
        [
            "no_reason",
            "quality",
            "not_as_described",
            "wrong_item",
            "missing_items",
            "damaged_in_transit"
        ]
    );
    assert_eq!(
        eu.parameter_info
            .iter()
            .find(|p| p.key == "guaranteeMonths")
            .map(|p| p.default),
        Some(24)
    );
}

// ---------------------------------------------------------------------------------------------
// UK: Consumer Contracts Regulations (UK-CCR-1..4) and Consumer Rights Act (CRA-*).

fn uk(fields: &str) -> String {
    on("uk-cra", "GBP", fields)
}

fn uk_cancel(opened: &str, extra: &str) -> String {
    uk(&format!(
        r#""reason":"no_reason","asOf":"{opened}","dates":{{"shipped":"2024-02-22","delivered":"2024-03-01","opened":"{opened}"}}{extra}"#
    ))
}

#[test]
fn uk_cancellation_day_14_15_and_the_extension_uk_ccr_1_uk_ccr_2() {
    let d = eval(&uk_cancel("2024-03-15", ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(check(&d, "within_return_window").rule, "UK-CCR-1");
    assert_rules(&d, &["UK-CCR-1", "UK-CCR-3", "UK-CCR-4"]);
    assert_eq!(eval(&uk_cancel("2024-03-16", "")).outcome, Outcome::Reject);
    let uninformed = r#","informedOfWithdrawal":false"#;
    let d = eval(&uk_cancel("2025-03-15", uninformed));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(check(&d, "informed_of_withdrawal").rule, "UK-CCR-2");
    assert_eq!(
        eval(&uk_cancel("2025-03-16", uninformed)).outcome,
        Outcome::Reject
    );
}

#[test]
fn uk_cancellation_refund_counts_from_the_goods_back_uk_ccr_3() {
    let d = eval(&uk_cancel("2024-03-10", ""));
    assert!(!has_deadline(&d, "refundDueBy"));
    assert!(
        says(&summary(&d), "withdrawal.summary.refund_after_goods", &[]),
        "{}",
        summary(&d)
    );
    let back = uk(
        r#""reason":"no_reason","asOf":"2024-03-20","dates":{"delivered":"2024-03-01","opened":"2024-03-10","returnReceived":"2024-03-18"}"#,
    );
    let d = eval(&back);
    assert_eq!(deadline(&d, "refundDueBy"), "2024-04-01");
    assert_eq!(deadline(&d, "returnShipDeadline"), "2024-03-24");
}

#[test]
fn uk_only_takes_pounds() {
    let e = eval_err(&on(
        "uk-cra",
        "EUR",
        r#""reason":"quality","asOf":"2024-03-10""#,
    ));
    assert_eq!(e.code, ErrorCode::CurrencyMismatch);
    assert_eq!(e.field, "currency");
}

fn uk_faulty(claim: &str, extra_dates: &str, extra: &str) -> String {
    uk(&format!(
        r#""reason":"quality","asOf":"{claim}","dates":{{"delivered":"2024-03-01","opened":"{claim}"{extra_dates}}}{extra}"#
    ))
}

#[test]
fn uk_short_term_right_to_reject_day_30_and_31_cra_22() {
    let d = eval(&uk_faulty("2024-03-31", "", ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, FULL);
    assert_eq!(deadline(&d, "rejectWindowLastDay"), "2024-03-31");
    assert!(passed(&d, "within_reject_window"));
    assert_eq!(check(&d, "within_reject_window").rule, "CRA-22");
    assert_rules(&d, &["CRA-22", "CRA-20-8", "CRA-20-15"]);
    let late = eval(&uk_faulty("2024-04-01", "", ""));
    assert_eq!(late.outcome, Outcome::Repair);
    assert_eq!(late.refund, 0);
    assert!(!passed(&late, "within_reject_window"));
    assert!(has_rule(&late, "CRA-tiers"));
    let exchange = eval(&uk_faulty("2024-04-01", "", r#","request":"exchange""#));
    assert_eq!(exchange.outcome, Outcome::Exchange);
}

#[test]
fn uk_reject_refund_within_14_days_counting_the_first_cra_20_15() {
    let d = eval(&uk_faulty("2024-03-10", "", ""));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-23");
}

#[test]
fn uk_the_30_days_pause_during_a_repair_cra_22c() {
    // Requested on day 10 (03-11) with 21 days left; back on 03-20: the period ends 04-10.
    let pause = r#","repairRequested":"2024-03-11","repairReturned":"2024-03-20""#;
    let d = eval(&uk_faulty("2024-04-10", pause, ""));
    assert_eq!(deadline(&d, "rejectWindowLastDay"), "2024-04-10");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(passed(&d, "reject_period_paused"));
    assert!(has_rule(&d, "CRA-22c"));
    // The day after, the short-term right has ended; the goods came back from their repair and
    // the complaint says they are still faulty, so the final right to reject applies (s.24(5)).
    let after = eval(&uk_faulty("2024-04-11", pause, ""));
    assert!(!passed(&after, "within_reject_window"));
    assert!(passed(&after, "repair_failed"));
    // Requested with 4 days left (03-28); back on 04-05: at least 7 days, to 04-12.
    let short = r#","repairRequested":"2024-03-28","repairReturned":"2024-04-05""#;
    let d = eval(&uk_faulty("2024-04-12", short, ""));
    assert_eq!(deadline(&d, "rejectWindowLastDay"), "2024-04-12");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(!passed(
        &eval(&uk_faulty("2024-04-13", short, "")),
        "within_reject_window"
    ));
    // With 7 days left exactly (03-25), the remainder is used: back 04-05, ends 04-12.
    let seven = r#","repairRequested":"2024-03-25","repairReturned":"2024-04-05""#;
    assert_eq!(
        deadline(
            &eval(&uk_faulty("2024-04-12", seven, "")),
            "rejectWindowLastDay"
        ),
        "2024-04-12"
    );
    // Still away: the period is paused, and the seller repairs.
    let away = eval(&uk_faulty(
        "2024-04-20",
        r#","repairRequested":"2024-03-11""#,
        "",
    ));
    assert_eq!(away.outcome, Outcome::Repair);
    assert!(!has_deadline(&away, "rejectWindowLastDay"));
    // A repair asked after the 30 days pauses nothing.
    let d = eval(&uk_faulty(
        "2024-04-20",
        r#","repairRequested":"2024-04-02","repairReturned":"2024-04-10""#,
        "",
    ));
    assert_eq!(deadline(&d, "rejectWindowLastDay"), "2024-03-31");
    let e = eval_err(&uk_faulty(
        "2024-04-20",
        r#","repairRequested":"2024-03-20","repairReturned":"2024-03-11""#,
        "",
    ));
    assert_eq!(e.code, ErrorCode::DateOrder);
    assert_eq!(e.field, "dates.repairReturned");
}

#[test]
fn uk_after_a_failed_repair_the_final_right_to_reject_cra_24_5() {
    // Delivered 03-01; repaired after the 30 days (asked 04-10, back 04-20). A complaint on the
    // day the goods came back, or later, says the repair failed: reject for a full refund.
    let repaired = r#","repairRequested":"2024-04-10","repairReturned":"2024-04-20""#;
    let d = eval(&uk_faulty("2024-04-20", repaired, ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, FULL);
    assert!(passed(&d, "repair_failed"));
    assert_eq!(check(&d, "repair_failed").rule, "CRA-24-5");
    assert_rules(&d, &["CRA-24-5", "CRA-24-10", "CRA-20-8", "CRA-20-15"]);
    assert_eq!(deadline(&d, "refundDueBy"), "2024-05-03");
    // While the goods are still away, and before they came back, it is still the repair.
    let away = eval(&uk_faulty(
        "2024-04-15",
        r#","repairRequested":"2024-04-10""#,
        "",
    ));
    assert_eq!(away.outcome, Outcome::Repair);
    let d = eval(&uk_faulty(
        "2024-04-19",
        r#","repairRequested":"2024-04-10""#,
        "",
    ));
    assert_eq!(d.outcome, Outcome::Repair);
    // A price reduction instead, when the consumer keeps the goods and asks for part back.
    let d = eval(&uk_faulty(
        "2024-04-25",
        repaired,
        r#","request":"partial_refund","requestedAmount":3000"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundPartial);
    assert_eq!(d.refund, 3000);
    eval_both(&uk_faulty("2024-04-25", repaired, ""));
}

#[test]
fn uk_no_deduction_for_use_within_six_months_cra_24_10() {
    // Delivered 03-01: six months end on 09-01. A final rejection that day deducts nothing; the
    // day after, a deduction for use may be made (not computed: the refund stays the ceiling).
    let repaired = r#","repairRequested":"2024-07-01","repairReturned":"2024-07-20""#;
    let d = eval(&uk_faulty("2024-09-01", repaired, ""));
    assert!(passed(&d, "no_deduction_for_use"));
    assert!(
        !summary(&d).contains("uk_cra.summary.deduction_note{"),
        "{}",
        summary(&d)
    );
    let d = eval(&uk_faulty("2024-09-02", repaired, ""));
    assert!(!passed(&d, "no_deduction_for_use"));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(
        summary(&d).contains("uk_cra.summary.deduction_note{"),
        "{}",
        summary(&d)
    );
}

#[test]
fn uk_refund_runs_from_the_evidence_of_sending_when_earlier_reg_34_5() {
    // Cancelled 03-10; sent back 03-12 with proof; arrived 03-18: due 14 days after 03-12.
    let input = |dates: &str| {
        uk(&format!(
            r#""reason":"no_reason","asOf":"2024-03-20","dates":{{"delivered":"2024-03-01","opened":"2024-03-10"{dates}}}"#
        ))
    };
    let d = eval(&input(
        r#","returnSent":"2024-03-12","returnReceived":"2024-03-18""#,
    ));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-26");
    let d = eval(&input(r#","returnSent":"2024-03-12""#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-26");
    let d = eval(&input(r#","returnReceived":"2024-03-18""#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-04-01");
    // A return sent before the delivery, or received before it was sent, cannot happen.
    let e = eval_err(&input(
        r#","returnSent":"2024-03-19","returnReceived":"2024-03-18""#,
    ));
    assert_eq!(e.code, ErrorCode::DateOrder);
    assert_eq!(e.field, "dates.returnReceived");
}

#[test]
fn uk_fault_presumed_within_six_months_cra_tiers() {
    let at = eval(&uk_faulty(
        "2024-09-20",
        r#","faultFound":"2024-09-01""#,
        "",
    ));
    assert_eq!(deadline(&at, "burdenShiftEnd"), "2024-09-01");
    assert!(passed(&at, "fault_presumed"));
    let after = eval(&uk_faulty(
        "2024-09-20",
        r#","faultFound":"2024-09-02""#,
        "",
    ));
    assert!(!passed(&after, "fault_presumed"));
    assert_eq!(after.outcome, Outcome::Repair);
}

#[test]
fn uk_faulty_goods_wait_for_delivery_cra_22() {
    let d = eval(&uk(
        r#""reason":"damaged_in_transit","asOf":"2024-03-01","tracking":"in_transit","dates":{"shipped":"2024-02-28"}"#,
    ));
    assert_eq!(d.outcome, Outcome::Wait);
    assert!(!passed(&d, "goods_received"));
    assert_eq!(check(&d, "goods_received").rule, "CRA-22");
}

// ---------------------------------------------------------------------------------------------
// US FTC mail order rule: FTC-1..5.

fn ftc(fields: &str) -> String {
    on("us-ftc", "USD", fields)
}

fn ftc_unshipped(as_of: &str, extra: &str) -> String {
    ftc(&format!(
        r#""reason":"late_shipment","asOf":"{as_of}","dates":{{"ordered":"2024-03-01","opened":"{as_of}"}}{extra}"#
    ))
}

#[test]
fn ftc_thirty_days_when_no_time_is_stated_ftc_1() {
    let d = eval(&ftc_unshipped("2024-03-31", ""));
    assert_eq!(d.outcome, Outcome::Wait);
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-03-31");
    assert!(passed(&d, "shipped_within_handling_time"));
    assert_eq!(check(&d, "shipped_within_handling_time").rule, "FTC-1");
    let late = eval(&ftc_unshipped("2024-04-01", ""));
    assert_eq!(late.outcome, Outcome::RefundFull);
    assert_eq!(late.refund, FULL);
    assert_eq!(deadline(&late, "refundDueBy"), "2024-04-09");
    assert_eq!(late.fault, Fault::Seller);
    assert!(!passed(&late, "shipped_within_handling_time"));
    assert_rules(&late, &["FTC-1", "FTC-3", "FTC-4"]);
}

#[test]
fn ftc_the_advertised_time_ftc_1() {
    let policy = r#","policy":{"handlingDays":10}"#;
    let d = eval(&ftc_unshipped("2024-03-11", policy));
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-03-11");
    assert_eq!(d.outcome, Outcome::Wait);
    assert_eq!(
        eval(&ftc_unshipped("2024-03-12", policy)).outcome,
        Outcome::RefundFull
    );
}

#[test]
fn ftc_fifty_days_on_the_sellers_credit_ftc_2() {
    let credit = r#","paymentMethod":"seller_credit""#;
    let d = eval(&ftc_unshipped("2024-04-20", credit));
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-04-20");
    assert_eq!(d.outcome, Outcome::Wait);
    assert!(has_rule(&d, "FTC-2"));
    let late = eval(&ftc_unshipped("2024-04-21", credit));
    assert_eq!(late.outcome, Outcome::RefundFull);
    // Credit: one billing cycle, no date.
    assert!(!has_deadline(&late, "refundDueBy"));
    let said = summary(&late);
    assert!(
        says(&said, "us_ftc.summary.due_seller_credit", &[]),
        "{said}"
    );
    // An advertised time wins over the 50 days.
    let d = eval(&ftc_unshipped(
        "2024-03-12",
        r#","paymentMethod":"seller_credit","policy":{"handlingDays":10}"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundFull);
}

#[test]
fn ftc_refund_in_seven_working_days_across_a_weekend_and_a_holiday_ftc_4() {
    // Ordered 04-24: the 30 days to ship end on Friday 2024-05-24, when the order counts as
    // cancelled; 7 working days is Tuesday 06-04; Memorial Day (05-27) makes it 06-05. The
    // claim, a week later, does not move it.
    let input = |extra: &str| {
        ftc(&format!(
            r#""reason":"late_shipment","asOf":"2024-06-01","paymentMethod":"money_order","dates":{{"ordered":"2024-04-24","opened":"2024-06-01"}}{extra}"#
        ))
    };
    let d = eval(&input(""));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(deadline(&d, "refundDueBy"), "2024-06-04");
    let d = eval(&input(r#","policy":{"holidays":["2024-05-27"]}"#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-06-05");
    let said = reply(&d);
    assert!(
        says(&said, "us_ftc.reply.due", &["due=2024-06-05"]),
        "{said}"
    );
    for method in ["cash", "check"] {
        let d = eval(
            &input(&format!(r#","paymentMethod2":"{method}""#))
                .replace(r#""paymentMethod":"money_order","#, "")
                .replace("paymentMethod2", "paymentMethod"),
        );
        assert_eq!(deadline(&d, "refundDueBy"), "2024-06-04", "{method}");
    }
    // A card is a third party's credit, not the seller's: 7 working days too (since 2014).
    let card = eval(&input("").replace("money_order", "card"));
    assert_eq!(deadline(&card, "refundDueBy"), "2024-06-04");
    assert!(
        !summary(&card).contains("us_ftc.summary.due_seller_credit{"),
        "{}",
        summary(&card)
    );
    let e = eval_err(&input("").replace("money_order", "bitcoin"));
    assert_eq!(e.code, ErrorCode::UnknownValue);
    assert_eq!(e.field, "paymentMethod");
    assert!(e.message.contains("money_order"), "{}", e.message);
}

#[test]
fn ftc_card_refunds_are_due_in_seven_working_days_and_only_the_sellers_credit_in_a_cycle_ftc_4() {
    // Ordered 2024-03-01: the last day to ship is Sunday 03-31 (day 50, 04-20, on the seller's
    // credit); the order counts as cancelled then, and 7 working days later is Tuesday 04-09.
    for (method, last, next, due) in [
        ("card", "2024-03-31", "2024-04-01", Some("2024-04-09")),
        ("cash", "2024-03-31", "2024-04-01", Some("2024-04-09")),
        ("check", "2024-03-31", "2024-04-01", Some("2024-04-09")),
        (
            "money_order",
            "2024-03-31",
            "2024-04-01",
            Some("2024-04-09"),
        ),
        ("seller_credit", "2024-04-20", "2024-04-21", None),
    ] {
        let extra = format!(r#","paymentMethod":"{method}""#);
        // The last day to ship: still in time, nothing is due.
        let on_time = eval(&ftc_unshipped(last, &extra));
        assert_eq!(on_time.outcome, Outcome::Wait, "{method}");
        assert!(!has_deadline(&on_time, "refundDueBy"), "{method}");
        // The day after: the refund is due, dated from the deadline, not from the claim.
        let late = eval(&ftc_unshipped(next, &extra));
        assert_eq!(late.outcome, Outcome::RefundFull, "{method}");
        assert_eq!(
            late.deadlines
                .get("refundDueBy")
                .map(|s| s.format())
                .as_deref(),
            due,
            "{method}"
        );
        assert!(has_rule(&late, "FTC-4"));
        assert_eq!(
            summary(&late).contains("us_ftc.summary.due_seller_credit{"),
            due.is_none(),
            "{}",
            summary(&late)
        );
    }
}

#[test]
fn ftc_the_seven_working_days_run_from_the_deadline_not_the_claim_ftc_3_ftc_4() {
    // The same order claimed on day 31 and on day 60: the right to the refund vested when the
    // time to ship ran out (03-31), so the refund is due 04-09 in both cases.
    for claim in ["2024-04-01", "2024-04-30"] {
        let d = eval(&ftc_unshipped(claim, ""));
        assert_eq!(d.outcome, Outcome::RefundFull);
        assert_eq!(deadline(&d, "refundDueBy"), "2024-04-09", "{claim}");
        assert!(summary(&d).contains("2024-03-31"), "{}", summary(&d));
    }
    // A parcel shipped on day 31 without a delay notice: the order was already cancelled.
    let d = eval(&ftc_shipped(
        "late_shipment",
        "2024-04-01",
        "in_transit",
        "",
    ));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-04-09");
}

#[test]
fn ftc_refuses_claims_about_the_goods_and_names_who_decides_them() {
    for reason in [
        "quality",
        "not_as_described",
        "wrong_item",
        "damaged_in_transit",
        "counterfeit",
    ] {
        let e = eval_err(&ftc(&format!(
            r#""reason":"{reason}","asOf":"2024-04-10","dates":{{"ordered":"2024-03-01","delivered":"2024-03-05"}}"#
        )));
        assert_eq!(e.code, ErrorCode::UnknownValue, "{reason}");
        assert_eq!(e.field, "reason");
        for name in ["amazon", "ebay", "paypal", "warranty", reason] {
            assert!(e.message.contains(name), "{name}: {}", e.message);
        }
    }
}

fn ftc_shipped(reason: &str, shipped: &str, tracking: &str, delivered: &str) -> String {
    ftc(&format!(
        r#""reason":"{reason}","asOf":"2024-04-10","tracking":"{tracking}","dates":{{"ordered":"2024-03-01","shipped":"{shipped}"{delivered},"opened":"2024-04-10"}}"#
    ))
}

#[test]
fn ftc_shipped_on_day_30_or_31_ftc_1_ftc_3() {
    let on_time = eval(&ftc_shipped(
        "late_shipment",
        "2024-03-31",
        "in_transit",
        "",
    ));
    assert_eq!(on_time.outcome, Outcome::Reject);
    assert!(passed(&on_time, "shipped_within_handling_time"));
    // Shipped on day 31 without a delay notice: the order counts as cancelled on day 30 and is
    // refunded in full; Part 435 has no "refuse or return at the seller's cost".
    let late = eval(&ftc_shipped(
        "late_shipment",
        "2024-04-01",
        "in_transit",
        "",
    ));
    assert_eq!(late.outcome, Outcome::RefundFull);
    assert_eq!(late.refund, FULL);
    assert!(!summary(&late).contains("refuse"), "{}", summary(&late));
    assert!(!passed(&late, "shipped_within_handling_time"));
    assert!(has_rule(&late, "FTC-3"));
    // Not received: in transit after an on-time shipment waits; delivered is rejected.
    let transit = eval(&ftc_shipped("not_received", "2024-03-31", "in_transit", ""));
    assert_eq!(transit.outcome, Outcome::Wait);
    let delivered = eval(&ftc_shipped(
        "not_received",
        "2024-04-01",
        "delivered",
        r#","delivered":"2024-04-05""#,
    ));
    assert_eq!(delivered.outcome, Outcome::Reject);
    assert!(passed(&delivered, "delivered_per_carrier"));
    assert!(!passed(&delivered, "shipped_within_handling_time"));
}

fn ftc_return(opened: &str, policy: &str) -> String {
    ftc(&format!(
        r#""reason":"no_reason","asOf":"{opened}","dates":{{"ordered":"2024-03-01","shipped":"2024-03-02","delivered":"2024-03-05","opened":"{opened}"}}{policy}"#
    ))
}

#[test]
fn ftc_returns_follow_the_posted_policy_ftc_5() {
    let none = eval(&ftc_return("2024-03-06", ""));
    assert_eq!(none.outcome, Outcome::Reject);
    assert!(!passed(&none, "shop_promises_returns"));
    assert_eq!(check(&none, "shop_promises_returns").rule, "FTC-5");
    let policy = r#","policy":{"returnWindowDays":30}"#;
    let d = eval(&ftc_return("2024-04-04", policy));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.refund, 10000);
    assert_eq!(d.fault, Fault::Buyer);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-04-04");
    assert_eq!(
        eval(&ftc_return("2024-04-05", policy)).outcome,
        Outcome::Reject
    );
}

#[test]
fn ftc_only_takes_dollars() {
    let e = eval_err(&on(
        "us-ftc",
        "EUR",
        r#""reason":"late_shipment","asOf":"2024-03-10""#,
    ));
    assert_eq!(e.code, ErrorCode::CurrencyMismatch);
}

// ---------------------------------------------------------------------------------------------
// Every reason of the five rulesets in every state: decided, never a date the state lacks.

fn state_dates(state: &str) -> (&'static str, &'static str) {
    match state {
        "unshipped" => (r#""ordered":"2024-03-01","paid":"2024-03-01""#, "none"),
        "in_transit" => (
            r#""ordered":"2024-03-01","paid":"2024-03-01","shipped":"2024-03-03""#,
            "in_transit",
        ),
        _ => (
            r#""ordered":"2024-03-01","paid":"2024-03-01","shipped":"2024-03-03","delivered":"2024-03-08""#,
            "delivered",
        ),
    }
}

#[test]
fn every_reason_is_decided_in_every_state() {
    let infos = dispute_calc::api::rulesets();
    for (id, currency) in [
        ("ebay", "EUR"),
        ("paypal", "USD"),
        ("eu-crd", "EUR"),
        ("uk-cra", "GBP"),
        ("us-ftc", "USD"),
    ] {
        let info = infos.iter().find(|i| i.id == id).expect("listed");
        assert!(!info.reasons.is_empty(), "{id}");
        for reason in &info.reasons {
            for state in ["unshipped", "in_transit", "delivered"] {
                for opened in ["2024-03-10", "2024-03-10T09:00:00+01:00"] {
                    let (dates, tracking) = state_dates(state);
                    let input = on(
                        id,
                        currency,
                        &format!(
                            r#""reason":"{reason}","asOf":"2024-03-12","tracking":"{tracking}","dates":{{{dates},"estimatedDelivery":"2024-03-09","opened":"{opened}"}}"#
                        ),
                    );
                    let (en, _) = eval_both(&input);
                    // The words are the renderer's (eval_both checks the messages are the
                    // same): every argument a message declares is given, so none is unfilled.
                    assert_eq!(unfilled(&en), None, "{input}");
                    let needs_goods =
                        !matches!(*reason, "not_received" | "no_reason" | "late_shipment");
                    if needs_goods && state != "delivered" {
                        assert_eq!(en.outcome, Outcome::Wait, "{id} {reason} {state}");
                        assert!(!passed(&en, "goods_received"), "{id} {reason} {state}");
                    }
                    assert!(!en.rules.is_empty(), "{id} {reason} {state}");
                    assert!(!en.checks.is_empty(), "{id} {reason} {state}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Replies in both languages, penalties, metadata, input errors.

#[test]
fn replies_read_in_both_languages() {
    for input in [
        ebay_inr("2024-03-10"),
        pp_snad("2024-02-10"),
        eu_withdraw("2024-03-10", r#","informedOfReturnCost":false"#),
        uk_faulty("2024-03-10", "", ""),
        ftc_unshipped("2024-04-01", r#","paymentMethod":"cash""#),
    ] {
        let (en, zh) = eval_both(&input);
        // "Dear customer" / "亲爱的顾客": both replies open with the greeting.
        assert!(reply(&en).starts_with("reply.greeting{}"), "{}", reply(&en));
        assert!(reply(&zh).starts_with("reply.greeting{}"), "{}", reply(&zh));
        // The same amounts and dates appear in both.
        let amount = format!(
            "{}.{:02} {}",
            en.refund / 100,
            en.refund % 100,
            en.currency.code
        );
        if en.refund > 0 {
            assert!(summary(&en).contains(&amount), "{}", summary(&en));
            assert!(summary(&zh).contains(&amount), "{}", summary(&zh));
        }
        for (_, day) in &en.deadlines.0 {
            let day = day.format();
            if summary(&en).contains(&day) {
                assert!(summary(&zh).contains(&day), "{day}: {}", summary(&zh));
            }
        }
    }
}

#[test]
fn refund_penalty_names_what_each_new_ruleset_decides() {
    for (id, currency) in [
        ("ebay", "EUR"),
        ("paypal", "USD"),
        ("eu-crd", "EUR"),
        ("uk-cra", "GBP"),
        ("us-ftc", "USD"),
    ] {
        let e = penalty_err(&format!(
            r#"{{"ruleset":"{id}","violation":"late_shipment","currency":"{currency}","price":1000}}"#
        ));
        assert_eq!(e.code, ErrorCode::UnknownValue, "{id}");
        assert_eq!(e.field, "violation");
        assert!(e.message.contains("evaluateDispute"), "{}", e.message);
        assert!(e.message.contains(id), "{}", e.message);
    }
}

#[test]
fn every_ruleset_of_the_contract_is_listed_with_verified_marks() {
    let infos = dispute_calc::api::rulesets();
    let ids: Vec<&str> = infos.iter().map(|i| i.id).collect();
    assert_eq!(
        ids,
        [
            "aliexpress",
            "amazon",
            "ebay",
            "paypal",
            "taobao",
            "tmall",
            "cn-consumer",
            "cn-food",
            "cn-car",
            "eu-crd",
            "uk-cra",
            "us-ftc"
        ]
    );
    let verified = |id: &str, key: &str| {
        let info = infos.iter().find(|i| i.id == id).unwrap();
        info.parameter_info
            .iter()
            .find(|p| p.key == key)
            .unwrap_or_else(|| panic!("{id} {key}"))
            .verified
    };
    // [V1] numbers.
    assert!(verified("ebay", "sellerResponseBusinessDays"));
    assert!(verified("paypal", "disputeWindowDays"));
    assert!(verified("eu-crd", "withdrawalDays"));
    assert!(verified("uk-cra", "rejectDays"));
    assert!(verified("us-ftc", "shipDays"));
    assert!(verified("amazon", "claimWindowDays"));
    assert!(verified("cn-consumer", "fraudMin"));
    // [V2], [C], [M] numbers.
    assert!(!verified("paypal", "coverageCap"));
    assert!(verified("eu-crd", "extensionMonths"));
    assert!(verified("eu-crd", "returnShipDays"));
    assert!(verified("uk-cra", "withdrawalDays"));
    assert!(verified("us-ftc", "refundWorkingDays"));
    assert!(!verified("tmall", "lateShipmentPercent"));
    assert!(!verified("aliexpress", "sellerResponseDays"));
    assert!(!verified("cn-car", "spareCarDays"));
    // Confirmed in the primary texts by the rule review (issue 18).
    for (id, key) in [
        ("cn-car", "powertrainDays"),
        ("cn-car", "replacementDays"),
        ("cn-car", "replacementKm"),
        ("cn-car", "threeGuaranteesMonths"),
        ("cn-car", "threeGuaranteesKm"),
        ("cn-car", "repairWarrantyMonths"),
        ("cn-car", "repairWarrantyKm"),
        ("cn-car", "repairDaysLimit"),
        ("cn-car", "repairTimesLimit"),
        ("us-ftc", "refundWorkingDays"),
        ("uk-cra", "extensionMonths"),
        ("uk-cra", "refundDays"),
        ("uk-cra", "returnShipDays"),
        ("uk-cra", "rejectRefundDays"),
        ("uk-cra", "burdenShiftMonths"),
    ] {
        assert!(verified(id, key), "{id} {key}");
    }
    assert!(!verified("taobao", "unshippedRefundHours"));
    let json = dispute_calc::json::to_string(&dispute_calc::api::rulesets());
    assert!(
        json.contains(r#"{"key":"coverageCap","default":0,"max":9007199254740991,"rule":"PP-3","verified":false}"#),
        "{json}"
    );
    // Only the rulesets that count business days take holidays.
    let with_holidays: Vec<&str> = infos.iter().filter(|i| i.holidays).map(|i| i.id).collect();
    assert_eq!(with_holidays, ["ebay", "cn-car", "eu-crd", "us-ftc"]);
}

#[test]
fn a_policy_cannot_shorten_a_statutory_period() {
    // EU-9: a 10-day policy is ignored; the 14 days apply and a failed check says so.
    let d = eval(&eu_withdraw(
        "2024-03-15",
        r#","policy":{"withdrawalDays":10}"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-15");
    assert!(!passed(&d, "policy_within_statute"));
    assert_eq!(check(&d, "policy_within_statute").rule, "EU-9");
    // A longer one is the shop's promise and applies.
    let d = eval(&eu_withdraw(
        "2024-03-31",
        r#","policy":{"withdrawalDays":30}"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(d.checks.iter().all(|c| c.id != "policy_within_statute"));
    // A trader's term may be shorter, never longer: 20 days to refund is ignored.
    let d = eval(&eu_withdraw("2024-03-10", r#","policy":{"refundDays":20}"#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-25");
    assert_eq!(check(&d, "policy_within_statute").rule, "EU-13");
    let d = eval(&eu_withdraw("2024-03-10", r#","policy":{"refundDays":7}"#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-18");
    // UK 30 days to reject; FTC 30 days to ship.
    let d = eval(&uk_faulty(
        "2024-03-31",
        "",
        r#","policy":{"rejectDays":20}"#,
    ));
    assert_eq!(deadline(&d, "rejectWindowLastDay"), "2024-03-31");
    assert_eq!(check(&d, "policy_within_statute").rule, "CRA-22");
    let d = eval(&ftc_unshipped("2024-04-01", r#","policy":{"shipDays":45}"#));
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-03-31");
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(check(&d, "policy_within_statute").rule, "FTC-1");
}

#[test]
fn new_inputs_are_type_checked() {
    let e = eval_err(&eu_withdraw(
        "2024-03-10",
        r#","informedOfWithdrawal":"yes""#,
    ));
    assert_eq!(e.code, ErrorCode::InvalidType);
    assert_eq!(e.field, "informedOfWithdrawal");
    let e = eval_err(&eu_withdraw("2024-03-10", r#","standardShipping":-1"#));
    assert_eq!(e.code, ErrorCode::InvalidAmount);
    let e = eval_err(&eu_withdraw(
        "2024-03-10",
        r#","item":{"hygieneUnsealed":1}"#,
    ));
    assert_eq!(e.field, "item.hygieneUnsealed");
    let e = eval_err(&uk_faulty(
        "2024-04-20",
        r#","repairRequested":"2024-13-01""#,
        "",
    ));
    assert_eq!(e.code, ErrorCode::InvalidDate);
    assert_eq!(e.field, "dates.repairRequested");
}
