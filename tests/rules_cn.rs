//! evaluateDispute under the Chinese statutes: cn-consumer (CPL-23/24/25/26/55, 7D-6..7D-20),
//! cn-food (FSL-148) and cn-car (CAR-1..CAR-9). Every rule is tested at its boundaries.
// Native tests: the wasm boundary has its own suite (tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use dispute_calc::model::{Fault, Outcome};
use dispute_calc::ErrorCode;

/// A cn-consumer dispute; `extra` is spliced into the object (dates, item, evidence, policy ...).
fn consumer(reason: &str, as_of: &str, extra: &str) -> String {
    format!(
        r#"{{"ruleset":"cn-consumer","reason":"{reason}","asOf":"{as_of}","currency":"CNY","price":19900{extra}}}"#
    )
}

fn no_reason(as_of: &str, extra: &str) -> String {
    consumer(
        "no_reason",
        as_of,
        &format!(r#","dates":{{"delivered":"2024-03-01"}}{extra}"#),
    )
}

// ---- CPL-25 / 7D-10: the 7-day no-reason return ----------------------------------------------

#[test]
fn cpl25_7d10_day_7_is_in_time_day_8_is_late() {
    // Signed 2024-03-01: the 7 days run from 03-02, the last day is 03-08 (rules.md §1.3).
    let d = eval(&no_reason("2024-03-08", ""));
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Buyer);
    assert_eq!(d.refund, 19900);
    assert!(check(&d, "within_return_window").passed);
    for rule in [
        "CPL-25", "7D-10", "7D-6", "7D-20", "7D-8/9", "7D-13", "7D-18",
    ] {
        assert!(has_rule(&d, rule), "missing {rule}: {:?}", d.rules);
    }
    assert!(has_evidence(&d, "return_tracking"));

    let late = eval(&no_reason("2024-03-09", ""));
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert_eq!(late.refund, 0);
    assert!(!check(&late, "within_return_window").passed);
}

