//! Taobao (淘宝): the platform dispute-handling rules (2025-08-15 revision), the 7-day no-reason
//! return, refund timeouts and the late-shipment / out-of-stock penalty.

use super::cn_consumer::{as_days, statutory};
use super::state::{
    awaiting_goods, OrderState, C_NOT_SHIPPED, R_REFUND_BY, R_REFUSE_PARCEL, R_UNSHIPPED,
    S_REFUSE_PARCEL,
};
use super::{About, ParamSpec, Params, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev, OfferKind as Of};
use crate::decision::{Decision, Eval, Penalty, SummaryOnly, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Fault, Outcome, PenaltyInput, Reason, Request, Tracking, Violation};
use crate::money::{self, MAX_SAFE};
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Taobao,
    currency: Some("CNY"),
    params: PARAMS,
    reasons: REASONS,
    violations: &[Violation::LateShipment, Violation::OutOfStock],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.taobao.name"),
    version: "2025-08-15",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[
            "shippingPaid",
            "dates.opened",
            "dates.returnReceived",
            "tracking",
        ],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &[
            "price",
            "dates.paid",
            "dates.delivered",
            "dates.completed",
            "dates.estimatedDelivery",
            "dates.reshipped",
            "dates.returnSent",
            "request",
            "evidence.proofOfDelivery",
        ],
    },
    Reads {
        reasons: &[Reason::NotAsDescribed, Reason::DamagedInTransit],
        fields: &[
            "price",
            "dates.delivered",
            "dates.completed",
            "dates.returnSent",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::Quality],
        fields: &[
            "price",
            "dates.shipped",
            "dates.delivered",
            "dates.completed",
            "dates.reshipped",
            "dates.returnSent",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "evidence.sourceDocuments",
        ],
    },
    Reads {
        reasons: &[Reason::WrongItem],
        fields: &[
            "price",
            "dates.shipped",
            "dates.delivered",
            "dates.completed",
            "dates.returnSent",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::MissingItems],
        fields: &[
            "price",
            "dates.delivered",
            "dates.completed",
            "dates.reshipped",
            "dates.returnSent",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::NoReason],
        fields: &[
            "asOf",
            "price",
            "dates.paid",
            "dates.shipped",
            "dates.delivered",
            "request",
            "item.madeToOrder",
            "item.perishable",
            "item.digitalUnsealed",
            "item.periodical",
            "item.intact",
            "item.exclusionConfirmed",
        ],
    },
    Reads {
        reasons: &[Reason::LateShipment],
        fields: &[
            "price",
            "dates.ordered",
            "dates.paid",
            "dates.shipped",
            "dates.delivered",
            "dates.completed",
            "dates.reshipped",
            "dates.returnSent",
            "request",
        ],
    },
    Reads {
        reasons: &[Reason::OutOfStock],
        fields: &["dates.shipped", "dates.completed", "dates.returnSent"],
    },
    Reads {
        reasons: &[Reason::Counterfeit],
        fields: &[
            "price",
            "dates.delivered",
            "dates.completed",
            "dates.returnSent",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "evidence.sourceDocuments",
        ],
    },
];

/// The claims `evaluate` decides, for Taobao and Tmall alike.
pub(super) const REASONS: &[Reason] = &[
    Reason::NotReceived,
    Reason::NotAsDescribed,
    Reason::Quality,
    Reason::WrongItem,
    Reason::MissingItems,
    Reason::DamagedInTransit,
    Reason::NoReason,
    Reason::LateShipment,
    Reason::OutOfStock,
    Reason::Counterfeit,
];

const DAYS_MAX: u64 = 3650;
const HOURS_MAX: u64 = 87_600;

// The timers and windows `evaluate` reads, shared with Tmall's table.
pub(super) const HANDLING_HOURS: ParamSpec = ParamSpec {
    key: "handlingHours",
    default: 48,
    max: HOURS_MAX,
    rule: "TB-P1",
    verified: false,
};
pub(super) const RETURN_WINDOW_DAYS: ParamSpec = ParamSpec {
    key: "returnWindowDays",
    default: 7,
    max: DAYS_MAX,
    rule: "7D-10",
    verified: true,
};
pub(super) const REFUND_DAYS: ParamSpec = ParamSpec {
    key: "refundDays",
    default: 7,
    max: DAYS_MAX,
    rule: "7D-13",
    verified: true,
};
pub(super) const UNSHIPPED_REFUND_HOURS: ParamSpec = ParamSpec {
    key: "unshippedRefundHours",
    default: 24,
    max: HOURS_MAX,
    rule: "TB-T1",
    verified: false,
};
pub(super) const UNRECEIVED_REFUND_HOURS: ParamSpec = ParamSpec {
    key: "unreceivedRefundHours",
    default: 36,
    max: HOURS_MAX,
    rule: "TB-T3",
    verified: false,
};
pub(super) const RETURN_RESPONSE_DAYS: ParamSpec = ParamSpec {
    key: "returnResponseDays",
    default: 5,
    max: DAYS_MAX,
    rule: "TB-T5",
    verified: false,
};
pub(super) const INSURANCE_PAYOUT_MIN: ParamSpec = ParamSpec {
    key: "insurancePayoutMin",
    default: 400,
    max: MAX_SAFE,
    rule: "TB-I1",
    verified: false,
};
pub(super) const INSURANCE_PAYOUT_MAX: ParamSpec = ParamSpec {
    key: "insurancePayoutMax",
    default: 2500,
    max: MAX_SAFE,
    rule: "TB-I1",
    verified: false,
};

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "lateShipmentPercent",
        default: 5,
        max: 1000,
        rule: "TB-P1",
        verified: false,
    },
    ParamSpec {
        key: "lateShipmentMin",
        default: 500,
        max: MAX_SAFE,
        rule: "TB-P1",
        verified: false,
    },
    ParamSpec {
        key: "lateShipmentMax",
        default: 3000,
        max: MAX_SAFE,
        rule: "TB-P1",
        verified: false,
    },
    ParamSpec {
        key: "outOfStockPercent",
        default: 5,
        max: 1000,
        rule: "TB-P3",
        verified: false,
    },
    ParamSpec {
        key: "outOfStockMin",
        default: 500,
        max: MAX_SAFE,
        rule: "TB-P3",
        verified: false,
    },
    ParamSpec {
        key: "outOfStockMax",
        default: 3000,
        max: MAX_SAFE,
        rule: "TB-P3",
        verified: false,
    },
    HANDLING_HOURS,
    RETURN_WINDOW_DAYS,
    REFUND_DAYS,
    UNSHIPPED_REFUND_HOURS,
    UNRECEIVED_REFUND_HOURS,
    RETURN_RESPONSE_DAYS,
    INSURANCE_PAYOUT_MIN,
    INSURANCE_PAYOUT_MAX,
];

