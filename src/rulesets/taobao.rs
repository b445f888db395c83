//! Taobao (淘宝): the platform dispute-handling rules (2025-08-15 revision), the 7-day no-reason
//! return, refund timeouts and the late-shipment / out-of-stock penalty.

use super::state::{
    awaiting_goods, OrderState, C_NOT_SHIPPED, R_REFUND_BY, R_REFUSE_PARCEL, R_UNSHIPPED,
    S_REFUSE_PARCEL,
};
use super::{ParamSpec, Params, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev, OfferKind as Of};
use crate::decision::{Decision, Eval, Penalty, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Fault, Outcome, PenaltyInput, Reason, Request, Tracking, Violation};
use crate::money::{self, MAX_SAFE};
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Taobao,
    name_en: "Taobao dispute rules",
    name_zh: "淘宝平台争议处理规则",
    version: "2025-08-15",
    currency: Some("CNY"),
    params: PARAMS,
    sources: SOURCES,
    reasons: REASONS,
    violations: &[Violation::LateShipment, Violation::OutOfStock],
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[
            "shippingPaid",
            "dates.delivered",
            "dates.opened",
            "dates.returnReceived",
            "tracking",
        ],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &[
            "asOf",
            "price",
            "dates.paid",
            "dates.completed",
            "dates.estimatedDelivery",
            "dates.reshipped",
            "request",
            "evidence.proofOfDelivery",
        ],
    },
    Reads {
        reasons: &[Reason::NotAsDescribed, Reason::DamagedInTransit],
        fields: &[
            "price",
            "dates.shipped",
            "dates.completed",
            "dates.reshipped",
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
            "dates.completed",
            "dates.reshipped",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "evidence.sourceDocuments",
        ],
    },
    Reads {
        reasons: &[Reason::WrongItem, Reason::MissingItems],
        fields: &[
            "price",
            "dates.completed",
            "dates.reshipped",
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
            "dates.reshipped",
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
            "dates.completed",
            "dates.reshipped",
            "request",
        ],
    },
    Reads {
        reasons: &[Reason::OutOfStock],
        fields: &["dates.shipped", "dates.completed"],
    },
    Reads {
        reasons: &[Reason::Counterfeit],
        fields: &[
            "price",
            "dates.shipped",
            "dates.completed",
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
        title: "Taobao late-shipment penalty (bilingual quote of the rule)",
        url: "https://en.hb2b.com/ask/196913.html",
    },
    Source {
        title: "Taobao refund timeout guidelines",
        url: "https://chinashoppingguide.com/taobao-general-refund-timeout-guidelines",
    },
];

