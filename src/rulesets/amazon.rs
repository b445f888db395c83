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
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev, OfferKind as Of};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request, Tracking};
use crate::money;
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Amazon,
    name_en: "Amazon A-to-z Guarantee and returns",
    name_zh: "亚马逊A-to-z保障与退货",
    // The help pages are undated; this is the year of the newest dated copy consulted.
    version: "2025",
    currency: None,
    params: PARAMS,
    sources: SOURCES,
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
            "tracking",
        ],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &[
            "dates.shipped",
            "request",
            "requestedAmount",
            "evidence.proofOfDelivery",
            "item.digitalUnsealed",
        ],
    },
    Reads {
        reasons: &[Reason::NotAsDescribed],
        fields: &[
            "dates.completed",
            "dates.returnReceived",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "item.digitalUnsealed",
        ],
    },
    Reads {
        reasons: &[Reason::Quality, Reason::DamagedInTransit],
        fields: &[
            "dates.shipped",
            "dates.completed",
            "dates.reshipped",
            "dates.returnReceived",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "item.digitalUnsealed",
        ],
    },
    Reads {
        reasons: &[Reason::WrongItem],
        fields: &[
            "dates.completed",
            "dates.reshipped",
            "dates.returnReceived",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "item.digitalUnsealed",
        ],
    },
    Reads {
        reasons: &[Reason::MissingItems],
        fields: &[
            "dates.shipped",
            "dates.completed",
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
            "dates.reshipped",
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

const COVERED: Msg = msg! {
    en: "Physical goods sold by a third-party seller: covered by the A-to-z Guarantee.",
    zh: "第三方卖家销售的实物商品，属于A-to-z保障范围。",
};
const NOT_COVERED: Msg = msg! {
    en: "Digital goods: the A-to-z Guarantee does not cover digital items.",
    zh: "数字商品：A-to-z保障不覆盖数字商品。",
};
const CLAIM_WINDOW_OK: Msg = msg! {
    en: "Claim made on {day}, within {days} days of the latest estimated delivery date (last day {last}).",
    zh: "于{day}提出，在最晚预计送达日后{days}天内（最后一天为{last}）。",
};
const CLAIM_WINDOW_LATE: Msg = msg! {
    en: "Claim made on {day}, after the A-to-z claim window closed on {last} ({days} days after the latest estimated delivery date).",
    zh: "于{day}提出，A-to-z索赔期已于{last}结束（最晚预计送达日后{days}天）。",
};
const GRACE_OVER: Msg = msg! {
    en: "The latest estimated delivery date was {edd}; the {days}-day grace period ended on {end}.",
    zh: "最晚预计送达日为{edd}；{days}天宽限期已于{end}结束。",
};
const GRACE_RUNNING: Msg = msg! {
    en: "The latest estimated delivery date is {edd}; the buyer may claim only after {end}, {days} days later.",
    zh: "最晚预计送达日为{edd}；买家须在{days}天后、即{end}之后才能索赔。",
};
const RETURN_WINDOW_OK: Msg = msg! {
    en: "Return requested on {day}, within the {days}-day return window (last day {last}).",
    zh: "于{day}申请退货，在{days}天退货期内（最后一天为{last}）。",
};
const RETURN_WINDOW_LATE: Msg = msg! {
    en: "Return requested on {day}, after the {days}-day return window closed on {last}.",
    zh: "于{day}申请退货，{days}天退货期已于{last}结束。",
};

// ---------------------------------------------------------------------------------------------
// Summaries, for the seller.

const S_NOT_COVERED: Msg = msg! {
    en: "Reject: the A-to-z Guarantee does not cover digital items (AMZ-5).",
    zh: "拒绝：A-to-z保障不覆盖数字商品（AMZ-5）。",
};
const S_CLAIM_LATE: Msg = msg! {
    en: "Reject: the claim was made on {day}, after the A-to-z window closed on {last}, {days} days after the latest estimated delivery date (AMZ-3).",
    zh: "拒绝：买家于{day}提出，A-to-z索赔期已于{last}结束（最晚预计送达日后{days}天，AMZ-3）。",
};
const S_DELIVERED_POD: Msg = msg! {
    en: "Reject: the carrier confirms delivery and you hold proof of it. Delivered tracking makes a claim reviewable at once (AMZ-2): submit the tracking record and proof of delivery to Amazon.",
    zh: "拒绝：物流确认已妥投，且您持有签收证明。物流显示妥投时买家可立即索赔（AMZ-2），请向亚马逊提交物流记录和签收证明。",
};
const S_DELIVERED_TRACKING: Msg = msg! {
    en: "Fault undetermined: delivered tracking makes the claim reviewable at once (AMZ-2); Amazon decides on the evidence. Reject with the tracking record and ask the carrier for proof of delivery; failing that, consider a refund.",
    zh: "责任待定：物流显示妥投，买家可立即索赔（AMZ-2），由亚马逊依证据裁决。请以物流记录拒绝，并向物流商索取签收证明；无法取得的，可考虑退款。",
};
const S_WAIT_GRACE: Msg = msg! {
    en: "Wait: the latest estimated delivery date is {edd}; the buyer can claim non-receipt only after {end} (AMZ-2). If the parcel has not arrived by then, refund the price plus original shipping.",
    zh: "等待：最晚预计送达日为{edd}，买家须在{end}后才能以未收到货索赔（AMZ-2）。届时仍未送达的，请退还货款及原运费。",
};
const S_NOT_ARRIVED: Msg = msg! {
    en: "Not arrived, and the grace period after the latest estimated delivery date ({edd}) ended on {end}: the buyer may get an A-to-z refund of price plus original shipping (AMZ-2, AMZ-4). The seller bears the loss and may claim from the carrier.",
    zh: "包裹未送达，最晚预计送达日（{edd}）后的宽限期已于{end}结束：买家可经A-to-z获退货款及原运费（AMZ-2、AMZ-4）。损失由卖家承担，可向物流商索赔。",
};
const S_RESHIP: Msg = msg! {
    en: "Send a replacement, as the buyer asked.",
    zh: "按买家要求补发商品。",
};
const S_RETURN_LATE: Msg = msg! {
    en: "Reject: the return was requested on {day}, after the {days}-day return window closed on {last} (AMZ-7).",
    zh: "拒绝：买家于{day}申请退货，{days}天退货期已于{last}结束（AMZ-7）。",
};
const S_NAD: Msg = msg! {
    en: "The seller is at fault ({what}). The refund is the price plus original shipping, {full}; the return label is on the seller (AMZ-4), its cost not an input and not included. Returns are accepted until {last} (AMZ-7).",
    zh: "责任在卖家（{what}）。退款为货款加原运费，共{full}；退货面单由卖家承担（AMZ-4），其费用非输入项，未计入。退货期至{last}（AMZ-7）。",
};
const S_KEEP_OFFERS: Msg = msg! {
    en: "The buyer has not insisted on a return: you may also offer that they keep the item for a {coupon}% coupon ({couponValue}) or {keep} back.",
    zh: "买家未坚持退货，您也可提出让买家保留商品，并给予{coupon}%的优惠券（价值{couponValue}）或退款{keep}。",
};
const S_PARTIAL: Msg = msg! {
    en: "Refund {amount}, as the buyer asked; the buyer keeps the item.",
    zh: "按买家要求退款{amount}，买家保留商品。",
};
const S_EXCHANGE: Msg = msg! {
    en: "Send a replacement, as the buyer asked, with a prepaid return label for the item received.",
    zh: "按买家要求发送替换商品，并为收到的商品提供预付退货面单。",
};
const S_NO_REASON_OK: Msg = msg! {
    en: "Accept the return: requested within the {days}-day window (last day {last}, AMZ-7). The buyer pays the return label; once the item is back, refund the price plus original shipping, {amount} (AMZ-4).",
    zh: "接受退货：在{days}天退货期内申请（最后一天{last}，AMZ-7）。退货面单由买家承担；收到退货后退还货款及原运费共{amount}（AMZ-4）。",
};
const S_CONTACT_WAIT: Msg = msg! {
    en: "The buyer contacted you on {opened} and can file an A-to-z claim only after {wait} (AMZ-1): resolving it now avoids a claim.",
    zh: "买家于{opened}联系了您，须在{wait}之后才能提出A-to-z索赔（AMZ-1）：现在解决可避免索赔。",
};
const S_CONTACT_OVER: Msg = msg! {
    en: "The wait after the buyer's contact ended on {wait}: the buyer may now file an A-to-z claim (AMZ-1).",
    zh: "买家联系您后的等待期已于{wait}结束：买家现在可以提出A-to-z索赔（AMZ-1）。",
};
const S_RESPOND: Msg = msg! {
    en: "Respond by {respond} (AMZ-6): without a response a claim is granted and debited from your account.",
    zh: "请在{respond}前回应（AMZ-6）：逾期未回应，索赔将被批准并从您的账户扣款。",
};
const S_RESPOND_PAST: Msg = msg! {
    en: "The response deadline was {respond} (AMZ-6): without a response by then a claim is granted and debited from your account.",
    zh: "回应期限为{respond}（AMZ-6）：如未在期限内回应，索赔将被批准并从您的账户扣款。",
};

// ---------------------------------------------------------------------------------------------
// Replies, to the buyer.

const R_NOT_COVERED: Msg = msg! {
    en: "The Amazon A-to-z Guarantee does not cover digital items like this one. If it does not work as described, please tell us exactly what happens and we will help you get it working.",
    zh: "亚马逊A-to-z保障不涵盖此类数字商品。如无法正常使用，请告诉我们具体情况，我们会协助您解决。",
};
const R_CLAIM_LATE: Msg = msg! {
    en: "The A-to-z Guarantee claim period for this order ended on {last}, {days} days after the latest estimated delivery date, so we cannot refund through it. Please tell us what happened and we will see how we can help.",
    zh: "本订单的A-to-z索赔期已于{last}结束（最晚预计送达日后{days}天），无法再通过该保障退款。请告诉我们具体情况，我们会尽力帮您。",
};
const R_DELIVERED: Msg = msg! {
    en: "It was delivered to your order address, so we cannot refund it as not received. Please check with neighbours, around your property and at any reception or mailroom; if it is still missing, tell us and we will ask the carrier to investigate.",
    zh: "包裹已送达您的订单地址，因此无法按未收到货退款。请询问邻居，查看住所周围及前台或收发室；如仍找不到，请告诉我们，我们会请物流公司调查。",
};
const R_WAIT: Msg = msg! {
    en: "Your order is on its way; the latest estimated delivery date is {edd}, and parcels sometimes take a few days more. If it has not arrived by {end}, please tell us and we will refund you in full at once.",
    zh: "您的订单正在途中，最晚预计送达日为{edd}，包裹有时会晚几天。如到{end}仍未收到，请告诉我们，我们会立即全额退款。",
};
const R_NOT_ARRIVED: Msg = msg! {
    en: "Your parcel should have reached you by {edd} at the latest, and it still has not arrived (tracking: {status}).",
    zh: "您的包裹最晚应于{edd}送达，但至今仍未收到（物流状态：{status}）。",
};
const R_REFUND_FULL: Msg = msg! {
    en: "We will refund the full {amount}, including the original shipping.",
    zh: "我们将全额退款{amount}，包括原运费。",
};
const R_RESHIP: Msg = msg! {
    en: "As you asked, we will send a replacement right away and share the new tracking number.",
    zh: "按您的要求，我们会立即补发商品，并告知新的物流单号。",
};
const R_NAD: Msg = msg! {
    en: "Thank you for letting us know about the problem: {what}.",
    zh: "感谢您告知我们问题所在：{what}。",
};
const R_RETURN: Msg = msg! {
    en: "Please return it with the prepaid return label; the return shipping is on us, and we will refund the full {amount}, original shipping included, as soon as it arrives.",
    zh: "请使用预付退货面单寄回，运费由我们承担，收到后立即全额退款{amount}（含原运费）。",
};
const R_EXCHANGE: Msg = msg! {
    en: "As you asked, we will send a replacement at our cost; please return the item you received with the prepaid label we will provide.",
    zh: "按您的要求，我们将承担费用为您寄出替换商品；请使用我们提供的预付面单寄回收到的商品。",
};
const R_RETURN_LATE: Msg = msg! {
    en: "The {days}-day return window for this order closed on {last}, so we cannot accept a return now. If the item has a fault, please describe it and we will see how we can help.",
    zh: "本订单的{days}天退货期已于{last}结束，因此现在无法退货。如商品有故障，请描述具体情况，我们会尽力帮您。",
};
const R_NO_REASON_OK: Msg = msg! {
    en: "You can return this item within the {days}-day return window, which closes on {last}. Please send it back unused in its original packaging; the return postage is on you, and on arrival we will refund {amount}, original shipping included.",
    zh: "您可在{days}天退货期内（{last}截止）退回商品。请将未使用的商品连同原包装寄回，运费由您承担；收到后我们将退款{amount}（含原运费）。",
};
const OFFER_COUPON: Msg = msg! {
    en: "Keep the item and receive a {pct}% coupon, worth {amount}, for your next order.",
    zh: "保留商品，并获得一张{pct}%的优惠券（价值{amount}），可用于下次购物。",
};

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
            OrderState::InTransit => no_reason_in_transit(&mut e, full),
            OrderState::Delivered => no_reason(&mut e, full)?,
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

/// A change of mind: returnable within the window (AMZ-7); the buyer pays the return label and
/// gets the price plus original shipping back (AMZ-4, "other reasons").
fn no_reason(e: &mut Eval, full: u64) -> Result<Verdict> {
    let (in_time, last, days, day) = return_window(e)?;
    if !in_time {
        return Ok(return_late(last, days, day));
    }
    e.apply("AMZ-4");
    e.evidence(Ev::ReturnTracking);
    let fill = |t: Text| {
        t.num("days", u64::from(days))
            .date("last", last)
            .money("amount", full)
    };
    Ok(verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        full,
        fill(Text::new(S_NO_REASON_OK)),
        fill(Text::new(R_NO_REASON_OK)),
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
/// window, which counts from delivery (AMZ-7), paying the return label; the refund is the price
/// plus original shipping once it is back (AMZ-4).
fn no_reason_in_transit(e: &mut Eval, full: u64) -> Verdict {
    e.apply("AMZ-4");
    e.apply("AMZ-7");
    e.evidence(Ev::ShipmentRecord);
    e.evidence(Ev::ReturnTracking);
    verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        full,
        Text::new(S_REFUSE_PARCEL)
            .money("refund", full)
            .raw("rule", "AMZ-4, AMZ-7"),
        Text::new(R_REFUSE_PARCEL).money("refund", full),
    )
}
