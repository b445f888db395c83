//! US FTC Mail, Internet, or Telephone Order Merchandise Rule, 16 CFR Part 435 (rules.md §6.4):
//! ship within the advertised time, or within 30 days of the order when none is stated (FTC-1),
//! 50 days when the buyer applied for the seller's credit (FTC-2); past it without a delay notice
//! the order counts as cancelled on the last day to ship (FTC-3, 16 CFR 435.2(c)), and the
//! refund is due within 7 working days of that day, when the right to it vests, or within one
//! billing cycle only where the seller itself extended the credit (FTC-4: "prompt refund",
//! 435.1(b), with 435.1(d)(2)(i) as amended in 2014; a third party's card is not the seller's
//! credit). Returns of goods that are not defective follow the seller's posted
//! policy (FTC-5); defect claims are the marketplace's or the seller's warranty's, not this
//! rule's.

use super::world::{
    claim_day, delivered_reject, delivery_date, full_amount, missing, period_over, state,
    statutory, tracking_msg, verdict, State, DELIVERED, NOT_DELIVERED, PERIOD_LATE, PERIOD_OK,
};
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Fault, Outcome, PaymentMethod, Reason};
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::UsFtc,
    currency: Some("USD"),
    params: PARAMS,
    reasons: &[Reason::LateShipment, Reason::NotReceived, Reason::NoReason],
    violations: &[],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.us-ftc.name"),
    // 16 CFR Part 435 as amended in 2014 (internet orders, the "30-day rule").
    version: "2014-09-30",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[],
    },
    Reads {
        reasons: &[Reason::LateShipment],
        fields: &[
            "price",
            "dates.ordered",
            "dates.paid",
            "dates.shipped",
            "paymentMethod",
        ],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &[
            "price",
            "dates.ordered",
            "dates.paid",
            "dates.shipped",
            "dates.delivered",
            "dates.completed",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "paymentMethod",
        ],
    },
];

const DAYS_MAX: u64 = 3650;

const PARAMS: &[ParamSpec] = &[
    // The shipping time stated in the ad; 0 when none is stated.
    ParamSpec {
        key: "handlingDays",
        default: 0,
        max: DAYS_MAX,
        rule: "FTC-1",
        verified: true,
    },
    ParamSpec {
        key: "shipDays",
        default: 30,
        max: DAYS_MAX,
        rule: "FTC-1",
        verified: true,
    },
    ParamSpec {
        key: "creditShipDays",
        default: 50,
        max: DAYS_MAX,
        rule: "FTC-2",
        verified: true,
    },
    ParamSpec {
        key: "refundWorkingDays",
        default: 7,
        max: DAYS_MAX,
        rule: "FTC-4",
        verified: true,
    },
    // The seller's posted return policy; 0 when it accepts no change-of-mind returns.
    ParamSpec {
        key: "returnWindowDays",
        default: 0,
        max: DAYS_MAX,
        rule: "FTC-5",
        verified: false,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "16 CFR Part 435 (eCFR): 435.1(b) prompt refund, 7 working days from the day the right vests; one billing cycle for the seller's own credit (435.1(d)(2)(i)); 435.2(c) deemed cancellation",
        url: "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-435",
    },
    Source {
        title: "FTC business guide to the Mail Order Rule (archive)",
        url: "https://cybercemetery.unt.edu/archive/ftc/business.ftc.gov/documents/bus02-business-guide-mail-and-telephone-order-merchandise-rule",
    },
    Source {
        title: "pagebuzz.com: the Mail Order Rule",
        url: "https://www.pagebuzz.com/legal/mailorder.htm",
    },
    Source {
        title: "DMA: the order merchandise rule",
        url: "https://www.dmaconsumers.org/ordermerchandiserule.html",
    },
    Source {
        title: "cliclaw.com: mail order refunds",
        url: "https://www.cliclaw.com/faq/mail-or-telephone-order",
    },
];

// ---------------------------------------------------------------------------------------------
// Checks.

