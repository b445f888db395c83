//! PRC Consumer Rights Protection Law (CPL, 2013), its Implementing Regulations (2024) and the
//! 7-day no-reason return measures (SAMR Order 31, 2020): no-reason returns (CPL-25, 7D-6..7D-20),
//! quality returns (CPL-24, CPL-23), counterfeits and the fraud compensation (CPL-55).
//!
//! Choices where the texts are silent (see the README):
//! - Periods run from `dates.delivered` (signing), or `dates.completed` when no delivery date is
//!   given; a claim is dated `dates.opened`, or `asOf` when it has no date. A day period runs to
//!   the end of its last day: date-times are compared by their calendar date.
//! - A policy may make a statutory period more favourable to the consumer, never less: a term
//!   cutting a consumer's statutory right is void (CPL-26), so the statutory figure is used and a
//!   failed `policy_within_statute` check says so.
//! - The fraud compensation of CPL-55 needs fraud: a `counterfeit` claim is fraud unless the seller
//!   holds source documents (`evidence.sourceDocuments`); a `not_as_described` claim is decided as
//!   a quality claim (CPL-24), with the CPL-55 amount stated as what applies if the listing was
//!   knowingly false. Course seed case (3), a no-name sofa sold as a branded one with another
//!   shop's photos, is a `counterfeit` claim.
//! - The label-flaw exclusion of implementing regulations art. 49 is cited as `CPL-REG-49`, and a
//!   seller's own promise above the statutory amount as `CPL-16` (art. 16: the operator performs
//!   what it agreed with the consumer). CPL-55b (up to 2 x the loss for death or serious injury)
//!   is for a court: it is named in the summary when a `loss` is given, never computed.

use super::state::{
    goods_not_received, OrderState, C_NOT_SHIPPED, R_REFUND_BY, R_REFUSE_PARCEL, R_UNSHIPPED,
    S_CANCEL, S_REFUSE_PARCEL,
};
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev, OfferKind as Of};
use crate::decision::{Decision, Eval, Penalty, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Fault, Outcome, PenaltyInput, Reason, Request, Violation};
use crate::money::{self, MAX_SAFE};
use crate::rulesets::Params;
use crate::text::{one, paragraph, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnConsumer,
    name_en: "PRC Consumer Rights Protection Law and the 7-day no-reason return measures",
    name_zh: "消费者权益保护法及七日无理由退货办法",
    version: "2024-07-01",
    currency: Some("CNY"),
    params: PARAMS,
    sources: SOURCES,
    reasons: &[
        Reason::NoReason,
        Reason::Quality,
        Reason::NotAsDescribed,
        Reason::Counterfeit,
    ],
    violations: &[Violation::Fraud],
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[
            "price",
            "dates.shipped",
            "dates.delivered",
            "dates.completed",
        ],
    },
    Reads {
        reasons: &[Reason::NoReason],
        fields: &[
            "asOf",
            "dates.opened",
            "dates.reshipped",
            "dates.returnReceived",
            "tracking",
            "item.madeToOrder",
            "item.perishable",
            "item.digitalUnsealed",
            "item.periodical",
            "item.intact",
            "item.exclusionConfirmed",
        ],
    },
    Reads {
        reasons: &[Reason::Quality],
        fields: &[
            "asOf",
            "shippingPaid",
            "dates.opened",
            "dates.reshipped",
            "dates.faultFound",
            "tracking",
            "request",
        ],
    },
    Reads {
        reasons: &[Reason::NotAsDescribed],
        fields: &[
            "asOf",
            "shippingPaid",
            "dates.opened",
            "dates.faultFound",
            "request",
        ],
    },
    Reads {
        reasons: &[Reason::Counterfeit],
        fields: &[
            "shippingPaid",
            "dates.reshipped",
            "dates.returnReceived",
            "tracking",
            "evidence.sourceDocuments",
        ],
    },
];

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "returnWindowDays",
        default: 7,
        max: 3650,
        rule: "CPL-25",
        verified: true,
    },
    ParamSpec {
        key: "refundDays",
        default: 7,
        max: 3650,
        rule: "7D-13",
        verified: true,
    },
    ParamSpec {
        key: "qualityReturnDays",
        default: 7,
        max: 3650,
        rule: "CPL-24",
        verified: true,
    },
    ParamSpec {
        key: "burdenShiftMonths",
        default: 6,
        max: 1200,
        rule: "CPL-23",
        verified: true,
    },
    ParamSpec {
        key: "fraudMultiple",
        default: 3,
        max: 1000,
        rule: "CPL-55",
        verified: true,
    },
    ParamSpec {
        key: "fraudMin",
        default: 50000,
        max: MAX_SAFE,
        rule: "CPL-55",
        verified: true,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "消费者权益保护法 (2013)",
        url: "https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2023/art_0a323e046fba43f0b6e9e977f1e8d5fc.html",
    },
    Source {
        title: "消费者权益保护法实施条例 (2024)",
        url: "https://www.mee.gov.cn/zcwj/gwywj/202403/t20240320_1068830.shtml",
    },
    Source {
        title: "网络购买商品七日无理由退货暂行办法 (2020)",
        url: "https://www.gov.cn/zhengce/2020-11/03/content_5723721.htm",
    },
];

