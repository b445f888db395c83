//! Amazon A-to-z Guarantee and returns (rules.md §5.1), from the third-party seller's side: the
//! buyer contacts the seller first (AMZ-1), non-receipt becomes claimable three days after the
//! latest estimated delivery date or at once when tracking shows delivery (AMZ-2), claims close
//! 90 days after that date (AMZ-3), the refund is the price plus original shipping, with the return
//! label on the seller for damaged, defective or materially different items (AMZ-4), digital items
//! are not covered (AMZ-5), the seller answers within 72 hours (AMZ-6) and returns run 30 days
//! (AMZ-7). For a seller-fault item the buyer has not insisted on returning, the course's
//! wrong-print case adds keep-the-item offers: a coupon, or part of the price back.

use super::marketplace::{
    claim_day, full_amount, missing, reason_msg, tracking_msg, DELIVERED, DELIVERED_ON,
    NOT_DELIVERED, OFFER_KEEP_PARTIAL, OFFER_RETURN_FULL, R_KEEP, R_REFUND_PARTIAL, R_SHIPPED,
    S_REFUND, S_REFUND_PARTIAL,
};
use super::state::{
    awaiting_goods, OrderState, C_NOT_SHIPPED, R_REFUND_BY, R_REFUSE_PARCEL, R_UNSHIPPED, S_CANCEL,
    S_REFUSE_PARCEL,
};
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev, OfferKind as Of};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request, Tracking};
use crate::money;
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Amazon,
    currency: None,
    params: PARAMS,
    reasons: &[
        Reason::NotReceived,
        Reason::NotAsDescribed,
        Reason::Quality,
        Reason::WrongItem,
        Reason::MissingItems,
        Reason::DamagedInTransit,
        Reason::NoReason,
    ],
    violations: &[],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.amazon.name"),
    // The help pages are undated; this is the year of the newest dated copy consulted.
    version: "2025",
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
            "dates.estimatedDelivery",
        ],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &[
            "dates.shipped",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.proofOfDelivery",
            "item.digitalUnsealed",
        ],
    },
    Reads {
        reasons: &[
            Reason::NotAsDescribed,
            Reason::Quality,
            Reason::DamagedInTransit,
        ],
        fields: &[
            "dates.completed",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "item.digitalUnsealed",
        ],
    },
    Reads {
        reasons: &[Reason::WrongItem, Reason::MissingItems],
        fields: &[
            "dates.completed",
            "dates.reshipped",
            "dates.returnSent",
            "dates.returnReceived",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "item.digitalUnsealed",
        ],
    },
    Reads {
        reasons: &[Reason::NoReason],
        fields: &[
            "dates.shipped",
            "dates.completed",
            "dates.returnSent",
            "dates.returnReceived",
        ],
    },
];

const DAYS_MAX: u64 = 3650;
const HOURS_MAX: u64 = 24 * 3650;

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "contactWaitHours",
        default: 48,
        max: HOURS_MAX,
        rule: "AMZ-1",
        verified: true,
    },
    ParamSpec {
        key: "claimGraceDays",
        default: 3,
        max: DAYS_MAX,
        rule: "AMZ-2",
        verified: true,
    },
    ParamSpec {
        key: "claimWindowDays",
        default: 90,
        max: DAYS_MAX,
        rule: "AMZ-3",
        verified: true,
    },
    ParamSpec {
        key: "sellerResponseHours",
        default: 72,
        max: HOURS_MAX,
        rule: "AMZ-6",
        verified: true,
    },
    ParamSpec {
        key: "returnWindowDays",
        default: 30,
        max: DAYS_MAX,
        rule: "AMZ-7",
        verified: true,
    },
    // The course's wrong-print case (rules.md, "Other seed cases" (1)).
    ParamSpec {
        key: "keepCouponPercent",
        default: 50,
        max: 100,
        rule: "course case 1",
        verified: false,
    },
    ParamSpec {
        key: "keepRefundPercent",
        default: 50,
        max: 100,
        rule: "course case 1",
        verified: false,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "Amazon A-to-z Guarantee (customer help)",
        url: "https://www.amazon.com/gp/help/customer/display.html?nodeId=201889410",
    },
    Source {
        title: "About A-to-z Guarantee",
        url: "https://www.amazon.com/gp/help/customer/display.html?nodeId=200783670",
    },
    Source {
        title: "Seller Central: A-to-z Guarantee claims (help 27951)",
        url: "https://sellercentral.amazon.com/gp/help/external/27951",
    },
    Source {
        title: "Seller Central: A-to-z claims process (help 1781)",
        url: "https://sellercentral.amazon.com/gp/help/external/1781",
    },
    Source {
        title: "Seller Central: returns and refunds policy (help 200708210)",
        url: "https://sellercentral.amazon.com/gp/help/external/200708210",
    },
];

