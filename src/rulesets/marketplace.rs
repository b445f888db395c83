//! What the marketplace rulesets (AliExpress, Amazon) share: the amount paid, the claim's day,
//! the carrier's status and the buyer's claim as text, and the texts of refunds and offers.

use crate::calendar::Stamp;
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Reason, Tracking};
use crate::money::MAX_SAFE;
use crate::text::Msg;

const TRACKING_NONE: Msg = msg!("marketplace.tracking_none");

const TRACKING_INVALID: Msg = msg!("marketplace.tracking_invalid");

const TRACKING_IN_TRANSIT: Msg = msg!("marketplace.tracking_in_transit");

const TRACKING_DELIVERED: Msg = msg!("marketplace.tracking_delivered");

const TRACKING_RETURNED: Msg = msg!("marketplace.tracking_returned");

const TRACKING_CUSTOMS: Msg = msg!("marketplace.tracking_customs");

const TRACKING_LOST: Msg = msg!("marketplace.tracking_lost");

const REASON_NAD: Msg = msg!("marketplace.reason_nad");

const REASON_QUALITY: Msg = msg!("marketplace.reason_quality");

const REASON_WRONG: Msg = msg!("marketplace.reason_wrong");

const REASON_MISSING: Msg = msg!("marketplace.reason_missing");

const REASON_DAMAGED: Msg = msg!("marketplace.reason_damaged");

const REASON_COUNTERFEIT: Msg = msg!("marketplace.reason_counterfeit");

pub(super) const OFFER_KEEP_PARTIAL: Msg = msg!("marketplace.offer.keep_partial", amount: money);

pub(super) const OFFER_RETURN_FULL: Msg = msg!("marketplace.offer.return_full", amount: money);

pub(super) const DELIVERED_ON: Msg = msg!("marketplace.delivered_on", day: date);

pub(super) const DELIVERED: Msg = msg!("marketplace.delivered");

pub(super) const NOT_DELIVERED: Msg = msg!("marketplace.not_delivered", status: message);

pub(super) const S_REFUND: Msg = msg!("marketplace.summary.refund", amount: money);

pub(super) const S_REFUND_PARTIAL: Msg = msg!("marketplace.summary.refund_partial", amount: money);

pub(super) const R_SHIPPED: Msg = msg!("marketplace.reply.shipped", shipped: date);

pub(super) const R_REFUND_PARTIAL: Msg = msg!("marketplace.reply.refund_partial", amount: money);

pub(super) const R_KEEP: Msg = msg!("marketplace.reply.keep", amount: money);

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
