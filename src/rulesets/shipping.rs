//! `returnShippingSplit`: who pays each shipping leg (outbound, return, resend) under each
//! ruleset.
//!
//! One algorithm, cited per ruleset:
//! - fault: the `fault` input, else the one the reason implies (`no_reason` -> buyer, every other
//!   claim -> seller);
//! - seller at fault: the seller pays every leg and refunds outbound shipping the buyer paid
//!   (TB-R13 "who is at fault pays", TB-R18, CPL-24, AE-R18, AMZ-4);
//! - buyer at fault (a no-reason return): free-shipping item -> the buyer pays the return leg only;
//!   otherwise the buyer pays every leg (TB-R14; exchange resend TB-R15). Amazon refunds the
//!   original shipping on such returns (AMZ-4), so there the outbound leg stays with the seller;
//! - fault not established (`undetermined`, or `none`): outbound by the seller, return by the
//!   buyer (TB-R1); a resend goes with the outbound leg;
//! - carrier at fault: the carrier pays the return and resend legs; the outbound leg stays with
//!   the seller, who chose the carrier (TB-R2, TB-R3);
//! - return-shipping insurance pays toward the return leg, at most its cost (TB-I1, TB-I3); the
//!   rest of the leg stays with its payer.

use super::RulesetId;
use crate::decision::{LegShare, Split, SummaryOnly};
use crate::error::{ErrorCode, InputError, Result};
use crate::model::{Fault, Leg, Payer, Reason, ShippingInput};
use crate::text::{one, Msg, Text};

const TOTALS: Msg = msg!("shipping.totals", buyer: money, carrier: money, fault: message, insurer: money, rules: text, seller: money, total: money);
const SELLER_PAYS: Msg = msg!("shipping.seller_pays");
const SELLER_BUT_RETURN: Msg = msg!("shipping.seller_but_return");
const RETURN_NOT_INFORMED: Msg = msg!("shipping.return_not_informed");
const REFUND_OUTBOUND: Msg = msg!("shipping.refund_outbound", amount: money);
const BUYER_RETURN_ONLY: Msg = msg!("shipping.buyer_return_only");
const BUYER_ALL: Msg = msg!("shipping.buyer_all");
const BUYER_RESEND: Msg = msg!("shipping.buyer_resend");
const UNDETERMINED: Msg = msg!("shipping.undetermined");
const CARRIER: Msg = msg!("shipping.carrier");
const INSURED: Msg = msg!("shipping.insured", paid: money, ret: money);
const CAPPED: Msg = msg!("shipping.capped", paid: money, payout: money);
const OUT_OF_RANGE: Msg = msg!("shipping.out_of_range", max: money, min: money, payout: money);

pub(super) const FAULT_SELLER: Msg = msg!("shipping.fault_seller");
pub(super) const FAULT_BUYER: Msg = msg!("shipping.fault_buyer");
const FAULT_CARRIER: Msg = msg!("shipping.fault_carrier");
const FAULT_NONE: Msg = msg!("shipping.fault_none");
const FAULT_UNDETERMINED: Msg = msg!("shipping.fault_undetermined");

/// Whether `returnShippingSplit` decides for this ruleset.
pub fn supports(id: RulesetId) -> bool {
    matches!(
        id,
        RulesetId::Aliexpress
            | RulesetId::Amazon
            | RulesetId::Taobao
            | RulesetId::Tmall
            | RulesetId::CnConsumer
            | RulesetId::CnFood
            | RulesetId::CnCar
            | RulesetId::Ebay
            | RulesetId::Paypal
            | RulesetId::EuCrd
            | RulesetId::UkCra
            | RulesetId::UsFtc
    )
}

/// The fault a claim implies when the caller does not state one.
pub fn implied_fault(reason: Reason) -> Fault {
    match reason {
        Reason::NoReason => Fault::Buyer,
        _ => Fault::Seller,
    }
}

fn fault_msg(fault: Fault) -> Msg {
    match fault {
        Fault::Seller => FAULT_SELLER,
        Fault::Buyer => FAULT_BUYER,
        Fault::Carrier => FAULT_CARRIER,
        Fault::None => FAULT_NONE,
        Fault::Undetermined => FAULT_UNDETERMINED,
    }
}

