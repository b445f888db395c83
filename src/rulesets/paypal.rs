//! PayPal Buyer Protection (rules.md §5.3), from the seller's side: a dispute opens within 180
//! days of payment and escalates to a claim within 20 days of opening (PP-1); it covers items
//! not received and significantly not as described, refunding the price plus original shipping
//! but not the return shipping, which is the buyer's (PP-2); a counterfeit item is refunded in
//! full and not returned to the seller (PP-4). The USD 20,000 cap some country pages show
//! (PP-3) is not general: it applies only when `policy.coverageCap` sets it.

use super::world::{
    claim_day, delivered_reject, full_amount, goods_received, missing, period_over, snad_return,
    state, tracking_msg, verdict, wait_for_goods, State, DELIVERED, EDD_NOT_PASSED, EDD_PASSED,
    NOT_DELIVERED, PERIOD_LATE, PERIOD_OK, R_NOT_ARRIVED, S_NOT_ARRIVED,
};
use super::{About, ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Tracking};
use crate::money::MAX_SAFE;
use crate::text::{one, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Paypal,
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
    name: msg!("ruleset.paypal.name"),
    // The smart-help articles consulted for rules.md (FAQ1417, FAQ2337) are undated 2025 copies.
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
            "dates.ordered",
            "dates.paid",
            "dates.delivered",
            "dates.completed",
            "dates.opened",
            "dates.returnSent",
            "dates.returnReceived",
            "tracking",
        ],
    },
    Reads {
        reasons: &[Reason::NotReceived],
        fields: &["dates.shipped", "dates.estimatedDelivery"],
    },
    Reads {
        reasons: &[
            Reason::NotAsDescribed,
            Reason::Quality,
            Reason::WrongItem,
            Reason::MissingItems,
            Reason::DamagedInTransit,
        ],
        fields: &["request", "requestedAmount", "evidence.buyerPhotos"],
    },
    Reads {
        reasons: &[Reason::Counterfeit],
        fields: &["evidence.buyerPhotos"],
    },
];

const DAYS_MAX: u64 = 3650;

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "disputeWindowDays",
        default: 180,
        max: DAYS_MAX,
        rule: "PP-1",
        verified: true,
    },
    ParamSpec {
        key: "escalationDays",
        default: 20,
        max: DAYS_MAX,
        rule: "PP-1",
        verified: true,
    },
    // 0: no cap. Some country pages cap Buyer Protection (USD 20,000.00 on one); a shop in such
    // a region sets it, in minor units of the order's currency.
    ParamSpec {
        key: "coverageCap",
        default: 0,
        max: MAX_SAFE,
        rule: "PP-3",
        verified: false,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "PayPal FAQ1417: open a dispute",
        url: "https://www.paypal.com/sr/smarthelp/article/how-do-i-open-a-dispute-with-a-seller-faq1417",
    },
    Source {
        title: "PayPal FAQ2337: escalate to a claim",
        url: "https://www.sandbox.paypal.com/hr/smarthelp/article/faq2337",
    },
    Source {
        title: "PayPal User Agreement, Buyer Protection (copy)",
        url: "https://www.lawinsider.com/clause/paypal-buyer-protection",
    },
    Source {
        title: "PayPal User Agreement, Seller Protection: a seller who loses a counterfeit claim refunds in full and does not get the item back",
        url: "https://www.paypal.com/us/legalhub/useragreement-full",
    },
    Source {
        title: "PayPal Buyer Protection (regional page)",
        url: "https://www.sandbox.paypal.com/jm/webapps/mpp/paypal-safety-and-security",
    },
];

// ---------------------------------------------------------------------------------------------
// Checks.

const CAP_OK: Msg = msg!("paypal.cap_ok", amount: money, cap: money);
const CAP_OVER: Msg = msg!("paypal.cap_over", amount: money, cap: money);

// ---------------------------------------------------------------------------------------------
// Summaries and replies.

const S_WAIT: Msg = msg!("paypal.summary.wait", status: message);
const R_WAIT: Msg = msg!("paypal.reply.wait", status: message);
const S_SNAD: Msg = msg!("paypal.summary.snad", amount: money, what: message);
const R_SNAD: Msg = msg!("paypal.reply.snad", amount: money, what: message);
const S_COUNTERFEIT: Msg = msg!("paypal.summary.counterfeit", amount: money);
const R_COUNTERFEIT: Msg = msg!("paypal.reply.counterfeit", amount: money);
const S_ESCALATE: Msg = msg!("paypal.summary.escalate", escalate: date);