const HANDLING_RUNNING: Msg = msg!("us_ftc.handling_running", days: number, deadline: date);
const HANDLING_EXPIRED: Msg = msg!("us_ftc.handling_expired", days: number, deadline: date);
const HANDLING_OK: Msg = msg!("us_ftc.handling_ok", days: number, deadline: date, shipped: date);
const HANDLING_LATE: Msg =
    msg!("us_ftc.handling_late", days: number, deadline: date, shipped: date);
const RETURNS_YES: Msg = msg!("us_ftc.returns_yes", days: number);
const RETURNS_NO: Msg = msg!("us_ftc.returns_no");

// ---------------------------------------------------------------------------------------------
// Summaries and replies.

const S_WAIT_SHIP: Msg = msg!("us_ftc.summary.wait_ship", deadline: date);
const R_WAIT_SHIP: Msg = msg!("us_ftc.reply.wait_ship", deadline: date);
const S_DEEMED_CANCELLED: Msg =
    msg!("us_ftc.summary.deemed_cancelled", amount: money, deadline: date);
const R_CANCEL: Msg = msg!("us_ftc.reply.cancel", amount: money, deadline: date);
const S_DUE_WORKING_DAYS: Msg =
    msg!("us_ftc.summary.due_working_days", days: number, due: date, vested: date);
const S_DUE_SELLER_CREDIT: Msg = msg!("us_ftc.summary.due_seller_credit");
const R_DUE: Msg = msg!("us_ftc.reply.due", due: date);
const S_SHIPPED_ON_TIME: Msg =
    msg!("us_ftc.summary.shipped_on_time", deadline: date, shipped: date);
const R_SHIPPED_ON_TIME: Msg = msg!("us_ftc.reply.shipped_on_time", shipped: date);
const S_IN_TRANSIT: Msg = msg!("us_ftc.summary.in_transit", shipped: date, status: message);
const R_IN_TRANSIT: Msg = msg!("us_ftc.reply.in_transit", shipped: date, status: message);
const S_LATE_CANCELLED: Msg =
    msg!("us_ftc.summary.late_cancelled", amount: money, deadline: date, shipped: date);
const R_LATE_CANCELLED: Msg =
    msg!("us_ftc.reply.late_cancelled", amount: money, deadline: date, shipped: date);
const S_NO_RETURNS: Msg = msg!("us_ftc.summary.no_returns");
const R_NO_RETURNS: Msg = msg!("us_ftc.reply.no_returns");
const S_POLICY_CANCEL: Msg = msg!("us_ftc.summary.policy_cancel", amount: money);
const R_POLICY_CANCEL: Msg = msg!("us_ftc.reply.policy_cancel", amount: money);
const S_POLICY_RETURN: Msg = msg!("us_ftc.summary.policy_return", amount: money);
const R_POLICY_RETURN: Msg = msg!("us_ftc.reply.policy_return", amount: money);

// ---------------------------------------------------------------------------------------------
// The decision.

/// The refusal of a claim about the goods themselves (faulty, not as described, wrong, missing,
/// damaged, fake): Part 435 governs the time to ship only, and federal law gives no general
/// remedy for them here; the marketplace's guarantee decides them, or the seller's warranty.
pub(super) fn not_a_shipping_claim(reason: Reason) -> InputError {
    InputError::new(
        ErrorCode::UnknownValue,
        "reason",
        format!(
            "the us-ftc ruleset (the FTC mail order rule, 16 CFR 435) decides when an order must ship and be refunded, not claims about the goods: reason \"{}\" is decided by the marketplace's ruleset where the sale was made (amazon, ebay, paypal), or by the seller's warranty; us-ftc covers: late_shipment, not_received, no_reason",
            reason.as_str()
        ),
    )
}

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let full = full_amount(d)?;
    let mut e = Eval::new(d);
    let v = match d.reason {
        Reason::NoReason => no_reason(&mut e, full)?,
        _ => shipping_time(&mut e, full)?,
    };
    Ok(e.finish(v))
}