// ---- shared with cn-food and cn-car ----------------------------------------------------------

const POLICY_VOID: Msg = msg! {
    en: "Policy {key} = {given} is less favourable than the statutory {law}, so void; {law} applies.",
    zh: "政策{key}={given}不如法定的{law}有利于消费者，该约定无效，按{law}执行。",
};

/// A statutory period or limit: a policy may make it more favourable to the consumer, never less
/// (CPL-26). `more_is_better`: the consumer gains from a larger value (a return window) rather
/// than a smaller one (the seller's refund deadline).
pub(super) fn statutory(
    e: &mut Eval,
    spec: &RulesetSpec,
    key: &'static str,
    more_is_better: bool,
) -> u64 {
    let value = e.d.common.params.get(key);
    let law = spec
        .params
        .iter()
        .find(|p| p.key == key)
        .map_or(value, |p| p.default);
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
        "CPL-26",
        false,
        Text::new(POLICY_VOID)
            .raw("key", key)
            .num("given", value)
            .num("law", law),
    );
    e.apply("CPL-26");
    law
}

/// A day count for `Stamp::add_days` (parameters are bounded by their `max`).
pub(super) fn as_days(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The day the buyer received the goods: signing, or receipt confirmed.
pub(super) fn received(d: &Dispute) -> Result<Stamp> {
    d.dates.delivered.or(d.dates.completed).ok_or_else(|| {
        InputError::new(
            ErrorCode::MissingField,
            "dates.delivered",
            "dates.delivered is required: the day the buyer signed for the goods (YYYY-MM-DD or an RFC 3339 date-time); the statutory periods run from the day after it",
        )
    })
}

/// True when `t` falls on a later calendar day than `last`: a statutory day period runs to the end
/// of its last day, whatever the hour of either stamp.
pub(super) fn after_day(t: Stamp, last: Stamp) -> bool {
    t.date() > last.date()
}

/// The day the buyer raised the claim: `dates.opened`, else `asOf`.
pub(super) fn claimed(d: &Dispute) -> Stamp {
    d.dates.opened.unwrap_or(d.as_of)
}

/// What the buyer paid, price and outbound shipping, refunded when the seller is at fault.
pub(super) fn paid(d: &Dispute) -> Result<u64> {
    d.price
        .checked_add(d.shipping_paid)
        .filter(|t| *t <= MAX_SAFE)
        .ok_or_else(|| too_large("shippingPaid", "price plus shippingPaid"))
}

fn too_large(field: &str, what: &str) -> InputError {
    InputError::new(
        ErrorCode::InvalidAmount,
        field,
        format!("{what} would exceed 9007199254740991 minor units; {field} is too large"),
    )
}

/// `multiple x amount`, or an `invalid_amount` error above 2^53-1.
pub(super) fn times(multiple: u64, amount: u64, field: &str) -> Result<u64> {
    multiple
        .checked_mul(amount)
        .filter(|v| *v <= MAX_SAFE)
        .ok_or_else(|| too_large(field, "the compensation"))
}

/// The CPL-55 compensation: `max(fraudMultiple x price, fraudMin)`, with its formula.
pub(super) fn fraud_amount(
    params: &Params,
    price: u64,
    currency: money::Currency,
) -> Result<(u64, String)> {
    let multiple = params.get("fraudMultiple");
    let min = params.get("fraudMin");
    let amount = times(multiple, price, "price")?.max(min);
    let formula = format!(
        "max({multiple} x {}, {})",
        money::format_major(price, currency),
        money::format_major(min, currency)
    );
    Ok((amount, formula))
}

const PROMISE_PREVAILS: Msg = msg! {
    en: "The seller's higher promise of {promised} binds it (CPL-16).",
    zh: "卖家承诺的赔偿{promised}高于法定标准，按承诺执行（CPL-16）。",
};
const PROMISE_LOWER: Msg = msg! {
    en: "The seller's promise of {promised} is lower; the statutory amount applies.",
    zh: "卖家承诺的赔偿{promised}低于法定标准，按法定标准执行。",
};

/// Finishes a statutory penalty: the seller's higher promise prevails (CPL-16), the total is
/// checked against 2^53-1, and the text is rendered. `head` is the summary's opening sentence,
/// given the final penalty and total.
pub(super) fn finish_penalty(
    p: &PenaltyInput,
    statutory_amount: u64,
    mut formula: String,
    mut rules: Vec<&'static str>,
    messages: (Msg, Msg),
    notes: Vec<Text>,
) -> Result<Penalty> {
    let (penalty_msg, label_msg) = messages;
    // The head sentence shows the statutory formula, before any seller promise is added to it.
    let statutory_formula = formula.clone();
    let currency = p.common.currency;
    let mut amount = statutory_amount;
    let mut promise_note = None;
    if let Some(promised) = p.seller_promised {
        formula = format!(
            "max({formula}, {})",
            money::format_major(promised, currency)
        );
        rules.push("CPL-16");
        promise_note = Some(if promised > amount {
            amount = promised;
            Text::new(PROMISE_PREVAILS).money("promised", promised)
        } else {
            Text::new(PROMISE_LOWER).money("promised", promised)
        });
    }
    let total = p
        .price
        .checked_add(amount)
        .filter(|t| *t <= MAX_SAFE)
        .ok_or_else(|| too_large("price", "price plus compensation"))?;
    let head = if p.label_flaw_only {
        Text::new(label_msg)
            .money("price", p.price)
            .money("total", total)
    } else {
        Text::new(penalty_msg)
            .money("price", p.price)
            .money("penalty", amount)
            .owned("formula", statutory_formula)
            .money("total", total)
    };
    let mut summary = vec![head];
    summary.extend(notes);
    summary.extend(promise_note);
    Ok(Penalty {
        refund: p.price,
        penalty: amount,
        total,
        formula,
        currency: currency.code,
        rules,
        summary: paragraph(&summary, p.common.locale, currency),
    })
}

// ---- refundPenalty: fraud (CPL-55) ----------------------------------------------------------

const FRAUD_PENALTY: Msg = msg! {
    en: "Fraud (CPL-55): refund {price} plus, at the buyer's request, {penalty} ({formula}); {total} in all.",
    zh: "欺诈（CPL-55）：退还货款{price}，并应买家要求另赔{penalty}（{formula}），合计{total}。",
};
const LABEL_FLAW: Msg = msg! {
    en: "A label, manual or advertising flaw that neither affects quality nor misleads: no fraud compensation (CPL-REG-49). Refund {price}; {total} in all.",
    zh: "仅为标签、说明书或宣传材料瑕疵，不影响质量且不误导消费者：不适用欺诈赔偿（CPL-REG-49）。退还货款{price}，合计{total}。",
};
const PUNITIVE_NOTE: Msg = msg! {
    en: "Loss of {loss} stated: it is compensated separately; up to 2 x the loss for death or serious injury (CPL-55b) is for a court and not computed.",
    zh: "已填写损失{loss}：损失另行赔偿；致人死亡或健康严重损害的，不超过损失二倍的惩罚性赔偿（CPL-55b）由法院裁量，此处不计算。",
};

/// CPL-55: `max(3 x price, 500 CNY)` on top of the refund; none for a label-only flaw
/// (CPL-REG-49); the seller's higher promise prevails (CPL-16).
pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    let mut rules = vec!["CPL-55"];
    let price = p.price;
    let (amount, formula) = if p.label_flaw_only {
        rules.push("CPL-REG-49");
        (0, money::format_major(0, p.common.currency))
    } else {
        fraud_amount(&p.common.params, price, p.common.currency)?
    };
    let mut notes = Vec::new();
    if let Some(loss) = p.loss {
        notes.push(Text::new(PUNITIVE_NOTE).money("loss", loss));
    }
    finish_penalty(
        p,
        amount,
        formula,
        rules,
        (FRAUD_PENALTY, LABEL_FLAW),
        notes,
    )
}

