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
}

const CHECK_EXCLUDED: Msg = msg! {
    en: "Excepted from the right of {right}: {what}.",
    zh: "不适用{right}权：{what}。",
};
const CHECK_NOT_EXCLUDED: Msg = msg! {
    en: "No exception to the right of {right} applies.",
    zh: "不属于{right}权的例外情形。",
};
const MADE_TO_ORDER: Msg = msg! {
    en: "goods made to the consumer's specification",
    zh: "按消费者要求定制的商品",
};
const PERISHABLE: Msg = msg! {
    en: "goods that deteriorate rapidly",
    zh: "易腐坏商品",
};
const HYGIENE: Msg = msg! {
    en: "sealed health or hygiene goods, unsealed after delivery",
    zh: "交付后已拆封的卫生类密封商品",
};
const DIGITAL: Msg = msg! {
    en: "sealed audio, video or software, unsealed after delivery",
    zh: "交付后已拆封的密封音像制品或软件",
};
const PERIODICAL: Msg = msg! {
    en: "a newspaper, periodical or magazine",
    zh: "报纸、期刊或杂志",
};
const BEFORE_DELIVERY: Msg = msg! {
    en: "Notice given on {day}, before delivery: the consumer may withdraw before the 14 days begin.",
    zh: "于{day}在交付前通知：消费者可在14天期限开始前行使该权利。",
};
const INFORMED: Msg = msg! {
    en: "The information on the right of {right} was given: {days} days from delivery.",
    zh: "已告知{right}权信息：交付后{days}天。",
};
const NOT_INFORMED: Msg = msg! {
    en: "No information on the right of {right} was given: the {days} days are extended by {months} months, to {last}.",
    zh: "未告知{right}权信息：{days}天期限延长{months}个月，至{last}。",
};

const S_EXCLUDED: Msg = msg! {
    en: "Decline: the right of {right} does not apply to {what} ({rule}).",
    zh: "拒绝：{what}不适用{right}权（{rule}）。",
};
const R_EXCLUDED: Msg = msg! {
    en: "The 14-day right to cancel does not apply to this order ({what}). If the item is faulty, please tell us.",
    zh: "14天取消权不适用于本订单（{what}）。如商品有质量问题，请告诉我们。",
};
const S_UNSHIPPED: Msg = msg! {
    en: "Not shipped yet: cancel and refund {amount}, price plus standard delivery, by {due} ({refund}, {delivery}).",
    zh: "尚未发货：请取消订单，并在{due}前退还货款及标准运费{amount}（{refund}、{delivery}）。",
};
const R_UNSHIPPED: Msg = msg! {
    en: "We have cancelled your order before it shipped and will refund {amount}, delivery included, by {due}.",
    zh: "已在发货前取消您的订单，我们将在{due}前退款{amount}（含运费）。",
};
const S_ACCEPT: Msg = msg! {
    en: "Accept the {right}.",
    zh: "接受{right}。",
};
const S_SEND_BACK: Msg = msg! {
    en: "The consumer sends the goods back by {ship}.",
    zh: "消费者须在{ship}前寄回商品。",
};
const S_REFUSE: Msg = msg! {
    en: "The parcel is on its way: the consumer may refuse it or send it back unopened.",
    zh: "包裹正在途中：消费者可拒收或原样寄回。",
};
const S_REFUND: Msg = msg! {
    en: "Refund {amount}, price plus standard delivery ({rules}); you may withhold it until the goods or proof of sending are back ({withhold}).",
    zh: "退还货款及标准运费{amount}（{rules}）；收到商品或寄回凭证前可暂缓（{withhold}）。",
};
const S_REFUND_DUE: Msg = msg! {
    en: "The refund is due by {due}.",
    zh: "退款最迟应于{due}完成。",
};
const S_REFUND_AFTER_GOODS: Msg = msg! {
    en: "The refund is due within {days} days of the goods or proof of sending coming back.",
    zh: "退款应在收到退回商品或寄回凭证后{days}天内完成。",
};
const S_SUPPLEMENTARY: Msg = msg! {
    en: "The buyer chose dearer delivery ({paid}) than standard ({standard}): the difference is not refunded.",
    zh: "买家选择了比标准配送（{standard}）更贵的配送（{paid}）：差价不退。",
};
const S_COST_CONSUMER: Msg = msg! {
    en: "The return cost is the consumer's, who was told so ({rule}).",
    zh: "退货费用由消费者承担，已事先告知（{rule}）。",
};
const S_COST_TRADER: Msg = msg! {
    en: "The return cost is the trader's: the consumer was not told they would bear it ({rule}).",
    zh: "退货费用由经营者承担：未告知消费者须自行承担（{rule}）。",
};
const R_RETURN: Msg = msg! {
    en: "We have your cancellation. Please send the goods back by {ship}; we will refund {amount}, standard delivery included, once they or proof of sending reach us.",
    zh: "已收到您的取消通知。请在{ship}前寄回商品；收到商品或寄回凭证后我们将退款{amount}（含标准运费）。",
};
const R_REFUSE: Msg = msg! {
    en: "We have your cancellation. Your parcel is on its way: refuse it or send it back unopened, and we will refund {amount}, standard delivery included, once it or proof of sending reaches us.",
    zh: "已收到您的取消通知。包裹已在途中：请拒收或原样寄回，收到商品或寄回凭证后我们将退款{amount}（含标准运费）。",
};
const R_COST_CONSUMER: Msg = msg! {
    en: "As our terms said, the return postage is yours.",
    zh: "如我们的条款所述，退货运费由您承担。",
};
const R_COST_TRADER: Msg = msg! {
    en: "The return postage is on us.",
    zh: "退货运费由我们承担。",
};

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
        let last = if d.informed_of_withdrawal {
            initial
        } else {
            add_months(initial, months)
        };
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
        let text = Text::new(msg).date("day", day).date("last", last);
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
        Some(day.add_days(refund_days))
    } else {
        d.dates
            .return_received
            .map(|back| back.add_days(refund_days))
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