pub(super) const SOURCES: &[Source] = &[
    Source {
        title: "淘宝平台争议处理规则 (2025-08-15)",
        url: "https://rulechannel.taobao.com/?type=detail&ruleId=99&cId=1154",
    },
    Source {
        title: "网络购买商品七日无理由退货暂行办法 (2020)",
        url: "https://www.gov.cn/zhengce/2020-11/03/content_5723721.htm",
    },
    Source {
        title: "消费者权益保护法 arts. 25-26: the 7-day return and its refund term are the law's; terms cutting them are void (CPL-26)",
        url: "https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2023/art_0a323e046fba43f0b6e9e977f1e8d5fc.html",
    },
    Source {
        title: "Taobao late-shipment penalty (bilingual quote of the rule)",
        url: "https://en.hb2b.com/ask/196913.html",
    },
    Source {
        title: "Taobao refund timeout guidelines",
        url: "https://chinashoppingguide.com/taobao-general-refund-timeout-guidelines",
    },
];

const PENALTY_SUMMARY: Msg = msg!("taobao.penalty_summary", formula: text, penalty: money, price: money, total: money, violation: message);
const PROMISE_PREVAILS: Msg = msg!("taobao.promise_prevails", promised: money);
pub(super) const LATE_SHIPMENT: Msg = msg!("taobao.late_shipment");
pub(super) const OUT_OF_STOCK: Msg = msg!("taobao.out_of_stock");

/// A platform penalty of `percent` of the price, raised to `floor` and capped at `cap` (`None`: no
/// cap), then the higher of that and the seller's own advertised penalty (TB-R4).
pub struct RatePenalty {
    pub percent: u64,
    pub floor: u64,
    pub cap: Option<u64>,
    pub rule: &'static str,
}

impl RatePenalty {
    /// The platform amount for `price`: the percentage rounded half-up, then floor, then cap.
    pub fn amount(&self, price: u64) -> u64 {
        let mut amount = money::percent_half_up(price, self.percent).max(self.floor);
        if let Some(cap) = self.cap {
            amount = amount.min(cap);
        }
        amount
    }
}

pub(super) fn rate_penalty(p: &PenaltyInput, rate: RatePenalty) -> Result<Penalty> {
    let currency = p.common.currency;
    let major = |amount: u64| money::format_major(amount, currency);
    let mut amount = rate.amount(p.price);
    let mut formula = format!("{}% x {}", rate.percent, major(p.price));
    if rate.floor > 0 {
        formula = format!("max({formula}, {})", major(rate.floor));
    }
    if let Some(cap) = rate.cap {
        formula = format!("min({formula}, {})", major(cap));
    }
    let mut rules = vec![rate.rule, "TB-P5"];
    let mut summary = Vec::new();
    if let Some(promised) = p.seller_promised {
        formula = format!("max({formula}, {})", major(promised));
        rules.push("TB-R4");
        if promised > amount {
            amount = promised;
            summary.push(Text::new(PROMISE_PREVAILS).money("promised", promised));
        }
    }
    let total = p
        .price
        .checked_add(amount)
        .filter(|t| *t <= MAX_SAFE)
        .ok_or_else(|| {
            InputError::new(
                ErrorCode::InvalidAmount,
                "price",
                "price plus penalty would exceed 9007199254740991 minor units",
            )
        })?;
    let violation = match p.violation {
        Violation::OutOfStock => OUT_OF_STOCK,
        _ => LATE_SHIPMENT,
    };
    // The head sentence first; Vec::insert would bring a panic path with it.
    let head = Text::new(PENALTY_SUMMARY)
        .msg("violation", violation)
        .money("price", p.price)
        .money("penalty", amount)
        .owned("formula", formula.clone())
        .money("total", total);
    let summary: Vec<Text> = std::iter::once(head).chain(summary).collect();
    Ok(Penalty {
        refund: p.price,
        penalty: amount,
        total,
        formula,
        currency: currency.code,
        rules,
        messages: SummaryOnly { summary, currency },
    })
}

/// TB-P1 (late shipment) and TB-P3 (out of stock): 5% of the price, at least 5 and at most 30 CNY.
pub(super) fn rate(params: &Params, violation: Violation) -> RatePenalty {
    let (prefix, rule) = match violation {
        Violation::OutOfStock => ("outOfStock", "TB-P3"),
        _ => ("lateShipment", "TB-P1"),
    };
    let key = |suffix: &str| format!("{prefix}{suffix}");
    RatePenalty {
        percent: params.get(&key("Percent")),
        floor: params.get(&key("Min")),
        cap: Some(params.get(&key("Max"))),
        rule,
    }
}

pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    rate_penalty(p, rate(&p.common.params, p.violation))
}

// ---------------------------------------------------------------------------------------------
// evaluateDispute (Taobao, and Tmall through `decide` with Tmall's flavor)
// ---------------------------------------------------------------------------------------------

/// What differs between Taobao and Tmall when deciding a dispute.
pub(super) struct Flavor {
    /// The late-shipment / out-of-stock penalty (TB-P1/TB-P3, TM-P1/TM-P2).
    pub rate: fn(&Params, Violation) -> RatePenalty,
    /// The parameter and rule of the seller's deadline to answer an exchange request.
    pub exchange_days: &'static str,
    pub exchange_rule: &'static str,
}

const TAOBAO: Flavor = Flavor {
    rate,
    exchange_days: "returnResponseDays",
    exchange_rule: "TB-T5",
};

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    decide(d, &TAOBAO)
}

/// Decides a Taobao-rules dispute. Modelling choices the rules leave open:
/// - the 7-day window (7D-10) and the refund term (7D-13) are calendar days ending with the last
///   day, so they are output as dates even when the event was a date-time;
/// - the return is asked on `dates.opened`, or on `asOf` when no request date is given;
/// - after delivery a `lost` carrier status can only be the return parcel's (TB-R3): with no
///   proven seller fault the loss is the buyer's, otherwise the seller's (TB-R18);
/// - `asOf` is when the seller acts: a refund timer (TB-T1, TB-T3) that ran out before it has
///   already released the refund.
/// - the order's state (`OrderState`) picks the no-reason answer: a refund before shipment
///   (TB-T1), a refusal in transit (TB-R14), the 7-day return after delivery; a claim about the
///   goods waits for them (TB-R10).
pub(super) fn decide(d: &Dispute, f: &Flavor) -> Result<Decision> {
    let mut e = Eval::new(d);
    let claim = match d.reason {
        Reason::DamagedInTransit => Some(Claim::Damaged),
        Reason::Quality => Some(Claim::Quality),
        Reason::NotAsDescribed | Reason::WrongItem => Some(Claim::Surface),
        Reason::Counterfeit => Some(Claim::Counterfeit),
        Reason::MissingItems => Some(Claim::Missing),
        _ => None,
    };
    if claim.is_some() {
        // TB-R10: the buyer inspects the goods at delivery; before that there is nothing to judge.
        let window = statutory_days(&mut e, "returnWindowDays", true);
        if let Some(v) = awaiting_goods(&mut e, "TB-R10", Some(window), Some(Text::new(R_INSPECT)))
        {
            return Ok(e.finish(v));
        }
    }
    let verdict = match (d.reason, claim) {
        (_, Some(claim)) => seller_fault_claim(&mut e, f, claim)?,
        (Reason::NoReason, _) => match OrderState::of(d) {
            OrderState::Unshipped => no_reason_unshipped(&mut e, f)?,
            OrderState::InTransit => no_reason_in_transit(&mut e, f)?,
            OrderState::Delivered => no_reason(&mut e, f)?,
        },
        (Reason::NotReceived, _) => not_received(&mut e, f)?,
        (Reason::LateShipment, _) => late_shipment(&mut e, f)?,
        (Reason::OutOfStock, _) => out_of_stock(&mut e, f)?,
        _ => {
            return Err(super::not_covered(
                "reason",
                d.reason.as_str(),
                d.common.ruleset,
                REASONS.iter().map(|r| r.as_str()).collect(),
            ))
        }
    };
    Ok(e.finish(verdict))
}

