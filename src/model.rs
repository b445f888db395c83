//! The API's vocabulary (enums with their snake_case names) and the validated, normalized inputs
//! of the three functions. Everything after this module works on checked facts only.

use crate::calendar::Stamp;
use crate::error::{ErrorCode, InputError, Result};
use crate::input::{Obj, AMOUNT_FORM, DATE_FORM};
use crate::json::Value;
use crate::money::{self, Currency};
use crate::params::Params;
use crate::vocab;
use chrono::{FixedOffset, Offset, Utc};

wire_enum!(
    /// A ruleset id of the API contract. `rulesets()` lists the ones this build implements.
    RulesetId as "Ruleset" {
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

impl RulesetId {
    /// The zone in which the ruleset counts calendar days: a date-time input is rewritten in it
    /// on reading, so the same instant gives the same verdict however its offset is written.
    /// Beijing time (UTC+8) for the Chinese rulesets; the Pacific standard time (UTC-8, no
    /// daylight saving) AliExpress shows its order deadlines in (rules.md §1.4); UTC for the rest.
    pub fn day_zone(self) -> FixedOffset {
        let hours = match self {
            RulesetId::Taobao
            | RulesetId::Tmall
            | RulesetId::CnConsumer
            | RulesetId::CnFood
            | RulesetId::CnCar => 8,
            RulesetId::Aliexpress => -8,
            _ => 0,
        };
        FixedOffset::east_opt(hours * 3600).unwrap_or(Utc.fix())
    }
}

/// How the reader turns a ruleset id, the currency and the raw `policy` into the ruleset's
/// parameters: the ruleset registry passes its own (`rulesets::resolve`), so this vocabulary
/// does not depend on the rulesets it serves.
pub type Resolve = fn(RulesetId, Currency, Option<&Value>) -> Result<Params>;

wire_enum!(
    /// The buyer's claim.
    Reason {
        NotReceived = "not_received",
        NotAsDescribed = "not_as_described",
        Quality = "quality",
        WrongItem = "wrong_item",
        MissingItems = "missing_items",
        DamagedInTransit = "damaged_in_transit",
        NoReason = "no_reason",
        LateShipment = "late_shipment",
        OutOfStock = "out_of_stock",
        Counterfeit = "counterfeit",
        VehicleDefect = "vehicle_defect",
    }
);

wire_enum!(
    /// The carrier's status.
    Tracking {
        None = "none",
        Invalid = "invalid",
        InTransit = "in_transit",
        Delivered = "delivered",
        ReturnedToSender = "returned_to_sender",
        HeldByCustoms = "held_by_customs",
        Lost = "lost",
    }
);

wire_enum!(
    /// What the buyer asks for.
    Request as "BuyerRequest" {
        FullRefund = "full_refund",
        PartialRefund = "partial_refund",
        ReturnRefund = "return_refund",
        Exchange = "exchange",
        Reship = "reship",
    }
);

wire_enum!(
    /// What the seller should (or may) do now.
    Outcome {
        Reject = "reject",
        RefundFull = "refund_full",
        RefundPartial = "refund_partial",
        ReturnRefund = "return_refund",
        Exchange = "exchange",
        Reship = "reship",
        Wait = "wait",
        ReplaceOrReturn = "replace_or_return",
        Repair = "repair",
    }
);

wire_enum!(
    /// Who bears the loss toward the other party.
    Fault {
        Seller = "seller",
        Buyer = "buyer",
        Carrier = "carrier",
        None = "none",
        Undetermined = "undetermined",
    }
);

wire_enum!(
    /// A household-car defect listed by the 2021 "three guarantees" rule (CAR-3).
    CarDefect {
        SteeringFailure = "steering_failure",
        BrakeFailure = "brake_failure",
        BodyCrack = "body_crack",
        FuelLeak = "fuel_leak",
        BatteryFire = "battery_fire",
        PowertrainReplacement = "powertrain_replacement",
    }
);

wire_enum!(
    /// How the buyer paid (the FTC rule's refund timing and its 50-day credit rule).
    PaymentMethod {
        Card = "card",
        Cash = "cash",
        Check = "check",
        MoneyOrder = "money_order",
        SellerCredit = "seller_credit",
    }
);

wire_enum!(
    /// What `refundPenalty` compensates.
    Violation {
        LateShipment = "late_shipment",
        OutOfStock = "out_of_stock",
        Fraud = "fraud",
        UnsafeFood = "unsafe_food",
    }
);

wire_enum!(
    /// A leg of shipping in `returnShippingSplit`.
    Leg {
        Outbound = "outbound",
        Return = "return",
        Resend = "resend",
    }
);

wire_enum!(
    /// Who pays a shipping leg.
    Payer {
        Buyer = "buyer",
        Seller = "seller",
        Insurer = "insurer",
        Carrier = "carrier",
    }
);

wire_enum!(
    /// A locale tag: `en` and `zh-CN` are built in; the others load with `loadLocale(tag)`. The
    /// language of human-readable text; it never changes numbers, codes or rule ids.
    Locale {
        En = "en",
        ZhCn = "zh-CN",
        Ru = "ru",
        PtBr = "pt-BR",
        Es = "es",
        Fr = "fr",
        De = "de",
        It = "it",
        Pl = "pl",
        Ko = "ko",
        Ja = "ja",
    }
);

impl Locale {
    /// The tags, for error messages.
    pub const LIST: &'static str =
        "\"en\", \"zh-CN\", \"ru\", \"pt-BR\", \"es\", \"fr\", \"de\", \"it\", \"pl\", \"ko\", \"ja\"";

    /// The buyer's language a reply defaults to, by destination country (ISO 3166-1 alpha-2):
    /// the one table the help page, `<dispute-calculator>` and `<dispute-queue>` read (through
    /// the vocabulary's `localeByCountry`). A country not listed takes the seller's `locale`.
    /// The engine itself never guesses: `replyLocale` defaults to `locale`.
    pub const BY_COUNTRY: &'static [(&'static str, Locale)] = &[
        ("RU", Locale::Ru),
        ("BR", Locale::PtBr),
        ("PT", Locale::PtBr),
        ("ES", Locale::Es),
        ("MX", Locale::Es),
        ("CL", Locale::Es),
        ("AR", Locale::Es),
        ("CO", Locale::Es),
        ("FR", Locale::Fr),
        ("BE", Locale::Fr),
        ("DE", Locale::De),
        ("AT", Locale::De),
        ("CH", Locale::De),
        ("IT", Locale::It),
        ("PL", Locale::Pl),
        ("KR", Locale::Ko),
        ("JP", Locale::Ja),
    ];
}

