//! Human-readable text. Messages are data: an English and a Chinese template side by side, with
//! `{name}` placeholders. Decisions carry messages and arguments; rendering happens once, at the
//! end, in the caller's locale. The locale changes words only, never numbers.

use crate::calendar::Stamp;
use crate::model::Locale;
use crate::money::{self, Currency};

/// One message in both languages: the English and the Chinese template in one string, split
/// at a NUL byte. Written with `msg!` as a `const` and passed by value, so no table of
/// pointers to messages ends up in the wasm.
#[derive(Clone, Copy, Debug)]
pub struct Msg(pub &'static str);

/// An argument of a message, formatted for the locale at render time.
#[derive(Clone, Copy, Debug)]
pub enum Arg {
    /// An amount in minor units of the call's currency.
    Money(u64),
    Date(Stamp),
    Num(u64),
    /// A nested message, rendered in the same locale.
    Msg(Msg),
    /// Literal text (codes, ids): the same in every locale.
    Raw(&'static str),
    /// Literal text built at run time: the text's `owned` string.
    Owned,
}

/// The most arguments one message takes.
const MAX_ARGS: usize = 8;

/// A message with its arguments, not yet rendered. The arguments live inline (no heap), so
/// building a text is a few stores and dropping one frees at most the one run-time string.
#[derive(Debug)]
pub struct Text {
    pub msg: Msg,
    len: usize,
    args: [(&'static str, Arg); MAX_ARGS],
    owned: String,
}

impl Text {
    #[inline(never)]
    pub fn new(msg: Msg) -> Text {
        Text {
            msg,
            len: 0,
            args: [("", Arg::Owned); MAX_ARGS],
            owned: String::new(),
        }
    }

    #[inline(never)]
    pub fn with(mut self, name: &'static str, arg: Arg) -> Text {
        debug_assert!(self.len < MAX_ARGS, "too many arguments for one message");
        if let Some(slot) = self.args.get_mut(self.len) {
            *slot = (name, arg);
            self.len += 1;
        }
        self
    }

    pub fn money(self, name: &'static str, amount: u64) -> Text {
        self.with(name, Arg::Money(amount))
    }

    pub fn date(self, name: &'static str, stamp: Stamp) -> Text {
        self.with(name, Arg::Date(stamp))
    }

    pub fn num(self, name: &'static str, n: u64) -> Text {
        self.with(name, Arg::Num(n))
    }

    /// Literal text that is the same in every locale (a rule id, a code).
    pub fn raw(self, name: &'static str, s: &'static str) -> Text {
        self.with(name, Arg::Raw(s))
    }

    /// Literal text built at run time (a formula); one per message.
    pub fn owned(mut self, name: &'static str, s: String) -> Text {
        self.owned = s;
        self.with(name, Arg::Owned)
    }

    pub fn msg(self, name: &'static str, msg: Msg) -> Text {
        self.with(name, Arg::Msg(msg))
    }

    pub fn render(&self, locale: Locale, currency: Currency) -> String {
        let template = pick(self.msg, locale);
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        // split_once with a char: no index arithmetic, so no slicing panic paths in the wasm.
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            match after.split_once('}') {
                Some((name, tail)) => {
                    let args = self.args.get(..self.len).unwrap_or_default();
                    match args.iter().find(|(n, _)| *n == name) {
                        Some((_, arg)) => self.render_arg(&mut out, arg, locale, currency),
                        None => {
                            // A template naming an argument nobody passed: keep it visible.
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = tail;
                }
                None => {
                    out.push('{');
                    out.push_str(after);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}

fn pick(msg: Msg, locale: Locale) -> &'static str {
    let (en, zh) = msg.0.split_once('\0').unwrap_or((msg.0, msg.0));
    match locale {
        Locale::En => en,
        Locale::ZhCn => zh,
    }
}

/// `199.00 CNY` in English; `199.00元` for yuan in Chinese, `19.99 USD` otherwise.
pub fn format_money(amount: u64, locale: Locale, currency: Currency) -> String {
    let mut out = String::new();
    push_money(&mut out, amount, locale, currency);
    out
}

fn push_money(out: &mut String, amount: u64, locale: Locale, currency: Currency) {
    out.push_str(&money::format_major(amount, currency));
    if locale == Locale::ZhCn && currency.code == "CNY" {
        out.push('元');
    } else {
        out.push(' ');
        out.push_str(currency.code);
    }
}

impl Text {
    fn render_arg(&self, out: &mut String, arg: &Arg, locale: Locale, currency: Currency) {
        match arg {
            Arg::Money(amount) => push_money(out, *amount, locale, currency),
            Arg::Date(stamp) => out.push_str(&stamp.format()),
            Arg::Num(n) => out.push_str(&n.to_string()),
            Arg::Msg(msg) => out.push_str(pick(*msg, locale)),
            Arg::Raw(s) => out.push_str(s),
            Arg::Owned => out.push_str(&self.owned),
        }
    }
}

/// Renders several texts as one paragraph.
pub fn paragraph(texts: &[Text], locale: Locale, currency: Currency) -> String {
    let sep = match locale {
        Locale::En => " ",
        Locale::ZhCn => "",
    };
    let mut out = String::new();
    for (i, text) in texts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&text.render(locale, currency));
    }
    out
}

/// One or two texts as a Vec, out of line: `vec![..]` of a 300-byte Text inlines an
/// allocation and a copy at each of the rulesets' many call sites.
#[inline(never)]
pub fn one(a: Text) -> Vec<Text> {
    vec![a]
}

#[inline(never)]
pub fn two(a: Text, b: Text) -> Vec<Text> {
    vec![a, b]
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELLO: Msg = msg! {
        en: "Refund {amount} by {day} ({what}).",
        zh: "请于{day}前退款{amount}（{what}）。",
    };
    const WHAT: Msg = msg! {
        en: "full refund",
        zh: "全额退款",
    };

    #[test]
    fn renders_both_locales_with_the_same_numbers() {
        let cny = money::currency("CNY").unwrap();
        let t = Text::new(HELLO)
            .money("amount", 19900)
            .date("day", Stamp::parse("2024-03-08").unwrap())
            .msg("what", WHAT);
        assert_eq!(
            t.render(Locale::En, cny),
            "Refund 199.00 CNY by 2024-03-08 (full refund)."
        );
        assert_eq!(
            t.render(Locale::ZhCn, cny),
            "请于2024-03-08前退款199.00元（全额退款）。"
        );
    }

    #[test]
    fn a_missing_argument_stays_visible() {
        let usd = money::currency("USD").unwrap();
        assert_eq!(
            Text::new(HELLO).render(Locale::En, usd),
            "Refund {amount} by {day} ({what})."
        );
    }
}