// Checks.
const C_WINDOW: Msg =
    msg!("taobao.check.window", asked: date, delivered: date, last: date, n: number);
const C_EXCLUDED: Msg = msg!("taobao.check.excluded", what: message);
const C_NOT_EXCLUDED: Msg = msg!("taobao.check.not_excluded");
const C_CONFIRMED: Msg = msg!("taobao.check.confirmed");
const C_NOT_CONFIRMED: Msg = msg!("taobao.check.not_confirmed");
const C_INTACT: Msg = msg!("taobao.check.intact");
const C_NOT_INTACT: Msg = msg!("taobao.check.not_intact");
const C_INTACT_UNKNOWN: Msg = msg!("taobao.check.intact_unknown");
const C_REFUND_DUE: Msg = msg!("taobao.check.refund_due", due: date, received: date);
const C_RESPONSE: Msg = msg!("taobao.check.response", due: date, hours: number, opened: date);
const C_SHIPPED: Msg = msg!("taobao.check.shipped");
const C_DELIVERED: Msg = msg!("taobao.check.delivered");
const C_NOT_DELIVERED: Msg = msg!("taobao.check.not_delivered", status: message);
const C_POD: Msg = msg!("taobao.check.pod");
const C_NO_POD: Msg = msg!("taobao.check.no_pod");
const C_ETA_PASSED: Msg = msg!("taobao.check.eta_passed", eta: date);
const C_ETA_OPEN: Msg = msg!("taobao.check.eta_open", eta: date);
const C_HANDLING_SHIPPED: Msg =
    msg!("taobao.check.handling_shipped", due: date, paid: date, shipped: date);
const C_HANDLING_OPEN: Msg = msg!("taobao.check.handling_open", due: date, paid: date);
const C_PHOTOS: Msg = msg!("taobao.check.photos");
const C_NO_PHOTOS: Msg = msg!("taobao.check.no_photos");
const C_DOCS: Msg = msg!("taobao.check.docs");
const C_NO_DOCS: Msg = msg!("taobao.check.no_docs");
const C_RETURN_LOST: Msg = msg!("taobao.check.return_lost");

const MADE_TO_ORDER: Msg = msg!("taobao.made_to_order");
const PERISHABLE: Msg = msg!("taobao.perishable");
const DIGITAL: Msg = msg!("taobao.digital");
const PERIODICAL: Msg = msg!("taobao.periodical");
const CONFIRMED_WHAT: Msg = msg!("taobao.confirmed_what");
const PEN_LATE: Msg = msg!("taobao.pen_late");
const PEN_OOS: Msg = msg!("taobao.pen_oos");

// Tracking statuses, for texts.
const T_NONE: Msg = msg!("taobao.t_none");
const T_INVALID: Msg = msg!("taobao.t_invalid");
const T_IN_TRANSIT: Msg = msg!("taobao.t_in_transit");
const T_RETURNED: Msg = msg!("taobao.t_returned");
const T_CUSTOMS: Msg = msg!("taobao.t_customs");
const T_LOST: Msg = msg!("taobao.t_lost");

// Summaries, for the seller.
const S_NR_LATE: Msg = msg!("taobao.summary.nr_late", asked: date, last: date);
const S_NR_EXCLUDED: Msg = msg!("taobao.summary.nr_excluded", rule: code);
const S_NR_NOT_INTACT: Msg = msg!("taobao.summary.nr_not_intact");
const S_NR_ACCEPT: Msg = msg!("taobao.summary.nr_accept", days: number, refund: money);
const S_NR_EXCHANGE: Msg = msg!("taobao.summary.nr_exchange");
const S_INSPECT: Msg = msg!("taobao.summary.inspect");
const S_LOST_BUYER: Msg = msg!("taobao.summary.lost_buyer");
const S_LOST_SELLER: Msg = msg!("taobao.summary.lost_seller", refund: money);
const S_UNSHIPPED: Msg = msg!("taobao.summary.unshipped", refund: money);
const S_TIMED_OUT: Msg = msg!("taobao.summary.timed_out", due: date, rule: code);
const S_PENALTY: Msg = msg!("taobao.summary.penalty", amount: money, rule: code, what: message);
const S_APPEAL: Msg = msg!("taobao.summary.appeal");
const S_POD: Msg = msg!("taobao.summary.pod");
const S_NO_POD: Msg = msg!("taobao.summary.no_pod", refund: money);
const S_IN_TRANSIT: Msg = msg!("taobao.summary.in_transit");
const S_NOT_DELIVERED: Msg = msg!("taobao.summary.not_delivered", refund: money);
const S_RESHIP: Msg = msg!("taobao.summary.reship");
const S_SHIPPED_IN_TIME: Msg = msg!("taobao.summary.shipped_in_time", rule: code);
const S_NOT_YET_LATE: Msg = msg!("taobao.summary.not_yet_late", due: date, rule: code);
const S_LATE_REFUND: Msg = msg!("taobao.summary.late_refund", refund: money, rule: code);
const S_LATE_REFUSED: Msg = msg!("taobao.summary.late_refused", refund: money);
const S_LATE_RETURN: Msg = msg!("taobao.summary.late_return", refund: money);
const S_LATE_KEEP: Msg = msg!("taobao.summary.late_keep");
const S_OOS_SHIPPED: Msg = msg!("taobao.summary.oos_shipped", rule: code);
const S_OOS: Msg = msg!("taobao.summary.oos", refund: money, rule: code);
const S_SF_RETURN: Msg = msg!("taobao.summary.sf_return", refund: money);
const S_SF_EXCHANGE: Msg = msg!("taobao.summary.sf_exchange");
const S_SF_RESHIP: Msg = msg!("taobao.summary.sf_reship");
const S_SF_PARTIAL: Msg = msg!("taobao.summary.sf_partial", refund: money);
const S_SURFACE: Msg = msg!("taobao.summary.surface");
const S_DAMAGED: Msg = msg!("taobao.summary.damaged");
const S_NO_DOCS: Msg = msg!("taobao.summary.no_docs");
const S_NEED_PHOTOS: Msg = msg!("taobao.summary.need_photos");
const S_DOCS: Msg = msg!("taobao.summary.docs");

