//! PRC Food Safety Law art. 148.

use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::decision::{Decision, Penalty};
use crate::error::Result;
use crate::model::{Dispute, PenaltyInput};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnFood,
    name_en: "PRC Food Safety Law art. 148",
    name_zh: "食品安全法第一百四十八条",
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
