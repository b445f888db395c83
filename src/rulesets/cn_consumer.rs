//! PRC Consumer Rights Protection Law and the 7-day no-reason return measures.

use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::decision::{Decision, Penalty};
use crate::error::Result;
use crate::model::{Dispute, PenaltyInput};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnConsumer,
    name_en: "PRC Consumer Rights Protection Law and the 7-day no-reason return measures",
    name_zh: "消费者权益保护法及七日无理由退货办法",
    version: "",
    currency: Some("CNY"),
    params: PARAMS,
    sources: SOURCES,
    reasons: &[],
    violations: &[],
};

const PARAMS: &[ParamSpec] = &[];

const SOURCES: &[Source] = &[];

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    Err(super::not_covered(
        "reason",
        d.reason.as_str(),
        SPEC.id,
        Vec::new(),
    ))
}

pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    Err(super::not_covered(
        "violation",
        p.violation.as_str(),
        SPEC.id,
        Vec::new(),
    ))
}