// Replies, to the buyer.
const R_NR_LATE: Msg = msg!("taobao.reply.nr_late", delivered: date, last: date, n: number);
const R_NR_EXCLUDED: Msg = msg!("taobao.reply.nr_excluded", what: message);
const R_NR_NOT_INTACT: Msg = msg!("taobao.reply.nr_not_intact");
const R_NR_ACCEPT: Msg = msg!("taobao.reply.nr_accept", days: number, refund: money);
const R_NR_EXCHANGE: Msg = msg!("taobao.reply.nr_exchange");
const R_LOST_BUYER: Msg = msg!("taobao.reply.lost_buyer");
const R_LOST_SELLER: Msg = msg!("taobao.reply.lost_seller", refund: money);
const R_PENALTY: Msg = msg!("taobao.reply.penalty", amount: money);
const R_TIMED_OUT: Msg = msg!("taobao.reply.timed_out", refund: money);
const R_POD: Msg = msg!("taobao.reply.pod");
const R_NO_POD: Msg = msg!("taobao.reply.no_pod", refund: money);
const R_IN_TRANSIT: Msg = msg!("taobao.reply.in_transit");
const R_NOT_DELIVERED: Msg = msg!("taobao.reply.not_delivered", refund: money, status: message);
const R_RESHIP: Msg = msg!("taobao.reply.reship");
const R_SHIPPED_IN_TIME: Msg = msg!("taobao.reply.shipped_in_time", shipped: date);
const R_NOT_YET_LATE: Msg = msg!("taobao.reply.not_yet_late", due: date);
const R_LATE_REFUND: Msg = msg!("taobao.reply.late_refund", refund: money);
const R_LATE_RETURN: Msg = msg!("taobao.reply.late_return", refund: money);
const R_LATE_KEEP: Msg = msg!("taobao.reply.late_keep");
const R_OOS: Msg = msg!("taobao.reply.oos", refund: money);
const R_OOS_SHIPPED: Msg = msg!("taobao.reply.oos_shipped");
const R_SF_RETURN: Msg = msg!("taobao.reply.sf_return", refund: money);
const R_SF_EXCHANGE: Msg = msg!("taobao.reply.sf_exchange");
const R_SF_RESHIP: Msg = msg!("taobao.reply.sf_reship");
const R_SF_PARTIAL: Msg = msg!("taobao.reply.sf_partial", refund: money);
const R_NEED_PHOTOS: Msg = msg!("taobao.reply.need_photos");
const R_DOCS: Msg = msg!("taobao.reply.docs");

const S_MISSING: Msg = msg!("taobao.summary.missing");
const S_MISSING_RESHIP: Msg = msg!("taobao.summary.missing_reship");
const R_MISSING_RESHIP: Msg = msg!("taobao.reply.missing_reship");

const R_INSPECT: Msg = msg!("taobao.reply.inspect");
const C_SHIPPED_BEFORE: Msg = msg!("taobao.check.shipped_before", opened: date, shipped: date);
const C_SHIPPED_AFTER: Msg = msg!("taobao.check.shipped_after", opened: date, shipped: date);
const S_SHIP_OR_REFUND: Msg = msg!("taobao.summary.ship_or_refund", due: date);
const S_ANSWER_BY: Msg = msg!("taobao.summary.answer_by", due: date);
const S_NR_TRANSIT_SELLER: Msg = msg!("taobao.summary.nr_transit_seller", refund: money);
const R_NR_TRANSIT_SELLER: Msg = msg!("taobao.reply.nr_transit_seller", refund: money);

// Offers.
const O_RETURN_FULL: Msg = msg!("taobao.o_return_full", refund: money);
const O_EXCHANGE: Msg = msg!("taobao.o_exchange");
const O_RESHIP: Msg = msg!("taobao.o_reship");
const O_SHIP_NOW: Msg = msg!("taobao.o_ship_now", amount: money);

fn missing(field: &str, why: &str) -> InputError {
    InputError::new(
        ErrorCode::MissingField,
        field,
        format!(
            "{field} is needed {why}: a date \"YYYY-MM-DD\" or an RFC 3339 date-time with offset"
        ),
    )
}

