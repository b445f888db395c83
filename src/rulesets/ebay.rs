//! eBay Money Back Guarantee (rules.md §5.2), from the seller's side: the buyer reports up to 30
//! days after the estimated delivery date (EBAY-1); the seller has 3 business days to respond,
//! after which the buyer may ask eBay to step in, up to 21 business days from opening (EBAY-2);
//! the refund is the price plus original postage (EBAY-3); a delivered parcel protects the
//! seller against non-receipt, with signature confirmation from a threshold (EBAY-4).

use super::world::{
    claim_day, delivered_reject, delivery_date, full_amount, goods_received, missing, period_over,
    snad_return, state, tracking_msg, verdict, wait_for_goods, State, DELIVERED, EDD_NOT_PASSED,
    EDD_PASSED, NOT_DELIVERED, PERIOD_LATE, PERIOD_OK, R_NOT_ARRIVED, S_NOT_ARRIVED,
};
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request, Tracking};
use crate::money::MAX_SAFE;
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Ebay,
    currency: None,
    params: PARAMS,
    reasons: &[
        Reason::NotReceived,
        Reason::NotAsDescribed,
        Reason::Quality,
        Reason::WrongItem,
        Reason::MissingItems,
        Reason::DamagedInTransit,
        Reason::Counterfeit,
    ],
    violations: &[],
};

/// What the vocabulary shows of the ruleset: its name, the date of the rule text, the sources.
/// Apart from SPEC, so the wasm (which decides, and lists nothing) does not carry them.
pub static ABOUT: About = About {
    name: msg!("ruleset.ebay.name"),
    // The eBay.ie guarantee page dates its signature threshold 2020-10-19; the help pages
    // consulted for rules.md are undated copies of 2025.
    version: "2025",
    sources: SOURCES,
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[
            "asOf",
            "price",
            "shippingPaid",
            "dates.delivered",
            "dates.completed",
            "dates.opened",
            "dates.estimatedDelivery",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
        ],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &["evidence.proofOfDelivery"],
    },
    Reads {
        reasons: &[
            Reason::NotAsDescribed,
            Reason::Quality,
            Reason::WrongItem,
            Reason::MissingItems,
            Reason::DamagedInTransit,
            Reason::Counterfeit,
        ],
        fields: &["request", "requestedAmount", "evidence.buyerPhotos"],
    },
];

const DAYS_MAX: u64 = 3650;

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "reportWindowDays",
        default: 30,
        max: DAYS_MAX,
        rule: "EBAY-1",
        verified: true,
    },
    ParamSpec {
        key: "sellerResponseBusinessDays",
        default: 3,
        max: DAYS_MAX,
        rule: "EBAY-2",
        verified: true,
    },
    ParamSpec {
        key: "escalationBusinessDays",
        default: 21,
        max: DAYS_MAX,
        rule: "EBAY-2",
        verified: true,
    },
    // 0: the site's figure, taken from the currency (order total, tax included): GBP 450.00 on
    // eBay.co.uk, EUR 550.00 on the euro sites, USD / CAD / AUD 750.00 on eBay.com, .ca and
    // .com.au. A policy value, in minor units of the order's currency, replaces it (and is
    // needed in any other currency).
    ParamSpec {
        key: "signatureThreshold",
        default: 0,
        max: MAX_SAFE,
        rule: "EBAY-4",
        verified: true,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "eBay help 4042: item not received",
        url:
            "https://www.ebay.co.uk/help/buying/resolving-buying-problems/item-not-received?id=4042",
    },
    Source {
        title: "eBay help 4701: ask eBay to step in",
        url: "https://www.ebay.co.uk/help/buying/returns-refunds/ask-ebay-step-help-buyers?id=4701",
    },
    Source {
        title: "eBay.ie Money Back Guarantee",
        url: "https://www.ebay.ie/pages/help/policies/money-back-guarantee.html",
    },
    Source {
        title: "eBay.co.uk signature confirmation policy: order total (postage and taxes included) of GBP 450 or more",
        url: "https://www.ebay.co.uk/help/policies/member-behavior-policies/signature-confirmationpolicy?id=5154",
    },
    Source {
        title: "eBay seller update (US, fall 2020): signature confirmation on order totals of USD 750 or more",
        url: "https://export.ebay.com/en/seller-updates/releases-archive/ebay-fall-2020-update/shipping/",
    },
    Source {
        title: "eBay Australia seller update (2020): signature confirmation on orders totalling AUD 750 or more",
        url: "https://sellercentre.ebay.com.au/2020-spring-seller-update/embg-updates",
    },
    Source {
        title: "eBay.ca Money Back Guarantee",
        url: "https://pages.ebay.ca/ebay-money-back-guarantee/",
    },
];

// ---------------------------------------------------------------------------------------------
// Checks.