/// FTC-1, FTC-2: the last day to ship: the advertised time, else 30 days, or 50 on credit.
fn ship_deadline(e: &mut Eval) -> Result<(Stamp, u32)> {
    let d = e.d;
    let p = &d.common.params;
    let ordered = d.dates.ordered.or(d.dates.paid).ok_or_else(|| {
        missing(
            "dates.ordered",
            "dates.ordered (or dates.paid) is needed: the time to ship counts from the order (FTC-1)",
        )
    })?;
    let (days, rule) = if p.get("handlingDays") > 0 {
        (p.days("handlingDays"), "FTC-1")
    } else if d.payment_method == Some(PaymentMethod::SellerCredit) {
        (statutory(e, "creditShipDays", "FTC-2", false), "FTC-2")
    } else {
        (statutory(e, "shipDays", "FTC-1", false), "FTC-1")
    };
    e.apply(rule);
    let deadline = ordered.add_days(days);
    e.deadline(Dl::HandlingDeadline, deadline);
    Ok((deadline, days))
}

/// Late shipment or non-receipt: the time to ship, then the state of the parcel.
fn shipping_time(e: &mut Eval, full: u64) -> Result<Verdict> {
    let d = e.d;
    let (deadline, days) = ship_deadline(e)?;
    let fill = |t: Text| t.num("days", u64::from(days)).date("deadline", deadline);
    let order_state = state(d);
    if order_state == State::Unshipped {
        let running = !d.as_of.is_after(deadline);
        let msg = if running {
            HANDLING_RUNNING
        } else {
            HANDLING_EXPIRED
        };
        e.check(
            "shipped_within_handling_time",
            "FTC-1",
            running,
            fill(Text::new(msg)),
        );
        if running {
            return Ok(verdict(
                Outcome::Wait,
                Fault::Undetermined,
                0,
                one(Text::new(S_WAIT_SHIP).date("deadline", deadline)),
                one(Text::new(R_WAIT_SHIP).date("deadline", deadline)),
            ));
        }
        return Ok(cancel(e, full, deadline));
    }
    let shipped = d.dates.shipped.ok_or_else(|| {
        missing(
            "dates.shipped",
            "dates.shipped is needed: the order has shipped, and the rule tests the day it shipped (FTC-1)",
        )
    })?;
    e.evidence(Ev::ShipmentRecord);
    let on_time = !shipped.is_after(deadline);
    let msg = if on_time { HANDLING_OK } else { HANDLING_LATE };
    e.check(
        "shipped_within_handling_time",
        "FTC-1",
        on_time,
        fill(Text::new(msg)).date("shipped", shipped),
    );
    let delivered = order_state == State::Delivered;
    let status = tracking_msg(d.tracking);
    if d.reason == Reason::NotReceived {
        let text = if delivered {
            Text::new(DELIVERED)
        } else {
            Text::new(NOT_DELIVERED).msg("status", status)
        };
        e.check("delivered_per_carrier", "FTC-1", delivered, text);
        if delivered {
            return Ok(delivered_reject(e, "FTC-1"));
        }
    }
    if on_time {
        if delivered || d.reason == Reason::LateShipment {
            return Ok(verdict(
                Outcome::Reject,
                Fault::None,
                0,
                one(Text::new(S_SHIPPED_ON_TIME)
                    .date("shipped", shipped)
                    .date("deadline", deadline)),
                one(Text::new(R_SHIPPED_ON_TIME).date("shipped", shipped)),
            ));
        }
        e.evidence(Ev::TrackingInTransit);
        return Ok(verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            one(Text::new(S_IN_TRANSIT)
                .date("shipped", shipped)
                .msg("status", status)),
            one(Text::new(R_IN_TRANSIT)
                .date("shipped", shipped)
                .msg("status", status)),
        ));
    }
    // Shipped late without a delay notice: the order was cancelled on the last day to ship
    // (FTC-3); Part 435 gives no rule for the goods sent after it.
    e.apply("FTC-3");
    e.evidence(Ev::ChatRecord);
    let fill = |t: Text| {
        t.date("shipped", shipped)
            .date("deadline", deadline)
            .money("amount", full)
    };
    let mut summary = one(fill(Text::new(S_LATE_CANCELLED)));
    let mut reply = one(fill(Text::new(R_LATE_CANCELLED)));
    refund_timing(e, deadline, &mut summary, &mut reply);
    Ok(verdict(
        Outcome::RefundFull,
        Fault::Seller,
        full,
        summary,
        reply,
    ))
}

