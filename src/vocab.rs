//! Descriptions of the API's vocabulary as data: the enums (`wire_enum!` fills an [`EnumInfo`]
//! for each), and the fields of the inputs and outputs with their kinds. The native generator
//! (`gen/`, `make gen`) writes `vocabulary.json` and `src/types.d.ts` from them; the input
//! readers take their key lists from the same tables, so the description cannot drift from what
//! is read. Nothing here runs in the wasm beyond the key lists.

/// A `wire_enum!`: its name in the vocabulary and the TypeScript declarations, its doc comment
/// and its wire values in declaration order.
#[derive(Debug)]
pub struct EnumInfo {
    pub name: &'static str,
    pub doc: &'static str,
    pub values: &'static [&'static str],
}

use crate::codes::{DeadlineName, EvidenceCode, OfferKind};
use crate::error::ErrorCode;
use crate::model::{
    CarDefect, Fault, Leg, Locale, Outcome, Payer, PaymentMethod, Reason, Request, RulesetId,
    Tracking, Violation,
};

/// Every enum of the API, in the order the declarations list them.
pub const ENUMS: &[&EnumInfo] = &[
    &RulesetId::INFO,
    &Reason::INFO,
    &Tracking::INFO,
    &Request::INFO,
    &Outcome::INFO,
    &Fault::INFO,
    &Violation::INFO,
    &CarDefect::INFO,
    &PaymentMethod::INFO,
    &Leg::INFO,
    &Payer::INFO,
    &Locale::INFO,
    &EvidenceCode::INFO,
    &DeadlineName::INFO,
    &OfferKind::INFO,
    &ErrorCode::INFO,
];

