//! `refundPenalty` for Taobao and Tmall (rules.md §3.2): TB-P1 / TB-P3 (5%, at least 5 and at
//! most 30 CNY), TM-P1 / TM-P2 (30%, at most 500 CNY), TB-P5 (on top of the refund) and TB-R4
//! (the seller's higher promise prevails), with half-up rounding to the fen.
// Native tests: the wasm boundary has its own suite (tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use dispute_calc::ErrorCode;
use proptest::prelude::*;

fn pen(ruleset: &str, violation: &str, price: u64, extra: &str) -> String {
    format!(
        r#"{{"ruleset":"{ruleset}","violation":"{violation}","currency":"CNY","price":{price}{extra}}}"#
    )
}

/// The penalty's summary, as `said` writes it.
fn said_of(p: &dispute_calc::decision::Penalty) -> String {
    summary_of(&p.messages.summary, p.currency)
}

fn amount(ruleset: &str, violation: &str, price: u64, extra: &str) -> u64 {
    penalty(&pen(ruleset, violation, price, extra)).penalty
}

#[test]
fn taobao_5_percent_between_5_and_30_cny_tb_p1_tb_p3() {
    // (price, penalty): floor, rounding at .5, cap, each from just under to just over.
    let table = [
        (0, 500),       // floor even at zero
        (9_999, 500),   // 499.95 -> 500: floor
        (10_000, 500),  // exactly 5.00
        (10_009, 500),  // 500.45 -> 500
        (10_010, 501),  // 500.5 -> 501: half-up
        (10_030, 502),  // 501.5 -> 502
        (59_980, 2999), // just under the cap
        (59_989, 2999), // 2999.45 -> 2999
        (59_990, 3000), // 2999.5 -> 3000: at the cap
        (60_010, 3000), // 3000.5 -> 3001, capped
        (10_000_000, 3000),
        (9_007_199_254_737_991, 3000), // total exactly 2^53 - 1
    ];
    for violation in ["late_shipment", "out_of_stock"] {
        for (price, expected) in table {
            let p = penalty(&pen("taobao", violation, price, ""));
            assert_eq!(p.penalty, expected, "{violation} {price}");
            assert_eq!(p.refund, price);
            assert_eq!(p.total, price + expected);
            assert_eq!(p.currency, "CNY");
        }
    }
    let p = penalty(&pen("taobao", "late_shipment", 19_900, ""));
    assert_eq!(p.rules, ["TB-P1", "TB-P5"]);
    assert_eq!(p.formula, "min(max(5% x 199.00, 5.00), 30.00)");
    let p = penalty(&pen("taobao", "out_of_stock", 19_900, ""));
    assert_eq!(p.rules, ["TB-P3", "TB-P5"]);
}

#[test]
fn tmall_30_percent_capped_at_500_cny_tm_p1_tm_p2() {
    let table = [
        (0, 0), // no floor
        (1, 0), // 0.3 -> 0
        (2, 1), // 0.6 -> 1
        (5, 2), // 1.5 -> 2: half-up
        (15, 5),
        (19_900, 5_970),
        (166_660, 49_998),
        (166_665, 50_000), // 49999.5 -> 50000
        (166_668, 50_000), // 50000.4 -> 50000
        (166_670, 50_000), // 50001, capped
        (1_000_000, 50_000),
    ];
    for violation in ["late_shipment", "out_of_stock"] {
        for (price, expected) in table {
            assert_eq!(
                amount("tmall", violation, price, ""),
                expected,
                "{violation} {price}"
            );
        }
    }
    let p = penalty(&pen("tmall", "late_shipment", 19_900, ""));
    assert_eq!(p.rules, ["TM-P1", "TB-P5"]);
    assert_eq!(p.formula, "min(30% x 199.00, 500.00)");
    assert_eq!(p.total, 25_870);
    let p = penalty(&pen("tmall", "out_of_stock", 19_900, ""));
    assert_eq!(p.rules, ["TM-P2", "TB-P5"]);
}

