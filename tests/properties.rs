//! Properties over generated inputs, valid and invalid alike (debug build, so any arithmetic
//! overflow panics too): no function ever panics; every answer is a decision or an input error;
//! and `en` and `zh-CN` give the same numbers, codes and rule ids.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::unfilled;
use dispute_calc::api;
use dispute_calc::json;
use dispute_calc::rulesets::{self, RulesetId, RulesetSpec};
use proptest::prelude::*;

const RULESETS: &[&str] = &[
    "aliexpress",
    "amazon",
    "taobao",
    "tmall",
    "cn-consumer",
    "cn-food",
    "cn-car",
    "ebay",
    "paypal",
    "eu-crd",
    "uk-cra",
    "us-ftc",
    "nope",
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
    "bogus",
];
const TRACKING: &[&str] = &[
    "none",
    "invalid",
    "in_transit",
    "delivered",
    "returned_to_sender",
    "held_by_customs",
    "lost",
];
const REQUESTS: &[&str] = &[
    "full_refund",
    "partial_refund",
    "return_refund",
    "exchange",
    "reship",
];
const DEFECTS: &[&str] = &[
    "steering_failure",
    "brake_failure",
    "body_crack",
    "fuel_leak",
    "battery_fire",
    "powertrain_replacement",
];
const DATE_KEYS: &[&str] = &[
    "ordered",
    "paid",
    "shipped",
    "delivered",
    "completed",
    "opened",
    "estimatedDelivery",
    "reshipped",
    "returnReceived",
    "faultFound",
];
const POLICY_KEYS: &[&str] = &[
    "handlingDays",
    "promisedDeliveryDays",
    "returnWindowDays",
    "sellerResponseDays",
    "lateShipmentPercent",
    "claimWindowDays",
    "replacementKm",
    "unknownKey",
];

/// A date around 2024, as a date or a date-time with an offset, sometimes malformed.
fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (0u32..400).prop_map(|d| {
            let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(d.into());
            day.format("%Y-%m-%d").to_string()
        }),
        3 => (0u32..400, 0u32..24, -12i32..14).prop_map(|(d, h, off)| {
            let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(d.into());
            let sign = if off < 0 { '-' } else { '+' };
            format!("{}T{h:02}:30:00{sign}{:02}:00", day.format("%Y-%m-%d"), off.abs())
        }),
        1 => Just("2024-02-30".to_string()),
        1 => Just("soon".to_string()),
    ]
}

/// A money amount in JSON: mostly sane, sometimes at or past the limits.
fn amount() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (0u64..5_000_000).prop_map(|n| n.to_string()),
        1 => Just("9007199254740991".to_string()),
        1 => Just("9007199254740992".to_string()),
        1 => Just("-1".to_string()),
        1 => Just("12.5".to_string()),
        1 => Just("\"100\"".to_string()),
    ]
}

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    proptest::sample::select(list)
}

