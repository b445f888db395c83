//! EU Consumer Rights Directive 2011/83/EU (rules.md §6.1): the 14-day right of withdrawal from
//! a distance contract, with its 12-month extension, refund, return and exceptions (EU-9..16).
//! The procedure is shared with the UK's regulations (`withdrawal.rs`).

use super::withdrawal::{self, Rules};
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::decision::{Decision, Eval};
use crate::error::Result;
use crate::model::{Dispute, Reason};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::EuCrd,
    name_en: "EU Consumer Rights Directive (right of withdrawal)",
    name_zh: "欧盟消费者权利指令（撤回权）",
    // Directive 2011/83/EU as amended by Directive (EU) 2019/2161.
    version: "2019-11-27",
    currency: None,
    params: PARAMS,
    sources: SOURCES,
    reasons: &[Reason::NoReason],
    violations: &[],
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[Reads {
    reasons: &[],
    fields: &[
        "asOf",
        "price",
        "shippingPaid",
        "dates.delivered",
        "dates.opened",
        "item.madeToOrder",
        "item.perishable",
        "item.digitalUnsealed",
        "item.periodical",
        "item.hygieneUnsealed",
        "informedOfWithdrawal",
        "informedOfReturnCost",
        "standardShipping",
    ],
}];

const DAYS_MAX: u64 = 3650;

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "withdrawalDays",
        default: 14,
        max: DAYS_MAX,
        rule: "EU-9",
        verified: true,
    },
    ParamSpec {
        key: "extensionMonths",
        default: 12,
        max: 120,
        rule: "EU-10",
        verified: false,
    },
    ParamSpec {
        key: "refundDays",
        default: 14,
        max: DAYS_MAX,
        rule: "EU-13",
        verified: true,
    },
    ParamSpec {
        key: "returnShipDays",
        default: 14,
        max: DAYS_MAX,
        rule: "EU-14",
        verified: false,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "Directive 2011/83/EU, art. 9 (adopted text)",
        url: "https://www.legislation.gov.uk/eudr/2011/83/article/9/adopted",
    },
    Source {
        title: "ECC Slovakia: 14 days to change your mind",
        url: "https://www.esc-sr.sk/en/clanok/14-days-to-change-your-mind-on-a-purchase/",
    },
    Source {
        title: "ECC Slovakia: cost of returning the goods",
        url: "https://www.esc-sr.sk/en/clanok/cost-of-returning-the-goods/",
    },
    Source {
        title: "CJEU C-529/19 Möbel Kraft",
        url: "https://www.bailii.org/eu/cases/EUECJ/2020/C52919.html",
    },
    Source {
        title: "CJEU C-681/17 slewo (AG opinion)",
        url: "https://curia.europa.eu/juris/liste.jsf?num=C-681/17",
    },
];

const RIGHT: crate::text::Msg = msg! {
    en: "withdrawal",
    zh: "撤回",
};

const RULES: Rules = Rules {
    window: "EU-9",
    extension: "EU-10",
    refund: "EU-13",
    delivery_cost: "EU-13b",
    withhold: "EU-13c",
    send_back: "EU-14",
    exceptions: "EU-16",
    right: RIGHT,
    refund_from_goods_back: false,
};

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    let v = withdrawal::decide(&mut e, &RULES)?;
    Ok(e.finish(v))
}
