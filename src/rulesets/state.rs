//! The order's state (not shipped, in transit, delivered), derived once from the validated
//! dispute for every ruleset, and the answer every ruleset gives to a claim that needs the goods
//! in hand (quality, not as described, wrong or missing items, damage, counterfeit) before they
//! have arrived.

use super::marketplace::reason_msg;
use crate::codes::EvidenceCode as Ev;
use crate::decision::{Eval, Verdict};
use crate::model::{Dispute, Fault, Outcome, Tracking};
use crate::text::{Msg, Text};

/// Where the goods are, as far as the input tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderState {
    /// Paid (or ordered), nothing shipped: no shipment date and no carrier status of a parcel.
    Unshipped,
    /// Shipped and not delivered: on the way, held by customs, returned to the sender or lost.
    InTransit,
    /// The buyer has the goods: signed for, receipt confirmed, or the carrier shows delivery.
    Delivered,
}

impl OrderState {
    /// The state from the dates and the carrier's status. Delivery wins over shipment, and
    /// shipment over nothing: `dates.delivered`, `dates.completed` (receipt confirmed),
    /// `dates.returnSent` or `dates.returnReceived` (the goods went back, so they had arrived) or tracking `delivered`
    /// make it delivered; else `dates.shipped`, `dates.reshipped` or a parcel's tracking status
    /// (`in_transit`, `held_by_customs`, `returned_to_sender`, `lost`) make it in transit; an
    /// order with none of these has not shipped. Tracking `none` and `invalid` name no parcel.
    pub fn of(d: &Dispute) -> OrderState {
        let dates = &d.dates;
        if dates.delivered.is_some()
            || dates.completed.is_some()
            || dates.return_sent.is_some()
            || dates.return_received.is_some()
            || d.tracking == Some(Tracking::Delivered)
        {
            OrderState::Delivered
        } else if dates.shipped.is_some()
            || dates.reshipped.is_some()
            || matches!(
                d.tracking,
                Some(
                    Tracking::InTransit
                        | Tracking::HeldByCustoms
                        | Tracking::ReturnedToSender
                        | Tracking::Lost
                )
            )
        {
            OrderState::InTransit
        } else {
            OrderState::Unshipped
        }
    }

    pub fn is_shipped(self) -> bool {
        self != OrderState::Unshipped
    }

    pub fn is_delivered(self) -> bool {
        self == OrderState::Delivered
    }

    fn msg(self) -> Msg {
        match self {
            OrderState::Unshipped => NOT_SHIPPED,
            OrderState::InTransit => IN_TRANSIT,
            OrderState::Delivered => DELIVERED,
        }
    }
}

const NOT_SHIPPED: Msg = msg!("state.not_shipped");
const IN_TRANSIT: Msg = msg!("state.in_transit");
const DELIVERED: Msg = msg!("state.delivered");

const C_NOT_RECEIVED: Msg = msg!("state.check.not_received", state: message);
const S_AWAIT: Msg = msg!("state.summary.await", claim: message, rule: code, state: message);
const S_ENTER_DATE: Msg = msg!("state.summary.enter_date");
const R_AWAIT: Msg = msg!("state.reply.await", claim: message, state: message);
const WINDOW: Msg = msg!("state.window", days: number);

/// "The order has not been shipped.": the failed `shipped` check of every ruleset.
pub const C_NOT_SHIPPED: Msg = msg!("state.check.not_shipped");
/// The reply to a refund of an order that has not shipped.
pub const R_UNSHIPPED: Msg = msg!("state.reply.unshipped", refund: money);
/// The day by which the buyer has the refund at the latest (a timer, or a refund term).
pub const R_REFUND_BY: Msg = msg!("state.reply.refund_by", due: date);
/// The summary of a cancellation before shipment, under `rule`.
pub const S_CANCEL: Msg = msg!("state.summary.cancel", refund: money, rule: code);
/// The summary of a change of mind accepted while the parcel travels, under `rule`.
pub const S_REFUSE_PARCEL: Msg = msg!("state.summary.refuse_parcel", refund: money, rule: code);
/// The reply to a change of mind while the parcel travels.
pub const R_REFUSE_PARCEL: Msg = msg!("state.reply.refuse_parcel", refund: money);

/// A claim that needs the goods in hand, on an order the buyer has not received: `wait`, with a
/// failed `goods_received` check under `rule` (the ruleset's rule for raising the claim), and a
/// reply that says the claim can be made once the goods arrive, within `window_days` of delivery
/// when the ruleset has such a period. `extra` is a ruleset's own last sentence for the buyer.
/// Returns `None` when the buyer has the goods.
pub fn awaiting_goods(
    e: &mut Eval,
    rule: &'static str,
    window_days: Option<u32>,
    extra: Option<Text>,
) -> Option<Verdict> {
    let state = OrderState::of(e.d);
    (!state.is_delivered()).then(|| goods_not_received(e, state, rule, window_days, extra))
}

/// The answer of `awaiting_goods` for an order in `state`, not delivered.
pub fn goods_not_received(
    e: &mut Eval,
    state: OrderState,
    rule: &'static str,
    window_days: Option<u32>,
    extra: Option<Text>,
) -> Verdict {
    let d = e.d;
    let text = Text::new(C_NOT_RECEIVED).msg("state", state.msg());
    e.check("goods_received", rule, false, text);
    e.apply(rule);
    if state == OrderState::InTransit {
        e.evidence(Ev::TrackingInTransit);
    }
    let claim = reason_msg(d.reason);
    let mut summary = vec![Text::new(S_AWAIT)
        .msg("claim", claim)
        .msg("state", state.msg())
        .raw("rule", rule)];
    let mut reply = vec![Text::new(R_AWAIT)
        .msg("state", state.msg())
        .msg("claim", claim)];
    if let Some(days) = window_days {
        summary.push(Text::new(WINDOW).num("days", u64::from(days)));
        reply.push(Text::new(WINDOW).num("days", u64::from(days)));
    }
    summary.push(Text::new(S_ENTER_DATE));
    reply.extend(extra);
    Verdict {
        outcome: Outcome::Wait,
        fault: Fault::Undetermined,
        refund: 0,
        summary,
        reply,
    }
}
