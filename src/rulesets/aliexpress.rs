//! AliExpress buyer protection and disputes.

use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::decision::Decision;
use crate::error::Result;
use crate::model::Dispute;

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Aliexpress,
    name_en: "AliExpress buyer protection and disputes",
    name_zh: "速卖通买家保护与纠纷规则",
    version: "",
    currency: None,
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
