//! What the marketplace rulesets (AliExpress, Amazon) share: the amount paid, the claim's day,
//! the carrier's status and the buyer's claim as text, and the texts of refunds and offers.

use crate::calendar::Stamp;
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Reason, Tracking};
use crate::money::MAX_SAFE;
use crate::text::Msg;

const TRACKING_NONE: Msg = msg! {
    en: "no tracking update",
    zh: "暂无物流信息",
};

const TRACKING_INVALID: Msg = msg! {
    en: "an invalid tracking number",
    zh: "物流单号无效",
};

const TRACKING_IN_TRANSIT: Msg = msg! {
    en: "in transit",
    zh: "运输中",
};

const TRACKING_DELIVERED: Msg = msg! {
    en: "delivered",
    zh: "已妥投",
};

const TRACKING_RETURNED: Msg = msg! {
    en: "returned to sender",
    zh: "已退回寄件人",
};

const TRACKING_CUSTOMS: Msg = msg! {
    en: "held by customs",
    zh: "被海关扣留",
};

const TRACKING_LOST: Msg = msg! {
    en: "lost",
    zh: "丢失",
};

const REASON_NAD: Msg = msg! {
    en: "the item is not as described",
    zh: "商品与描述不符",
};

const REASON_QUALITY: Msg = msg! {
    en: "the item has a quality problem",
    zh: "商品存在质量问题",
};

const REASON_WRONG: Msg = msg! {
    en: "the wrong item was sent",
    zh: "发错了商品",
};

const REASON_MISSING: Msg = msg! {
    en: "some items are missing from the order",
    zh: "订单少发了商品",
};

const REASON_DAMAGED: Msg = msg! {
    en: "the item was damaged in transit",
    zh: "商品在运输途中损坏",
};

const REASON_COUNTERFEIT: Msg = msg! {
    en: "the item does not appear to be genuine",
    zh: "商品疑似非正品",
};

pub(super) const OFFER_KEEP_PARTIAL: Msg = msg! {
    en: "Keep the item and receive a refund of {amount}.",
    zh: "保留商品，我们退款{amount}。",
};

pub(super) const OFFER_RETURN_FULL: Msg = msg! {
    en: "Return the item, with the return shipping on us, for a full refund of {amount}.",
    zh: "退回商品（退货运费由我们承担），全额退款{amount}。",
};

pub(super) const DELIVERED_ON: Msg = msg! {
    en: "The carrier's records show the parcel delivered on {day}.",
    zh: "物流记录显示包裹已于{day}妥投。",
};

pub(super) const DELIVERED: Msg = msg! {
    en: "The carrier's records show the parcel delivered.",
    zh: "物流记录显示包裹已妥投。",
};

pub(super) const NOT_DELIVERED: Msg = msg! {
    en: "The carrier's records do not show delivery (tracking: {status}).",
    zh: "物流记录未显示妥投（物流状态：{status}）。",
};

pub(super) const S_REFUND: Msg = msg! {
    en: "Refund {amount}.",
    zh: "退款{amount}。",
};

pub(super) const S_REFUND_PARTIAL: Msg = msg! {
    en: "Refund {amount}, the partial amount the buyer asked for.",
    zh: "按买家要求部分退款{amount}。",
};

pub(super) const R_SHIPPED: Msg = msg! {
    en: "We have checked your order: it was shipped on {shipped}.",
    zh: "我们已核实您的订单：商品已于{shipped}发出。",
};

pub(super) const R_REFUND_PARTIAL: Msg = msg! {
    en: "We will refund {amount}, as you asked.",
    zh: "我们将按您的要求退款{amount}。",
};

pub(super) const R_KEEP: Msg = msg! {
    en: "As you asked, you can keep the item and we will refund {amount}.",
    zh: "按您的要求，您可以保留商品，我们将退款{amount}。",
};

pub(super) fn tracking_msg(t: Option<Tracking>) -> Msg {
    match t {
        None | Some(Tracking::None) => TRACKING_NONE,
        Some(Tracking::Invalid) => TRACKING_INVALID,
        Some(Tracking::InTransit) => TRACKING_IN_TRANSIT,
        Some(Tracking::Delivered) => TRACKING_DELIVERED,
        Some(Tracking::ReturnedToSender) => TRACKING_RETURNED,
        Some(Tracking::HeldByCustoms) => TRACKING_CUSTOMS,
        Some(Tracking::Lost) => TRACKING_LOST,
    }
}

/// The buyer's claim as a short clause: "the item is not as described".
pub(super) fn reason_msg(r: Reason) -> Msg {
    match r {
        Reason::Quality => REASON_QUALITY,
        Reason::WrongItem => REASON_WRONG,
        Reason::MissingItems => REASON_MISSING,
        Reason::DamagedInTransit => REASON_DAMAGED,
        Reason::Counterfeit => REASON_COUNTERFEIT,
        _ => REASON_NAD,
    }
}

/// price + shippingPaid: the amount the buyer paid.
pub(super) fn full_amount(d: &Dispute) -> Result<u64> {
    d.price
        .checked_add(d.shipping_paid)
        .filter(|t| *t <= MAX_SAFE)
        .ok_or_else(|| {
            InputError::new(
                ErrorCode::InvalidAmount,
                "shippingPaid",
                "price + shippingPaid must not exceed 9007199254740991 minor units",
            )
        })
}

pub(super) fn missing(field: &str, message: &str) -> InputError {
    InputError::new(ErrorCode::MissingField, field, message)
}

/// The day the claim was made: `dates.opened`, or `asOf` when the dispute is not yet open.
pub(super) fn claim_day(d: &Dispute) -> Stamp {
    d.dates.opened.unwrap_or(d.as_of)
}
