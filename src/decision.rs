//! The outputs of the three functions, and the builder a ruleset fills while it decides.

use crate::calendar::Stamp;
use crate::codes::{DeadlineName, EvidenceCode, OfferKind};
use crate::model::{Dispute, Fault, Leg, Locale, Outcome, Payer};
use crate::money::Currency;
use crate::text::{Messages, Msg, Text};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// One test a decision rests on.
#[derive(Debug)]
pub struct Check {
    /// What was tested, as a stable snake_case code (`delivered_per_carrier`).
    pub id: &'static str,
    /// The rule id from rules.md that the test applies (`AE-R9`).
    pub rule: &'static str,
    pub passed: bool,
    /// What the test found, as a message (rendered into `text` by the package).
    pub message: Text,
}

/// Another route the seller may offer the buyer besides `outcome` (AE-R2, the course's Amazon
/// wrong-print case: keep the item with a partial refund or a coupon, or return it).
#[derive(Debug)]
pub struct Offer {
    pub kind: OfferKind,
    pub outcome: Outcome,
    /// Money back for this route, in minor units (0 for a coupon).
    pub refund: u64,
    pub message: Text,
}

/// Named deadlines, written as a JSON object in the order they were set.
#[derive(Debug, Default)]
pub struct Deadlines(pub Vec<(DeadlineName, Stamp)>);

impl Deadlines {
    /// The deadline of this wire name (`"refundDueBy"`), if the decision set it.
    pub fn get(&self, name: &str) -> Option<Stamp> {
        self.0
            .iter()
            .find(|(n, _)| n.as_str() == name)
            .map(|(_, s)| *s)
    }
}

impl Serialize for Deadlines {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, stamp) in &self.0 {
            map.serialize_entry(name.as_str(), &stamp.format())?;
        }
        map.end()
    }
}

/// One part of the reply: a message of the rules, or the n-th offer, numbered.
// A reply has a handful of parts; boxing each text would allocate once per part.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum ReplyPart {
    Text(Text),
    /// `options[i]`, shown as choice `i + 1`.
    Offer(usize),
}

/// The result of `evaluateDispute`.
#[derive(Debug)]
pub struct Decision {
    pub outcome: Outcome,
    pub fault: Fault,
    pub refund: u64,
    pub currency: Currency,
    pub deadlines: Deadlines,
    pub checks: Vec<Check>,
    pub evidence: Vec<EvidenceCode>,
    pub rules: Vec<&'static str>,
    /// The summary for the seller, as messages.
    pub summary: Vec<Text>,
    /// The reply to the buyer as the course teaches it: greet; apologize where the seller is at
    /// fault; the facts and the rule; the options; a polite close.
    pub reply: Vec<ReplyPart>,
    /// Other routes the seller may offer (keep the item with a partial refund, a coupon ...).
    pub options: Vec<Offer>,
    pub ruleset: &'static str,
    pub locale: Locale,
    pub reply_locale: Locale,
    /// Whether the texts are wanted: a batch with `{ text: false }` leaves every message out.
    pub text: bool,
}

impl Serialize for Decision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let currency = self.currency;
        let text = self.text;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("outcome", &self.outcome)?;
        map.serialize_entry("fault", &self.fault)?;
        map.serialize_entry("refund", &self.refund)?;
        map.serialize_entry("currency", currency.code)?;
        map.serialize_entry("deadlines", &self.deadlines)?;
        let with = |items| With {
            items,
            currency,
            text,
        };
        map.serialize_entry("checks", &with(Items::Checks(&self.checks)))?;
        map.serialize_entry("evidence", &self.evidence)?;
        map.serialize_entry("rules", &self.rules)?;
        map.serialize_entry("options", &with(Items::Offers(&self.options)))?;
        map.serialize_entry("ruleset", self.ruleset)?;
        map.serialize_entry("locale", &self.locale)?;
        map.serialize_entry("replyLocale", &self.reply_locale)?;
        if text {
            map.serialize_entry("messages", &DecisionMessages(self))?;
        }
        map.end()
    }
}

/// `{ summary: Message[], reply: Message[] }`.
struct DecisionMessages<'a>(&'a Decision);

impl Serialize for DecisionMessages<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry(
            "summary",
            &Messages {
                texts: &d.summary,
                currency: d.currency,
            },
        )?;
        map.serialize_entry("reply", &Reply(d))?;
        map.end()
    }
}

