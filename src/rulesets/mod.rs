//! The rulesets: each module is named after its id and holds its parameter table (defaults, the
//! rule text's version, sources) and its decision functions. A shop's `policy` overrides a
//! parameter, never a code path.

use crate::decision::{Decision, Penalty, Split};
use crate::error::{ErrorCode, InputError, Result};
use crate::input::Obj;
use crate::json::Value;
use crate::model::{Dispute, Locale, PenaltyInput, Reason, ShippingInput, Violation};
use serde::ser::{Serialize, SerializeMap, Serializer};

pub mod aliexpress;
pub mod amazon;
pub mod cn_car;
pub mod cn_consumer;
pub mod cn_food;
pub mod marketplace;
pub mod shipping;
pub mod state;
pub mod taobao;
pub mod tmall;

wire_enum!(
    /// Every ruleset id of the API contract, implemented or not.
    RulesetId {
        Aliexpress = "aliexpress",
        Amazon = "amazon",
        Ebay = "ebay",
        Paypal = "paypal",
        Taobao = "taobao",
        Tmall = "tmall",
        CnConsumer = "cn-consumer",
        CnFood = "cn-food",
        CnCar = "cn-car",
        EuCrd = "eu-crd",
        UkCra = "uk-cra",
        UsFtc = "us-ftc",
    }
);

/// A tunable number of a ruleset: a day count, a percentage, an amount in minor units.
pub struct ParamSpec {
    pub key: &'static str,
    pub default: u64,
    /// The largest value a policy may set (keeps date arithmetic and money in range).
    pub max: u64,
    /// The rule the number comes from.
    pub rule: &'static str,
}

#[derive(serde::Serialize)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

/// What `rulesets()` shows of a ruleset, and what the code reads its defaults from.
pub struct RulesetSpec {
    pub id: RulesetId,
    pub name_en: &'static str,
    pub name_zh: &'static str,
    /// The date of the rule text encoded.
    pub version: &'static str,
    /// `Some("CNY")` for rulesets that apply to one currency only.
    pub currency: Option<&'static str>,
    pub params: &'static [ParamSpec],
    pub sources: &'static [Source],
    /// The claims `evaluateDispute` decides under this ruleset.
    pub reasons: &'static [Reason],
    /// The violations `refundPenalty` computes under this ruleset.
    pub violations: &'static [Violation],
}

/// The implemented rulesets, in the order `rulesets()` lists them.
static SPECS: &[&RulesetSpec] = &[
    &aliexpress::SPEC,
    &amazon::SPEC,
    &taobao::SPEC,
    &tmall::SPEC,
    &cn_consumer::SPEC,
    &cn_food::SPEC,
    &cn_car::SPEC,
];

pub fn spec(id: RulesetId) -> Option<&'static RulesetSpec> {
    SPECS.iter().copied().find(|s| s.id == id)
}

pub fn implemented_ids() -> Vec<&'static str> {
    SPECS.iter().map(|s| s.id.as_str()).collect()
}

