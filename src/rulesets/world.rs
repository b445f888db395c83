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

const GOODS_NOT_RECEIVED: Msg = msg! {
    en: "Not delivered yet ({status}); this claim needs the goods in hand.",
    zh: "尚未送达（{status}）；此类申请须在收到商品后提出。",
};
const GOODS_RECEIVED: Msg = msg! {
    en: "The goods were delivered.",
    zh: "商品已送达。",
};

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

const POLICY_VOID: Msg = msg! {
    en: "Policy {key} = {given} is less favourable than the law's {law}; {law} applies.",
    zh: "政策{key}={given}不如法定的{law}有利于消费者，按{law}执行。",
};

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

const R_DELIVERED: Msg = msg! {
    en: "The carrier confirms delivery to your address, so we cannot refund it as not received. Please ask your neighbours; if it is not found, we will ask the carrier to investigate.",
    zh: "物流确认已送达您的地址，因此无法按未收到货退款。请询问邻居；如仍找不到，我们会请物流公司调查。",
};
const S_WAIT_GOODS: Msg = msg! {
    en: "Wait: the goods have not been delivered, and this claim needs them in hand ({rule}).",
    zh: "等待：商品尚未送达，此类申请须在收到商品后提出（{rule}）。",
};
const R_WAIT_GOODS: Msg = msg! {
    en: "Your order has not arrived yet ({status}). Please check it on arrival and tell us of any problem.",
    zh: "您的订单尚未送达（{status}）。收到后请检查，如有问题请告诉我们。",
};
const CLAIM_UNTIL: Msg = msg! {
    en: "A claim can be made until {last}.",
    zh: "可在{last}前提出。",
};
const S_PARTIAL: Msg = msg! {
    en: "Refund {amount}, as the buyer asked; the buyer keeps the item ({what}).",
    zh: "按买家要求退款{amount}，买家保留商品（{what}）。",
};
pub(super) const R_THANKS: Msg = msg! {
    en: "Thank you for telling us: {what}.",
    zh: "感谢您告知：{what}。",
};

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

pub(super) const PERIOD_OK: Msg = msg! {
    en: "Made on {day}, within the period that ends on {last}.",
    zh: "于{day}提出，在期限内（{last}截止）。",
};
pub(super) const PERIOD_LATE: Msg = msg! {
    en: "Made on {day}, after the period ended on {last}.",
    zh: "于{day}提出，期限已于{last}结束。",
};
const S_PERIOD_OVER: Msg = msg! {
    en: "Reject: the claim came on {day}, after the period ended on {last} ({rule}).",
    zh: "拒绝：申请于{day}提出，期限已于{last}结束（{rule}）。",
};
const R_PERIOD_OVER: Msg = msg! {
    en: "The time limit for this request ended on {last}, so we cannot accept it now. If the item is faulty, please tell us.",
    zh: "此项申请的期限已于{last}结束，现无法受理。如商品有故障，请告诉我们。",
};
pub(super) const EDD_PASSED: Msg = msg! {
    en: "The estimated delivery date, {edd}, has passed without delivery.",
    zh: "预计送达日{edd}已过，仍未送达。",
};
pub(super) const EDD_NOT_PASSED: Msg = msg! {
    en: "The estimated delivery date, {edd}, has not passed yet.",
    zh: "预计送达日{edd}尚未到来。",
};

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

const S_EXCHANGE: Msg = msg! {
    en: "Send a replacement, as the buyer asked ({what}), with a prepaid return label.",
    zh: "按买家要求发送替换商品（{what}），并提供预付退货面单。",
};
const R_EXCHANGE: Msg = msg! {
    en: "As you asked, we will send a replacement at our cost; please return the item with our prepaid label.",
    zh: "按您的要求，我们将承担费用寄出替换商品；请使用我们的预付面单寄回原商品。",
};

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

const S_DELIVERED_REJECT: Msg = msg! {
    en: "Reject: the carrier shows the parcel delivered; answer with the tracking, delivery and shipment records ({rule}).",
    zh: "拒绝：物流显示已妥投；请以物流、签收和发货记录回应（{rule}）。",
};
pub(super) const S_NOT_ARRIVED: Msg = msg! {
    en: "Refund {amount}, price plus original shipping ({rule}): not delivered ({status}).",
    zh: "退款{amount}（货款加原运费，{rule}）：未能送达（{status}）。",
};
pub(super) const R_NOT_ARRIVED: Msg = msg! {
    en: "Your parcel has not arrived; we will refund the full {amount}, including the original shipping.",
    zh: "您的包裹未能送达，我们将全额退款{amount}（含原运费）。",
};

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
