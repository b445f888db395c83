//! What the eBay, PayPal, EU, UK and US rulesets share: the order's state (unshipped, in
//! transit, delivered), the `goods_received` test of claims that need the goods in hand, and the
//! verdict builder.

// What the marketplace rulesets share (texts, amounts, the claim day).
pub(super) use super::marketplace::{
    claim_day, full_amount, missing, reason_msg, tracking_msg, DELIVERED, NOT_DELIVERED, R_KEEP,
};
use crate::calendar::Stamp;
use crate::codes::EvidenceCode as Ev;
use crate::decision::{Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Request};
use crate::text::{one, two, Msg, Text};

/// The order's state, read once for every ruleset (`state.rs`).
pub(super) use super::state::OrderState as State;

pub(super) fn state(d: &Dispute) -> State {
    State::of(d)
}

/// `dates.delivered` of a delivered order: a state that has the date must give it.
pub(super) fn delivery_date(d: &Dispute, why: &str) -> Result<Stamp> {
    d.dates.delivered.ok_or_else(|| {
        missing(
            "dates.delivered",
            &format!("dates.delivered is needed: the goods were delivered, and {why}"),
        )
    })
}

const GOODS_NOT_RECEIVED: Msg = msg!("world.goods_not_received", status: message);
const GOODS_RECEIVED: Msg = msg!("world.goods_received");

/// The `goods_received` test: passes for a delivered order; returns whether it passed.
pub(super) fn goods_received(e: &mut Eval, rule: &'static str) -> bool {
    let delivered = state(e.d) == State::Delivered;
    let text = if delivered {
        Text::new(GOODS_RECEIVED)
    } else {
        Text::new(GOODS_NOT_RECEIVED).msg("status", tracking_msg(e.d.tracking))
    };
    e.check("goods_received", rule, delivered, text)
}

#[inline(never)]
pub(super) fn verdict(
    outcome: Outcome,
    fault: Fault,
    refund: u64,
    summary: Vec<Text>,
    reply: Vec<Text>,
) -> Verdict {
    Verdict {
        outcome,
        fault,
        refund,
        summary,
        reply,
    }
}

const POLICY_VOID: Msg = msg!("world.policy_void", given: number, key: code, law: number);

/// A statutory period: a policy may make it more favourable to the consumer, never less, since
/// the consumer's rights are mandatory. `more_is_better`: the consumer gains from a larger value
/// (a window) rather than a smaller one (the trader's refund term). A less favourable value is
/// ignored, with a failed `policy_within_statute` check citing `rule`.
pub(super) fn statutory(
    e: &mut Eval,
    key: &'static str,
    rule: &'static str,
    more_is_better: bool,
) -> u32 {
    let params = &e.d.common.params;
    let value = params.days(key);
    let law = super::spec(e.d.common.ruleset)
        .and_then(|s| s.params.iter().find(|p| p.key == key))
        .map_or(value, |p| u32::try_from(p.default).unwrap_or(value));
    let worse = if more_is_better {
        value < law
    } else {
        value > law
    };
    if !worse {
        return value;
    }
    e.check(
        "policy_within_statute",
        rule,
        false,
        Text::new(POLICY_VOID)
            .raw("key", key)
            .num("given", u64::from(value))
            .num("law", u64::from(law)),
    );
    law
}

const R_DELIVERED: Msg = msg!("world.reply.delivered");
const S_WAIT_GOODS: Msg = msg!("world.summary.wait_goods", rule: code);
const R_WAIT_GOODS: Msg = msg!("world.reply.wait_goods", status: message);
const CLAIM_UNTIL: Msg = msg!("world.claim_until", last: date);
const S_PARTIAL: Msg = msg!("world.summary.partial", amount: money, what: message);
pub(super) const R_THANKS: Msg = msg!("world.reply.thanks", what: message);

/// A claim that needs the goods in hand, before delivery: wait, and say until when a claim can
/// be made when the ruleset knows.
pub(super) fn wait_for_goods(d: &Dispute, rule: &'static str, last: Option<Stamp>) -> Verdict {
    let mut summary = one(Text::new(S_WAIT_GOODS).raw("rule", rule));
    let mut reply = one(Text::new(R_WAIT_GOODS).msg("status", tracking_msg(d.tracking)));
    if let Some(last) = last {
        summary.push(Text::new(CLAIM_UNTIL).date("last", last));
        reply.push(Text::new(CLAIM_UNTIL).date("last", last));
    }
    verdict(Outcome::Wait, Fault::Undetermined, 0, summary, reply)
}