#[test]
fn cpl25_request_date_is_opened_not_as_of() {
    let d = eval(&consumer(
        "no_reason",
        "2024-03-20",
        r#","dates":{"delivered":"2024-03-01","opened":"2024-03-08"}"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    let d = eval(&consumer(
        "no_reason",
        "2024-03-20",
        r#","dates":{"delivered":"2024-03-01","opened":"2024-03-09"}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
}

#[test]
fn cpl25_date_times_count_whole_days() {
    // Signed late in the evening: the period still ends at the end of the 7th day after.
    let input = consumer(
        "no_reason",
        "2024-03-08T23:30:00+08:00",
        r#","dates":{"delivered":"2024-03-01T20:00:00+08:00","opened":"2024-03-08T23:00:00+08:00"}"#,
    );
    let d = eval(&input);
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    // The window runs to the end of its last day: the deadline is that day, not a time.
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
    let late = consumer(
        "no_reason",
        "2024-03-09T00:10:00+08:00",
        r#","dates":{"delivered":"2024-03-01T20:00:00+08:00"}"#,
    );
    assert_eq!(eval(&late).outcome, Outcome::Reject);
}

#[test]
fn cpl25_days_count_in_beijing_time_whatever_the_offset_written() {
    // The same delivery and request, written in UTC and in Beijing time: delivered on
    // 03-02 04:00 Beijing time, so the 7 days end on 03-09; the request at 18:00 on 03-09
    // Beijing time is in time. Counted in the UTC spelling's own days it was rejected.
    for (delivered, opened) in [
        ("2024-03-01T20:00:00Z", "2024-03-09T10:00:00Z"),
        ("2024-03-02T04:00:00+08:00", "2024-03-09T18:00:00+08:00"),
        ("2024-03-01T15:00:00-05:00", "2024-03-09T05:00:00-05:00"),
    ] {
        let d = eval(&consumer(
            "no_reason",
            "2024-03-10",
            &format!(r#","dates":{{"delivered":"{delivered}","opened":"{opened}"}}"#),
        ));
        assert_eq!(d.outcome, Outcome::ReturnRefund, "{delivered} {opened}");
        assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-09");
        // Day 8 in Beijing time (03-10 00:30) is late, however it is written.
        for late in ["2024-03-09T16:30:00Z", "2024-03-10T00:30:00+08:00"] {
            let d = eval(&consumer(
                "no_reason",
                "2024-03-10T12:00:00+08:00",
                &format!(r#","dates":{{"delivered":"{delivered}","opened":"{late}"}}"#),
            ));
            assert_eq!(d.outcome, Outcome::Reject, "{delivered} {late}");
        }
    }
}

#[test]
fn cpl25_refund_is_the_price_only_and_buyer_pays_return_postage() {
    // 7D-18 / 7D-14..17: the goods price is refunded; outbound shipping the buyer paid is not.
    let d = eval(&no_reason("2024-03-05", r#","shippingPaid":1000"#));
    assert_eq!(d.refund, 19900);
    assert!(
        says(
            &summary(&d),
            "cn_consumer.nr_granted",
            &["refund=199.00 CNY"]
        ),
        "{}",
        summary(&d)
    );
}

#[test]
fn cpl25_7d6_statutory_exclusions_refuse() {
    for flag in ["madeToOrder", "perishable", "digitalUnsealed", "periodical"] {
        let d = eval(&no_reason(
            "2024-03-05",
            &format!(r#","item":{{"{flag}":true}}"#),
        ));
        assert_eq!(d.outcome, Outcome::Reject, "{flag}");
        assert!(!check(&d, "not_excluded").passed, "{flag}");
        assert!(check(&d, "within_return_window").passed);
        assert!(has_evidence(&d, "product_listing"));
    }
    let d = eval(&no_reason(
        "2024-03-05",
        r#","item":{"madeToOrder":false,"perishable":false}"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
}

#[test]
fn sevend7_confirmed_exclusion_refuses_and_7d20_unconfirmed_cannot() {
    let d = eval(&no_reason(
        "2024-03-05",
        r#","item":{"exclusionConfirmed":true}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(!check(&d, "no_confirmed_exclusion").passed);
    assert!(has_rule(&d, "7D-7"));
    assert!(!has_rule(&d, "7D-20"));
    assert!(has_evidence(&d, "exclusion_confirmation"));
    let d = eval(&no_reason(
        "2024-03-05",
        r#","item":{"exclusionConfirmed":false}"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(has_rule(&d, "7D-20"));
}

#[test]
fn sevend8_goods_must_be_intact_unknown_is_checked_on_arrival() {
    let d = eval(&no_reason("2024-03-05", r#","item":{"intact":false}"#));
    assert_eq!(d.outcome, Outcome::Reject);
    assert!(!check(&d, "goods_intact").passed);
    assert!(has_evidence(&d, "return_inspection_photos"));
    let d = eval(&no_reason("2024-03-05", r#","item":{"intact":true}"#));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    let d = eval(&no_reason("2024-03-05", ""));
    assert!(check(&d, "goods_intact").passed);
    let said = check_said(&d, "goods_intact");
    assert!(says(&said, "cn_consumer.intact_unknown", &[]), "{said}");
}

#[test]
fn sevend13_refund_due_7_days_after_the_return_arrives() {
    let input = |as_of: &str| {
        consumer(
            "no_reason",
            as_of,
            r#","dates":{"delivered":"2024-03-01","opened":"2024-03-05","returnReceived":"2024-03-10"}"#,
        )
    };
    let d = eval(&input("2024-03-17"));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-17");
    assert!(check(&d, "refund_in_time").passed);
    let said = reply(&d);
    assert!(
        says(&said, "cn_consumer.nr_reply_received", &["due=2024-03-17"]),
        "{said}"
    );
    let d = eval(&input("2024-03-18"));
    assert!(!check(&d, "refund_in_time").passed);
    assert_eq!(d.outcome, Outcome::ReturnRefund);
}

#[test]
fn cpl26_policy_may_extend_a_statutory_period_but_not_cut_it() {
    // A shop's 15-day promise extends the window: day 15 in time, day 16 late.
    let d = eval(&no_reason(
        "2024-03-16",
        r#","policy":{"returnWindowDays":15}"#,
    ));
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-16");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(!has_rule(&d, "CPL-26"));
    assert_eq!(
        eval(&no_reason(
            "2024-03-17",
            r#","policy":{"returnWindowDays":15}"#
        ))
        .outcome,
        Outcome::Reject
    );
    // A 3-day policy is void: the statutory 7 days apply.
    let d = eval(&no_reason(
        "2024-03-08",
        r#","policy":{"returnWindowDays":3}"#,
    ));
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert!(!check(&d, "policy_within_statute").passed);
    assert!(has_rule(&d, "CPL-26"));
    // The seller's refund deadline may be shortened, not lengthened.
    let input = |policy: &str| {
        consumer(
            "no_reason",
            "2024-03-12",
            &format!(
                r#","dates":{{"delivered":"2024-03-01","opened":"2024-03-05","returnReceived":"2024-03-10"}},"policy":{{"refundDays":{policy}}}"#
            ),
        )
    };
    assert_eq!(deadline(&eval(&input("3")), "refundDueBy"), "2024-03-13");
    let d = eval(&input("30"));
    assert_eq!(deadline(&d, "refundDueBy"), "2024-03-17");
    assert!(has_rule(&d, "CPL-26"));
}

#[test]
fn cpl25_needs_the_delivery_date_or_receipt_confirmation() {
    // Delivered per the carrier, so the delivery date exists and is asked for.
    let e = eval_err(&consumer(
        "no_reason",
        "2024-03-05",
        r#","tracking":"delivered""#,
    ));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.field, "dates.delivered");
    let d = eval(&consumer(
        "no_reason",
        "2024-03-05",
        r#","dates":{"completed":"2024-03-01"}"#,
    ));
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
}

// ---- CPL-24 / CPL-23: quality -----------------------------------------------------------------

fn quality(opened: &str, extra: &str) -> String {
    consumer(
        "quality",
        "2024-12-31",
        &format!(
            r#","shippingPaid":1000,"dates":{{"delivered":"2024-03-01","opened":"{opened}"}}{extra}"#
        ),
    )
}

#[test]
fn cpl24_return_within_7_days_then_repair_or_exchange() {
    let d = eval(&quality("2024-03-08", ""));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 20900, "price and outbound shipping");
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-03-08");
    assert!(check(&d, "return_within_days").passed);
    assert!(has_rule(&d, "CPL-24"));
    assert!(d.options.is_empty());

    let d = eval(&quality("2024-03-09", ""));
    assert_eq!(d.outcome, Outcome::Repair);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 0);
    assert!(!check(&d, "return_within_days").passed);
    let kinds: Vec<_> = d.options.iter().map(|o| o.outcome).collect();
    assert_eq!(kinds, vec![Outcome::Repair, Outcome::Exchange]);

    let d = eval(&quality("2024-03-09", r#","request":"exchange""#));
    assert_eq!(d.outcome, Outcome::Exchange);
    let d = eval(&quality("2024-03-05", r#","request":"exchange""#));
    assert_eq!(d.outcome, Outcome::Exchange);
}

#[test]
fn cpl23_burden_on_operator_for_6_months_from_receipt() {
    let d = eval(&quality("2024-09-01", ""));
    assert_eq!(deadline(&d, "burdenShiftEnd"), "2024-09-01");
    assert!(check(&d, "defect_within_burden_period").passed);
    assert!(has_rule(&d, "CPL-23"));
    let d = eval(&quality("2024-09-02", ""));
    assert!(!check(&d, "defect_within_burden_period").passed);
    assert!(!has_rule(&d, "CPL-23"));
    // faultFound, when given, dates the defect.
    let d = eval(&consumer(
        "quality",
        "2024-12-31",
        r#","dates":{"delivered":"2024-03-01","faultFound":"2024-08-30","opened":"2024-10-01"}"#,
    ));
    assert!(check(&d, "defect_within_burden_period").passed);
}

#[test]
fn cpl23_six_months_from_the_31st_ends_on_the_months_last_day() {
    let d = eval(&consumer(
        "quality",
        "2024-03-01",
        r#","dates":{"delivered":"2023-08-31"}"#,
    ));
    assert_eq!(deadline(&d, "burdenShiftEnd"), "2024-02-29");
    assert!(!check(&d, "defect_within_burden_period").passed);
}

#[test]
fn cpl24_not_as_described_states_the_cpl55_amount_if_knowingly_false() {
    let d = eval(&consumer(
        "not_as_described",
        "2024-03-05",
        r#","dates":{"delivered":"2024-03-01"}"#,
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    let said = summary(&d);
    assert!(
        says(
            &said,
            "cn_consumer.fraud_if",
            &["penalty=597.00 CNY", "formula=max(3 x 199.00, 500.00)"]
        ),
        "{said}"
    );
    assert!(!has_rule(&d, "CPL-55"));
}

// ---- CPL-55: counterfeit = fraud --------------------------------------------------------------

#[test]
fn cpl55_seed_case_3_sofa_passed_off_as_branded_is_fraud() {
    // Course seed case (3): another shop's photos, sold as a branded sofa, delivered unbranded.
    let input = r#"{"ruleset":"cn-consumer","reason":"counterfeit","tracking":"delivered","asOf":"2024-05-20","currency":"CNY","price":800000,"dates":{"delivered":"2024-05-10"},"evidence":{"buyerPhotos":true}}"#;
    let (en, zh) = eval_both(input);
    assert_eq!(en.outcome, Outcome::ReturnRefund);
    assert_eq!(en.fault, Fault::Seller);
    assert_eq!(en.refund, 800000);
    assert!(!check(&en, "genuine_goods_shown").passed);
    assert!(has_rule(&en, "CPL-55"));
    assert!(has_rule(&en, "CPL-24"));
    let said = summary(&en);
    // cn_consumer.fraud_sum: "... the return freight is on the seller ...".
    assert!(
        says(
            &said,
            "cn_consumer.fraud_sum",
            &["penalty=24000.00 CNY", "formula=max(3 x 8000.00, 500.00)"]
        ),
        "{said}"
    );
    // cn_consumer.fraud_reply: "Please send the item back at our expense ...".
    assert!(
        says(&reply(&en), "cn_consumer.fraud_reply", &[]),
        "{}",
        reply(&en)
    );
    let said = summary(&zh);
    assert!(
        says(&said, "cn_consumer.fraud_sum", &["penalty=24000.00 CNY"]),
        "{said}"
    );
    assert!(has_evidence(&en, "return_tracking"));
}

#[test]
fn cpl55_floor_500_cny_just_under_and_over_in_the_summary() {
    let run = |price: u64| {
        eval(&format!(
            r#"{{"ruleset":"cn-consumer","reason":"counterfeit","tracking":"delivered","asOf":"2024-05-20","currency":"CNY","price":{price},"shippingPaid":800}}"#
        ))
    };
    let d = run(16666); // 3 x 166.66 = 499.98 -> 500.00
    assert!(
        says(
            &summary(&d),
            "cn_consumer.fraud_sum",
            &["penalty=500.00 CNY", "formula=max(3 x 166.66, 500.00)"]
        ),
        "{}",
        summary(&d)
    );
    assert_eq!(d.refund, 17466, "price and outbound shipping");
    let d = run(16667); // 3 x 166.67 = 500.01
    let said = summary(&d);
    assert!(
        says(&said, "cn_consumer.fraud_sum", &["penalty=500.01 CNY"]),
        "{said}"
    );
}

#[test]
fn cpl55_source_documents_rebut_the_counterfeit_claim() {
    let d = eval(
        r#"{"ruleset":"cn-consumer","reason":"counterfeit","tracking":"delivered","asOf":"2024-05-20","currency":"CNY","price":19900,"evidence":{"sourceDocuments":true}}"#,
    );
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
    assert_eq!(d.refund, 0);
    assert!(check(&d, "genuine_goods_shown").passed);
    assert!(has_evidence(&d, "purchase_invoice"));
    assert!(
        says(&summary(&d), "cn_consumer.genuine_sum", &[]),
        "{}",
        summary(&d)
    );
}

#[test]
fn cn_consumer_eval_both_locales() {
    eval_both(&no_reason("2024-03-05", ""));
    eval_both(&no_reason("2024-03-09", ""));
    eval_both(&no_reason("2024-03-05", r#","item":{"perishable":true}"#));
    eval_both(&no_reason(
        "2024-03-05",
        r#","item":{"exclusionConfirmed":true}"#,
    ));
    eval_both(&no_reason("2024-03-05", r#","item":{"intact":false}"#));
    eval_both(&no_reason(
        "2024-03-05",
        r#","policy":{"returnWindowDays":3}"#,
    ));
    eval_both(&quality("2024-03-05", ""));
    eval_both(&quality("2024-04-05", ""));
    eval_both(&quality("2024-04-05", r#","request":"exchange""#));
    eval_both(
        r#"{"ruleset":"cn-consumer","reason":"counterfeit","tracking":"delivered","asOf":"2024-05-20","currency":"CNY","price":19900,"evidence":{"sourceDocuments":true}}"#,
    );
    let (_, zh) = eval_both(&consumer(
        "not_as_described",
        "2024-03-05",
        r#","dates":{"delivered":"2024-03-01"}"#,
    ));
    // 欺诈, fraud: the CPL-55 amount if the listing was knowingly false.
    assert!(
        says(&summary(&zh), "cn_consumer.fraud_if", &[]),
        "{}",
        summary(&zh)
    );
}

#[test]
fn cn_consumer_does_not_decide_other_reasons() {
    let e = eval_err(&consumer("not_received", "2024-03-05", ""));
    assert_eq!(e.code, ErrorCode::UnknownValue);
    assert_eq!(e.field, "reason");
}

// ---- FSL-148: unsafe food ---------------------------------------------------------------------

fn food(reason: &str, evidence: &str) -> String {
    format!(
        r#"{{"ruleset":"cn-food","reason":"{reason}","asOf":"2024-05-20","currency":"CNY","price":5900,"shippingPaid":600,"tracking":"delivered","evidence":{{"buyerPhotos":{evidence}}}}}"#
    )
}

#[test]
fn fsl148_refund_plus_10x_or_1000_cny() {
    for reason in ["quality", "not_as_described", "counterfeit"] {
        let (d, zh) = eval_both(&food(reason, "true"));
        assert_eq!(d.outcome, Outcome::RefundFull, "{reason}");
        assert_eq!(d.fault, Fault::Seller);
        assert_eq!(d.refund, 6500);
        assert_eq!(d.rules, vec!["FSL-148"]);
        assert!(check(&d, "food_safety_evidence").passed);
        // cn_food.food_sum: "... none for a label flaw that neither affects safety nor misleads".
        assert!(
            says(
                &summary(&d),
                "cn_food.food_sum",
                &[
                    "penalty=1000.00 CNY",
                    "formula=max(10 x 59.00, 3 x 0.00, 1000.00)"
                ]
            ),
            "{}",
            summary(&d)
        );
        let said = reply(&d);
        assert!(
            says(
                &said,
                "cn_food.food_reply",
                &["multiple=10", "min=1000.00 CNY"]
            ),
            "{said}"
        );
        // 10倍, ten times the price.
        let said = reply(&zh);
        assert!(
            says(&said, "cn_food.food_reply", &["multiple=10"]),
            "{said}"
        );
    }
}

#[test]
fn fsl148_ten_times_above_the_floor() {
    let d = eval(
        r#"{"ruleset":"cn-food","reason":"quality","asOf":"2024-05-20","currency":"CNY","price":10001,"tracking":"delivered","evidence":{"buyerPhotos":true}}"#,
    );
    let said = summary(&d);
    assert!(
        says(&said, "cn_food.food_sum", &["penalty=1000.10 CNY"]),
        "{said}"
    );
}

#[test]
fn fsl148_without_evidence_waits_for_it() {
    let (d, _) = eval_both(&food("quality", "false"));
    assert_eq!(d.outcome, Outcome::Wait);
    assert_eq!(d.fault, Fault::Undetermined);
    assert_eq!(d.refund, 0);
    assert!(!check(&d, "food_safety_evidence").passed);
    assert!(says(&reply(&d), "cn_food.wait_reply", &[]), "{}", reply(&d));
}

#[test]
fn fsl148_does_not_decide_no_reason_returns() {
    let e = eval_err(&food("no_reason", "true"));
    assert_eq!(e.code, ErrorCode::UnknownValue);
}

// ---- CAR-1..CAR-9: household cars ---------------------------------------------------------------

fn car(defect: Option<&str>, found: &str, km: u64, extra: &str) -> String {
    let defect = defect.map_or(String::new(), |d| format!(r#","defect":"{d}""#));
    format!(
        r#"{{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":20000000,"dates":{{"delivered":"2024-01-10","faultFound":"{found}"}},"item":{{"odometerKm":{km}{defect}}}{extra}}}"#
    )
}

#[test]
fn car2_powertrain_within_7_days_day_7_in_day_8_out() {
    let d = eval(&car(Some("powertrain_replacement"), "2024-01-17", 300, ""));
    assert_eq!(deadline(&d, "powertrainWindowEnd"), "2024-01-17");
    assert_eq!(d.outcome, Outcome::ReplaceOrReturn);
    assert_eq!(d.fault, Fault::Seller);
    assert!(has_rule(&d, "CAR-2"));
    assert!(has_rule(&d, "CAR-9"));
    assert!(check(&d, "within_powertrain_days").passed);

    let d = eval(&car(Some("powertrain_replacement"), "2024-01-18", 300, ""));
    assert!(!check(&d, "within_powertrain_days").passed);
    assert_eq!(
        d.outcome,
        Outcome::Repair,
        "falls to the three-guarantee repair"
    );
    assert!(!has_rule(&d, "CAR-2"));
    assert!(check(&d, "within_three_guarantees_time").passed);
}

#[test]
fn car3_listed_faults_within_60_days_and_3000_km() {
    // CAR-9 example: start 2024-01-10 -> day 60 is 2024-03-10.
    for defect in [
        "steering_failure",
        "brake_failure",
        "body_crack",
        "fuel_leak",
        "battery_fire",
    ] {
        let d = eval(&car(Some(defect), "2024-03-10", 3000, ""));
        assert_eq!(deadline(&d, "replacementWindowEnd"), "2024-03-10");
        assert_eq!(d.outcome, Outcome::ReplaceOrReturn, "{defect}");
        assert!(has_rule(&d, "CAR-3"));
        assert!(check(&d, "listed_defect").passed);
        assert!(check(&d, "within_replacement_days").passed);
        assert!(check(&d, "within_replacement_km").passed);

        let d = eval(&car(Some(defect), "2024-03-11", 3000, ""));
        assert!(
            !check(&d, "within_replacement_days").passed,
            "{defect} day 61"
        );
        assert_eq!(d.outcome, Outcome::Repair);
        assert!(!has_rule(&d, "CAR-3"));

        let d = eval(&car(Some(defect), "2024-02-01", 3001, ""));
        assert!(check(&d, "within_replacement_days").passed);
        assert!(
            !check(&d, "within_replacement_km").passed,
            "{defect} 3001 km"
        );
        assert_eq!(d.outcome, Outcome::Repair);
    }
}

#[test]
fn car3_unlisted_fault_goes_to_repair() {
    let d = eval(&car(None, "2024-01-12", 100, ""));
    assert!(!check(&d, "listed_defect").passed);
    assert_eq!(d.outcome, Outcome::Repair);
}

#[test]
fn car1_three_guarantees_2_years_or_50000_km_then_warranty_3_years_or_60000_km() {
    let d = eval(&car(None, "2026-01-10", 50000, ""));
    assert_eq!(deadline(&d, "threeGuaranteesEnd"), "2026-01-10");
    assert_eq!(deadline(&d, "repairWarrantyEnd"), "2027-01-10");
    assert_eq!(d.outcome, Outcome::Repair);
    assert!(check(&d, "within_three_guarantees_time").passed);
    assert!(check(&d, "within_three_guarantees_km").passed);
    for rule in ["CAR-1", "CAR-4", "CAR-5", "CAR-6"] {
        assert!(has_rule(&d, rule), "{rule}");
    }
    let said = summary(&d);
    assert!(
        says(&said, "cn_car.three_repair_sum", &["rdays=30", "rtimes=4"]),
        "{said}"
    );

    // Day after the two years, or one km over: the repair warranty still covers.
    for d in [
        eval(&car(None, "2026-01-11", 100, "")),
        eval(&car(None, "2025-01-01", 50001, "")),
    ] {
        assert_eq!(d.outcome, Outcome::Repair);
        assert_eq!(d.fault, Fault::Seller);
        assert!(!has_rule(&d, "CAR-4"));
        assert!(check(&d, "within_repair_warranty_time").passed);
        assert!(check(&d, "within_repair_warranty_km").passed);
        assert!(
            says(&summary(&d), "cn_car.warranty_sum", &[]),
            "{}",
            summary(&d)
        );
    }
    assert!(
        !check(
            &eval(&car(None, "2026-01-11", 100, "")),
            "within_three_guarantees_time"
        )
        .passed
    );
    assert!(
        !check(
            &eval(&car(None, "2025-01-01", 50001, "")),
            "within_three_guarantees_km"
        )
        .passed
    );

    // Warranty limits: 2027-01-10 / 60,000 km in; a day or a km over out.
    assert_eq!(
        eval(&car(None, "2027-01-10", 60000, "")).outcome,
        Outcome::Repair
    );
    for d in [
        eval(&car(None, "2027-01-11", 100, "")),
        eval(&car(None, "2025-01-01", 60001, "")),
    ] {
        assert_eq!(d.outcome, Outcome::Reject);
        assert_eq!(d.fault, Fault::None);
        assert_eq!(d.refund, 0);
    }
}

#[test]
fn car1_feb_29_start_ends_on_feb_28() {
    let d = eval(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"delivered":"2024-02-29","faultFound":"2026-02-28"},"item":{"odometerKm":10}}"#,
    );
    assert_eq!(deadline(&d, "powertrainWindowEnd"), "2024-03-07");
    assert_eq!(deadline(&d, "replacementWindowEnd"), "2024-04-29");
    assert_eq!(deadline(&d, "threeGuaranteesEnd"), "2026-02-28");
    assert_eq!(deadline(&d, "repairWarrantyEnd"), "2027-02-28");
    assert!(check(&d, "within_three_guarantees_time").passed);
    let d = eval(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"delivered":"2024-02-29","faultFound":"2026-03-01"},"item":{"odometerKm":10}}"#,
    );
    assert!(!check(&d, "within_three_guarantees_time").passed);
}

#[test]
fn car1_invoice_date_when_no_delivery_date() {
    let d = eval(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"paid":"2024-01-10","faultFound":"2024-01-17"},"item":{"odometerKm":10,"defect":"powertrain_replacement"}}"#,
    );
    assert_eq!(deadline(&d, "powertrainWindowEnd"), "2024-01-17");
    let said = check_said(&d, "period_start");
    assert!(
        says(&said, "cn_car.start_invoice", &["start=2024-01-10"]),
        "{said}"
    );
    assert_eq!(d.outcome, Outcome::ReplaceOrReturn);
}

#[test]
fn car_inputs_it_needs_are_missing_field_errors() {
    // Nothing says the car was delivered: its invoice date is asked for, not a delivery date.
    let e = eval_err(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"faultFound":"2024-01-17"},"item":{"odometerKm":10}}"#,
    );
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::MissingField, "dates.paid")
    );
    // Delivered per the carrier: the delivery date exists and is asked for.
    let e = eval_err(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"tracking":"delivered","dates":{"faultFound":"2024-01-17"},"item":{"odometerKm":10}}"#,
    );
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::MissingField, "dates.delivered")
    );
    let e = eval_err(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"delivered":"2024-01-10"},"item":{"odometerKm":10}}"#,
    );
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::MissingField, "dates.faultFound")
    );
    let e = eval_err(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"delivered":"2024-01-10","opened":"2024-01-12"}}"#,
    );
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::MissingField, "item.odometerKm")
    );
    let e = eval_err(&car(Some("warp_core"), "2024-01-12", 10, ""));
    assert_eq!(e.code, ErrorCode::UnknownValue);
    let e = eval_err(
        r#"{"ruleset":"cn-car","reason":"quality","asOf":"2028-12-31","currency":"CNY","price":100}"#,
    );
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::UnknownValue, "reason")
    );
}

#[test]
fn car2_car3_replacements_and_returns_are_free_of_usage_compensation() {
    // A brake failure on day 4 at 500 km: the whole price back, nothing deducted (免费更换、退货).
    let d = eval(&car(Some("brake_failure"), "2024-01-14", 500, ""));
    assert_eq!(d.outcome, Outcome::ReplaceOrReturn);
    assert_eq!(d.refund, 20000000);
    assert!(!has_rule(&d, "CAR-8"));
    // At the edges of both periods too: day 7 of CAR-2, day 60 / 3,000 km of CAR-3.
    for d in [
        eval(&car(Some("powertrain_replacement"), "2024-01-17", 2999, "")),
        eval(&car(Some("fuel_leak"), "2024-03-10", 3000, "")),
    ] {
        assert_eq!(d.outcome, Outcome::ReplaceOrReturn);
        assert_eq!(d.refund, 20000000);
    }
    // Day 61: a repair; a return after repeated repairs would deduct the compensation (CAR-8).
    let d = eval(&car(Some("fuel_leak"), "2024-03-11", 3000, ""));
    assert_eq!(d.outcome, Outcome::Repair);
    assert!(has_rule(&d, "CAR-8"));
    assert!(summary(&d).contains("3000.00 CNY"), "{}", summary(&d));
}

#[test]
fn car8_usage_compensation_rounds_half_up_and_is_capped_at_half_a_percent() {
    // 200,000 CNY, 1,000 km at 0.5% per 1,000 km: 1,000 CNY, stated for a later return.
    let d = eval(&car(None, "2024-06-01", 1000, ""));
    assert_eq!(d.outcome, Outcome::Repair);
    assert!(summary(&d).contains("1000.00 CNY"), "{}", summary(&d));
    assert!(has_rule(&d, "CAR-8"));
    let run = |price: u64| {
        let d = eval(&format!(
            r#"{{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":{price},"dates":{{"delivered":"2024-01-10","faultFound":"2024-06-12"}},"item":{{"odometerKm":1000}}}}"#
        ));
        summary(&d)
    };
    assert!(run(100).contains("0.01 CNY"), "{}", run(100)); // 0.5 fen -> 1
    assert!(run(99).contains("0.00 CNY"), "{}", run(99)); // 0.495 fen -> 0
                                                          // A maker may set a lower coefficient; 0.5% is the 2021 rule's cap: 51 is an input error.
    let d = eval(&car(
        None,
        "2024-06-01",
        1000,
        r#","policy":{"usageRateBasisPoints":30}"#,
    ));
    assert!(summary(&d).contains("600.00 CNY"), "{}", summary(&d));
    let at_cap = eval(&car(
        None,
        "2024-06-01",
        1000,
        r#","policy":{"usageRateBasisPoints":50}"#,
    ));
    assert!(
        summary(&at_cap).contains("1000.00 CNY"),
        "{}",
        summary(&at_cap)
    );
    let e = eval_err(&car(
        None,
        "2024-06-01",
        1000,
        r#","policy":{"usageRateBasisPoints":51}"#,
    ));
    assert_eq!(e.code, ErrorCode::InvalidAmount);
    assert_eq!(e.field, "policy.usageRateBasisPoints");
    assert!(e.message.contains("up to 50"), "{}", e.message);
    // A huge reading never overflows, and the compensation never exceeds the price.
    let d = eval(&car(
        None,
        "2024-02-01",
        10000000,
        r#","policy":{"threeGuaranteesKm":10000000}"#,
    ));
    assert_eq!(d.outcome, Outcome::Repair);
    assert!(summary(&d).contains("=200000.00 CNY"), "{}", summary(&d));
    let d = eval(&car(
        Some("brake_failure"),
        "2024-02-01",
        9007199254740991,
        "",
    ));
    assert_eq!(d.outcome, Outcome::Reject);
}

#[test]
fn car7_return_certificate_within_15_working_days_of_the_request() {
    // Request on Friday 2024-01-12: 15 working days later is Friday 2024-02-02.
    let d = eval(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"delivered":"2024-01-10","faultFound":"2024-01-11","opened":"2024-01-12"},"item":{"odometerKm":10,"defect":"body_crack"}}"#,
    );
    assert_eq!(deadline(&d, "returnCertificateDue"), "2024-02-02");
    assert!(has_rule(&d, "CAR-7"));
}

#[test]
fn car_policy_extends_statutory_limits_not_cuts_them() {
    let d = eval(&car(
        None,
        "2026-06-01",
        100,
        r#","policy":{"threeGuaranteesMonths":36}"#,
    ));
    assert_eq!(deadline(&d, "threeGuaranteesEnd"), "2027-01-10");
    assert!(check(&d, "within_three_guarantees_time").passed);
    let d = eval(&car(
        None,
        "2026-06-01",
        100,
        r#","policy":{"threeGuaranteesMonths":12}"#,
    ));
    assert_eq!(deadline(&d, "threeGuaranteesEnd"), "2026-01-10");
    assert!(!check(&d, "policy_within_statute").passed);
    assert!(has_rule(&d, "CPL-26"));
}

#[test]
fn cn_car_eval_both_locales() {
    eval_both(&car(Some("powertrain_replacement"), "2024-01-17", 300, ""));
    let (en, zh) = eval_both(&car(Some("battery_fire"), "2024-03-10", 2000, ""));
    assert!(
        says(&reply(&en), "cn_car.replace_free_reply", &["km=2000"]),
        "{}",
        reply(&en)
    );
    // 2000公里: the same argument, written by the Chinese catalogue.
    assert!(
        says(&reply(&zh), "cn_car.replace_free_reply", &["km=2000"]),
        "{}",
        reply(&zh)
    );
    eval_both(&car(None, "2025-01-01", 100, ""));
    eval_both(&car(None, "2026-06-01", 100, ""));
    eval_both(&car(None, "2027-06-01", 100, ""));
    eval_both(
        r#"{"ruleset":"cn-car","reason":"vehicle_defect","asOf":"2028-12-31","currency":"CNY","price":100,"dates":{"paid":"2024-01-10","faultFound":"2024-01-11","opened":"2024-01-12"},"item":{"odometerKm":10,"defect":"body_crack"}}"#,
    );
}

// ---- CNY only ---------------------------------------------------------------------------------

#[test]
fn cny_only_rulesets_refuse_usd() {
    for input in [
        no_reason("2024-03-05", "").replace("CNY", "USD"),
        food("quality", "true").replace("CNY", "USD"),
        car(None, "2024-01-12", 10, "").replace("CNY", "USD"),
    ] {
        let e = eval_err(&input);
        assert_eq!(e.code, ErrorCode::CurrencyMismatch, "{input}");
        assert_eq!(e.field, "currency");
    }
}
