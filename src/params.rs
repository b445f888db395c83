//! A ruleset's tunable numbers and the caller's `policy` overrides of them. Generic: the tables
//! live with each ruleset, and this module knows none of them.

use crate::calendar::parse_date_only;
use crate::error::{ErrorCode, InputError, Result};
use crate::input::Obj;
use crate::json::Value;
use chrono::NaiveDate;

/// A tunable number of a ruleset: a day count, a percentage, an amount in minor units.
#[derive(serde::Serialize)]
pub struct ParamSpec {
    pub key: &'static str,
    pub default: u64,
    /// The largest value a policy may set (keeps date arithmetic and money in range).
    pub max: u64,
    /// The rule the number comes from.
    pub rule: &'static str,
    /// True when the number was checked in the primary text ([V1] in rules.md); false when it
    /// rests on a secondary source, the course slides or memory ([V2], [C], [M]): a number for
    /// the user to double-check.
    pub verified: bool,
}

/// The policy key of the days off that business-day counts skip besides weekends.
pub const HOLIDAYS: &str = "holidays";

/// The most holidays one policy may list (about 20 years of public holidays; see the message).
const HOLIDAYS_MAX: usize = 400;

/// A ruleset's parameters after the caller's `policy` overrides.
#[derive(Debug)]
pub struct Params {
    values: Vec<(&'static str, u64, bool)>,
    holidays: Vec<NaiveDate>,
}

impl Params {
    /// The defaults of `table` with `policy` applied. `ruleset` names the ruleset in messages;
    /// `holidays` says whether it counts business days, and so accepts `policy.holidays`.
    pub fn resolve(
        table: &'static [ParamSpec],
        ruleset: &str,
        holidays: bool,
        policy: Option<&Value>,
    ) -> Result<Params> {
        let mut values: Vec<(&'static str, u64, bool)> =
            table.iter().map(|p| (p.key, p.default, false)).collect();
        let mut days_off = Vec::new();
        if let Some(policy) = policy {
            let mut known: Vec<&str> = table.iter().map(|p| p.key).collect();
            if holidays {
                known.push(HOLIDAYS);
            }
            let o = Obj::new(policy, "policy", &known).map_err(|mut e| {
                if e.code == ErrorCode::UnknownField {
                    e.message = format!(
                        "{} is not a parameter of the {ruleset} ruleset; its parameters are: {}",
                        e.field,
                        known.join(", ")
                    );
                }
                e
            })?;
            for (param, slot) in table.iter().zip(values.iter_mut()) {
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
            if holidays {
                days_off = read_holidays(o.value(HOLIDAYS))?;
            }
        }
        Ok(Params {
            values,
            holidays: days_off,
        })
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

    /// The days off listed in `policy.holidays` (empty when none were given).
    pub fn holidays(&self) -> &[NaiveDate] {
        &self.holidays
    }
}

/// `policy.holidays`: an array of `YYYY-MM-DD` dates; each error names its index.
fn read_holidays(value: Option<&Value>) -> Result<Vec<NaiveDate>> {
    let items = match value {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) if items.len() <= HOLIDAYS_MAX => items,
        Some(_) => {
            return Err(InputError::new(
                ErrorCode::InvalidType,
                HOLIDAYS_FIELD,
                "policy.holidays must be a list of at most 400 dates \"YYYY-MM-DD\"",
            ))
        }
    };
    let mut days = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let day = match item {
            Value::String(s) => parse_date_only(s),
            _ => None,
        };
        days.push(day.ok_or_else(|| bad_holiday(i, item))?);
    }
    Ok(days)
}

const HOLIDAYS_FIELD: &str = "policy.holidays";

#[inline(never)]
fn bad_holiday(index: usize, item: &Value) -> InputError {
    let path = format!("{HOLIDAYS_FIELD}[{index}]");
    let code = match item {
        Value::String(_) => ErrorCode::InvalidDate,
        _ => ErrorCode::InvalidType,
    };
    let message = format!(
        "{path} must be a date \"YYYY-MM-DD\"; got {}",
        crate::input::show(item)
    );
    InputError::new(code, path, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    const TABLE: &[ParamSpec] = &[ParamSpec {
        key: "days",
        default: 3,
        max: 10,
        rule: "X-1",
        verified: true,
    }];

    fn resolve(policy: &str, holidays: bool) -> Result<Params> {
        let v = parse(policy).unwrap();
        Params::resolve(TABLE, "test", holidays, Some(&v))
    }

    #[test]
    fn overrides_and_bounds() {
        let p = resolve(r#"{"days":10}"#, false).unwrap();
        assert_eq!(p.get("days"), 10);
        assert!(p.is_set("days"));
        let e = resolve(r#"{"days":11}"#, false).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::InvalidAmount, "policy.days")
        );
    }

    #[test]
    fn holidays_only_where_business_days_count() {
        let p = resolve(r#"{"holidays":["2024-05-06","2024-12-25"]}"#, true).unwrap();
        assert_eq!(p.holidays().len(), 2);
        assert_eq!(p.get("days"), 3);
        let e = resolve(r#"{"holidays":["2024-05-06"]}"#, false).unwrap_err();
        assert_eq!(e.code, ErrorCode::UnknownField);
        assert_eq!(e.field, "policy.holidays");
    }

    #[test]
    fn each_bad_holiday_names_its_index() {
        let e = resolve(
            r#"{"holidays":["2024-05-06","2024-12-25","2024-02-30"]}"#,
            true,
        )
        .unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidDate);
        assert_eq!(e.field, "policy.holidays[2]");
        assert!(e.message.contains("YYYY-MM-DD"), "{}", e.message);
        let e = resolve(r#"{"holidays":["2024-05-06T00:00:00Z"]}"#, true).unwrap_err();
        assert_eq!(e.field, "policy.holidays[0]");
        let e = resolve(r#"{"holidays":[20240506]}"#, true).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::InvalidType, "policy.holidays[0]")
        );
        let e = resolve(r#"{"holidays":"2024-05-06"}"#, true).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::InvalidType, "policy.holidays")
        );
    }
}
