//! Taobao and Tmall `evaluateDispute` (rules.md §3 and §4.3): every rule the rulesets apply, at
//! its boundaries. Inputs are the JSON the page sends.
// Native tests: the wasm boundary has its own suite (tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use dispute_calc::decision::Decision;
use dispute_calc::model::{Fault, Outcome};
use dispute_calc::ErrorCode;

/// A Taobao input: 199.00 CNY plus 10.00 CNY shipping (20900 in all), with `fields` added.
fn tb(fields: &str) -> String {
    on("taobao", fields)
}

fn tm(fields: &str) -> String {
    on("tmall", fields)
}

fn on(ruleset: &str, fields: &str) -> String {
    format!(
        r#"{{"ruleset":"{ruleset}","currency":"CNY","price":19900,"shippingPaid":1000,{fields}}}"#
    )
}

fn passed(d: &Decision, id: &str) -> bool {
    check(d, id).passed
}

const FULL: u64 = 20900;

// ---------------------------------------------------------------------------------------------
// 7-day no-reason return: 7D-10 window, 7D-6 / 7D-7 / 7D-20 exclusions, 7D-8/9 intact goods,
// 7D-13 refund term, 7D-18 / TB-R14 shipping, TB-R15 exchange.

/// A no-reason return of goods signed for on 2024-03-01, asked on `opened`.
fn no_reason(opened: &str, extra: &str) -> String {
    tb(&format!(
        r#""reason":"no_reason","asOf":"2024-03-20","dates":{{"paid":"2024-02-27","shipped":"2024-02-28","delivered":"2024-03-01","opened":"{opened}"}}{extra}"#
    ))
}

#[test]
fn window_day_7_is_in_time_and_day_8_late_7d_10() {
    let d = no_reason("2024-03-08", "");
    let d = eval(&d);
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Buyer);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
    assert!(passed(&d, "within_return_window"));
    assert_eq!(check(&d, "within_return_window").rule, "7D-10");
    for rule in ["CPL-25", "7D-10", "7D-13", "7D-18", "TB-R14"] {
        assert!(has_rule(&d, rule), "{rule} missing: {:?}", d.rules);
    }

    let late = eval(&no_reason("2024-03-09", ""));
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.refund, 0);
    assert_eq!(late.fault, Fault::None);
    assert!(!passed(&late, "within_return_window"));
    assert_eq!(deadline(&late, "returnWindowLastDay"), "2024-03-08");
    assert!(!has_rule(&late, "TB-R14"));
    let said = summary(&late);
    assert!(
        says(&said, "taobao.summary.nr_late", &["last=2024-03-08"]),
        "{said}"
    );
}

#[test]
fn window_counts_calendar_days_for_date_times_7d_10() {
    // Signed late on 03-01: the window still ends with the whole of 03-08, shown as a date.
    let input = |opened: &str| {
        tb(&format!(
            r#""reason":"no_reason","asOf":"2024-03-20T00:00:00+08:00","dates":{{"delivered":"2024-03-01T22:00:00+08:00","opened":"{opened}"}}"#
        ))
    };
    let d = eval(&input("2024-03-08T23:59:59+08:00"));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
    let d = eval(&input("2024-03-09T00:00:00+08:00"));
    assert_eq!(d.outcome, Outcome::Reject);
}

#[test]
fn without_a_request_date_the_window_is_tested_on_as_of_7d_10() {
    let input = |as_of: &str| {
        tb(&format!(
            r#""reason":"no_reason","asOf":"{as_of}","dates":{{"delivered":"2024-03-01"}}"#
        ))
    };
    assert_eq!(eval(&input("2024-03-08")).outcome, Outcome::ReturnRefund);
    assert_eq!(eval(&input("2024-03-09")).outcome, Outcome::Reject);
}

#[test]
fn a_shop_policy_extends_the_window_7d_10() {
    let policy = r#","policy":{"returnWindowDays":15}"#;
    let d = eval(&no_reason("2024-03-16", policy));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-16");
    assert_eq!(
        eval(&no_reason("2024-03-17", policy)).outcome,
        Outcome::Reject
    );
}