// ---------------------------------------------------------------------------------------------
// Checks.

const COVERED: Msg = msg!("amazon.covered");
const NOT_COVERED: Msg = msg!("amazon.not_covered");
const CLAIM_WINDOW_OK: Msg = msg!("amazon.claim_window_ok", day: date, days: number, last: date);
const CLAIM_WINDOW_LATE: Msg =
    msg!("amazon.claim_window_late", day: date, days: number, last: date);
const GRACE_OVER: Msg = msg!("amazon.grace_over", days: number, edd: date, end: date);
const GRACE_RUNNING: Msg = msg!("amazon.grace_running", days: number, edd: date, end: date);
const RETURN_WINDOW_OK: Msg = msg!("amazon.return_window_ok", day: date, days: number, last: date);
const RETURN_WINDOW_LATE: Msg =
    msg!("amazon.return_window_late", day: date, days: number, last: date);

// ---------------------------------------------------------------------------------------------
// Summaries, for the seller.

const S_NOT_COVERED: Msg = msg!("amazon.summary.not_covered");
const S_CLAIM_LATE: Msg = msg!("amazon.summary.claim_late", day: date, days: number, last: date);
const S_DELIVERED_POD: Msg = msg!("amazon.summary.delivered_pod");
const S_DELIVERED_TRACKING: Msg = msg!("amazon.summary.delivered_tracking");
const S_WAIT_GRACE: Msg = msg!("amazon.summary.wait_grace", edd: date, end: date);
const S_NOT_ARRIVED: Msg = msg!("amazon.summary.not_arrived", edd: date, end: date);
const S_RESHIP: Msg = msg!("amazon.summary.reship");
const S_RETURN_LATE: Msg = msg!("amazon.summary.return_late", day: date, days: number, last: date);
const S_NAD: Msg = msg!("amazon.summary.nad", full: money, last: date, what: message);
const S_KEEP_OFFERS: Msg =
    msg!("amazon.summary.keep_offers", coupon: number, couponValue: money, keep: money);
const S_PARTIAL: Msg = msg!("amazon.summary.partial", amount: money);
const S_EXCHANGE: Msg = msg!("amazon.summary.exchange");
const S_NO_REASON_PRICE: Msg =
    msg!("amazon.summary.no_reason_price", amount: money, days: number, last: date);
const S_CONTACT_WAIT: Msg = msg!("amazon.summary.contact_wait", opened: date, wait: date);
const S_CONTACT_OVER: Msg = msg!("amazon.summary.contact_over", wait: date);
const S_RESPOND: Msg = msg!("amazon.summary.respond", respond: date);
const S_RESPOND_PAST: Msg = msg!("amazon.summary.respond_past", respond: date);

// ---------------------------------------------------------------------------------------------
// Replies, to the buyer.

