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
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::codes::EvidenceCode as Ev;
use crate::decision::{Decision, Eval, Penalty, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, PenaltyInput, Reason, Violation};
use crate::money::{self, Currency, MAX_SAFE};
use crate::rulesets::Params;
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnFood,
    currency: Some("CNY"),
    params: PARAMS,
    reasons: &[Reason::Quality, Reason::NotAsDescribed, Reason::Counterfeit],
    violations: &[Violation::UnsafeFood],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.cn-food.name"),
    version: "2021-04-29",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[
            "price",
            "shippingPaid",
            "dates.delivered",
            "dates.completed",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::NotAsDescribed],
        fields: &["dates.shipped"],
    },
];

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

const FOOD_PENALTY: Msg =
    msg!("cn_food.food_penalty", formula: text, penalty: money, price: money, total: money);
const LABEL_FLAW: Msg = msg!("cn_food.label_flaw", price: money, total: money);
const LOSS_NOTE: Msg = msg!("cn_food.loss_note", loss: money);

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

const EVIDENCE_GIVEN: Msg = msg!("cn_food.evidence_given");
const EVIDENCE_MISSING: Msg = msg!("cn_food.evidence_missing");
const FOOD_SUM: Msg = msg!("cn_food.food_sum", formula: text, penalty: money, refund: money);
const FOOD_REPLY: Msg = msg!("cn_food.food_reply", min: money, multiple: number, refund: money);
const WAIT_SUM: Msg = msg!("cn_food.wait_sum");
const WAIT_REPLY: Msg = msg!("cn_food.wait_reply");

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
