//! UK consumer law (rules.md §6.2, §6.3): the Consumer Contracts Regulations 2013's 14-day
//! cancellation of a distance contract (UK-CCR-1..4, the EU procedure in `withdrawal.rs`), and
//! the Consumer Rights Act 2015's remedies for faulty goods: the 30-day short-term right to
//! reject (CRA-22), paused while a repair or replacement is awaited with at least 7 days left
//! afterwards (CRA-22c), the trader bearing the return (CRA-20-8) and refunding within 14 days
//! (CRA-20-15); after it, one repair or replacement first, with a fault in the first 6 months
//! presumed present at delivery (CRA-tiers); once that repair or replacement has failed, a price
//! reduction or the final right to reject (CRA-24-5), with no deduction for use within 6 months
//! of delivery (CRA-24-10).

use super::cn_car::add_months;
use super::withdrawal::{self, Rules};
use super::world::{
    claim_day, delivery_date, full_amount, goods_received, reason_msg, statutory, verdict,
    wait_for_goods, PERIOD_LATE, PERIOD_OK, R_THANKS,
};
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request};
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::UkCra,
    currency: Some("GBP"),
    params: PARAMS,
    reasons: &[
        Reason::NoReason,
        Reason::Quality,
        Reason::NotAsDescribed,
        Reason::WrongItem,
        Reason::DamagedInTransit,
    ],
    violations: &[],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.uk-cra.name"),
    // The Regulations took effect on 2014-06-13; the Act's goods provisions on 2015-10-01.
    version: "2015-10-01",
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
            "dates.returnSent",
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
        rule: "UK-CCR-1",
        verified: true,
    },
    ParamSpec {
        key: "extensionMonths",
        default: 12,
        max: 120,
        rule: "UK-CCR-2",
        verified: true,
    },
    ParamSpec {
        key: "refundDays",
        default: 14,
        max: DAYS_MAX,
        rule: "UK-CCR-3",
        verified: true,
    },
    ParamSpec {
        key: "returnShipDays",
        default: 14,
        max: DAYS_MAX,
        rule: "UK-CCR-4",
        verified: true,
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
        verified: true,
    },
    ParamSpec {
        key: "burdenShiftMonths",
        default: 6,
        max: 120,
        rule: "CRA-tiers",
        verified: true,
    },
    // s.24(10): no deduction for use on a final rejection within 6 months of delivery.
    ParamSpec {
        key: "noDeductionMonths",
        default: 6,
        max: 120,
        rule: "CRA-24-10",
        verified: true,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "Consumer Contracts Regulations 2013",
        url: "https://www.legislation.gov.uk/uksi/2013/3134/body",
    },
    Source {
        title: "Consumer Contracts Regulations 2013, reg. 34: refund 14 days after the goods are back or, if earlier, the evidence of sending them",
        url: "https://www.legislation.gov.uk/uksi/2013/3134/regulation/34",
    },
    Source {
        title: "Consumer Rights Act 2015, s.22",
        url: "https://www.legislation.gov.uk/ukpga/2015/15/section/22",
    },
    Source {
        title: "Consumer Rights Act 2015, s.24: price reduction or final right to reject after a failed repair or replacement (5); no deduction for use within 6 months (10)",
        url: "https://www.legislation.gov.uk/ukpga/2015/15/section/24",
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

const RIGHT: Msg = msg!("uk_cra.right");

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
    // The UK's regulations count calendar days (UK-CCR-1: "14 calendar days").
    working_day_end: None,
};

// ---------------------------------------------------------------------------------------------
// Checks.

const PAUSED: Msg = msg!("uk_cra.paused", left: number, requested: date);
const RESUMED: Msg =
    msg!("uk_cra.resumed", last: date, left: number, min: number, requested: date, returned: date);
const PRESUMED: Msg = msg!("uk_cra.presumed", end: date, months: number);
const NOT_PRESUMED: Msg = msg!("uk_cra.not_presumed", end: date, months: number);

const REPAIR_FAILED: Msg = msg!("uk_cra.repair_failed", day: date, requested: date, returned: date);
const NO_DEDUCTION: Msg = msg!("uk_cra.no_deduction", end: date, months: number);
const DEDUCTION: Msg = msg!("uk_cra.deduction", end: date, months: number);

// ---------------------------------------------------------------------------------------------
// Summaries and replies.

