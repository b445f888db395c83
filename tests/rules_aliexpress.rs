//! AliExpress (rules.md §2): every rule the ruleset applies, at its boundaries, plus the course's
//! worked example. Inputs are the JSON the page sends.
// Native tests: the wasm boundary has its own suite (tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use dispute_calc::model::{Fault, Outcome};

/// An AliExpress input: USD 25.99 plus 3.00 shipping (2899 in all), with `fields` added.
fn ae(fields: &str) -> String {
    format!(
        r#"{{"ruleset":"aliexpress","currency":"USD","price":2599,"shippingPaid":300,{fields}}}"#
    )
}

fn ids(d: &dispute_calc::decision::Decision) -> Vec<&'static str> {
    d.checks.iter().map(|c| c.id).collect()
}

// ---------------------------------------------------------------------------------------------
// The course's worked example (rules.md, "Worked example from the course material").

const WORKED: &str = r#"{"ruleset":"aliexpress","reason":"not_received","request":"full_refund",
    "currency":"USD","price":2599,"tracking":"delivered",
    "dates":{"ordered":"2015-03-03","shipped":"2015-03-19","delivered":"2015-04-12","opened":"2015-04-20"},
    "asOf":"2015-04-20","policy":{"handlingDays":20}}"#;

#[test]
fn worked_example_rejects_with_the_delivery_record_ae_r9() {
    let d = eval(WORKED);
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.refund, 0);
    assert_eq!(d.fault, Fault::None);
    assert_eq!(d.currency.code, "USD");
    assert_eq!(deadline(&d, "handlingDeadline"), "2015-03-23");
    assert_eq!(deadline(&d, "deliveryDeadline"), "2015-05-18");
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2015-04-25");
    assert!(has_evidence(&d, "tracking_delivered"));
    assert!(has_evidence(&d, "shipment_record"));
    assert!(has_evidence(&d, "chat_record"));
    assert!(has_rule(&d, "AE-R9"));
    assert!(has_rule(&d, "AE-R5"));
    assert!(has_rule(&d, "AE-R12"));
    assert_eq!(
        ids(&d),
        [
            "shipped_within_handling_time",
            "opened_within_window",
            "delivered_per_carrier",
            "within_promised_delivery"
        ]
    );
    assert!(d.checks.iter().all(|c| c.passed));
    assert_eq!(check(&d, "delivered_per_carrier").rule, "AE-R9");
    assert!(d.options.is_empty());
    let said = reply(&d);
    assert!(
        says(&said, "marketplace.delivered_on", &["day=2015-04-12"]),
        "{said}"
    );
    let said = summary(&d);
    assert!(says(&said, "aliexpress.summary.delivered", &[]), "{said}");
}