const R_NOT_COVERED: Msg = msg!("amazon.reply.not_covered");
const R_CLAIM_LATE: Msg = msg!("amazon.reply.claim_late", day: date, days: number, last: date);
const R_DELIVERED: Msg = msg!("amazon.reply.delivered");
const R_WAIT: Msg = msg!("amazon.reply.wait", edd: date, end: date);
const R_NOT_ARRIVED: Msg = msg!("amazon.reply.not_arrived", edd: date, status: message);
const R_REFUND_FULL: Msg = msg!("amazon.reply.refund_full", amount: money);
const R_RESHIP: Msg = msg!("amazon.reply.reship");
const R_NAD: Msg = msg!("amazon.reply.nad", what: message);
const R_RETURN: Msg = msg!("amazon.reply.return", amount: money);
const R_EXCHANGE: Msg = msg!("amazon.reply.exchange");
const R_RETURN_LATE: Msg = msg!("amazon.reply.return_late", day: date, days: number, last: date);
const R_NO_REASON_PRICE: Msg =
    msg!("amazon.reply.no_reason_price", amount: money, days: number, last: date);
const OFFER_COUPON: Msg = msg!("amazon.offer.coupon", amount: money, pct: number);

// ---------------------------------------------------------------------------------------------
// The decision.

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let full = full_amount(d)?;
    let p = &d.common.params;
    let mut e = Eval::new(d);
    let contact = d.dates.opened.map(|opened| {
        let wait = opened.add_hours(p.days("contactWaitHours"));
        let respond = opened.add_hours(p.days("sellerResponseHours"));
        e.deadline(Dl::ContactWaitEnd, wait);
        e.deadline(Dl::SellerResponseDeadline, respond);
        (opened, wait, respond)
    });
    let mut verdict = match d.reason {
        Reason::NotReceived => not_received(&mut e, full)?,
        Reason::NoReason => match OrderState::of(d) {
            OrderState::Unshipped => cancel_unshipped(&mut e, full),
            OrderState::InTransit => no_reason_in_transit(&mut e),
            OrderState::Delivered => no_reason(&mut e)?,
        },
        _ => not_as_described(&mut e, full)?,
    };
    if let Some((opened, wait, respond)) = contact {
        // AMZ-1: the buyer gives the seller 48 hours before a claim; AMZ-6: 72 hours to respond.
        e.apply("AMZ-1");
        e.apply("AMZ-6");
        verdict.summary.push(if d.as_of.is_after(wait) {
            Text::new(S_CONTACT_OVER).date("wait", wait)
        } else {
            Text::new(S_CONTACT_WAIT)
                .date("opened", opened)
                .date("wait", wait)
        });
        let msg = if d.as_of.is_after(respond) {
            S_RESPOND_PAST
        } else {
            S_RESPOND
        };
        verdict
            .summary
            .push(Text::new(msg).date("respond", respond));
    }
    Ok(e.finish(verdict))
}

#[inline(never)]
fn verdict(outcome: Outcome, fault: Fault, refund: u64, summary: Text, reply: Text) -> Verdict {
    Verdict {
        outcome,
        fault,
        refund,
        summary: vec![summary],
        reply: vec![reply],
    }
}

/// AMZ-5: the A-to-z Guarantee does not cover digital items. `item.digitalUnsealed` (downloaded
/// or unsealed digital goods) is read as a digital item.
fn not_covered(e: &mut Eval) -> Option<Verdict> {
    let digital = e.d.item.digital_unsealed;
    let text = Text::new(if digital { NOT_COVERED } else { COVERED });
    e.check("covered_by_guarantee", "AMZ-5", !digital, text);
    e.apply("AMZ-5");
    digital.then(|| {
        verdict(
            Outcome::Reject,
            Fault::None,
            0,
            Text::new(S_NOT_COVERED),
            Text::new(R_NOT_COVERED),
        )
    })
}