/// The rule ids behind the split, in the ruleset's own terms.
fn rules_for(id: RulesetId, fault: Fault, s: &ShippingInput) -> Vec<&'static str> {
    let mut rules = Vec::new();
    match id {
        RulesetId::Taobao | RulesetId::Tmall => match fault {
            Fault::Seller => {
                rules.push("TB-R13");
                match s.reason {
                    Reason::NotReceived | Reason::DamagedInTransit => rules.push("TB-R2"),
                    Reason::Quality
                    | Reason::NotAsDescribed
                    | Reason::WrongItem
                    | Reason::Counterfeit => rules.push("TB-R18"),
                    _ => {}
                }
            }
            Fault::Buyer => {
                if s.reason == Reason::NoReason {
                    rules.push("TB-R14");
                    if s.resend_shipping > 0 {
                        rules.push("TB-R15");
                    }
                } else {
                    rules.push("TB-R13");
                }
            }
            Fault::Carrier => rules.extend(["TB-R2", "TB-R3"]),
            Fault::None | Fault::Undetermined => rules.push("TB-R1"),
        },
        RulesetId::CnConsumer => match fault {
            Fault::Seller | Fault::Carrier => rules.push("CPL-24"),
            _ => rules.extend(["CPL-25", "7D-18"]),
        },
        RulesetId::Aliexpress => rules.push("AE-R18"),
        RulesetId::Amazon => rules.push("AMZ-4"),
        RulesetId::Ebay => rules.push("EBAY-3"),
        RulesetId::Paypal => rules.push("PP-2"),
        RulesetId::EuCrd => match fault {
            Fault::Buyer => rules.extend(["EU-13", "EU-13b", "EU-14"]),
            // The legal guarantee: remedies free of charge, the return on the seller.
            Fault::Seller => rules.extend(["SGD-14", "SGD-16"]),
            _ => rules.push("EU-13"),
        },
        RulesetId::UkCra => match fault {
            Fault::Buyer => rules.extend(["UK-CCR-3", "UK-CCR-4"]),
            _ => rules.push("CRA-20-8"),
        },
        RulesetId::UsFtc => match fault {
            Fault::Buyer => rules.push("FTC-5"),
            _ => rules.push("FTC-4"),
        },
        _ => match fault {
            Fault::Seller | Fault::Carrier => rules.push("CPL-24"),
            _ => rules.push("CPL-25"),
        },
    }
    if s.insurance_payout > 0 && matches!(id, RulesetId::Taobao | RulesetId::Tmall) {
        rules.extend(["TB-I1", "TB-I3"]);
    }
    rules
}

#[derive(Default)]
struct Totals {
    buyer: u64,
    seller: u64,
    insurer: u64,
    carrier: u64,
    legs: Vec<LegShare>,
}

impl Totals {
    fn add(&mut self, leg: Leg, amount: u64, payer: Payer) {
        if amount == 0 {
            return;
        }
        let slot = match payer {
            Payer::Buyer => &mut self.buyer,
            Payer::Seller => &mut self.seller,
            Payer::Insurer => &mut self.insurer,
            Payer::Carrier => &mut self.carrier,
        };
        *slot = slot.saturating_add(amount);
        self.legs.push(LegShare { leg, amount, payer });
    }
}