// ---- evaluateDispute -------------------------------------------------------------------------

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let state = OrderState::of(d);
    match d.reason {
        Reason::NoReason => match state {
            OrderState::Unshipped => cancel_unshipped(d),
            OrderState::InTransit => refuse_in_transit(d),
            OrderState::Delivered => no_reason(d),
        },
        _ if !state.is_delivered() => awaiting(d, state),
        Reason::Counterfeit => counterfeit(d),
        _ => quality(d),
    }
}

/// Quality, not-as-described and counterfeit claims before delivery: CPL-24's periods run from
/// receipt, so the claim waits for the goods.
fn awaiting(d: &Dispute, state: OrderState) -> Result<Decision> {
    let mut e = Eval::new(d);
    let days = statutory(&mut e, &SPEC, "qualityReturnDays", true);
    let verdict = goods_not_received(&mut e, state, "CPL-24", Some(as_days(days)), None);
    Ok(e.finish(verdict))
}

/// A withdrawal before shipment: everything paid comes back. Choice where the law is silent:
/// CPL-25's right runs from receipt, so it covers a buyer who withdraws before receipt too, and
/// the 7-day refund term (7D-13) runs from the request, as nothing comes back. The exclusions of
/// 7D-6/7D-7 concern returning goods and are not tested before anything ships.
fn cancel_unshipped(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    let refund_days = statutory(&mut e, &SPEC, "refundDays", false);
    e.check("shipped", "CPL-25", false, Text::new(C_NOT_SHIPPED));
    e.apply("CPL-25");
    e.apply("7D-13");
    let refund = paid(d)?;
    let due = claimed(d).add_days(as_days(refund_days));
    e.deadline(Dl::RefundDueBy, due);
    Ok(e.finish(Verdict {
        outcome: Outcome::RefundFull,
        fault: Fault::None,
        refund,
        summary: one(Text::new(S_CANCEL)
            .money("refund", refund)
            .raw("rule", "CPL-25, 7D-13")),
        reply: two(
            Text::new(R_UNSHIPPED).money("refund", refund),
            Text::new(R_REFUND_BY).date("due", due),
        ),
    }))
}

