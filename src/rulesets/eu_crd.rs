//! EU consumer law for distance sales of goods:
//! - the Consumer Rights Directive 2011/83/EU (rules.md §6.1): the 14-day right of withdrawal,
//!   with its 12-month extension, refund, return and exceptions (EU-9..16), its periods counted
//!   under Regulation 1182/71 (EU-1182). The procedure is shared with the UK's regulations
//!   (`withdrawal.rs`).
//! - the Sale of Goods Directive (EU) 2019/771, the legal guarantee: the seller answers for a
//!   lack of conformity that becomes apparent within two years of delivery (SGD-10), one that
//!   appears within a year being presumed to have existed at delivery (SGD-11); the goods are at
//!   the seller's risk until delivery (EU-20, CRD art. 20). The consumer first chooses repair or
//!   replacement, free of charge, within a reasonable time, the seller taking the goods back at
//!   its cost (SGD-13(2), SGD-14); a price reduction (SGD-15) or termination (SGD-16, the return
//!   at the seller's cost) follows once that has failed (SGD-13(4)).
//!
//! Choices where the texts leave room (see the README): the periods count from
//! `dates.delivered`; the lack of conformity is dated `dates.faultFound`, else the claim day. A
//! repair or replacement has failed when the complaint is on or after `dates.repairReturned`.
//! That the seller refused, that the remedy was impossible or that the lack of conformity is
//! serious is not an input: those cases are named in the summary, not decided. Member states'
//! longer periods are `policy` values (`guaranteeMonths`, `presumptionMonths`).

use super::cn_car::add_months;
use super::uk_cra::R_PRICE_REDUCTION;
use super::withdrawal::{self, Rules};
use super::world::{
    claim_day, delivery_date, full_amount, goods_received, reason_msg, statutory, verdict,
    wait_for_goods, R_THANKS,
};
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request};
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::EuCrd,
    currency: None,
    params: PARAMS,
    reasons: &[
        Reason::NoReason,
        Reason::Quality,
        Reason::NotAsDescribed,
        Reason::WrongItem,
        Reason::MissingItems,
        Reason::DamagedInTransit,
    ],
    violations: &[],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.eu-crd.name"),
    // Directive 2011/83/EU as amended by Directive (EU) 2019/2161; Directive (EU) 2019/771 was
    // adopted on 2019-05-20.
    version: "2019-11-27",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[
            "asOf",
            "price",
            "shippingPaid",
            "dates.delivered",
            "dates.opened",
        ],
    },
    Reads {
        reasons: &[Reason::NoReason],
        fields: &[
            "item.madeToOrder",
            "item.perishable",
            "item.digitalUnsealed",
            "item.periodical",
            "item.hygieneUnsealed",
            "informedOfWithdrawal",
            "informedOfReturnCost",
            "standardShipping",
        ],
    },
    Reads {
        reasons: &[
            Reason::Quality,
            Reason::NotAsDescribed,
            Reason::WrongItem,
            Reason::MissingItems,
            Reason::DamagedInTransit,
        ],
        fields: &[
            "dates.faultFound",
            "dates.repairRequested",
            "dates.repairReturned",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
];

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
        verified: true,
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
        verified: true,
    },
    // SGD art. 10(1): liable for a lack of conformity apparent within two years of delivery;
    // art. 10(3): member states may keep or introduce longer periods.
    ParamSpec {
        key: "guaranteeMonths",
        default: 24,
        max: 1200,
        rule: "SGD-10",
        verified: true,
    },
    // SGD art. 11(1): presumed to have existed at delivery if apparent within one year; art.
    // 11(2): member states may extend it to two years.
    ParamSpec {
        key: "presumptionMonths",
        default: 12,
        max: 1200,
        rule: "SGD-11",
        verified: true,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "Directive 2011/83/EU (EUR-Lex): arts. 9-16 withdrawal; art. 20 passing of risk; recital 41",
        url: "https://eur-lex.europa.eu/eli/dir/2011/83/oj",
    },
    Source {
        title: "Regulation (EEC, Euratom) No 1182/71, art. 3: periods, dates and time limits",
        url: "https://eur-lex.europa.eu/eli/reg/1971/1182/oj",
    },
    Source {
        title: "Directive (EU) 2019/771 (EUR-Lex): arts. 10-16 liability, burden of proof, remedies",
        url: "https://eur-lex.europa.eu/eli/dir/2019/771/oj",
    },
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