struct Reply<'a>(&'a Decision);

impl Serialize for Reply<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut seq = serializer.serialize_seq(Some(d.reply.len()))?;
        for part in &d.reply {
            match part {
                ReplyPart::Text(t) => seq.serialize_element(&t.data(d.currency))?,
                ReplyPart::Offer(i) => {
                    if let Some(offer) = d.options.get(*i) {
                        seq.serialize_element(&OfferChoice {
                            n: *i + 1,
                            offer: &offer.message,
                            currency: d.currency,
                        })?;
                    }
                }
            }
        }
        seq.end()
    }
}

/// `{ id: "reply.option", args: { n, option } }`: an offer, numbered, inside the reply.
struct OfferChoice<'a> {
    n: usize,
    offer: &'a Text,
    currency: Currency,
}

impl Serialize for OfferChoice<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        OPTION.serialize_id(&mut map)?;
        map.serialize_entry(
            "args",
            &OfferArgs {
                n: self.n,
                option: self.offer.data(self.currency),
            },
        )?;
        map.end()
    }
}

#[derive(serde::Serialize)]
struct OfferArgs<'a> {
    n: usize,
    option: crate::text::Message<'a>,
}

/// The checks or the offers, each with its message unless the call wants no text.
#[derive(Clone, Copy)]
enum Items<'a> {
    Checks(&'a [Check]),
    Offers(&'a [Offer]),
}

#[derive(Clone, Copy)]
struct With<'a> {
    items: Items<'a>,
    currency: Currency,
    text: bool,
}

impl Serialize for With<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.items {
            Items::Checks(checks) => serializer.collect_seq(checks.iter().map(|c| CheckOut {
                check: c,
                message: self.text.then(|| c.message.data(self.currency)),
            })),
            Items::Offers(offers) => serializer.collect_seq(offers.iter().map(|o| OfferOut {
                offer: o,
                message: self.text.then(|| o.message.data(self.currency)),
            })),
        }
    }
}

struct CheckOut<'a> {
    check: &'a Check,
    message: Option<crate::text::Message<'a>>,
}

impl Serialize for CheckOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let c = self.check;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", c.id)?;
        map.serialize_entry("rule", c.rule)?;
        map.serialize_entry("passed", &c.passed)?;
        if let Some(message) = &self.message {
            map.serialize_entry("message", message)?;
        }
        map.end()
    }
}

struct OfferOut<'a> {
    offer: &'a Offer,
    message: Option<crate::text::Message<'a>>,
}

impl Serialize for OfferOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let o = self.offer;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("kind", o.kind.as_str())?;
        map.serialize_entry("outcome", &o.outcome)?;
        map.serialize_entry("refund", &o.refund)?;
        if let Some(message) = &self.message {
            map.serialize_entry("message", message)?;
        }
        map.end()
    }
}

/// What a ruleset's evaluation concluded, before text is rendered.
pub struct Verdict {
    pub outcome: Outcome,
    pub fault: Fault,
    pub refund: u64,
    /// One or two sentences for the summary, after the checks.
    pub summary: Vec<Text>,
    /// The body of the reply to the buyer: facts, the rule, what happens next.
    pub reply: Vec<Text>,
}

/// Collects checks, rules, deadlines and evidence while a ruleset decides.
pub struct Eval<'a> {
    pub d: &'a Dispute,
    checks: Vec<Check>,
    rules: Vec<&'static str>,
    evidence: Vec<EvidenceCode>,
    deadlines: Deadlines,
    offers: Vec<Offer>,
}

pub(crate) const GREETING: Msg = msg!("reply.greeting");
const APOLOGY: Msg = msg!("reply.apology");
const OPTIONS_INTRO: Msg = msg!("reply.options_intro");
pub(crate) const OPTION: Msg = msg!("reply.option", n: number, option: message);
const CLOSING: Msg = msg!("reply.closing");

