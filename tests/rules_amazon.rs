//! Amazon A-to-z Guarantee and returns (rules.md §5.1), rule by rule at the boundaries, plus the
//! course's wrong-print case. Inputs are the JSON the page sends.
// Native tests: the wasm boundary has its own suite (tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use dispute_calc::model::{Fault, Outcome};

/// An Amazon input: USD 20.00 plus 4.99 shipping (2499 in all), with `fields` added.
fn amz(fields: &str) -> String {
    format!(r#"{{"ruleset":"amazon","currency":"USD","price":2000,"shippingPaid":499,{fields}}}"#)
}

fn kinds(d: &dispute_calc::decision::Decision) -> Vec<(&'static str, Outcome, u64)> {
    d.options
        .iter()
        .map(|o| (o.kind.as_str(), o.outcome, o.refund))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The course's wrong-print case (rules.md, "Other seed cases" (1)).

const WRONG_PRINT: &str = r#"{"ruleset":"amazon","reason":"wrong_item","currency":"USD","price":2000,
    "dates":{"shipped":"2024-05-01","delivered":"2024-05-05","estimatedDelivery":"2024-05-06","opened":"2024-05-07"},
    "evidence":{"buyerPhotos":true},"asOf":"2024-05-07"}"#;

#[test]
fn wrong_print_lists_keep_offers_beside_the_return_course_case_1() {
    let d = eval(WRONG_PRINT);
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    assert_eq!(d.fault, Fault::Seller);
    assert_eq!(d.refund, 2000);
    assert_eq!(
        kinds(&d),
        [
            ("keep_with_coupon", Outcome::RefundPartial, 0),
            ("keep_with_partial_refund", Outcome::RefundPartial, 1000),
            ("return_for_full_refund", Outcome::ReturnRefund, 2000),
        ]
    );
    let said = offer_said(&d, 0);
    assert!(
        says(
            &said,
            "amazon.offer.coupon",
            &["pct=50", "amount=10.00 USD"]
        ),
        "{said}"
    );
    let said = reply(&d);
    assert!(
        says(
            &said,
            "reply.option",
            &["n=1", "option=amazon.offer.coupon{"]
        ),
        "{said}"
    );
    assert!(
        says(
            &said,
            "reply.option",
            &["n=3", "option=marketplace.offer.return_full{"]
        ),
        "{said}"
    );
    assert!(has_rule(&d, "AMZ-4"));
    assert!(has_rule(&d, "AMZ-7"));
    let (_, zh) = eval_both(WRONG_PRINT);
    // 优惠券, the coupon: offered in the Chinese reply too.
    let said = reply(&zh);
    assert!(says(&said, "amazon.offer.coupon", &["pct=50"]), "{said}");
}

#[test]
fn a_full_refund_request_still_gets_the_offers_but_an_insisted_return_does_not() {
    let full = eval(&WRONG_PRINT.replace(r#""asOf""#, r#""request":"full_refund","asOf""#));
    assert_eq!(full.options.len(), 3);
    let ret = eval(&WRONG_PRINT.replace(r#""asOf""#, r#""request":"return_refund","asOf""#));
    assert_eq!(ret.outcome, Outcome::ReturnRefund);
    assert!(ret.options.is_empty());
    let said = reply(&ret);
    assert!(
        says(&said, "amazon.reply.return", &["amount=20.00 USD"]),
        "{said}"
    );
}

#[test]
fn keep_percentages_are_policies_and_round_half_up() {
    let run = |price: u64, policy: &str| {
        eval(
            &WRONG_PRINT
                .replace(r#""price":2000"#, &format!(r#""price":{price}"#))
                .replace(r#""asOf""#, &format!(r#"{policy}"asOf""#)),
        )
    };
    let d = run(1999, "");
    assert_eq!(d.options[1].refund, 1000); // 999.5 -> 1000
    let said = offer_said(&d, 0);
    assert!(
        says(&said, "amazon.offer.coupon", &["amount=10.00 USD"]),
        "{said}"
    );
    let d = run(1998, "");
    assert_eq!(d.options[1].refund, 999);
    let d = run(
        2000,
        r#""policy":{"keepRefundPercent":40,"keepCouponPercent":30},"#,
    );
    assert_eq!(d.options[1].refund, 800);
    let said = offer_said(&d, 0);
    assert!(
        says(&said, "amazon.offer.coupon", &["pct=30", "amount=6.00 USD"]),
        "{said}"
    );
}

#[test]
fn partial_refund_and_exchange_requests_are_granted_as_asked() {
    let d = eval(&WRONG_PRINT.replace(
        r#""asOf""#,
        r#""request":"partial_refund","requestedAmount":700,"asOf""#,
    ));
    assert_eq!(d.outcome, Outcome::RefundPartial);
    assert_eq!(d.refund, 700);
    assert!(d.options.is_empty());
    let d = eval(&WRONG_PRINT.replace(r#""asOf""#, r#""request":"exchange","asOf""#));
    assert_eq!(d.outcome, Outcome::Exchange);
    assert_eq!(d.refund, 0);
    assert_eq!(d.fault, Fault::Seller);
}

// ---------------------------------------------------------------------------------------------
// AMZ-4 refund composition, AMZ-7 return window.

fn returned(reason: &str, dates: &str, as_of: &str) -> String {
    amz(&format!(
        r#""reason":"{reason}","request":"return_refund","dates":{{{dates}}},"asOf":"{as_of}""#
    ))
}

#[test]
fn seller_fault_refund_is_price_plus_shipping_with_the_label_on_the_seller_amz_4() {
    for reason in [
        "not_as_described",
        "quality",
        "damaged_in_transit",
        "missing_items",
    ] {
        let d = eval(&returned(
            reason,
            r#""delivered":"2024-05-05""#,
            "2024-05-07",
        ));
        assert_eq!(d.outcome, Outcome::ReturnRefund, "{reason}");
        assert_eq!(d.fault, Fault::Seller);
        assert_eq!(d.refund, 2499);
        // amazon.summary.nad: "... the return label is on the seller (AMZ-4) ...".
        let said = summary(&d);
        assert!(
            says(&said, "amazon.summary.nad", &["full=24.99 USD"]),
            "{said}"
        );
        assert!(has_evidence(&d, "return_tracking"));
    }
}

#[test]
fn return_window_is_thirty_days_from_the_later_of_delivery_and_estimate_amz_7() {
    // Estimate 05-06 later than delivery 05-05: the window runs from the estimate, to 06-05.
    let dates = r#""delivered":"2024-05-05","estimatedDelivery":"2024-05-06""#;
    let last = eval(&returned("quality", dates, "2024-06-05"));
    assert_eq!(deadline(&last, "returnWindowLastDay"), "2024-06-05");
    assert!(check(&last, "within_return_window").passed);
    assert_eq!(last.outcome, Outcome::ReturnRefund);
    let late = eval(&returned("quality", dates, "2024-06-06"));
    assert!(!check(&late, "within_return_window").passed);
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert_eq!(late.refund, 0);

    // Delivered after the estimate: the window runs from delivery.
    let d = eval(&returned(
        "quality",
        r#""delivered":"2024-05-10","estimatedDelivery":"2024-05-06""#,
        "2024-05-12",
    ));
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-06-09");
    // Delivered per the carrier without a date: the window runs from the estimate.
    let d = eval(
        &returned(
            "quality",
            r#""estimatedDelivery":"2024-05-06""#,
            "2024-05-12",
        )
        .replace(r#""asOf""#, r#""tracking":"delivered","asOf""#),
    );
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-06-05");
    // The opening date, not asOf, is when the return was requested.
    let d = eval(&returned(
        "quality",
        r#""delivered":"2024-05-05","opened":"2024-06-04""#,
        "2024-06-20",
    ));
    assert_eq!(d.outcome, Outcome::ReturnRefund);
    // A shop's longer window.
    let d = eval(&amz(
        r#""reason":"quality","dates":{"delivered":"2024-05-05"},"asOf":"2024-06-20","policy":{"returnWindowDays":60}"#,
    ));
    assert_eq!(deadline(&d, "returnWindowLastDay"), "2024-07-04");
    assert_eq!(d.outcome, Outcome::ReturnRefund);
}

#[test]
fn change_of_mind_refunds_the_item_price_not_the_original_shipping_amz_4() {
    // In transit (refused or returned on arrival) and after delivery alike: 20.00 of 24.99.
    let transit = eval(&amz(
        r#""reason":"no_reason","tracking":"in_transit","dates":{"shipped":"2024-05-01"},"asOf":"2024-05-03""#,
    ));
    assert_eq!(transit.outcome, Outcome::ReturnRefund);
    assert_eq!(transit.refund, 2000);
    let delivered = eval(&amz(
        r#""reason":"no_reason","dates":{"delivered":"2024-05-05"},"asOf":"2024-05-06""#,
    ));
    assert_eq!(delivered.refund, 2000);
    // A cancellation before shipment still returns everything paid; a seller's fault too.
    let unshipped = eval(&amz(
        r#""reason":"no_reason","dates":{"ordered":"2024-05-01"},"asOf":"2024-05-02""#,
    ));
    assert_eq!(unshipped.refund, 2499);
    let faulty = eval(&amz(
        r#""reason":"quality","request":"return_refund","dates":{"delivered":"2024-05-05"},"asOf":"2024-05-06""#,
    ));
    assert_eq!(faulty.refund, 2499);
    eval_both(&amz(
        r#""reason":"no_reason","dates":{"delivered":"2024-05-05"},"asOf":"2024-05-06""#,
    ));
}

#[test]
fn a_return_needs_a_delivery_or_estimated_date() {
    let e = eval_err(&amz(
        r#""reason":"no_reason","tracking":"delivered","asOf":"2024-06-05""#,
    ));
    assert_eq!(e.code.as_str(), "missing_field");
    assert_eq!(e.field, "dates.delivered");
}

#[test]
fn change_of_mind_returns_within_thirty_days_buyer_pays_the_label_amz_7_amz_4() {
    let run = |as_of: &str| {
        eval(&amz(&format!(
            r#""reason":"no_reason","dates":{{"delivered":"2024-05-05"}},"asOf":"{as_of}""#
        )))
    };
    let last = run("2024-06-04");
    assert_eq!(deadline(&last, "returnWindowLastDay"), "2024-06-04");
    assert_eq!(last.outcome, Outcome::ReturnRefund);
    assert_eq!(last.fault, Fault::Buyer);
    // The item was as described: the item price comes back, not the original shipping (AMZ-4).
    assert_eq!(last.refund, 2000);
    assert!(summary(&last).contains("20.00 USD"), "{}", summary(&last));
    assert!(!summary(&last).contains("24.99"), "{}", summary(&last));
    assert!(
        says(&reply(&last), "amazon.reply.no_reason_price", &[]),
        "{}",
        reply(&last)
    );
    assert!(last.options.is_empty());
    let said = reply(&last);
    assert!(
        says(&said, "amazon.reply.no_reason_price", &["last=2024-06-04"]),
        "{said}"
    );
    let late = run("2024-06-05");
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert!(has_rule(&late, "AMZ-7"));
}

// ---------------------------------------------------------------------------------------------
// Non-receipt: AMZ-2 (estimate + 3 days, or delivered per tracking), AMZ-3 (90-day window).

fn lost(dates: &str, as_of: &str, extra: &str) -> String {
    amz(&format!(
        r#""reason":"not_received","tracking":"in_transit","dates":{{"shipped":"2024-05-01","estimatedDelivery":"2024-05-10"{dates}}},"asOf":"{as_of}"{extra}"#
    ))
}

#[test]
fn non_receipt_is_claimable_only_after_estimate_plus_three_days_amz_2() {
    let wait = eval(&lost("", "2024-05-13", ""));
    assert_eq!(deadline(&wait, "claimEligibleAfter"), "2024-05-13");
    assert_eq!(wait.outcome, Outcome::Wait);
    assert_eq!(wait.fault, Fault::Undetermined);
    assert_eq!(wait.refund, 0);
    assert!(!check(&wait, "delivery_grace_over").passed);
    let said = reply(&wait);
    assert!(
        says(&said, "amazon.reply.wait", &["end=2024-05-13"]),
        "{said}"
    );

    let due = eval(&lost("", "2024-05-14", ""));
    assert_eq!(due.outcome, Outcome::RefundFull);
    assert_eq!(due.fault, Fault::Seller);
    assert_eq!(due.refund, 2499, "price plus original shipping (AMZ-4)");
    assert!(check(&due, "delivery_grace_over").passed);
    assert!(has_rule(&due, "AMZ-2"));
    assert!(has_rule(&due, "AMZ-4"));
    assert_eq!(
        due.checks.iter().map(|c| c.id).collect::<Vec<_>>(),
        [
            "covered_by_guarantee",
            "claim_within_window",
            "delivered_per_carrier",
            "delivery_grace_over"
        ]
    );

    let longer = eval(&lost("", "2024-05-14", r#","policy":{"claimGraceDays":4}"#));
    assert_eq!(longer.outcome, Outcome::Wait);
}

#[test]
fn the_claim_window_closes_ninety_days_after_the_estimate_amz_3() {
    let last = eval(&lost(r#","opened":"2024-08-08""#, "2024-08-08", ""));
    assert_eq!(deadline(&last, "claimWindowEnd"), "2024-08-08");
    assert!(check(&last, "claim_within_window").passed);
    assert_eq!(last.outcome, Outcome::RefundFull);
    let late = eval(&lost(r#","opened":"2024-08-09""#, "2024-08-09", ""));
    assert!(!check(&late, "claim_within_window").passed);
    assert_eq!(late.outcome, Outcome::Reject);
    assert_eq!(late.fault, Fault::None);
    assert!(has_rule(&late, "AMZ-3"));
}

#[test]
fn past_the_grace_period_the_buyers_request_decides_the_remedy() {
    let d = eval(&lost(
        "",
        "2024-05-20",
        r#","request":"partial_refund","requestedAmount":1500"#,
    ));
    assert_eq!(d.outcome, Outcome::RefundPartial);
    assert_eq!(d.refund, 1500);
    let d = eval(&lost("", "2024-05-20", r#","request":"reship""#));
    assert_eq!(d.outcome, Outcome::Reship);
    assert_eq!(d.refund, 0);
    assert_eq!(d.fault, Fault::Seller);
}

#[test]
fn tracking_delivered_makes_the_claim_reviewable_at_once_amz_2() {
    // Before the estimate + 3 days, but tracking shows delivery.
    let base = r#""reason":"not_received","dates":{"shipped":"2024-05-01","delivered":"2024-05-04","estimatedDelivery":"2024-05-10"},"asOf":"2024-05-05""#;
    let d = eval(&amz(&format!(r#"{base},"tracking":"delivered""#)));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(
        d.fault,
        Fault::Undetermined,
        "Amazon decides on tracking alone"
    );
    assert!(check(&d, "delivered_per_carrier").passed);
    assert!(has_evidence(&d, "tracking_delivered"));
    assert!(has_evidence(&d, "proof_of_delivery"));
    let said = reply(&d);
    assert!(
        says(&said, "marketplace.delivered_on", &["day=2024-05-04"]),
        "{said}"
    );

    let d = eval(&amz(&format!(
        r#"{base},"tracking":"delivered","evidence":{{"proofOfDelivery":true}}"#
    )));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
}

#[test]
fn an_undelivered_order_needs_the_estimated_delivery_date() {
    let e = eval_err(&amz(
        r#""reason":"not_received","tracking":"in_transit","dates":{"shipped":"2024-05-01"},"asOf":"2024-05-20""#,
    ));
    assert_eq!(e.code.as_str(), "missing_field");
    assert_eq!(e.field, "dates.estimatedDelivery");
}

// ---------------------------------------------------------------------------------------------
// AMZ-1 (48 h contact wait), AMZ-6 (72 h response), AMZ-5 (digital items).

#[test]
fn contact_wait_and_response_hours_amz_1_amz_6() {
    let run = |as_of: &str, policy: &str| eval(&lost(r#","opened":"2024-05-14""#, as_of, policy));
    let d = run("2024-05-16", "");
    assert_eq!(deadline(&d, "contactWaitEnd"), "2024-05-16");
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-17");
    let said = summary(&d);
    assert!(
        says(&said, "amazon.summary.contact_wait", &["wait=2024-05-16"]),
        "{said}"
    );
    assert!(
        says(&said, "amazon.summary.respond", &["respond=2024-05-17"]),
        "{said}"
    );
    assert!(has_rule(&d, "AMZ-1"));
    assert!(has_rule(&d, "AMZ-6"));
    let d = run("2024-05-17", "");
    let said = summary(&d);
    assert!(says(&said, "amazon.summary.contact_over", &[]), "{said}");
    assert!(
        says(&said, "amazon.summary.respond", &["respond=2024-05-17"]),
        "{said}"
    );
    let d = run("2024-05-18", "");
    let said = summary(&d);
    assert!(
        says(
            &said,
            "amazon.summary.respond_past",
            &["respond=2024-05-17"]
        ),
        "{said}"
    );
    // Amazon's other help page says 48 hours for information requests: a policy value.
    let d = run("2024-05-16", r#","policy":{"sellerResponseHours":48}"#);
    assert_eq!(deadline(&d, "sellerResponseDeadline"), "2024-05-16");
}

#[test]
fn hour_timers_keep_the_time_of_day_amz_1_amz_6() {
    let d = eval(&lost(
        r#","opened":"2024-05-14T09:30:00-07:00""#,
        "2024-05-15T12:00:00-07:00",
        "",
    ));
    // Written in the ruleset's zone (UTC): 09:30 at -07:00 is 16:30 UTC.
    assert_eq!(deadline(&d, "contactWaitEnd"), "2024-05-16T16:30:00+00:00");
    assert_eq!(
        deadline(&d, "sellerResponseDeadline"),
        "2024-05-17T16:30:00+00:00"
    );
}

#[test]
fn digital_items_are_not_covered_amz_5() {
    let d = eval(&lost(
        "",
        "2024-05-20",
        r#","item":{"digitalUnsealed":true}"#,
    ));
    assert_eq!(d.outcome, Outcome::Reject);
    assert_eq!(d.fault, Fault::None);
    assert!(!check(&d, "covered_by_guarantee").passed);
    assert!(has_rule(&d, "AMZ-5"));
    let d = eval(&lost("", "2024-05-20", ""));
    assert!(check(&d, "covered_by_guarantee").passed);
}

// ---------------------------------------------------------------------------------------------
// Errors, locales, ruleset listing.

#[test]
fn reasons_amazon_does_not_decide_are_input_errors() {
    for reason in [
        "late_shipment",
        "out_of_stock",
        "counterfeit",
        "vehicle_defect",
    ] {
        let e = eval_err(&amz(&format!(r#""reason":"{reason}","asOf":"2024-05-20""#)));
        assert_eq!(e.code.as_str(), "unknown_value", "{reason}");
        assert_eq!(e.field, "reason");
        assert!(e.message.contains("not_received"), "{}", e.message);
    }
}

#[test]
fn english_and_chinese_agree_on_every_branch() {
    let cases = [
        WRONG_PRINT.to_string(),
        WRONG_PRINT.replace(r#""asOf""#, r#""request":"partial_refund","asOf""#),
        WRONG_PRINT.replace(r#""asOf""#, r#""request":"exchange","asOf""#),
        returned(
            "damaged_in_transit",
            r#""delivered":"2024-05-05""#,
            "2024-05-07",
        ),
        returned("quality", r#""delivered":"2024-05-05""#, "2024-07-07"),
        amz(r#""reason":"no_reason","dates":{"delivered":"2024-05-05"},"asOf":"2024-05-20""#),
        lost(r#","opened":"2024-05-12""#, "2024-05-12", ""),
        lost(r#","opened":"2024-05-14""#, "2024-05-18", ""),
        lost("", "2024-05-20", r#","request":"reship""#),
        lost(
            "",
            "2024-05-20",
            r#","request":"partial_refund","requestedAmount":100"#,
        ),
        lost(r#","opened":"2024-09-01""#, "2024-09-01", ""),
        lost("", "2024-05-20", r#","item":{"digitalUnsealed":true}"#),
        amz(
            r#""reason":"not_received","tracking":"delivered","dates":{"shipped":"2024-05-01","delivered":"2024-05-04"},"asOf":"2024-05-05""#,
        ),
        amz(
            r#""reason":"not_received","evidence":{"proofOfDelivery":true},"dates":{"estimatedDelivery":"2024-05-10"},"asOf":"2024-05-05""#,
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
        assert_eq!(kinds(&en), kinds(&zh));
    }
}

#[test]
fn the_ruleset_lists_its_parameters_and_sources() {
    let infos = dispute_calc::api::rulesets();
    let info = infos.iter().find(|i| i.id == "amazon").expect("listed");
    assert_eq!(info.message.id(), "ruleset.amazon.name");
    assert!(!info.version.is_empty());
    assert!(info.sources.len() >= 3);
    assert!(info.sources.iter().all(|s| s.url.starts_with("https://")));
    assert_eq!(
        info.reasons,
        [
            "not_received",
            "not_as_described",
            "quality",
            "wrong_item",
            "missing_items",
            "damaged_in_transit",
            "no_reason"
        ]
    );
    let json = dispute_calc::json::to_string(&info.parameters);
    for pair in [
        "\"contactWaitHours\":48",
        "\"claimGraceDays\":3",
        "\"claimWindowDays\":90",
        "\"sellerResponseHours\":72",
        "\"returnWindowDays\":30",
        "\"keepCouponPercent\":50",
        "\"keepRefundPercent\":50",
    ] {
        assert!(json.contains(pair), "{pair} in {json}");
    }
}
