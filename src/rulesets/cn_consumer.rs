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
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev, OfferKind as Of};
use crate::decision::{Decision, Eval, Penalty, SummaryOnly, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Dispute, Fault, Outcome, PenaltyInput, Reason, Request, Violation};
use crate::money::{self, MAX_SAFE};
use crate::rulesets::Params;
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnConsumer,
    currency: Some("CNY"),
    params: PARAMS,
    reasons: &[
        Reason::NoReason,
        Reason::Quality,
        Reason::NotAsDescribed,
        Reason::Counterfeit,
    ],
    violations: &[Violation::Fraud],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.cn-consumer.name"),
    version: "2024-07-01",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &["price", "dates.delivered", "dates.completed"],
    },
    Reads {
        reasons: &[Reason::NoReason],
        fields: &[
            "asOf",
            "dates.shipped",
            "dates.opened",
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
            "tracking",
            "request",
        ],
    },
    Reads {
        reasons: &[Reason::Counterfeit],
        fields: &[
            "shippingPaid",
            "dates.reshipped",
            "dates.returnSent",
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

const POLICY_VOID: Msg = msg!("cn_consumer.policy_void", given: number, key: code, law: number);

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

const PROMISE_PREVAILS: Msg = msg!("cn_consumer.promise_prevails", promised: money);
const PROMISE_LOWER: Msg = msg!("cn_consumer.promise_lower", promised: money);

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
        messages: SummaryOnly { summary, currency },
    })
}

// ---- refundPenalty: fraud (CPL-55) ----------------------------------------------------------

const FRAUD_PENALTY: Msg =
    msg!("cn_consumer.fraud_penalty", formula: text, penalty: money, price: money, total: money);
const LABEL_FLAW: Msg = msg!("cn_consumer.label_flaw", price: money, total: money);
const PUNITIVE_NOTE: Msg = msg!("cn_consumer.punitive_note", loss: money);

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
    let due = claimed(d).day().add_days(as_days(refund_days));
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

const NR_IN_TIME: Msg =
    msg!("cn_consumer.nr_in_time", asked: date, days: number, last: date, received: date);
const NR_LATE: Msg =
    msg!("cn_consumer.nr_late", asked: date, days: number, last: date, received: date);
const NOT_EXCLUDED: Msg = msg!("cn_consumer.not_excluded");
const EXCLUDED: Msg = msg!("cn_consumer.excluded", what: message);
const MADE_TO_ORDER: Msg = msg!("cn_consumer.made_to_order");
const PERISHABLE: Msg = msg!("cn_consumer.perishable");
const DIGITAL: Msg = msg!("cn_consumer.digital");
const PERIODICAL: Msg = msg!("cn_consumer.periodical");
const NOT_CONFIRMED: Msg = msg!("cn_consumer.not_confirmed");
const CONFIRMED: Msg = msg!("cn_consumer.confirmed");
const INTACT: Msg = msg!("cn_consumer.intact");
const INTACT_UNKNOWN: Msg = msg!("cn_consumer.intact_unknown");
const NOT_INTACT: Msg = msg!("cn_consumer.not_intact");
const REFUND_DUE: Msg = msg!("cn_consumer.refund_due", day: date, due: date);
const REFUND_OVERDUE: Msg = msg!("cn_consumer.refund_overdue", day: date, due: date);
const NR_GRANTED: Msg =
    msg!("cn_consumer.nr_granted", days: number, last: date, refund: money, refund_days: number);
const NR_REFUSED: Msg = msg!("cn_consumer.nr_refused", why: message);
const WHY_LATE: Msg = msg!("cn_consumer.why_late");
const WHY_EXCLUDED: Msg = msg!("cn_consumer.why_excluded");
const WHY_CONFIRMED: Msg = msg!("cn_consumer.why_confirmed");
const WHY_NOT_INTACT: Msg = msg!("cn_consumer.why_not_intact");
const NR_REPLY_OK: Msg =
    msg!("cn_consumer.nr_reply_ok", days: number, last: date, refund: money, refund_days: number);
const NR_REPLY_RECEIVED: Msg =
    msg!("cn_consumer.nr_reply_received", day: date, due: date, refund: money);
const NR_REPLY_LATE: Msg = msg!("cn_consumer.nr_reply_late", last: date);
const NR_REPLY_EXCLUDED: Msg = msg!("cn_consumer.nr_reply_excluded", what: message);
const NR_REPLY_CONFIRMED: Msg = msg!("cn_consumer.nr_reply_confirmed");
const NR_REPLY_NOT_INTACT: Msg = msg!("cn_consumer.nr_reply_not_intact");
const NR_REPLY_QUALITY: Msg = msg!("cn_consumer.nr_reply_quality");

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
    // A day period: it runs to the end of its last day, so the deadline is that day.
    let last = received.day().add_days(as_days(days));
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
            let due = back.day().add_days(as_days(refund_days));
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

const QA_IN: Msg = msg!("cn_consumer.qa_in", asked: date, days: number, last: date, received: date);
const QA_AFTER: Msg =
    msg!("cn_consumer.qa_after", asked: date, days: number, last: date, received: date);
const BURDEN_IN: Msg = msg!("cn_consumer.burden_in", end: date, found: date, months: number);
const BURDEN_OUT: Msg = msg!("cn_consumer.burden_out", end: date, found: date, months: number);
const QA_SUM_RETURN: Msg = msg!("cn_consumer.qa_sum_return", days: number, refund: money);
const QA_SUM_EXCHANGE: Msg = msg!("cn_consumer.qa_sum_exchange");
const QA_SUM_REPAIR: Msg = msg!("cn_consumer.qa_sum_repair", days: number);
const BURDEN_SUM: Msg = msg!("cn_consumer.burden_sum", end: date);
const FRAUD_IF: Msg = msg!("cn_consumer.fraud_if", formula: text, penalty: money);
const QA_REPLY_RETURN: Msg = msg!("cn_consumer.qa_reply_return", days: number, refund: money);
const QA_REPLY_EXCHANGE: Msg = msg!("cn_consumer.qa_reply_exchange");
const QA_REPLY_REPAIR: Msg = msg!("cn_consumer.qa_reply_repair", days: number);
const OFFER_REPAIR: Msg = msg!("cn_consumer.offer.repair");
const OFFER_EXCHANGE: Msg = msg!("cn_consumer.offer.exchange");

/// CPL-24 (and CPL-23): quality and not-as-described claims.
fn quality(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    let received = received(d)?;
    let asked = claimed(d);
    let days = statutory(&mut e, &SPEC, "qualityReturnDays", true);
    let months = statutory(&mut e, &SPEC, "burdenShiftMonths", true);
    let last = received.day().add_days(as_days(days));
    let end = super::cn_car::add_months(received.day(), as_days(months));
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

const GENUINE_SHOWN: Msg = msg!("cn_consumer.genuine_shown");
const GENUINE_NOT_SHOWN: Msg = msg!("cn_consumer.genuine_not_shown");
const FRAUD_SUM: Msg = msg!("cn_consumer.fraud_sum", formula: text, penalty: money, refund: money);
const FRAUD_REPLY: Msg = msg!("cn_consumer.fraud_reply", penalty: money, refund: money);
const GENUINE_SUM: Msg =
    msg!("cn_consumer.genuine_sum", formula: text, penalty: money, refund: money);
const GENUINE_REPLY: Msg = msg!("cn_consumer.genuine_reply");

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
