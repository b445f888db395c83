//! US FTC Mail, Internet, or Telephone Order Merchandise Rule, 16 CFR Part 435 (rules.md §6.4):
//! ship within the advertised time, or within 30 days of the order when none is stated (FTC-1),
//! 50 days when the buyer applied for the seller's credit (FTC-2); past it without a delay notice
//! the buyer may cancel for a full refund (FTC-3), due within 7 working days for cash, check or
//! money order and within one billing cycle for credit (FTC-4). Returns of goods that are not
//! defective follow the seller's posted policy (FTC-5).

use super::world::{
    claim_day, delivered_reject, delivery_date, full_amount, missing, period_over, state,
    statutory, tracking_msg, verdict, State, DELIVERED, NOT_DELIVERED, PERIOD_LATE, PERIOD_OK,
};
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, PaymentMethod, Reason};
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::UsFtc,
    name_en: "US FTC Mail, Internet or Telephone Order Merchandise Rule",
    name_zh: "美国联邦贸易委员会邮购、网购及电话订购商品规则",
    // 16 CFR Part 435 as amended in 2014 (internet orders, the "30-day rule").
    version: "2014-09-30",
    currency: Some("USD"),
    params: PARAMS,
    sources: SOURCES,
    reasons: &[Reason::LateShipment, Reason::NotReceived, Reason::NoReason],
    violations: &[],
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
            "shippingPaid",
            "dates.ordered",
            "dates.paid",
            "dates.shipped",
            "dates.opened",
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
            "dates.opened",
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
        verified: false,
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

const HANDLING_RUNNING: Msg = msg! {
    en: "Not shipped yet; the {days} days to ship run until {deadline}.",
    zh: "尚未发货；{days}天发货期至{deadline}截止。",
};
const HANDLING_EXPIRED: Msg = msg! {
    en: "Not shipped within the {days} days to ship, which ended on {deadline}.",
    zh: "未在{days}天发货期内发货（{deadline}已截止）。",
};
const HANDLING_OK: Msg = msg! {
    en: "Shipped on {shipped}, within the {days} days to ship ending {deadline}.",
    zh: "于{shipped}发货，在{days}天发货期内（{deadline}截止）。",
};
const HANDLING_LATE: Msg = msg! {
    en: "Shipped on {shipped}, after the {days} days to ship ended on {deadline}.",
    zh: "于{shipped}发货，晚于{days}天发货期（{deadline}截止）。",
};
const RETURNS_YES: Msg = msg! {
    en: "The posted policy accepts returns within {days} days of delivery.",
    zh: "公布的政策接受收货后{days}天内退货。",
};
const RETURNS_NO: Msg = msg! {
    en: "The posted policy takes no change-of-mind returns, and federal law gives no right to return goods that are not defective.",
    zh: "公布的政策不接受无理由退货，联邦法律也未赋予退回无瑕疵商品的权利。",
};

// ---------------------------------------------------------------------------------------------
// Summaries and replies.