/// A no-reason refusal while the parcel travels: a no-reason return before the window has even
/// begun, so the exclusions apply (7D-6, 7D-7) and the goods come back unopened; the buyer pays
/// the way back (7D-18) and the refund follows their return (7D-13).
fn refuse_in_transit(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    e.apply("CPL-25");
    let (exclusion, not_confirmed) = exclusions(&mut e);
    if exclusion.is_some() || !not_confirmed {
        let (why, first) = match exclusion {
            Some(what) => (WHY_EXCLUDED, Text::new(NR_REPLY_EXCLUDED).msg("what", what)),
            None => (WHY_CONFIRMED, Text::new(NR_REPLY_CONFIRMED)),
        };
        return Ok(e.finish(Verdict {
            outcome: Outcome::Reject,
            fault: Fault::None,
            refund: 0,
            summary: one(Text::new(NR_REFUSED).msg("why", why)),
            reply: two(first, Text::new(NR_REPLY_QUALITY)),
        }));
    }
    e.apply("7D-13");
    e.apply("7D-18");
    e.evidence(Ev::TrackingInTransit);
    e.evidence(Ev::ReturnTracking);
    let refund = d.price;
    Ok(e.finish(Verdict {
        outcome: Outcome::ReturnRefund,
        fault: Fault::Buyer,
        refund,
        summary: one(Text::new(S_REFUSE_PARCEL)
            .money("refund", refund)
            .raw("rule", "CPL-25, 7D-18, 7D-13")),
        reply: one(Text::new(R_REFUSE_PARCEL).money("refund", refund)),
    }))
}

