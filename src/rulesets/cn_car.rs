//! PRC household car "three guarantees" rule (家用汽车产品修理、更换、退货责任规定, SAMR Order 43,
//! in force 2022-01-01): replacement or return within 7 days for a powertrain fault (CAR-2) or
//! within 60 days / 3,000 km for a listed serious fault (CAR-3); free repair within the
//! three-guarantee period of 2 years / 50,000 km, and within the repair warranty of 3 years /
//! 60,000 km (CAR-1), whichever limit comes first.
//!
//! Choices where the texts are silent (see the README):
//! - The periods start on `dates.delivered`; without it on `dates.paid`, taken as the invoice
//!   date (the rule counts from the invoice, or from delivery when that differs). The fault is
//!   dated `dates.faultFound`, else `dates.opened`. `item.odometerKm` is the reading then.
//! - The start day is not counted (CAR-9): N days after the start is `start + N`; that day is in
//!   time (to its end: date-times compare by calendar date), the next is late. Kilometre limits
//!   include the limit itself (3,000 km in, 3,001 out).
//! - Years are calendar months: 2 years after 2024-01-10 is 2026-01-10, the last day in time;
//!   from a 29 February the period ends on 28 February (the month's last day), never panics.
//! - Statutory periods and limits may be extended by policy (a maker's longer warranty), not
//!   shortened (CPL-26). The periods, distances and the 30 days / 4 repairs of CAR-5 were
//!   confirmed in the 2021 text; the 2013-rule numbers (CAR-6, CAR-7) are parameters only.
//! - The 7-day (CAR-2) and 60-day / 3,000 km (CAR-3) replacements and returns are free (免费更换、
//!   退货): a return there refunds the whole price. Usage compensation (CAR-8) is deducted only on
//!   a return after repeated failed repairs (CAR-4, CAR-5): price x km / 1000 x rate, the rate in
//!   basis points, at most 50 (0.5%, the 2021 cap; default 50), half-up.

use super::cn_consumer::{after_day, as_days, statutory};
use super::state::OrderState;
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{CarDefect, Dispute, Fault, Outcome, Reason};
use crate::text::{one, Msg, Text};
use chrono::{Months, NaiveDate};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnCar,
    currency: Some("CNY"),
    params: PARAMS,
    reasons: &[Reason::VehicleDefect],
    violations: &[],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.cn-car.name"),
    version: "2022-01-01",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[Reads {
    reasons: &[],
    fields: &[
        "price",
        "dates.paid",
        "dates.delivered",
        "dates.opened",
        "dates.faultFound",
        "item.odometerKm",
        "item.defect",
    ],
}];

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "powertrainDays",
        default: 7,
        max: 36500,
        rule: "CAR-2",
        verified: true,
    },
    ParamSpec {
        key: "replacementDays",
        default: 60,
        max: 36500,
        rule: "CAR-3",
        verified: true,
    },
    ParamSpec {
        key: "replacementKm",
        default: 3000,
        max: 10_000_000,
        rule: "CAR-3",
        verified: true,
    },
    ParamSpec {
        key: "threeGuaranteesMonths",
        default: 24,
        max: 1200,
        rule: "CAR-1",
        verified: true,
    },
    ParamSpec {
        key: "threeGuaranteesKm",
        default: 50000,
        max: 10_000_000,
        rule: "CAR-1",
        verified: true,
    },
    ParamSpec {
        key: "repairWarrantyMonths",
        default: 36,
        max: 1200,
        rule: "CAR-1",
        verified: true,
    },
    ParamSpec {
        key: "repairWarrantyKm",
        default: 60000,
        max: 10_000_000,
        rule: "CAR-1",
        verified: true,
    },
    ParamSpec {
        key: "repairDaysLimit",
        default: 30,
        max: 36500,
        rule: "CAR-5",
        verified: true,
    },
    ParamSpec {
        key: "repairTimesLimit",
        default: 4,
        max: 1000,
        rule: "CAR-5",
        verified: true,
    },
    ParamSpec {
        key: "spareCarDays",
        default: 5,
        max: 36500,
        rule: "CAR-6",
        verified: false,
    },
    ParamSpec {
        key: "returnCertificateWorkingDays",
        default: 15,
        max: 3650,
        rule: "CAR-7",
        verified: false,
    },
    // The 2021 rule caps the coefficient at 0.5% per 1,000 km (the 2013 range of 0.5-0.8% no
    // longer applies): a maker may set less, never more.
    ParamSpec {
        key: "usageRateBasisPoints",
        default: 50,
        max: 50,
        rule: "CAR-8",
        verified: true,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "家用汽车产品修理、更换、退货责任规定 (SAMR Order 43, 2021), full text copy: free replacement or return (arts. 18-19), 使用补偿系数n不得高于0.5%",
        url: "http://readke.com/c/2810046_2.html",
    },
    Source {
        title: "家用汽车产品修理、更换、退货责任规定 (SAMR Order 43, 2021): news of the rule",
        url: "http://www.xivipbz.cn/news/show.php?itemid=92663",
    },
    Source {
        title: "汽车三包有效期与包修期 (2 years / 50,000 km; 3 years / 60,000 km)",
        url: "https://www.qiche365.org.cn/index/question/detail/id/1029579.html",
    },
];