impl<'a> Eval<'a> {
    pub fn new(d: &'a Dispute) -> Eval<'a> {
        Eval {
            d,
            checks: Vec::new(),
            rules: Vec::new(),
            evidence: Vec::new(),
            deadlines: Deadlines::default(),
            offers: Vec::new(),
        }
    }

    /// Records a test and returns its result, so it reads inline: `if e.check(..) { .. }`.
    pub fn check(
        &mut self,
        id: &'static str,
        rule: &'static str,
        passed: bool,
        text: Text,
    ) -> bool {
        self.checks.push(Check {
            id,
            rule,
            passed,
            message: text,
        });
        passed
    }

    /// A period test: passes unless `day` is after `last`, the period's last day. Its text is
    /// `in_time` or `late`, given `{day}`, `{last}` and `{days}`; the rule is recorded as applied.
    /// Returns whether `day` was in time.
    pub fn within_period(
        &mut self,
        id: &'static str,
        rule: &'static str,
        day: Stamp,
        last: Stamp,
        days: u64,
        (in_time, late): (Msg, Msg),
    ) -> bool {
        let passed = !day.is_after(last);
        let text = Text::new(if passed { in_time } else { late })
            .date("day", day)
            .date("last", last)
            .num("days", days);
        self.check(id, rule, passed, text);
        self.apply(rule);
        passed
    }

    /// Records that a rule was applied to reach the decision.
    pub fn apply(&mut self, rule: &'static str) {
        if !self.rules.contains(&rule) {
            self.rules.push(rule);
        }
    }

    pub fn deadline(&mut self, name: DeadlineName, stamp: Stamp) {
        match self.deadlines.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = stamp,
            None => self.deadlines.0.push((name, stamp)),
        }
    }

    pub fn deadline_of(&self, name: DeadlineName) -> Option<Stamp> {
        let found = self.deadlines.0.iter().find(|(n, _)| *n == name);
        found.map(|(_, s)| *s)
    }

    pub fn evidence(&mut self, code: EvidenceCode) {
        if !self.evidence.contains(&code) {
            self.evidence.push(code);
        }
    }

    pub fn offer(&mut self, kind: OfferKind, outcome: Outcome, refund: u64, text: Text) {
        self.offers.push(Offer {
            kind,
            outcome,
            refund,
            message: text,
        });
    }

    pub fn finish(self, verdict: Verdict) -> Decision {
        let common = &self.d.common;
        let mut reply = Vec::with_capacity(verdict.reply.len() + 4 + self.offers.len());
        reply.push(ReplyPart::Text(Text::new(GREETING)));
        if verdict.fault == Fault::Seller {
            reply.push(ReplyPart::Text(Text::new(APOLOGY)));
        }
        reply.extend(verdict.reply.into_iter().map(ReplyPart::Text));
        if !self.offers.is_empty() {
            reply.push(ReplyPart::Text(Text::new(OPTIONS_INTRO)));
            reply.extend((0..self.offers.len()).map(ReplyPart::Offer));
        }
        reply.push(ReplyPart::Text(Text::new(CLOSING)));
        Decision {
            outcome: verdict.outcome,
            fault: verdict.fault,
            refund: verdict.refund,
            currency: common.currency,
            deadlines: self.deadlines,
            checks: self.checks,
            evidence: self.evidence,
            rules: self.rules,
            summary: verdict.summary,
            reply,
            options: self.offers,
            ruleset: common.ruleset.as_str(),
            locale: common.locale,
            reply_locale: common.reply_locale,
            text: common.text,
        }
    }
}

/// One entry of the shipping legs: a leg may be split between payers.
#[derive(Debug, serde::Serialize)]
pub struct LegShare {
    pub leg: Leg,
    pub amount: u64,
    pub payer: Payer,
}

/// The result of `returnShippingSplit`.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Split {
    pub buyer_pays: u64,
    pub seller_pays: u64,
    pub insurer_pays: u64,
    pub carrier_pays: u64,
    pub legs: Vec<LegShare>,
    pub refund_of_shipping: u64,
    /// The fault the split used: the `fault` input, or the one the reason implies.
    pub fault: Fault,
    pub currency: &'static str,
    pub rules: Vec<&'static str>,
    pub messages: SummaryOnly,
}

/// `{ summary: Message[] }`: the one text of a split or a penalty, as messages.
#[derive(Debug)]
pub struct SummaryOnly {
    pub summary: Vec<Text>,
    pub currency: Currency,
}

impl Serialize for SummaryOnly {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(
            "summary",
            &Messages {
                texts: &self.summary,
                currency: self.currency,
            },
        )?;
        map.end()
    }
}

/// The result of `refundPenalty`.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Penalty {
    pub refund: u64,
    pub penalty: u64,
    pub total: u64,
    pub formula: String,
    pub currency: &'static str,
    pub rules: Vec<&'static str>,
    pub messages: SummaryOnly,
}
