//! Tmall (天猫): Taobao's rules plus Tmall's own compensation, 30% of the price capped at
//! 500 CNY for late shipment (TM-P1) and out of stock (TM-P2).

use super::taobao::{rate_penalty, RatePenalty};
use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::decision::{Decision, Penalty};
use crate::error::Result;
use crate::model::{Dispute, PenaltyInput, Violation};
use crate::money::MAX_SAFE;

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Tmall,
    name_en: "Tmall rules (Taobao rules plus Tmall compensation)",
    name_zh: "天猫规则（淘宝规则及天猫赔付）",
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
        default: 30,
        max: 1000,
        rule: "TM-P1",
    },
    ParamSpec {
        key: "lateShipmentMax",
        default: 50000,
        max: MAX_SAFE,
        rule: "TM-P1",
    },
    ParamSpec {
        key: "outOfStockPercent",
        default: 30,
        max: 1000,
        rule: "TM-P2",
    },
    ParamSpec {
        key: "outOfStockMax",
        default: 50000,
        max: MAX_SAFE,
        rule: "TM-P2",
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "淘宝平台争议处理规则 (2025-08-15)",
        url: "https://rulechannel.taobao.com/?type=detail&ruleId=99&cId=1154",
    },
    Source {
        title:
            "Tmall delivery rules: 30% of the transaction amount, at most 500 CNY (course material)",
        url: "https://rule.tmall.com/",
    },
];

/// TM-P1 / TM-P2: 30% of the price, at most 500 CNY; the seller's higher promise prevails (TB-R4).
pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    let params = &p.common.params;
    let (percent, cap, rule) = match p.violation {
        Violation::OutOfStock => ("outOfStockPercent", "outOfStockMax", "TM-P2"),
        _ => ("lateShipmentPercent", "lateShipmentMax", "TM-P1"),
    };
    rate_penalty(
        p,
        RatePenalty {
            percent: params.get(percent),
            floor: 0,
            cap: Some(params.get(cap)),
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
