//! The rulesets: each module is named after its id and holds its parameter table (defaults, the
//! rule text's version, sources) and its decision functions. A shop's `policy` overrides a
//! parameter, never a code path.

use crate::decision::{Decision, Penalty, Split};
use crate::error::{ErrorCode, InputError, Result};
use crate::json::Value;
use crate::model::{Dispute, PenaltyInput, Reason, ShippingInput, Violation};
use crate::money::Currency;
use serde::ser::{Serialize, SerializeMap, Serializer};

pub mod aliexpress;
pub mod amazon;
pub mod cn_car;
pub mod cn_consumer;
pub mod cn_food;
pub mod ebay;
pub mod eu_crd;
pub mod marketplace;
pub mod paypal;
pub mod shipping;
pub mod state;
pub mod taobao;
pub mod tmall;
pub mod uk_cra;
pub mod us_ftc;
mod withdrawal;
mod world;

pub use crate::model::RulesetId;
pub use crate::params::{ParamSpec, Params};
use crate::vocab;

#[derive(serde::Serialize)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

/// What the code decides with: a ruleset's currency, its parameters (defaults, limits) and the
/// claims and violations it decides.
pub struct RulesetSpec {
    pub id: RulesetId,
    /// `Some("CNY")` for rulesets that apply to one currency only.
    pub currency: Option<&'static str>,
    pub params: &'static [ParamSpec],
    /// The claims `evaluateDispute` decides under this ruleset.
    pub reasons: &'static [Reason],
    /// The violations `refundPenalty` computes under this ruleset.
    pub violations: &'static [Violation],
}

/// Input fields of `evaluateDispute` that every ruleset reads for every reason: which ruleset and
/// claim, the currency, the policy and the language. Each ruleset's `READS` lists the others.
pub const READ_BY_ALL: &[&str] = &[
    "ruleset",
    "reason",
    "currency",
    "policy",
    "locale",
    "replyLocale",
];

/// Input fields of `evaluateDispute` (dotted paths: `dates.shipped`, `evidence.buyerPhotos`)
/// that a ruleset's decisions read for the listed reasons (an empty list: every reason). A
/// field no entry lists for a reason never changes a decision for it (tests/reads.rs checks
/// this). Kept beside each ruleset's SPEC, out of it, so the wasm does not carry the lists.
pub struct Reads {
    pub reasons: &'static [Reason],
    pub fields: &'static [&'static str],
}

/// What the vocabulary (and so `rulesets()`) shows of a ruleset besides its SPEC.
pub struct About {
    /// The ruleset's name, a message of the catalogues (`ruleset.<id>.name`).
    pub name: crate::text::Msg,
    /// The date of the rule text encoded.
    pub version: &'static str,
    pub sources: &'static [Source],
}

/// The `ABOUT` of a ruleset.
pub fn about(id: RulesetId) -> &'static About {
    match id {
        RulesetId::Aliexpress => &aliexpress::ABOUT,
        RulesetId::Amazon => &amazon::ABOUT,
        RulesetId::Ebay => &ebay::ABOUT,
        RulesetId::Paypal => &paypal::ABOUT,
        RulesetId::Taobao => &taobao::ABOUT,
        RulesetId::Tmall => &tmall::ABOUT,
        RulesetId::CnConsumer => &cn_consumer::ABOUT,
        RulesetId::CnFood => &cn_food::ABOUT,
        RulesetId::CnCar => &cn_car::ABOUT,
        RulesetId::EuCrd => &eu_crd::ABOUT,
        RulesetId::UkCra => &uk_cra::ABOUT,
        RulesetId::UsFtc => &us_ftc::ABOUT,
    }
}

/// The `READS` declaration of a ruleset.
pub fn reads(id: RulesetId) -> &'static [Reads] {
    match id {
        RulesetId::Aliexpress => aliexpress::READS,
        RulesetId::Amazon => amazon::READS,
        RulesetId::Ebay => ebay::READS,
        RulesetId::Paypal => paypal::READS,
        RulesetId::Taobao => taobao::READS,
        RulesetId::Tmall => tmall::READS,
        RulesetId::CnConsumer => cn_consumer::READS,
        RulesetId::CnFood => cn_food::READS,
        RulesetId::CnCar => cn_car::READS,
        RulesetId::EuCrd => eu_crd::READS,
        RulesetId::UkCra => uk_cra::READS,
        RulesetId::UsFtc => us_ftc::READS,
    }
}

/// The input fields a ruleset reads for a reason, in the order of the input's description:
/// `READ_BY_ALL` and what its `READS` declares for the reason.
pub fn fields_read(id: RulesetId, reason: Reason) -> Vec<String> {
    let declared = |path: &str| {
        READ_BY_ALL.contains(&path)
            || reads(id).iter().any(|r| {
                (r.reasons.is_empty() || r.reasons.contains(&reason)) && r.fields.contains(&path)
            })
    };
    vocab::leaf_paths(&vocab::DISPUTE_INPUT)
        .into_iter()
        .filter(|path| declared(path))
        .collect()
}