/// A ruleset's parameters after the caller's `policy` overrides.
#[derive(Debug)]
pub struct Params {
    values: Vec<(&'static str, u64, bool)>,
}

impl Params {
    pub fn resolve(spec: &'static RulesetSpec, policy: Option<&Value>) -> Result<Params> {
        let mut values: Vec<(&'static str, u64, bool)> = spec
            .params
            .iter()
            .map(|p| (p.key, p.default, false))
            .collect();
        if let Some(policy) = policy {
            let known: Vec<&str> = spec.params.iter().map(|p| p.key).collect();
            let o = Obj::new(policy, "policy", &known).map_err(|mut e| {
                if e.code == ErrorCode::UnknownField {
                    e.message = format!(
                        "{} is not a parameter of the {} ruleset; its parameters are: {}",
                        e.field,
                        spec.id.as_str(),
                        known.join(", ")
                    );
                }
                e
            })?;
            for (param, slot) in spec.params.iter().zip(values.iter_mut()) {
                if o.value(param.key).is_none() {
                    continue; // not overridden: no need to describe its form
                }
                let form = format!("a non-negative integer up to {}", param.max);
                if let Some(v) = o.integer(param.key, &form)? {
                    if v > param.max {
                        let field = o.path(param.key);
                        return Err(InputError::new(
                            ErrorCode::InvalidAmount,
                            &field,
                            format!("{field} must be {form}; got {v}"),
                        ));
                    }
                    *slot = (param.key, v, true);
                }
            }
        }
        Ok(Params { values })
    }

    /// The value of a parameter of this ruleset. Asking for a key the table lacks is a bug
    /// caught by the tests (debug builds assert); release builds answer 0 rather than trap.
    pub fn get(&self, key: &str) -> u64 {
        let found = self.values.iter().find(|(k, _, _)| *k == key);
        debug_assert!(found.is_some(), "unknown parameter {key}");
        found.map_or(0, |(_, v, _)| *v)
    }

    /// A day or hour count: parameters are bounded by `max`, so this never truncates.
    pub fn days(&self, key: &str) -> u32 {
        u32::try_from(self.get(key)).unwrap_or(u32::MAX)
    }

    /// True when the caller's policy set this parameter.
    pub fn is_set(&self, key: &str) -> bool {
        self.values.iter().any(|(k, _, set)| *k == key && *set)
    }
}

/// `rulesets()` output for one ruleset.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub version: &'static str,
    pub currency: Option<&'static str>,
    pub parameters: ParamDefaults,
    pub sources: &'static [Source],
    pub reasons: Vec<&'static str>,
    pub violations: Vec<&'static str>,
    pub shipping_split: bool,
}

/// The defaults as a `{ key: value }` object.
pub struct ParamDefaults(&'static [ParamSpec]);

impl Serialize for ParamDefaults {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for p in self.0 {
            map.serialize_entry(p.key, &p.default)?;
        }
        map.end()
    }
}

pub fn infos(locale: Locale) -> Vec<RulesetInfo> {
    SPECS
        .iter()
        .map(|s| RulesetInfo {
            id: s.id.as_str(),
            name: match locale {
                Locale::En => s.name_en,
                Locale::ZhCn => s.name_zh,
            },
            version: s.version,
            currency: s.currency,
            parameters: ParamDefaults(s.params),
            sources: s.sources,
            reasons: s.reasons.iter().map(|r| r.as_str()).collect(),
            violations: s.violations.iter().map(|v| v.as_str()).collect(),
            shipping_split: shipping::supports(s.id),
        })
        .collect()
}

fn spec_of(id: RulesetId) -> &'static RulesetSpec {
    // read_common has already refused unimplemented rulesets; the fallback keeps this total.
    spec(id).unwrap_or(SPECS[0])
}

pub(crate) fn not_covered(
    field: &str,
    what: &str,
    id: RulesetId,
    covered: Vec<&str>,
) -> InputError {
    let list = if covered.is_empty() {
        "none yet".to_string()
    } else {
        covered.join(", ")
    };
    InputError::new(
        ErrorCode::UnknownValue,
        field,
        format!(
            "the {} ruleset does not decide {field} \"{what}\" in this version; it covers: {list}",
            id.as_str()
        ),
    )
}

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let id = d.common.ruleset;
    let spec = spec_of(id);
    if !spec.reasons.contains(&d.reason) {
        return Err(not_covered(
            "reason",
            d.reason.as_str(),
            id,
            spec.reasons.iter().map(|r| r.as_str()).collect(),
        ));
    }
    match id {
        RulesetId::Aliexpress => aliexpress::evaluate(d),
        RulesetId::Amazon => amazon::evaluate(d),
        RulesetId::Taobao => taobao::evaluate(d),
        RulesetId::Tmall => tmall::evaluate(d),
        RulesetId::CnConsumer => cn_consumer::evaluate(d),
        RulesetId::CnFood => cn_food::evaluate(d),
        RulesetId::CnCar => cn_car::evaluate(d),
        _ => Err(not_covered("reason", d.reason.as_str(), id, Vec::new())),
    }
}

pub fn shipping(s: &ShippingInput) -> Result<Split> {
    shipping::split(s)
}

pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    let id = p.common.ruleset;
    let spec = spec_of(id);
    if !spec.violations.contains(&p.violation) {
        return Err(not_covered(
            "violation",
            p.violation.as_str(),
            id,
            spec.violations.iter().map(|v| v.as_str()).collect(),
        ));
    }
    match id {
        RulesetId::Taobao => taobao::penalty(p),
        RulesetId::Tmall => tmall::penalty(p),
        RulesetId::CnConsumer => cn_consumer::penalty(p),
        RulesetId::CnFood => cn_food::penalty(p),
        _ => Err(not_covered(
            "violation",
            p.violation.as_str(),
            id,
            Vec::new(),
        )),
    }
}
