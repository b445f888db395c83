//! PRC household car three-guarantees rule (2021).

use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::decision::Decision;
use crate::error::Result;
use crate::model::Dispute;

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnCar,
    name_en: "PRC household car three-guarantees rule (2021)",
    name_zh: "家用汽车产品修理、更换、退货责任规定（2021）",
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