/// FTC-3: not shipped in time and no delay notice: the order counts as cancelled on the last
/// day to ship, and the buyer gets a full refund.
fn cancel(e: &mut Eval, full: u64, deadline: Stamp) -> Verdict {
    e.apply("FTC-3");
    e.evidence(Ev::ChatRecord);
    let fill = |t: Text| t.date("deadline", deadline).money("amount", full);
    let mut summary = one(fill(Text::new(S_DEEMED_CANCELLED)));
    let mut reply = one(fill(Text::new(R_CANCEL)));
    refund_timing(e, deadline, &mut summary, &mut reply);
    verdict(Outcome::RefundFull, Fault::Seller, full, summary, reply)
}

/// FTC-4: the refund is due within 7 working days of `vested`, the day the right to it arose
/// (the last day to ship, when the order counts as cancelled); within one billing cycle only
/// where the seller itself is the creditor (`seller_credit`), which has no date here. A card
/// issued by a bank is a third party's credit: 7 working days, like cash, check or money order,
/// and like an unstated method.
fn refund_timing(e: &mut Eval, vested: Stamp, summary: &mut Vec<Text>, reply: &mut Vec<Text>) {
    let d = e.d;
    let p = &d.common.params;
    e.apply("FTC-4");
    if d.payment_method == Some(PaymentMethod::SellerCredit) {
        summary.push(Text::new(S_DUE_SELLER_CREDIT));
        return;
    }
    let days = statutory(e, "refundWorkingDays", "FTC-4", false);
    let due = vested.add_business_days(days, p.holidays());
    e.deadline(Dl::RefundDueBy, due);
    summary.push(
        Text::new(S_DUE_WORKING_DAYS)
            .date("vested", vested)
            .num("days", u64::from(days))
            .date("due", due),
    );
    reply.push(Text::new(R_DUE).date("due", due));
}

/// FTC-5: no federal right to return goods that are not defective; the posted policy governs.
fn no_reason(e: &mut Eval, full: u64) -> Result<Verdict> {
    let d = e.d;
    let days = d.common.params.days("returnWindowDays");
    let accepts = days > 0;
    let text = if accepts {
        Text::new(RETURNS_YES).num("days", u64::from(days))
    } else {
        Text::new(RETURNS_NO)
    };
    e.check("shop_promises_returns", "FTC-5", accepts, text);
    e.apply("FTC-5");
    e.evidence(Ev::ListingReturnPolicy);
    if !accepts {
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_NO_RETURNS)),
            one(Text::new(R_NO_RETURNS)),
        ));
    }
    match state(d) {
        State::Unshipped => Ok(verdict(
            Outcome::RefundFull,
            Fault::Buyer,
            full,
            one(Text::new(S_POLICY_CANCEL).money("amount", full)),
            one(Text::new(R_POLICY_CANCEL).money("amount", full)),
        )),
        State::InTransit => {
            e.evidence(Ev::ReturnTracking);
            Ok(policy_return(d.price))
        }
        State::Delivered => {
            let delivered = delivery_date(d, "the posted return period counts from delivery")?;
            let last = delivered.add_days(days);
            e.deadline(Dl::ReturnWindowLastDay, last);
            let day = claim_day(d);
            let in_time = e.within_period(
                "within_return_window",
                "FTC-5",
                day,
                last,
                u64::from(days),
                (PERIOD_OK, PERIOD_LATE),
            );
            if !in_time {
                return Ok(period_over("FTC-5", day, last));
            }
            e.evidence(Ev::ReturnTracking);
            e.evidence(Ev::ReturnCondition);
            Ok(policy_return(d.price))
        }
    }
}

fn policy_return(price: u64) -> Verdict {
    verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        price,
        one(Text::new(S_POLICY_RETURN).money("amount", price)),
        one(Text::new(R_POLICY_RETURN).money("amount", price)),
    )
}
