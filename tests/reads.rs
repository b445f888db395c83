//! The fields each ruleset reads (`READS` beside each ruleset's SPEC, `vocabulary.json`
//! `rulesets.<id>.reads`) against the rules themselves: for every ruleset and reason, changing
//! a field the declaration does not list never changes the output (decision, numbers, codes and
//! texts), over generated valid inputs. Deterministic: each case comes from a seed, so a
//! failure is reproducible, and `cargo test --release --test reads -- --ignored --nocapture`
//! prints, from many more cases, the fields each reason was seen to read.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use dispute_calc::api;
use dispute_calc::json;
use dispute_calc::model::{Reason, RulesetId};
use dispute_calc::rulesets::{self, RulesetSpec};
use dispute_calc::vocab::{self, Kind};
use std::collections::BTreeMap;

/// Cases per ruleset, reason and field in `cargo test` (the discovery runs more).
const CASES: u64 = 40;

struct Rng(u64);
impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x2545_f491_4f6c_dd1d)
    }
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let x = self.0;
        (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) >> 16
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u64) as usize]
    }
}

fn day(offset: u64) -> String {
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    (start + Days::new(offset)).format("%Y-%m-%d").to_string()
}

/// The leaf fields a case may vary: every described input leaf but those read by all.
fn varied_fields() -> Vec<(String, &'static Kind)> {
    fn walk(prefix: &str, fields: &'static [vocab::Field], out: &mut Vec<(String, &'static Kind)>) {
        for f in fields {
            let path = if prefix.is_empty() {
                f.name.to_string()
            } else {
                format!("{prefix}.{}", f.name)
            };
            match &f.kind {
                Kind::Object(_, inner) => walk(&path, inner, out),
                kind if !rulesets::READ_BY_ALL.contains(&path.as_str()) => out.push((path, kind)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk("", &vocab::DISPUTE_INPUT, &mut out);
    out
}

/// A value of a field's kind (JSON text), or None for absent.
fn value(
    rng: &mut Rng,
    path: &str,
    kind: &Kind,
    base: &BTreeMap<String, String>,
) -> Option<String> {
    if path != "asOf" && rng.chance(25) {
        return None;
    }
    let price: u64 = base
        .get("price")
        .and_then(|p| p.parse().ok())
        .unwrap_or(10000);
    let shipping: u64 = base
        .get("shippingPaid")
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    Some(match kind {
        Kind::Money => match path {
            "price" => (1 + rng.below(60000)).to_string(),
            "shippingPaid" => rng.pick(&["0", "500", "1200"]).to_string(),
            "requestedAmount" => rng.below(price + shipping + 1).to_string(),
            "standardShipping" => rng.below(shipping + 1).to_string(),
            _ => rng.below(20000).to_string(),
        },
        Kind::Date => format!("\"{}\"", day(rng.below(150))),
        Kind::Boolean => rng.chance(50).to_string(),
        Kind::Integer => rng
            .pick(&["0", "1500", "8000", "60000", "200000"])
            .to_string(),
        Kind::String => format!("\"{}\"", rng.pick(&["US", "RU", "BR", "CN", "GB", "DE"])),
        Kind::Enum(e) => format!("\"{}\"", rng.pick(e.values)),
        _ => unreachable!("{path}"),
    })
}

/// A generated input: dates in a plausible order (events move forward in time) so that most
/// cases are valid; a case the reader refuses is skipped.
fn base_input(rng: &mut Rng, fields: &[(String, &'static Kind)]) -> BTreeMap<String, String> {
    let mut input = BTreeMap::new();
    for (path, kind) in fields {
        if path.starts_with("dates.") || path == "asOf" {
            continue;
        }
        if let Some(v) = value(rng, path, kind, &input) {
            input.insert(path.clone(), v);
        }
    }
    let mut t = rng.below(20);
    let mut event = |input: &mut BTreeMap<String, String>, name: &str, gap: u64, rng: &mut Rng| {
        t += rng.below(gap + 1);
        if rng.chance(70) {
            input.insert(format!("dates.{name}"), format!("\"{}\"", day(t)));
        }
    };
    event(&mut input, "ordered", 0, rng);
    event(&mut input, "paid", 1, rng);
    event(&mut input, "shipped", 10, rng);
    event(&mut input, "reshipped", 5, rng);
    event(&mut input, "delivered", 30, rng);
    event(&mut input, "completed", 5, rng);
    event(&mut input, "faultFound", 10, rng);
    event(&mut input, "opened", 10, rng);
    event(&mut input, "repairRequested", 10, rng);
    event(&mut input, "returnSent", 5, rng);
    event(&mut input, "returnReceived", 10, rng);
    event(&mut input, "repairReturned", 20, rng);
    if rng.chance(50) {
        let estimate = rng.below(t + 40);
        input.insert(
            "dates.estimatedDelivery".into(),
            format!("\"{}\"", day(estimate)),
        );
    }
    input.insert("asOf".into(), format!("\"{}\"", day(t + rng.below(60))));
    input
}

fn json_text(
    spec: &RulesetSpec,
    reason: Reason,
    currency: &str,
    input: &BTreeMap<String, String>,
) -> String {
    let mut top: Vec<String> = vec![
        format!("\"ruleset\":\"{}\"", spec.id.as_str()),
        format!("\"reason\":\"{}\"", reason.as_str()),
        format!("\"currency\":\"{currency}\""),
    ];
    let mut nested: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (path, v) in input {
        match path.split_once('.') {
            Some((outer, inner)) => nested
                .entry(outer)
                .or_default()
                .push(format!("\"{inner}\":{v}")),
            None => top.push(format!("\"{path}\":{v}")),
        }
    }
    for (outer, inner) in nested {
        top.push(format!("\"{outer}\":{{{}}}", inner.join(",")));
    }
    format!("{{{}}}", top.join(","))
}

/// The whole output for an input, or None when the reader refuses it.
fn run(text: &str) -> Option<String> {
    let value = json::parse(text).unwrap();
    api::evaluate_dispute(&value)
        .ok()
        .map(|d| serde_json::to_string(&d).unwrap())
}

fn currency_of(spec: &RulesetSpec, rng: &mut Rng) -> &'static str {
    spec.currency
        .unwrap_or_else(|| rng.pick(&["USD", "EUR", "CNY", "JPY"]))
}

/// The fields seen to change some output for this ruleset and reason, in `cases` cases per field.
fn observed(spec: &RulesetSpec, reason: Reason, cases: u64) -> Vec<String> {
    let fields = varied_fields();
    let mut seen = Vec::new();
    for (i, (path, kind)) in fields.iter().enumerate() {
        for case in 0..cases {
            let seed = (spec.id as u64) << 48 | (reason as u64) << 40 | (i as u64) << 32 | case;
            let mut rng = Rng::new(seed);
            let currency = currency_of(spec, &mut rng);
            let base = base_input(&mut rng, &fields);
            let Some(before) = run(&json_text(spec, reason, currency, &base)) else {
                continue;
            };
            let mut changed = base.clone();
            match value(&mut rng, path, kind, &base) {
                Some(v) => changed.insert(path.clone(), v),
                None => changed.remove(path),
            };
            if changed == base {
                continue;
            }
            match run(&json_text(spec, reason, currency, &changed)) {
                Some(after) if after != before => {
                    seen.push(path.clone());
                    break;
                }
                _ => {}
            }
        }
    }
    seen
}

fn check_ruleset(id: RulesetId) {
    let spec = rulesets::spec(id).unwrap();
    for &reason in spec.reasons {
        let declared = rulesets::fields_read(id, reason);
        let undeclared: Vec<String> = observed(spec, reason, CASES)
            .into_iter()
            .filter(|f| !declared.contains(f))
            .collect();
        assert!(
            undeclared.is_empty(),
            "{} {}: these fields change the output but READS does not declare them: {undeclared:?}",
            id.as_str(),
            reason.as_str()
        );
    }
}

macro_rules! per_ruleset {
    ($($test:ident: $id:ident),+ $(,)?) => {
        $(#[test] fn $test() { check_ruleset(RulesetId::$id) })+
    };
}

per_ruleset!(
    aliexpress: Aliexpress,
    amazon: Amazon,
    ebay: Ebay,
    paypal: Paypal,
    taobao: Taobao,
    tmall: Tmall,
    cn_consumer: CnConsumer,
    cn_food: CnFood,
    cn_car: CnCar,
    eu_crd: EuCrd,
    uk_cra: UkCra,
    us_ftc: UsFtc,
);

/// Prints a `READS` declaration per ruleset from many cases: fields read for every reason first,
/// then each reason's own.
#[test]
#[ignore]
fn print_observed_reads() {
    let cases: u64 = std::env::var("READS_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    for spec in rulesets::specs() {
        let by_reason: Vec<(Reason, Vec<String>)> = spec
            .reasons
            .iter()
            .map(|&r| (r, observed(spec, r, cases)))
            .collect();
        let common: Vec<String> = by_reason[0]
            .1
            .iter()
            .filter(|f| by_reason.iter().all(|(_, seen)| seen.contains(f)))
            .cloned()
            .collect();
        println!("== {}", spec.id.as_str());
        println!("pub const READS: &[Reads] = &[");
        let list = |fields: &[String]| {
            fields
                .iter()
                .map(|f| format!("\"{f}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        println!(
            "    Reads {{\n        reasons: &[],\n        fields: &[{}],\n    }},",
            list(&common)
        );
        // Reasons that read the same extra fields share one entry.
        let mut groups: Vec<(Vec<Reason>, Vec<String>)> = Vec::new();
        for (r, seen) in &by_reason {
            let own: Vec<String> = seen
                .iter()
                .filter(|f| !common.contains(f))
                .cloned()
                .collect();
            if own.is_empty() {
                continue;
            }
            match groups.iter_mut().find(|(_, fields)| *fields == own) {
                Some((reasons, _)) => reasons.push(*r),
                None => groups.push((vec![*r], own)),
            }
        }
        for (reasons, own) in &groups {
            let reasons: Vec<String> = reasons.iter().map(|r| format!("Reason::{r:?}")).collect();
            println!(
                "    Reads {{\n        reasons: &[{}],\n        fields: &[{}],\n    }},",
                reasons.join(", "),
                list(own)
            );
        }
        println!("];");
    }
}