const SIGNATURE_NOT_NEEDED: Msg = msg!("ebay.signature_not_needed", threshold: money, total: money);
const SIGNATURE_GIVEN: Msg = msg!("ebay.signature_given", threshold: money, total: money);
const SIGNATURE_MISSING: Msg = msg!("ebay.signature_missing", threshold: money, total: money);

// ---------------------------------------------------------------------------------------------
// Summaries, for the seller.

const S_UNPROTECTED: Msg = msg!("ebay.summary.unprotected", amount: money, threshold: money);
const S_WAIT_EDD: Msg = msg!("ebay.summary.wait_edd", earliest: date, edd: date, last: date);
const S_RESHIP: Msg = msg!("ebay.summary.reship");
const S_SNAD: Msg = msg!("ebay.summary.snad", amount: money, what: message);
const S_RESPOND: Msg =
    msg!("ebay.summary.respond", bd: number, escalate: date, respond: date, step: date);

// ---------------------------------------------------------------------------------------------
// Replies, to the buyer.

const R_WAIT: Msg = msg!("ebay.reply.wait", earliest: date, edd: date, last: date);
const R_RESHIP: Msg = msg!("ebay.reply.reship");
const R_SNAD: Msg = msg!("ebay.reply.snad", amount: money, what: message);

// ---------------------------------------------------------------------------------------------
// The decision.

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let full = full_amount(d)?;
    let p = &d.common.params;
    let mut e = Eval::new(d);
    // EBAY-2: 3 business days to respond; the buyer may ask eBay to step in from the next day,
    // up to 21 business days from opening.
    let timers = d.dates.opened.map(|opened| {
        let bd = p.days("sellerResponseBusinessDays");
        let respond = opened.add_business_days(bd, p.holidays());
        let step = respond.add_days(1);
        let escalate = opened.add_business_days(p.days("escalationBusinessDays"), p.holidays());
        e.deadline(Dl::SellerResponseDeadline, respond);
        e.deadline(Dl::PlatformInterventionDay, step);
        e.deadline(Dl::EscalationDeadline, escalate);
        e.apply("EBAY-2");
        Text::new(S_RESPOND)
            .date("respond", respond)
            .num("bd", u64::from(bd))
            .date("step", step)
            .date("escalate", escalate)
    });
    let mut v = match d.reason {
        Reason::NotReceived => not_received(&mut e, full)?,
        _ => not_as_described(&mut e, full)?,
    };
    if let Some(text) = timers {
        v.summary.push(text);
    }
    Ok(e.finish(v))
}

/// EBAY-1: the last day to report, 30 days after the estimated delivery date (or, without one,
/// after delivery). Returns the verdict when the report is out of time.
fn out_of_time(e: &mut Eval, anchor: Stamp) -> Option<Verdict> {
    let d = e.d;
    let days = d.common.params.days("reportWindowDays");
    let last = anchor.add_days(days);
    e.deadline(Dl::LastDayToOpen, last);
    let day = claim_day(d);
    let in_time = e.within_period(
        "opened_within_window",
        "EBAY-1",
        day,
        last,
        u64::from(days),
        (PERIOD_OK, PERIOD_LATE),
    );
    (!in_time).then(|| period_over("EBAY-1", day, last))
}

fn edd(d: &Dispute) -> Result<Stamp> {
    d.dates.estimated_delivery.ok_or_else(|| {
        missing(
            "dates.estimatedDelivery",
            "dates.estimatedDelivery is needed: an eBay non-receipt report can be made once the estimated delivery date shown on the order has passed (EBAY-1)",
        )
    })
}

