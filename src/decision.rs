//! The outputs of the three functions, and the builder a ruleset fills while it decides.

use crate::calendar::Stamp;
use crate::codes::{DeadlineName, EvidenceCode, OfferKind};
use crate::model::{Dispute, Fault, Leg, Locale, Outcome, Payer};
use crate::money::Currency;
use crate::text::{paragraph, Msg, Text};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// One test a decision rests on.
#[derive(Debug, serde::Serialize)]
pub struct Check {
    /// What was tested, as a stable snake_case code (`delivered_per_carrier`).
    pub id: &'static str,
    /// The rule id from rules.md that the test applies (`AE-R9`).
    pub rule: &'static str,
    pub passed: bool,
    pub text: String,
}

/// Another route the seller may offer the buyer besides `outcome` (AE-R2, the course's Amazon
/// wrong-print case: keep the item with a partial refund or a coupon, or return it).
#[derive(Debug, serde::Serialize)]
pub struct Offer {
    pub kind: OfferKind,
    pub outcome: Outcome,
    /// Money back for this route, in minor units (0 for a coupon).
    pub refund: u64,
    pub text: String,
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

/// The result of `evaluateDispute`.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    pub outcome: Outcome,
    pub fault: Fault,
    pub refund: u64,
    pub currency: &'static str,
    pub deadlines: Deadlines,
    pub checks: Vec<Check>,
    pub evidence: Vec<EvidenceCode>,
    pub rules: Vec<&'static str>,
    pub summary: String,
    pub reply: String,
    /// Other routes the seller may offer (keep the item with a partial refund, a coupon ...).
    pub options: Vec<Offer>,
    pub ruleset: &'static str,
    pub locale: Locale,
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
    checks: Vec<(&'static str, &'static str, bool, Text)>,
    rules: Vec<&'static str>,
    evidence: Vec<EvidenceCode>,
    deadlines: Deadlines,
    offers: Vec<(OfferKind, Outcome, u64, Text)>,
}

const GREETING: Msg = msg! {
    en: "Dear customer, thank you for contacting us.",
    zh: "亲爱的顾客，您好，感谢您联系我们。",
};
const APOLOGY: Msg = msg! {
    en: "We are sorry for the trouble this order has caused you.",
    zh: "对于这笔订单给您带来的不便，我们深表歉意。",
};
const OPTIONS_INTRO: Msg = msg! {
    en: "You may choose whichever suits you best:",
    zh: "您可以选择最适合您的方式：",
};
const CLOSING: Msg = msg! {
    en: "Please let us know if there is anything else we can do. Best regards.",
    zh: "如有其他需要，请随时联系我们。祝您生活愉快！",
};

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
        self.checks.push((id, rule, passed, text));
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
        self.offers.push((kind, outcome, refund, text));
    }

    pub fn finish(self, verdict: Verdict) -> Decision {
        let locale = self.d.common.locale;
        let currency: Currency = self.d.common.currency;
        let with_text = self.d.common.text;
        let render = |text: &Text| {
            if with_text {
                text.render(locale, currency)
            } else {
                String::new()
            }
        };
        let checks: Vec<Check> = self
            .checks
            .into_iter()
            .map(|(id, rule, passed, text)| Check {
                id,
                rule,
                passed,
                text: render(&text),
            })
            .collect();
        let options: Vec<Offer> = self
            .offers
            .into_iter()
            .map(|(kind, outcome, refund, text)| Offer {
                kind,
                outcome,
                refund,
                text: render(&text),
            })
            .collect();

        let (summary, reply) = if with_text {
            (
                paragraph(&verdict.summary, locale, currency),
                reply_text(verdict.fault, verdict.reply, &options, locale, currency),
            )
        } else {
            (String::new(), String::new())
        };

        Decision {
            outcome: verdict.outcome,
            fault: verdict.fault,
            refund: verdict.refund,
            currency: currency.code,
            deadlines: self.deadlines,
            checks,
            evidence: self.evidence,
            rules: self.rules,
            summary,
            reply,
            options,
            ruleset: self.d.common.ruleset.as_str(),
            locale,
        }
    }
}

/// The reply as the course teaches it: greet; apologize where the seller is at fault; the facts
/// and the rule; the options; a polite close.
fn reply_text(
    fault: Fault,
    body: Vec<Text>,
    options: &[Offer],
    locale: Locale,
    currency: Currency,
) -> String {
    let mut reply = vec![Text::new(GREETING)];
    if fault == Fault::Seller {
        reply.push(Text::new(APOLOGY));
    }
    reply.extend(body);
    let mut reply_text = paragraph(&reply, locale, currency);
    if !options.is_empty() {
        let sep = if locale == Locale::En { " " } else { "" };
        reply_text.push_str(sep);
        reply_text.push_str(&Text::new(OPTIONS_INTRO).render(locale, currency));
        for (n, offer) in options.iter().enumerate() {
            reply_text.push_str(sep);
            reply_text.push('(');
            reply_text.push_str(&(n + 1).to_string());
            reply_text.push_str(") ");
            reply_text.push_str(&offer.text);
        }
    }
    let closing = Text::new(CLOSING).render(locale, currency);
    reply_text.push_str(if locale == Locale::En { " " } else { "" });
    reply_text.push_str(&closing);

    reply_text
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
    pub summary: String,
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
    pub summary: String,
}