/// `stamp` plus `months` calendar months, in the same form; a day the target month lacks
/// becomes its last day (29 Feb + 12 months = 28 Feb). Saturates at the calendar's end.
pub(super) fn add_months(stamp: Stamp, months: u32) -> Stamp {
    let m = Months::new(months);
    match stamp {
        Stamp::Date(d) => Stamp::Date(d.checked_add_months(m).unwrap_or(NaiveDate::MAX)),
        Stamp::At(t) => t
            .checked_add_months(m)
            .map(Stamp::At)
            .unwrap_or(Stamp::Date(NaiveDate::MAX)),
    }
}

/// Usage compensation on a return (CAR-8): price x km / 1000 x rate / 10,000, half-up, at most
/// the price.
fn usage_compensation(price: u64, km: u64, basis_points: u64) -> u64 {
    let n = u128::from(price) * u128::from(km) * u128::from(basis_points);
    let d: u128 = 1000 * 10_000;
    let q = crate::money::div_u128(2 * n + d, 2 * d);
    u64::try_from(q).unwrap_or(u64::MAX).min(price)
}

const START_DELIVERY: Msg = msg!("cn_car.start_delivery", start: date);
const START_INVOICE: Msg = msg!("cn_car.start_invoice", start: date);
const TIME_IN: Msg = msg!("cn_car.time_in", end: date, found: date, period: message, start: date);
const TIME_OUT: Msg = msg!("cn_car.time_out", end: date, found: date, period: message, start: date);
const KM_IN: Msg = msg!("cn_car.km_in", km: number, limit: number, period: message);
const KM_OUT: Msg = msg!("cn_car.km_out", km: number, limit: number, period: message);
const P_POWERTRAIN: Msg = msg!("cn_car.p_powertrain");
const P_REPLACE: Msg = msg!("cn_car.p_replace");
const P_THREE: Msg = msg!("cn_car.p_three");
const P_WARRANTY: Msg = msg!("cn_car.p_warranty");
const DEFECT_LISTED: Msg = msg!("cn_car.defect_listed", defect: message);
const DEFECT_NOT_LISTED: Msg = msg!("cn_car.defect_not_listed");
const STEERING: Msg = msg!("cn_car.steering");
const BRAKE: Msg = msg!("cn_car.brake");
const BODY: Msg = msg!("cn_car.body");
const FUEL: Msg = msg!("cn_car.fuel");
const BATTERY: Msg = msg!("cn_car.battery");
const REPLACE_FREE_SUM: Msg = msg!("cn_car.replace_free_sum", refund: money, rule: code);
const CERT_SUM: Msg = msg!("cn_car.cert_sum", days: number, due: date);
const REPLACE_FREE_REPLY: Msg = msg!("cn_car.replace_free_reply", km: number, refund: money);
const THREE_REPAIR_SUM: Msg = msg!("cn_car.three_repair_sum", end: date, limit: number, rdays: number, rtimes: number, spare: number);
const THREE_USAGE_SUM: Msg = msg!("cn_car.three_usage_sum", comp: money, km: number, rate: number);
const THREE_REPLY: Msg = msg!("cn_car.three_reply", end: date, limit: number, spare: number);
const WARRANTY_SUM: Msg = msg!("cn_car.warranty_sum", end: date, limit: number, spare: number);
const WARRANTY_REPLY: Msg = msg!("cn_car.warranty_reply", end: date, limit: number, spare: number);
const BEYOND_SUM: Msg = msg!("cn_car.beyond_sum", end: date, limit: number);
const BEYOND_REPLY: Msg = msg!("cn_car.beyond_reply", end: date, limit: number);

/// A time limit and a distance limit, "whichever comes first": both checks are recorded.
struct Limit {
    period: Msg,
    end: Stamp,
    km: u64,
    time_id: &'static str,
    km_id: &'static str,
    rule: &'static str,
}

fn within(e: &mut Eval, start: Stamp, found: Stamp, odometer: u64, l: &Limit) -> bool {
    let in_time = !after_day(found, l.end);
    e.check(
        l.time_id,
        l.rule,
        in_time,
        Text::new(if in_time { TIME_IN } else { TIME_OUT })
            .msg("period", l.period)
            .date("start", start)
            .date("found", found)
            .date("end", l.end),
    );
    let in_km = odometer <= l.km;
    e.check(
        l.km_id,
        l.rule,
        in_km,
        Text::new(if in_km { KM_IN } else { KM_OUT })
            .msg("period", l.period)
            .num("km", odometer)
            .num("limit", l.km),
    );
    in_time && in_km
}

