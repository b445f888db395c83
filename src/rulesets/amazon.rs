//! Amazon A-to-z Guarantee and returns.

use super::{ParamSpec, RulesetId, RulesetSpec, Source};
use crate::decision::Decision;
use crate::error::Result;
use crate::model::Dispute;

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Amazon,
    name_en: "Amazon A-to-z Guarantee and returns",
    name_zh: "亚马逊A-to-z保障与退货",
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