/// AMZ-2, AMZ-3, AMZ-4 for an order the buyer says never arrived.
fn not_received(e: &mut Eval, full: u64) -> Result<Verdict> {
    let d = e.d;
    let p = &d.common.params;
    if let Some(v) = not_covered(e) {
        return Ok(v);
    }
    let edd = d.dates.estimated_delivery;
    // AMZ-3: claims close 90 days after the latest estimated delivery date.
    if let Some(edd) = edd {
        let days = p.days("claimWindowDays");
        let last = edd.add_days(days);
        e.deadline(Dl::ClaimWindowEnd, last);
        let day = claim_day(d);
        let late = !e.within_period(
            "claim_within_window",
            "AMZ-3",
            day,
            last,
            u64::from(days),
            (CLAIM_WINDOW_OK, CLAIM_WINDOW_LATE),
        );
        if late {
            let fill = |t: Text| {
                t.date("day", day)
                    .date("last", last)
                    .num("days", u64::from(days))
            };
            return Ok(verdict(
                Outcome::Reject,
                Fault::None,
                0,
                fill(Text::new(S_CLAIM_LATE)),
                fill(Text::new(R_CLAIM_LATE)),
            ));
        }
    }

    // AMZ-2: tracking that shows delivery makes the claim reviewable at once.
    let pod = d.evidence.proof_of_delivery;
    let delivered = d.tracking == Some(Tracking::Delivered)
        || pod
        || (d.dates.delivered.is_some() && d.tracking.is_none());
    let text = match (delivered, d.dates.delivered) {
        (true, Some(day)) => Text::new(DELIVERED_ON).date("day", day),
        (true, None) => Text::new(DELIVERED),
        (false, _) => Text::new(NOT_DELIVERED).msg("status", tracking_msg(d.tracking)),
    };
    e.check("delivered_per_carrier", "AMZ-2", delivered, text);
    e.apply("AMZ-2");
    if delivered {
        if d.tracking == Some(Tracking::Delivered) || d.dates.delivered.is_some() {
            e.evidence(Ev::TrackingDelivered);
        }
        e.evidence(Ev::ProofOfDelivery);
        e.evidence(Ev::ShipmentRecord);
        e.evidence(Ev::ChatRecord);
        let mut reply = Vec::new();
        if let Some(shipped) = d.dates.shipped {
            reply.push(Text::new(R_SHIPPED).date("shipped", shipped));
        }
        reply.push(match d.dates.delivered {
            Some(day) => Text::new(DELIVERED_ON).date("day", day),
            None => Text::new(DELIVERED),
        });
        reply.push(Text::new(R_DELIVERED));
        let (fault, summary) = if pod {
            (Fault::None, S_DELIVERED_POD)
        } else {
            (Fault::Undetermined, S_DELIVERED_TRACKING)
        };
        return Ok(Verdict {
            outcome: Outcome::Reject,
            fault,
            refund: 0,
            summary: one(Text::new(summary)),
            reply,
        });
    }

    let edd = edd.ok_or_else(|| {
        missing(
            "dates.estimatedDelivery",
            "dates.estimatedDelivery (the latest estimated delivery date) is needed: an undelivered order becomes claimable 3 days after it (AMZ-2)",
        )
    })?;
    let grace = p.days("claimGraceDays");
    let end = edd.add_days(grace);
    e.deadline(Dl::ClaimEligibleAfter, end);
    let eligible = d.as_of.is_after(end);
    let msg = if eligible { GRACE_OVER } else { GRACE_RUNNING };
    let text = Text::new(msg)
        .date("edd", edd)
        .date("end", end)
        .num("days", u64::from(grace));
    e.check("delivery_grace_over", "AMZ-2", eligible, text);
    if !eligible {
        e.evidence(Ev::ShipmentRecord);
        return Ok(verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            Text::new(S_WAIT_GRACE).date("edd", edd).date("end", end),
            Text::new(R_WAIT).date("edd", edd).date("end", end),
        ));
    }
    e.apply("AMZ-4");
    let mut summary = one(Text::new(S_NOT_ARRIVED).date("edd", edd).date("end", end));
    let mut reply = one(Text::new(R_NOT_ARRIVED)
        .date("edd", edd)
        .msg("status", tracking_msg(d.tracking)));
    let (outcome, refund) = match (d.request, d.requested_amount) {
        (Some(Request::PartialRefund), Some(amount)) => {
            summary.push(Text::new(S_REFUND_PARTIAL).money("amount", amount));
            reply.push(Text::new(R_REFUND_PARTIAL).money("amount", amount));
            (Outcome::RefundPartial, amount)
        }
        (Some(Request::Reship), _) => {
            summary.push(Text::new(S_RESHIP));
            reply.push(Text::new(R_RESHIP));
            (Outcome::Reship, 0)
        }
        _ => {
            summary.push(Text::new(S_REFUND).money("amount", full));
            reply.push(Text::new(R_REFUND_FULL).money("amount", full));
            (Outcome::RefundFull, full)
        }
    };
    Ok(Verdict {
        outcome,
        fault: Fault::Seller,
        refund,
        summary,
        reply,
    })
}

