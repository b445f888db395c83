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
//!   shortened (CPL-26). The [M] numbers (CAR-5 repair days / times, CAR-8 usage rate) and the
//!   2013-rule numbers (CAR-6, CAR-7) are parameters only, quoted as figures to verify.
//! - On a return the refund is the price less usage compensation (CAR-8): price x km / 1000 x
//!   rate, the rate in basis points (default 50 = 0.5%, the low end of the range), half-up.

use super::cn_consumer::{after_day, as_days, statutory};
use super::state::OrderState;
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{CarDefect, Dispute, Fault, Outcome, Reason};
use crate::text::{one, Msg, Text};
use chrono::{Months, NaiveDate};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::CnCar,
    name_en: "PRC household car three-guarantees rule (2021)",
    name_zh: "家用汽车产品修理、更换、退货责任规定（2021）",
    version: "2022-01-01",
    currency: Some("CNY"),
    params: PARAMS,
    sources: SOURCES,
    reasons: &[Reason::VehicleDefect],
    violations: &[],
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
        verified: false,
    },
    ParamSpec {
        key: "replacementDays",
        default: 60,
        max: 36500,
        rule: "CAR-3",
        verified: false,
    },
    ParamSpec {
        key: "replacementKm",
        default: 3000,
        max: 10_000_000,
        rule: "CAR-3",
        verified: false,
    },
    ParamSpec {
        key: "threeGuaranteesMonths",
        default: 24,
        max: 1200,
        rule: "CAR-1",
        verified: false,
    },
    ParamSpec {
        key: "threeGuaranteesKm",
        default: 50000,
        max: 10_000_000,
        rule: "CAR-1",
        verified: false,
    },
    ParamSpec {
        key: "repairWarrantyMonths",
        default: 36,
        max: 1200,
        rule: "CAR-1",
        verified: false,
    },
    ParamSpec {
        key: "repairWarrantyKm",
        default: 60000,
        max: 10_000_000,
        rule: "CAR-1",
        verified: false,
    },
    ParamSpec {
        key: "repairDaysLimit",
        default: 30,
        max: 36500,
        rule: "CAR-5",
        verified: false,
    },
    ParamSpec {
        key: "repairTimesLimit",
        default: 4,
        max: 1000,
        rule: "CAR-5",
        verified: false,
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
    ParamSpec {
        key: "usageRateBasisPoints",
        default: 50,
        max: 10000,
        rule: "CAR-8",
        verified: false,
    },
];