pub fn split(s: &ShippingInput) -> Result<Split> {
    let id = s.common.ruleset;
    if !supports(id) {
        return Err(InputError::new(
            ErrorCode::UnknownValue,
            "ruleset",
            format!(
                "returnShippingSplit is not available for the {} ruleset in this version",
                id.as_str()
            ),
        ));
    }
    let fault = s.fault.unwrap_or_else(|| implied_fault(s.reason));
    // EU-13/EU-14, UK-CCR-3/4: a withdrawal refunds the outbound (standard) delivery, and the
    // return is the consumer's only when they were told so.
    let withdrawal = matches!(id, RulesetId::EuCrd | RulesetId::UkCra);
    let return_payer = if withdrawal && !s.informed_of_return_cost {
        Payer::Seller
    } else {
        Payer::Buyer
    };
    let (outbound, ret, resend) = match fault {
        // PP-2: the return shipping is the buyer's even when the item was not as described.
        Fault::Seller if id == RulesetId::Paypal => (Payer::Seller, Payer::Buyer, Payer::Seller),
        Fault::Seller => (Payer::Seller, Payer::Seller, Payer::Seller),
        Fault::Buyer if withdrawal => (Payer::Seller, return_payer, Payer::Buyer),
        Fault::Carrier => (Payer::Seller, Payer::Carrier, Payer::Carrier),
        // AMZ-4: a change of mind gets the item price back, not the original shipping.
        Fault::Buyer if s.free_shipping => (Payer::Seller, Payer::Buyer, Payer::Buyer),
        Fault::Buyer => (Payer::Buyer, Payer::Buyer, Payer::Buyer),
        Fault::None | Fault::Undetermined => (Payer::Seller, Payer::Buyer, Payer::Seller),
    };
    // Outbound shipping the buyer paid comes back when the seller bears the outbound leg.
    let refund_of_shipping = if outbound == Payer::Seller && !s.free_shipping {
        s.outbound_shipping
    } else {
        0
    };
    let insured = s.insurance_payout.min(s.return_shipping);

    let mut t = Totals::default();
    t.add(Leg::Outbound, s.outbound_shipping, outbound);
    t.add(Leg::Return, insured, Payer::Insurer);
    t.add(Leg::Return, s.return_shipping.saturating_sub(insured), ret);
    t.add(Leg::Resend, s.resend_shipping, resend);

    let rules = rules_for(id, fault, s);
    let total = s
        .outbound_shipping
        .saturating_add(s.return_shipping)
        .saturating_add(s.resend_shipping);
    let mut text = one(Text::new(TOTALS)
        .money("total", total)
        .money("buyer", t.buyer)
        .money("seller", t.seller)
        .money("insurer", t.insurer)
        .money("carrier", t.carrier)
        .msg("fault", fault_msg(fault))
        .owned("rules", rules.join(", ")));
    match fault {
        Fault::Seller if ret == Payer::Buyer => text.push(Text::new(SELLER_BUT_RETURN)),
        Fault::Seller => text.push(Text::new(SELLER_PAYS)),
        Fault::Carrier => text.push(Text::new(CARRIER)),
        Fault::Buyer if ret == Payer::Seller => text.push(Text::new(RETURN_NOT_INFORMED)),
        Fault::Buyer => {
            text.push(Text::new(if outbound == Payer::Buyer {
                BUYER_ALL
            } else {
                BUYER_RETURN_ONLY
            }));
            if s.resend_shipping > 0 {
                text.push(Text::new(BUYER_RESEND));
            }
        }
        Fault::None | Fault::Undetermined => text.push(Text::new(UNDETERMINED)),
    }
    if refund_of_shipping > 0 {
        text.push(Text::new(REFUND_OUTBOUND).money("amount", refund_of_shipping));
    }
    if s.insurance_payout > 0 {
        text.push(
            Text::new(INSURED)
                .money("paid", insured)
                .money("ret", s.return_shipping),
        );
        if s.insurance_payout > s.return_shipping {
            text.push(
                Text::new(CAPPED)
                    .money("payout", s.insurance_payout)
                    .money("paid", insured),
            );
        }
        if matches!(id, RulesetId::Taobao | RulesetId::Tmall) {
            let params = &s.common.params;
            let (min, max) = (
                params.get("insurancePayoutMin"),
                params.get("insurancePayoutMax"),
            );
            if s.insurance_payout < min || s.insurance_payout > max {
                text.push(
                    Text::new(OUT_OF_RANGE)
                        .money("payout", s.insurance_payout)
                        .money("min", min)
                        .money("max", max),
                );
            }
        }
    }
    let currency = s.common.currency;
    Ok(Split {
        buyer_pays: t.buyer,
        seller_pays: t.seller,
        insurer_pays: t.insurer,
        carrier_pays: t.carrier,
        legs: t.legs,
        refund_of_shipping,
        fault,
        currency: currency.code,
        rules,
        messages: SummaryOnly {
            summary: text,
            currency,
        },
    })
}