/// AMZ-7: the return window runs 30 days. Rules.md counts it from the estimated delivery date,
/// the customer pages from delivery: with both dates given, the later one is used, so neither
/// reading is shortened.
fn return_window(e: &mut Eval) -> Result<(bool, Stamp, u32, Stamp)> {
    let d = e.d;
    let anchor = match (d.dates.delivered, d.dates.estimated_delivery) {
        (Some(a), Some(b)) => {
            if a.is_after(b) {
                a
            } else {
                b
            }
        }
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => {
            return Err(missing(
                "dates.delivered",
                "dates.delivered or dates.estimatedDelivery is needed: the return window (AMZ-7) counts from delivery",
            ))
        }
    };
    let days = d.common.params.days("returnWindowDays");
    let last = anchor.add_days(days);
    e.deadline(Dl::ReturnWindowLastDay, last);
    let day = claim_day(d);
    let in_time = e.within_period(
        "within_return_window",
        "AMZ-7",
        day,
        last,
        u64::from(days),
        (RETURN_WINDOW_OK, RETURN_WINDOW_LATE),
    );
    Ok((in_time, last, days, day))
}

fn return_late(last: Stamp, days: u32, day: Stamp) -> Verdict {
    let fill = |t: Text| {
        t.date("day", day)
            .date("last", last)
            .num("days", u64::from(days))
    };
    verdict(
        Outcome::Reject,
        Fault::None,
        0,
        fill(Text::new(S_RETURN_LATE)),
        fill(Text::new(R_RETURN_LATE)),
    )
}

/// Damaged, defective, materially different (AMZ-2, AMZ-4), within the return window (AMZ-7);
/// keep-the-item offers when the buyer has not insisted on a return (course case 1).
fn not_as_described(e: &mut Eval, full: u64) -> Result<Verdict> {
    let d = e.d;
    let p = &d.common.params;
    if let Some(v) = not_covered(e) {
        return Ok(v);
    }
    // AMZ-7: an item is returned within the window after delivery; before it there is none.
    let window = p.days("returnWindowDays");
    if let Some(v) = awaiting_goods(e, "AMZ-7", Some(window), None) {
        return Ok(v);
    }
    let (in_time, last, days, day) = return_window(e)?;
    if !in_time {
        return Ok(return_late(last, days, day));
    }
    e.apply("AMZ-2");
    e.apply("AMZ-4");
    if d.evidence.buyer_photos {
        e.evidence(Ev::BuyerPhotos);
    }
    e.evidence(Ev::ChatRecord);
    let what = reason_msg(d.reason);
    let keep = d
        .requested_amount
        .unwrap_or_else(|| money::percent_half_up(d.price, p.get("keepRefundPercent")));
    let coupon_pct = p.get("keepCouponPercent");
    let coupon = money::percent_half_up(d.price, coupon_pct);
    let mut summary = one(Text::new(S_NAD)
        .msg("what", what)
        .money("full", full)
        .date("last", last));
    let mut reply = one(Text::new(R_NAD).msg("what", what));
    // Offers when the buyer has asked for no particular remedy, or for money back without
    // insisting on a return; a buyer who chose a remedy gets that remedy.
    let offers = matches!(d.request, None | Some(Request::FullRefund));
    let (outcome, refund) = match d.request {
        Some(Request::PartialRefund) => {
            summary.push(Text::new(S_PARTIAL).money("amount", keep));
            reply.push(Text::new(R_KEEP).money("amount", keep));
            (Outcome::RefundPartial, keep)
        }
        Some(Request::Exchange | Request::Reship) => {
            e.evidence(Ev::ReturnTracking);
            summary.push(Text::new(S_EXCHANGE));
            reply.push(Text::new(R_EXCHANGE));
            (Outcome::Exchange, 0)
        }
        _ => {
            e.evidence(Ev::ReturnTracking);
            if !offers {
                reply.push(Text::new(R_RETURN).money("amount", full));
            }
            (Outcome::ReturnRefund, full)
        }
    };
    if offers {
        summary.push(
            Text::new(S_KEEP_OFFERS)
                .num("coupon", coupon_pct)
                .money("couponValue", coupon)
                .money("keep", keep),
        );
        e.offer(
            Of::KeepWithCoupon,
            Outcome::RefundPartial,
            0,
            Text::new(OFFER_COUPON)
                .num("pct", coupon_pct)
                .money("amount", coupon),
        );
        e.offer(
            Of::KeepWithPartialRefund,
            Outcome::RefundPartial,
            keep,
            Text::new(OFFER_KEEP_PARTIAL).money("amount", keep),
        );
        e.offer(
            Of::ReturnForFullRefund,
            Outcome::ReturnRefund,
            full,
            Text::new(OFFER_RETURN_FULL).money("amount", full),
        );
    }
    Ok(Verdict {
        outcome,
        fault: Fault::Seller,
        refund,
        summary,
        reply,
    })
}