const S_FINAL_REJECT: Msg =
    msg!("uk_cra.summary.final_reject", amount: money, due: date, what: message);
const S_DEDUCTION_NOTE: Msg = msg!("uk_cra.summary.deduction_note", months: number);
const R_FINAL_REJECT: Msg = msg!("uk_cra.reply.final_reject", amount: money, due: date);
const S_PRICE_REDUCTION: Msg = msg!("uk_cra.summary.price_reduction", amount: money, what: message);
pub(super) const R_PRICE_REDUCTION: Msg = msg!("uk_cra.reply.price_reduction", amount: money);

const S_REJECT: Msg = msg!("uk_cra.summary.reject", amount: money, due: date, what: message);
const R_REJECT: Msg = msg!("uk_cra.reply.reject", amount: money, due: date, what: message);
const S_REPLACE: Msg = msg!("uk_cra.summary.replace", min: number, what: message);
const R_REPLACE: Msg = msg!("uk_cra.reply.replace");
const S_PAUSED: Msg = msg!("uk_cra.summary.paused", min: number, requested: date);
const R_PAUSED: Msg = msg!("uk_cra.reply.paused");
const S_TIER2: Msg = msg!("uk_cra.summary.tier2");
const R_TIER2: Msg = msg!("uk_cra.reply.tier2");

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
    // After the 30 days, once the one repair or replacement has failed: a price reduction or the
    // final right to reject (s.24(5)).
    if let Some(v) = final_right(e, full, delivered, day)? {
        return Ok(v);
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

/// CRA-24-5: the goods came back from the one repair or replacement (`dates.repairReturned`) and
/// the complaint of `day` is on or after that day, so it failed: a price reduction when the
/// consumer asks for part of the price back, else the final right to reject, with nothing
/// deducted for use within 6 months of delivery (CRA-24-10; motor vehicles, which the Act
/// excepts, are not an input here). `None` when no repair or replacement has failed.
fn final_right(e: &mut Eval, full: u64, delivered: Stamp, day: Stamp) -> Result<Option<Verdict>> {
    let d = e.d;
    let (Some(requested), Some(returned)) = (d.dates.repair_requested, d.dates.repair_returned)
    else {
        return Ok(None);
    };
    if returned.is_after(day) {
        return Ok(None);
    }
    let what = reason_msg(d.reason);
    e.check(
        "repair_failed",
        "CRA-24-5",
        true,
        Text::new(REPAIR_FAILED)
            .date("requested", requested)
            .date("returned", returned)
            .date("day", day),
    );
    e.apply("CRA-24-5");
    e.evidence(Ev::RepairRecord);
    if d.request == Some(Request::PartialRefund) {
        let amount = d.requested_amount.unwrap_or(full).min(full);
        return Ok(Some(verdict(
            Outcome::RefundPartial,
            Fault::Seller,
            amount,
            one(Text::new(S_PRICE_REDUCTION)
                .money("amount", amount)
                .msg("what", what)),
            two(
                Text::new(R_THANKS).msg("what", what),
                Text::new(R_PRICE_REDUCTION).money("amount", amount),
            ),
        )));
    }
    let months = statutory(e, "noDeductionMonths", "CRA-24-10", true);
    let end = add_months(delivered, months);
    let free = !day.is_after(end);
    let text = Text::new(if free { NO_DEDUCTION } else { DEDUCTION })
        .num("months", u64::from(months))
        .date("end", end);
    e.check("no_deduction_for_use", "CRA-24-10", free, text);
    e.apply("CRA-24-10");
    let refund_days = statutory(e, "rejectRefundDays", "CRA-20-15", false);
    let due = day.add_days(refund_days.saturating_sub(1));
    e.deadline(Dl::RefundDueBy, due);
    e.apply("CRA-20-8");
    e.apply("CRA-20-15");
    e.evidence(Ev::ReturnTracking);
    let mut summary = one(Text::new(S_FINAL_REJECT)
        .msg("what", what)
        .money("amount", full)
        .date("due", due));
    if !free {
        summary.push(Text::new(S_DEDUCTION_NOTE).num("months", u64::from(months)));
    }
    Ok(Some(verdict(
        Outcome::ReturnRefund,
        Fault::Seller,
        full,
        summary,
        two(
            Text::new(R_THANKS).msg("what", what),
            Text::new(R_FINAL_REJECT)
                .money("amount", full)
                .date("due", due),
        ),
    )))
}