const PENALTY_SUMMARY: Msg = msg! {
    en: "{violation}: the seller returns the price of {price} and pays {penalty} on top ({formula}), {total} in all.",
    zh: "{violation}：卖家退还货款{price}，另行支付违约金{penalty}（{formula}），合计{total}。",
};
const PROMISE_PREVAILS: Msg = msg! {
    en: "The seller's own advertised penalty of {promised} is higher than the platform amount and prevails.",
    zh: "卖家自行承诺的违约金{promised}高于平台标准，按就高原则执行。",
};
pub(super) const LATE_SHIPMENT: Msg = msg! {
    en: "Late shipment",
    zh: "延迟发货",
};
pub(super) const OUT_OF_STOCK: Msg = msg! {
    en: "Out of stock",
    zh: "缺货",
};

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
    let locale = p.common.locale;
    Ok(Penalty {
        refund: p.price,
        penalty: amount,
        total,
        formula,
        currency: currency.code,
        rules,
        summary: crate::text::paragraph(&summary, locale, currency),
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
        let window = d.common.params.days("returnWindowDays");
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
const C_WINDOW: Msg = msg! {
    en: "Return asked on {asked}; the {n}-day window after delivery on {delivered} ends on {last}.",
    zh: "买家于{asked}申请退货；自{delivered}签收次日起{n}天的退货期至{last}止。",
};
const C_EXCLUDED: Msg = msg! {
    en: "The item is {what}, which the law excludes from no-reason returns.",
    zh: "该商品属于{what}，依法不适用七日无理由退货。",
};
const C_NOT_EXCLUDED: Msg = msg! {
    en: "The item is not in a statutory exclusion (made to order, perishable, unsealed digital goods, periodicals).",
    zh: "该商品不属于法定除外商品（定作、鲜活易腐、已拆封数字商品、报纸期刊）。",
};
const C_CONFIRMED: Msg = msg! {
    en: "The buyer confirmed at purchase that this item cannot be returned without reason.",
    zh: "买家购买时已确认该商品不适用无理由退货。",
};
const C_NOT_CONFIRMED: Msg = msg! {
    en: "The buyer confirmed no return exclusion at purchase, so none can be relied on.",
    zh: "买家购买时未确认任何不退货事项，卖家不得以此拒绝。",
};
const C_INTACT: Msg = msg! {
    en: "The goods are returned intact.",
    zh: "退回商品完好。",
};
const C_NOT_INTACT: Msg = msg! {
    en: "The goods are not intact (seal broken, tags removed, worn or damaged).",
    zh: "商品已不完好（一次性密封已拆、吊牌已剪、污损或损坏）。",
};
const C_INTACT_UNKNOWN: Msg = msg! {
    en: "The goods' condition is not stated; they count as intact until inspected.",
    zh: "未说明商品状况，查验前视为完好。",
};
const C_REFUND_DUE: Msg = msg! {
    en: "The return arrived on {received}; the refund is due by {due}.",
    zh: "退货于{received}签收，应于{due}前退款。",
};
const C_RESPONSE: Msg = msg! {
    en: "The seller must answer the refund request of {opened} within {hours} hours, by {due}.",
    zh: "卖家须在{hours}小时内（{due}前）处理买家{opened}提出的退款申请。",
};
const C_SHIPPED: Msg = msg! {
    en: "The seller has shipped the order.",
    zh: "卖家已发货。",
};
const C_DELIVERED: Msg = msg! {
    en: "The carrier records the parcel as delivered.",
    zh: "物流记录显示已签收。",
};
const C_NOT_DELIVERED: Msg = msg! {
    en: "The carrier does not record delivery (status: {status}).",
    zh: "物流未显示签收（状态：{status}）。",
};
const C_POD: Msg = msg! {
    en: "The seller holds a signed proof of delivery.",
    zh: "卖家持有签收凭证。",
};
const C_NO_POD: Msg = msg! {
    en: "The seller has no signed proof of delivery, and the burden of proof is the seller's.",
    zh: "卖家没有签收凭证，而举证责任在卖家。",
};
const C_ETA_PASSED: Msg = msg! {
    en: "The estimated delivery date {eta} has passed.",
    zh: "预计送达日{eta}已过。",
};
const C_ETA_OPEN: Msg = msg! {
    en: "The estimated delivery date {eta} has not passed.",
    zh: "尚未到预计送达日{eta}。",
};
const C_HANDLING_SHIPPED: Msg = msg! {
    en: "Paid on {paid}, shipped on {shipped}; the agreed ship time ended {due}.",
    zh: "{paid}付款，{shipped}发货；约定发货时间截至{due}。",
};
const C_HANDLING_OPEN: Msg = msg! {
    en: "Paid on {paid} and not shipped yet; the agreed ship time ends {due}.",
    zh: "{paid}付款，尚未发货；约定发货时间截至{due}。",
};
const C_PHOTOS: Msg = msg! {
    en: "The buyer has sent photos of the problem.",
    zh: "买家已提供问题照片。",
};
const C_NO_PHOTOS: Msg = msg! {
    en: "The buyer has not sent photos yet.",
    zh: "买家尚未提供照片。",
};
const C_DOCS: Msg = msg! {
    en: "The seller holds source documents (invoices, authorisations, test reports).",
    zh: "卖家持有进货凭证（发票、授权书、检测报告等）。",
};
const C_NO_DOCS: Msg = msg! {
    en: "The seller has no source documents to show.",
    zh: "卖家无法提供进货凭证。",
};
const C_RETURN_LOST: Msg = msg! {
    en: "The carrier lost the return parcel.",
    zh: "退货包裹在运输中丢失。",
};

const MADE_TO_ORDER: Msg = msg! {
    en: "made to order",
    zh: "定作商品",
};
const PERISHABLE: Msg = msg! {
    en: "perishable",
    zh: "鲜活易腐商品",
};
const DIGITAL: Msg = msg! {
    en: "unsealed digital goods",
    zh: "已拆封的音像制品、软件等数字商品",
};
const PERIODICAL: Msg = msg! {
    en: "a delivered newspaper or periodical",
    zh: "已交付的报纸、期刊",
};
const CONFIRMED_WHAT: Msg = msg! {
    en: "an item you confirmed at purchase as not returnable without reason",
    zh: "您购买时已确认不支持无理由退货的商品",
};
const PEN_LATE: Msg = msg! {
    en: "late-shipment",
    zh: "延迟发货",
};
const PEN_OOS: Msg = msg! {
    en: "out-of-stock",
    zh: "缺货",
};

// Tracking statuses, for texts.
const T_NONE: Msg = msg! {
    en: "no tracking",
    zh: "无物流信息",
};
const T_INVALID: Msg = msg! {
    en: "invalid tracking",
    zh: "单号无效",
};
const T_IN_TRANSIT: Msg = msg! {
    en: "in transit",
    zh: "运输中",
};
const T_RETURNED: Msg = msg! {
    en: "returned to sender",
    zh: "已退回寄件人",
};
const T_CUSTOMS: Msg = msg! {
    en: "held by customs",
    zh: "海关扣留",
};
const T_LOST: Msg = msg! {
    en: "lost",
    zh: "丢件",
};

// Summaries, for the seller.
const S_NR_LATE: Msg = msg! {
    en: "Reject: the return was asked on {asked}, after the no-reason window ended on {last} (7D-10).",
    zh: "拒绝：买家于{asked}申请退货，已超过{last}截止的无理由退货期（7D-10）。",
};
const S_NR_EXCLUDED: Msg = msg! {
    en: "Reject: the item is excluded from no-reason returns ({rule}).",
    zh: "拒绝：该商品不适用七日无理由退货（{rule}）。",
};
const S_NR_NOT_INTACT: Msg = msg! {
    en: "Reject: the goods are not intact, which a no-reason return requires (7D-8/9).",
    zh: "拒绝：商品已不完好，不符合无理由退货条件（7D-8/9）。",
};
const S_NR_ACCEPT: Msg = msg! {
    en: "Accept the no-reason return: refund {refund} within {days} days of receiving the goods (7D-13); the buyer pays the return shipping (7D-18, TB-R14).",
    zh: "同意七日无理由退货：收到退货后{days}日内退款{refund}（7D-13）；退货运费由买家承担（7D-18、TB-R14）。",
};
const S_NR_EXCHANGE: Msg = msg! {
    en: "Accept the no-reason exchange; the buyer pays the shipping both ways (TB-R15).",
    zh: "同意无理由换货，往返运费由买家承担（TB-R15）。",
};
const S_INSPECT: Msg = msg! {
    en: "Inspect the goods on arrival: a return that is not intact may be refused.",
    zh: "收到退货时请查验，商品不完好的可拒绝。",
};
const S_LOST_BUYER: Msg = msg! {
    en: "Reject: the return parcel was lost without proven seller fault, so the loss is the buyer's, who claims from the carrier (TB-R3).",
    zh: "拒绝：退货包裹丢失且卖家无过错，损失由买家承担，买家可向承运方索赔（TB-R3）。",
};
const S_LOST_SELLER: Msg = msg! {
    en: "Refund {refund}: the return parcel was lost, and with the seller at fault the return is at its risk (TB-R18); claim from the carrier.",
    zh: "退款{refund}：退货包裹丢失，卖家有过错，退货风险由卖家承担（TB-R18），可向承运方索赔。",
};
const S_UNSHIPPED: Msg = msg! {
    en: "Refund {refund}: the order has not shipped, and shipping after the refund request without the buyer's consent is at the seller's risk (TB-T1, TB-R7).",
    zh: "退款{refund}：订单尚未发货，买家申请退款后未经同意发货的风险由卖家承担（TB-T1、TB-R7）。",
};
const S_TIMED_OUT: Msg = msg! {
    en: "The response window closed on {due}, so the platform releases the refund ({rule}).",
    zh: "处理时限已于{due}届满，平台将自动退款（{rule}）。",
};
const S_PENALTY: Msg = msg! {
    en: "The seller also owes a {what} penalty of {amount} ({rule}, TB-P5).",
    zh: "卖家还须支付{what}违约金{amount}（{rule}、TB-P5）。",
};
const S_APPEAL: Msg = msg! {
    en: "The seller's proof of delivery can support an appeal (TB-R9).",
    zh: "卖家的签收凭证可用于申诉（TB-R9）。",
};
const S_POD: Msg = msg! {
    en: "Reject: the carrier records delivery and the seller holds signed proof, which meets its burden of proof (TB-R9).",
    zh: "拒绝：物流显示已签收且卖家持有签收凭证，已完成举证（TB-R9）。",
};
const S_NO_POD: Msg = msg! {
    en: "Refund {refund}: the carrier shows delivery, but without signed proof the seller cannot meet its burden of proof (TB-R9); get the signature record from the carrier to contest.",
    zh: "退款{refund}：物流虽显示签收，但卖家无签收凭证，无法完成举证（TB-R9）；如需申诉，请向承运方调取签收记录。",
};
const S_IN_TRANSIT: Msg = msg! {
    en: "Wait: the parcel is still in transit; answer the buyer with the tracking before the deadline. Goods in transit are at the seller's risk (TB-R2).",
    zh: "等待：包裹仍在运输途中，请在时限内向买家提供物流信息。运输途中的风险由卖家承担（TB-R2）。",
};
const S_NOT_DELIVERED: Msg = msg! {
    en: "Refund {refund}: the goods did not reach the buyer, and until signing they are at the seller's risk (TB-R2, TB-R9); claim from the carrier.",
    zh: "退款{refund}：商品未送达买家，签收前的风险由卖家承担（TB-R2、TB-R9），卖家可向承运方索赔。",
};
const S_RESHIP: Msg = msg! {
    en: "Reship at the seller's cost, as the buyer asks: the goods did not arrive, and until signing they are at the seller's risk (TB-R2).",
    zh: "按买家要求由卖家承担费用重新发货：商品未送达，签收前的风险由卖家承担（TB-R2）。",
};
const S_SHIPPED_IN_TIME: Msg = msg! {
    en: "Reject: the order shipped within the agreed ship time ({rule}; shipping time per the carrier's record, TB-R5).",
    zh: "拒绝：订单在约定时间内发货（{rule}；发货时间以物流记录为准，TB-R5）。",
};
const S_NOT_YET_LATE: Msg = msg! {
    en: "Reject for now: the agreed ship time runs to {due} ({rule}); ship by then.",
    zh: "暂不支持：约定发货时间至{due}（{rule}），请在此之前发货。",
};
const S_LATE_REFUND: Msg = msg! {
    en: "Refund {refund}: the seller missed the agreed ship time ({rule}, TB-R8).",
    zh: "退款{refund}：卖家未在约定时间内发货（{rule}、TB-R8）。",
};
const S_LATE_REFUSED: Msg = msg! {
    en: "Refund {refund}: the parcel left late, so the buyer may refuse it at the seller's cost and risk (TB-R7).",
    zh: "退款{refund}：包裹延迟发出，买家可拒收，费用和风险由卖家承担（TB-R7）。",
};
const S_LATE_RETURN: Msg = msg! {
    en: "Return and refund {refund}: the goods shipped late and the buyer has not confirmed receipt (TB-R8).",
    zh: "退货退款{refund}：商品延迟发货且买家尚未确认收货（TB-R8）。",
};
const S_LATE_KEEP: Msg = msg! {
    en: "The goods shipped late but reached the buyer: pay the penalty; a return needs both parties' agreement (TB-R8).",
    zh: "商品延迟发货但已送达买家：支付违约金即可；退货需双方协商一致（TB-R8）。",
};
const S_OOS_SHIPPED: Msg = msg! {
    en: "Reject: the order was shipped, so it is not out of stock ({rule}).",
    zh: "拒绝：订单已发货，不属于缺货（{rule}）。",
};
const S_OOS: Msg = msg! {
    en: "Refund {refund}: the seller cannot supply the goods ({rule}).",
    zh: "退款{refund}：卖家缺货无法发货（{rule}）。",
};
const S_SF_RETURN: Msg = msg! {
    en: "The claim stands: return and refund of {refund}, the seller paying the shipping both ways (TB-R17, TB-R18).",
    zh: "买家主张成立：退货退款{refund}，往返运费由卖家承担（TB-R17、TB-R18）。",
};
const S_SF_EXCHANGE: Msg = msg! {
    en: "The claim stands: exchange at the seller's cost, answering by the deadline (TB-R18).",
    zh: "买家主张成立：由卖家承担费用换货，请在时限内处理（TB-R18）。",
};
const S_SF_RESHIP: Msg = msg! {
    en: "The claim stands: send the right goods at the seller's cost (TB-R20).",
    zh: "买家主张成立：由卖家承担费用补寄正确商品（TB-R20）。",
};
const S_SF_PARTIAL: Msg = msg! {
    en: "The claim stands: the buyer keeps the goods with a partial refund of {refund}.",
    zh: "买家主张成立：买家保留商品，部分退款{refund}。",
};
const S_SURFACE: Msg = msg! {
    en: "A visible mismatch lets the buyer choose reshipping, exchange or return (TB-R10, TB-R20).",
    zh: "外观可见的不符，买家可选择补寄、换货或退货（TB-R10、TB-R20）。",
};
const S_DAMAGED: Msg = msg! {
    en: "Goods damaged before signing are at the seller's risk (TB-R2); claim from the carrier.",
    zh: "签收前损坏的风险由卖家承担（TB-R2），卖家可向承运方索赔。",
};
const S_NO_DOCS: Msg = msg! {
    en: "Without source documents the seller cannot rebut the claim (TB-R17).",
    zh: "卖家无法提供进货凭证，不能反驳该主张（TB-R17）。",
};
const S_NEED_PHOTOS: Msg = msg! {
    en: "Wait: the buyer must first show the problem with photos (TB-R17).",
    zh: "等待：买家须先提供问题照片作为初步证据（TB-R17）。",
};
const S_DOCS: Msg = msg! {
    en: "Reject: the seller's source documents answer the claim (TB-R17); keep them ready for the platform.",
    zh: "拒绝：卖家的进货凭证可反驳该主张（TB-R17），请备好提交平台。",
};

// Replies, to the buyer.
const R_NR_LATE: Msg = msg! {
    en: "Your order was signed for on {delivered} and the {n}-day no-reason return period ended on {last}, so a no-reason return is no longer possible. If the item has a quality problem, please tell us and we will look into it at once.",
    zh: "您的订单于{delivered}签收，{n}天无理由退货期已于{last}结束，无法再办理无理由退货。如有质量问题，请告诉我们，我们会第一时间处理。",
};
const R_NR_EXCLUDED: Msg = msg! {
    en: "This item is {what}, which cannot be returned without a reason. If it has a quality problem, please send us photos and we will help.",
    zh: "该商品属于{what}，不适用无理由退货。如商品存在质量问题，请发送照片给我们，我们会尽力协助。",
};
const R_NR_NOT_INTACT: Msg = msg! {
    en: "A no-reason return needs the goods complete and in original condition, which this item is not, so we cannot accept it. If something is wrong with the item itself, please let us know.",
    zh: "无理由退货要求商品完好，此商品已不完好，因此无法退货。如商品本身有问题，请告诉我们。",
};
const R_NR_ACCEPT: Msg = msg! {
    en: "We accept your no-reason return. Please send the item back complete, with accessories and tags; the return postage is yours. We will refund {refund} within {days} days of receipt.",
    zh: "我们同意您的无理由退货。请将商品连同配件、吊牌完整寄回，运费由您承担。收到后{days}天内为您退款{refund}。",
};
const R_NR_EXCHANGE: Msg = msg! {
    en: "We accept your exchange. Please send the item back complete; the postage both ways is yours, and we will send the new one as soon as yours arrives.",
    zh: "我们同意为您换货。请将商品完整寄回，往返运费由您承担，收到后我们会尽快为您寄出新商品。",
};
const R_LOST_BUYER: Msg = msg! {
    en: "The carrier reports your return parcel lost. As the return was not due to our fault, please claim the loss from the carrier; we will give you any shipping details you need.",
    zh: "物流显示您的退货包裹已丢失。本次退货并非我方过错，请向承运方索赔，所需信息我们可以提供。",
};
const R_LOST_SELLER: Msg = msg! {
    en: "The carrier lost your return parcel. That risk is ours, not yours: we are refunding {refund} now.",
    zh: "您的退货包裹在运输中丢失，这一风险由我们承担：我们现在为您退款{refund}。",
};
const R_PENALTY: Msg = msg! {
    en: "As the platform rules provide, we will also pay you {amount} in compensation.",
    zh: "按平台规则，我们还将向您支付违约金{amount}。",
};
const R_TIMED_OUT: Msg = msg! {
    en: "Your refund of {refund} has been approved.",
    zh: "您的退款{refund}已同意。",
};
const R_POD: Msg = msg! {
    en: "The carrier's records show the parcel delivered and signed for; we have attached the proof of delivery. Could you check with family, neighbours or the parcel locker?",
    zh: "物流记录显示包裹已签收，签收凭证已附上。麻烦您向家人、邻居或快递柜确认一下。",
};
const R_NO_POD: Msg = msg! {
    en: "The tracking shows the parcel as delivered, but as we cannot show a signed receipt, we will refund {refund}.",
    zh: "物流显示包裹已签收，但我们无法提供签收凭证，因此为您退款{refund}。",
};
const R_IN_TRANSIT: Msg = msg! {
    en: "Your parcel is on its way and the tracking is up to date. Please allow it a little more time; if it does not arrive, we will refund you.",
    zh: "您的包裹正在运输途中，物流信息正常更新。请再耐心等待几天；如果仍未送达，我们会为您退款。",
};
const R_NOT_DELIVERED: Msg = msg! {
    en: "Your parcel did not reach you ({status}). We are refunding {refund} and will take the matter up with the carrier ourselves.",
    zh: "您的包裹未能送达（{status}）。我们将为您退款{refund}，并自行与承运方交涉。",
};
const R_RESHIP: Msg = msg! {
    en: "We will send the goods again at our cost and share the new tracking number with you.",
    zh: "我们将承担费用为您重新发货，并告知您新的物流单号。",
};
const R_SHIPPED_IN_TIME: Msg = msg! {
    en: "We checked: your order left on {shipped}, within our promised shipping time. You can follow it on the order page.",
    zh: "我们核实过：您的订单已于{shipped}发出，在承诺的发货时间内，物流信息可在订单页查看。",
};
const R_NOT_YET_LATE: Msg = msg! {
    en: "Your order is within our promised shipping time, which runs to {due}, and we will ship it by then.",
    zh: "您的订单仍在承诺的发货时间内（至{due}），我们会在此之前发货。",
};
const R_LATE_REFUND: Msg = msg! {
    en: "We did not ship your order in time, so we will refund {refund} in full.",
    zh: "我们未能按时发货，将为您全额退款{refund}。",
};
const R_LATE_RETURN: Msg = msg! {
    en: "Your order left later than we promised. If you would rather not keep it, please send it back at our cost and we will refund {refund}.",
    zh: "您的订单发货晚于我们的承诺。如您不想保留，请将商品寄回（运费由我们承担），我们将为您退款{refund}。",
};
const R_LATE_KEEP: Msg = msg! {
    en: "Your order left later than we promised.",
    zh: "您的订单发货晚于我们的承诺。",
};
const R_OOS: Msg = msg! {
    en: "The item is out of stock, so we are refunding {refund} in full.",
    zh: "该商品缺货，我们将全额退款{refund}。",
};
const R_OOS_SHIPPED: Msg = msg! {
    en: "Your order has already been shipped; you can follow it on the order page.",
    zh: "您的订单已经发出，可在订单页查看物流。",
};
const R_SF_RETURN: Msg = msg! {
    en: "Please send the item back; we pay the return postage and will refund {refund} once it arrives.",
    zh: "请将商品寄回，退货运费由我们承担，收到后为您退款{refund}。",
};
const R_SF_EXCHANGE: Msg = msg! {
    en: "Please send the item back at our cost, and we will send you a replacement right away.",
    zh: "请将商品寄回（运费由我们承担），我们会立即为您换新。",
};
const R_SF_RESHIP: Msg = msg! {
    en: "We will send you the right item at our cost.",
    zh: "我们将承担运费为您补寄正确的商品。",
};
const R_SF_PARTIAL: Msg = msg! {
    en: "You can keep the item, and we will refund {refund}.",
    zh: "您可以保留商品，我们为您退款{refund}。",
};
const R_NEED_PHOTOS: Msg = msg! {
    en: "To sort this out quickly, could you send us photos showing the problem and the parcel label?",
    zh: "为尽快为您处理，请发送能显示问题的商品照片及包裹面单照片。",
};
const R_DOCS: Msg = msg! {
    en: "Our supplier's invoices and certificates show the goods match the listing, and we will share them with the platform. If you see a specific defect, please send us photos.",
    zh: "进货发票和合格证明显示商品与描述相符，相关凭证将提交平台。如您发现具体问题，请发送照片给我们。",
};

const S_MISSING: Msg = msg! {
    en: "The buyer's photos show items missing. Keep the packing record (weight, packing video) as evidence; if you merged orders into one parcel without the buyer's consent, you must prove it was complete (TB-R6).",
    zh: "买家照片显示缺少商品。请保留打包记录（重量、打包视频）作为证据；如未经买家同意合并多个订单发货，须由您证明包裹完整（TB-R6）。",
};
const S_MISSING_RESHIP: Msg = msg! {
    en: "The claim stands: send the missing items at your cost (TB-R20); the buyer may instead return the order for a full refund.",
    zh: "买家主张成立：请自费补寄缺少的商品（TB-R20）；买家也可以选择退货并全额退款。",
};
const R_MISSING_RESHIP: Msg = msg! {
    en: "Some items were missing from your parcel: we will send them right away at our cost and share the tracking number once they ship.",
    zh: "您的包裹缺少部分商品，我们会立即免费补寄，发货后告知物流单号。",
};

const R_INSPECT: Msg = msg! {
    en: "Please check the parcel before signing: if the goods are visibly wrong or damaged, photograph them and refuse it, and we will refund you (TB-R10).",
    zh: "请先验货再签收：如商品明显不符或破损，请拍照并拒收，我们会为您退款（TB-R10）。",
};
const C_SHIPPED_BEFORE: Msg = msg! {
    en: "Shipped on {shipped}, before the refund request of {opened}.",
    zh: "{shipped}发货，早于买家{opened}的退款申请。",
};
const C_SHIPPED_AFTER: Msg = msg! {
    en: "Shipped on {shipped}, after the refund request of {opened}, without the buyer's consent.",
    zh: "{shipped}发货，晚于买家{opened}的退款申请，且未经买家同意。",
};
const S_SHIP_OR_REFUND: Msg = msg! {
    en: "Agree it now: shipping before {due} closes the request (TB-T1), but a refused parcel is then at your cost; without an answer by {due} the platform releases the refund.",
    zh: "请立即同意退款：在{due}前发货可关闭退款申请（TB-T1），但买家拒收的费用由您承担；{due}前未处理的，平台将自动退款。",
};
const S_ANSWER_BY: Msg = msg! {
    en: "Answer by {due} (TB-T3), or the platform refunds without the return.",
    zh: "请在{due}前处理（TB-T3），否则平台将直接退款。",
};
const S_NR_TRANSIT_SELLER: Msg = msg! {
    en: "Refund {refund}: the parcel left after the ship time or the refund request, without the buyer's consent, so a refusal is at your cost and risk (TB-R7).",
    zh: "退款{refund}：包裹在约定发货时间或退款申请之后发出且未经买家同意，拒收的费用和风险由您承担（TB-R7）。",
};
const R_NR_TRANSIT_SELLER: Msg = msg! {
    en: "Your parcel left later than it should have: you may refuse it at our cost, and we are refunding {refund} in full.",
    zh: "您的包裹发出晚于应发时间：您可以拒收，费用由我们承担，我们将全额退款{refund}。",
};

// Offers.
const O_RETURN_FULL: Msg = msg! {
    en: "return the order, with the return shipping on us, for a full refund of {refund}.",
    zh: "退回整单商品，退货运费由我们承担，全额退款{refund}。",
};
const O_EXCHANGE: Msg = msg! {
    en: "an exchange: we send you a new item at our cost.",
    zh: "换货：我们承担运费为您换新。",
};
const O_RESHIP: Msg = msg! {
    en: "a reshipment: we send the right item at our cost.",
    zh: "补寄：我们承担运费为您补寄正确的商品。",
};
const O_SHIP_NOW: Msg = msg! {
    en: "we ship your order right away and still pay you {amount} in compensation.",
    zh: "我们立即为您发货，并照付违约金{amount}。",
};

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
    let params = &d.common.params;
    let delivered = d.dates.delivered.ok_or_else(|| {
        missing(
            "dates.delivered",
            "to count the no-reason return window from the day after signing (7D-10)",
        )
    })?;
    let days = params.days("returnWindowDays");
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
        let refund_days = params.days("refundDays");
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
