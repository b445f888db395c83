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
    /// `dates.returnReceived` (the goods came back, so they had arrived) or tracking `delivered`
    /// make it delivered; else `dates.shipped`, `dates.reshipped` or a parcel's tracking status
    /// (`in_transit`, `held_by_customs`, `returned_to_sender`, `lost`) make it in transit; an
    /// order with none of these has not shipped. Tracking `none` and `invalid` name no parcel.
    pub fn of(d: &Dispute) -> OrderState {
        let dates = &d.dates;
        if dates.delivered.is_some()
            || dates.completed.is_some()
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

const NOT_SHIPPED: Msg = msg! {
    en: "not shipped yet",
    zh: "尚未发货",
};
const IN_TRANSIT: Msg = msg! {
    en: "on its way",
    zh: "正在运输途中",
};
const DELIVERED: Msg = msg! {
    en: "delivered",
    zh: "已签收",
};

const C_NOT_RECEIVED: Msg = msg! {
    en: "The goods have not reached the buyer: the order is {state}.",
    zh: "买家尚未收到商品：订单{state}。",
};
const S_AWAIT: Msg = msg! {
    en: "Wait: the buyer says {claim}, but the order is {state}, so there is nothing to judge yet ({rule}); the claim can be made once the goods arrive.",
    zh: "等待：买家称{claim}，但订单{state}，尚无可查验的商品（{rule}）；收货后即可提出。",
};
const S_ENTER_DATE: Msg = msg! {
    en: "If the buyer has them, enter the delivery date.",
    zh: "如买家已收到商品，请填写签收日期。",
};
const R_AWAIT: Msg = msg! {
    en: "Your order is {state}, so it has not reached you yet. When it arrives, please check it; if {claim}, tell us with a few photos and we will put it right.",
    zh: "您的订单{state}，目前尚未送达。收到后请检查商品；如{claim}，请拍照告诉我们，我们会为您妥善处理。",
};
const WINDOW: Msg = msg! {
    en: "A return can be asked within {days} days of delivery.",
    zh: "签收后{days}天内可申请退货。",
};

/// "The order has not been shipped.": the failed `shipped` check of every ruleset.
pub const C_NOT_SHIPPED: Msg = msg! {
    en: "The order has not been shipped.",
    zh: "订单尚未发货。",
};
/// The reply to a refund of an order that has not shipped.
pub const R_UNSHIPPED: Msg = msg! {
    en: "Your order has not shipped yet, so we are cancelling it and refunding the full {refund}.",
    zh: "您的订单尚未发货，我们将为您取消订单并全额退款{refund}。",
};
/// The day by which the buyer has the refund at the latest (a timer, or a refund term).
pub const R_REFUND_BY: Msg = msg! {
    en: "The refund reaches you by {due} at the latest.",
    zh: "退款最迟将于{due}前到账。",
};
/// The summary of a cancellation before shipment, under `rule`.
pub const S_CANCEL: Msg = msg! {
    en: "Cancel the order and refund {refund}, everything paid: nothing has shipped ({rule}).",
    zh: "取消订单并退还全部{refund}：商品尚未发出（{rule}）。",
};
/// The summary of a change of mind accepted while the parcel travels, under `rule`.
pub const S_REFUSE_PARCEL: Msg = msg! {
    en: "Accept: the buyer refuses the parcel or returns it after delivery, paying the way back, and gets {refund} once it is back ({rule}).",
    zh: "同意：买家拒收或收货后退回，退回运费由买家承担，商品退回后退款{refund}（{rule}）。",
};
/// The reply to a change of mind while the parcel travels.
pub const R_REFUSE_PARCEL: Msg = msg! {
    en: "Your parcel is already on its way: refuse it at delivery, or send it back unused at your cost after it arrives, and we will refund {refund} once it is back with us.",
    zh: "您的包裹已在途中：您可以拒收，或收货后原样寄回（运费由您承担），商品退回后我们将退款{refund}。",
};

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
