//! UK consumer law (rules.md §6.2, §6.3): the Consumer Contracts Regulations 2013's 14-day
//! cancellation of a distance contract (UK-CCR-1..4, the EU procedure in `withdrawal.rs`), and
//! the Consumer Rights Act 2015's remedies for faulty goods: the 30-day short-term right to
//! reject (CRA-22), paused while a repair or replacement is awaited with at least 7 days left
//! afterwards (CRA-22c), the trader bearing the return (CRA-20-8) and refunding within 14 days
//! (CRA-20-15); after it, one repair or replacement first, with a fault in the first 6 months
//! presumed present at delivery (CRA-tiers).

use super::cn_car::add_months;
use super::withdrawal::{self, Rules};
use super::world::{
    claim_day, delivery_date, full_amount, goods_received, reason_msg, statutory, verdict,
    wait_for_goods, PERIOD_LATE, PERIOD_OK, R_THANKS,
};
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request};
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::UkCra,
    name_en: "UK Consumer Rights Act 2015 and Consumer Contracts Regulations 2013",
    name_zh: "英国2015年消费者权利法与2013年消费者合同条例",
    // The Regulations took effect on 2014-06-13; the Act's goods provisions on 2015-10-01.
    version: "2015-10-01",
    currency: Some("GBP"),
    params: PARAMS,
    sources: SOURCES,
    reasons: &[
        Reason::NoReason,
        Reason::Quality,
        Reason::NotAsDescribed,
        Reason::WrongItem,
        Reason::DamagedInTransit,
    ],
    violations: &[],
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
            "dates.returnReceived",
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
            Reason::DamagedInTransit,
        ],
        fields: &[
            "dates.repairRequested",
            "dates.repairReturned",
            "tracking",
            "request",
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
        rule: "UK-CCR-1",
        verified: false,
    },
    ParamSpec {
        key: "extensionMonths",
        default: 12,
        max: 120,
        rule: "UK-CCR-2",
        verified: false,
    },
    ParamSpec {
        key: "refundDays",
        default: 14,
        max: DAYS_MAX,
        rule: "UK-CCR-3",
        verified: false,
    },
    ParamSpec {
        key: "returnShipDays",
        default: 14,
        max: DAYS_MAX,
        rule: "UK-CCR-4",
        verified: false,
    },
    ParamSpec {
        key: "rejectDays",
        default: 30,
        max: DAYS_MAX,
        rule: "CRA-22",
        verified: true,
    },
    ParamSpec {
        key: "minDaysAfterRepair",
        default: 7,
        max: DAYS_MAX,
        rule: "CRA-22c",
        verified: true,
    },
    ParamSpec {
        key: "rejectRefundDays",
        default: 14,
        max: DAYS_MAX,
        rule: "CRA-20-15",
        verified: false,
    },
    ParamSpec {
        key: "burdenShiftMonths",
        default: 6,
        max: 120,
        rule: "CRA-tiers",
        verified: false,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "Consumer Contracts Regulations 2013",
        url: "https://www.legislation.gov.uk/uksi/2013/3134/body",
    },
    Source {
        title: "Consumer Rights Act 2015, s.22",
        url: "https://www.legislation.gov.uk/ukpga/2015/15/section/22",
    },
    Source {
        title: "mylawyer.co.uk: cancellation periods",
        url: "https://www.mylawyer.co.uk/cancellation-periods-a-A76062D77401/",
    },
    Source {
        title: "theconsumerlawyer.blog: CRA remedies",
        url: "https://theconsumerlawyer.blog/2022/03/05/",
    },
];

const RIGHT: Msg = msg! {
    en: "cancellation",
    zh: "取消",
};

const RULES: Rules = Rules {
    window: "UK-CCR-1",
    extension: "UK-CCR-2",
    refund: "UK-CCR-3",
    delivery_cost: "UK-CCR-3",
    withhold: "UK-CCR-3",
    send_back: "UK-CCR-4",
    // Regulation 28's exceptions; the rule base has no id of its own for them.
    exceptions: "UK-CCR-28",
    right: RIGHT,
    refund_from_goods_back: true,
};

// ---------------------------------------------------------------------------------------------
// Checks.

