//! Taobao (淘宝): the platform dispute-handling rules (2025-08-15 revision), the 7-day no-reason
//! return, refund timeouts and the late-shipment / out-of-stock penalty.

use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::decision::{Decision, Penalty};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, PenaltyInput, Violation};
use crate::money::{self, MAX_SAFE};
use crate::text::{Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Taobao,
    name_en: "Taobao dispute rules",
    name_zh: "淘宝平台争议处理规则",
    version: "2025-08-15",
    currency: Some("CNY"),
    params: PARAMS,
    sources: SOURCES,
    reasons: &[],
    violations: &[Violation::LateShipment, Violation::OutOfStock],
};

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "lateShipmentPercent",
        default: 5,
        max: 1000,
        rule: "TB-P1",
    },
    ParamSpec {
        key: "lateShipmentMin",
        default: 500,
        max: MAX_SAFE,
        rule: "TB-P1",
    },
    ParamSpec {
        key: "lateShipmentMax",
        default: 3000,
        max: MAX_SAFE,
        rule: "TB-P1",
    },
    ParamSpec {
        key: "outOfStockPercent",
        default: 5,
        max: 1000,
        rule: "TB-P3",
    },
    ParamSpec {
        key: "outOfStockMin",
        default: 500,
        max: MAX_SAFE,
        rule: "TB-P3",
    },
    ParamSpec {
        key: "outOfStockMax",
        default: 3000,
        max: MAX_SAFE,
        rule: "TB-P3",
    },
];

pub(super) const SOURCES: &[Source] = &[
    Source {
        title: "淘宝平台争议处理规则 (2025-08-15)",
        url: "https://rulechannel.taobao.com/?type=detail&ruleId=99&cId=1154",
    },
    Source {
        title: "Taobao late-shipment penalty (bilingual quote of the rule)",
        url: "https://en.hb2b.com/ask/196913.html",
    },
];

static PENALTY_SUMMARY: Msg = Msg {
    en: "{violation}: the seller returns the price of {price} and pays {penalty} on top ({formula}), {total} in all.",
    zh: "{violation}：卖家退还货款{price}，另行支付违约金{penalty}（{formula}），合计{total}。",
};
static PROMISE_PREVAILS: Msg = Msg {
    en: "The seller's own advertised penalty of {promised} is higher than the platform amount and prevails.",
    zh: "卖家自行承诺的违约金{promised}高于平台标准，按就高原则执行。",
};
pub(super) static LATE_SHIPMENT: Msg = Msg {
    en: "Late shipment",
    zh: "延迟发货",
};
pub(super) static OUT_OF_STOCK: Msg = Msg {
    en: "Out of stock",
    zh: "缺货",
};

/// A platform penalty of `percent` of the price, raised to `floor` and capped at `cap` (`None`: no
/// cap), then the higher of that and the seller's own advertised penalty (TB-R4).
pub struct RatePenalty {
    pub percent: u64,
    pub floor: u64,
    pub cap: Option<u64>,
    pub rule: &'static str,
}

pub(super) fn rate_penalty(p: &PenaltyInput, rate: RatePenalty) -> Result<Penalty> {
    let currency = p.common.currency;
    let major = |amount: u64| money::format_major(amount, currency);
    let raw = money::percent_half_up(p.price, rate.percent);
    let mut formula = format!("{}% x {}", rate.percent, major(p.price));
    let mut amount = raw;
    if rate.floor > 0 {
        amount = amount.max(rate.floor);
        formula = format!("max({formula}, {})", major(rate.floor));
    }
    if let Some(cap) = rate.cap {
        amount = amount.min(cap);
        formula = format!("min({formula}, {})", major(cap));
    }
    let mut rules = vec![rate.rule, "TB-P5"];
    let mut summary = Vec::new();
    if let Some(promised) = p.seller_promised {
        formula = format!("max({formula}, {})", major(promised));
        rules.push("TB-R4");
        if promised > amount {
            amount = promised;
            summary.push(Text::new(&PROMISE_PREVAILS).money("promised", promised));
        }
    }
    let total = p
        .price
        .checked_add(amount)
        .filter(|t| *t <= MAX_SAFE)
        .ok_or_else(|| {
            InputError::new(
                ErrorCode::InvalidAmount,
                "price",
                "price plus penalty would exceed 9007199254740991 minor units",
            )
        })?;
    let violation = match p.violation {
        Violation::OutOfStock => &OUT_OF_STOCK,
        _ => &LATE_SHIPMENT,
    };
    summary.insert(
        0,
        Text::new(&PENALTY_SUMMARY)
            .msg("violation", violation)
            .money("price", p.price)
            .money("penalty", amount)
            .raw("formula", formula.clone())
            .money("total", total),
    );
    let locale = p.common.locale;
    Ok(Penalty {
        refund: p.price,
        penalty: amount,
        total,
        formula,
        currency: currency.code,
        rules,
        summary: crate::text::paragraph(&summary, locale, currency),
    })
}

/// TB-P1 (late shipment) and TB-P3 (out of stock): 5% of the price, at least 5 and at most 30 CNY.
pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    let params = &p.common.params;
    let (prefix, rule) = match p.violation {
        Violation::OutOfStock => ("outOfStock", "TB-P3"),
        _ => ("lateShipment", "TB-P1"),
    };
    let key = |suffix: &str| format!("{prefix}{suffix}");
    rate_penalty(
        p,
        RatePenalty {
            percent: params.get(&key("Percent")),
            floor: params.get(&key("Min")),
            cap: Some(params.get(&key("Max"))),
            rule,
        },
    )
}

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    Err(super::not_covered(
        "reason",
        d.reason.as_str(),
        SPEC.id,
        Vec::new(),
    ))
}