fn missing(field: &str, what: &str) -> InputError {
    InputError::new(
        ErrorCode::MissingField,
        field,
        format!("{field} is required: {what}"),
    )
}

/// The facts the periods are tested on: their start, the day the fault was found and the
/// odometer reading then.
struct Facts {
    start: Stamp,
    by_delivery: bool,
    found: Stamp,
    odometer: u64,
}

fn facts(d: &Dispute) -> Result<Facts> {
    let (start, by_delivery) = match (d.dates.delivered, d.dates.paid) {
        (Some(s), _) => (s, true),
        (None, Some(s)) => (s, false),
        // A car not yet delivered has no delivery date to ask for: its invoice date is.
        (None, None) if !OrderState::of(d).is_delivered() => {
            return Err(missing(
                "dates.paid",
                "the invoice date, YYYY-MM-DD, as the car has not been delivered; the three-guarantee periods run from it",
            ))
        }
        (None, None) => {
            return Err(missing(
                "dates.delivered",
                "the day the car was delivered (or dates.paid, the invoice date), YYYY-MM-DD; the three-guarantee periods run from it",
            ))
        }
    };
    let found = match (d.dates.fault_found, d.dates.opened) {
        (Some(f), _) | (None, Some(f)) => f,
        (None, None) => {
            return Err(missing(
                "dates.faultFound",
                "the day the fault was found, YYYY-MM-DD",
            ))
        }
    };
    let odometer = d.item.odometer_km.ok_or_else(|| {
        missing(
            "item.odometerKm",
            "the odometer reading in kilometres when the fault was found, a non-negative integer",
        )
    })?;
    Ok(Facts {
        start,
        by_delivery,
        found,
        odometer,
    })
}

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let f = facts(d)?;
    let start = f.start;
    let mut e = Eval::new(d);
    let powertrain_days = statutory(&mut e, &SPEC, "powertrainDays", true);
    let replace_days = statutory(&mut e, &SPEC, "replacementDays", true);
    let replace_km = statutory(&mut e, &SPEC, "replacementKm", true);
    let three_months = statutory(&mut e, &SPEC, "threeGuaranteesMonths", true);
    let three_km = statutory(&mut e, &SPEC, "threeGuaranteesKm", true);
    let warranty_months = statutory(&mut e, &SPEC, "repairWarrantyMonths", true);
    let warranty_km = statutory(&mut e, &SPEC, "repairWarrantyKm", true);

    let powertrain_end = start.add_days(as_days(powertrain_days));
    let early = Limit {
        period: P_REPLACE,
        end: start.add_days(as_days(replace_days)),
        km: replace_km,
        time_id: "within_replacement_days",
        km_id: "within_replacement_km",
        rule: "CAR-3",
    };
    let three = Limit {
        period: P_THREE,
        end: add_months(start, as_days(three_months)),
        km: three_km,
        time_id: "within_three_guarantees_time",
        km_id: "within_three_guarantees_km",
        rule: "CAR-1",
    };
    let warranty = Limit {
        period: P_WARRANTY,
        end: add_months(start, as_days(warranty_months)),
        km: warranty_km,
        time_id: "within_repair_warranty_time",
        km_id: "within_repair_warranty_km",
        rule: "CAR-1",
    };
    e.deadline(Dl::PowertrainWindowEnd, powertrain_end);
    e.deadline(Dl::ReplacementWindowEnd, early.end);
    e.deadline(Dl::ThreeGuaranteesEnd, three.end);
    e.deadline(Dl::RepairWarrantyEnd, warranty.end);
    e.apply("CAR-1");
    e.apply("CAR-9");
    e.check(
        "period_start",
        "CAR-1",
        true,
        Text::new(if f.by_delivery {
            START_DELIVERY
        } else {
            START_INVOICE
        })
        .date("start", start),
    );
    e.evidence(Ev::PurchaseInvoice);
    e.evidence(Ev::ThreeGuaranteeCertificate);
    e.evidence(Ev::OdometerPhoto);
    e.evidence(Ev::InspectionReport);

    let verdict = match replacement_rule(&mut e, &f, powertrain_end, &early) {
        Some(rule) => replace_or_return(&mut e, &f, rule),
        None => repair(&mut e, &f, &three, &warranty),
    };
    Ok(e.finish(verdict))
}