/// Fields shared by every input: the ruleset, its currency check, policy overrides and locale.
pub struct Common {
    pub ruleset: RulesetId,
    pub currency: Currency,
    pub params: Params,
    pub locale: Locale,
    /// The buyer's language, for the reply (`replyLocale`; `locale` when not given).
    pub reply_locale: Locale,
    /// Render the human-readable text (summary, reply, check and offer texts). A batch may turn it
    /// off: the numbers, codes and rule ids are the same either way.
    pub text: bool,
}

fn read_common(o: &Obj, resolve: Resolve) -> Result<Common> {
    let ruleset = o.need(
        "ruleset",
        o.choice("ruleset", RulesetId::ALL)?,
        "one of the ruleset ids listed by rulesets()",
    )?;
    let code = o.need(
        "currency",
        o.string("currency", "an ISO 4217 code such as \"CNY\"")?,
        "an ISO 4217 code such as \"CNY\"",
    )?;
    let currency = money::currency(code).ok_or_else(|| {
        InputError::new(
            ErrorCode::UnknownValue,
            "currency",
            format!("currency must be an ISO 4217 code such as \"CNY\" or \"USD\"; got \"{code}\""),
        )
    })?;
    let params = resolve(ruleset, currency, o.value("policy"))?;
    let locale = o.choice("locale", Locale::ALL)?.unwrap_or(Locale::En);
    let reply_locale = o.choice("replyLocale", Locale::ALL)?.unwrap_or(locale);
    Ok(Common {
        ruleset,
        currency,
        params,
        locale,
        reply_locale,
        text: true,
    })
}

/// The dates of an order. All optional; their order is checked on reading.
#[derive(Clone, Copy, Debug, Default)]
pub struct Dates {
    pub ordered: Option<Stamp>,
    pub paid: Option<Stamp>,
    pub shipped: Option<Stamp>,
    pub delivered: Option<Stamp>,
    pub completed: Option<Stamp>,
    pub opened: Option<Stamp>,
    pub estimated_delivery: Option<Stamp>,
    pub reshipped: Option<Stamp>,
    /// The consumer sent the goods back (UK reg. 34(5): evidence of sending starts the refund's
    /// 14 days when it comes before the goods).
    pub return_sent: Option<Stamp>,
    pub return_received: Option<Stamp>,
    pub fault_found: Option<Stamp>,
    /// The consumer asked for a repair or replacement (UK CRA s.22: the 30 days pause).
    pub repair_requested: Option<Stamp>,
    /// The repaired or replacement goods came back to the consumer (the pause ends).
    pub repair_returned: Option<Stamp>,
}