/// What a field holds.
#[derive(Debug)]
pub enum Kind {
    /// An integer amount in the currency's minor unit.
    Money,
    /// `"YYYY-MM-DD"` or an RFC 3339 date-time with offset.
    Date,
    Boolean,
    /// A non-negative integer (kilometres, a parameter).
    Integer,
    String,
    /// An ISO 4217 code among `vocabulary.currencies`.
    Currency,
    Enum(&'static EnumInfo),
    /// An object with its own fields, declared as the named interface.
    Object(&'static str, &'static [Field]),
    List(&'static Kind),
    /// An object keyed by the values of an enum (each key optional).
    Keyed(&'static EnumInfo, &'static Kind),
    /// An object of any string keys.
    Map(&'static Kind),
    /// The ruleset's parameter overrides (`policy`): keys from `rulesets[].parameters`.
    Policy,
    /// `null` or the kind.
    Nullable(&'static Kind),
    /// A text as data, `{ id, args }` (`vocabulary.json` `messages` lists the ids).
    Message,
}

/// One field of an input or an output.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    /// Inputs: the caller must give it. Outputs: always present.
    pub required: bool,
    /// The value an absent optional input takes, as JSON text (`"true"`, `"0"`).
    pub default: Option<&'static str>,
    pub doc: &'static str,
    /// An output text the package's JS renders from `messages` in the call's locale; the engine
    /// itself does not write it.
    pub rendered: bool,
    /// Written by the engine for the package's renderer, which replaces it (the ruleset's name
    /// as a message): not part of the package's output, so not described in its declarations.
    pub internal: bool,
}

const fn f(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: false,
        default: None,
        doc: "",
        rendered: false,
        internal: false,
    }
}

impl Field {
    const fn req(mut self) -> Field {
        self.required = true;
        self
    }
    const fn default(mut self, value: &'static str) -> Field {
        self.default = Some(value);
        self
    }
    const fn doc(mut self, doc: &'static str) -> Field {
        self.doc = doc;
        self
    }
    const fn internal(mut self) -> Field {
        self.internal = true;
        self
    }
    const fn rendered(mut self) -> Field {
        self.rendered = true;
        self
    }
}

/// The field names of a table, at compile time: the readers' lists of known keys.
pub const fn names<const N: usize>(fields: &[Field; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = fields[i].name;
        i += 1;
    }
    out
}

// ------------------------------------------------------------------------------- inputs

pub const ORDER_DATES: [Field; 13] = [
    f("ordered", Kind::Date),
    f("paid", Kind::Date),
    f("shipped", Kind::Date),
    f("delivered", Kind::Date),
    f("completed", Kind::Date).doc("Receipt confirmed or order completed."),
    f("opened", Kind::Date).doc("Claim or request opened."),
    f("estimatedDelivery", Kind::Date).doc("The latest estimated delivery date."),
    f("reshipped", Kind::Date),
    f("returnSent", Kind::Date).doc("The buyer sent the goods back."),
    f("returnReceived", Kind::Date),
    f("faultFound", Kind::Date),
    f("repairRequested", Kind::Date)
        .doc("The consumer asked for a repair or replacement (`uk-cra`: the 30 days pause)."),
    f("repairReturned", Kind::Date)
        .doc("The repaired or replacement goods came back to the consumer (the pause ends)."),
];

pub const EVIDENCE_ON_HAND: [Field; 5] = [
    f("buyerPhotos", Kind::Boolean).default("false"),
    f("proofOfDelivery", Kind::Boolean).default("false"),
    f("reshipConsent", Kind::Boolean).default("false"),
    f("sourceDocuments", Kind::Boolean).default("false"),
    f("chatRecord", Kind::Boolean).default("false"),
];

/// The item's seven flags come first (the reader takes them in one loop).
pub const ITEM_FACTS: [Field; 9] = [
    f("madeToOrder", Kind::Boolean).default("false"),
    f("perishable", Kind::Boolean).default("false"),
    f("digitalUnsealed", Kind::Boolean).default("false"),
    f("periodical", Kind::Boolean).default("false"),
    f("intact", Kind::Boolean),
    f("exclusionConfirmed", Kind::Boolean)
        .default("false")
        .doc("The buyer confirmed a no-return exclusion at purchase."),
    f("hygieneUnsealed", Kind::Boolean).default("false").doc(
        "Sealed goods unsuitable for return for health or hygiene reasons, unsealed (`eu-crd`, `uk-cra`).",
    ),
    f("odometerKm", Kind::Integer),
    f("defect", Kind::Enum(&CarDefect::INFO)),
];

const RULESET: Field = f("ruleset", Kind::Enum(&RulesetId::INFO)).req();
const CURRENCY: Field = f("currency", Kind::Currency).req();
const POLICY: Field = f("policy", Kind::Policy);
const LOCALE: Field = f("locale", Kind::Enum(&Locale::INFO))
    .default("\"en\"")
    .doc("The seller's language: summary, checks, offers.");
const INFORMED_OF_RETURN_COST: Field = f("informedOfReturnCost", Kind::Boolean)
    .default("true")
    .doc("The trader told the consumer they bear the return cost (`eu-crd`, `uk-cra`).");

pub const DISPUTE_INPUT: [Field; 20] = [
    RULESET,
    f("reason", Kind::Enum(&Reason::INFO)).req(),
    f("asOf", Kind::Date)
        .req()
        .doc("The day (or instant) of evaluation: the module never reads the clock."),
    CURRENCY,
    f("price", Kind::Money).req().doc("Goods amount paid."),
    f("shippingPaid", Kind::Money)
        .default("0")
        .doc("Outbound shipping the buyer paid (0 = free shipping)."),
    f("destination", Kind::String).doc("ISO 3166 alpha-2 country of delivery."),
    f("dates", Kind::Object("OrderDates", &ORDER_DATES)),
    f("tracking", Kind::Enum(&Tracking::INFO)),
    f("request", Kind::Enum(&Request::INFO)),
    f("requestedAmount", Kind::Money).doc("For a partial refund."),
    f("evidence", Kind::Object("EvidenceOnHand", &EVIDENCE_ON_HAND)),
    f("item", Kind::Object("ItemFacts", &ITEM_FACTS)),
    f("informedOfWithdrawal", Kind::Boolean).default("true").doc(
        "The trader gave the withdrawal (cancellation) information (`eu-crd`, `uk-cra`: without it the 14 days are extended by 12 months).",
    ),
    INFORMED_OF_RETURN_COST,
    f("standardShipping", Kind::Money).doc(
        "The least expensive standard delivery offered, when the buyer chose a dearer one; default `shippingPaid`, at most `shippingPaid` (`eu-crd`, `uk-cra`).",
    ),
    f("paymentMethod", Kind::Enum(&PaymentMethod::INFO)).doc("How the buyer paid (`us-ftc`)."),
    POLICY,
    LOCALE,
    f("replyLocale", Kind::Enum(&Locale::INFO))
        .doc("The buyer's language, for `reply` (default `locale`)."),
];

pub const SHIPPING_INPUT: [Field; 12] = [
    RULESET,
    f("reason", Kind::Enum(&Reason::INFO)).req(),
    f("fault", Kind::Enum(&Fault::INFO)).doc("Overrides the fault implied by the reason."),
    CURRENCY,
    f("outboundShipping", Kind::Money).req(),
    f("freeShipping", Kind::Boolean)
        .default("false")
        .doc("True when the seller paid the outbound leg."),
    f("returnShipping", Kind::Money).req(),
    f("resendShipping", Kind::Money).default("0"),
    f("insurancePayout", Kind::Money)
        .default("0")
        .doc("Return-shipping insurance (运费险) paid toward the return."),
    INFORMED_OF_RETURN_COST,
    POLICY,
    LOCALE,
];

pub const PENALTY_INPUT: [Field; 9] = [
    RULESET,
    f("violation", Kind::Enum(&Violation::INFO)).req(),
    CURRENCY,
    f("price", Kind::Money).req(),
    f("loss", Kind::Money),
    f("sellerPromised", Kind::Money).doc("A penalty the seller advertised."),
    f("labelFlawOnly", Kind::Boolean)
        .default("false")
        .doc("A label or manual flaw that neither affects safety or quality nor misleads."),
    POLICY,
    LOCALE,
];

// ------------------------------------------------------------------------------ outputs

const RULES: Field = f("rules", Kind::List(&Kind::String))
    .req()
    .doc("Rule ids applied (`\"AE-R9\"`).");
const SUMMARY: Field = f("summary", Kind::String)
    .req()
    .rendered()
    .doc("One paragraph for the seller, in `locale`.");
const SUMMARY_MESSAGES: [Field; 1] = [f("summary", Kind::List(&Kind::Message)).req()];
const MESSAGES: Field = f(
    "messages",
    Kind::Object("SummaryMessages", &SUMMARY_MESSAGES),
)
.req()
.doc("The texts as data (absent with `{ text: false }`).");
const OUT_CURRENCY: Field = f("currency", Kind::Currency).req();

pub const CHECK: [Field; 5] = [
    f("id", Kind::String)
        .req()
        .doc("What was tested, as a stable code."),
    f("rule", Kind::String)
        .req()
        .doc("The rule id applied by the test (`\"AE-R9\"`)."),
    f("passed", Kind::Boolean).req(),
    f("text", Kind::String)
        .req()
        .rendered()
        .doc("What the test found, in `locale` (absent with `{ text: false }`)."),
    f("message", Kind::Message).req(),
];

pub const OFFER: [Field; 5] = [
    f("kind", Kind::Enum(&OfferKind::INFO)).req(),
    f("outcome", Kind::Enum(&Outcome::INFO)).req(),
    f("refund", Kind::Money).req(),
    f("text", Kind::String)
        .req()
        .rendered()
        .doc("The route in `locale` (absent with `{ text: false }`)."),
    f("message", Kind::Message).req(),
];

const DECISION_MESSAGES: [Field; 2] = [
    f("summary", Kind::List(&Kind::Message)).req(),
    f("reply", Kind::List(&Kind::Message)).req(),
];

pub const DECISION: [Field; 15] = [
    f("outcome", Kind::Enum(&Outcome::INFO)).req(),
    f("fault", Kind::Enum(&Fault::INFO)).req(),
    f("refund", Kind::Money).req(),
    OUT_CURRENCY,
    f("deadlines", Kind::Keyed(&DeadlineName::INFO, &Kind::Date))
        .req()
        .doc("Named deadlines, in the form of the dates they derive from."),
    f("checks", Kind::List(&Kind::Object("Check", &CHECK))).req(),
    f("evidence", Kind::List(&Kind::Enum(&EvidenceCode::INFO)))
        .req()
        .doc("Evidence codes to submit or keep (`\"tracking_delivered\"`)."),
    RULES,
    SUMMARY,
    f("reply", Kind::String)
        .req()
        .rendered()
        .doc("A suggested message to the buyer, in `replyLocale`."),
    f("options", Kind::List(&Kind::Object("Offer", &OFFER)))
        .req()
        .doc("Other routes the seller may offer besides `outcome`."),
    f("ruleset", Kind::Enum(&RulesetId::INFO)).req(),
    f("locale", Kind::Enum(&Locale::INFO)).req(),
    f("replyLocale", Kind::Enum(&Locale::INFO)).req(),
    f(
        "messages",
        Kind::Object("DecisionMessages", &DECISION_MESSAGES),
    )
    .req()
    .doc("The texts as data (absent with `{ text: false }`)."),
];

pub const LEG_SHARE: [Field; 3] = [
    f("leg", Kind::Enum(&Leg::INFO)).req(),
    f("amount", Kind::Money).req(),
    f("payer", Kind::Enum(&Payer::INFO)).req(),
];

pub const SHIPPING_SPLIT: [Field; 11] = [
    f("buyerPays", Kind::Money).req(),
    f("sellerPays", Kind::Money).req(),
    f("insurerPays", Kind::Money).req(),
    f("carrierPays", Kind::Money).req(),
    f("legs", Kind::List(&Kind::Object("LegShare", &LEG_SHARE))).req(),
    f("refundOfShipping", Kind::Money)
        .req()
        .doc("Outbound shipping refunded to the buyer."),
    f("fault", Kind::Enum(&Fault::INFO))
        .req()
        .doc("The fault the split used: the `fault` input, or the one the reason implies."),
    OUT_CURRENCY,
    RULES,
    SUMMARY,
    MESSAGES,
];

pub const PENALTY_RESULT: [Field; 8] = [
    f("refund", Kind::Money).req().doc("The price returned."),
    f("penalty", Kind::Money)
        .req()
        .doc("Compensation on top of the refund."),
    f("total", Kind::Money).req(),
    f("formula", Kind::String)
        .req()
        .doc("How the penalty was computed, e.g. `min(30% x 199.00, 500.00)`."),
    OUT_CURRENCY,
    RULES,
    SUMMARY,
    MESSAGES,
];

pub const PARAMETER_INFO: [Field; 5] = [
    f("key", Kind::String).req(),
    f("default", Kind::Integer).req(),
    f("max", Kind::Integer)
        .req()
        .doc("The largest value a policy may set."),
    f("rule", Kind::String)
        .req()
        .doc("The rule id the number comes from (`\"EBAY-2\"`)."),
    f("verified", Kind::Boolean).req().doc(
        "True when the number was checked in the primary text; false: a secondary, course-only or unverified source, a number to double-check.",
    ),
];

pub const SOURCE: [Field; 2] = [f("title", Kind::String).req(), f("url", Kind::String).req()];

pub const RULESET_INFO: [Field; 12] = [
    f("id", Kind::Enum(&RulesetId::INFO)).req(),
    f("name", Kind::String)
        .req()
        .rendered()
        .doc("The ruleset's name, in the requested locale."),
    f("message", Kind::Message).req().internal(),
    f("version", Kind::String)
        .req()
        .doc("The date of the rule text encoded."),
    f("currency", Kind::Nullable(&Kind::Currency)).req().doc(
        "The only currency the ruleset accepts; null when every currency is accepted.",
    ),
    f("parameters", Kind::Map(&Kind::Integer))
        .req()
        .doc("Parameter defaults, overridable through `policy`."),
    f(
        "parameterInfo",
        Kind::List(&Kind::Object("ParameterInfo", &PARAMETER_INFO)),
    )
    .req()
    .doc("Every parameter with its range, the rule it comes from, and whether that rule's number was checked in the primary text."),
    f("holidays", Kind::Boolean)
        .req()
        .doc("True when the ruleset counts business days and accepts `policy.holidays`."),
    f("sources", Kind::List(&Kind::Object("Source", &SOURCE))).req(),
    f("reasons", Kind::List(&Kind::Enum(&Reason::INFO)))
        .req()
        .doc("Reasons `evaluateDispute` decides under this ruleset."),
    f("violations", Kind::List(&Kind::Enum(&Violation::INFO)))
        .req()
        .doc("Violations `refundPenalty` computes under this ruleset."),
    f("shippingSplit", Kind::Boolean)
        .req()
        .doc("Whether `returnShippingSplit` is available."),
];

/// A function of the API: its input and output, each a named interface.
pub struct Function {
    pub name: &'static str,
    pub doc: &'static str,
    pub input: (&'static str, &'static [Field]),
    pub output: (&'static str, &'static [Field]),
}

pub const FUNCTIONS: &[Function] = &[
    Function {
        name: "evaluateDispute",
        doc: "What the seller should do about a buyer's claim, with checks, deadlines, evidence and texts.",
        input: ("DisputeInput", &DISPUTE_INPUT),
        output: ("Decision", &DECISION),
    },
    Function {
        name: "returnShippingSplit",
        doc: "Who pays each shipping leg of a return, exchange or reship.",
        input: ("ShippingInput", &SHIPPING_INPUT),
        output: ("ShippingSplit", &SHIPPING_SPLIT),
    },
    Function {
        name: "refundPenalty",
        doc: "The refund and the compensation on top of it for a seller's violation.",
        input: ("PenaltyInput", &PENALTY_INPUT),
        output: ("PenaltyResult", &PENALTY_RESULT),
    },
];

/// The output of `rulesets()`, one per ruleset.
pub const RULESETS_OUTPUT: (&str, &[Field]) = ("RulesetInfo", &RULESET_INFO);

/// The dotted paths of a table's leaf fields (`dates.shipped`, `evidence.buyerPhotos`), in
/// order: an object field gives its own fields' paths, not its name.
pub fn leaf_paths(fields: &[Field]) -> Vec<String> {
    let mut out = Vec::new();
    for field in fields {
        match field.kind {
            Kind::Object(_, inner) => {
                for path in leaf_paths(inner) {
                    out.push(format!("{}.{path}", field.name));
                }
            }
            _ => out.push(field.name.to_string()),
        }
    }
    out
}
