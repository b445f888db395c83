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
    assert!(late.summary.contains("EBAY-1"), "{}", late.summary);
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
    assert!(d.summary.contains("2024-05-09"), "{}", d.summary);
    // A date-time opening keeps its time of day.
    let d = eval(&ebay_opened("2024-05-03T16:00:00+01:00", ""));
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-08T16:00:00+01:00"
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
    assert!(waiting.reply.contains("2024-03-31"), "{}", waiting.reply);
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
    assert!(late.summary.contains("PP-1"), "{}", late.summary);
}

#[test]
fn paypal_escalation_deadline_is_20_days_after_opening_pp_1() {
    let d = eval(&pp_snad("2024-02-10"));
    assert_eq!(deadline(&d, "escalationDeadline"), "2024-03-01");
    assert!(d.summary.contains("2024-03-01"), "{}", d.summary);
}

#[test]
fn paypal_refunds_price_and_shipping_but_not_the_return_pp_2() {
    let d = eval(&pp_snad("2024-02-10"));
    assert_eq!(d.refund, FULL);
    assert_eq!(d.fault, Fault::Seller);
    assert!(d.summary.contains("PP-2"));
    assert!(d.reply.contains("at your cost"), "{}", d.reply);
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
    assert!(late.summary.contains("EU-9"), "{}", late.summary);
}

