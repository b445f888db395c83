//! The 14-day right of withdrawal of distance contracts: the EU Consumer Rights Directive
//! (EU-9..16) and its UK transposition, the Consumer Contracts Regulations (UK-CCR-1..4). One
//! procedure; each ruleset names its own rules and words.
//!
//! - The period ends 14 days after delivery; without the withdrawal information it is extended
//!   by 12 months from the end of the 14 days (EU-10, UK-CCR-2). Before delivery the consumer may
//!   withdraw at once: the period has not begun.
//! - The refund is the price plus the least expensive standard delivery (EU-13, EU-13b,
//!   UK-CCR-3); the trader may withhold it until the goods, or proof of sending them, are back.
//! - The consumer sends the goods back within 14 days of withdrawing and bears the direct cost of
//!   the return only when told so (EU-14, UK-CCR-4).
//! - Goods made to order, perishable goods, and sealed hygiene, audio, video or software goods
//!   once unsealed, and periodicals, are excepted (EU-16; UK reg. 28).

use super::cn_car::add_months;
use super::world::{
    claim_day, delivery_date, full_amount, period_over, state, statutory, verdict, State,
    PERIOD_LATE, PERIOD_OK,
};
use crate::calendar::{is_business_day, Stamp};
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Eval, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Fault, Outcome};
use crate::money::MAX_SAFE;
use crate::text::{one, Msg, Text};

/// A ruleset's names for the parts of the procedure.
pub(super) struct Rules {
    pub window: &'static str,
    pub extension: &'static str,
    pub refund: &'static str,
    pub delivery_cost: &'static str,
    pub withhold: &'static str,
    pub send_back: &'static str,
    pub exceptions: &'static str,
    /// The right's name: "withdrawal" (EU) or "cancellation" (UK).
    pub right: Msg,
    /// UK-CCR-3: the refund is due 14 days after the goods (or evidence of sending) are back;
    /// EU-13: 14 days after the trader is told, with the right to withhold (EU-13c).
    pub refund_from_goods_back: bool,
    /// EU: Regulation 1182/71 applies to the Directive's periods (CRD recital 41, EU-1182): a
    /// period in days ends at the end of its last day, and a last day that is a Saturday, a
    /// Sunday or a public holiday (`policy.holidays`) moves to the next working day.
    pub working_day_end: Option<&'static str>,
}

const MOVED: Msg = msg!("withdrawal.moved", last: date, moved: date, rule: code);

/// The end of a period whose last day is `last`: under Regulation 1182/71 that day, moved to
/// the next working day when it is a Saturday, Sunday or listed holiday; elsewhere `last` itself.
fn period_end(e: &mut Eval, r: &Rules, last: Stamp) -> Stamp {
    let Some(rule) = r.working_day_end else {
        return last;
    };
    let holidays = e.d.common.params.holidays();
    let mut end = last.day();
    while !is_business_day(end.date(), holidays) {
        let next = end.add_days(1);
        if next == end {
            break; // the calendar's end
        }
        end = next;
    }
    e.apply(rule);
    end
}

const CHECK_EXCLUDED: Msg = msg!("withdrawal.check_excluded", right: message, what: message);
const CHECK_NOT_EXCLUDED: Msg = msg!("withdrawal.check_not_excluded", right: message);
const MADE_TO_ORDER: Msg = msg!("withdrawal.made_to_order");
const PERISHABLE: Msg = msg!("withdrawal.perishable");
const HYGIENE: Msg = msg!("withdrawal.hygiene");
const DIGITAL: Msg = msg!("withdrawal.digital");
const PERIODICAL: Msg = msg!("withdrawal.periodical");
const BEFORE_DELIVERY: Msg = msg!("withdrawal.before_delivery", day: date, right: message);
const INFORMED: Msg = msg!("withdrawal.informed", days: number, right: message);
const NOT_INFORMED: Msg =
    msg!("withdrawal.not_informed", days: number, last: date, months: number, right: message);

const S_EXCLUDED: Msg =
    msg!("withdrawal.summary.excluded", right: message, rule: code, what: message);