/// Price plus the outbound shipping the buyer paid: a full refund.
fn paid_total(d: &Dispute) -> Result<u64> {
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

/// A statutory day count, the 7-day window (CPL-25) or the 7 days to refund (7D-13): a shop's
/// term may be more generous, never less; a term that cuts the buyer's right is void (CPL-26,
/// and Taobao's own rules), so the law's figure applies with a failed `policy_within_statute`
/// check.
fn statutory_days(e: &mut Eval, key: &'static str, more_is_better: bool) -> u32 {
    let spec = super::spec(e.d.common.ruleset).unwrap_or(&SPEC);
    as_days(statutory(e, spec, key, more_is_better))
}

/// `N days after` a calendar event: a date, the whole last day still in time.
fn last_day(event: Stamp, days: u32) -> Stamp {
    Stamp::Date(event.date()).add_days(days)
}

fn tracking_msg(t: Option<Tracking>) -> Msg {
    match t {
        None | Some(Tracking::None) => T_NONE,
        Some(Tracking::Invalid) => T_INVALID,
        Some(Tracking::InTransit) | Some(Tracking::Delivered) => T_IN_TRANSIT,
        Some(Tracking::ReturnedToSender) => T_RETURNED,
        Some(Tracking::HeldByCustoms) => T_CUSTOMS,
        Some(Tracking::Lost) => T_LOST,
    }
}

#[inline(never)]
fn verdict(
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

/// TB-T1 / TB-T3: the seller's reply window to a refund request, when its time is known. Returns
/// true when the window closed before `asOf` (the platform releases the refund).
fn refund_timer(e: &mut Eval, key: &'static str, rule: &'static str) -> bool {
    let Some(opened) = e.d.dates.opened else {
        return false;
    };
    let hours = e.d.common.params.days(key);
    let due = opened.add_hours(hours);
    e.deadline(Dl::SellerResponseDeadline, due);
    e.apply(rule);
    let open = !e.d.as_of.is_after(due);
    let text = Text::new(C_RESPONSE)
        .date("opened", opened)
        .num("hours", u64::from(hours))
        .date("due", due);
    !e.check("seller_response_window", rule, open, text)
}

/// TB-T5 / TM-T1: the seller's deadline to answer a return or exchange request.
fn answer_by(e: &mut Eval, key: &'static str, rule: &'static str) {
    if let Some(opened) = e.d.dates.opened {
        let due = opened.add_days(e.d.common.params.days(key));
        e.deadline(Dl::SellerResponseDeadline, due);
        e.apply(rule);
    }
}

/// The platform penalty for a late shipment or missing stock, with the summary and reply lines.
fn penalty_texts(e: &mut Eval, f: &Flavor, v: Violation) -> (u64, Text, Text) {
    let rate = (f.rate)(&e.d.common.params, v);
    let amount = rate.amount(e.d.price);
    e.apply(rate.rule);
    e.apply("TB-P5");
    let what = if v == Violation::OutOfStock {
        PEN_OOS
    } else {
        PEN_LATE
    };
    let summary = Text::new(S_PENALTY)
        .msg("what", what)
        .money("amount", amount)
        .raw("rule", rate.rule);
    (
        amount,
        summary,
        Text::new(R_PENALTY).money("amount", amount),
    )
}

/// After delivery, a `lost` status is the return parcel's (TB-R3). Without proven seller fault
/// the buyer bears the loss and claims from the carrier; with it, the seller does (TB-R18).
fn lost_return(e: &mut Eval, proven: bool, full: u64) -> Option<Verdict> {
    if !(e.d.dates.delivered.is_some() && e.d.tracking == Some(Tracking::Lost)) {
        return None;
    }
    let rule = if proven { "TB-R18" } else { "TB-R3" };
    e.check("return_not_lost", rule, false, Text::new(C_RETURN_LOST));
    e.apply(rule);
    e.evidence(Ev::ReturnTracking);
    Some(if proven {
        verdict(
            Outcome::RefundFull,
            Fault::Seller,
            full,
            one(Text::new(S_LOST_SELLER).money("refund", full)),
            one(Text::new(R_LOST_SELLER).money("refund", full)),
        )
    } else {
        verdict(
            Outcome::Reject,
            Fault::Buyer,
            0,
            one(Text::new(S_LOST_BUYER)),
            one(Text::new(R_LOST_BUYER)),
        )
    })
}

/// The no-reason exclusions: the statutory ones (CPL-25, 7D-6), then one the buyer confirmed at
/// purchase (7D-7, 7D-20). Returns the refusal when the item is excluded.
fn excluded(e: &mut Eval) -> Option<Verdict> {
    let item = e.d.item;
    let statutory: Option<Msg> = if item.made_to_order {
        Some(MADE_TO_ORDER)
    } else if item.perishable {
        Some(PERISHABLE)
    } else if item.digital_unsealed {
        Some(DIGITAL)
    } else if item.periodical {
        Some(PERIODICAL)
    } else {
        None
    };
    let excluded = match statutory {
        Some(what) => {
            e.check(
                "not_excluded",
                "7D-6",
                false,
                Text::new(C_EXCLUDED).msg("what", what),
            );
            e.apply("7D-6");
            Some((what, "CPL-25, 7D-6"))
        }
        None => {
            e.check("not_excluded", "7D-6", true, Text::new(C_NOT_EXCLUDED));
            if item.exclusion_confirmed {
                e.check(
                    "no_confirmed_exclusion",
                    "7D-7",
                    false,
                    Text::new(C_CONFIRMED),
                );
                e.apply("7D-7");
                Some((CONFIRMED_WHAT, "7D-7, 7D-20"))
            } else {
                e.check(
                    "no_confirmed_exclusion",
                    "7D-20",
                    true,
                    Text::new(C_NOT_CONFIRMED),
                );
                None
            }
        }
    };
    let (what, rule) = excluded?;
    Some(verdict(
        Outcome::Reject,
        Fault::None,
        0,
        one(Text::new(S_NR_EXCLUDED).raw("rule", rule)),
        one(Text::new(R_NR_EXCLUDED).msg("what", what)),
    ))
}

/// 7-day no-reason return (CPL-25, 7D-6..7D-20, TB-R14, TB-R15).
fn no_reason(e: &mut Eval, f: &Flavor) -> Result<Verdict> {
    let d = e.d;
    let delivered = d.dates.delivered.ok_or_else(|| {
        missing(
            "dates.delivered",
            "to count the no-reason return window from the day after signing (7D-10)",
        )
    })?;
    let days = statutory_days(e, "returnWindowDays", true);
    let last = last_day(delivered, days);
    let asked = d.dates.opened.unwrap_or(d.as_of);
    e.deadline(Dl::ReturnWindowLastDay, last);
    e.apply("CPL-25");
    e.apply("7D-10");
    let window = Text::new(C_WINDOW)
        .date("asked", asked)
        .num("n", u64::from(days))
        .date("delivered", delivered)
        .date("last", last);
    if !e.check(
        "within_return_window",
        "7D-10",
        !asked.is_after(last),
        window,
    ) {
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_NR_LATE).date("asked", asked).date("last", last)),
            one(Text::new(R_NR_LATE)
                .date("delivered", delivered)
                .num("n", u64::from(days))
                .date("last", last)),
        ));
    }

    if let Some(v) = excluded(e) {
        return Ok(v);
    }

    let item = d.item;
    let intact_text: Msg = match item.intact {
        Some(true) => C_INTACT,
        Some(false) => C_NOT_INTACT,
        None => C_INTACT_UNKNOWN,
    };
    if !e.check(
        "goods_intact",
        "7D-8/9",
        item.intact != Some(false),
        Text::new(intact_text),
    ) {
        e.apply("7D-8/9");
        e.evidence(Ev::ReturnCondition);
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_NR_NOT_INTACT)),
            one(Text::new(R_NR_NOT_INTACT)),
        ));
    }
    if let Some(v) = lost_return(e, false, 0) {
        return Ok(v);
    }

    let mut summary = Vec::new();
    let (outcome, refund, reply) = if d.request == Some(Request::Exchange) {
        e.apply("TB-R15");
        answer_by(e, f.exchange_days, f.exchange_rule);
        summary.push(Text::new(S_NR_EXCHANGE));
        (Outcome::Exchange, 0, Text::new(R_NR_EXCHANGE))
    } else {
        // TB-R14: without free shipping the buyer also bears the outbound leg, so the refund is
        // the price; with free shipping `shippingPaid` is 0 anyway.
        let refund_days = statutory_days(e, "refundDays", false);
        e.apply("7D-13");
        e.apply("7D-18");
        e.apply("TB-R14");
        answer_by(e, "returnResponseDays", "TB-T5");
        if let Some(received) = d.dates.return_received {
            let due = last_day(received, refund_days);
            e.deadline(Dl::RefundDueBy, due);
            e.check(
                "refund_in_time",
                "7D-13",
                !d.as_of.is_after(due),
                Text::new(C_REFUND_DUE)
                    .date("received", received)
                    .date("due", due),
            );
        }
        summary.push(
            Text::new(S_NR_ACCEPT)
                .money("refund", d.price)
                .num("days", u64::from(refund_days)),
        );
        (
            Outcome::ReturnRefund,
            d.price,
            Text::new(R_NR_ACCEPT)
                .money("refund", d.price)
                .num("days", u64::from(refund_days)),
        )
    };
    if item.intact.is_none() {
        e.evidence(Ev::ReturnCondition);
        summary.push(Text::new(S_INSPECT));
    }
    Ok(verdict(outcome, Fault::Buyer, refund, summary, vec![reply]))
}