prop_compose! {
    fn dispute()(
        ruleset in pick(RULESETS),
        reason in pick(REASONS),
        as_of in date(),
        currency in prop_oneof![4 => Just("CNY"), 2 => Just("USD"), 1 => Just("JPY"), 1 => Just("XXX")],
        price in amount(),
        shipping in proptest::option::of(amount()),
        destination in proptest::option::of(prop_oneof![Just("RU"), Just("BR"), Just("US"), Just("x1")]),
        dates in proptest::collection::vec((pick(DATE_KEYS), date()), 0..6),
        tracking in proptest::option::of(pick(TRACKING)),
        request in proptest::option::of(pick(REQUESTS)),
        requested in proptest::option::of(amount()),
        flags in proptest::collection::vec(any::<bool>(), 11),
        km in proptest::option::of(0u64..200_000),
        defect in proptest::option::of(pick(DEFECTS)),
        policy in proptest::collection::vec((pick(POLICY_KEYS), 0u64..100_000), 0..3),
    ) -> String {
        let mut fields = vec![
            format!(r#""ruleset":"{ruleset}""#),
            format!(r#""reason":"{reason}""#),
            format!(r#""asOf":"{as_of}""#),
            format!(r#""currency":"{currency}""#),
            format!(r#""price":{price}"#),
        ];
        if let Some(s) = shipping { fields.push(format!(r#""shippingPaid":{s}"#)); }
        if let Some(d) = destination { fields.push(format!(r#""destination":"{d}""#)); }
        let mut seen = Vec::new();
        let dates: Vec<String> = dates
            .into_iter()
            .filter(|(k, _)| { let new = !seen.contains(k); seen.push(*k); new })
            .map(|(k, v)| format!(r#""{k}":"{v}""#))
            .collect();
        fields.push(format!(r#""dates":{{{}}}"#, dates.join(",")));
        if let Some(t) = tracking { fields.push(format!(r#""tracking":"{t}""#)); }
        if let Some(r) = request { fields.push(format!(r#""request":"{r}""#)); }
        if let Some(a) = requested { fields.push(format!(r#""requestedAmount":{a}"#)); }
        fields.push(format!(
            r#""evidence":{{"buyerPhotos":{},"proofOfDelivery":{},"reshipConsent":{},"sourceDocuments":{},"chatRecord":{}}}"#,
            flags[0], flags[1], flags[2], flags[3], flags[4]
        ));
        let mut item = vec![
            format!(r#""madeToOrder":{}"#, flags[5]),
            format!(r#""perishable":{}"#, flags[6]),
            format!(r#""intact":{}"#, flags[7]),
            format!(r#""exclusionConfirmed":{}"#, flags[8]),
            format!(r#""digitalUnsealed":{}"#, flags[9]),
        ];
        if let Some(k) = km { item.push(format!(r#""odometerKm":{k}"#)); }
        if let Some(d) = defect { item.push(format!(r#""defect":"{d}""#)); }
        fields.push(format!(r#""item":{{{}}}"#, item.join(",")));
        if !policy.is_empty() {
            let mut seen = Vec::new();
            let policy: Vec<String> = policy
                .into_iter()
                .filter(|(k, _)| { let new = !seen.contains(k); seen.push(*k); new })
                .map(|(k, v)| format!(r#""{k}":{v}"#))
                .collect();
            fields.push(format!(r#""policy":{{{}}}"#, policy.join(",")));
        }
        let _ = flags[10];
        format!("{{{}}}", fields.join(","))
    }
}

/// Days after 2024-01-01, written as a date.
fn day(n: u64) -> String {
    let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(n);
    d.format("%Y-%m-%d").to_string()
}

/// A well-formed input for an implemented ruleset: a reason it decides, its currency, dates in a
/// possible order (each optional), and policy values within its parameters' ranges.
fn valid_dispute() -> impl Strategy<Value = String> {
    let ids: Vec<RulesetId> = RulesetId::ALL
        .iter()
        .map(|(_, id)| *id)
        .filter(|id| rulesets::spec(*id).is_some_and(|s| !s.reasons.is_empty()))
        .collect();
    proptest::sample::select(ids).prop_flat_map(|id| {
        let spec: &'static RulesetSpec = rulesets::spec(id).expect("implemented");
        let reasons: Vec<&'static str> = spec.reasons.iter().map(|r| r.as_str()).collect();
        let params: Vec<(&'static str, u64)> =
            spec.params.iter().map(|p| (p.key, p.max.min(400))).collect();
        (
            Just(id),
            proptest::sample::select(reasons),
            proptest::collection::vec(proptest::option::of(0u64..40), 8),
            0u64..120,
            1u64..2_000_000,
            proptest::option::of(0u64..3000),
            proptest::option::of(pick(TRACKING)),
            proptest::option::of(pick(REQUESTS)),
            proptest::collection::vec(any::<bool>(), 10),
            proptest::option::of(0u64..120_000),
            proptest::option::of(pick(DEFECTS)),
            proptest::sample::subsequence(params, 0..3)
                .prop_flat_map(|ps| ps.into_iter().map(|(k, max)| (Just(k), 0..=max)).collect::<Vec<_>>()),
        )
    })
    .prop_map(|(id, reason, gaps, tail, price, shipping, tracking, request, flags, km, defect, policy)| {
        let spec = rulesets::spec(id).expect("implemented");
        // ordered <= paid <= shipped <= delivered <= completed/opened/returnReceived <= asOf.
        let mut at = 0u64;
        let mut dates = Vec::new();
        for (key, gap) in ["ordered", "paid", "shipped", "delivered", "completed", "opened", "returnReceived"]
            .iter()
            .zip(&gaps)
        {
            if let Some(g) = gap {
                at += g;
                dates.push(format!(r#""{key}":"{}""#, day(at)));
            }
        }
        if let (Some(g), true) = (gaps[7], flags[9]) {
            dates.push(format!(r#""estimatedDelivery":"{}""#, day(g + 5)));
        }
        let currency = spec.currency.unwrap_or(if flags[8] { "USD" } else { "CNY" });
        let mut fields = vec![
            format!(r#""ruleset":"{}""#, spec.id.as_str()),
            format!(r#""reason":"{reason}""#),
            format!(r#""asOf":"{}""#, day(at + tail)),
            format!(r#""currency":"{currency}""#),
            format!(r#""price":{price}"#),
            format!(r#""dates":{{{}}}"#, dates.join(",")),
            format!(
                r#""evidence":{{"buyerPhotos":{},"proofOfDelivery":{},"reshipConsent":{},"sourceDocuments":{}}}"#,
                flags[0], flags[1], flags[2], flags[3]
            ),
            format!(
                r#""item":{{"madeToOrder":{},"perishable":{},"intact":{},"exclusionConfirmed":{}{}{}}}"#,
                flags[4], flags[5], flags[6], flags[7],
                km.map(|k| format!(r#","odometerKm":{k}"#)).unwrap_or_default(),
                defect.map(|d| format!(r#","defect":"{d}""#)).unwrap_or_default(),
            ),
        ];
        if let Some(s) = shipping { fields.push(format!(r#""shippingPaid":{s}"#)); }
        if let Some(t) = tracking { fields.push(format!(r#""tracking":"{t}""#)); }
        if let Some(r) = request { fields.push(format!(r#""request":"{r}""#)); }
        if !policy.is_empty() {
            let policy: Vec<String> = policy.iter().map(|(k, v)| format!(r#""{k}":{v}"#)).collect();
            fields.push(format!(r#""policy":{{{}}}"#, policy.join(",")));
        }
        format!("{{{}}}", fields.join(","))
    })
}

/// An instant `secs` after 2024-01-01T00:00:00Z written at `offset_min` minutes from UTC.
fn instant(secs: i64, offset_min: i32) -> String {
    let utc = chrono::DateTime::from_timestamp(1_704_067_200 + secs, 0).expect("in range");
    let zone = chrono::FixedOffset::east_opt(offset_min * 60).expect("valid offset");
    utc.with_timezone(&zone).to_rfc3339()
}

/// A ruleset, its currency and a reason it decides, for the offset property.
const ZONED: &[(&str, &str, &str)] = &[
    ("cn-consumer", "CNY", "no_reason"),
    ("cn-consumer", "CNY", "quality"),
    ("taobao", "CNY", "no_reason"),
    ("tmall", "CNY", "quality"),
    ("cn-food", "CNY", "quality"),
    ("cn-car", "CNY", "vehicle_defect"),
    ("aliexpress", "USD", "not_received"),
    ("aliexpress", "USD", "not_as_described"),
    ("amazon", "USD", "no_reason"),
    ("amazon", "USD", "not_received"),
    ("ebay", "EUR", "not_as_described"),
    ("paypal", "USD", "not_received"),
    ("eu-crd", "EUR", "no_reason"),
    ("eu-crd", "EUR", "quality"),
    ("uk-cra", "GBP", "quality"),
    ("uk-cra", "GBP", "no_reason"),
    ("us-ftc", "USD", "late_shipment"),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The same instants written in different offsets give the same verdict: each ruleset counts
    /// calendar days in one zone (Beijing time for the Chinese rulesets), not in the offset an
    /// input happens to be written in. Offsets run from -12:00 to +14:00 in quarter hours.
    #[test]
    fn the_same_instant_in_any_offset_gives_the_same_verdict(
        case in proptest::sample::select(ZONED),
        // Order, shipment, delivery, the request and asOf, seconds apart.
        start in 0i64..(400 * 86_400),
        gaps in proptest::collection::vec(0i64..(20 * 86_400), 4),
        offsets in proptest::collection::vec(-48i32..=56, 2),
        delivered in any::<bool>(),
        powertrain in any::<bool>(),
    ) {
        let (ruleset, currency, reason) = case;
        let ordered = start;
        let shipped = ordered + gaps[0] / 4;
        let arrived = shipped + gaps[1];
        let opened = arrived + gaps[2];
        let as_of = opened + gaps[3] / 8;
        let write = |quarters: i32| {
            let at = |secs: i64| instant(secs, quarters * 15);
            let delivery = if delivered {
                format!(r#","delivered":"{}""#, at(arrived))
            } else {
                String::new()
            };
            format!(
                r#"{{"ruleset":"{ruleset}","reason":"{reason}","currency":"{currency}","price":19900,"shippingPaid":1000,"asOf":"{}","tracking":"{}","dates":{{"ordered":"{}","paid":"{}","shipped":"{}","estimatedDelivery":"{}","opened":"{}"{delivery}}},"evidence":{{"buyerPhotos":true}},"item":{{"odometerKm":1200,"defect":"{}"}}}}"#,
                at(as_of),
                if delivered { "delivered" } else { "in_transit" },
                at(ordered),
                at(ordered),
                at(shipped),
                at(arrived),
                at(opened),
                if powertrain { "powertrain_replacement" } else { "brake_failure" },
            )
        };
        let (a, b) = (write(offsets[0]), write(offsets[1]));
        let one = api::evaluate_dispute(&json::parse(&a).unwrap());
        let two = api::evaluate_dispute(&json::parse(&b).unwrap());
        match (one, two) {
            // Read in the ruleset's zone, the two inputs are the same input: the whole decision,
            // deadlines and texts included, is the same.
            (Ok(x), Ok(y)) => prop_assert_eq!(json::to_string(&x), json::to_string(&y), "{}\n{}", a, b),
            (Err(x), Err(y)) => {
                prop_assert_eq!(x.code, y.code);
                prop_assert_eq!(x.field, y.field);
            }
            (x, y) => prop_assert!(false, "one decided, one refused: {:?} / {:?}\n{}\n{}", x.is_ok(), y.is_ok(), a, b),
        }
    }

    /// Never a panic; a decision in English and in Chinese agrees on everything but the words.
    #[test]
    fn evaluate_never_panics_and_locales_agree_on_numbers(
        input in prop_oneof![4 => valid_dispute(), 1 => dispute()]
    ) {
        let en = api::evaluate_dispute(&json::parse(&input).unwrap());
        let zh_input = format!("{},\"locale\":\"zh-CN\"}}", &input[..input.len() - 1]);
        let zh = api::evaluate_dispute(&json::parse(&zh_input).unwrap());
        match (en, zh) {
            (Ok(en), Ok(zh)) => {
                prop_assert_eq!(en.outcome, zh.outcome);
                prop_assert_eq!(en.fault, zh.fault);
                prop_assert_eq!(en.refund, zh.refund);
                prop_assert!(en.refund <= 9_007_199_254_740_991);
                prop_assert_eq!(&en.deadlines.0, &zh.deadlines.0);
                prop_assert_eq!(&en.rules, &zh.rules);
                prop_assert_eq!(&en.evidence, &zh.evidence);
                let ids = |d: &dispute_calc::decision::Decision| {
                    d.checks.iter().map(|c| (c.id, c.rule, c.passed)).collect::<Vec<_>>()
                };
                prop_assert_eq!(ids(&en), ids(&zh));
                let offers = |d: &dispute_calc::decision::Decision| {
                    d.options.iter().map(|o| (o.kind, o.outcome, o.refund)).collect::<Vec<_>>()
                };
                prop_assert_eq!(offers(&en), offers(&zh));
                prop_assert!(!en.summary.is_empty() && !en.reply.is_empty());
                // The words are the renderer's; what the engine owes it is every argument a
                // message declares, so no placeholder is left unfilled.
                for d in [&en, &zh] {
                    if let Some((id, arg)) = unfilled(d) {
                        prop_assert!(false, "unfilled placeholder: {} lacks {}", id, arg);
                    }
                }
            }
            (Err(en), Err(zh)) => {
                prop_assert_eq!(en.code, zh.code);
                prop_assert_eq!(en.field, zh.field);
                prop_assert!(!en.message.is_empty());
            }
            (en, zh) => prop_assert!(false, "locales disagree: {:?} vs {:?}", en.is_ok(), zh.is_ok()),
        }
    }

    /// The other two functions, on generated inputs: never a panic, and the split always sums.
    #[test]
    fn split_and_penalty_never_panic(
        ruleset in pick(RULESETS),
        reason in pick(REASONS),
        violation in prop_oneof![Just("late_shipment"), Just("out_of_stock"), Just("fraud"), Just("unsafe_food"), Just("x")],
        currency in prop_oneof![Just("CNY"), Just("USD")],
        a in amount(), b in amount(), c in amount(), d in amount(),
        flag in any::<bool>(),
    ) {
        let split = format!(
            r#"{{"ruleset":"{ruleset}","reason":"{reason}","currency":"{currency}","outboundShipping":{a},"freeShipping":{flag},"returnShipping":{b},"resendShipping":{c},"insurancePayout":{d}}}"#
        );
        if let Ok(s) = api::return_shipping_split(&json::parse(&split).unwrap()) {
            let legs: u64 = s.legs.iter().map(|l| l.amount).sum();
            prop_assert_eq!(s.buyer_pays + s.seller_pays + s.insurer_pays + s.carrier_pays, legs);
        }
        let penalty = format!(
            r#"{{"ruleset":"{ruleset}","violation":"{violation}","currency":"{currency}","price":{a},"loss":{b},"sellerPromised":{c},"labelFlawOnly":{flag}}}"#
        );
        if let Ok(p) = api::refund_penalty(&json::parse(&penalty).unwrap()) {
            prop_assert_eq!(p.total, p.refund + p.penalty);
            prop_assert!(p.total <= 9_007_199_254_740_991);
        }
    }
}