#[test]
fn eu_twelve_month_extension_last_day_eu_10() {
    let uninformed = r#","informedOfWithdrawal":false"#;
    let d = eval(&eu_withdraw("2025-03-15", uninformed));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2025-03-15");
    assert!(!passed(&d, "informed_of_withdrawal"));
    assert_eq!(check(&d, "informed_of_withdrawal").rule, "EU-10");
    let late = eval(&eu_withdraw("2025-03-16", uninformed));
    assert_eq!(late.outcome, Outcome::Reject);
    assert!(late.summary.contains("EU-10"), "{}", late.summary);
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
fn eu_refund_within_14_days_with_standard_delivery_eu_13_eu_13b() {
    let d = eval(&eu_withdraw("2024-03-10", ""));
    assert_eq!(d.refund, FULL);
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-24");
    assert_eq!(deadline(&d, "returnShipDeadline"), "2024-03-24");
    // The buyer paid 10.00 for express; standard was 4.90: the difference stays with the trader.
    let d = eval(&eu_withdraw("2024-03-10", r#","standardShipping":490"#));
    assert_eq!(d.refund, 10490);
    assert!(d.summary.contains("4.90 EUR"), "{}", d.summary);
    let e = eval_err(&eu_withdraw("2024-03-10", r#","standardShipping":1001"#));
    assert_eq!(e.code, ErrorCode::InvalidAmount);
    assert_eq!(e.field, "standardShipping");
}

#[test]
fn eu_return_cost_only_when_informed_eu_14() {
    let informed = eval(&eu_withdraw("2024-03-10", ""));
    assert!(
        informed.summary.contains("consumer's"),
        "{}",
        informed.summary
    );
    let not = eval(&eu_withdraw(
        "2024-03-10",
        r#","informedOfReturnCost":false"#,
    ));
    assert!(not.summary.contains("trader's"), "{}", not.summary);
    assert!(not.reply.contains("on us"), "{}", not.reply);
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
    assert!(transit.summary.contains("EU-13c"), "{}", transit.summary);
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
        d.summary.contains("proof of sending coming back"),
        "{}",
        d.summary
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
    assert_eq!(
        eval(&uk_faulty("2024-04-11", pause, "")).outcome,
        Outcome::Repair
    );
    // Requested with 4 days left (03-28); back on 04-05: at least 7 days, to 04-12.
    let short = r#","repairRequested":"2024-03-28","repairReturned":"2024-04-05""#;
    let d = eval(&uk_faulty("2024-04-12", short, ""));
    assert_eq!(deadline(&d, "rejectWindowLastDay"), "2024-04-12");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(
        eval(&uk_faulty("2024-04-13", short, "")).outcome,
        Outcome::Repair
    );
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
    assert!(late.summary.contains("billing cycle"), "{}", late.summary);
    // An advertised time wins over the 50 days.
    let d = eval(&ftc_unshipped(
        "2024-03-12",
        r#","paymentMethod":"seller_credit","policy":{"handlingDays":10}"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundFull);
}

#[test]
fn ftc_refund_in_seven_working_days_across_a_weekend_and_a_holiday_ftc_4() {
    // Friday 2024-05-24: 7 working days is Tuesday 06-04; Memorial Day (05-27) makes it 06-05.
    let input = |extra: &str| {
        ftc(&format!(
            r#""reason":"late_shipment","asOf":"2024-05-24","paymentMethod":"money_order","dates":{{"ordered":"2024-04-01","opened":"2024-05-24"}}{extra}"#
        ))
    };
    let d = eval(&input(""));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(deadline(&d, "refundDueBy"), "2024-06-04");
    let d = eval(&input(r#","policy":{"holidays":["2024-05-27"]}"#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-06-05");
    assert!(d.reply.contains("2024-06-05"), "{}", d.reply);
    for method in ["cash", "check"] {
        let d = eval(
            &input(&format!(r#","paymentMethod2":"{method}""#))
                .replace(r#""paymentMethod":"money_order","#, "")
                .replace("paymentMethod2", "paymentMethod"),
        );
        assert_eq!(deadline(&d, "refundDueBy"), "2024-06-04", "{method}");
    }
    let card = eval(&input("").replace("money_order", "card"));
    assert!(!has_deadline(&card, "refundDueBy"));
    let e = eval_err(&input("").replace("money_order", "bitcoin"));
    assert_eq!(e.code, ErrorCode::UnknownValue);
    assert_eq!(e.field, "paymentMethod");
    assert!(e.message.contains("money_order"), "{}", e.message);
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
    let late = eval(&ftc_shipped(
        "late_shipment",
        "2024-04-01",
        "in_transit",
        "",
    ));
    assert_eq!(late.outcome, Outcome::ReturnRefund);
    assert_eq!(late.refund, FULL);
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
    let infos = dispute_calc::api::rulesets(dispute_calc::model::Locale::En);
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
                    let (en, zh) = eval_both(&input);
                    assert_ne!(en.reply, zh.reply);
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
        assert!(en.reply.starts_with("Dear customer"), "{}", en.reply);
        assert!(zh.reply.starts_with("亲爱的顾客"), "{}", zh.reply);
        // The same amounts and dates appear in both.
        let amount = format!("{}.{:02}", en.refund / 100, en.refund % 100);
        if en.refund > 0 {
            assert!(en.summary.contains(&amount), "{}", en.summary);
            assert!(zh.summary.contains(&amount), "{}", zh.summary);
        }
        for (_, day) in &en.deadlines.0 {
            let day = day.format();
            if en.summary.contains(&day) {
                assert!(zh.summary.contains(&day), "{day}: {}", zh.summary);
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
    let infos = dispute_calc::api::rulesets(dispute_calc::model::Locale::En);
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
    assert!(!verified("eu-crd", "extensionMonths"));
    assert!(!verified("uk-cra", "withdrawalDays"));
    assert!(!verified("us-ftc", "refundWorkingDays"));
    assert!(!verified("tmall", "lateShipmentPercent"));
    assert!(!verified("aliexpress", "sellerResponseDays"));
    assert!(!verified("cn-car", "repairDaysLimit"));
    assert!(!verified("taobao", "unshippedRefundHours"));
    let json = dispute_calc::api::rulesets_json(None).unwrap();
    assert!(
        json.contains(r#"{"key":"coverageCap","default":2000000,"max":9007199254740991,"rule":"PP-3","verified":false}"#),
        "{json}"
    );
    // Only the rulesets that count business days take holidays.
    let with_holidays: Vec<&str> = infos.iter().filter(|i| i.holidays).map(|i| i.id).collect();
    assert_eq!(with_holidays, ["ebay", "cn-car", "us-ftc"]);
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
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-24");
    assert_eq!(check(&d, "policy_within_statute").rule, "EU-13");
    let d = eval(&eu_withdraw("2024-03-10", r#","policy":{"refundDays":7}"#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-17");
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