const R_EXCLUDED: Msg = msg!("withdrawal.reply.excluded", what: message);
const S_UNSHIPPED: Msg = msg!("withdrawal.summary.unshipped", amount: money, delivery: code, due: date, refund: code, right: message);
const R_UNSHIPPED: Msg = msg!("withdrawal.reply.unshipped", amount: money, due: date);
const S_ACCEPT: Msg = msg!("withdrawal.summary.accept", right: message);
const S_SEND_BACK: Msg = msg!("withdrawal.summary.send_back", ship: date);
const S_REFUSE: Msg = msg!("withdrawal.summary.refuse");
const S_REFUND: Msg = msg!("withdrawal.summary.refund", amount: money, rules: text, withhold: code);
const S_REFUND_DUE: Msg = msg!("withdrawal.summary.refund_due", due: date);
const S_REFUND_AFTER_GOODS: Msg = msg!("withdrawal.summary.refund_after_goods", days: number);
const S_SUPPLEMENTARY: Msg = msg!("withdrawal.summary.supplementary", paid: money, standard: money);
const S_COST_CONSUMER: Msg = msg!("withdrawal.summary.cost_consumer", rule: code);
const S_COST_TRADER: Msg = msg!("withdrawal.summary.cost_trader", rule: code);
const R_RETURN: Msg = msg!("withdrawal.reply.return", amount: money, ship: date);
const R_REFUSE: Msg = msg!("withdrawal.reply.refuse", amount: money);
const R_COST_CONSUMER: Msg = msg!("withdrawal.reply.cost_consumer");
const R_COST_TRADER: Msg = msg!("withdrawal.reply.cost_trader");

/// The exception that applies, if any (EU-16; UK reg. 28).
fn exception(d: &Dispute) -> Option<Msg> {
    let i = &d.item;
    [
        (i.made_to_order, MADE_TO_ORDER),
        (i.perishable, PERISHABLE),
        (i.hygiene_unsealed, HYGIENE),
        (i.digital_unsealed, DIGITAL),
        (i.periodical, PERIODICAL),
    ]
    .into_iter()
    .find_map(|(applies, what)| applies.then_some(what))
}

/// The refund: the price plus the least expensive standard delivery (EU-13, EU-13b).
fn refund_amount(d: &Dispute) -> Result<u64> {
    d.price
        .checked_add(d.standard_shipping)
        .filter(|t| *t <= MAX_SAFE)
        .ok_or_else(|| {
            InputError::new(
                ErrorCode::InvalidAmount,
                "standardShipping",
                "price + standardShipping must not exceed 9007199254740991 minor units",
            )
        })
}