const PAUSED: Msg = msg! {
    en: "Paused on {requested} for a repair or replacement with {left} days left, until the goods come back.",
    zh: "因修理或更换自{requested}暂停，尚余{left}天，待商品返还后继续。",
};
const RESUMED: Msg = msg! {
    en: "Paused from {requested} to {returned} for a repair or replacement with {left} days left, at least {min} after: ends {last}.",
    zh: "因修理或更换自{requested}暂停至{returned}，尚余{left}天，之后至少{min}天：{last}截止。",
};
const PRESUMED: Msg = msg! {
    en: "Fault found within {months} months of delivery (until {end}): presumed present at delivery.",
    zh: "故障在交付后{months}个月内（{end}前）出现：推定交付时已存在。",
};
const NOT_PRESUMED: Msg = msg! {
    en: "Fault found more than {months} months after delivery (after {end}): the consumer must show it was there at delivery.",
    zh: "故障在交付{months}个月后（{end}之后）出现：消费者须证明交付时已存在。",
};

// ---------------------------------------------------------------------------------------------
// Summaries and replies.

const S_REJECT: Msg = msg! {
    en: "Accept the rejection ({what}) within the short-term right to reject (CRA-22): refund all paid, {amount}, by {due} (CRA-20-15) and bear the return (CRA-20-8).",
    zh: "在短期拒收权期限内接受拒收（{what}，CRA-22）：在{due}前退还全部款项{amount}（CRA-20-15），并承担退货费用（CRA-20-8）。",
};
const R_REJECT: Msg = msg! {
    en: "You are entitled to reject it: we will arrange the return at our cost and refund {amount}, including delivery, by {due}.",
    zh: "您有权拒收：我们将承担费用安排退货，并在{due}前退款{amount}（含运费）。",
};
const S_REPLACE: Msg = msg! {
    en: "Replace the goods as asked ({what}); the 30 days pause until the replacement arrives, at least {min} left after (CRA-22c).",
    zh: "按要求更换商品（{what}）；30天期限在替换商品送达前暂停，之后至少保留{min}天（CRA-22c）。",
};
const R_REPLACE: Msg = msg! {
    en: "As you asked, we will send a replacement at our cost and collect the faulty item; if it is not right either, you can still reject it.",
    zh: "按您的要求，我们将承担费用寄出替换商品并取回原商品；如仍有问题，您仍可拒收。",
};
const S_PAUSED: Msg = msg! {
    en: "Repair or replace the goods (asked on {requested}); the 30 days to reject are paused until they come back, with at least {min} days after (CRA-22c).",
    zh: "请修理或更换商品（{requested}提出）；30天拒收期在返还前暂停，之后至少保留{min}天（CRA-22c）。",
};
const R_PAUSED: Msg = msg! {
    en: "We are repairing or replacing your item as you asked; if it is still not right, you can reject it for a full refund.",
    zh: "我们正按您的要求修理或更换商品；如仍有问题，您可拒收并全额退款。",
};
const S_TIER2: Msg = msg! {
    en: "The short-term right to reject has ended: offer one repair or replacement first (CRA-tiers); if it fails, a price cut or final rejection follows.",
    zh: "短期拒收权已结束：应先提供一次修理或更换（CRA-tiers）；如未解决，可减价或最终拒收。",
};
const R_TIER2: Msg = msg! {
    en: "We will repair or replace the item at our cost; tell us which you prefer and we will arrange the collection.",
    zh: "我们将承担费用修理或更换商品；请告诉我们您的选择，我们会安排取件。",
};

// ---------------------------------------------------------------------------------------------
// The decision.

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    let v = match d.reason {
        Reason::NoReason => withdrawal::decide(&mut e, &RULES)?,
        _ => faulty(&mut e)?,
    };
    Ok(e.finish(v))
}

/// CRA-22, CRA-22c: the last day of the short-term right to reject, after any pause for a
/// repair or replacement. `None` while the goods are away being repaired (the period is
/// paused), with the days left at the pause.
fn reject_window(e: &mut Eval, delivered: Stamp) -> (Option<Stamp>, u32) {
    let d = e.d;
    let last = delivered.add_days(statutory(e, "rejectDays", "CRA-22", true));
    let Some(requested) = d.dates.repair_requested.filter(|r| !r.is_after(last)) else {
        return (Some(last), 0);
    };
    // The days from the request to the original last day, both counted, are still unused.
    let left = u32::try_from(requested.days_until(last).saturating_add(1)).unwrap_or(0);
    e.apply("CRA-22c");
    match d.dates.repair_returned {
        None => {
            e.check(
                "reject_period_paused",
                "CRA-22c",
                true,
                Text::new(PAUSED)
                    .date("requested", requested)
                    .num("left", u64::from(left)),
            );
            (None, left)
        }
        Some(returned) => {
            let min = statutory(e, "minDaysAfterRepair", "CRA-22c", true);
            let resumed = returned.add_days(left.max(min));
            e.check(
                "reject_period_paused",
                "CRA-22c",
                true,
                Text::new(RESUMED)
                    .date("requested", requested)
                    .date("returned", returned)
                    .num("left", u64::from(left))
                    .num("min", u64::from(min))
                    .date("last", resumed),
            );
            (Some(resumed), left)
        }
    }
}