/// A change of mind: returnable within the window (AMZ-7); the item was as described, so the
/// buyer pays the return label and gets the item price back, not the original shipping (AMZ-4).
fn no_reason(e: &mut Eval) -> Result<Verdict> {
    let (in_time, last, days, day) = return_window(e)?;
    if !in_time {
        return Ok(return_late(last, days, day));
    }
    e.apply("AMZ-4");
    e.evidence(Ev::ReturnTracking);
    let price = e.d.price;
    let fill = |t: Text| {
        t.num("days", u64::from(days))
            .date("last", last)
            .money("amount", price)
    };
    Ok(verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        price,
        fill(Text::new(S_NO_REASON_PRICE)),
        fill(Text::new(R_NO_REASON_PRICE)),
    ))
}

/// A cancellation before shipment: the seller cancels and refunds the price and the original
/// shipping (AMZ-4); nothing comes back.
fn cancel_unshipped(e: &mut Eval, full: u64) -> Verdict {
    e.check("shipped", "AMZ-4", false, Text::new(C_NOT_SHIPPED));
    e.apply("AMZ-4");
    let mut reply = one(Text::new(R_UNSHIPPED).money("refund", full));
    if let Some(due) = e.deadline_of(Dl::SellerResponseDeadline) {
        reply.push(Text::new(R_REFUND_BY).date("due", due));
    }
    Verdict {
        outcome: Outcome::RefundFull,
        fault: Fault::None,
        refund: full,
        summary: one(Text::new(S_CANCEL)
            .money("refund", full)
            .raw("rule", "AMZ-4")),
        reply,
    }
}

/// A change of mind while the parcel travels: the buyer refuses it or returns it within the
/// window, which counts from delivery (AMZ-7), paying the return label; the refund is the item
/// price once it is back, not the original shipping (AMZ-4: a change of mind).
fn no_reason_in_transit(e: &mut Eval) -> Verdict {
    e.apply("AMZ-4");
    e.apply("AMZ-7");
    e.evidence(Ev::ShipmentRecord);
    e.evidence(Ev::ReturnTracking);
    let price = e.d.price;
    verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        price,
        Text::new(S_REFUSE_PARCEL)
            .money("refund", price)
            .raw("rule", "AMZ-4, AMZ-7"),
        Text::new(R_REFUSE_PARCEL).money("refund", price),
    )
}