const DATE_KEYS: &[&str; 13] = &vocab::names(&vocab::ORDER_DATES);

/// Each pair (earlier, later) that a real order cannot break.
const DATE_ORDER: &[(&str, &str)] = &[
    ("ordered", "paid"),
    ("ordered", "shipped"),
    ("paid", "shipped"),
    ("shipped", "delivered"),
    ("ordered", "delivered"),
    ("ordered", "completed"),
    ("shipped", "completed"),
    ("ordered", "opened"),
    ("shipped", "reshipped"),
    ("reshipped", "delivered"),
    ("delivered", "returnSent"),
    ("returnSent", "returnReceived"),
    ("delivered", "returnReceived"),
    ("ordered", "faultFound"),
    ("delivered", "repairRequested"),
    ("repairRequested", "repairReturned"),
];

impl Dates {
    fn read(o: &Obj) -> Result<Dates> {
        let [ordered, paid, shipped, delivered, completed, opened, estimated_delivery, reshipped, return_sent, return_received, fault_found, repair_requested, repair_returned] =
            o.dates(DATE_KEYS)?;
        Ok(Dates {
            ordered,
            paid,
            shipped,
            delivered,
            completed,
            opened,
            estimated_delivery,
            reshipped,
            return_sent,
            return_received,
            fault_found,
            repair_requested,
            repair_returned,
        })
    }

    /// Every date-time rewritten in `zone` (see `RulesetId::day_zone`).
    fn in_zone(self, zone: FixedOffset) -> Dates {
        let z = |s: Option<Stamp>| s.map(|s| s.in_zone(zone));
        Dates {
            ordered: z(self.ordered),
            paid: z(self.paid),
            shipped: z(self.shipped),
            delivered: z(self.delivered),
            completed: z(self.completed),
            opened: z(self.opened),
            estimated_delivery: z(self.estimated_delivery),
            reshipped: z(self.reshipped),
            return_sent: z(self.return_sent),
            return_received: z(self.return_received),
            fault_found: z(self.fault_found),
            repair_requested: z(self.repair_requested),
            repair_returned: z(self.repair_returned),
        }
    }

    pub fn by_name(&self, name: &str) -> Option<Stamp> {
        match name {
            "ordered" => self.ordered,
            "paid" => self.paid,
            "shipped" => self.shipped,
            "delivered" => self.delivered,
            "completed" => self.completed,
            "opened" => self.opened,
            "estimatedDelivery" => self.estimated_delivery,
            "reshipped" => self.reshipped,
            "returnSent" => self.return_sent,
            "returnReceived" => self.return_received,
            "faultFound" => self.fault_found,
            "repairRequested" => self.repair_requested,
            "repairReturned" => self.repair_returned,
            _ => None,
        }
    }