const NR_IN_TIME: Msg = msg! {
    en: "Return requested on {asked}, within {days} days of receipt on {received} (until {last}).",
    zh: "{asked}申请退货，在{received}签收后{days}日内（至{last}）。",
};
const NR_LATE: Msg = msg! {
    en: "Return requested on {asked}, after the {days} days from receipt on {received} ended on {last}.",
    zh: "{asked}申请退货，{received}签收后的{days}日已于{last}届满。",
};
const NOT_EXCLUDED: Msg = msg! {
    en: "Not a category excluded by law.",
    zh: "不属于法定不适用无理由退货的商品。",
};
const EXCLUDED: Msg = msg! {
    en: "Excluded by law: {what}.",
    zh: "依法不适用无理由退货：{what}。",
};
const MADE_TO_ORDER: Msg = msg! {
    en: "made to the buyer's order",
    zh: "消费者定作的商品",
};
const PERISHABLE: Msg = msg! {
    en: "fresh or perishable goods",
    zh: "鲜活易腐的商品",
};
const DIGITAL: Msg = msg! {
    en: "unsealed audio-visual, software or digital goods",
    zh: "拆封的音像制品、计算机软件等数字化商品",
};
const PERIODICAL: Msg = msg! {
    en: "newspapers or periodicals already delivered",
    zh: "交付的报纸、期刊",
};
const NOT_CONFIRMED: Msg = msg! {
    en: "No exclusion confirmed by the buyer at purchase, so none can be relied on.",
    zh: "买家购买时未确认不退货事项，卖家不得以此拒绝。",
};
const CONFIRMED: Msg = msg! {
    en: "The buyer confirmed at purchase that this item has no no-reason return.",
    zh: "买家购买时已确认该商品不适用无理由退货。",
};
const INTACT: Msg = msg! {
    en: "The goods are intact.",
    zh: "商品完好。",
};
const INTACT_UNKNOWN: Msg = msg! {
    en: "Intact is checked on arrival; opening to inspect or a reasonable trial does not count against it.",
    zh: "是否完好待退货到达时查验；拆封查验、合理调试不影响完好。",
};
const NOT_INTACT: Msg = msg! {
    en: "The goods are not intact (seal broken, tags removed, damaged or activated).",
    zh: "商品已不完好（密封已拆、吊牌已剪、已损坏或已激活）。",
};
const REFUND_DUE: Msg = msg! {
    en: "Return received {day}; refund due by {due}.",
    zh: "退货于{day}签收，应于{due}前退款。",
};
const REFUND_OVERDUE: Msg = msg! {
    en: "Return received {day}; the refund was due by {due} and is overdue.",
    zh: "退货于{day}签收，应于{due}前退款，现已逾期。",
};
const NR_GRANTED: Msg = msg! {
    en: "No-reason return (CPL-25, 7D-10): requested within {days} days, by {last}. Refund {refund} within {refund_days} days of receiving the intact goods (7D-13); return shipping is on the buyer (7D-18).",
    zh: "支持无理由退货（CPL-25、7D-10）：在{days}日内（{last}前）提出。收到完好退货后{refund_days}日内退款{refund}（7D-13），退货运费由买家承担（7D-18）。",
};
const NR_REFUSED: Msg = msg! {
    en: "No-reason return refused: {why}. A quality claim (CPL-24) stays open.",
    zh: "不支持无理由退货：{why}。如有质量问题，买家仍可依CPL-24主张。",
};
const WHY_LATE: Msg = msg! {
    en: "requested after the period",
    zh: "超过退货期限",
};
const WHY_EXCLUDED: Msg = msg! {
    en: "excluded by law (CPL-25, 7D-6)",
    zh: "依法不适用（CPL-25、7D-6）",
};
const WHY_CONFIRMED: Msg = msg! {
    en: "exclusion confirmed at purchase (7D-7)",
    zh: "购买时已确认不适用（7D-7）",
};
const WHY_NOT_INTACT: Msg = msg! {
    en: "goods not intact (7D-8/9)",
    zh: "商品不完好（7D-8/9）",
};
const NR_REPLY_OK: Msg = msg! {
    en: "You are within the {days}-day no-reason return period (until {last}). Please return the item complete, with accessories and any gifts; the return postage is on you. We refund {refund} within {refund_days} days of receipt.",
    zh: "您在{days}天无理由退货期内（至{last}）。请将商品连同配件、赠品完整寄回，运费由您承担。收到后{refund_days}天内退款{refund}。",
};
const NR_REPLY_RECEIVED: Msg = msg! {
    en: "We received your return on {day} and will refund {refund} by {due}.",
    zh: "我们已于{day}收到您的退货，将于{due}前为您退款{refund}。",
};
const NR_REPLY_LATE: Msg = msg! {
    en: "The no-reason return period for your order ended on {last}, so we cannot accept a no-reason return.",
    zh: "您订单的无理由退货期已于{last}届满，无法办理无理由退货。",
};
const NR_REPLY_EXCLUDED: Msg = msg! {
    en: "By law this item cannot be returned without a reason ({what}).",
    zh: "该商品依法不适用无理由退货（{what}）。",
};
const NR_REPLY_CONFIRMED: Msg = msg! {
    en: "When ordering, you confirmed that this item cannot be returned without a reason, so we cannot accept the return.",
    zh: "您下单时已确认该商品不支持无理由退货，因此无法办理。",
};
const NR_REPLY_NOT_INTACT: Msg = msg! {
    en: "A no-reason return needs the item complete and in its original condition, which it no longer is, so we cannot accept it.",
    zh: "无理由退货要求商品完好，而该商品已不完好，因此无法办理。",
};
const NR_REPLY_QUALITY: Msg = msg! {
    en: "If it has a quality problem, please send us photos and we will sort it out.",
    zh: "如商品有质量问题，请发照片给我们，我们会为您妥善处理。",
};

/// The statutory exclusions (CPL-25, 7D-6) and one the buyer confirmed at purchase (7D-7,
/// 7D-20), as checks. Returns the statutory exclusion that applies, if any, and whether no
/// exclusion was confirmed.
fn exclusions(e: &mut Eval) -> (Option<Msg>, bool) {
    let item = &e.d.item;
    let exclusion = [
        (item.made_to_order, MADE_TO_ORDER),
        (item.perishable, PERISHABLE),
        (item.digital_unsealed, DIGITAL),
        (item.periodical, PERIODICAL),
    ]
    .into_iter()
    .find(|(flag, _)| *flag)
    .map(|(_, what)| what);
    e.apply("7D-6");
    e.check(
        "not_excluded",
        "7D-6",
        exclusion.is_none(),
        match exclusion {
            Some(what) => Text::new(EXCLUDED).msg("what", what),
            None => Text::new(NOT_EXCLUDED),
        },
    );
    if exclusion.is_some() {
        e.evidence(Ev::ProductListing);
    }

    let not_confirmed = e.check(
        "no_confirmed_exclusion",
        "7D-7",
        !item.exclusion_confirmed,
        Text::new(if item.exclusion_confirmed {
            CONFIRMED
        } else {
            NOT_CONFIRMED
        }),
    );
    if not_confirmed {
        e.apply("7D-20");
    } else {
        e.apply("7D-7");
        e.evidence(Ev::ExclusionConfirmation);
    }

    (exclusion, not_confirmed)
}

