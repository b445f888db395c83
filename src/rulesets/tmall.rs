//! Tmall (天猫): Taobao's rules plus Tmall's own compensation, 30% of the price capped at
//! 500 CNY for late shipment (TM-P1) and out of stock (TM-P2), and a 5-day answer to exchange
//! requests (TM-T1). Disputes are decided by Taobao's code with Tmall's parameters.

use super::taobao::{self, rate_penalty, Flavor, RatePenalty};
use super::{About, ParamSpec, Params, Reads, RulesetId, RulesetSpec, Source};
use crate::decision::{Decision, Penalty};
use crate::error::Result;
use crate::model::{Dispute, PenaltyInput, Reason, Violation};
use crate::money::MAX_SAFE;

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Tmall,
    currency: Some("CNY"),
    params: PARAMS,
    reasons: taobao::REASONS,
    violations: &[Violation::LateShipment, Violation::OutOfStock],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.tmall.name"),
    version: "2025-08-15",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &["shippingPaid", "dates.delivered"],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &[
            "price",
            "dates.shipped",
            "dates.completed",
            "dates.opened",
            "dates.estimatedDelivery",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "request",
            "evidence.proofOfDelivery",
        ],
    },
    Reads {
        reasons: &[Reason::NotAsDescribed],
        fields: &[
            "price",
            "dates.shipped",
            "dates.completed",
            "dates.opened",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::Quality, Reason::Counterfeit],
        fields: &[
            "price",
            "dates.shipped",
            "dates.completed",
            "dates.opened",
            "dates.reshipped",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "evidence.sourceDocuments",
        ],
    },
    Reads {
        reasons: &[Reason::WrongItem, Reason::DamagedInTransit],
        fields: &[
            "price",
            "dates.completed",
            "dates.opened",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::MissingItems],
        fields: &[
            "price",
            "dates.completed",
            "dates.opened",
            "dates.reshipped",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::NoReason],
        fields: &[
            "asOf",
            "price",
            "dates.ordered",
            "dates.paid",
            "dates.shipped",
            "dates.opened",
            "dates.reshipped",
            "dates.returnReceived",
            "request",
            "item.madeToOrder",
            "item.perishable",
            "item.digitalUnsealed",
            "item.periodical",
            "item.intact",
            "item.exclusionConfirmed",
        ],
    },
    Reads {
        reasons: &[Reason::LateShipment],
        fields: &[
            "price",
            "dates.ordered",
            "dates.paid",
            "dates.shipped",
            "dates.completed",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "request",
        ],
    },
    Reads {
        reasons: &[Reason::OutOfStock],
        fields: &["dates.shipped", "dates.opened", "dates.reshipped"],
    },
];

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "lateShipmentPercent",
        default: 30,
        max: 1000,
        rule: "TM-P1",
        verified: false,
    },
    ParamSpec {
        key: "lateShipmentMax",
        default: 50000,
        max: MAX_SAFE,
        rule: "TM-P1",
        verified: false,
    },
    ParamSpec {
        key: "outOfStockPercent",
        default: 30,
        max: 1000,
        rule: "TM-P2",
        verified: false,
    },
    ParamSpec {
        key: "outOfStockMax",
        default: 50000,
        max: MAX_SAFE,
        rule: "TM-P2",
        verified: false,
    },
    ParamSpec {
        key: "exchangeResponseDays",
        default: 5,
        max: 3650,
        rule: "TM-T1",
        verified: false,
    },
    taobao::HANDLING_HOURS,
    taobao::RETURN_WINDOW_DAYS,
    taobao::REFUND_DAYS,
    taobao::UNSHIPPED_REFUND_HOURS,
    taobao::UNRECEIVED_REFUND_HOURS,
    taobao::RETURN_RESPONSE_DAYS,
    taobao::INSURANCE_PAYOUT_MIN,
    taobao::INSURANCE_PAYOUT_MAX,
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
    Source {
        title: "网络购买商品七日无理由退货暂行办法 (2020)",
        url: "https://www.gov.cn/zhengce/2020-11/03/content_5723721.htm",
    },
    Source {
        title: "消费者权益保护法 arts. 25-26: the 7-day return and its refund term are the law's; terms cutting them are void (CPL-26)",
        url: "https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2023/art_0a323e046fba43f0b6e9e977f1e8d5fc.html",
    },
];

const TMALL: Flavor = Flavor {
    rate,
    exchange_days: "exchangeResponseDays",
    exchange_rule: "TM-T1",
};

/// TM-P1 / TM-P2: 30% of the price, at most 500 CNY, no floor.
fn rate(params: &Params, violation: Violation) -> RatePenalty {
    let (percent, cap, rule) = match violation {
        Violation::OutOfStock => ("outOfStockPercent", "outOfStockMax", "TM-P2"),
        _ => ("lateShipmentPercent", "lateShipmentMax", "TM-P1"),
    };
    RatePenalty {
        percent: params.get(percent),
        floor: 0,
        cap: Some(params.get(cap)),
        rule,
    }
}

/// TM-P1 / TM-P2, the seller's higher promise prevailing (TB-R4).
pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    rate_penalty(p, rate(&p.common.params, p.violation))
}

/// Taobao's dispute rules with Tmall's penalty and exchange timer.
pub fn evaluate(d: &Dispute) -> Result<Decision> {
    taobao::decide(d, &TMALL)
}