// ---------------------------------------------------------------------------------------------
// The decision.

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let full = full_amount(d)?;
    let p = &d.common.params;
    let mut e = Eval::new(d);
    let paid = d.dates.paid.or(d.dates.ordered).ok_or_else(|| {
        missing(
            "dates.paid",
            "dates.paid (or dates.ordered) is needed: a PayPal dispute can be opened within 180 days of payment (PP-1)",
        )
    })?;
    let days = p.days("disputeWindowDays");
    let last = paid.add_days(days);
    e.deadline(Dl::LastDayToOpen, last);
    let escalate = d.dates.opened.map(|opened| {
        let escalate = opened.add_days(p.days("escalationDays"));
        e.deadline(Dl::EscalationDeadline, escalate);
        escalate
    });
    let day = claim_day(d);
    let in_time = e.within_period(
        "opened_within_window",
        "PP-1",
        day,
        last,
        u64::from(days),
        (PERIOD_OK, PERIOD_LATE),
    );
    let mut v = if in_time {
        let covered = covered_amount(&mut e, full);
        match d.reason {
            Reason::NotReceived => not_received(&mut e, covered),
            _ => not_as_described(&mut e, covered, last),
        }
    } else {
        period_over("PP-1", day, last)
    };
    if let (Some(escalate), true) = (escalate, in_time) {
        e.apply("PP-1");
        v.summary
            .push(Text::new(S_ESCALATE).date("escalate", escalate));
    }
    Ok(e.finish(v))
}

/// PP-3: Buyer Protection refunds at most the coverage cap, where the policy sets one.
fn covered_amount(e: &mut Eval, full: u64) -> u64 {
    let cap = e.d.common.params.get("coverageCap");
    if cap == 0 {
        return full;
    }
    let within = full <= cap;
    let text = Text::new(if within { CAP_OK } else { CAP_OVER })
        .money("amount", full)
        .money("cap", cap);
    e.check("within_coverage_cap", "PP-3", within, text);
    e.apply("PP-3");
    full.min(cap)
}

fn not_received(e: &mut Eval, amount: u64) -> Verdict {
    let d = e.d;
    let delivered = state(d) == State::Delivered;
    let status = tracking_msg(d.tracking);
    let text = if delivered {
        Text::new(DELIVERED)
    } else {
        Text::new(NOT_DELIVERED).msg("status", status)
    };
    e.check("delivered_per_carrier", "PP-2", delivered, text);
    e.apply("PP-2");
    if delivered {
        e.evidence(Ev::ProofOfDelivery);
        return delivered_reject(e, "PP-2");
    }
    if d.dates.shipped.is_some() {
        e.evidence(Ev::ShipmentRecord);
    }
    // A parcel lost, returned or without valid tracking will not arrive. Otherwise the buyer
    // waits for the estimated delivery date; without one, for a parcel on its way (an unshipped
    // order has no proof of shipment to answer the dispute with).
    let wont_arrive = matches!(
        d.tracking,
        Some(Tracking::Lost | Tracking::ReturnedToSender | Tracking::Invalid)
    );
    let edd_passed = d.dates.estimated_delivery.map(|edd: Stamp| {
        let passed = claim_day(d).is_after(edd);
        let msg = if passed { EDD_PASSED } else { EDD_NOT_PASSED };
        e.check(
            "estimated_delivery_passed",
            "PP-2",
            passed,
            Text::new(msg).date("edd", edd),
        );
        passed
    });
    let wait = !wont_arrive
        && match edd_passed {
            Some(passed) => !passed,
            None => state(d) == State::InTransit,
        };
    if wait {
        e.evidence(Ev::TrackingInTransit);
        return verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            one(Text::new(S_WAIT).msg("status", status)),
            one(Text::new(R_WAIT).msg("status", status)),
        );
    }
    e.evidence(Ev::ChatRecord);
    verdict(
        Outcome::RefundFull,
        Fault::Seller,
        amount,
        one(Text::new(S_NOT_ARRIVED)
            .money("amount", amount)
            .raw("rule", "PP-2")
            .msg("status", status)),
        one(Text::new(R_NOT_ARRIVED).money("amount", amount)),
    )
}

fn not_as_described(e: &mut Eval, amount: u64, last: Stamp) -> Verdict {
    let d = e.d;
    e.apply("PP-2");
    if !goods_received(e, "PP-2") {
        return wait_for_goods(d, "PP-2", Some(last));
    }
    if d.reason == Reason::Counterfeit {
        e.apply("PP-4");
        if d.evidence.buyer_photos {
            e.evidence(Ev::BuyerPhotos);
        }
        e.evidence(Ev::SourceDocuments);
        e.evidence(Ev::ChatRecord);
        return verdict(
            Outcome::RefundFull,
            Fault::Seller,
            amount,
            one(Text::new(S_COUNTERFEIT).money("amount", amount)),
            one(Text::new(R_COUNTERFEIT).money("amount", amount)),
        );
    }
    snad_return(e, amount, false, (S_SNAD, R_SNAD))
}
