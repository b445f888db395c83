//! PRC Food Safety Law (2015 revision, last amended 2021-04-29) art. 148, cited as `FSL-148`:
//! food that does not meet food-safety standards is refunded and, on top, compensated with the
//! larger of 10 x the price and 3 x the loss, at least 1,000 CNY; not for a label or instruction
//! flaw that neither affects safety nor misleads. This replaces the CPL art. 55 compensation (CPL-55
//! yields to "other provisions of law"); it does not add to it.
//!
//! Choices where the text is silent (see the README): the consumer elects the larger base ("or"
//! in the text), so the formula is a `max`; an absent `loss` counts as 0; a seller's own promise
//! above the statutory amount binds it (`CPL-16`). `evaluateDispute` cannot know whether the
//! flaw is label-only, so it states the exception; a claim without the buyer's photos (of the
//! food, label and batch, or a test report) waits for them.

use super::cn_consumer::{finish_penalty, paid, times};
use super::state::awaiting_goods;
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::codes::EvidenceCode as Ev;
use crate::decision::{Decision, Eval, Penalty, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, PenaltyInput, Reason, Violation};
use crate::money::{self, Currency, MAX_SAFE};
use crate::rulesets::Params;
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnFood,
    name_en: "PRC Food Safety Law art. 148",
    name_zh: "食品安全法第一百四十八条",
    version: "2021-04-29",
    currency: Some("CNY"),
    params: PARAMS,
    sources: SOURCES,
    reasons: &[Reason::Quality, Reason::NotAsDescribed, Reason::Counterfeit],
    violations: &[Violation::UnsafeFood],
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[Reads {
    reasons: &[],
    fields: &[
        "price",
        "shippingPaid",
        "dates.shipped",
        "dates.delivered",
        "dates.completed",
        "dates.reshipped",
        "dates.returnReceived",
        "tracking",
        "evidence.buyerPhotos",
    ],
}];

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "priceMultiple",
        default: 10,
        max: 1000,
        rule: "FSL-148",
        verified: true,
    },
    ParamSpec {
        key: "lossMultiple",
        default: 3,
        max: 1000,
        rule: "FSL-148",
        verified: true,
    },
    ParamSpec {
        key: "compensationMin",
        default: 100000,
        max: MAX_SAFE,
        rule: "FSL-148",
        verified: true,
    },
];

const SOURCES: &[Source] = &[Source {
    title: "食品安全法 (2021) art. 148, National Database of Laws and Regulations",
    url: "https://flk.npc.gov.cn/",
}];

/// FSL-148: `max(10 x price, 3 x loss, 1000 CNY)`, with its formula in major units.
fn amount(params: &Params, price: u64, loss: u64, currency: Currency) -> Result<(u64, String)> {
    let pm = params.get("priceMultiple");
    let lm = params.get("lossMultiple");
    let min = params.get("compensationMin");
    let amount = times(pm, price, "price")?
        .max(times(lm, loss, "loss")?)
        .max(min);
    let major = |a| money::format_major(a, currency);
    let formula = format!(
        "max({pm} x {}, {lm} x {}, {})",
        major(price),
        major(loss),
        major(min)
    );
    Ok((amount, formula))
}

const FOOD_PENALTY: Msg = msg! {
    en: "Unsafe food (FSL-148): refund {price} plus {penalty} ({formula}); {total} in all. This replaces, not adds to, the CPL-55 compensation.",
    zh: "不符合食品安全标准（FSL-148）：退还货款{price}，另付赔偿金{penalty}（{formula}），合计{total}。该赔偿取代而非叠加CPL-55的赔偿。",
};
const LABEL_FLAW: Msg = msg! {
    en: "A label or instruction flaw that neither affects safety nor misleads: no increased compensation (FSL-148). Refund {price}; {total} in all.",
    zh: "仅为标签、说明书瑕疵，不影响食品安全且不误导消费者：不适用增加赔偿（FSL-148）。退还货款{price}，合计{total}。",
};
const LOSS_NOTE: Msg = msg! {
    en: "The loss of {loss} is compensated besides (FSL-148).",
    zh: "损失{loss}另行赔偿（FSL-148）。",
};

pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    let price = p.price;
    let loss = p.loss.unwrap_or(0);
    let (statutory, formula) = if p.label_flaw_only {
        (0, money::format_major(0, p.common.currency))
    } else {
        amount(&p.common.params, price, loss, p.common.currency)?
    };
    let mut notes = Vec::new();
    if loss > 0 {
        notes.push(Text::new(LOSS_NOTE).money("loss", loss));
    }
    finish_penalty(
        p,
        statutory,
        formula,
        vec!["FSL-148"],
        (FOOD_PENALTY, LABEL_FLAW),
        notes,
    )
}

const EVIDENCE_GIVEN: Msg = msg! {
    en: "The buyer has sent photos of the food, label and batch.",
    zh: "买家已提供食品、标签及批次照片。",
};
const EVIDENCE_MISSING: Msg = msg! {
    en: "No photos of the food, label and batch, or test report, yet.",
    zh: "买家尚未提供食品、标签及批次照片或检测报告。",
};
const FOOD_SUM: Msg = msg! {
    en: "Unsafe-food claim (FSL-148): refund {refund}. If the food is non-compliant and the seller knew, the buyer may also claim {penalty} ({formula}), replacing CPL-55; none for a label flaw that neither affects safety nor misleads.",
    zh: "食品安全索赔（FSL-148）：退款{refund}。如食品确不符合标准且卖家明知，买家还可主张赔偿金{penalty}（{formula}），取代CPL-55；标签瑕疵不影响安全且不误导的除外。",
};
const FOOD_REPLY: Msg = msg! {
    en: "We will refund {refund} in full. No need to return the food; please keep it packed for any testing. If it fails food-safety standards, the Food Safety Law also entitles you to {multiple} times the price (at least {min}), settled with you on the evidence.",
    zh: "我们将全额退款{refund}。食品无需寄回，请连同包装保存以备检测。如确不符合食品安全标准，依《食品安全法》您还可获得价款{multiple}倍（不低于{min}）的赔偿金，我们将依证据与您协商。",
};
const WAIT_SUM: Msg = msg! {
    en: "An unsafe-food claim (FSL-148) needs evidence: ask for photos of the food, label and batch, or a test report; keep the batch's purchase records.",
    zh: "食品安全索赔（FSL-148）需有证据：请买家提供食品、标签及批次照片或检测报告；卖家保留该批次进货查验记录。",
};
const WAIT_REPLY: Msg = msg! {
    en: "Food safety matters to us. Please send photos of the food and packaging showing the label, production date and batch number, plus any test report or medical record, and keep the rest of the food. We will act once we have them.",
    zh: "我们重视食品安全。请发送食品及包装照片（拍清标签、生产日期和批号）及检测报告或就医记录（如有），并保留剩余食品。收到后我们会尽快处理。",
};

/// FSL-148 claims: refund plus the increased compensation, once the buyer's evidence is in.
pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let mut e = Eval::new(d);
    // Food not yet received cannot have harmed anyone: the claim waits for the goods.
    if let Some(v) = awaiting_goods(&mut e, "FSL-148", None, None) {
        return Ok(e.finish(v));
    }
    e.apply("FSL-148");
    let has_evidence = d.evidence.buyer_photos;
    e.check(
        "food_safety_evidence",
        "FSL-148",
        has_evidence,
        Text::new(if has_evidence {
            EVIDENCE_GIVEN
        } else {
            EVIDENCE_MISSING
        }),
    );
    e.evidence(Ev::BuyerPhotos);
    e.evidence(Ev::PurchaseInvoice);
    e.evidence(Ev::InspectionReport);
    e.evidence(Ev::ChatRecord);
    if !has_evidence {
        return Ok(e.finish(Verdict {
            outcome: Outcome::Wait,
            fault: Fault::Undetermined,
            refund: 0,
            summary: one(Text::new(WAIT_SUM)),
            reply: one(Text::new(WAIT_REPLY)),
        }));
    }
    let params = &d.common.params;
    let refund = paid(d)?;
    let (penalty, formula) = amount(params, d.price, 0, d.common.currency)?;
    Ok(e.finish(Verdict {
        outcome: Outcome::RefundFull,
        fault: Fault::Seller,
        refund,
        summary: one(Text::new(FOOD_SUM)
            .money("refund", refund)
            .money("penalty", penalty)
            .owned("formula", formula)),
        reply: one(Text::new(FOOD_REPLY)
            .money("refund", refund)
            .num("multiple", params.get("priceMultiple"))
            .money("min", params.get("compensationMin"))),
    }))
}