/// CPL-25 and the 7-day measures: the no-reason return of distance sales.
fn no_reason(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    let received = received(d)?;
    let asked = claimed(d);
    let days = statutory(&mut e, &SPEC, "returnWindowDays", true);
    let refund_days = statutory(&mut e, &SPEC, "refundDays", false);
    let last = received.add_days(as_days(days));
    e.deadline(Dl::ReturnWindowLastDay, last);
    e.apply("CPL-25");
    e.apply("7D-10");
    e.evidence(Ev::TrackingDelivered);

    let in_time = e.check(
        "within_return_window",
        "7D-10",
        !after_day(asked, last),
        Text::new(if after_day(asked, last) {
            NR_LATE
        } else {
            NR_IN_TIME
        })
        .date("asked", asked)
        .num("days", days)
        .date("received", received)
        .date("last", last),
    );

    let item = &d.item;
    let (exclusion, not_confirmed) = exclusions(&mut e);
    let not_excluded = exclusion.is_none();

    let intact = e.check(
        "goods_intact",
        "7D-8/9",
        item.intact != Some(false),
        Text::new(match item.intact {
            Some(true) => INTACT,
            Some(false) => NOT_INTACT,
            None => INTACT_UNKNOWN,
        }),
    );
    e.apply("7D-8/9");

    if in_time && not_excluded && not_confirmed && intact {
        let refund = d.price;
        e.apply("7D-13");
        e.apply("7D-18");
        e.evidence(Ev::ReturnTracking);
        let mut reply = Vec::new();
        if let Some(back) = d.dates.return_received {
            let due = back.add_days(as_days(refund_days));
            e.deadline(Dl::RefundDueBy, due);
            let overdue = after_day(d.as_of, due);
            e.check(
                "refund_in_time",
                "7D-13",
                !overdue,
                Text::new(if overdue { REFUND_OVERDUE } else { REFUND_DUE })
                    .date("day", back)
                    .date("due", due),
            );
            reply.push(
                Text::new(NR_REPLY_RECEIVED)
                    .date("day", back)
                    .money("refund", refund)
                    .date("due", due),
            );
        } else {
            reply.push(
                Text::new(NR_REPLY_OK)
                    .num("days", days)
                    .date("last", last)
                    .money("refund", refund)
                    .num("refund_days", refund_days),
            );
        }
        let summary = one(Text::new(NR_GRANTED)
            .num("days", days)
            .date("last", last)
            .money("refund", refund)
            .num("refund_days", refund_days));
        return Ok(e.finish(Verdict {
            outcome: Outcome::ReturnRefund,
            fault: Fault::Buyer,
            refund,
            summary,
            reply,
        }));
    }

    if !intact {
        e.evidence(Ev::ReturnInspectionPhotos);
    }
    let (why, first) = if !in_time {
        (WHY_LATE, Text::new(NR_REPLY_LATE).date("last", last))
    } else if let Some(what) = exclusion {
        (WHY_EXCLUDED, Text::new(NR_REPLY_EXCLUDED).msg("what", what))
    } else if !not_confirmed {
        (WHY_CONFIRMED, Text::new(NR_REPLY_CONFIRMED))
    } else {
        (WHY_NOT_INTACT, Text::new(NR_REPLY_NOT_INTACT))
    };
    Ok(e.finish(Verdict {
        outcome: Outcome::Reject,
        fault: Fault::None,
        refund: 0,
        summary: one(Text::new(NR_REFUSED).msg("why", why)),
        reply: two(first, Text::new(NR_REPLY_QUALITY)),
    }))
}