#[test]
fn refund_is_the_price_without_outbound_shipping_tb_r14() {
    // shippingPaid 10.00: not a free-shipping item, so the buyer also bears the outbound leg.
    let d = eval(&no_reason("2024-03-05", ""));
    assert_eq!(d.refund, 19900);
    let free = on(
        "taobao",
        r#""reason":"no_reason","asOf":"2024-03-05","dates":{"delivered":"2024-03-01"}"#,
    )
    .replace(r#""shippingPaid":1000"#, r#""shippingPaid":0"#);
    assert_eq!(eval(&free).refund, 19900);
}

#[test]
fn statutory_exclusions_may_be_refused_cpl_25_7d_6() {
    for flag in ["madeToOrder", "perishable", "digitalUnsealed", "periodical"] {
        let d = eval(&no_reason(
            "2024-03-05",
            &format!(r#","item":{{"{flag}":true}}"#),
        ));
        assert_eq!(d.outcome, Outcome::Reject, "{flag}");
        assert_eq!(d.fault, Fault::None);
        assert!(!passed(&d, "not_excluded"), "{flag}");
        assert!(has_rule(&d, "7D-6"), "{flag}");
        let said = summary(&d);
        assert!(
            says(&said, "taobao.summary.nr_excluded", &["rule=CPL-25, 7D-6"]),
            "{said}"
        );
    }
    let d = eval(&no_reason("2024-03-05", r#","item":{"madeToOrder":false}"#));
    assert!(passed(&d, "not_excluded"));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
}

#[test]
fn an_art_7_exclusion_counts_only_when_confirmed_7d_7_7d_20() {
    let confirmed = eval(&no_reason(
        "2024-03-05",
        r#","item":{"exclusionConfirmed":true}"#,
    ));
    assert_eq!(confirmed.outcome, Outcome::Reject);
    assert!(!passed(&confirmed, "no_confirmed_exclusion"));
    assert_eq!(check(&confirmed, "no_confirmed_exclusion").rule, "7D-7");
    assert!(has_rule(&confirmed, "7D-7"));

    let not_confirmed = eval(&no_reason(
        "2024-03-05",
        r#","item":{"exclusionConfirmed":false}"#,
    ));
    assert_eq!(not_confirmed.outcome, Outcome::ReturnRefund);
    assert!(passed(&not_confirmed, "no_confirmed_exclusion"));
    assert_eq!(
        check(&not_confirmed, "no_confirmed_exclusion").rule,
        "7D-20"
    );
    assert!(!has_rule(&not_confirmed, "7D-7"));
}

#[test]
fn goods_must_be_intact_7d_8_9() {
    let broken = eval(&no_reason("2024-03-05", r#","item":{"intact":false}"#));
    assert_eq!(broken.outcome, Outcome::Reject);
    assert!(!passed(&broken, "goods_intact"));
    assert!(has_rule(&broken, "7D-8/9"));

    let intact = eval(&no_reason("2024-03-05", r#","item":{"intact":true}"#));
    assert_eq!(intact.outcome, Outcome::ReturnRefund);
    assert!(passed(&intact, "goods_intact"));
    assert!(!has_evidence(&intact, "return_condition"));

    // Not stated: taken as intact, with the condition to be checked on arrival.
    let unknown = eval(&no_reason("2024-03-05", ""));
    assert_eq!(unknown.outcome, Outcome::ReturnRefund);
    assert!(passed(&unknown, "goods_intact"));
    assert!(has_evidence(&unknown, "return_condition"));
}

#[test]
fn a_shop_window_below_the_law_is_void_cpl_26() {
    // A 3-day policy cannot cut the statutory 7 days: a request on day 5 (and day 7) is in time,
    // with a failed check citing CPL-26; day 8 is still late.
    for ruleset in ["taobao", "tmall"] {
        let input = |opened: &str| {
            on(
                ruleset,
                &format!(
                    r#""reason":"no_reason","asOf":"2024-03-20","dates":{{"paid":"2024-02-27","shipped":"2024-02-28","delivered":"2024-03-01","opened":"{opened}"}},"policy":{{"returnWindowDays":3}}"#
                ),
            )
        };
        let d = eval(&input("2024-03-06"));
        assert_eq!(d.outcome, Outcome::ReturnRefund, "{ruleset}");
        assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
        assert!(!passed(&d, "policy_within_statute"));
        assert_eq!(check(&d, "policy_within_statute").rule, "CPL-26");
        assert!(has_rule(&d, "CPL-26"));
        assert_eq!(eval(&input("2024-03-08")).outcome, Outcome::ReturnRefund);
        assert_eq!(eval(&input("2024-03-09")).outcome, Outcome::Reject);
    }
    // A 7-day policy is the law itself: no failed check.
    let d = eval(&no_reason(
        "2024-03-08",
        r#","policy":{"returnWindowDays":7}"#,
    ));
    assert!(d.checks.iter().all(|c| c.id != "policy_within_statute"));
}

#[test]
fn a_shop_refund_term_beyond_the_law_is_void_cpl_26() {
    // 15 days to refund after the return arrives would pass the legal 7: 7 apply.
    for ruleset in ["taobao", "tmall"] {
        let input = |policy: &str| {
            on(
                ruleset,
                &format!(
                    r#""reason":"no_reason","asOf":"2024-03-12","dates":{{"delivered":"2024-03-01","opened":"2024-03-03","returnReceived":"2024-03-10"}}{policy}"#
                ),
            )
        };
        let d = eval(&input(r#","policy":{"refundDays":15}"#));
        assert_eq!(deadline(&d, "refundDueBy"), "2024-03-17", "{ruleset}");
        assert!(!passed(&d, "policy_within_statute"));
        assert_eq!(check(&d, "policy_within_statute").rule, "CPL-26");
        let d = eval(&input(r#","policy":{"refundDays":8}"#));
        assert_eq!(deadline(&d, "refundDueBy"), "2024-03-17");
        let d = eval(&input(r#","policy":{"refundDays":7}"#));
        assert_eq!(deadline(&d, "refundDueBy"), "2024-03-17");
        assert!(d.checks.iter().all(|c| c.id != "policy_within_statute"));
    }
}

#[test]
fn days_count_in_beijing_time_whatever_the_offset_written_7d_10() {
    // Delivered 03-02 04:00 Beijing time: the 7 days end on 03-09, however it is written.
    for (delivered, opened) in [
        ("2024-03-01T20:00:00Z", "2024-03-09T10:00:00Z"),
        ("2024-03-02T04:00:00+08:00", "2024-03-09T18:00:00+08:00"),
    ] {
        let d = eval(&tb(&format!(
            r#""reason":"no_reason","asOf":"2024-03-10","dates":{{"paid":"2024-02-27T10:00:00Z","delivered":"{delivered}","opened":"{opened}"}}"#
        )));
        assert_eq!(d.outcome, Outcome::ReturnRefund, "{delivered}");
        assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-09");
    }
}

#[test]
fn refund_due_7_days_after_the_return_arrives_7d_13() {
    let input = |as_of: &str, policy: &str| {
        tb(&format!(
            r#""reason":"no_reason","asOf":"{as_of}","dates":{{"delivered":"2024-03-01","opened":"2024-03-03","returnReceived":"2024-03-10"}}{policy}"#
        ))
    };
    let d = eval(&input("2024-03-17", ""));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-17");
    assert!(passed(&d, "refund_in_time"));
    let d = eval(&input("2024-03-18", ""));
    assert!(!passed(&d, "refund_in_time"));
    assert_eq!(d.outcome, Outcome::ReturnRefund);

    let d = eval(&input("2024-03-18", r#","policy":{"refundDays":3}"#));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-13");
}

#[test]
fn return_response_deadline_is_5_days_tb_t5() {
    let d = eval(&no_reason("2024-03-05", ""));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-03-10");
    assert!(has_rule(&d, "TB-T5"));
    let d = eval(&no_reason(
        "2024-03-05",
        r#","policy":{"returnResponseDays":2}"#,
    ));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-03-07");
}

#[test]
fn no_reason_needs_the_delivery_date_7d_10() {
    // The carrier shows delivery, so the order has a delivery date: it is asked for.
    let e = eval_err(&tb(
        r#""reason":"no_reason","asOf":"2024-03-05","dates":{"shipped":"2024-03-01"},"tracking":"delivered""#,
    ));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.field, "dates.delivered");
}

#[test]
fn no_reason_exchange_is_at_the_buyers_cost_tb_r15() {
    let d = eval(&no_reason("2024-03-05", r#","request":"exchange""#));
    assert_eq!(d.outcome, Outcome::Exchange);
    assert_eq!(d.refund, 0);
    assert_eq!(d.fault, Fault::Buyer);
    assert!(has_rule(&d, "TB-R15"));
    assert!(!has_rule(&d, "TB-R14"));
    // Taobao answers an exchange on the return timer (TB-T5) ...
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-03-10");
    assert!(has_rule(&d, "TB-T5"));
}

#[test]
fn tmall_answers_an_exchange_within_5_days_tm_t1() {
    let input = |policy: &str| {
        tm(&format!(
            r#""reason":"no_reason","request":"exchange","asOf":"2024-03-20","dates":{{"delivered":"2024-03-01","opened":"2024-03-05T09:30:00+08:00"}}{policy}"#
        ))
    };
    let d = eval(&input(""));
    assert_eq!(d.outcome, Outcome::Exchange);
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-03-10T09:30:00+08:00"
    );
    assert!(has_rule(&d, "TM-T1"));
    assert!(!has_rule(&d, "TB-T5"));
    let d = eval(&input(r#","policy":{"exchangeResponseDays":3}"#));
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-03-08T09:30:00+08:00"
    );
    // The Tmall timer is not a Taobao parameter.
    let e = eval_err(&no_reason(
        "2024-03-05",
        r#","policy":{"exchangeResponseDays":3}"#,
    ));
    assert_eq!(e.code, ErrorCode::UnknownField);
}

#[test]
fn a_lost_no_reason_return_is_the_buyers_loss_tb_r3() {
    let d = eval(&no_reason("2024-03-05", r#","tracking":"lost""#));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::Buyer);
    assert_eq!(d.refund, 0);
    assert!(has_rule(&d, "TB-R3"));
    assert!(!passed(&d, "return_not_lost"));
    assert!(has_evidence(&d, "return_tracking"));
    assert!(
        says(&summary(&d), "taobao.summary.lost_buyer", &[]),
        "{}",
        summary(&d)
    );
}

#[test]
fn no_reason_texts_in_both_languages() {
    let (en, zh) = eval_both(&no_reason("2024-03-05", ""));
    let said = reply(&en);
    assert!(
        says(&said, "taobao.reply.nr_accept", &["refund=199.00 CNY"]),
        "{said}"
    );
    let said = summary(&zh);
    assert!(
        says(&said, "taobao.summary.nr_accept", &["refund=199.00 CNY"]),
        "{said}"
    );
    eval_both(&no_reason("2024-03-09", ""));
    eval_both(&no_reason("2024-03-05", r#","item":{"perishable":true}"#));
    eval_both(&no_reason(
        "2024-03-05",
        r#","item":{"exclusionConfirmed":true}"#,
    ));
    eval_both(&no_reason("2024-03-05", r#","item":{"intact":false}"#));
    eval_both(&no_reason("2024-03-05", r#","tracking":"lost""#));
}

// ---------------------------------------------------------------------------------------------
// Non-receipt: TB-R9 burden of proof, TB-R2 transit risk, TB-T1 / TB-T3 refund timeouts.

#[test]
fn unshipped_refund_request_24_hours_tb_t1() {
    let input = |as_of: &str| {
        tb(&format!(
            r#""reason":"not_received","request":"full_refund","asOf":"{as_of}","dates":{{"paid":"2024-04-30T10:00:00+08:00","opened":"2024-05-01T10:00:00+08:00"}}"#
        ))
    };
    let d = eval(&input("2024-05-02T10:00:00+08:00"));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.refund, FULL);
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-02T10:00:00+08:00"
    );
    assert!(!passed(&d, "shipped"));
    assert!(passed(&d, "seller_response_window"));
    assert_eq!(check(&d, "seller_response_window").rule, "TB-T1");
    assert!(has_rule(&d, "TB-T1"));
    assert!(has_rule(&d, "TB-R7"));
    // Paid 04-30 10:00 + 48 h: the agreed ship time ends exactly at asOf, still kept.
    assert_eq!(
        deadline(&d, "handlingDeadline"),
        "2024-05-02T10:00:00+08:00"
    );
    assert!(passed(&d, "shipped_within_handling_time"));
    assert_eq!(d.fault, Fault::None);
    assert!(!has_rule(&d, "TB-P1"));

    let d = eval(&input("2024-05-02T10:00:01+08:00"));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert!(!passed(&d, "seller_response_window"));
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.timed_out", &["rule=TB-T1"]),
        "{said}"
    );
    // One second past the ship time too: late shipment, with the TB-P1 penalty of 9.95.
    assert!(!passed(&d, "shipped_within_handling_time"));
    assert_eq!(d.fault, Fault::Seller);
    assert!(has_rule(&d, "TB-P1"));
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.penalty", &["amount=9.95 CNY"]),
        "{said}"
    );
}

#[test]
fn unshipped_refund_timer_on_dates_adds_one_day_tb_t1() {
    let input = |as_of: &str, policy: &str| {
        tb(&format!(
            r#""reason":"not_received","asOf":"{as_of}","dates":{{"opened":"2024-05-01"}}{policy}"#
        ))
    };
    let d = eval(&input("2024-05-02", ""));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-02");
    assert!(passed(&d, "seller_response_window"));
    let d = eval(&input("2024-05-03", ""));
    assert!(!passed(&d, "seller_response_window"));
    let d = eval(&input(
        "2024-05-03",
        r#","policy":{"unshippedRefundHours":48}"#,
    ));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-03");
    assert!(passed(&d, "seller_response_window"));
}

/// Shipped 05-01, refund-only request for unreceived goods opened at `opened`.
fn unreceived(tracking: &str, opened: &str, as_of: &str, extra: &str) -> String {
    tb(&format!(
        r#""reason":"not_received","request":"full_refund","tracking":"{tracking}","asOf":"{as_of}","dates":{{"paid":"2024-04-30","shipped":"2024-05-01","opened":"{opened}"}}{extra}"#
    ))
}

#[test]
fn in_transit_refund_request_36_hours_tb_t3() {
    let opened = "2024-05-03T10:00:00+08:00";
    let d = eval(&unreceived(
        "in_transit",
        opened,
        "2024-05-04T22:00:00+08:00",
        "",
    ));
    assert_eq!(d.outcome, Outcome::Wait);
    assert_eq!(d.refund, 0);
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-04T22:00:00+08:00"
    );
    assert!(passed(&d, "seller_response_window"));
    assert_eq!(check(&d, "seller_response_window").rule, "TB-T3");
    assert!(has_rule(&d, "TB-R2"));
    assert!(has_evidence(&d, "tracking_in_transit"));

    let d = eval(&unreceived(
        "in_transit",
        opened,
        "2024-05-04T22:00:01+08:00",
        "",
    ));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.refund, FULL);
    assert_eq!(d.fault, Fault::Seller);
    assert!(!passed(&d, "seller_response_window"));
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.timed_out", &["rule=TB-T3"]),
        "{said}"
    );
}

#[test]
fn in_transit_timer_on_dates_adds_two_days_tb_t3() {
    // ceil(36 / 24) = 2 days.
    let d = eval(&unreceived("in_transit", "2024-05-03", "2024-05-05", ""));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-05");
    assert_eq!(d.outcome, Outcome::Wait);
    let d = eval(&unreceived("in_transit", "2024-05-03", "2024-05-06", ""));
    assert_eq!(d.outcome, Outcome::RefundFull);
}

#[test]
fn in_transit_past_the_estimate_is_refunded_tb_r2() {
    let eta = |day: &str| {
        format!(
            r#","dates":{{"shipped":"2024-05-01","opened":"2024-05-03","estimatedDelivery":"{day}"}}"#
        )
    };
    let input = |day: &str| {
        tb(&format!(
            r#""reason":"not_received","tracking":"in_transit","asOf":"2024-05-04"{}"#,
            eta(day)
        ))
    };
    let d = eval(&input("2024-05-04"));
    assert_eq!(d.outcome, Outcome::Wait);
    assert!(passed(&d, "estimated_delivery_open"));
    let d = eval(&input("2024-05-03"));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.fault, Fault::Seller);
    assert!(!passed(&d, "estimated_delivery_open"));
}

#[test]
fn delivered_with_signed_proof_is_rejected_tb_r9() {
    let d = eval(&unreceived(
        "delivered",
        "2024-05-05",
        "2024-05-05",
        r#","evidence":{"proofOfDelivery":true}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
    assert_eq!(d.refund, 0);
    assert!(passed(&d, "delivered_per_carrier"));
    assert!(passed(&d, "proof_of_delivery"));
    assert!(has_rule(&d, "TB-R9"));
    for code in ["tracking_delivered", "proof_of_delivery", "shipment_record"] {
        assert!(has_evidence(&d, code), "{code}");
    }
}

#[test]
fn delivered_without_proof_is_refunded_tb_r9() {
    let d = eval(&unreceived("delivered", "2024-05-05", "2024-05-05", ""));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, FULL);
    assert!(!passed(&d, "proof_of_delivery"));
}

#[test]
fn proof_after_the_timeout_is_too_late_tb_t3() {
    let d = eval(&unreceived(
        "delivered",
        "2024-05-05",
        "2024-05-08",
        r#","evidence":{"proofOfDelivery":true}"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert!(passed(&d, "proof_of_delivery"));
    assert!(!passed(&d, "seller_response_window"));
    let said = summary(&d);
    assert!(says(&said, "taobao.summary.appeal", &[]), "{said}");
}

#[test]
fn lost_or_returned_parcels_are_the_sellers_risk_tb_r2() {
    for tracking in ["lost", "returned_to_sender", "invalid", "none"] {
        let d = eval(&unreceived(tracking, "2024-05-05", "2024-05-05", ""));
        assert_eq!(d.outcome, Outcome::RefundFull, "{tracking}");
        assert_eq!(d.fault, Fault::Seller, "{tracking}");
        assert!(has_rule(&d, "TB-R2"));
        assert!(!passed(&d, "delivered_per_carrier"));
    }
    let d =
        eval(&unreceived("lost", "2024-05-05", "2024-05-05", "").replace("full_refund", "reship"));
    assert_eq!(d.outcome, Outcome::Reship);
    assert_eq!(d.refund, 0);
}

#[test]
fn not_received_texts_in_both_languages() {
    let (_, zh) = eval_both(&unreceived("lost", "2024-05-05", "2024-05-05", ""));
    let said = reply(&zh);
    assert!(
        says(
            &said,
            "taobao.reply.not_delivered",
            &["status=taobao.t_lost"]
        ),
        "{said}"
    );
    eval_both(&unreceived("in_transit", "2024-05-05", "2024-05-05", ""));
    eval_both(&unreceived(
        "delivered",
        "2024-05-05",
        "2024-05-05",
        r#","evidence":{"proofOfDelivery":true}"#,
    ));
    eval_both(&unreceived("delivered", "2024-05-05", "2024-05-09", ""));
    eval_both(&tm(
        r#""reason":"not_received","asOf":"2024-05-04","dates":{"paid":"2024-05-01","opened":"2024-05-02"}"#,
    ));
}

// ---------------------------------------------------------------------------------------------
// Late shipment and out of stock: TB-P1 / TM-P1, TB-P3 / TM-P2, TB-R5, TB-R7, TB-R8.

fn late(shipped: &str, as_of: &str, extra: &str) -> String {
    let shipped = if shipped.is_empty() {
        String::new()
    } else {
        format!(r#","shipped":"{shipped}""#)
    };
    tb(&format!(
        r#""reason":"late_shipment","asOf":"{as_of}","dates":{{"paid":"2024-05-01"{shipped}}}{extra}"#
    ))
}

#[test]
fn shipping_on_the_deadline_day_is_in_time_tb_p1_tb_r5() {
    // 48 hours after a date-only payment: ceil(48 / 24) = 2 days.
    let d = eval(&late("2024-05-03", "2024-05-10", ""));
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-05-03");
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(passed(&d, "shipped_within_handling_time"));
    assert!(has_rule(&d, "TB-R5"));
    assert!(has_evidence(&d, "shipment_record"));

    let d = eval(&late(
        "2024-05-04",
        "2024-05-10",
        r#","tracking":"delivered""#,
    ));
    assert!(!passed(&d, "shipped_within_handling_time"));
    assert_eq!(d.fault, Fault::Seller);
    // The buyer keeps the goods: the penalty is paid back, 5% of 199.00 = 9.95.
    assert_eq!(d.outcome, Outcome::RefundPartial);
    assert_eq!(d.refund, 995);
    assert!(has_rule(&d, "TB-P1"));
    assert!(has_rule(&d, "TB-P5"));
    assert!(has_rule(&d, "TB-R8"));
}

#[test]
fn ship_time_with_date_times_tb_p1() {
    let input = |shipped: &str| {
        tb(&format!(
            r#""reason":"late_shipment","asOf":"2024-05-10T00:00:00+08:00","tracking":"delivered","dates":{{"paid":"2024-05-01T10:00:00+08:00","shipped":"{shipped}"}}"#
        ))
    };
    let d = eval(&input("2024-05-03T10:00:00+08:00"));
    assert_eq!(
        deadline(&d, "handlingDeadline"),
        "2024-05-03T10:00:00+08:00"
    );
    assert_eq!(d.outcome, Outcome::Reject);
    let d = eval(&input("2024-05-03T10:00:01+08:00"));
    assert_eq!(d.outcome, Outcome::RefundPartial);
}

#[test]
fn a_shop_policy_sets_the_ship_time_tb_p1() {
    let d = eval(&late(
        "2024-05-04",
        "2024-05-10",
        r#","policy":{"handlingHours":72}"#,
    ));
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-05-04");
    assert_eq!(d.outcome, Outcome::Reject);
}

#[test]
fn unshipped_after_the_ship_time_is_refunded_with_the_penalty_tb_p1_tb_r8() {
    let d = eval(&late("", "2024-05-04", ""));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.refund, FULL);
    assert_eq!(d.fault, Fault::Seller);
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.penalty", &["amount=9.95 CNY"]),
        "{said}"
    );
    assert_eq!(d.options.len(), 1);
    assert_eq!(d.options[0].kind, "ship_now");

    let d = eval(&late("", "2024-05-03", ""));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
    assert!(passed(&d, "shipped_within_handling_time"));
}

#[test]
fn late_parcel_may_be_refused_tb_r7() {
    let d = eval(&late(
        "2024-05-05",
        "2024-05-06",
        r#","tracking":"in_transit","request":"full_refund""#,
    ));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert!(has_rule(&d, "TB-R7"));
    // Delivered, receipt not confirmed, return asked: return and refund (TB-R8).
    let d = eval(&late(
        "2024-05-05",
        "2024-05-08",
        r#","tracking":"delivered","request":"return_refund""#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.refund, FULL);
    assert!(has_rule(&d, "TB-R8"));
}

#[test]
fn tmall_late_shipment_pays_30_percent_tm_p1() {
    let d = eval(
        &late("2024-05-04", "2024-05-10", r#","tracking":"delivered""#).replace("taobao", "tmall"),
    );
    assert_eq!(d.refund, 5970);
    assert!(has_rule(&d, "TM-P1"));
    assert!(!has_rule(&d, "TB-P1"));
}

#[test]
fn late_shipment_needs_the_payment_date_tb_p1() {
    let e = eval_err(&tb(r#""reason":"late_shipment","asOf":"2024-05-10""#));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.field, "dates.paid");
    // The order date stands in for the payment date.
    let d = eval(&tb(
        r#""reason":"late_shipment","asOf":"2024-05-10","dates":{"ordered":"2024-05-01"}"#,
    ));
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-05-03");
}

#[test]
fn out_of_stock_refund_and_penalty_tb_p3_tm_p2() {
    let input = |ruleset: &str, extra: &str| {
        on(
            ruleset,
            &format!(
                r#""reason":"out_of_stock","asOf":"2024-05-02","dates":{{"paid":"2024-05-01"{extra}}}"#
            ),
        )
    };
    let d = eval(&input("taobao", ""));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.refund, FULL);
    assert_eq!(d.fault, Fault::Seller);
    assert!(has_rule(&d, "TB-P3"));
    assert!(passed(&d, "not_shipped"));
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.penalty", &["amount=9.95 CNY"]),
        "{said}"
    );
    let d = eval(&input("tmall", ""));
    assert!(has_rule(&d, "TM-P2"));
    let said = summary(&d);
    assert!(
        says(&said, "taobao.summary.penalty", &["amount=59.70 CNY"]),
        "{said}"
    );
    let d = eval(&input("taobao", r#","shipped":"2024-05-02""#));
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(!passed(&d, "not_shipped"));
    eval_both(&input("tmall", ""));
    eval_both(&input("taobao", r#","shipped":"2024-05-02""#));
}

#[test]
fn late_shipment_texts_in_both_languages() {
    let (_, zh) = eval_both(&late("", "2024-05-04", ""));
    let said = reply(&zh);
    assert!(
        says(&said, "taobao.reply.penalty", &["amount=9.95 CNY"]),
        "{said}"
    );
    eval_both(&late("2024-05-03", "2024-05-10", ""));
    eval_both(&late("", "2024-05-03", ""));
    eval_both(&late(
        "2024-05-04",
        "2024-05-10",
        r#","tracking":"delivered""#,
    ));
}

// ---------------------------------------------------------------------------------------------
// Quality, not as described, wrong item, counterfeit, damage: TB-R17 proof, TB-R18 / TB-R20
// remedies, TB-R10, TB-R2, TB-R3 on a lost return.

fn claim(reason: &str, extra: &str) -> String {
    tb(&format!(
        r#""reason":"{reason}","asOf":"2024-05-10","tracking":"delivered","dates":{{"shipped":"2024-05-01","delivered":"2024-05-03","opened":"2024-05-05"}}{extra}"#
    ))
}

const PHOTOS: &str = r#","evidence":{"buyerPhotos":true}"#;
const DOCS: &str = r#","evidence":{"sourceDocuments":true}"#;

#[test]
fn visible_quality_defect_with_photos_is_returned_at_the_sellers_cost_tb_r17_tb_r18() {
    let d = eval(&claim("quality", PHOTOS));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, FULL);
    assert!(passed(&d, "buyer_photos"));
    assert!(has_rule(&d, "TB-R17"));
    assert!(has_rule(&d, "TB-R18"));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-10");
    let kinds: Vec<_> = d.options.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, ["exchange"]);
    // A buyer who insists on the return gets no other routes.
    let d = eval(&claim(
        "quality",
        &format!(r#"{PHOTOS},"request":"return_refund""#),
    ));
    assert!(d.options.is_empty());
}

#[test]
fn hidden_defect_turns_on_the_sellers_documents_tb_r17() {
    let d = eval(&claim("quality", ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(!passed(&d, "buyer_photos"));
    assert!(passed(&d, "no_source_documents"));
    let d = eval(&claim("quality", DOCS));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
    assert!(!passed(&d, "no_source_documents"));
    assert!(has_evidence(&d, "source_documents"));
}

#[test]
fn counterfeit_turns_on_the_sellers_documents_even_with_photos_tb_r17() {
    let d = eval(&claim("counterfeit", PHOTOS));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(d.options.is_empty());
    let d = eval(&claim(
        "counterfeit",
        r#","evidence":{"buyerPhotos":true,"sourceDocuments":true}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
}

#[test]
fn visible_mismatch_needs_photos_first_then_buyer_chooses_tb_r10_tb_r20() {
    for reason in ["wrong_item", "not_as_described"] {
        let d = eval(&claim(reason, ""));
        assert_eq!(d.outcome, Outcome::Wait, "{reason}");
        assert_eq!(d.fault, Fault::Undetermined);
        assert!(has_evidence(&d, "buyer_photos"));

        let d = eval(&claim(reason, PHOTOS));
        assert_eq!(d.outcome, Outcome::ReturnRefund, "{reason}");
        assert!(has_rule(&d, "TB-R10"));
        assert!(has_rule(&d, "TB-R20"));
        let kinds: Vec<_> = d.options.iter().map(|o| o.kind).collect();
        assert_eq!(kinds, ["exchange", "reship"]);

        let d = eval(&claim(reason, &format!(r#"{PHOTOS},"request":"reship""#)));
        assert_eq!(d.outcome, Outcome::Reship);
        assert_eq!(d.refund, 0);
    }
}

#[test]
fn exchange_and_partial_refund_requests_tb_r18() {
    let d = eval(&claim(
        "quality",
        &format!(r#"{PHOTOS},"request":"exchange""#),
    ));
    assert_eq!(d.outcome, Outcome::Exchange);
    assert_eq!(d.fault, Fault::Seller);
    let d = eval(
        &claim("quality", &format!(r#"{PHOTOS},"request":"exchange""#)).replace("taobao", "tmall"),
    );
    assert!(has_rule(&d, "TM-T1"));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-10");
    let d = eval(&claim(
        "quality",
        &format!(r#"{PHOTOS},"request":"partial_refund","requestedAmount":5000"#),
    ));
    assert_eq!(d.outcome, Outcome::RefundPartial);
    assert_eq!(d.refund, 5000);
    // A quality claim is not answered by reshipping: the return route stands.
    let d = eval(&claim(
        "quality",
        &format!(r#"{PHOTOS},"request":"reship""#),
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
}

#[test]
fn damage_before_signing_is_the_sellers_risk_tb_r2() {
    let d = eval(&claim("damaged_in_transit", PHOTOS));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Seller);
    assert!(has_rule(&d, "TB-R2"));
    assert_eq!(check(&d, "buyer_photos").rule, "TB-R2");
    let d = eval(&claim("damaged_in_transit", ""));
    assert_eq!(d.outcome, Outcome::Wait);
}

#[test]
fn lost_return_with_seller_fault_is_the_sellers_loss_tb_r18_and_otherwise_the_buyers_tb_r3() {
    let lost = |extra: &str| {
        claim("quality", extra).replace(r#""tracking":"delivered""#, r#""tracking":"lost""#)
    };
    let d = eval(&lost(PHOTOS));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, FULL);
    assert!(has_rule(&d, "TB-R18"));
    assert!(!has_rule(&d, "TB-R3"));
    let d = eval(&lost(DOCS));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::Buyer);
    assert!(has_rule(&d, "TB-R3"));
    eval_both(&lost(PHOTOS));
    eval_both(&lost(DOCS));
}

#[test]
fn claim_texts_in_both_languages() {
    let (en, zh) = eval_both(&claim("wrong_item", PHOTOS));
    let said = reply(&en);
    assert!(says(&said, "reply.option", &["n=1"]), "{said}");
    let said = reply(&zh);
    assert!(
        says(&said, "taobao.reply.sf_return", &["refund=209.00 CNY"]),
        "{said}"
    );
    eval_both(&claim("wrong_item", ""));
    eval_both(&claim("quality", DOCS));
    eval_both(&claim("counterfeit", ""));
    eval_both(&claim("damaged_in_transit", PHOTOS));
    eval_both(&claim(
        "quality",
        &format!(r#"{PHOTOS},"request":"exchange""#),
    ));
    eval_both(&claim(
        "not_as_described",
        &format!(r#"{PHOTOS},"request":"partial_refund","requestedAmount":5000"#),
    ));
}

// ---------------------------------------------------------------------------------------------
// Inputs.

#[test]
fn taobao_and_tmall_are_cny_only() {
    let e = eval_err(&claim("quality", PHOTOS).replace("CNY", "USD"));
    assert_eq!(e.code, ErrorCode::CurrencyMismatch);
    let e = eval_err(&tm(r#""reason":"quality","asOf":"2024-05-10""#).replace("CNY", "EUR"));
    assert_eq!(e.code, ErrorCode::CurrencyMismatch);
}

#[test]
fn claims_not_decided_are_named() {
    let e = eval_err(&tb(r#""reason":"vehicle_defect","asOf":"2024-05-10""#));
    assert_eq!(e.code, ErrorCode::UnknownValue);
    assert_eq!(e.field, "reason");
    assert!(e.message.contains("no_reason"), "{}", e.message);
}

#[test]
fn tmall_decides_like_taobao_apart_from_its_own_rules() {
    let taobao = eval(&unreceived("lost", "2024-05-05", "2024-05-05", ""));
    let tmall =
        eval(&unreceived("lost", "2024-05-05", "2024-05-05", "").replace("taobao", "tmall"));
    assert_eq!(taobao.outcome, tmall.outcome);
    assert_eq!(taobao.refund, tmall.refund);
    assert_eq!(taobao.rules, tmall.rules);
    assert_eq!(tmall.ruleset, "tmall");
}

#[test]
fn a_reship_request_has_no_refund_timer_tb_t3() {
    let d =
        eval(&unreceived("lost", "2024-05-05", "2024-05-09", "").replace("full_refund", "reship"));
    assert_eq!(d.outcome, Outcome::Reship);
    assert!(d.deadlines.get("sellerResponseDeadline").is_none());
    assert!(!has_rule(&d, "TB-T3"));
    let d = eval(&unreceived("lost", "2024-05-05", "2024-05-09", ""));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert!(has_rule(&d, "TB-T3"));
}

/// Missing items (TB-R17 buyer's photos first, TB-R20 send what is missing): the seller reships
/// by default, may offer a full return, and keeps the packing record.
#[test]
fn missing_items_are_sent_at_the_sellers_cost() {
    let d = eval(&claim("missing_items", PHOTOS));
    assert_eq!(d.outcome, Outcome::Reship);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 0);
    assert!(has_rule(&d, "TB-R17") && has_rule(&d, "TB-R20"));
    assert!(has_evidence(&d, "shipment_record") && has_evidence(&d, "buyer_photos"));
    assert!(check(&d, "buyer_photos").passed);
    assert_eq!(d.options.len(), 1);
    assert_eq!(d.options[0].kind, "return_for_full_refund");
    assert_eq!(d.options[0].outcome, Outcome::ReturnRefund);
    assert_eq!(d.options[0].refund, FULL);
    let said = summary(&d);
    assert!(says(&said, "taobao.summary.missing", &[]), "{said}");

    // Without the buyer's photos the claim waits for them (TB-R17).
    let d = eval(&claim("missing_items", ""));
    assert_eq!(
        (d.outcome, d.fault, d.refund),
        (Outcome::Wait, Fault::Undetermined, 0)
    );
    assert!(!check(&d, "buyer_photos").passed);

    // The buyer's own choice: a return, or a partial refund for the missing part.
    let d = eval(&claim(
        "missing_items",
        &format!(r#"{PHOTOS},"request":"return_refund""#),
    ));
    assert_eq!((d.outcome, d.refund), (Outcome::ReturnRefund, FULL));
    let d = eval(&claim(
        "missing_items",
        &format!(r#"{PHOTOS},"request":"partial_refund","requestedAmount":2500"#),
    ));
    assert_eq!((d.outcome, d.refund), (Outcome::RefundPartial, 2500));

    let (en, zh) = eval_both(&claim("missing_items", PHOTOS));
    let said = reply(&en);
    assert!(says(&said, "taobao.reply.missing_reship", &[]), "{said}");
    // The Chinese reply says the same message (eval_both): 补寄, send the missing items.
    assert_eq!(reply(&zh), said);
}