/// A change-of-mind withdrawal (cancellation) under `r`.
pub(super) fn decide(e: &mut Eval, r: &Rules) -> Result<Verdict> {
    let d = e.d;
    // Checked for overflow like every amount; the standard delivery is at most shippingPaid.
    full_amount(d)?;
    let amount = refund_amount(d)?;
    let right = r.right;
    let excepted = exception(d);
    let text = match excepted {
        Some(what) => Text::new(CHECK_EXCLUDED)
            .msg("right", right)
            .msg("what", what),
        None => Text::new(CHECK_NOT_EXCLUDED).msg("right", right),
    };
    e.check("not_excluded", r.exceptions, excepted.is_none(), text);
    e.apply(r.exceptions);
    if let Some(what) = excepted {
        e.evidence(Ev::ProductListing);
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_EXCLUDED)
                .msg("right", right)
                .msg("what", what)
                .raw("rule", r.exceptions)),
            one(Text::new(R_EXCLUDED).msg("what", what)),
        ));
    }
    let day = claim_day(d);
    let days = statutory(e, "withdrawalDays", r.window, true);
    let order_state = state(d);
    if order_state == State::Delivered {
        let delivered = delivery_date(d, "the period counts from delivery")?;
        let initial = delivered.add_days(days);
        let months = statutory(e, "extensionMonths", r.extension, true);
        let nominal = if d.informed_of_withdrawal {
            initial
        } else {
            add_months(initial, months)
        };
        let last = period_end(e, r, nominal);
        if let (Some(rule), true) = (r.working_day_end, last.date() != nominal.date()) {
            e.check(
                "period_ends_on_a_working_day",
                rule,
                true,
                Text::new(MOVED)
                    .date("last", nominal.day())
                    .date("moved", last)
                    .raw("rule", rule),
            );
        }
        e.deadline(Dl::ReturnWindowLastDay, last);
        let text = if d.informed_of_withdrawal {
            Text::new(INFORMED).num("days", u64::from(days))
        } else {
            Text::new(NOT_INFORMED)
                .num("days", u64::from(days))
                .num("months", u64::from(months))
                .date("last", last)
        };
        e.check(
            "informed_of_withdrawal",
            r.extension,
            d.informed_of_withdrawal,
            text.msg("right", right),
        );
        e.apply(r.window);
        e.apply(r.extension);
        let in_time = !day.is_after(last);
        let msg = if in_time { PERIOD_OK } else { PERIOD_LATE };
        let text = Text::new(msg)
            .date("day", day)
            .date("last", last)
            .num("days", u64::from(days));
        e.check("within_return_window", r.window, in_time, text);
        if !in_time {
            let rule = if d.informed_of_withdrawal {
                r.window
            } else {
                r.extension
            };
            return Ok(period_over(rule, day, last));
        }
    } else {
        e.check(
            "within_return_window",
            r.window,
            true,
            Text::new(BEFORE_DELIVERY)
                .msg("right", right)
                .date("day", day),
        );
        e.apply(r.window);
    }
    e.apply(r.refund);
    e.apply(r.delivery_cost);
    // EU-13: 14 days from the notice; UK-CCR-3: 14 days from the goods (or proof) back, and
    // from the notice when nothing was sent.
    let refund_days = statutory(e, "refundDays", r.refund, false);
    let due = if order_state == State::Unshipped || !r.refund_from_goods_back {
        Some(period_end(e, r, day.add_days(refund_days)))
    } else {
        // UK reg. 34(5): 14 days after the goods come back or, if earlier, after the consumer
        // supplies evidence of having sent them.
        let back = match (d.dates.return_sent, d.dates.return_received) {
            (Some(sent), Some(received)) => Some(if sent.is_after(received) {
                received
            } else {
                sent
            }),
            (sent, received) => sent.or(received),
        };
        back.map(|back| back.add_days(refund_days))
    };
    if let Some(due) = due {
        e.deadline(Dl::RefundDueBy, due);
    }
    let mut summary = Vec::new();
    let mut reply = Vec::new();
    if order_state == State::Unshipped {
        let due = due.unwrap_or(day);
        summary.push(
            Text::new(S_UNSHIPPED)
                .msg("right", right)
                .money("amount", amount)
                .date("due", due)
                .raw("refund", r.refund)
                .raw("delivery", r.delivery_cost),
        );
        reply.push(
            Text::new(R_UNSHIPPED)
                .money("amount", amount)
                .date("due", due),
        );
        return Ok(verdict(
            Outcome::RefundFull,
            Fault::Buyer,
            amount,
            summary,
            reply,
        ));
    }
    e.apply(r.withhold);
    e.apply(r.send_back);
    e.evidence(Ev::ReturnTracking);
    e.evidence(Ev::ReturnCondition);
    summary.push(Text::new(S_ACCEPT).msg("right", right));
    if order_state == State::Delivered {
        let ship = day.add_days(statutory(e, "returnShipDays", r.send_back, true));
        let ship = period_end(e, r, ship);
        e.deadline(Dl::ReturnShipDeadline, ship);
        summary.push(Text::new(S_SEND_BACK).date("ship", ship));
        reply.push(
            Text::new(R_RETURN)
                .date("ship", ship)
                .money("amount", amount),
        );
    } else {
        summary.push(Text::new(S_REFUSE));
        reply.push(Text::new(R_REFUSE).money("amount", amount));
    }
    // The UK cites one regulation for the refund, its delivery part and the withholding.
    let rules = if r.refund == r.delivery_cost {
        r.refund.to_string()
    } else {
        [r.refund, r.delivery_cost].join(", ")
    };
    summary.push(
        Text::new(S_REFUND)
            .money("amount", amount)
            .owned("rules", rules)
            .raw("withhold", r.withhold),
    );
    match due {
        Some(due) => summary.push(Text::new(S_REFUND_DUE).date("due", due)),
        None => summary.push(Text::new(S_REFUND_AFTER_GOODS).num("days", u64::from(refund_days))),
    }
    if d.standard_shipping < d.shipping_paid {
        summary.push(
            Text::new(S_SUPPLEMENTARY)
                .money("paid", d.shipping_paid)
                .money("standard", d.standard_shipping),
        );
    }
    if d.informed_of_return_cost {
        summary.push(Text::new(S_COST_CONSUMER).raw("rule", r.send_back));
        reply.push(Text::new(R_COST_CONSUMER));
    } else {
        summary.push(Text::new(S_COST_TRADER).raw("rule", r.send_back));
        reply.push(Text::new(R_COST_TRADER));
    }
    Ok(verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        amount,
        summary,
        reply,
    ))
}