/// Faulty, not as described, wrong or damaged goods under the Consumer Rights Act.
fn faulty(e: &mut Eval) -> Result<Verdict> {
    let d = e.d;
    let p = &d.common.params;
    let full = full_amount(d)?;
    let what = reason_msg(d.reason);
    e.apply("CRA-22");
    if !goods_received(e, "CRA-22") {
        return Ok(wait_for_goods(d, "CRA-22", None));
    }
    let delivered = delivery_date(d, "the 30 days to reject count from delivery (CRA-22)")?;
    if d.evidence.buyer_photos {
        e.evidence(Ev::BuyerPhotos);
    }
    e.evidence(Ev::ChatRecord);
    let min = u64::from(p.days("minDaysAfterRepair"));
    let (last, _) = reject_window(e, delivered);
    let Some(last) = last else {
        e.evidence(Ev::RepairRecord);
        let requested = d.dates.repair_requested.unwrap_or(delivered);
        return Ok(verdict(
            Outcome::Repair,
            Fault::Seller,
            0,
            one(Text::new(S_PAUSED)
                .date("requested", requested)
                .num("min", min)),
            one(Text::new(R_PAUSED)),
        ));
    };
    e.deadline(Dl::RejectWindowLastDay, last);
    let day = claim_day(d);
    let in_time = e.within_period(
        "within_reject_window",
        "CRA-22",
        day,
        last,
        u64::from(p.days("rejectDays")),
        (PERIOD_OK, PERIOD_LATE),
    );
    if in_time {
        if matches!(d.request, Some(Request::Exchange | Request::Reship)) {
            e.apply("CRA-22c");
            e.evidence(Ev::ReturnTracking);
            return Ok(verdict(
                Outcome::Exchange,
                Fault::Seller,
                0,
                one(Text::new(S_REPLACE).msg("what", what).num("min", min)),
                two(Text::new(R_THANKS).msg("what", what), Text::new(R_REPLACE)),
            ));
        }
        // CRA-20-15: 14 days beginning with the day the trader agrees, that day counted; the
        // claim day is the earliest such day.
        let refund_days = statutory(e, "rejectRefundDays", "CRA-20-15", false);
        let due = day.add_days(refund_days.saturating_sub(1));
        e.deadline(Dl::RefundDueBy, due);
        e.apply("CRA-20-8");
        e.apply("CRA-20-15");
        e.evidence(Ev::ReturnTracking);
        let fill = |t: Text| t.msg("what", what).money("amount", full).date("due", due);
        return Ok(verdict(
            Outcome::ReturnRefund,
            Fault::Seller,
            full,
            one(fill(Text::new(S_REJECT))),
            two(
                Text::new(R_THANKS).msg("what", what),
                fill(Text::new(R_REJECT)),
            ),
        ));
    }
    // After the 30 days: one repair or replacement first; a fault in the first 6 months is
    // presumed present at delivery.
    e.apply("CRA-tiers");
    let months = statutory(e, "burdenShiftMonths", "CRA-tiers", true);
    let end = add_months(delivered, months);
    e.deadline(Dl::BurdenShiftEnd, end);
    let found = d.dates.fault_found.unwrap_or(day);
    let presumed = !found.is_after(end);
    let text = Text::new(if presumed { PRESUMED } else { NOT_PRESUMED })
        .num("months", u64::from(months))
        .date("end", end);
    e.check("fault_presumed", "CRA-tiers", presumed, text);
    e.evidence(Ev::RepairRecord);
    let outcome = if matches!(d.request, Some(Request::Exchange | Request::Reship)) {
        Outcome::Exchange
    } else {
        Outcome::Repair
    };
    Ok(verdict(
        outcome,
        Fault::Seller,
        0,
        one(Text::new(S_TIER2)),
        two(Text::new(R_THANKS).msg("what", what), Text::new(R_TIER2)),
    ))
}
