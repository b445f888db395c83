//! Human-readable text, as data. A rule names a message by its catalogue id (`msg!`) and gives its
//! arguments; the engine returns `{ id, args }` and the package's JS renders it in the caller's
//! locale (`locales/<tag>.json`, ICU MessageFormat, `Intl` for money, dates and plurals). The
//! module holds no template text, so a language costs the wasm nothing.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::calendar::Stamp;
use crate::money::Currency;

/// One message of the catalogues: its index (build.rs numbers the `msg!` declarations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg(pub u16);

impl Msg {
    /// The message's catalogue id (`aliexpress.handling_late`).
    pub fn id(self) -> &'static str {
        crate::MESSAGE_IDS
            .get(usize::from(self.0))
            .copied()
            .unwrap_or("")
    }

    /// The arguments the message declares, with their kinds.
    pub fn args(self) -> &'static [(&'static str, ArgKind)] {
        crate::MESSAGE_ARGS
            .get(usize::from(self.0))
            .copied()
            .unwrap_or(&[])
    }

    /// Every message, in index order (for the vocabulary).
    pub fn all() -> impl Iterator<Item = Msg> {
        (0..crate::MESSAGE_IDS.len()).filter_map(|i| u16::try_from(i).ok().map(Msg))
    }
}

impl Msg {
    /// Writes `"id"`: the catalogue id natively; in the wasm, the index, which the package's JS
    /// names from the vocabulary's `messageIds` (so the module carries no list of ids).
    pub(crate) fn serialize_id<M: SerializeMap>(self, map: &mut M) -> Result<(), M::Error> {
        if cfg!(target_arch = "wasm32") {
            map.serialize_entry("id", &self.0)
        } else {
            map.serialize_entry("id", self.id())
        }
    }
}

/// The kind of a message argument, as the renderer formats it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// `{ amount, currency }`, minor units: written with `Intl.NumberFormat`'s currency style.
    Money,
    /// A date or date-time string: written with `Intl.DateTimeFormat`.
    Date,
    /// A number: plural and number formats apply.
    Number,
    /// A code or rule id, the same in every locale.
    Code,
    /// Literal text built at run time (a formula, a list of rule ids).
    Text,
    /// A nested message, rendered in the same locale.
    Message,
}

impl ArgKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ArgKind::Money => "money",
            ArgKind::Date => "date",
            ArgKind::Number => "number",
            ArgKind::Code => "code",
            ArgKind::Text => "text",
            ArgKind::Message => "message",
        }
    }
}

/// An argument of a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg {
    /// An amount in minor units of the call's currency.
    Money(u64),
    Date(Stamp),
    Num(u64),
    /// A nested message.
    Msg(Msg),
    /// Literal text (codes, ids): the same in every locale.
    Raw(&'static str),
    /// Literal text built at run time: the text's `owned` string.
    Owned,
}

impl Arg {
    fn kind(&self) -> ArgKind {
        match self {
            Arg::Money(_) => ArgKind::Money,
            Arg::Date(_) => ArgKind::Date,
            Arg::Num(_) => ArgKind::Number,
            Arg::Msg(_) => ArgKind::Message,
            Arg::Raw(_) => ArgKind::Code,
            Arg::Owned => ArgKind::Text,
        }
    }
}

/// The most arguments one message takes.
const MAX_ARGS: usize = 8;

/// A message with its arguments. The arguments live inline (no heap), so building a text is a
/// few stores and dropping one frees at most the one run-time string.
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
        // The declaration (`msg!`) is what the catalogues and the vocabulary rely on.
        debug_assert!(
            self.msg.args().contains(&(name, arg.kind())),
            "message {} is given `{name}` as {}, which its msg! declaration does not list",
            self.msg.id(),
            arg.kind().as_str()
        );
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

    /// The run-time text of an `owned` argument.
    pub fn owned_text(&self) -> &str {
        &self.owned
    }

    /// The arguments given so far.
    pub fn given(&self) -> &[(&'static str, Arg)] {
        self.args.get(..self.len).unwrap_or_default()
    }

    /// The message as JSON data, `{ "id": ..., "args": { ... } }`, money in `currency`.
    pub fn data(&self, currency: Currency) -> Message<'_> {
        Message {
            text: self,
            currency,
        }
    }
}

/// A message as it crosses the boundary: `{ id, args }` with typed arguments.
pub struct Message<'a> {
    text: &'a Text,
    currency: Currency,
}

impl Serialize for Message<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        self.text.msg.serialize_id(&mut map)?;
        map.serialize_entry(
            "args",
            &Args {
                text: self.text,
                currency: self.currency,
            },
        )?;
        map.end()
    }
}

struct Args<'a> {
    text: &'a Text,
    currency: Currency,
}

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let given = self.text.given();
        let mut map = serializer.serialize_map(Some(given.len()))?;
        for (name, arg) in given {
            match arg {
                Arg::Money(amount) => map.serialize_entry(
                    name,
                    &MoneyArg {
                        amount: *amount,
                        currency: self.currency.code,
                    },
                )?,
                Arg::Date(stamp) => map.serialize_entry(name, &stamp.format())?,
                Arg::Num(n) => map.serialize_entry(name, n)?,
                Arg::Msg(msg) => map.serialize_entry(name, msg)?,
                Arg::Raw(s) => map.serialize_entry(name, s)?,
                Arg::Owned => map.serialize_entry(name, &self.text.owned)?,
            }
        }
        map.end()
    }
}

#[derive(serde::Serialize)]
struct MoneyArg {
    amount: u64,
    currency: &'static str,
}

/// A message without arguments (a nested one, a ruleset's name): `{ id, args: {} }`.
impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        self.serialize_id(&mut map)?;
        map.serialize_entry("args", &Empty)?;
        map.end()
    }
}

struct Empty;

impl Serialize for Empty {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_map(Some(0))?.end()
    }
}

/// A list of messages (a summary, a reply), money in `currency`.
pub struct Messages<'a> {
    pub texts: &'a [Text],
    pub currency: Currency,
}

impl Serialize for Messages<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.texts.iter().map(|t| t.data(self.currency)))
    }
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
    use crate::money;

    use crate::decision::{GREETING, OPTION as PROMISE};

    #[test]
    fn a_message_is_its_id_and_typed_arguments() {
        let cny = money::currency("CNY").unwrap();
        let t = Text::new(PROMISE).num("n", 2).msg("option", GREETING);
        let json = serde_json::to_string(&t.data(cny)).unwrap();
        assert_eq!(
            json,
            r#"{"id":"reply.option","args":{"n":2,"option":{"id":"reply.greeting","args":{}}}}"#
        );
    }

    #[test]
    fn money_carries_its_currency_and_dates_their_form() {
        let usd = money::currency("USD").unwrap();
        let t = Text::new(crate::rulesets::state::R_UNSHIPPED).money("refund", 1999);
        assert_eq!(
            serde_json::to_string(&t.data(usd)).unwrap(),
            format!(
                r#"{{"id":"{}","args":{{"refund":{{"amount":1999,"currency":"USD"}}}}}}"#,
                t.msg.id()
            )
        );
    }

    #[test]
    fn every_id_is_unique_and_declares_its_arguments_once() {
        let mut ids: Vec<&str> = Msg::all().map(Msg::id).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
        for m in Msg::all() {
            let mut names: Vec<&str> = m.args().iter().map(|(n, _)| *n).collect();
            let k = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), k, "{}", m.id());
        }
    }
}