const S_WAIT_SHIP: Msg = msg! {
    en: "Ship by {deadline} (FTC-1), or first send a delay notice with a new date and the right to cancel for a full refund (FTC-3).",
    zh: "请在{deadline}前发货（FTC-1），或先发出延迟通知，告知新日期及可取消并全额退款的权利（FTC-3）。",
};
const R_WAIT_SHIP: Msg = msg! {
    en: "Your order will ship by {deadline}; we will send the tracking number as soon as it does.",
    zh: "您的订单将在{deadline}前发货，发货后我们会立即告知物流单号。",
};
const S_CANCEL: Msg = msg! {
    en: "Refund {amount}, all the buyer paid: not shipped by {deadline} and no delay notice, so the buyer may cancel (FTC-3).",
    zh: "退款{amount}（买家所付全部款项）：未在{deadline}前发货且无延迟通知，买家可取消（FTC-3）。",
};
const R_CANCEL: Msg = msg! {
    en: "Your order did not ship by {deadline}; we have cancelled it as you asked and will refund the full {amount}.",
    zh: "您的订单未在{deadline}前发货，已按您的要求取消，我们将全额退款{amount}。",
};
const S_DUE_CASH: Msg = msg! {
    en: "Refund within {days} working days, by {due}, for cash, check or money order (FTC-4).",
    zh: "现金、支票或汇票付款须在{days}个工作日内、即{due}前退款（FTC-4）。",
};
const S_DUE_CREDIT: Msg = msg! {
    en: "Paid by card or credit: refund within one billing cycle (FTC-4).",
    zh: "银行卡或信用付款：须在一个账单周期内退款（FTC-4）。",
};
const R_DUE: Msg = msg! {
    en: "You will receive it by {due}.",
    zh: "您将在{due}前收到退款。",
};
const S_SHIPPED_ON_TIME: Msg = msg! {
    en: "Reject: the order shipped on {shipped}, within the time to ship ending {deadline} (FTC-1).",
    zh: "拒绝：订单已于{shipped}发货，在{deadline}截止的发货期限内（FTC-1）。",
};
const R_SHIPPED_ON_TIME: Msg = msg! {
    en: "Your order shipped on {shipped}, on time; you can follow it with the tracking number.",
    zh: "您的订单已于{shipped}按时发出，可通过物流单号跟踪。",
};
const S_IN_TRANSIT: Msg = msg! {
    en: "Wait: shipped on time, on {shipped}, and on its way ({status}); the rule governs the time to ship (FTC-1).",
    zh: "等待：已于{shipped}按时发货，正在途中（{status}）；该规则规范发货时间（FTC-1）。",
};
const R_IN_TRANSIT: Msg = msg! {
    en: "Your order shipped on {shipped} and is on its way ({status}). If it does not arrive soon, tell us and we will chase the carrier.",
    zh: "您的订单已于{shipped}发出，正在途中（{status}）。如迟迟未到，请告诉我们，我们会催促承运商。",
};
const S_SHIPPED_LATE: Msg = msg! {
    en: "Shipped on {shipped}, after the time to ship ended on {deadline}, without consent: the buyer may refuse or return it at your cost for a full refund of {amount} (FTC-3).",
    zh: "于{shipped}发货，晚于{deadline}截止的发货期且未获同意：买家可拒收或由您承担费用退回，全额退款{amount}（FTC-3）。",
};
const R_SHIPPED_LATE: Msg = msg! {
    en: "We are sorry your order shipped late, on {shipped}. You may refuse it or return it at our cost for a full refund of {amount}.",
    zh: "很抱歉订单延迟至{shipped}发出。您可拒收或由我们承担运费退回，全额退款{amount}。",
};
const S_NO_RETURNS: Msg = msg! {
    en: "Decline: no federal right to return goods that are not defective, and your posted policy takes no returns (FTC-5).",
    zh: "拒绝：联邦法律未赋予退回无瑕疵商品的权利，您公布的政策也不接受退货（FTC-5）。",
};
const R_NO_RETURNS: Msg = msg! {
    en: "Our policy does not accept returns of items that are not faulty. If something is wrong with it, please tell us.",
    zh: "本店政策不接受无质量问题商品的退货。如商品有问题，请告诉我们。",
};
const S_POLICY_CANCEL: Msg = msg! {
    en: "Cancel and refund {amount}: not shipped yet, and your posted policy accepts changes of mind (FTC-5).",
    zh: "取消并退款{amount}：尚未发货，且您公布的政策接受无理由退货（FTC-5）。",
};
const R_POLICY_CANCEL: Msg = msg! {
    en: "We have cancelled your order as you asked; it had not shipped. We will refund the full {amount}.",
    zh: "已按您的要求取消订单，商品尚未发出。我们将全额退款{amount}。",
};
const S_POLICY_RETURN: Msg = msg! {
    en: "Accept the return under your posted policy (FTC-5): refund the price, {amount}, once it is back; the buyer pays the return.",
    zh: "按您公布的政策接受退货（FTC-5）：收到退货后退还货款{amount}；退货运费由买家承担。",
};
const R_POLICY_RETURN: Msg = msg! {
    en: "You can return this item under our policy. Please send it back unused at your cost; we will refund {amount} on arrival.",
    zh: "根据本店政策可以退货。请自付运费寄回未使用的商品，收到后我们退款{amount}。",
};

// ---------------------------------------------------------------------------------------------
// The decision.

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
    // Shipped late without consent to the delay: the buyer may still cancel (FTC-3).
    e.apply("FTC-3");
    e.evidence(Ev::ReturnTracking);
    let fill = |t: Text| {
        t.date("shipped", shipped)
            .date("deadline", deadline)
            .money("amount", full)
    };
    let mut summary = one(fill(Text::new(S_SHIPPED_LATE)));
    let mut reply = one(fill(Text::new(R_SHIPPED_LATE)));
    refund_timing(e, &mut summary, &mut reply);
    Ok(verdict(
        Outcome::ReturnRefund,
        Fault::Seller,
        full,
        summary,
        reply,
    ))
}

/// FTC-3: not shipped in time and no delay notice: the buyer cancels for a full refund.
fn cancel(e: &mut Eval, full: u64, deadline: Stamp) -> Verdict {
    e.apply("FTC-3");
    e.evidence(Ev::ChatRecord);
    let fill = |t: Text| t.date("deadline", deadline).money("amount", full);
    let mut summary = one(fill(Text::new(S_CANCEL)));
    let mut reply = one(fill(Text::new(R_CANCEL)));
    refund_timing(e, &mut summary, &mut reply);
    verdict(Outcome::RefundFull, Fault::Seller, full, summary, reply)
}

/// FTC-4: 7 working days for cash, check or money order (and when the method is not stated,
/// the stricter term); one billing cycle for credit, which has no date here.
fn refund_timing(e: &mut Eval, summary: &mut Vec<Text>, reply: &mut Vec<Text>) {
    let d = e.d;
    let p = &d.common.params;
    e.apply("FTC-4");
    if matches!(
        d.payment_method,
        Some(PaymentMethod::Card | PaymentMethod::SellerCredit)
    ) {
        summary.push(Text::new(S_DUE_CREDIT));
        return;
    }
    let days = statutory(e, "refundWorkingDays", "FTC-4", false);
    let due = claim_day(d).add_business_days(days, p.holidays());
    e.deadline(Dl::RefundDueBy, due);
    summary.push(
        Text::new(S_DUE_CASH)
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