#[test]
fn the_sellers_higher_promise_prevails_tb_r4() {
    // Platform amount 9.95 (Taobao) / 59.70 (Tmall) on a 199.00 price.
    for (ruleset, platform) in [("taobao", 995), ("tmall", 5970)] {
        let higher = penalty(&pen(
            ruleset,
            "late_shipment",
            19_900,
            &format!(r#","sellerPromised":{}"#, platform + 1),
        ));
        assert_eq!(higher.penalty, platform + 1, "{ruleset}");
        assert!(higher.rules.contains(&"TB-R4"));
        assert!(higher.formula.starts_with("max("), "{}", higher.formula);
        let said = said_of(&higher);
        assert!(
            said.contains(&format!(
                "taobao.promise_prevails{{promised={}.{:02} CNY}}",
                (platform + 1) / 100,
                (platform + 1) % 100
            )),
            "{said}"
        );

        let lower = penalty(&pen(
            ruleset,
            "late_shipment",
            19_900,
            &format!(r#","sellerPromised":{}"#, platform - 1),
        ));
        assert_eq!(lower.penalty, platform, "{ruleset}");
        assert!(lower.rules.contains(&"TB-R4"));
        assert!(
            !said_of(&lower).contains("taobao.promise_prevails"),
            "{}",
            said_of(&lower)
        );

        let equal = penalty(&pen(
            ruleset,
            "out_of_stock",
            19_900,
            &format!(r#","sellerPromised":{platform}"#),
        ));
        assert_eq!(equal.penalty, platform);
    }
    // A promise above the cap lifts the penalty past it.
    assert_eq!(
        amount(
            "tmall",
            "late_shipment",
            10_000_000,
            r#","sellerPromised":80000"#
        ),
        80_000
    );
}

#[test]
fn policy_overrides_the_platform_figures() {
    let policy =
        r#","policy":{"lateShipmentPercent":10,"lateShipmentMin":100,"lateShipmentMax":10000}"#;
    assert_eq!(amount("taobao", "late_shipment", 19_900, policy), 1_990);
    assert_eq!(amount("taobao", "late_shipment", 500, policy), 100);
    assert_eq!(amount("taobao", "late_shipment", 200_000, policy), 10_000);
    // The out-of-stock figures are separate parameters.
    assert_eq!(amount("taobao", "out_of_stock", 19_900, policy), 995);
    let policy = r#","policy":{"outOfStockPercent":20,"outOfStockMax":1000}"#;
    assert_eq!(amount("tmall", "out_of_stock", 19_900, policy), 1_000);
    assert_eq!(amount("tmall", "out_of_stock", 4_000, policy), 800);
    let p = penalty(&pen(
        "tmall",
        "late_shipment",
        19_900,
        r#","policy":{"lateShipmentMax":1000}"#,
    ));
    assert_eq!(p.formula, "min(30% x 199.00, 10.00)");
}

#[test]
fn input_errors() {
    for ruleset in ["taobao", "tmall"] {
        for currency in ["USD", "EUR", "JPY"] {
            let e = penalty_err(&pen(ruleset, "late_shipment", 100, "").replace("CNY", currency));
            assert_eq!(e.code, ErrorCode::CurrencyMismatch, "{ruleset} {currency}");
            assert_eq!(e.field, "currency");
        }
        let e = penalty_err(&pen(ruleset, "fraud", 100, ""));
        assert_eq!(e.code, ErrorCode::UnknownValue);
        assert_eq!(e.field, "violation");
        let e = penalty_err(&pen(
            ruleset,
            "late_shipment",
            100,
            r#","policy":{"rate":5}"#,
        ));
        assert_eq!(e.code, ErrorCode::UnknownField);
        let e = penalty_err(&pen(
            ruleset,
            "late_shipment",
            100,
            r#","policy":{"lateShipmentPercent":1001}"#,
        ));
        assert_eq!(e.code, ErrorCode::InvalidAmount);
    }
    // Tmall has no floor parameter.
    let e = penalty_err(&pen(
        "tmall",
        "late_shipment",
        100,
        r#","policy":{"lateShipmentMin":100}"#,
    ));
    assert_eq!(e.code, ErrorCode::UnknownField);
    // Price plus penalty past 2^53 - 1.
    let e = penalty_err(&pen("tmall", "late_shipment", 9_007_199_254_740_991, ""));
    assert_eq!(e.code, ErrorCode::InvalidAmount);
}

#[test]
fn summary_in_both_languages() {
    let en = penalty(&pen("tmall", "late_shipment", 19_900, ""));
    let zh = penalty(&pen(
        "tmall",
        "late_shipment",
        19_900,
        r#","locale":"zh-CN""#,
    ));
    assert_eq!(en.penalty, zh.penalty);
    assert_eq!(en.formula, zh.formula);
    let said = said_of(&en);
    assert!(said.contains("taobao.penalty_summary{"), "{said}");
    assert!(said.contains("penalty=59.70 CNY"), "{said}");
    assert!(said.contains("violation=taobao.late_shipment"), "{said}");
    // The locale leaves the messages alone: the words are chosen when rendered.
    assert_eq!(said_of(&zh), said);
    let zh = penalty(&pen(
        "taobao",
        "out_of_stock",
        19_900,
        r#","sellerPromised":5000,"locale":"zh-CN""#,
    ));
    let said = said_of(&zh);
    assert!(
        said.contains("taobao.promise_prevails{promised=50.00 CNY}"),
        "{said}"
    );
}

const CASES: &[(&str, &str, u64)] = &[
    ("taobao", "late_shipment", 3000),
    ("taobao", "out_of_stock", 3000),
    ("tmall", "late_shipment", 50000),
    ("tmall", "out_of_stock", 50000),
];

proptest! {
    /// Without a seller promise the penalty never exceeds its cap.
    #[test]
    fn penalty_never_exceeds_the_cap(case in 0..CASES.len(), price in 0u64..=9_007_199_254_000_000) {
        let (ruleset, violation, cap) = CASES[case];
        let p = penalty(&pen(ruleset, violation, price, ""));
        prop_assert!(p.penalty <= cap);
        prop_assert_eq!(p.total, price + p.penalty);
    }

    /// A higher price never lowers the penalty.
    #[test]
    fn penalty_never_decreases_as_the_price_rises(
        case in 0..CASES.len(),
        price in 0u64..=1_000_000_000,
        rise in 0u64..=1_000_000,
        promised in prop_oneof![Just(None), (0u64..=100_000).prop_map(Some)],
    ) {
        let (ruleset, violation, _) = CASES[case];
        let extra = promised.map(|p| format!(r#","sellerPromised":{p}"#)).unwrap_or_default();
        let low = amount(ruleset, violation, price, &extra);
        let high = amount(ruleset, violation, price + rise, &extra);
        prop_assert!(low <= high, "{} -> {}, {} -> {}", price, low, price + rise, high);
    }
}