fn not_received(e: &mut Eval, full: u64) -> Result<Verdict> {
    let d = e.d;
    let delivered = state(d) == State::Delivered;
    let text = if delivered {
        Text::new(DELIVERED)
    } else {
        Text::new(NOT_DELIVERED).msg("status", tracking_msg(d.tracking))
    };
    e.check("delivered_per_carrier", "EBAY-4", delivered, text);
    if delivered {
        // A delivered parcel: the window runs from the estimate, else from delivery.
        let anchor = match d.dates.estimated_delivery {
            Some(edd) => edd,
            None => delivery_date(
                d,
                "without dates.estimatedDelivery the report window counts from delivery (EBAY-1)",
            )?,
        };
        if let Some(v) = out_of_time(e, anchor) {
            return Ok(v);
        }
        return delivered_claim(e, full);
    }
    let edd = edd(d)?;
    let earliest = edd.add_days(1);
    e.deadline(Dl::EarliestDayToOpen, earliest);
    let day = claim_day(d);
    let passed = day.is_after(edd);
    let text = if passed {
        Text::new(EDD_PASSED).date("edd", edd)
    } else {
        Text::new(EDD_NOT_PASSED).date("edd", edd)
    };
    e.check("estimated_delivery_passed", "EBAY-1", passed, text);
    if let Some(v) = out_of_time(e, edd) {
        return Ok(v);
    }
    if d.dates.shipped.is_some() {
        e.evidence(Ev::ShipmentRecord);
    }
    if d.tracking == Some(Tracking::InTransit) {
        e.evidence(Ev::TrackingInTransit);
    }
    if !passed {
        let last = e.deadline_of(Dl::LastDayToOpen).unwrap_or(edd);
        let fill = |t: Text| {
            t.date("edd", edd)
                .date("earliest", earliest)
                .date("last", last)
        };
        return Ok(verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            one(fill(Text::new(S_WAIT_EDD))),
            one(fill(Text::new(R_WAIT))),
        ));
    }
    e.apply("EBAY-3");
    e.evidence(Ev::ChatRecord);
    if d.request == Some(Request::Reship) {
        return Ok(verdict(
            Outcome::Reship,
            Fault::Seller,
            0,
            one(Text::new(S_RESHIP)),
            one(Text::new(R_RESHIP)),
        ));
    }
    Ok(verdict(
        Outcome::RefundFull,
        Fault::Seller,
        full,
        one(Text::new(S_NOT_ARRIVED)
            .money("amount", full)
            .raw("rule", "EBAY-3")
            .msg("status", tracking_msg(d.tracking))),
        one(Text::new(R_NOT_ARRIVED).money("amount", full)),
    ))
}

/// EBAY-4: the signature threshold of the site the currency names (the order total, tax
/// included), unless the policy sets one; a currency of no listed site needs the policy.
fn signature_threshold(d: &Dispute) -> Result<u64> {
    let p = &d.common.params;
    if p.is_set("signatureThreshold") {
        return Ok(p.get("signatureThreshold"));
    }
    match d.common.currency.code {
        "GBP" => Ok(45_000),
        "EUR" => Ok(55_000),
        "USD" | "CAD" | "AUD" => Ok(75_000),
        other => Err(missing(
            "policy.signatureThreshold",
            &format!(
                "policy.signatureThreshold is needed: eBay's signature threshold (EBAY-4) is known for GBP (eBay.co.uk, 450.00), EUR (550.00), USD, CAD and AUD (750.00), not for {other}; give the site's figure in minor units"
            ),
        )),
    }
}

/// EBAY-4: delivery tracking protects the seller, with signature confirmation from the threshold.
fn delivered_claim(e: &mut Eval, full: u64) -> Result<Verdict> {
    let d = e.d;
    let threshold = signature_threshold(d)?;
    let needs_signature = full >= threshold;
    let signed = d.evidence.proof_of_delivery;
    let protected = !needs_signature || signed;
    let msg = match (needs_signature, signed) {
        (false, _) => SIGNATURE_NOT_NEEDED,
        (true, true) => SIGNATURE_GIVEN,
        (true, false) => SIGNATURE_MISSING,
    };
    e.check(
        "signature_confirmation",
        "EBAY-4",
        protected,
        Text::new(msg)
            .money("total", full)
            .money("threshold", threshold),
    );
    e.apply("EBAY-4");
    e.evidence(Ev::TrackingDelivered);
    e.evidence(Ev::ShipmentRecord);
    if needs_signature || signed {
        e.evidence(Ev::ProofOfDelivery);
    }
    if protected {
        e.evidence(Ev::AddressMatch);
        return Ok(delivered_reject(e, "EBAY-4"));
    }
    e.apply("EBAY-3");
    Ok(verdict(
        Outcome::RefundFull,
        Fault::Seller,
        full,
        one(Text::new(S_UNPROTECTED)
            .money("amount", full)
            .money("threshold", threshold)),
        one(Text::new(R_NOT_ARRIVED).money("amount", full)),
    ))
}

/// Not as described, faulty, wrong, incomplete, damaged or fake: a return for the price plus
/// original postage (EBAY-3) within the report window (EBAY-1), once the goods are in hand.
fn not_as_described(e: &mut Eval, full: u64) -> Result<Verdict> {
    let d = e.d;
    if !goods_received(e, "EBAY-1") {
        e.apply("EBAY-1");
        let last = d
            .dates
            .estimated_delivery
            .map(|edd| edd.add_days(d.common.params.days("reportWindowDays")));
        if let Some(last) = last {
            e.deadline(Dl::LastDayToOpen, last);
        }
        return Ok(wait_for_goods(d, "EBAY-1", last));
    }
    let anchor = match d.dates.estimated_delivery {
        Some(edd) => edd,
        None => delivery_date(
            d,
            "without dates.estimatedDelivery the report window counts from delivery (EBAY-1)",
        )?,
    };
    if let Some(v) = out_of_time(e, anchor) {
        return Ok(v);
    }
    e.apply("EBAY-3");
    Ok(snad_return(e, full, true, (S_SNAD, R_SNAD)))
}