/// The implemented rulesets, in the order `rulesets()` lists them.
static SPECS: &[&RulesetSpec] = &[
    &aliexpress::SPEC,
    &amazon::SPEC,
    &ebay::SPEC,
    &paypal::SPEC,
    &taobao::SPEC,
    &tmall::SPEC,
    &cn_consumer::SPEC,
    &cn_food::SPEC,
    &cn_car::SPEC,
    &eu_crd::SPEC,
    &uk_cra::SPEC,
    &us_ftc::SPEC,
];

/// Every implemented ruleset, in the order `rulesets()` lists them.
pub fn specs() -> &'static [&'static RulesetSpec] {
    SPECS
}

pub fn spec(id: RulesetId) -> Option<&'static RulesetSpec> {
    SPECS.iter().copied().find(|s| s.id == id)
}

pub fn implemented_ids() -> Vec<&'static str> {
    SPECS.iter().map(|s| s.id.as_str()).collect()
}

/// Whether a ruleset counts business days, and so accepts `policy.holidays`.
pub fn counts_business_days(id: RulesetId) -> bool {
    // eu-crd: the public holidays that end a period a working day later (Regulation 1182/71).
    matches!(
        id,
        RulesetId::Ebay | RulesetId::UsFtc | RulesetId::CnCar | RulesetId::EuCrd
    )
}

/// What the input reader asks of the registry (see `model::Resolve`): the ruleset must be
/// implemented, the currency one it applies to, and the policy valid for its parameters.
pub fn resolve(id: RulesetId, currency: Currency, policy: Option<&Value>) -> Result<Params> {
    let spec = spec(id).ok_or_else(|| {
        InputError::new(
            ErrorCode::UnknownValue,
            "ruleset",
            format!(
                "ruleset \"{}\" is not implemented in this version; implemented: {}",
                id.as_str(),
                implemented_ids().join(", ")
            ),
        )
    })?;
    if let Some(only) = spec.currency {
        if currency.code != only {
            return Err(InputError::new(
                ErrorCode::CurrencyMismatch,
                "currency",
                format!(
                    "the {} ruleset applies to {only} amounts only; got currency \"{}\"",
                    id.as_str(),
                    currency.code
                ),
            ));
        }
    }
    Params::resolve(spec.params, id.as_str(), counts_business_days(id), policy)
}

/// `rulesets()` output for one ruleset.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetInfo {
    pub id: &'static str,
    /// The name, as a message (the package renders it into `name` in the caller's locale).
    pub message: crate::text::Msg,
    pub version: &'static str,
    pub currency: Option<&'static str>,
    pub parameters: ParamDefaults,
    /// Each parameter with its range, its rule and whether its source was verified.
    pub parameter_info: &'static [ParamSpec],
    /// True when the ruleset counts business days and accepts `policy.holidays`.
    pub holidays: bool,
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

pub fn infos() -> Vec<RulesetInfo> {
    SPECS
        .iter()
        .map(|s| RulesetInfo {
            id: s.id.as_str(),
            message: about(s.id).name,
            version: about(s.id).version,
            currency: s.currency,
            parameters: ParamDefaults(s.params),
            parameter_info: s.params,
            holidays: counts_business_days(s.id),
            sources: about(s.id).sources,
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
    if id == RulesetId::UsFtc && !spec.reasons.contains(&d.reason) {
        return Err(us_ftc::not_a_shipping_claim(d.reason));
    }
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
        RulesetId::Ebay => ebay::evaluate(d),
        RulesetId::Paypal => paypal::evaluate(d),
        RulesetId::EuCrd => eu_crd::evaluate(d),
        RulesetId::UkCra => uk_cra::evaluate(d),
        RulesetId::UsFtc => us_ftc::evaluate(d),
    }
}

pub fn shipping(s: &ShippingInput) -> Result<Split> {
    shipping::split(s)
}

pub fn penalty(p: &PenaltyInput) -> Result<Penalty> {
    let id = p.common.ruleset;
    let spec = spec_of(id);
    if spec.violations.is_empty() {
        return Err(no_penalty_rule(spec, p.violation));
    }
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
        _ => Err(no_penalty_rule(spec, p.violation)),
    }
}

/// A ruleset with no compensation rule: say what it does decide instead.
fn no_penalty_rule(spec: &RulesetSpec, violation: Violation) -> InputError {
    let reasons: Vec<&str> = spec.reasons.iter().map(|r| r.as_str()).collect();
    InputError::new(
        ErrorCode::UnknownValue,
        "violation",
        format!(
            "the {} ruleset has no compensation rule, so refundPenalty computes nothing for \"{}\": it decides refunds and deadlines with evaluateDispute (reasons: {}) and who pays shipping with returnShippingSplit",
            spec.id.as_str(),
            violation.as_str(),
            reasons.join(", ")
        ),
    )
}