const RIGHT: crate::text::Msg = msg!("eu_crd.right");

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
    working_day_end: Some("EU-1182"),
};

// ---------------------------------------------------------------------------------------------
// The legal guarantee: checks.

const IN_GUARANTEE: Msg =
    msg!("eu_crd.in_guarantee", delivered: date, end: date, found: date, months: number);
const OUT_OF_GUARANTEE: Msg =
    msg!("eu_crd.out_of_guarantee", delivered: date, end: date, found: date, months: number);
const PRESUMED: Msg = msg!("eu_crd.presumed", end: date, months: number);
const NOT_PRESUMED: Msg = msg!("eu_crd.not_presumed", end: date, months: number);
const TRANSIT_RISK: Msg = msg!("eu_crd.transit_risk");
const REPAIR_FAILED: Msg = msg!("eu_crd.repair_failed", day: date, requested: date, returned: date);

// ---------------------------------------------------------------------------------------------
// The legal guarantee: summaries and replies.

const S_REPAIR: Msg = msg!("eu_crd.summary.repair", what: message);
const S_REPLACE: Msg = msg!("eu_crd.summary.replace", what: message);
const S_MISSING: Msg = msg!("eu_crd.summary.missing", what: message);
const S_TRANSIT: Msg = msg!("eu_crd.summary.transit");
const S_PROOF: Msg = msg!("eu_crd.summary.proof");
const S_TERMINATE: Msg = msg!("eu_crd.summary.terminate", amount: money, what: message);
const S_REDUCE: Msg = msg!("eu_crd.summary.reduce", amount: money, what: message);
const S_EXPIRED: Msg = msg!("eu_crd.summary.expired", end: date, found: date);
const R_REPAIR: Msg = msg!("eu_crd.reply.repair");
const R_REPLACE: Msg = msg!("eu_crd.reply.replace");
const R_MISSING: Msg = msg!("eu_crd.reply.missing");
const R_TERMINATE: Msg = msg!("eu_crd.reply.terminate", amount: money);
const R_EXPIRED: Msg = msg!("eu_crd.reply.expired", end: date, months: number);

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    let v = match d.reason {
        Reason::NoReason => withdrawal::decide(&mut e, &RULES)?,
        _ => guarantee(&mut e)?,
    };
    Ok(e.finish(v))
}

/// The legal guarantee (Directive 2019/771) for goods that do not conform: faulty, not as
/// described, the wrong goods, items missing, or damaged on the way.
fn guarantee(e: &mut Eval) -> Result<Verdict> {
    let d = e.d;
    // Checked for overflow like every amount, before any answer names it.
    full_amount(d)?;
    let what = reason_msg(d.reason);
    e.apply("SGD-10");
    if !goods_received(e, "SGD-10") {
        return Ok(wait_for_goods(d, "SGD-10", None));
    }
    let delivered = delivery_date(d, "the legal guarantee counts from delivery (SGD-10)")?.day();
    let day = claim_day(d);
    let found = d.dates.fault_found.unwrap_or(day);
    let months = statutory(e, "guaranteeMonths", "SGD-10", true);
    let presumed_months = statutory(e, "presumptionMonths", "SGD-11", true);
    let end = add_months(delivered, months);
    let presumption_end = add_months(delivered, presumed_months);
    e.deadline(Dl::GuaranteeEnd, end);
    e.deadline(Dl::PresumptionEnd, presumption_end);
    e.evidence(Ev::TrackingDelivered);
    e.evidence(Ev::FaultDateRecord);
    let in_time = !found.is_after(end);
    let text = Text::new(if in_time {
        IN_GUARANTEE
    } else {
        OUT_OF_GUARANTEE
    })
    .date("found", found)
    .num("months", u64::from(months))
    .date("delivered", delivered)
    .date("end", end);
    e.check("within_guarantee", "SGD-10", in_time, text);
    if !in_time {
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_EXPIRED).date("found", found).date("end", end)),
            one(Text::new(R_EXPIRED)
                .date("end", end)
                .num("months", u64::from(months))),
        ));
    }
    let presumed = !found.is_after(presumption_end);
    let text = Text::new(if presumed { PRESUMED } else { NOT_PRESUMED })
        .num("months", u64::from(presumed_months))
        .date("end", presumption_end);
    e.check("fault_presumed", "SGD-11", presumed, text);
    e.apply("SGD-11");
    if d.evidence.buyer_photos {
        e.evidence(Ev::BuyerPhotos);
    }
    if matches!(d.reason, Reason::NotAsDescribed | Reason::WrongItem) {
        e.evidence(Ev::ProductListing);
    }
    e.evidence(Ev::ChatRecord);
    let mut notes = Vec::new();
    if d.reason == Reason::DamagedInTransit {
        e.check(
            "transit_risk_on_seller",
            "EU-20",
            true,
            Text::new(TRANSIT_RISK),
        );
        e.apply("EU-20");
        notes.push(Text::new(S_TRANSIT));
    }
    if !presumed {
        notes.push(Text::new(S_PROOF));
    }
    let mut v = match failed_repair(e, day) {
        Some(v) => v,
        None => first_remedy(e, what),
    };
    v.summary.extend(notes);
    Ok(v)
}