/// Non-receipt: TB-R9 (the seller proves delivery), TB-R2 (transit risk on the seller), refund
/// timeouts TB-T1 (not shipped) and TB-T3 (shipped, not received).
fn not_received(e: &mut Eval, f: &Flavor) -> Result<Verdict> {
    let d = e.d;
    let full = paid_total(d)?;
    let state = OrderState::of(d);
    let shipped = state.is_shipped();
    let text = Text::new(if shipped { C_SHIPPED } else { C_NOT_SHIPPED });
    if !e.check("shipped", "TB-T1", shipped, text) {
        return unshipped_refund(e, f, full);
    }
    e.apply("TB-R9");
    e.apply("TB-R2");
    e.evidence(Ev::ShipmentRecord);
    // TB-T3 times a refund-only request; a reship request has no refund timer.
    let timed_out =
        d.request != Some(Request::Reship) && refund_timer(e, "unreceivedRefundHours", "TB-T3");
    if state.is_delivered() {
        e.check(
            "delivered_per_carrier",
            "TB-R9",
            true,
            Text::new(C_DELIVERED),
        );
        e.evidence(Ev::TrackingDelivered);
        e.evidence(Ev::ProofOfDelivery);
        let pod = d.evidence.proof_of_delivery;
        let text = Text::new(if pod { C_POD } else { C_NO_POD });
        let pod = e.check("proof_of_delivery", "TB-R9", pod, text);
        return Ok(if timed_out {
            let mut summary = Vec::new();
            timeout_note(e, &mut summary, "TB-T3");
            if pod {
                summary.push(Text::new(S_APPEAL));
            }
            verdict(
                Outcome::RefundFull,
                Fault::Seller,
                full,
                summary,
                one(Text::new(R_TIMED_OUT).money("refund", full)),
            )
        } else if pod {
            verdict(
                Outcome::Reject,
                Fault::None,
                0,
                one(Text::new(S_POD)),
                one(Text::new(R_POD)),
            )
        } else {
            verdict(
                Outcome::RefundFull,
                Fault::Seller,
                full,
                one(Text::new(S_NO_POD).money("refund", full)),
                one(Text::new(R_NO_POD).money("refund", full)),
            )
        });
    }
    let status = tracking_msg(d.tracking);
    e.check(
        "delivered_per_carrier",
        "TB-R9",
        false,
        Text::new(C_NOT_DELIVERED).msg("status", status),
    );
    let moving = matches!(
        d.tracking,
        Some(Tracking::InTransit | Tracking::HeldByCustoms)
    );
    let overdue = match d.dates.estimated_delivery {
        Some(eta) if moving => {
            let passed = d.as_of.is_after(eta);
            let msg = if passed { C_ETA_PASSED } else { C_ETA_OPEN };
            e.check(
                "estimated_delivery_open",
                "TB-R2",
                !passed,
                Text::new(msg).date("eta", eta),
            );
            passed
        }
        _ => false,
    };
    if moving && !overdue && !timed_out {
        e.evidence(Ev::TrackingInTransit);
        return Ok(verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            one(Text::new(S_IN_TRANSIT)),
            one(Text::new(R_IN_TRANSIT)),
        ));
    }
    if d.request == Some(Request::Reship) && !timed_out {
        return Ok(verdict(
            Outcome::Reship,
            Fault::Seller,
            0,
            one(Text::new(S_RESHIP)),
            one(Text::new(R_RESHIP)),
        ));
    }
    let mut summary = one(Text::new(S_NOT_DELIVERED).money("refund", full));
    timeout_note(e, &mut summary, "TB-T3");
    Ok(verdict(
        Outcome::RefundFull,
        Fault::Seller,
        full,
        summary,
        one(Text::new(R_NOT_DELIVERED)
            .msg("status", status)
            .money("refund", full)),
    ))
}

/// Adds "the timer ran out, the platform releases the refund" when it did.
fn timeout_note(e: &Eval, summary: &mut Vec<Text>, rule: &'static str) {
    if let Some(due) = e.deadline_of(Dl::SellerResponseDeadline) {
        if e.d.as_of.is_after(due) {
            summary.push(Text::new(S_TIMED_OUT).date("due", due).raw("rule", rule));
        }
    }
}

/// The agreed ship time (TB-P1): `handlingHours` after payment (or the order, if no payment date).
fn handling_deadline(e: &mut Eval) -> Result<(Stamp, Stamp)> {
    let d = e.d;
    let paid = d.dates.paid.or(d.dates.ordered).ok_or_else(|| {
        missing(
            "dates.paid",
            "to count the agreed ship time from payment (TB-P1)",
        )
    })?;
    let due = paid.add_hours(d.common.params.days("handlingHours"));
    e.deadline(Dl::HandlingDeadline, due);
    Ok((paid, due))
}

/// Paid, not shipped, the buyer asks for a refund (TB-T1, TB-R7); late if the ship time passed.
fn unshipped_refund(e: &mut Eval, f: &Flavor, full: u64) -> Result<Verdict> {
    let d = e.d;
    let timed_out = refund_timer(e, "unshippedRefundHours", "TB-T1");
    e.apply("TB-T1");
    e.apply("TB-R7");
    let mut summary = one(Text::new(S_UNSHIPPED).money("refund", full));
    let mut reply = one(Text::new(R_UNSHIPPED).money("refund", full));
    let mut fault = Fault::None;
    if d.dates.paid.is_some() || d.dates.ordered.is_some() {
        let (paid, due) = handling_deadline(e)?;
        let late = d.as_of.is_after(due);
        e.check(
            "shipped_within_handling_time",
            "TB-P1",
            !late,
            Text::new(C_HANDLING_OPEN)
                .date("paid", paid)
                .date("due", due),
        );
        if late {
            fault = Fault::Seller;
            let (_, s, r) = penalty_texts(e, f, Violation::LateShipment);
            summary.push(s);
            reply.push(r);
        }
    }
    if timed_out {
        timeout_note(e, &mut summary, "TB-T1");
    } else if let Some(due) = e.deadline_of(Dl::SellerResponseDeadline) {
        // Shipping is an answer only while the promised ship time runs.
        if fault != Fault::Seller {
            summary.push(Text::new(S_SHIP_OR_REFUND).date("due", due));
        }
        reply.push(Text::new(R_REFUND_BY).date("due", due));
    }
    Ok(verdict(Outcome::RefundFull, fault, full, summary, reply))
}

/// A change of mind before shipment (the course's 拍错/不想要了): the refund of a paid, unshipped
/// order, TB-T1 and TB-R7, with no penalty unless the ship time had already passed.
fn no_reason_unshipped(e: &mut Eval, f: &Flavor) -> Result<Verdict> {
    let full = paid_total(e.d)?;
    e.check("shipped", "TB-T1", false, Text::new(C_NOT_SHIPPED));
    unshipped_refund(e, f, full)
}