const SOURCES: &[Source] = &[
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

const START_DELIVERY: Msg = msg! {
    en: "Periods run from delivery on {start}.",
    zh: "三包期限自交车日{start}起算。",
};
const START_INVOICE: Msg = msg! {
    en: "No delivery date: periods run from the invoice (payment) date {start}.",
    zh: "无交车日期：自开票（付款）日{start}起算。",
};
const TIME_IN: Msg = msg! {
    en: "{period}: fault found {found}, by {end}.",
    zh: "{period}：{found}发现故障，未超过{end}。",
};
const TIME_OUT: Msg = msg! {
    en: "{period}: fault found {found}, after {end}.",
    zh: "{period}：{found}发现故障，已超过{end}。",
};
const KM_IN: Msg = msg! {
    en: "{period}: {km} km, within {limit} km.",
    zh: "{period}：{km}公里，未超过{limit}公里。",
};
const KM_OUT: Msg = msg! {
    en: "{period}: {km} km, over {limit} km.",
    zh: "{period}：{km}公里，超过{limit}公里。",
};
const P_POWERTRAIN: Msg = msg! {
    en: "Powertrain replace-or-return period",
    zh: "动力总成包退换期",
};
const P_REPLACE: Msg = msg! {
    en: "Replace-or-return period",
    zh: "包退换期",
};
const P_THREE: Msg = msg! {
    en: "Three-guarantee period",
    zh: "三包有效期",
};
const P_WARRANTY: Msg = msg! {
    en: "Repair warranty",
    zh: "包修期",
};
const DEFECT_LISTED: Msg = msg! {
    en: "Listed fault: {defect}.",
    zh: "属规定情形：{defect}。",
};
const DEFECT_NOT_LISTED: Msg = msg! {
    en: "Not a fault listed for early replacement or return.",
    zh: "不属于可提前更换或退货的规定情形。",
};
const STEERING: Msg = msg! {
    en: "steering failure",
    zh: "转向系统失效",
};
const BRAKE: Msg = msg! {
    en: "brake failure",
    zh: "制动系统失效",
};
const BODY: Msg = msg! {
    en: "body cracking",
    zh: "车身开裂",
};
const FUEL: Msg = msg! {
    en: "fuel leak",
    zh: "燃油泄漏",
};
const BATTERY: Msg = msg! {
    en: "traction-battery fire",
    zh: "动力蓄电池起火",
};
const REPLACE_SUM: Msg = msg! {
    en: "Free replacement or return at the consumer's choice ({rule}). On a return, refund {refund}: the price less {comp} usage compensation for {km} km at {rate} basis points per 1,000 km (CAR-8, to verify).",
    zh: "可免费更换或退货，由消费者选择（{rule}）。如退货，退款{refund}：车价扣除行驶{km}公里的使用补偿费{comp}（每千公里万分之{rate}，CAR-8，待核实）。",
};
const CERT_SUM: Msg = msg! {
    en: "On a return, issue the return certificate and refund by {due} ({days} working days, CAR-7).",
    zh: "如退货，应于{due}前（{days}个工作日，CAR-7）出具退车证明并退清车款。",
};
const REPLACE_REPLY: Msg = msg! {
    en: "Under the three-guarantee rules you may choose a free replacement or a return; a return refunds {refund}: the price less a {comp} usage charge for the {km} km driven. Please bring the car, purchase invoice and three-guarantee certificate, and keep all inspection and repair records.",
    zh: "根据汽车三包规定，您可选择免费更换或退货；退货退款{refund}，即车款扣除已行驶{km}公里的使用补偿费{comp}。请携带车辆、购车发票和三包凭证办理，并保留检测和维修记录。",
};
const THREE_SUM: Msg = msg! {
    en: "Three-guarantee period (CAR-1, until {end} or {limit} km): free repair, parts and labour. Over {spare} days for one repair: spare car or transport costs (CAR-6). Replacement or return after repeated failed repairs (CAR-4), over {rdays} days of repairs or over {rtimes} repairs of one problem (CAR-5, to verify).",
    zh: "三包有效期内（CAR-1，至{end}或{limit}公里）：免费修理（含零件和工时）。单次修理超过{spare}日的，提供备用车或交通补偿（CAR-6）。多次修理仍未排除（CAR-4），或累计修理超过{rdays}日、同一问题修理超过{rtimes}次的（CAR-5，待核实），可更换或退货。",
};
const THREE_REPLY: Msg = msg! {
    en: "Your car is within the three-guarantee period (until {end} or {limit} km): repairs are free, parts and labour included, and if one takes over {spare} days we lend you a spare car or cover reasonable transport costs. Please book an authorised service centre, bring the three-guarantee certificate and keep the repair records.",
    zh: "您的车辆在三包有效期内（至{end}或{limit}公里），免费修理（含零件和工时）；单次修理超过{spare}天的，提供备用车或承担合理交通费。请预约授权服务站，携带三包凭证并保留维修记录。",
};
const WARRANTY_SUM: Msg = msg! {
    en: "Past the three-guarantee period, within the repair warranty (CAR-1, until {end} or {limit} km): free repair, no replacement or return. Over {spare} days for one repair: spare car or transport costs (CAR-6).",
    zh: "已过三包有效期，仍在包修期内（CAR-1，至{end}或{limit}公里）：免费修理，不适用更换或退货。单次修理超过{spare}日的，提供备用车或交通补偿（CAR-6）。",
};
const WARRANTY_REPLY: Msg = msg! {
    en: "Your car is past the three-guarantee period but under the repair warranty (until {end} or {limit} km): the repair is free, and if it takes over {spare} days we lend you a spare car or cover reasonable transport costs. Please book an authorised service centre.",
    zh: "您的车辆已过三包有效期，但在包修期内（至{end}或{limit}公里），修理免费；修理超过{spare}天的，提供备用车或承担合理交通费。请预约授权服务站。",
};
const BEYOND_SUM: Msg = msg! {
    en: "Beyond the repair warranty (CAR-1, {end} or {limit} km): repair at the owner's cost.",
    zh: "已超过包修期（CAR-1，{end}或{limit}公里）：修理费用由车主承担。",
};
const BEYOND_REPLY: Msg = msg! {
    en: "Your car is past the repair warranty (until {end} or {limit} km), so this repair is not free. We can arrange it at our standard rates; please also check whether an extended warranty or a recall applies.",
    zh: "您的车辆已超过包修期（至{end}或{limit}公里），本次修理不再免费。我们可按标准收费为您安排；也请确认是否适用延保或召回。",
};

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

/// Replacement or return under `rule`, the refund less usage compensation (CAR-8), the return
/// certificate's due day (CAR-7).
fn replace_or_return(e: &mut Eval, f: &Facts, rule: &'static str) -> Verdict {
    let d = e.d;
    let params = &d.common.params;
    e.apply(rule);
    e.apply("CAR-8");
    let rate = params.get("usageRateBasisPoints");
    let comp = usage_compensation(d.price, f.odometer, rate);
    let refund = d.price.saturating_sub(comp);
    let mut summary = one(Text::new(REPLACE_SUM)
        .raw("rule", rule)
        .money("comp", comp)
        .num("km", f.odometer)
        .num("rate", rate)
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
        reply: one(Text::new(REPLACE_REPLY)
            .money("comp", comp)
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
        return Verdict {
            outcome: Outcome::Repair,
            fault: Fault::Seller,
            refund: 0,
            summary: one(Text::new(THREE_SUM)
                .date("end", three.end)
                .num("limit", three.km)
                .num("spare", spare)
                .num("rdays", params.get("repairDaysLimit"))
                .num("rtimes", params.get("repairTimesLimit"))),
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