/// SGD-13(4): the repair or replacement came back (`dates.repairReturned`) and the complaint of
/// `day` is on or after that day, so it failed: a price reduction when the consumer asks for part
/// of the price back, else termination, the seller bearing the return (SGD-16).
fn failed_repair(e: &mut Eval, day: Stamp) -> Option<Verdict> {
    let d = e.d;
    let (Some(requested), Some(returned)) = (d.dates.repair_requested, d.dates.repair_returned)
    else {
        return None;
    };
    if returned.is_after(day) {
        return None;
    }
    let full = full_amount(d).ok()?;
    let what = reason_msg(d.reason);
    e.check(
        "repair_failed",
        "SGD-13",
        true,
        Text::new(REPAIR_FAILED)
            .date("requested", requested)
            .date("returned", returned)
            .date("day", day),
    );
    e.apply("SGD-13");
    e.evidence(Ev::RepairRecord);
    let thanks = Text::new(R_THANKS).msg("what", what);
    if d.request == Some(Request::PartialRefund) {
        let amount = d.requested_amount.unwrap_or(full).min(full);
        e.apply("SGD-15");
        return Some(verdict(
            Outcome::RefundPartial,
            Fault::Seller,
            amount,
            one(Text::new(S_REDUCE)
                .money("amount", amount)
                .msg("what", what)),
            two(thanks, Text::new(R_PRICE_REDUCTION).money("amount", amount)),
        ));
    }
    e.apply("SGD-16");
    e.evidence(Ev::ReturnTracking);
    Some(verdict(
        Outcome::ReturnRefund,
        Fault::Seller,
        full,
        one(Text::new(S_TERMINATE)
            .money("amount", full)
            .msg("what", what)),
        two(thanks, Text::new(R_TERMINATE).money("amount", full)),
    ))
}

/// SGD-13(2), SGD-14: repair or replacement first, free of charge: the right goods for a wrong
/// item, the missing items for a short delivery, else a repair (or the replacement asked for).
fn first_remedy(e: &mut Eval, what: Msg) -> Verdict {
    let d = e.d;
    e.apply("SGD-13");
    e.apply("SGD-14");
    let thanks = Text::new(R_THANKS).msg("what", what);
    let asked_replacement = matches!(d.request, Some(Request::Exchange | Request::Reship));
    let (outcome, summary, reply) = match d.reason {
        Reason::MissingItems => (Outcome::Reship, S_MISSING, R_MISSING),
        Reason::WrongItem => (Outcome::Exchange, S_REPLACE, R_REPLACE),
        _ if asked_replacement => (Outcome::Exchange, S_REPAIR, R_REPAIR),
        _ => (Outcome::Repair, S_REPAIR, R_REPAIR),
    };
    if outcome != Outcome::Reship {
        e.evidence(Ev::InspectionReport);
    }
    verdict(
        outcome,
        Fault::Seller,
        0,
        one(Text::new(summary).msg("what", what)),
        two(thanks, Text::new(reply)),
    )
}