const QA_IN: Msg = msg! {
    en: "Raised on {asked}, within {days} days of receipt on {received} (until {last}): a return is allowed.",
    zh: "{asked}提出，在{received}签收后{days}日内（至{last}）：可以退货。",
};
const QA_AFTER: Msg = msg! {
    en: "Raised on {asked}, after the {days} days from receipt on {received} (until {last}): exchange or repair; a return only if the contract may be ended.",
    zh: "{asked}提出，{received}签收后的{days}日已于{last}届满：更换或修理；符合法定解除条件的方可退货。",
};
const BURDEN_IN: Msg = msg! {
    en: "Defect found {found}, within {months} months of receipt (until {end}): for durable goods (cars, computers, TVs, fridges, air-conditioners, washers) the seller must prove there is no defect.",
    zh: "瑕疵于{found}发现，在签收后{months}个月内（至{end}）：耐用商品（机动车、计算机、电视机、电冰箱、空调器、洗衣机等）由经营者举证。",
};
const BURDEN_OUT: Msg = msg! {
    en: "Defect found {found}, after the {months} months from receipt ended on {end}: the buyer must show it.",
    zh: "瑕疵于{found}发现，签收后{months}个月已于{end}届满：由买家举证。",
};
const QA_SUM_RETURN: Msg = msg! {
    en: "CPL-24, within {days} days: accept the return and refund {refund}; return shipping and other necessary costs are on the seller.",
    zh: "CPL-24，{days}日内：同意退货并退款{refund}，退货运费等必要费用由卖家承担。",
};
const QA_SUM_EXCHANGE: Msg = msg! {
    en: "CPL-24: exchange as the buyer asks; shipping both ways is on the seller.",
    zh: "CPL-24：按买家要求换货，往返运费由卖家承担。",
};
const QA_SUM_REPAIR: Msg = msg! {
    en: "CPL-24, after {days} days: repair or exchange at the seller's cost, shipping included; a return only if the contract may be ended.",
    zh: "CPL-24，已过{days}日：由卖家承担费用（含运费）修理或更换；符合法定解除条件的方可退货。",
};
const BURDEN_SUM: Msg = msg! {
    en: "For durable goods the seller bears the burden of proof until {end} (CPL-23).",
    zh: "耐用商品在{end}前由卖家举证（CPL-23）。",
};
const FRAUD_IF: Msg = msg! {
    en: "If the listing was knowingly false (e.g. another shop's photos), it is fraud: the buyer may also claim {penalty} ({formula}, CPL-55).",
    zh: "如描述系故意虚假（如盗用他店图片），构成欺诈：买家还可主张赔偿{penalty}（{formula}，CPL-55）。",
};
const QA_REPLY_RETURN: Msg = msg! {
    en: "As you told us within {days} days of delivery, you can return the item and we will refund {refund} when it arrives. The return postage is on us: please keep the receipt.",
    zh: "您在签收后{days}天内反馈，可以退货，我们收到后为您退款{refund}。退货运费由我们承担，请保留运费凭证。",
};
const QA_REPLY_EXCHANGE: Msg = msg! {
    en: "We will send you a replacement; please send the faulty item back. The postage both ways is on us.",
    zh: "我们将为您换货，请将有问题的商品寄回，往返运费由我们承担。",
};
const QA_REPLY_REPAIR: Msg = msg! {
    en: "It is over {days} days since delivery, so a return is no longer automatic, but we will fix it at our cost, shipping included. Photos or a short video of the problem will help us act quickly.",
    zh: "签收已超过{days}天，无法直接退货，但我们会承担费用（含运费）为您解决。请发送问题照片或短视频，便于尽快处理。",
};
const OFFER_REPAIR: Msg = msg! {
    en: "a free repair;",
    zh: "免费维修；",
};
const OFFER_EXCHANGE: Msg = msg! {
    en: "an exchange for a new item.",
    zh: "更换新品。",
};

/// CPL-24 (and CPL-23): quality and not-as-described claims.
fn quality(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    let received = received(d)?;
    let asked = claimed(d);
    let days = statutory(&mut e, &SPEC, "qualityReturnDays", true);
    let months = statutory(&mut e, &SPEC, "burdenShiftMonths", true);
    let last = received.add_days(as_days(days));
    let end = super::cn_car::add_months(received, as_days(months));
    e.deadline(Dl::ReturnWindowLastDay, last);
    e.deadline(Dl::BurdenShiftEnd, end);
    e.apply("CPL-24");
    e.evidence(Ev::TrackingDelivered);
    e.evidence(Ev::BuyerPhotos);

    let early = !after_day(asked, last);
    e.check(
        "return_within_days",
        "CPL-24",
        early,
        Text::new(if early { QA_IN } else { QA_AFTER })
            .date("asked", asked)
            .num("days", days)
            .date("received", received)
            .date("last", last),
    );
    let found = d.dates.fault_found.unwrap_or(asked);
    let shifted = !after_day(found, end);
    e.check(
        "defect_within_burden_period",
        "CPL-23",
        shifted,
        Text::new(if shifted { BURDEN_IN } else { BURDEN_OUT })
            .date("found", found)
            .num("months", months)
            .date("end", end),
    );
    if shifted {
        e.apply("CPL-23");
    }
    e.evidence(Ev::InspectionReport);
    e.evidence(Ev::ChatRecord);

    let exchange = d.request == Some(Request::Exchange);
    let (outcome, refund, head, reply) = if exchange {
        (
            Outcome::Exchange,
            0,
            Text::new(QA_SUM_EXCHANGE),
            Text::new(QA_REPLY_EXCHANGE),
        )
    } else if early {
        let refund = paid(d)?;
        e.evidence(Ev::ReturnTracking);
        (
            Outcome::ReturnRefund,
            refund,
            Text::new(QA_SUM_RETURN)
                .num("days", days)
                .money("refund", refund),
            Text::new(QA_REPLY_RETURN)
                .num("days", days)
                .money("refund", refund),
        )
    } else {
        e.offer(Of::Repair, Outcome::Repair, 0, Text::new(OFFER_REPAIR));
        e.offer(
            Of::Exchange,
            Outcome::Exchange,
            0,
            Text::new(OFFER_EXCHANGE),
        );
        (
            Outcome::Repair,
            0,
            Text::new(QA_SUM_REPAIR).num("days", days),
            Text::new(QA_REPLY_REPAIR).num("days", days),
        )
    };
    let mut summary = vec![head];
    if shifted {
        summary.push(Text::new(BURDEN_SUM).date("end", end));
    }
    if d.reason == Reason::NotAsDescribed {
        let (penalty, formula) = fraud_amount(&d.common.params, d.price, d.common.currency)?;
        summary.push(
            Text::new(FRAUD_IF)
                .money("penalty", penalty)
                .owned("formula", formula),
        );
        e.evidence(Ev::ProductListing);
    }
    Ok(e.finish(Verdict {
        outcome,
        fault: Fault::Seller,
        refund,
        summary,
        reply: vec![reply],
    }))
}

