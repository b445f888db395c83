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
use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request};
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::EuCrd,
    name_en: "EU Consumer Rights Directive 2011/83/EU (right of withdrawal) and Sale of Goods Directive 2019/771 (legal guarantee)",
    name_zh: "欧盟消费者权利指令2011/83/EU（撤回权）与货物销售指令2019/771（法定保证）",
    // Directive 2011/83/EU as amended by Directive (EU) 2019/2161; Directive (EU) 2019/771 was
    // adopted on 2019-05-20.
    version: "2019-11-27",
    currency: None,
    params: PARAMS,
    sources: SOURCES,
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
    working_day_end: Some("EU-1182"),
};

// ---------------------------------------------------------------------------------------------
// The legal guarantee: checks.

const IN_GUARANTEE: Msg = msg! {
    en: "The lack of conformity became apparent on {found}, within {months} months of delivery on {delivered} (until {end}).",
    zh: "不符合约定的情形于{found}显现，在{delivered}交付后{months}个月内（至{end}）。",
};
const OUT_OF_GUARANTEE: Msg = msg! {
    en: "The lack of conformity became apparent on {found}, after the {months} months of liability from delivery on {delivered} ended on {end}.",
    zh: "不符合约定的情形于{found}显现，自{delivered}交付起{months}个月的责任期已于{end}届满。",
};
const PRESUMED: Msg = msg! {
    en: "Apparent within {months} months of delivery (until {end}): presumed to have existed at delivery, unless the seller proves otherwise.",
    zh: "在交付后{months}个月内（{end}前）显现：除非卖家能证明并非如此，推定交付时已存在。",
};
const NOT_PRESUMED: Msg = msg! {
    en: "Apparent more than {months} months after delivery (after {end}): the consumer must show it existed at delivery.",
    zh: "在交付{months}个月后（{end}之后）显现：须由消费者证明交付时已存在。",
};
const TRANSIT_RISK: Msg = msg! {
    en: "The goods travelled at the seller's risk until the consumer had them: damage on the way is a lack of conformity.",
    zh: "商品交付消费者之前的风险由卖家承担：运输途中的损坏属于不符合约定。",
};
const REPAIR_FAILED: Msg = msg! {
    en: "A repair or replacement was asked on {requested} and the goods came back on {returned}; the complaint of {day} says the lack of conformity remains.",
    zh: "消费者于{requested}要求修理或更换，商品已于{returned}返还；{day}的投诉表明不符合约定的情形仍然存在。",
};

// ---------------------------------------------------------------------------------------------
// The legal guarantee: summaries and replies.

const S_REPAIR: Msg = msg! {
    en: "Legal guarantee ({what}): bring the goods into conformity by repair or replacement, as the consumer chooses, free of charge and within a reasonable time, collecting them at your cost (SGD-13, SGD-14). A price reduction or termination follows only if that is impossible, refused or fails, or the lack of conformity is serious.",
    zh: "法定保证（{what}）：应按消费者的选择修理或更换，免费并在合理期限内使商品符合约定，并自费取回商品（SGD-13、SGD-14）。只有在修理或更换无法实现、被拒绝或未能奏效，或不符合约定的情形严重时，才可减价或解除合同。",
};
const S_REPLACE: Msg = msg! {
    en: "Legal guarantee ({what}): send the right goods as a replacement, free of charge and within a reasonable time, and collect the others at your cost (SGD-13, SGD-14).",
    zh: "法定保证（{what}）：应免费并在合理期限内寄出正确的商品作为更换，并自费取回原商品（SGD-13、SGD-14）。",
};
const S_MISSING: Msg = msg! {
    en: "Legal guarantee ({what}): send the missing items, free of charge and within a reasonable time (SGD-13, SGD-14).",
    zh: "法定保证（{what}）：应免费并在合理期限内补发缺少的商品（SGD-13、SGD-14）。",
};
const S_TRANSIT: Msg = msg! {
    en: "The goods were at your risk until delivery (EU-20): the damage is yours to put right, and you may claim from the carrier.",
    zh: "交付前的风险由您承担（EU-20）：损坏须由您负责解决，您可向承运人索赔。",
};
const S_PROOF: Msg = msg! {
    en: "Past the presumption, the consumer must show the lack of conformity existed at delivery: ask for that evidence before you act.",
    zh: "已过推定期，须由消费者证明交付时已存在不符合约定的情形：处理前请要求对方提供相关证据。",
};
const S_TERMINATE: Msg = msg! {
    en: "The repair or replacement has failed, so the consumer may end the contract ({what}): refund {amount} once the goods or proof of sending them are back; the return is at your cost (SGD-13, SGD-16).",
    zh: "修理或更换未能奏效，消费者可解除合同（{what}）：收到退回的商品或寄回凭证后退款{amount}；退货费用由您承担（SGD-13、SGD-16）。",
};
const S_REDUCE: Msg = msg! {
    en: "The repair or replacement has failed: reduce the price by {amount}, as the consumer asked, who keeps the goods ({what}; SGD-13, SGD-15).",
    zh: "修理或更换未能奏效：按消费者要求减价{amount}，商品由消费者保留（{what}；SGD-13、SGD-15）。",
};
const S_EXPIRED: Msg = msg! {
    en: "Reject: the lack of conformity became apparent on {found}, after your liability ended on {end} (SGD-10).",
    zh: "拒绝：不符合约定的情形于{found}显现，卖家的责任期已于{end}届满（SGD-10）。",
};
const R_REPAIR: Msg = msg! {
    en: "Under the legal guarantee we will put it right free of charge: please tell us whether you prefer a repair or a replacement, and we will collect the item at our cost.",
    zh: "根据法定保证，我们将免费为您解决：请告诉我们您希望修理还是更换，我们会承担费用上门取件。",
};
const R_REPLACE: Msg = msg! {
    en: "We will send you the right item free of charge and collect the one you received at our cost.",
    zh: "我们将免费为您寄出正确的商品，并承担费用取回您收到的商品。",
};
const R_MISSING: Msg = msg! {
    en: "We will send the missing items free of charge as soon as possible.",
    zh: "我们会尽快免费为您补发缺少的商品。",
};
const R_TERMINATE: Msg = msg! {
    en: "The repair did not put it right, so you may end the purchase: we will collect the item at our cost and refund {amount} once it, or proof of sending it, reaches us.",
    zh: "修理未能解决问题，您可以解除购买：我们将承担费用取回商品，收到商品或寄回凭证后退款{amount}。",
};
const R_EXPIRED: Msg = msg! {
    en: "The legal guarantee for this item ended on {end}, {months} months after delivery, so we cannot repair or replace it free of charge under it. Please tell us what happened, and we will see how we can help.",
    zh: "本商品的法定保证已于{end}（交付后{months}个月）届满，因此无法据此免费修理或更换。请告诉我们具体情况，我们会尽力为您提供帮助。",
};

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
    e.deadline("guaranteeEnd", end);
    e.deadline("presumptionEnd", presumption_end);
    e.evidence("tracking_delivered");
    e.evidence("fault_date_record");
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
        e.evidence("buyer_photos");
    }
    if matches!(d.reason, Reason::NotAsDescribed | Reason::WrongItem) {
        e.evidence("product_listing");
    }
    e.evidence("chat_record");
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
    e.evidence("repair_record");
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
    e.evidence("return_tracking");
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
        e.evidence("inspection_report");
    }
    verdict(
        outcome,
        Fault::Seller,
        0,
        one(Text::new(summary).msg("what", what)),
        two(thanks, Text::new(reply)),
    )
}
