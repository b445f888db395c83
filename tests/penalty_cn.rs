//! refundPenalty under the Chinese statutes: CPL-55 fraud (cn-consumer, with CPL-REG-49 and the
//! seller's higher promise, CPL-16) and FSL-148 unsafe food (cn-food).
// Native tests: the wasm boundary has its own suite (tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use dispute_calc::ErrorCode;

fn fraud(price: u64, extra: &str) -> String {
    format!(
        r#"{{"ruleset":"cn-consumer","violation":"fraud","currency":"CNY","price":{price}{extra}}}"#
    )
}

fn food(price: u64, extra: &str) -> String {
    format!(
        r#"{{"ruleset":"cn-food","violation":"unsafe_food","currency":"CNY","price":{price}{extra}}}"#
    )
}

/// The penalty's summary, as `said` writes it.
fn said_of(p: &dispute_calc::decision::Penalty) -> String {
    summary_of(&p.messages.summary, p.currency)
}

fn zh(input: &str) -> String {
    input.replacen('{', r#"{"locale":"zh-CN","#, 1)
}

// ---- CPL-55 ----------------------------------------------------------------------------------

#[test]
fn cpl55_three_times_the_price_on_top_of_the_refund() {
    let p = penalty(&fraud(19900, ""));
    assert_eq!(p.refund, 19900);
    assert_eq!(p.penalty, 59700);
    assert_eq!(p.total, 79600);
    assert_eq!(p.formula, "max(3 x 199.00, 500.00)");
    assert_eq!(p.rules, vec!["CPL-55"]);
    assert_eq!(p.currency, "CNY");
    let said = said_of(&p);
    assert!(said.contains("cn_consumer.fraud_penalty{"), "{said}");
    assert!(said.contains("penalty=597.00 CNY"), "{said}");
}

#[test]
fn cpl55_floor_500_cny_just_under_at_and_over() {
    // 3 x 166.66 = 499.98 -> 500.00; 3 x 166.67 = 500.01; 3 x 0.01 -> 500.00.
    let table = [
        (1, 50000),
        (16666, 50000),
        (16667, 50001),
        (100000, 300000),
        (0, 50000),
    ];
    for (price, want) in table {
        let p = penalty(&fraud(price, ""));
        assert_eq!(p.penalty, want, "price {price}");
        assert_eq!(p.total, price + want);
    }
    assert_eq!(
        penalty(&fraud(16666, "")).formula,
        "max(3 x 166.66, 500.00)"
    );
}

#[test]
fn cpl_reg_49_label_flaw_only_means_no_fraud_compensation() {
    let p = penalty(&fraud(19900, r#","labelFlawOnly":true"#));
    assert_eq!(p.penalty, 0);
    assert_eq!(p.refund, 19900);
    assert_eq!(p.total, 19900);
    assert_eq!(p.formula, "0.00");
    assert_eq!(p.rules, vec!["CPL-55", "CPL-REG-49"]);
    assert!(
        said_of(&p).contains("cn_consumer.label_flaw{"),
        "{}",
        said_of(&p)
    );
    let p = penalty(&zh(&fraud(19900, r#","labelFlawOnly":true"#)));
    assert!(
        said_of(&p).contains("cn_consumer.label_flaw{"),
        "{}",
        said_of(&p)
    );
    let p = penalty(&fraud(19900, r#","labelFlawOnly":false"#));
    assert_eq!(p.penalty, 59700);
}

#[test]
fn cpl16_a_higher_seller_promise_prevails_a_lower_one_does_not() {
    let p = penalty(&fraud(19900, r#","sellerPromised":59701"#));
    assert_eq!(p.penalty, 59701);
    assert_eq!(p.formula, "max(max(3 x 199.00, 500.00), 597.01)");
    assert_eq!(p.rules, vec!["CPL-55", "CPL-16"]);
    assert!(
        said_of(&p).contains("cn_consumer.promise_prevails{promised=597.01 CNY}"),
        "{}",
        said_of(&p)
    );
    let p = penalty(&fraud(19900, r#","sellerPromised":59700"#));
    assert_eq!(p.penalty, 59700);
    assert!(
        said_of(&p).contains("cn_consumer.promise_lower{promised=597.00 CNY}"),
        "{}",
        said_of(&p)
    );
    // A promise binds even where the label-flaw exception removes the statutory amount.
    let p = penalty(&fraud(
        19900,
        r#","labelFlawOnly":true,"sellerPromised":10000"#,
    ));
    assert_eq!(p.penalty, 10000);
    assert_eq!(p.total, 29900);
}

#[test]
fn cpl55b_loss_is_named_not_computed() {
    let p = penalty(&fraud(19900, r#","loss":1000000"#));
    assert_eq!(p.penalty, 59700, "CPL-55b is for a court");
    assert!(
        said_of(&p).contains("cn_consumer.punitive_note{loss=10000.00 CNY}"),
        "{}",
        said_of(&p)
    );
    assert!(!p.rules.contains(&"CPL-55b"));
    assert!(!said_of(&penalty(&fraud(19900, ""))).contains("cn_consumer.punitive_note"));
}

#[test]
fn cpl55_multiplier_and_floor_are_parameters() {
    let p = penalty(&fraud(
        19900,
        r#","policy":{"fraudMultiple":4,"fraudMin":100000}"#,
    ));
    assert_eq!(p.penalty, 100000);
    assert_eq!(p.formula, "max(4 x 199.00, 1000.00)");
}

// ---- FSL-148 ---------------------------------------------------------------------------------

#[test]
fn fsl148_ten_times_price_or_three_times_loss_at_least_1000_cny() {
    let p = penalty(&food(5900, ""));
    assert_eq!(p.penalty, 100000);
    assert_eq!(p.total, 105900);
    assert_eq!(p.formula, "max(10 x 59.00, 3 x 0.00, 1000.00)");
    assert_eq!(p.rules, vec!["FSL-148"], "replaces CPL-55, does not stack");
    assert!(
        said_of(&p).contains("cn_food.food_penalty{"),
        "{}",
        said_of(&p)
    );
    // (price, loss, penalty): floor just under / at / over, for each base.
    let table = [
        (9999, 0, 100000),
        (10000, 0, 100000),
        (10001, 0, 100010),
        (5900, 33333, 100000),
        (5900, 33334, 100002),
        (5900, 40000, 120000),
        (20000, 60000, 200000),
        (20000, 70000, 210000),
    ];
    for (price, loss, want) in table {
        let p = penalty(&food(price, &format!(r#","loss":{loss}"#)));
        assert_eq!(p.penalty, want, "price {price} loss {loss}");
        assert_eq!(p.total, price + want, "the loss itself is not in total");
    }
    let p = penalty(&food(5900, r#","loss":40000"#));
    assert_eq!(p.formula, "max(10 x 59.00, 3 x 400.00, 1000.00)");
    assert!(
        said_of(&p).contains("cn_food.loss_note{loss=400.00 CNY}"),
        "{}",
        said_of(&p)
    );
}

#[test]
fn fsl148_label_flaw_exception_and_seller_promise() {
    let p = penalty(&food(5900, r#","labelFlawOnly":true,"loss":90000"#));
    assert_eq!(p.penalty, 0);
    assert_eq!(p.total, 5900);
    assert_eq!(p.formula, "0.00");
    let p = penalty(&food(5900, r#","sellerPromised":200000"#));
    assert_eq!(p.penalty, 200000);
    assert_eq!(
        p.formula,
        "max(max(10 x 59.00, 3 x 0.00, 1000.00), 2000.00)"
    );
    assert_eq!(p.rules, vec!["FSL-148", "CPL-16"]);
    let p = penalty(&food(
        5900,
        r#","policy":{"priceMultiple":20,"compensationMin":50000}"#,
    ));
    assert_eq!(p.penalty, 118000);
    assert_eq!(p.formula, "max(20 x 59.00, 3 x 0.00, 500.00)");
}

// ---- errors ----------------------------------------------------------------------------------

#[test]
fn results_above_2_pow_53_are_invalid_amount_errors() {
    const MAX: u64 = 9007199254740991;
    for (input, field) in [
        (fraud(MAX, ""), "price"),
        (fraud(MAX / 3, ""), "price"), // the penalty fits, price + penalty does not
        (food(MAX / 10 + 1, ""), "price"),
        (food(1, &format!(r#","loss":{}"#, MAX / 3 + 1)), "loss"),
        (fraud(1, &format!(r#","sellerPromised":{MAX}"#)), "price"),
    ] {
        let e = penalty_err(&input);
        assert_eq!(e.code, ErrorCode::InvalidAmount, "{input}");
        assert_eq!(e.field, field, "{input}");
    }
    assert_eq!(penalty(&fraud(MAX / 4, "")).total, MAX / 4 * 4);
}

#[test]
fn statutes_refuse_other_violations_and_currencies() {
    let e = penalty_err(
        r#"{"ruleset":"cn-consumer","violation":"unsafe_food","currency":"CNY","price":1}"#,
    );
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::UnknownValue, "violation")
    );
    let e = penalty_err(r#"{"ruleset":"cn-food","violation":"fraud","currency":"CNY","price":1}"#);
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::UnknownValue, "violation")
    );
    let e = penalty_err(r#"{"ruleset":"cn-car","violation":"fraud","currency":"CNY","price":1}"#);
    assert_eq!(e.code, ErrorCode::UnknownValue);
    for input in [fraud(19900, ""), food(5900, "")] {
        let e = penalty_err(&input.replace("CNY", "USD"));
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::CurrencyMismatch, "currency")
        );
    }
    let e = penalty_err(&fraud(1, r#","policy":{"lateShipmentPercent":5}"#));
    assert_eq!(e.code, ErrorCode::UnknownField);
}

// ---- properties --------------------------------------------------------------------------------

/// Properties (native only: proptest is not built for wasm32).
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn penalty_never_decreases_when_the_price_rises(
            price in 0u64..1_000_000_000_000,
            rise in 0u64..1_000_000_000,
            loss in proptest::option::of(0u64..1_000_000_000_000),
            label in any::<bool>(),
            promised in proptest::option::of(0u64..1_000_000_000),
        ) {
            let mut extra = format!(r#","labelFlawOnly":{label}"#);
            if let Some(loss) = loss {
                extra.push_str(&format!(r#","loss":{loss}"#));
            }
            if let Some(promised) = promised {
                extra.push_str(&format!(r#","sellerPromised":{promised}"#));
            }
            for make in [fraud, food] {
                let low = penalty(&make(price, &extra));
                let high = penalty(&make(price + rise, &extra));
                prop_assert!(high.penalty >= low.penalty);
                prop_assert!(high.total >= low.total);
                prop_assert_eq!(low.total, low.refund + low.penalty);
                prop_assert_eq!(low.refund, price);
            }
        }

        #[test]
        fn zh_and_en_give_the_same_numbers(
            price in 0u64..1_000_000_000_000,
            loss in proptest::option::of(0u64..1_000_000_000_000),
            label in any::<bool>(),
        ) {
            let mut extra = format!(r#","labelFlawOnly":{label}"#);
            if let Some(loss) = loss {
                extra.push_str(&format!(r#","loss":{loss}"#));
            }
            for make in [fraud, food] {
                let input = make(price, &extra);
                let en = penalty(&input);
                let cn = penalty(&zh(&input));
                prop_assert_eq!(en.refund, cn.refund);
                prop_assert_eq!(en.penalty, cn.penalty);
                prop_assert_eq!(en.total, cn.total);
                prop_assert_eq!(&en.formula, &cn.formula);
                prop_assert_eq!(&en.rules, &cn.rules);
                // The words are chosen when rendered: the locale leaves the messages alone.
                prop_assert!(!en.messages.summary.is_empty());
                prop_assert_eq!(said_of(&en), said_of(&cn));
            }
        }
    }
}
