//! What the eBay, PayPal, EU, UK and US rulesets share: the order's state (unshipped, in
//! transit, delivered), the `goods_received` test of claims that need the goods in hand, and the
//! verdict builder.

pub(super) use super::aliexpress::{claim_day, full_amount, missing, reason_msg, tracking_msg};
use crate::calendar::Stamp;
use crate::decision::{Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Tracking};
use crate::text::{Msg, Text};

/// Where the order is: the dates and the carrier's status decide it, the later evidence first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum State {
    Unshipped,
    InTransit,
    Delivered,
}

pub(super) fn state(d: &Dispute) -> State {
    if d.dates.delivered.is_some() || d.tracking == Some(Tracking::Delivered) {
        State::Delivered
    } else if d.dates.shipped.is_some() || !matches!(d.tracking, None | Some(Tracking::None)) {
        State::InTransit
    } else {
        State::Unshipped
    }
}

/// `dates.delivered` of a delivered order: a state that has the date must give it.
pub(super) fn delivery_date(d: &Dispute, why: &str) -> Result<Stamp> {
    d.dates.delivered.ok_or_else(|| {
        missing(
            "dates.delivered",
            &format!("dates.delivered is needed: the goods were delivered, and {why}"),
        )
    })
}

const GOODS_NOT_RECEIVED: Msg = msg! {
    en: "The goods have not reached the buyer yet (tracking: {status}); this claim needs them in hand.",
    zh: "买家尚未收到商品（物流状态：{status}）；此类申请须在收到商品后提出。",
};
const GOODS_RECEIVED: Msg = msg! {
    en: "The goods were delivered.",
    zh: "商品已送达。",
};

/// The `goods_received` test: passes for a delivered order; returns whether it passed.
pub(super) fn goods_received(e: &mut Eval, rule: &'static str) -> bool {
    let delivered = state(e.d) == State::Delivered;
    let text = if delivered {
        Text::new(GOODS_RECEIVED)
    } else {
        Text::new(GOODS_NOT_RECEIVED).msg("status", tracking_msg(e.d.tracking))
    };
    e.check("goods_received", rule, delivered, text)
}

#[inline(never)]
pub(super) fn verdict(
    outcome: Outcome,
    fault: Fault,
    refund: u64,
    summary: Vec<Text>,
    reply: Vec<Text>,
) -> Verdict {
    Verdict {
        outcome,
        fault,
        refund,
        summary,
        reply,
    }
}

const POLICY_VOID: Msg = msg! {
    en: "Policy {key} = {given} is less favourable to the consumer than the law's {law}, so it does not apply; {law} does.",
    zh: "政策{key}={given}不如法定的{law}有利于消费者，该约定不适用，按{law}执行。",
};

/// A statutory period: a policy may make it more favourable to the consumer, never less, since
/// the consumer's rights are mandatory. `more_is_better`: the consumer gains from a larger value
/// (a window) rather than a smaller one (the trader's refund term). A less favourable value is
/// ignored, with a failed `policy_within_statute` check citing `rule`.
pub(super) fn statutory(
    e: &mut Eval,
    key: &'static str,
    rule: &'static str,
    more_is_better: bool,
) -> u32 {
    let params = &e.d.common.params;
    let value = params.days(key);
    let law = super::spec(e.d.common.ruleset)
        .and_then(|s| s.params.iter().find(|p| p.key == key))
        .map_or(value, |p| u32::try_from(p.default).unwrap_or(value));
    let worse = if more_is_better {
        value < law
    } else {
        value > law
    };
    if !worse {
        return value;
    }
    e.check(
        "policy_within_statute",
        rule,
        false,
        Text::new(POLICY_VOID)
            .raw("key", key)
            .num("given", u64::from(value))
            .num("law", u64::from(law)),
    );
    law
}