#[test]
fn worked_example_holds_through_the_response_deadline_ae_r12() {
    for as_of in ["2015-04-21", "2015-04-25"] {
        let d = eval(&WORKED.replace(r#""asOf":"2015-04-20""#, &format!(r#""asOf":"{as_of}""#)));
        assert_eq!(d.outcome, Outcome::Reject, "{as_of}");
        assert_eq!(deadline(&d, "sellerResponseDeadline"), "2015-04-25");
        let said = summary(&d);
        assert!(
            says(&said, "aliexpress.summary.respond", &["day=2015-04-25"]),
            "{said}"
        );
    }
    // Day 6: the seller's 5 days are over; the decision is the same, the summary says so.
    let d = eval(&WORKED.replace(r#""asOf":"2015-04-20""#, r#""asOf":"2015-04-26""#));
    assert_eq!(d.outcome, Outcome::Reject);
    let said = summary(&d);
    assert!(
        says(
            &said,
            "aliexpress.summary.respond_past",
            &["day=2015-04-25"]
        ),
        "{said}"
    );
    assert!(!says(&said, "aliexpress.summary.respond", &[]), "{said}");
}

#[test]
fn worked_example_in_chinese_has_the_same_numbers() {
    let (_, zh) = eval_both(WORKED);
    // 妥投, delivered: the delivered-parcel rule, said in the reply.
    assert!(
        says(&reply(&zh), "aliexpress.reply.delivered_rule", &[]),
        "{}",
        reply(&zh)
    );
    assert!(
        says(&summary(&zh), "aliexpress.summary.delivered", &[]),
        "{}",
        summary(&zh)
    );
}

// ---------------------------------------------------------------------------------------------
// AE-R5: handling time.

#[test]
fn handling_deadline_counts_from_the_order_date_ae_r5() {
    // Default 7 days: ordered 2024-01-01 -> 2024-01-08.
    let base = r#""reason":"not_received","dates":{"ordered":"2024-01-01"}"#;
    let day8 = eval(&ae(&format!(r#"{base},"asOf":"2024-01-08""#)));
    assert_eq!(deadline(&day8, "handlingDeadline"), "2024-01-08");
    assert_eq!(day8.outcome, Outcome::Wait);
    assert_eq!(day8.fault, Fault::Undetermined);
    assert_eq!(day8.refund, 0);
    assert!(check(&day8, "shipped_within_handling_time").passed);

    // Day 9 and still not shipped: closed and refunded in full, price + shipping.
    let day9 = eval(&ae(&format!(r#"{base},"asOf":"2024-01-09""#)));
    assert_eq!(day9.outcome, Outcome::RefundFull);
    assert_eq!(day9.fault, Fault::Seller);
    assert_eq!(day9.refund, 2899);
    assert!(!check(&day9, "shipped_within_handling_time").passed);
    assert!(has_rule(&day9, "AE-R5"));
}

#[test]
fn handling_time_is_a_policy_and_falls_back_to_the_payment_date_ae_r5() {
    let d = eval(&ae(
        r#""reason":"late_shipment","dates":{"paid":"2024-01-01"},"asOf":"2024-01-04","policy":{"handlingDays":3}"#,
    ));
    assert_eq!(deadline(&d, "handlingDeadline"), "2024-01-04");
    assert_eq!(d.outcome, Outcome::Wait);
    let d = eval(&ae(
        r#""reason":"late_shipment","dates":{"paid":"2024-01-01"},"asOf":"2024-01-05","policy":{"handlingDays":3}"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.refund, 2899);
}

#[test]
fn shipped_on_the_handling_deadline_is_in_time_and_the_day_after_is_late_ae_r5() {
    let cases = [("2024-01-08", true), ("2024-01-09", false)];
    for (shipped, on_time) in cases {
        let d = eval(&ae(&format!(
            r#""reason":"not_received","tracking":"delivered","dates":{{"ordered":"2024-01-01","shipped":"{shipped}","delivered":"2024-01-20"}},"asOf":"2024-01-22""#
        )));
        assert_eq!(
            check(&d, "shipped_within_handling_time").passed,
            on_time,
            "{shipped}"
        );
        assert_eq!(
            d.outcome,
            Outcome::Reject,
            "a delivery record still decides"
        );
    }
}

#[test]
fn late_shipment_claims_ae_r5() {
    let base = r#""reason":"late_shipment","dates":{"ordered":"2024-01-01","shipped":"#;
    // Shipped on the deadline: rejected with the shipment record.
    let d = eval(&ae(&format!(r#"{base}"2024-01-08"}},"asOf":"2024-01-10""#)));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
    assert!(has_evidence(&d, "shipment_record"));
    // Shipped a day late and still in transit: the order should have closed; full refund.
    let d = eval(&ae(&format!(
        r#"{base}"2024-01-09"}},"tracking":"in_transit","asOf":"2024-01-10""#
    )));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 2899);
    // Shipped late but delivered: nothing to refund for the late dispatch.
    let d = eval(&ae(&format!(
        r#"{base}"2024-01-09","delivered":"2024-01-20"}},"tracking":"delivered","asOf":"2024-01-21""#
    )));
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(!check(&d, "shipped_within_handling_time").passed);
    assert!(check(&d, "delivered_per_carrier").passed);
}

#[test]
fn out_of_stock_refunds_at_once_ae_r5() {
    let d = eval(&ae(
        r#""reason":"out_of_stock","dates":{"ordered":"2024-01-01"},"asOf":"2024-01-02""#,
    ));
    assert_eq!(d.outcome, Outcome::RefundFull);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 2899);
    assert!(check(&d, "shipped_within_handling_time").passed);
}

#[test]
fn a_claim_without_shipment_or_order_date_names_the_missing_field() {
    let e = eval_err(&ae(r#""reason":"not_received","asOf":"2024-01-02""#));
    assert_eq!(e.code.as_str(), "missing_field");
    assert_eq!(e.field, "dates.ordered");
    let e = eval_err(&ae(
        r#""reason":"late_shipment","dates":{"shipped":"2024-01-02"},"asOf":"2024-01-02""#,
    ));
    assert_eq!(e.field, "dates.ordered");
}

// ---------------------------------------------------------------------------------------------
// AE-R3/R4: promised delivery time by destination, from shipment.

fn delivery_deadline_for(fields: &str) -> String {
    let d = eval(&ae(&format!(
        r#""reason":"not_received","tracking":"in_transit","dates":{{"shipped":"2024-01-01"}},"asOf":"2024-01-20"{fields}"#
    )));
    deadline(&d, "deliveryDeadline")
}

#[test]
fn promised_delivery_days_by_destination_ae_r3() {
    assert_eq!(delivery_deadline_for(""), "2024-03-01"); // 60 days
    assert_eq!(
        delivery_deadline_for(r#","destination":"US""#),
        "2024-03-01"
    );
    assert_eq!(
        delivery_deadline_for(r#","destination":"RU""#),
        "2024-03-31"
    ); // 90
    assert_eq!(
        delivery_deadline_for(r#","destination":"ru""#),
        "2024-03-31"
    );
    assert_eq!(
        delivery_deadline_for(r#","destination":"BR""#),
        "2024-04-30"
    ); // 120
       // The store's own promise applies to every destination.
    assert_eq!(
        delivery_deadline_for(r#","destination":"RU","policy":{"promisedDeliveryDays":30}"#),
        "2024-01-31"
    );
    assert_eq!(
        delivery_deadline_for(r#","destination":"BR","policy":{"promisedDeliveryDaysBr":100}"#),
        "2024-04-10"
    );
}

#[test]
fn in_transit_waits_through_the_deadline_and_refunds_the_day_after_ae_r8_ae_r1() {
    let base = r#""reason":"not_received","request":"full_refund","tracking":"in_transit","dates":{"ordered":"2023-12-28","shipped":"2024-01-01","opened":"2024-02-20"}"#;
    let last = eval(&ae(&format!(r#"{base},"asOf":"2024-03-01""#)));
    assert_eq!(last.outcome, Outcome::Wait);
    assert_eq!(last.fault, Fault::Undetermined);
    assert_eq!(last.refund, 0);
    assert!(check(&last, "within_promised_delivery").passed);
    assert!(check(&last, "tracking_normal").passed);
    assert!(has_rule(&last, "AE-R8"));
    assert!(has_rule(&last, "AE-R10"), "suggests extending protection");
    assert!(!has_rule(&last, "AE-R1"));
    let said = reply(&last);
    assert!(says(&said, "aliexpress.reply.in_transit", &[]), "{said}");

    let after = eval(&ae(&format!(r#"{base},"asOf":"2024-03-02""#)));
    assert_eq!(after.outcome, Outcome::RefundFull);
    assert_eq!(after.fault, Fault::Seller);
    assert_eq!(after.refund, 2899);
    assert!(!check(&after, "within_promised_delivery").passed);
    assert!(has_rule(&after, "AE-R1"));
    assert_eq!(
        ids(&after),
        [
            "shipped_within_handling_time",
            "opened_within_window",
            "delivered_per_carrier",
            "opened_not_too_early",
            "within_promised_delivery"
        ]
    );
}

#[test]
fn past_the_promise_the_buyers_request_decides_the_remedy_ae_r1_ae_r11() {
    let base = r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-01-01"},"asOf":"2024-03-02""#;
    let partial = eval(&ae(&format!(
        r#"{base},"request":"partial_refund","requestedAmount":1000"#
    )));
    assert_eq!(partial.outcome, Outcome::RefundPartial);
    assert_eq!(partial.refund, 1000);
    let reship = eval(&ae(&format!(r#"{base},"request":"reship""#)));
    assert_eq!(reship.outcome, Outcome::Reship);
    assert_eq!(reship.refund, 0);
    assert!(has_rule(&reship, "AE-R11"));
    assert!(has_evidence(&reship, "reship_consent"));
}

#[test]
fn held_by_customs_inside_the_promise_waits_ae_r8() {
    let d = eval(&ae(
        r#""reason":"not_received","tracking":"held_by_customs","dates":{"shipped":"2024-01-01"},"asOf":"2024-02-01""#,
    ));
    assert_eq!(d.outcome, Outcome::Wait);
    let said = reply(&d);
    assert!(says(&said, "aliexpress.reply.customs", &[]), "{said}");
}

#[test]
fn abnormal_tracking_inside_the_promise_refunds_ae_r8_ae_r17() {
    for status in ["lost", "invalid", "returned_to_sender"] {
        let d = eval(&ae(&format!(
            r#""reason":"not_received","tracking":"{status}","dates":{{"shipped":"2024-01-01"}},"asOf":"2024-02-01""#
        )));
        assert_eq!(d.outcome, Outcome::RefundFull, "{status}");
        assert_eq!(d.fault, Fault::Seller);
        assert_eq!(d.refund, 2899);
        assert!(!check(&d, "tracking_normal").passed);
        assert!(has_rule(&d, "AE-R17"));
        assert!(has_rule(&d, "AE-R1"));
    }
}

// ---------------------------------------------------------------------------------------------
// AE-R9: the carrier's delivery record.

#[test]
fn proof_of_delivery_alone_is_a_delivery_record_ae_r9() {
    let d = eval(&ae(
        r#""reason":"not_received","dates":{"shipped":"2024-01-01"},"evidence":{"proofOfDelivery":true},"asOf":"2024-01-20""#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(has_evidence(&d, "proof_of_delivery"));
    assert!(!has_evidence(&d, "tracking_delivered"));
    // No delivery date: no promise check, and the reply says "delivered" without a date.
    assert_eq!(ids(&d), ["opened_within_window", "delivered_per_carrier"]);
}

#[test]
fn a_delivery_after_the_promise_is_still_a_delivery_ae_r9() {
    let d = eval(&ae(
        r#""reason":"not_received","tracking":"delivered","dates":{"shipped":"2024-01-01","delivered":"2024-03-02"},"asOf":"2024-03-05""#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(!check(&d, "within_promised_delivery").passed);
    let d = eval(&ae(
        r#""reason":"not_received","tracking":"delivered","dates":{"shipped":"2024-01-01","delivered":"2024-03-01"},"asOf":"2024-03-05""#,
    ));
    assert!(check(&d, "within_promised_delivery").passed);
}

// ---------------------------------------------------------------------------------------------
// AE-R11: reshipment.

#[test]
fn reship_restarts_the_promise_only_with_consent_ae_r11() {
    // Shipped 2024-01-01 (deadline 03-01), reshipped 02-01 (restarted deadline 04-01).
    let base = r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-01-01","reshipped":"2024-02-01"},"asOf":"2024-03-02""#;
    let without = eval(&ae(base));
    assert_eq!(deadline(&without, "deliveryDeadline"), "2024-03-01");
    assert!(!check(&without, "reship_agreed").passed);
    assert_eq!(without.outcome, Outcome::RefundFull);

    let with = eval(&ae(&format!(
        r#"{base},"evidence":{{"reshipConsent":true}}"#
    )));
    assert_eq!(deadline(&with, "deliveryDeadline"), "2024-04-01");
    assert!(check(&with, "reship_agreed").passed);
    assert_eq!(with.outcome, Outcome::Wait);
    assert!(has_rule(&with, "AE-R11"));
    assert!(has_evidence(&with, "reship_consent"));
}

// ---------------------------------------------------------------------------------------------
// AE-R6: 15 days after completion; AE-R7: not before 10 days after shipment.

#[test]
fn dispute_window_is_fifteen_days_after_completion_ae_r6() {
    let base = r#""reason":"not_as_described","evidence":{"buyerPhotos":true},"dates":{"shipped":"2024-02-01","delivered":"2024-02-20","completed":"2024-03-01","opened":"#;
    let last = eval(&ae(&format!(r#"{base}"2024-03-16"}},"asOf":"2024-03-16""#)));
    assert_eq!(deadline(&last, "lastDayToOpen"), "2024-03-16");
    assert!(check(&last, "opened_within_window").passed);
    assert_eq!(last.outcome, Outcome::ReturnRefund);

    let late = eval(&ae(&format!(r#"{base}"2024-03-17"}},"asOf":"2024-03-17""#)));
    assert!(!check(&late, "opened_within_window").passed);
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert_eq!(late.refund, 0);
    assert!(has_rule(&late, "AE-R6"));
}

#[test]
fn without_completion_the_window_runs_from_the_end_of_protection_ae_r6() {
    // Shipped 2024-01-01: protection ends 03-01, last day to open 03-16.
    let base =
        r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-01-01"}"#;
    let d = eval(&ae(&format!(r#"{base},"asOf":"2024-03-16""#)));
    assert_eq!(deadline(&d, "lastDayToOpen"), "2024-03-16");
    assert_eq!(d.outcome, Outcome::RefundFull);
    let d = eval(&ae(&format!(r#"{base},"asOf":"2024-03-17""#)));
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(!check(&d, "opened_within_window").passed);
    // A policy window.
    let d = eval(&ae(&format!(
        r#"{base},"asOf":"2024-03-17","policy":{{"disputeWindowDays":16}}"#
    )));
    assert_eq!(d.outcome, Outcome::RefundFull);
}

#[test]
fn earliest_non_receipt_dispute_is_ten_days_after_shipment_ae_r7() {
    let base = r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-01-01","opened":"#;
    let early = eval(&ae(&format!(r#"{base}"2024-01-10"}},"asOf":"2024-01-10""#)));
    assert_eq!(deadline(&early, "earliestDayToOpen"), "2024-01-11");
    assert!(!check(&early, "opened_not_too_early").passed);
    assert_eq!(early.outcome, Outcome::Wait);
    assert!(has_rule(&early, "AE-R7"));

    let day10 = eval(&ae(&format!(r#"{base}"2024-01-11"}},"asOf":"2024-01-11""#)));
    assert!(check(&day10, "opened_not_too_early").passed);
    assert!(check(&day10, "within_promised_delivery").passed);

    // An older version's 5 days, as a policy.
    let five = eval(&ae(&format!(
        r#"{base}"2024-01-06"}},"asOf":"2024-01-06","policy":{{"earliestDisputeDays":5}}"#
    )));
    assert!(check(&five, "opened_not_too_early").passed);
}

#[test]
fn a_promise_of_five_days_or_less_allows_a_dispute_at_once_ae_r7() {
    let run = |days: u32| {
        eval(&ae(&format!(
            r#""reason":"not_received","tracking":"in_transit","dates":{{"shipped":"2024-01-01"}},"asOf":"2024-01-02","policy":{{"promisedDeliveryDays":{days}}}"#
        )))
    };
    let five = run(5);
    assert!(check(&five, "opened_not_too_early").passed);
    assert!(five.deadlines.get("earliestDayToOpen").is_none());
    let six = run(6);
    assert!(!check(&six, "opened_not_too_early").passed);
    assert_eq!(deadline(&six, "earliestDayToOpen"), "2024-01-11");
}

// ---------------------------------------------------------------------------------------------
// AE-R12/R13/R14 timers.

#[test]
fn response_and_intervention_days_follow_the_opening_ae_r12_ae_r13() {
    let d = eval(&ae(
        r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-05-01","opened":"2024-05-20T10:00:00+08:00"},"asOf":"2024-05-21""#,
    ));
    // The same instant, written in AliExpress's zone (PST, UTC-8): 2024-05-19T18:00:00-08:00.
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-24T18:00:00-08:00"
    );
    assert_eq!(
        deadline(&d, "platformInterventionDay"),
        "2024-05-26T18:00:00-08:00"
    );
    assert!(has_rule(&d, "AE-R13"));
    let d = eval(&ae(
        r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-05-01","opened":"2024-05-20"},"asOf":"2024-05-21","policy":{"sellerResponseDays":3}"#,
    ));
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-23");
    // Without an opening date there is no response timer.
    let d = eval(&ae(
        r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-05-01"},"asOf":"2024-05-21""#,
    ));
    assert!(d.deadlines.get("sellerResponseDeadline").is_none());
    assert!(!has_rule(&d, "AE-R12"));
}

// ---------------------------------------------------------------------------------------------
// Not as described family: AE-R16 evidence, AE-R2 keep or return, AE-R14, AE-R18.

fn nad(reason: &str, extra: &str) -> String {
    ae(&format!(
        r#""reason":"{reason}","dates":{{"shipped":"2024-01-01","delivered":"2024-01-20","opened":"2024-01-22"}},"asOf":"2024-01-22"{extra}"#
    ))
}

#[test]
fn without_buyer_photos_fault_is_undetermined_ae_r16() {
    let d = eval(&nad("not_as_described", ""));
    assert_eq!(d.outcome, Outcome::Wait);
    assert_eq!(d.fault, Fault::Undetermined);
    assert_eq!(d.refund, 0);
    assert!(!check(&d, "buyer_evidence").passed);
    assert!(has_rule(&d, "AE-R16"));
    let said = reply(&d);
    assert!(says(&said, "aliexpress.reply.need_photos", &[]), "{said}");
    assert!(d.options.is_empty());
}

#[test]
fn with_photos_return_for_full_refund_or_keep_with_half_ae_r2() {
    let d = eval(&nad("quality", r#","evidence":{"buyerPhotos":true}"#));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 2899);
    assert!(has_rule(&d, "AE-R2"));
    assert!(has_rule(&d, "AE-R18"));
    assert!(has_rule(&d, "AE-R14"));
    assert_eq!(deadline(&d, "returnShipDeadline"), "2024-02-01");
    let kinds: Vec<_> = d
        .options
        .iter()
        .map(|o| (o.kind.as_str(), o.outcome, o.refund))
        .collect();
    // 50% of 25.99 = 12.995 -> 13.00, rounded half-up.
    assert_eq!(
        kinds,
        [
            ("keep_with_partial_refund", Outcome::RefundPartial, 1300),
            ("return_for_full_refund", Outcome::ReturnRefund, 2899)
        ]
    );
    let said = reply(&d);
    assert!(
        says(
            &said,
            "reply.option",
            &["n=1", "option=marketplace.offer.keep_partial"]
        ),
        "{said}"
    );
}

#[test]
fn keep_percentage_rounds_half_up_and_is_a_policy_ae_r2() {
    let keep = |price: u64, policy: &str| {
        let input = nad(
            "not_as_described",
            &format!(r#","evidence":{{"buyerPhotos":true}}{policy}"#),
        )
        .replace(r#""price":2599"#, &format!(r#""price":{price}"#));
        eval(&input).options[0].refund
    };
    assert_eq!(keep(2599, ""), 1300); // 1299.5 -> 1300
    assert_eq!(keep(2598, ""), 1299);
    assert_eq!(keep(1000, r#","policy":{"keepPartialPercent":30}"#), 300);
    assert_eq!(keep(1001, r#","policy":{"keepPartialPercent":50}"#), 501); // 500.5 -> 501
}

#[test]
fn a_requested_partial_refund_is_granted_ae_r2() {
    let d = eval(&nad(
        "not_as_described",
        r#","evidence":{"buyerPhotos":true},"request":"partial_refund","requestedAmount":800"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundPartial);
    assert_eq!(d.refund, 800);
    assert!(d.options.is_empty(), "the buyer chose to keep the item");
    assert!(
        says(&reply(&d), "marketplace.reply.keep", &["amount=8.00 USD"]),
        "{}",
        reply(&d)
    );
    assert!(d.deadlines.get("returnShipDeadline").is_none());
    // A requested amount without a partial-refund request sets the keep offer.
    let d = eval(&nad(
        "not_as_described",
        r#","evidence":{"buyerPhotos":true},"request":"full_refund","requestedAmount":800"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.options[0].refund, 800);
}

#[test]
fn a_buyer_who_insists_on_a_return_gets_no_keep_offers_ae_r2_ae_r14() {
    let d = eval(&nad(
        "wrong_item",
        r#","evidence":{"buyerPhotos":true},"request":"return_refund""#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.refund, 2899);
    assert!(d.options.is_empty());
    let said = reply(&d);
    assert!(
        says(&said, "aliexpress.reply.return", &["day=2024-02-01"]),
        "{said}"
    );
    let d = eval(&nad(
        "wrong_item",
        r#","evidence":{"buyerPhotos":true},"request":"return_refund","policy":{"returnShipDays":7}"#,
    ));
    assert_eq!(deadline(&d, "returnShipDeadline"), "2024-01-29");
}

#[test]
fn wrong_item_exchange_and_missing_items_reship() {
    let d = eval(&nad(
        "wrong_item",
        r#","evidence":{"buyerPhotos":true},"request":"exchange""#,
    ));
    assert_eq!(d.outcome, Outcome::Exchange);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 0);
    let d = eval(&nad("missing_items", r#","evidence":{"buyerPhotos":true}"#));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    let kinds: Vec<_> = d.options.iter().map(|o| o.kind).collect();
    assert_eq!(
        kinds,
        [
            "keep_with_partial_refund",
            "reship_missing_items",
            "return_for_full_refund"
        ]
    );
    let d = eval(&nad(
        "missing_items",
        r#","evidence":{"buyerPhotos":true},"request":"reship""#,
    ));
    assert_eq!(d.outcome, Outcome::Reship);
    assert!(!d.options.iter().any(|o| o.kind == "reship_missing_items"));
}

#[test]
fn damaged_in_transit_is_the_sellers_loss_ae_r18() {
    let d = eval(&nad(
        "damaged_in_transit",
        r#","evidence":{"buyerPhotos":true}"#,
    ));
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.outcome, Outcome::ReturnRefund);
}

#[test]
fn counterfeit_is_decided_as_not_as_described_without_a_multiple_ae_r19() {
    let d = eval(&nad("counterfeit", r#","evidence":{"buyerPhotos":true}"#));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.refund, 2899, "no 2x/3x multiple");
    assert!(!has_rule(&d, "AE-R19"));
    // With the seller's source documents the claim is contested; the platform decides.
    let d = eval(&nad(
        "counterfeit",
        r#","evidence":{"buyerPhotos":true,"sourceDocuments":true}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::Undetermined);
    assert!(check(&d, "seller_source_documents").passed);
    assert!(has_evidence(&d, "source_documents"));
    assert!(!has_rule(&d, "AE-R19"));
}

// ---------------------------------------------------------------------------------------------
// no_reason: AE-R18.

#[test]
fn change_of_mind_is_declined_without_a_shop_promise_ae_r18() {
    let d = eval(&nad("no_reason", ""));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
    assert!(!check(&d, "shop_promises_returns").passed);
    assert!(has_rule(&d, "AE-R18"));
}

#[test]
fn change_of_mind_within_the_shops_window_buyer_pays_return_ae_r18() {
    let run = |opened: &str| {
        eval(&ae(&format!(
            r#""reason":"no_reason","dates":{{"shipped":"2024-02-20","delivered":"2024-03-01","opened":"{opened}"}},"asOf":"{opened}","policy":{{"returnWindowDays":15}}"#
        )))
    };
    let last = run("2024-03-16");
    assert_eq!(deadline(&last, "returnWindowLastDay"), "2024-03-16");
    assert_eq!(last.outcome, Outcome::ReturnRefund);
    assert_eq!(last.fault, Fault::Buyer);
    assert_eq!(last.refund, 2899);
    assert_eq!(deadline(&last, "returnShipDeadline"), "2024-03-26");
    let said = reply(&last);
    assert!(says(&said, "aliexpress.reply.no_reason_ok", &[]), "{said}");
    let late = run("2024-03-17");
    assert_eq!(late.outcome, Outcome::Reject);
    assert!(!check(&late, "within_return_window").passed);
}

#[test]
fn change_of_mind_needs_a_delivery_date_when_the_shop_promises_returns() {
    // Delivered per the carrier: the delivery date exists, and the return period counts from it.
    let e = eval_err(&ae(
        r#""reason":"no_reason","dates":{"shipped":"2024-02-20"},"tracking":"delivered","asOf":"2024-03-01","policy":{"returnWindowDays":15}"#,
    ));
    assert_eq!(e.code.as_str(), "missing_field");
    assert_eq!(e.field, "dates.delivered");
}

// ---------------------------------------------------------------------------------------------
// Errors, locales, ruleset listing.

#[test]
fn vehicle_defect_is_not_decided_by_aliexpress() {
    let e = eval_err(&ae(r#""reason":"vehicle_defect","asOf":"2024-01-02""#));
    assert_eq!(e.code.as_str(), "unknown_value");
    assert_eq!(e.field, "reason");
    assert!(e.message.contains("not_received"), "{}", e.message);
}

#[test]
fn unknown_policy_keys_are_refused() {
    let e = eval_err(&ae(
        r#""reason":"not_received","dates":{"ordered":"2024-01-01"},"asOf":"2024-01-02","policy":{"handlingTime":3}"#,
    ));
    assert_eq!(e.code.as_str(), "unknown_field");
    assert_eq!(e.field, "policy.handlingTime");
}

#[test]
fn price_plus_shipping_beyond_the_safe_range_is_an_input_error() {
    let e = eval_err(
        r#"{"ruleset":"aliexpress","currency":"USD","price":9007199254740991,"shippingPaid":1,"reason":"not_received","dates":{"ordered":"2024-01-01"},"asOf":"2024-01-02"}"#,
    );
    assert_eq!(e.code.as_str(), "invalid_amount");
}

#[test]
fn english_and_chinese_agree_on_every_branch() {
    let cases = [
        ae(r#""reason":"not_received","dates":{"ordered":"2024-01-01"},"asOf":"2024-01-09""#),
        ae(r#""reason":"not_received","dates":{"ordered":"2024-01-01"},"asOf":"2024-01-03""#),
        ae(r#""reason":"out_of_stock","dates":{"ordered":"2024-01-01"},"asOf":"2024-01-03""#),
        ae(
            r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-01-01","opened":"2024-01-05"},"asOf":"2024-01-05""#,
        ),
        ae(
            r#""reason":"not_received","tracking":"held_by_customs","dates":{"shipped":"2024-01-01","opened":"2024-02-05"},"asOf":"2024-02-05""#,
        ),
        ae(
            r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-01-01","reshipped":"2024-01-20","opened":"2024-03-05"},"asOf":"2024-03-05","request":"partial_refund","requestedAmount":500"#,
        ),
        ae(
            r#""reason":"not_received","tracking":"lost","dates":{"shipped":"2024-01-01"},"asOf":"2024-02-01","request":"reship""#,
        ),
        ae(
            r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-01-01","opened":"2024-03-20"},"asOf":"2024-03-20""#,
        ),
        nad("not_as_described", ""),
        nad("missing_items", r#","evidence":{"buyerPhotos":true}"#),
        nad(
            "wrong_item",
            r#","evidence":{"buyerPhotos":true},"request":"exchange""#,
        ),
        nad(
            "quality",
            r#","evidence":{"buyerPhotos":true},"request":"return_refund""#,
        ),
        nad(
            "damaged_in_transit",
            r#","evidence":{"buyerPhotos":true},"request":"partial_refund""#,
        ),
        nad(
            "counterfeit",
            r#","evidence":{"buyerPhotos":true,"sourceDocuments":true}"#,
        ),
        nad("no_reason", ""),
        nad("no_reason", r#","policy":{"returnWindowDays":30}"#),
        nad("no_reason", r#","policy":{"returnWindowDays":1}"#),
        ae(
            r#""reason":"late_shipment","dates":{"ordered":"2024-01-01","shipped":"2024-01-05"},"asOf":"2024-01-06""#,
        ),
        ae(
            r#""reason":"late_shipment","dates":{"ordered":"2024-01-01","shipped":"2024-01-12","delivered":"2024-01-30"},"asOf":"2024-02-01""#,
        ),
        ae(
            r#""reason":"late_shipment","dates":{"ordered":"2024-01-01","shipped":"2024-01-12"},"asOf":"2024-01-20""#,
        ),
    ];
    for input in &cases {
        let (en, zh) = eval_both(input);
        // Every argument a message declares is given, so the renderer leaves no `{...}`.
        assert_eq!(
            unfilled(&en),
            None,
            "unfilled placeholder: {}",
            all_said(&en)
        );
        assert_eq!(en.options.len(), zh.options.len());
    }
}

#[test]
fn the_ruleset_lists_its_version_parameters_and_sources() {
    let infos = dispute_calc::api::rulesets();
    let info = infos.iter().find(|i| i.id == "aliexpress").expect("listed");
    assert!(!info.version.is_empty());
    assert!(info.sources.len() >= 4);
    assert!(info.sources.iter().all(|s| s.url.starts_with("https://")));
    assert!(info.reasons.contains(&"not_received"));
    assert!(!info.reasons.contains(&"vehicle_defect"));
    let json = dispute_calc::json::to_string(&info.parameters);
    for pair in [
        "\"promisedDeliveryDays\":60",
        "\"promisedDeliveryDaysRu\":90",
        "\"promisedDeliveryDaysBr\":120",
        "\"sellerResponseDays\":5",
        "\"disputeWindowDays\":15",
        "\"earliestDisputeDays\":10",
        "\"interventionDays\":7",
        "\"returnShipDays\":10",
    ] {
        assert!(json.contains(pair), "{pair} in {json}");
    }
}
