//! Human-readable text. Messages are data: an English and a Chinese template side by side, with
//! `{name}` placeholders. Decisions carry messages and arguments; rendering happens once, at the
//! end, in the caller's locale. The locale changes words only, never numbers.

use std::ops::Range;
use std::sync::OnceLock;

use crate::calendar::Stamp;
use crate::model::Locale;
use crate::money::{self, Currency};

/// One message in both languages: its index in the catalogue. Written with `msg!` next to the
/// rule that uses it; build.rs gathers the templates into one text per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg(pub u16);

// The catalogue. All English templates lie side by side in the module, and all Chinese ones:
// gzip codes each language better alone than the two interleaved, and a call site passes a
// 16-bit index instead of a pointer and a length. The texts are joined at compile time, each
// template followed by a NUL; where each one starts is found once, at the first render, rather
// than stored (a stored table would cost 1.9 KB gzipped).
// Measured in the README ("Size").
/// The length of a language's text: every template and its NUL.
const fn total(parts: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < parts.len() {
        n += parts[i].len() + 1;
        i += 1;
    }
    n
}

const fn join<const LEN: usize>(parts: &[&str]) -> [u8; LEN] {
    let mut out = [0u8; LEN];
    let mut at = 0;
    let mut i = 0;
    while i < parts.len() {
        let bytes = parts[i].as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            out[at] = bytes[j];
            at += 1;
            j += 1;
        }
        at += 1; // the NUL
        i += 1;
    }
    out
}

// Consts, not statics: they are only read to build the two statics below, which hold the one
// copy in the module (a static's bytes cannot be read in a const context before Rust 1.83).
#[allow(clippy::large_const_arrays)]
const EN_BYTES: [u8; total(&crate::EN_PARTS)] = join(&crate::EN_PARTS);
#[allow(clippy::large_const_arrays)]
const ZH_BYTES: [u8; total(&crate::ZH_PARTS)] = join(&crate::ZH_PARTS);
static EN: &str = match core::str::from_utf8(&EN_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("English templates are not UTF-8"),
};
static ZH: &str = match core::str::from_utf8(&ZH_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("Chinese templates are not UTF-8"),
};

/// Where each template starts, in bytes.
struct Starts {
    en: Vec<usize>,
    zh: Vec<usize>,
}

fn starts() -> &'static Starts {
    static STARTS: OnceLock<Starts> = OnceLock::new();
    STARTS.get_or_init(|| Starts {
        en: after_nuls(EN.as_bytes()),
        zh: after_nuls(ZH.as_bytes()),
    })
}

/// 0 and every position after a NUL: the starts of the templates, then the text's end.
fn after_nuls(text: &[u8]) -> Vec<usize> {
    let mut out = vec![0];
    out.extend(
        text.iter()
            .enumerate()
            .filter(|(_, c)| **c == 0)
            .map(|(i, _)| i + 1),
    );
    out
}

/// Where template `index` lies in its language's text, without its NUL.
fn span(starts: &[usize], index: u16) -> Range<usize> {
    let i = usize::from(index);
    match (starts.get(i), starts.get(i + 1)) {
        (Some(&start), Some(&next)) => start..next.saturating_sub(1),
        _ => 0..0,
    }
}

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
    let (text, starts) = match locale {
        Locale::En => (EN, &starts().en),
        Locale::ZhCn => (ZH, &starts().zh),
    };
    // Templates are joined whole, so a span's ends are on character boundaries.
    text.get(span(starts, msg.0)).unwrap_or("")
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
