//! `returnShippingSplit` (rules.md TB-R1, TB-R2, TB-R3, TB-R13, TB-R14, TB-R15, TB-I1..I3,
//! CPL-24, CPL-25, 7D-18, AE-R18, AMZ-4, and the course's seed case (2)): who pays each leg, and
//! the invariant that the payers' shares add up to the legs.
// Native tests: the wasm boundary has its own suite (tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use dispute_calc::decision::Split;
use dispute_calc::model::{Fault, Leg, Payer};
use dispute_calc::ErrorCode;
use proptest::prelude::*;

fn input(ruleset: &str, currency: &str, fields: &str) -> String {
    format!(r#"{{"ruleset":"{ruleset}","currency":"{currency}",{fields}}}"#)
}

fn tb(fields: &str) -> String {
    input("taobao", "CNY", fields)
}

/// The split's summary, as `said` writes it.
fn said_of(s: &Split) -> String {
    summary_of(&s.messages.summary, s.currency)
}

/// The legs as `(leg, amount, payer)`, in order.
fn legs(s: &Split) -> Vec<(Leg, u64, Payer)> {
    s.legs.iter().map(|l| (l.leg, l.amount, l.payer)).collect()
}

fn pays(s: &Split) -> [u64; 4] {
    [s.buyer_pays, s.seller_pays, s.insurer_pays, s.carrier_pays]
}

/// The invariant of api.md: payers' shares == legs == the three inputs.
fn assert_sums(s: &Split, outbound: u64, ret: u64, resend: u64) {
    let total = outbound + ret + resend;
    assert_eq!(pays(s).iter().sum::<u64>(), total, "{s:?}");
    assert_eq!(s.legs.iter().map(|l| l.amount).sum::<u64>(), total, "{s:?}");
    for (leg, amount) in [
        (Leg::Outbound, outbound),
        (Leg::Return, ret),
        (Leg::Resend, resend),
    ] {
        let sum: u64 = s
            .legs
            .iter()
            .filter(|l| l.leg == leg)
            .map(|l| l.amount)
            .sum();
        assert_eq!(sum, amount, "{leg:?} in {s:?}");
    }
}

#[test]
fn seed_case_2_seller_side_insurance_pays_12_of_27_tb_i1_tb_i3() {
    let s = split(&tb(
        r#""reason":"quality","outboundShipping":0,"freeShipping":true,"returnShipping":2700,"insurancePayout":1200"#,
    ));
    assert_eq!(s.fault, Fault::Seller);
    assert_eq!(s.seller_pays, 1500);
    assert_eq!(s.insurer_pays, 1200);
    assert_eq!(s.buyer_pays, 0);
    assert_eq!(
        legs(&s),
        [
            (Leg::Return, 1200, Payer::Insurer),
            (Leg::Return, 1500, Payer::Seller)
        ]
    );
    for rule in ["TB-R13", "TB-R18", "TB-I1", "TB-I3"] {
        assert!(s.rules.contains(&rule), "{rule}: {:?}", s.rules);
    }
    let said = said_of(&s);
    assert!(
        says(&said, "shipping.insured", &["paid=12.00 CNY"]),
        "{said}"
    );
    assert_sums(&s, 0, 2700, 0);
}

#[test]
fn no_reason_free_shipping_buyer_pays_the_return_only_tb_r14() {
    let s = split(&tb(
        r#""reason":"no_reason","outboundShipping":1000,"freeShipping":true,"returnShipping":1200"#,
    ));
    assert_eq!(s.fault, Fault::Buyer);
    assert_eq!(pays(&s), [1200, 1000, 0, 0]);
    assert_eq!(s.refund_of_shipping, 0);
    assert_eq!(
        legs(&s),
        [
            (Leg::Outbound, 1000, Payer::Seller),
            (Leg::Return, 1200, Payer::Buyer)
        ]
    );
    assert_eq!(s.rules, ["TB-R14"]);
}

#[test]
fn no_reason_without_free_shipping_buyer_pays_all_tb_r14() {
    let s = split(&tb(
        r#""reason":"no_reason","outboundShipping":1000,"freeShipping":false,"returnShipping":1200"#,
    ));
    assert_eq!(pays(&s), [2200, 0, 0, 0]);
    assert_eq!(s.refund_of_shipping, 0);
    assert_eq!(
        legs(&s),
        [
            (Leg::Outbound, 1000, Payer::Buyer),
            (Leg::Return, 1200, Payer::Buyer)
        ]
    );
    // freeShipping defaults to false.
    let d = split(&tb(
        r#""reason":"no_reason","outboundShipping":1000,"returnShipping":1200"#,
    ));
    assert_eq!(pays(&d), pays(&s));
}

#[test]
fn no_reason_exchange_resend_is_the_buyers_tb_r15() {
    let s = split(&tb(
        r#""reason":"no_reason","outboundShipping":0,"freeShipping":true,"returnShipping":1200,"resendShipping":800"#,
    ));
    assert_eq!(pays(&s), [2000, 0, 0, 0]);
    assert_eq!(s.rules, ["TB-R14", "TB-R15"]);
    assert_sums(&s, 0, 1200, 800);
}

#[test]
fn seller_fault_pays_every_leg_and_refunds_the_outbound_tb_r13() {
    let s = split(&tb(
        r#""reason":"wrong_item","outboundShipping":1000,"freeShipping":false,"returnShipping":1200,"resendShipping":800"#,
    ));
    assert_eq!(s.fault, Fault::Seller);
    assert_eq!(pays(&s), [0, 3000, 0, 0]);
    assert_eq!(s.refund_of_shipping, 1000);
    let said = said_of(&s);
    assert!(
        says(&said, "shipping.refund_outbound", &["amount=10.00 CNY"]),
        "{said}"
    );
    // Free shipping: the seller paid the outbound leg already; nothing to refund.
    let s = split(&tb(
        r#""reason":"wrong_item","outboundShipping":1000,"freeShipping":true,"returnShipping":1200"#,
    ));
    assert_eq!(s.refund_of_shipping, 0);
    assert_eq!(pays(&s), [0, 2200, 0, 0]);
}

#[test]
fn transit_claims_cite_the_transit_risk_tb_r2() {
    for reason in ["not_received", "damaged_in_transit"] {
        let s = split(&tb(&format!(
            r#""reason":"{reason}","outboundShipping":1000,"returnShipping":0"#
        )));
        assert_eq!(s.rules, ["TB-R13", "TB-R2"], "{reason}");
        assert_eq!(s.refund_of_shipping, 1000);
    }
}

#[test]
fn fault_implied_by_each_reason() {
    let cases = [
        ("no_reason", Fault::Buyer),
        ("quality", Fault::Seller),
        ("not_as_described", Fault::Seller),
        ("wrong_item", Fault::Seller),
        ("missing_items", Fault::Seller),
        ("damaged_in_transit", Fault::Seller),
        ("counterfeit", Fault::Seller),
        ("late_shipment", Fault::Seller),
        ("out_of_stock", Fault::Seller),
        ("not_received", Fault::Seller),
        ("vehicle_defect", Fault::Seller),
    ];
    for (reason, fault) in cases {
        let s = split(&tb(&format!(
            r#""reason":"{reason}","outboundShipping":500,"returnShipping":700"#
        )));
        assert_eq!(s.fault, fault, "{reason}");
    }
}

#[test]
fn undetermined_fault_outbound_by_seller_return_by_buyer_tb_r1() {
    for fault in ["undetermined", "none"] {
        let s = split(&tb(&format!(
            r#""reason":"quality","fault":"{fault}","outboundShipping":1000,"returnShipping":1200,"resendShipping":300"#
        )));
        assert_eq!(s.rules, ["TB-R1"]);
        assert_eq!(pays(&s), [1200, 1300, 0, 0], "{fault}");
        assert_eq!(s.refund_of_shipping, 1000);
        assert_sums(&s, 1000, 1200, 300);
    }
}

#[test]
fn fault_overrides_the_reason_tb_r13() {
    // A quality claim, but the buyer caused the damage: who is at fault pays.
    let s = split(&tb(
        r#""reason":"quality","fault":"buyer","outboundShipping":1000,"returnShipping":1200"#,
    ));
    assert_eq!(s.fault, Fault::Buyer);
    assert_eq!(s.rules, ["TB-R13"]);
    assert_eq!(pays(&s), [2200, 0, 0, 0]);
    // A no-reason return the seller agreed to take at its fault.
    let s = split(&tb(
        r#""reason":"no_reason","fault":"seller","outboundShipping":1000,"returnShipping":1200"#,
    ));
    assert_eq!(pays(&s), [0, 2200, 0, 0]);
    assert_eq!(s.rules, ["TB-R13"]);
}

#[test]
fn carrier_fault_pays_return_and_resend_tb_r2_tb_r3() {
    let s = split(&tb(
        r#""reason":"damaged_in_transit","fault":"carrier","outboundShipping":1000,"returnShipping":1200,"resendShipping":800"#,
    ));
    assert_eq!(s.fault, Fault::Carrier);
    assert_eq!(pays(&s), [0, 1000, 0, 2000]);
    assert_eq!(s.refund_of_shipping, 1000);
    assert_eq!(s.rules, ["TB-R2", "TB-R3"]);
    assert_eq!(
        legs(&s),
        [
            (Leg::Outbound, 1000, Payer::Seller),
            (Leg::Return, 1200, Payer::Carrier),
            (Leg::Resend, 800, Payer::Carrier)
        ]
    );
}

#[test]
fn insurance_offsets_the_buyers_return_leg_and_is_capped_tb_i3() {
    // Buyer-side insurance on a no-reason return: the buyer's net cost is 12.00 - 8.00.
    let s = split(&tb(
        r#""reason":"no_reason","outboundShipping":0,"freeShipping":true,"returnShipping":1200,"insurancePayout":800"#,
    ));
    assert_eq!(pays(&s), [400, 0, 800, 0]);
    // Just under, at and over the return cost.
    for (payout, insurer, buyer) in [(1199, 1199, 1), (1200, 1200, 0), (1201, 1200, 0)] {
        let s = split(&tb(&format!(
            r#""reason":"no_reason","outboundShipping":0,"returnShipping":1200,"insurancePayout":{payout}"#
        )));
        assert_eq!((s.insurer_pays, s.buyer_pays), (insurer, buyer), "{payout}");
        assert_sums(&s, 0, 1200, 0);
        assert_eq!(
            says(&said_of(&s), "shipping.capped", &[]),
            payout > 1200,
            "{}",
            said_of(&s)
        );
    }
}

#[test]
fn insurance_outside_4_to_25_cny_is_flagged_tb_i1() {
    let note = |payout: u64, policy: &str| {
        let s = split(&tb(&format!(
            r#""reason":"no_reason","outboundShipping":0,"returnShipping":5000,"insurancePayout":{payout}{policy}"#
        )));
        says(&said_of(&s), "shipping.out_of_range", &[])
    };
    assert!(note(399, ""));
    assert!(!note(400, ""));
    assert!(!note(2500, ""));
    assert!(note(2501, ""));
    assert!(!note(3000, r#","policy":{"insurancePayoutMax":3000}"#));
    assert!(note(400, r#","policy":{"insurancePayoutMin":500}"#));
}

#[test]
fn tmall_splits_like_taobao() {
    let fields = r#""reason":"no_reason","outboundShipping":1000,"freeShipping":true,"returnShipping":1200,"insurancePayout":600"#;
    let t = split(&tb(fields));
    let m = split(&input("tmall", "CNY", fields));
    assert_eq!(pays(&t), pays(&m));
    assert_eq!(t.rules, m.rules);
}

#[test]
fn rules_cited_follow_the_ruleset() {
    let cases = [
        ("cn-consumer", "CNY", "quality", &["CPL-24"][..]),
        ("cn-consumer", "CNY", "no_reason", &["CPL-25", "7D-18"][..]),
        ("cn-food", "CNY", "quality", &["CPL-24"][..]),
        ("cn-car", "CNY", "vehicle_defect", &["CPL-24"][..]),
        ("aliexpress", "USD", "no_reason", &["AE-R18"][..]),
        ("aliexpress", "USD", "not_as_described", &["AE-R18"][..]),
        ("amazon", "USD", "quality", &["AMZ-4"][..]),
        ("amazon", "USD", "no_reason", &["AMZ-4"][..]),
    ];
    for (ruleset, currency, reason, rules) in cases {
        let s = split(&input(
            ruleset,
            currency,
            &format!(
                r#""reason":"{reason}","outboundShipping":1000,"returnShipping":1200,"insurancePayout":300"#
            ),
        ));
        assert_eq!(s.rules, rules, "{ruleset} {reason}");
        assert_eq!(s.currency, currency);
        assert_sums(&s, 1000, 1200, 0);
    }
}

#[test]
fn amazon_keeps_the_original_shipping_on_a_change_of_mind_amz_4() {
    // The item was as described: the buyer gets the item price back, not the outbound shipping.
    let s = split(&input(
        "amazon",
        "USD",
        r#""reason":"no_reason","outboundShipping":599,"returnShipping":800"#,
    ));
    assert_eq!(pays(&s), [1399, 0, 0, 0]);
    assert_eq!(s.refund_of_shipping, 0);
    // With free shipping the seller paid the way out and keeps it.
    let s = split(&input(
        "amazon",
        "USD",
        r#""reason":"no_reason","outboundShipping":599,"freeShipping":true,"returnShipping":800"#,
    ));
    assert_eq!(pays(&s), [800, 599, 0, 0]);
    assert_eq!(s.refund_of_shipping, 0);
    // Elsewhere a no-reason return of an item without free shipping leaves all to the buyer.
    let s = split(&input(
        "aliexpress",
        "USD",
        r#""reason":"no_reason","outboundShipping":599,"returnShipping":800"#,
    ));
    assert_eq!(pays(&s), [1399, 0, 0, 0]);
}

#[test]
fn every_implemented_ruleset_supports_the_split() {
    let infos = dispute_calc::api::rulesets();
    assert_eq!(
        infos.len(),
        12,
        "every ruleset of the contract is implemented"
    );
    assert!(
        infos.iter().all(|i| i.shipping_split),
        "a ruleset without the split"
    );
}

#[test]
fn summary_is_localized() {
    let fields = r#""reason":"no_reason","outboundShipping":1000,"returnShipping":1200,"resendShipping":500,"insurancePayout":3000"#;
    let en = split(&tb(fields));
    let zh = split(&tb(&format!(r#"{fields},"locale":"zh-CN""#)));
    assert_eq!(pays(&en), pays(&zh));
    assert_eq!(en.rules, zh.rules);
    let said = said_of(&en);
    assert!(
        says(
            &said,
            "shipping.totals",
            &["total=27.00 CNY", "fault=shipping.fault_buyer"]
        ),
        "{said}"
    );
    // The words are chosen when rendered: the locale leaves the messages alone.
    assert_eq!(said_of(&zh), said);
    for fault in ["seller", "buyer", "carrier", "none", "undetermined"] {
        let en = split(&tb(&format!(r#"{fields},"fault":"{fault}""#)));
        let zh = split(&tb(&format!(
            r#"{fields},"fault":"{fault}","locale":"zh-CN""#
        )));
        let said = said_of(&en);
        let named = format!("fault=shipping.fault_{fault}");
        assert!(says(&said, "shipping.totals", &[&named]), "{said}");
        assert_eq!(said_of(&zh), said);
    }
}

#[test]
fn input_errors() {
    let e = split_err(&input(
        "taobao",
        "USD",
        r#""reason":"no_reason","outboundShipping":0,"returnShipping":1"#,
    ));
    assert_eq!(e.code, ErrorCode::CurrencyMismatch);
    let e = split_err(&tb(r#""reason":"no_reason","outboundShipping":0"#));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.field, "returnShipping");
    let e = split_err(&tb(
        r#""reason":"no_reason","outboundShipping":0,"returnShipping":1,"fault":"everyone""#,
    ));
    assert_eq!(e.code, ErrorCode::UnknownValue);
    let e = split_err(&tb(
        r#""reason":"no_reason","outboundShipping":0,"returnShipping":1,"policy":{"returnWindow":3}"#,
    ));
    assert_eq!(e.code, ErrorCode::UnknownField);
    let e = split_err(&tb(
        r#""reason":"no_reason","outboundShipping":9007199254740991,"returnShipping":1"#,
    ));
    assert_eq!(e.code, ErrorCode::InvalidAmount);
}

const RULESETS: &[(&str, &str)] = &[
    ("taobao", "CNY"),
    ("tmall", "CNY"),
    ("cn-consumer", "CNY"),
    ("cn-food", "CNY"),
    ("cn-car", "CNY"),
    ("aliexpress", "USD"),
    ("amazon", "JPY"),
];
const REASONS: &[&str] = &[
    "not_received",
    "not_as_described",
    "quality",
    "wrong_item",
    "missing_items",
    "damaged_in_transit",
    "no_reason",
    "late_shipment",
    "out_of_stock",
    "counterfeit",
    "vehicle_defect",
];
const FAULTS: &[&str] = &["", "seller", "buyer", "carrier", "none", "undetermined"];

proptest! {
    /// The split always adds up, whatever the amounts, reason, fault and insurance.
    #[test]
    fn the_split_always_sums(
        rs in 0..RULESETS.len(),
        reason in 0..REASONS.len(),
        fault in 0..FAULTS.len(),
        free in any::<bool>(),
        outbound in 0u64..=3_000_000_000_000_000,
        ret in 0u64..=3_000_000_000_000_000,
        resend in prop_oneof![Just(0u64), 0u64..=3_000_000_000_000_000],
        payout in prop_oneof![Just(0u64), 0u64..=10_000, 0u64..=9_007_199_254_740_991],
    ) {
        let (ruleset, currency) = RULESETS[rs];
        let fault = match FAULTS[fault] {
            "" => String::new(),
            f => format!(r#","fault":"{f}""#),
        };
        let s = split(&input(ruleset, currency, &format!(
            r#""reason":"{}","outboundShipping":{outbound},"freeShipping":{free},"returnShipping":{ret},"resendShipping":{resend},"insurancePayout":{payout}{fault}"#,
            REASONS[reason]
        )));
        assert_sums(&s, outbound, ret, resend);
        prop_assert!(s.insurer_pays <= ret);
        prop_assert_eq!(s.insurer_pays, payout.min(ret));
        prop_assert!(s.refund_of_shipping <= outbound);
        if free {
            prop_assert_eq!(s.refund_of_shipping, 0);
        }
        prop_assert!(s.legs.iter().all(|l| l.amount > 0));
    }
}