/// A change of mind while the parcel travels: the buyer may refuse it at delivery or send it back
/// on arrival under the no-reason rule (CPL-25, TB-R14 "no-reason refusal"), paying the way back;
/// the refund follows the goods' return (7D-13). A parcel sent after the agreed ship time or after
/// the refund request, without the buyer's consent, travels at the seller's cost and risk
/// (TB-R7). The seller answers a refund request on an unreceived order within 36 hours (TB-T3).
fn no_reason_in_transit(e: &mut Eval, f: &Flavor) -> Result<Verdict> {
    let d = e.d;
    let full = paid_total(d)?;
    e.check("shipped", "TB-T1", true, Text::new(C_SHIPPED));
    e.evidence(Ev::ShipmentRecord);
    let mut late = false;
    if let (Some(shipped), true) = (d.dates.shipped, d.dates.paid.or(d.dates.ordered).is_some()) {
        let (paid, due) = handling_deadline(e)?;
        late = shipped.is_after(due);
        let text = Text::new(C_HANDLING_SHIPPED)
            .date("paid", paid)
            .date("shipped", shipped)
            .date("due", due);
        e.check("shipped_within_handling_time", "TB-P1", !late, text);
    }
    let after_request = match (d.dates.shipped, d.dates.opened) {
        (Some(shipped), Some(opened)) => {
            let after = shipped.is_after(opened);
            let msg = if after {
                C_SHIPPED_AFTER
            } else {
                C_SHIPPED_BEFORE
            };
            let text = Text::new(msg)
                .date("shipped", shipped)
                .date("opened", opened);
            e.check("shipped_before_request", "TB-R7", !after, text);
            after
        }
        _ => false,
    };
    if late || after_request {
        e.apply("TB-R7");
        let mut summary = one(Text::new(S_NR_TRANSIT_SELLER).money("refund", full));
        let mut reply = one(Text::new(R_NR_TRANSIT_SELLER).money("refund", full));
        if late {
            let (_, s, r) = penalty_texts(e, f, Violation::LateShipment);
            summary.push(s);
            reply.push(r);
        }
        return Ok(verdict(
            Outcome::RefundFull,
            Fault::Seller,
            full,
            summary,
            reply,
        ));
    }
    if let Some(v) = excluded(e) {
        return Ok(v);
    }
    if refund_timer(e, "unreceivedRefundHours", "TB-T3") {
        let mut summary = Vec::new();
        timeout_note(e, &mut summary, "TB-T3");
        return Ok(verdict(
            Outcome::RefundFull,
            Fault::Seller,
            full,
            summary,
            one(Text::new(R_TIMED_OUT).money("refund", full)),
        ));
    }
    for rule in ["CPL-25", "TB-R14", "7D-13", "7D-18"] {
        e.apply(rule);
    }
    e.evidence(Ev::ReturnTracking);
    // TB-R14: the buyer bears the way back, and the outbound leg unless it shipped free.
    let mut summary = one(Text::new(S_REFUSE_PARCEL)
        .money("refund", d.price)
        .raw("rule", "CPL-25, TB-R14, 7D-18, 7D-13"));
    if let Some(due) = e.deadline_of(Dl::SellerResponseDeadline) {
        summary.push(Text::new(S_ANSWER_BY).date("due", due));
    }
    Ok(verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        d.price,
        summary,
        one(Text::new(R_REFUSE_PARCEL).money("refund", d.price)),
    ))
}

/// Late shipment (TB-P1 / TM-P1, TB-R5, TB-R7, TB-R8).
fn late_shipment(e: &mut Eval, f: &Flavor) -> Result<Verdict> {
    let d = e.d;
    let full = paid_total(d)?;
    let (paid, due) = handling_deadline(e)?;
    let rule = (f.rate)(&d.common.params, Violation::LateShipment).rule;
    let (late, text) = match d.dates.shipped {
        Some(shipped) => (
            shipped.is_after(due),
            Text::new(C_HANDLING_SHIPPED)
                .date("paid", paid)
                .date("shipped", shipped)
                .date("due", due),
        ),
        None => (
            d.as_of.is_after(due),
            Text::new(C_HANDLING_OPEN)
                .date("paid", paid)
                .date("due", due),
        ),
    };
    e.apply(rule);
    if e.check("shipped_within_handling_time", rule, !late, text) {
        return Ok(match d.dates.shipped {
            Some(shipped) => {
                e.apply("TB-R5");
                e.evidence(Ev::ShipmentRecord);
                verdict(
                    Outcome::Reject,
                    Fault::None,
                    0,
                    one(Text::new(S_SHIPPED_IN_TIME).raw("rule", rule)),
                    one(Text::new(R_SHIPPED_IN_TIME).date("shipped", shipped)),
                )
            }
            None => verdict(
                Outcome::Reject,
                Fault::None,
                0,
                one(Text::new(S_NOT_YET_LATE).date("due", due).raw("rule", rule)),
                one(Text::new(R_NOT_YET_LATE).date("due", due)),
            ),
        });
    }
    let (amount, pen_summary, pen_reply) = penalty_texts(e, f, Violation::LateShipment);
    let refund_asked = matches!(
        d.request,
        None | Some(Request::FullRefund | Request::ReturnRefund)
    );
    let state = OrderState::of(d);
    let (outcome, refund, lead, reply) = if !state.is_shipped() {
        e.apply("TB-R8");
        refund_timer(e, "unshippedRefundHours", "TB-T1");
        e.offer(
            Of::ShipNow,
            Outcome::Reship,
            0,
            Text::new(O_SHIP_NOW).money("amount", amount),
        );
        (
            Outcome::RefundFull,
            full,
            Text::new(S_LATE_REFUND)
                .money("refund", full)
                .raw("rule", rule),
            Text::new(R_LATE_REFUND).money("refund", full),
        )
    } else if !state.is_delivered() && refund_asked {
        e.apply("TB-R7");
        (
            Outcome::RefundFull,
            full,
            Text::new(S_LATE_REFUSED).money("refund", full),
            Text::new(R_LATE_REFUND).money("refund", full),
        )
    } else if d.dates.completed.is_none() && d.request == Some(Request::ReturnRefund) {
        e.apply("TB-R8");
        (
            Outcome::ReturnRefund,
            full,
            Text::new(S_LATE_RETURN).money("refund", full),
            Text::new(R_LATE_RETURN).money("refund", full),
        )
    } else {
        // The buyer keeps the goods: the penalty is what the seller pays back.
        e.apply("TB-R8");
        (
            Outcome::RefundPartial,
            amount,
            Text::new(S_LATE_KEEP),
            Text::new(R_LATE_KEEP),
        )
    };
    Ok(verdict(
        outcome,
        Fault::Seller,
        refund,
        vec![lead, pen_summary],
        vec![reply, pen_reply],
    ))
}