    /// Impossible orderings and events after `asOf` are `date_order` errors.
    fn check_order(&self, as_of: Stamp) -> Result<()> {
        for &(earlier, later) in DATE_ORDER {
            if let (Some(a), Some(b)) = (self.by_name(earlier), self.by_name(later)) {
                if a.is_after(b) {
                    return Err(InputError::new(
                        ErrorCode::DateOrder,
                        format!("dates.{later}"),
                        format!(
                            "dates.{later} ({}) is before dates.{earlier} ({}), which cannot happen",
                            b.format(),
                            a.format()
                        ),
                    ));
                }
            }
        }
        for &name in DATE_KEYS {
            if name == "estimatedDelivery" {
                continue; // an estimate may lie ahead
            }
            if let Some(stamp) = self.by_name(name) {
                if stamp.is_after(as_of) {
                    return Err(InputError::new(
                        ErrorCode::DateOrder,
                        format!("dates.{name}"),
                        format!(
                            "dates.{name} ({}) is after asOf ({}): an event cannot lie in the future",
                            stamp.format(),
                            as_of.format()
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The buyer's and seller's evidence on hand.
#[derive(Clone, Copy, Debug, Default)]
pub struct Evidence {
    pub buyer_photos: bool,
    pub proof_of_delivery: bool,
    pub reship_consent: bool,
    pub source_documents: bool,
    pub chat_record: bool,
}

/// Facts about the goods.
#[derive(Clone, Copy, Debug, Default)]
pub struct Item {
    pub made_to_order: bool,
    pub perishable: bool,
    pub digital_unsealed: bool,
    pub periodical: bool,
    /// `None`: not stated. The 7-day no-reason return needs intact goods.
    pub intact: Option<bool>,
    pub exclusion_confirmed: bool,
    /// Sealed goods unsuitable for return for health or hygiene reasons, unsealed (EU-16).
    pub hygiene_unsealed: bool,
    pub odometer_km: Option<u64>,
    pub defect: Option<CarDefect>,
}

/// A validated `evaluateDispute` input.
pub struct Dispute {
    pub common: Common,
    pub reason: Reason,
    pub as_of: Stamp,
    pub price: u64,
    pub shipping_paid: u64,
    /// ISO 3166 alpha-2, upper case.
    pub destination: Option<String>,
    pub dates: Dates,
    pub tracking: Option<Tracking>,
    pub request: Option<Request>,
    pub requested_amount: Option<u64>,
    pub evidence: Evidence,
    pub item: Item,
    /// The trader gave the withdrawal (cancellation) information (EU-10, UK-CCR-2).
    pub informed_of_withdrawal: bool,
    /// The trader told the consumer they bear the direct cost of a return (EU-14, UK-CCR-4).
    pub informed_of_return_cost: bool,
    /// The least expensive standard delivery offered (EU-13b); `shippingPaid` when not given.
    pub standard_shipping: u64,
    pub payment_method: Option<PaymentMethod>,
}

const DISPUTE_KEYS: &[&str] = &vocab::names(&vocab::DISPUTE_INPUT);
const EVIDENCE_KEYS: &[&str; 5] = &vocab::names(&vocab::EVIDENCE_ON_HAND);
const ITEM_KEYS: &[&str; 9] = &vocab::names(&vocab::ITEM_FACTS);
/// The item's seven flags come first, read in one loop; then its two other fields.
const ITEM_FLAGS: &[&str; 7] = match ITEM_KEYS.first_chunk::<7>() {
    Some(flags) => flags,
    None => panic!("ITEM_KEYS starts with the seven flags"), // evaluated at compile time
};

impl Dispute {
    pub fn read(value: &Value, resolve: Resolve) -> Result<Dispute> {
        let o = Obj::new(value, "", DISPUTE_KEYS)?;
        let common = read_common(&o, resolve)?;
        let reason = o.need(
            "reason",
            o.choice("reason", Reason::ALL)?,
            "the buyer's claim, such as \"not_received\"",
        )?;
        // Date-times are read in the ruleset's zone, where its calendar days are counted.
        let zone = common.ruleset.day_zone();
        let as_of = o.need("asOf", o.date("asOf")?, DATE_FORM)?.in_zone(zone);
        let price = o.need("price", o.amount("price")?, AMOUNT_FORM)?;
        let shipping_paid = o.amount("shippingPaid")?.unwrap_or(0);
        let destination = match o.string("destination", "an ISO 3166 alpha-2 country code")? {
            None => None,
            Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Some(code.to_ascii_uppercase())
            }
            Some(code) => {
                return Err(InputError::new(
                    ErrorCode::UnknownValue,
                    "destination",
                    format!("destination must be an ISO 3166 alpha-2 country code such as \"US\" or \"RU\"; got \"{code}\""),
                ))
            }
        };
        let dates = match o.object("dates", DATE_KEYS)? {
            Some(d) => Dates::read(&d)?.in_zone(zone),
            None => Dates::default(),
        };
        dates.check_order(as_of)?;
        let evidence = match o.object("evidence", EVIDENCE_KEYS)? {
            Some(e) => {
                let [photos, delivery, consent, documents, chat] = e.bools(EVIDENCE_KEYS)?;
                Evidence {
                    buyer_photos: photos.unwrap_or(false),
                    proof_of_delivery: delivery.unwrap_or(false),
                    reship_consent: consent.unwrap_or(false),
                    source_documents: documents.unwrap_or(false),
                    chat_record: chat.unwrap_or(false),
                }
            }
            None => Evidence::default(),
        };
        let item = match o.object("item", ITEM_KEYS)? {
            Some(i) => {
                let [made_to_order, perishable, digital, periodical, intact, exclusion, hygiene] =
                    i.bools(ITEM_FLAGS)?;
                Item {
                    made_to_order: made_to_order.unwrap_or(false),
                    perishable: perishable.unwrap_or(false),
                    digital_unsealed: digital.unwrap_or(false),
                    periodical: periodical.unwrap_or(false),
                    intact,
                    exclusion_confirmed: exclusion.unwrap_or(false),
                    hygiene_unsealed: hygiene.unwrap_or(false),
                    odometer_km: i
                        .integer("odometerKm", "a non-negative integer number of kilometres")?,
                    defect: i.choice("defect", CarDefect::ALL)?,
                }
            }
            None => Item::default(),
        };
        let requested_amount = o.amount("requestedAmount")?;
        if let Some(amount) = requested_amount {
            if amount > price.saturating_add(shipping_paid) {
                return Err(InputError::new(
                    ErrorCode::InvalidAmount,
                    "requestedAmount",
                    "requestedAmount must not exceed price + shippingPaid, the amount the buyer paid",
                ));
            }
        }
        let standard_shipping = o.amount("standardShipping")?.unwrap_or(shipping_paid);
        if standard_shipping > shipping_paid {
            return Err(InputError::new(
                ErrorCode::InvalidAmount,
                "standardShipping",
                "standardShipping, the least expensive standard delivery offered, must not exceed shippingPaid, the delivery the buyer paid for",
            ));
        }
        let [informed_of_withdrawal, informed_of_return_cost] =
            o.bools(&["informedOfWithdrawal", "informedOfReturnCost"])?;
        Ok(Dispute {
            common,
            reason,
            as_of,
            price,
            shipping_paid,
            destination,
            dates,
            tracking: o.choice("tracking", Tracking::ALL)?,
            request: o.choice("request", Request::ALL)?,
            requested_amount,
            evidence,
            item,
            informed_of_withdrawal: informed_of_withdrawal.unwrap_or(true),
            informed_of_return_cost: informed_of_return_cost.unwrap_or(true),
            standard_shipping,
            payment_method: o.choice("paymentMethod", PaymentMethod::ALL)?,
        })
    }
}

/// A validated `returnShippingSplit` input.
pub struct ShippingInput {
    pub common: Common,
    pub reason: Reason,
    pub fault: Option<Fault>,
    pub outbound_shipping: u64,
    pub free_shipping: bool,
    pub return_shipping: u64,
    pub resend_shipping: u64,
    pub insurance_payout: u64,
    /// The trader told the consumer they bear the return cost (EU-14, UK-CCR-4); default true.
    pub informed_of_return_cost: bool,
}

const SHIPPING_KEYS: &[&str] = &vocab::names(&vocab::SHIPPING_INPUT);

impl ShippingInput {
    pub fn read(value: &Value, resolve: Resolve) -> Result<ShippingInput> {
        let o = Obj::new(value, "", SHIPPING_KEYS)?;
        let common = read_common(&o, resolve)?;
        let reason = o.need(
            "reason",
            o.choice("reason", Reason::ALL)?,
            "the buyer's claim, such as \"no_reason\"",
        )?;
        let outbound_shipping = o.need(
            "outboundShipping",
            o.amount("outboundShipping")?,
            AMOUNT_FORM,
        )?;
        let return_shipping = o.need("returnShipping", o.amount("returnShipping")?, AMOUNT_FORM)?;
        let resend_shipping = o.amount("resendShipping")?.unwrap_or(0);
        let insurance_payout = o.amount("insurancePayout")?.unwrap_or(0);
        let total = outbound_shipping
            .checked_add(return_shipping)
            .and_then(|t| t.checked_add(resend_shipping))
            .filter(|&t| t <= money::MAX_SAFE);
        if total.is_none() {
            return Err(InputError::new(
                ErrorCode::InvalidAmount,
                "returnShipping",
                "outboundShipping + returnShipping + resendShipping must not exceed 9007199254740991",
            ));
        }
        Ok(ShippingInput {
            common,
            reason,
            fault: o.choice("fault", Fault::ALL)?,
            outbound_shipping,
            free_shipping: o.bool("freeShipping")?.unwrap_or(false),
            return_shipping,
            resend_shipping,
            insurance_payout,
            informed_of_return_cost: o.bool("informedOfReturnCost")?.unwrap_or(true),
        })
    }
}

/// A validated `refundPenalty` input.
pub struct PenaltyInput {
    pub common: Common,
    pub violation: Violation,
    pub price: u64,
    pub loss: Option<u64>,
    pub seller_promised: Option<u64>,
    pub label_flaw_only: bool,
}

const PENALTY_KEYS: &[&str] = &vocab::names(&vocab::PENALTY_INPUT);

impl PenaltyInput {
    pub fn read(value: &Value, resolve: Resolve) -> Result<PenaltyInput> {
        let o = Obj::new(value, "", PENALTY_KEYS)?;
        let common = read_common(&o, resolve)?;
        Ok(PenaltyInput {
            common,
            violation: o.need(
                "violation",
                o.choice("violation", Violation::ALL)?,
                "one of late_shipment, out_of_stock, fraud, unsafe_food",
            )?,
            price: o.need("price", o.amount("price")?, AMOUNT_FORM)?,
            loss: o.amount("loss")?,
            seller_promised: o.amount("sellerPromised")?,
            label_flaw_only: o.bool("labelFlawOnly")?.unwrap_or(false),
        })
    }
}