/// CAR-2 and CAR-3: the rule that gives a replacement or a return, if one does.
fn replacement_rule(
    e: &mut Eval,
    f: &Facts,
    powertrain_end: Stamp,
    early: &Limit,
) -> Option<&'static str> {
    match e.d.item.defect {
        Some(CarDefect::PowertrainReplacement) => {
            let in_time = !after_day(f.found, powertrain_end);
            e.check(
                "within_powertrain_days",
                "CAR-2",
                in_time,
                Text::new(if in_time { TIME_IN } else { TIME_OUT })
                    .msg("period", P_POWERTRAIN)
                    .date("start", f.start)
                    .date("found", f.found)
                    .date("end", powertrain_end),
            );
            in_time.then_some("CAR-2")
        }
        Some(defect) => {
            let name = match defect {
                CarDefect::SteeringFailure => STEERING,
                CarDefect::BrakeFailure => BRAKE,
                CarDefect::BodyCrack => BODY,
                CarDefect::FuelLeak => FUEL,
                _ => BATTERY,
            };
            e.check(
                "listed_defect",
                "CAR-3",
                true,
                Text::new(DEFECT_LISTED).msg("defect", name),
            );
            within(e, f.start, f.found, f.odometer, early).then_some("CAR-3")
        }
        None => {
            e.check(
                "listed_defect",
                "CAR-3",
                false,
                Text::new(DEFECT_NOT_LISTED),
            );
            None
        }
    }
}

/// Free replacement or return under `rule` (CAR-2, CAR-3): a return refunds the whole price, no
/// usage compensation deducted; the return certificate's due day (CAR-7).
fn replace_or_return(e: &mut Eval, f: &Facts, rule: &'static str) -> Verdict {
    let d = e.d;
    let params = &d.common.params;
    e.apply(rule);
    let refund = d.price;
    let mut summary = one(Text::new(REPLACE_FREE_SUM)
        .raw("rule", rule)
        .money("refund", refund));
    if let Some(opened) = d.dates.opened {
        let days = params.days("returnCertificateWorkingDays");
        let due = opened.add_business_days(days, params.holidays());
        e.deadline(Dl::ReturnCertificateDue, due);
        e.apply("CAR-7");
        summary.push(
            Text::new(CERT_SUM)
                .date("due", due)
                .num("days", u64::from(days)),
        );
    }
    Verdict {
        outcome: Outcome::ReplaceOrReturn,
        fault: Fault::Seller,
        refund,
        summary,
        reply: one(Text::new(REPLACE_FREE_REPLY)
            .num("km", f.odometer)
            .money("refund", refund)),
    }
}

/// Free repair inside the three-guarantee period (CAR-1, CAR-4..CAR-6) or the repair warranty;
/// beyond both, the claim fails.
fn repair(e: &mut Eval, f: &Facts, three: &Limit, warranty: &Limit) -> Verdict {
    let params = &e.d.common.params;
    e.evidence(Ev::RepairRecord);
    let spare = params.get("spareCarDays");
    if within(e, f.start, f.found, f.odometer, three) {
        e.apply("CAR-4");
        e.apply("CAR-5");
        e.apply("CAR-6");
        e.apply("CAR-8");
        let rate = params.get("usageRateBasisPoints");
        let comp = usage_compensation(e.d.price, f.odometer, rate);
        return Verdict {
            outcome: Outcome::Repair,
            fault: Fault::Seller,
            refund: 0,
            summary: vec![
                Text::new(THREE_REPAIR_SUM)
                    .date("end", three.end)
                    .num("limit", three.km)
                    .num("spare", spare)
                    .num("rdays", params.get("repairDaysLimit"))
                    .num("rtimes", params.get("repairTimesLimit")),
                Text::new(THREE_USAGE_SUM)
                    .money("comp", comp)
                    .num("km", f.odometer)
                    .num("rate", rate),
            ],
            reply: one(Text::new(THREE_REPLY)
                .date("end", three.end)
                .num("limit", three.km)
                .num("spare", spare)),
        };
    }
    if within(e, f.start, f.found, f.odometer, warranty) {
        e.apply("CAR-6");
        return Verdict {
            outcome: Outcome::Repair,
            fault: Fault::Seller,
            refund: 0,
            summary: one(Text::new(WARRANTY_SUM)
                .date("end", warranty.end)
                .num("limit", warranty.km)
                .num("spare", spare)),
            reply: one(Text::new(WARRANTY_REPLY)
                .date("end", warranty.end)
                .num("limit", warranty.km)
                .num("spare", spare)),
        };
    }
    Verdict {
        outcome: Outcome::Reject,
        fault: Fault::None,
        refund: 0,
        summary: one(Text::new(BEYOND_SUM)
            .date("end", warranty.end)
            .num("limit", warranty.km)),
        reply: one(Text::new(BEYOND_REPLY)
            .date("end", warranty.end)
            .num("limit", warranty.km)),
    }
}