/// Out of stock (TB-P3 / TM-P2): refund plus the penalty; a paid, unshipped order (TB-T1).
fn out_of_stock(e: &mut Eval, f: &Flavor) -> Result<Verdict> {
    let d = e.d;
    let full = paid_total(d)?;
    let rule = (f.rate)(&d.common.params, Violation::OutOfStock).rule;
    e.apply(rule);
    let shipped = OrderState::of(d).is_shipped();
    let text = Text::new(if shipped { C_SHIPPED } else { C_NOT_SHIPPED });
    if !e.check("not_shipped", rule, !shipped, text) {
        e.evidence(Ev::ShipmentRecord);
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_OOS_SHIPPED).raw("rule", rule)),
            one(Text::new(R_OOS_SHIPPED)),
        ));
    }
    let timed_out = refund_timer(e, "unshippedRefundHours", "TB-T1");
    let (_, pen_summary, pen_reply) = penalty_texts(e, f, Violation::OutOfStock);
    let mut summary = two(
        Text::new(S_OOS).money("refund", full).raw("rule", rule),
        pen_summary,
    );
    if timed_out {
        timeout_note(e, &mut summary, "TB-T1");
    }
    Ok(verdict(
        Outcome::RefundFull,
        Fault::Seller,
        full,
        summary,
        two(Text::new(R_OOS).money("refund", full), pen_reply),
    ))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Claim {
    /// A defect in quality: visible (buyer's photos) or not (the seller's source documents).
    Quality,
    /// Not as described or wrong item: a visible mismatch (TB-R10, TB-R20).
    Surface,
    /// Counterfeit: the seller proves the source (TB-R17).
    Counterfeit,
    /// Damaged before signing (TB-R2).
    Damaged,
    /// Items missing from the parcel: visible, so the buyer's photos first (TB-R17); the usual
    /// remedy is sending the missing items (TB-R20).
    Missing,
}

/// Claims of seller fault: TB-R17 proof, then TB-R18 / TB-R20 / TB-R2 remedies.
fn seller_fault_claim(e: &mut Eval, f: &Flavor, claim: Claim) -> Result<Verdict> {
    let d = e.d;
    let full = paid_total(d)?;
    let photos = d.evidence.buyer_photos;
    let docs = d.evidence.source_documents;
    let proof_rule = if claim == Claim::Damaged {
        "TB-R2"
    } else {
        "TB-R17"
    };
    e.apply(proof_rule);
    // The buyer's initial proof (visible problems), or the seller's documents (hidden defects
    // and counterfeits). `None`: the claim stands; `Some(true)`: rebutted; `Some(false)`: the
    // buyer must show the problem first.
    let mut summary = Vec::new();
    let rebutted = match claim {
        Claim::Counterfeit => Some(docs_check(e, docs, &mut summary)),
        Claim::Quality if !photos => {
            e.check("buyer_photos", "TB-R17", false, Text::new(C_NO_PHOTOS));
            Some(docs_check(e, docs, &mut summary))
        }
        _ => {
            let text = Text::new(if photos { C_PHOTOS } else { C_NO_PHOTOS });
            if e.check("buyer_photos", proof_rule, photos, text) {
                None
            } else {
                e.evidence(Ev::BuyerPhotos);
                if let Some(v) = lost_return(e, false, full) {
                    return Ok(v);
                }
                return Ok(verdict(
                    Outcome::Wait,
                    Fault::Undetermined,
                    0,
                    one(Text::new(S_NEED_PHOTOS)),
                    one(Text::new(R_NEED_PHOTOS)),
                ));
            }
        }
    };
    if rebutted == Some(true) {
        if let Some(v) = lost_return(e, false, full) {
            return Ok(v);
        }
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_DOCS)),
            one(Text::new(R_DOCS)),
        ));
    }
    if photos {
        e.evidence(Ev::BuyerPhotos);
    }
    if let Some(v) = lost_return(e, true, full) {
        return Ok(v);
    }
    match claim {
        Claim::Surface => {
            e.apply("TB-R10");
            e.apply("TB-R20");
            summary.push(Text::new(S_SURFACE));
        }
        Claim::Damaged => summary.push(Text::new(S_DAMAGED)),
        Claim::Missing => {
            e.apply("TB-R20");
            e.evidence(Ev::ShipmentRecord);
            summary.push(Text::new(S_MISSING));
        }
        _ => {}
    }
    let can_reship = matches!(claim, Claim::Surface | Claim::Damaged | Claim::Missing);
    let (outcome, refund, lead, reply) = match (d.request, d.requested_amount) {
        (Some(Request::Exchange), _) => {
            e.apply("TB-R18");
            answer_by(e, f.exchange_days, f.exchange_rule);
            (
                Outcome::Exchange,
                0,
                Text::new(S_SF_EXCHANGE),
                Text::new(R_SF_EXCHANGE),
            )
        }
        (Some(Request::Reship), _) if can_reship => {
            e.apply("TB-R20");
            (
                Outcome::Reship,
                0,
                Text::new(S_SF_RESHIP),
                Text::new(R_SF_RESHIP),
            )
        }
        (Some(Request::PartialRefund), Some(amount)) => (
            Outcome::RefundPartial,
            amount,
            Text::new(S_SF_PARTIAL).money("refund", amount),
            Text::new(R_SF_PARTIAL).money("refund", amount),
        ),
        // Missing items: send them, unless the buyer asked to return the order.
        (request, _) if claim == Claim::Missing && request != Some(Request::ReturnRefund) => {
            e.offer(
                Of::ReturnForFullRefund,
                Outcome::ReturnRefund,
                full,
                Text::new(O_RETURN_FULL).money("refund", full),
            );
            (
                Outcome::Reship,
                0,
                Text::new(S_MISSING_RESHIP),
                Text::new(R_MISSING_RESHIP),
            )
        }
        (request, _) => {
            e.apply("TB-R18");
            answer_by(e, "returnResponseDays", "TB-T5");
            if request != Some(Request::ReturnRefund) && claim != Claim::Counterfeit {
                e.offer(Of::Exchange, Outcome::Exchange, 0, Text::new(O_EXCHANGE));
                if can_reship {
                    e.offer(Of::Reship, Outcome::Reship, 0, Text::new(O_RESHIP));
                }
            }
            (
                Outcome::ReturnRefund,
                full,
                Text::new(S_SF_RETURN).money("refund", full),
                Text::new(R_SF_RETURN).money("refund", full),
            )
        }
    };
    let summary: Vec<Text> = std::iter::once(lead).chain(summary).collect();
    Ok(verdict(
        outcome,
        Fault::Seller,
        refund,
        summary,
        vec![reply],
    ))
}

/// TB-R17: hidden defects and counterfeits are answered by the seller's source documents.
/// Returns true when the documents rebut the claim.
fn docs_check(e: &mut Eval, docs: bool, summary: &mut Vec<Text>) -> bool {
    let text = Text::new(if docs { C_DOCS } else { C_NO_DOCS });
    e.check("no_source_documents", "TB-R17", !docs, text);
    if docs {
        e.evidence(Ev::SourceDocuments);
    } else {
        summary.push(Text::new(S_NO_DOCS));
    }
    docs
}