/// The buyer keeps the item with the partial refund they asked for.
pub(super) fn keep_with_partial(what: Msg, amount: u64) -> Verdict {
    verdict(
        Outcome::RefundPartial,
        Fault::Seller,
        amount,
        one(Text::new(S_PARTIAL)
            .money("amount", amount)
            .msg("what", what)),
        two(
            Text::new(R_THANKS).msg("what", what),
            Text::new(R_KEEP).money("amount", amount),
        ),
    )
}

pub(super) const PERIOD_OK: Msg = msg!("world.period_ok", day: date, days: number, last: date);
pub(super) const PERIOD_LATE: Msg = msg!("world.period_late", day: date, days: number, last: date);
const S_PERIOD_OVER: Msg = msg!("world.summary.period_over", day: date, last: date, rule: code);
const R_PERIOD_OVER: Msg = msg!("world.reply.period_over", last: date);
pub(super) const EDD_PASSED: Msg = msg!("world.edd_passed", edd: date);
pub(super) const EDD_NOT_PASSED: Msg = msg!("world.edd_not_passed", edd: date);

/// A claim made after its period (`rule`) ended on `last`.
#[inline(never)]
pub(super) fn period_over(rule: &'static str, day: Stamp, last: Stamp) -> Verdict {
    verdict(
        Outcome::Reject,
        Fault::None,
        0,
        one(Text::new(S_PERIOD_OVER)
            .date("day", day)
            .date("last", last)
            .raw("rule", rule)),
        one(Text::new(R_PERIOD_OVER).date("last", last)),
    )
}

const S_EXCHANGE: Msg = msg!("world.summary.exchange", what: message);
const R_EXCHANGE: Msg = msg!("world.reply.exchange");

/// Not as described under a platform guarantee, the goods in hand and the claim in time: the
/// partial refund or (where `exchange`) the replacement the buyer asked for, else a return for
/// `amount`, with the ruleset's summary and reply (given `{what}` and `{amount}`).
pub(super) fn snad_return(e: &mut Eval, amount: u64, exchange: bool, texts: (Msg, Msg)) -> Verdict {
    let d = e.d;
    let what = reason_msg(d.reason);
    if d.evidence.buyer_photos {
        e.evidence(Ev::BuyerPhotos);
    }
    e.evidence(Ev::ChatRecord);
    if d.request == Some(Request::PartialRefund) {
        return keep_with_partial(what, d.requested_amount.unwrap_or(amount).min(amount));
    }
    e.evidence(Ev::ReturnTracking);
    let thanks = Text::new(R_THANKS).msg("what", what);
    if exchange && matches!(d.request, Some(Request::Exchange | Request::Reship)) {
        return verdict(
            Outcome::Exchange,
            Fault::Seller,
            0,
            one(Text::new(S_EXCHANGE).msg("what", what)),
            two(thanks, Text::new(R_EXCHANGE)),
        );
    }
    e.evidence(Ev::ReturnCondition);
    let fill = |t: Text| t.msg("what", what).money("amount", amount);
    verdict(
        Outcome::ReturnRefund,
        Fault::Seller,
        amount,
        one(fill(Text::new(texts.0))),
        two(thanks, fill(Text::new(texts.1))),
    )
}

const S_DELIVERED_REJECT: Msg = msg!("world.summary.delivered_reject", rule: code);
pub(super) const S_NOT_ARRIVED: Msg =
    msg!("world.summary.not_arrived", amount: money, rule: code, status: message);
pub(super) const R_NOT_ARRIVED: Msg = msg!("world.reply.not_arrived", amount: money);

/// A non-receipt claim against the carrier's delivery record (`rule`): rejected.
#[inline(never)]
pub(super) fn delivered_reject(e: &mut Eval, rule: &'static str) -> Verdict {
    e.evidence(Ev::TrackingDelivered);
    e.evidence(Ev::ShipmentRecord);
    verdict(
        Outcome::Reject,
        Fault::None,
        0,
        one(Text::new(S_DELIVERED_REJECT).raw("rule", rule)),
        one(Text::new(R_DELIVERED)),
    )
}