const GENUINE_SHOWN: Msg = msg! {
    en: "The seller holds invoices or brand authorisation showing the goods are genuine.",
    zh: "卖家持有进货发票或品牌授权，可证明商品为正品。",
};
const GENUINE_NOT_SHOWN: Msg = msg! {
    en: "The seller has no invoices or brand authorisation showing the goods are genuine: passing off is fraud.",
    zh: "卖家无法提供进货发票或品牌授权证明商品为正品：以假充真属于欺诈。",
};
const FRAUD_SUM: Msg = msg! {
    en: "Fake sold as genuine: fraud (CPL-55). Accept the return and refund {refund}; the return freight is on the seller, whose fault it is (CPL-24). At the buyer's request also pay {penalty} ({formula}).",
    zh: "以假充真，构成欺诈（CPL-55）：同意退货并退款{refund}，退货系卖家过错，退货运费由卖家承担（CPL-24）。经买家要求，另赔{penalty}（{formula}）。",
};
const FRAUD_REPLY: Msg = msg! {
    en: "Please send the item back at our expense; we will refund {refund} on arrival. Under article 55 of the Consumer Rights Protection Law you are also entitled to {penalty} compensation, paid with the refund.",
    zh: "请将商品寄回，运费由我们承担，收到后即退款{refund}。根据《消费者权益保护法》第五十五条，您还可获得{penalty}的赔偿，与退款一并支付。",
};
const GENUINE_SUM: Msg = msg! {
    en: "Source documents show the goods are genuine: no fraud (CPL-55). If disputed, an authentication decides; a confirmed fake means a refund of {refund} plus {penalty} ({formula}).",
    zh: "进货凭证证明商品为正品，欺诈不成立（CPL-55）。如有异议，以鉴定为准；经鉴定为假货的，退款{refund}并另赔{penalty}（{formula}）。",
};
const GENUINE_REPLY: Msg = msg! {
    en: "Our purchase invoices and brand authorisation, which we can share, show the item is genuine. If in doubt, the brand or an accredited lab can authenticate it; if it is not genuine, we refund in full and compensate you as the law provides.",
    zh: "我们的进货发票和品牌授权可证明商品为正品，可供查看。如有疑问，可交由品牌方或有资质的机构鉴定；如非正品，我们将全额退款并依法赔偿。",
};

/// CPL-55: a counterfeit sold as genuine is fraud unless the seller shows it is genuine.
fn counterfeit(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    e.apply("CPL-55");
    let genuine = d.evidence.source_documents;
    e.check(
        "genuine_goods_shown",
        "CPL-55",
        genuine,
        Text::new(if genuine {
            GENUINE_SHOWN
        } else {
            GENUINE_NOT_SHOWN
        }),
    );
    let refund = paid(d)?;
    let (penalty, formula) = fraud_amount(&d.common.params, d.price, d.common.currency)?;
    if genuine {
        e.evidence(Ev::PurchaseInvoice);
        e.evidence(Ev::BrandAuthorisation);
        e.evidence(Ev::ChatRecord);
        return Ok(e.finish(Verdict {
            outcome: Outcome::Reject,
            fault: Fault::None,
            refund: 0,
            summary: one(Text::new(GENUINE_SUM)
                .money("refund", refund)
                .money("penalty", penalty)
                .owned("formula", formula)),
            reply: one(Text::new(GENUINE_REPLY)),
        }));
    }
    e.apply("CPL-24");
    e.evidence(Ev::BuyerPhotos);
    e.evidence(Ev::ProductListing);
    e.evidence(Ev::ReturnTracking);
    e.evidence(Ev::ChatRecord);
    Ok(e.finish(Verdict {
        outcome: Outcome::ReturnRefund,
        fault: Fault::Seller,
        refund,
        summary: one(Text::new(FRAUD_SUM)
            .money("refund", refund)
            .money("penalty", penalty)
            .owned("formula", formula)),
        reply: one(Text::new(FRAUD_REPLY)
            .money("refund", refund)
            .money("penalty", penalty)),
    }))
}
