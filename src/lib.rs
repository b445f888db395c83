//! dispute-calc: after-sales dispute calculator for AliExpress, Amazon, eBay, PayPal, Taobao,
//! Tmall, and Chinese, EU, UK and US consumer law.
//!
//! The rules live in plain Rust ([`rulesets`], with [`calendar`], [`money`] and [`text`]); only
//! `wasm.rs` knows about JavaScript. Data flows one way: JSON input -> validated facts
//! ([`model`]) -> a ruleset decides -> a decision with checks, rule ids, deadlines and evidence ->
//! JSON output whose texts are messages (ids and typed arguments), rendered by the package's JS in
//! the caller's locales.

/// Declares a fieldless enum with its wire names (snake_case strings), in one place. `INFO`
/// describes it for `vocabulary.json` and the TypeScript declarations (`gen/`): its name there
/// (the Rust name, or the one after `as`), its doc comment and its values.
macro_rules! wire_enum {
    (@name $name:ident $ts:literal) => { $ts };
    (@name $name:ident) => { stringify!($name) };
    ($(#[doc = $doc:literal])* $name:ident $(as $ts:literal)? { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }
        impl $name {
            pub const ALL: &'static [(&'static str, $name)] = &[$(($text, $name::$variant)),+];
            pub const INFO: $crate::vocab::EnumInfo = $crate::vocab::EnumInfo {
                name: wire_enum!(@name $name $($ts)?),
                doc: concat!($($doc, "\n"),*),
                values: &[$($text),+],
            };
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
        /// Compares with a wire name, as tests and callers holding JSON strings do.
        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

// The message index build.rs writes: `msg_index!`, MESSAGE_IDS and MESSAGE_ARGS.
include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// `msg!("aliexpress.handling_late", days: number, deadline: date)`: a [`text::Msg`], the index of
/// a message of the catalogues (`locales/<tag>.json`), declared with its arguments and their kinds
/// (money, date, number, code, text, message). build.rs reads the declarations: an id missing
/// from `locales/en.json` does not compile.
macro_rules! msg {
    ($id:tt $(, $arg:ident : $kind:ident)* $(,)?) => {
        $crate::text::Msg(msg_index!($id))
    };
}

pub mod api;
pub mod calendar;
pub mod codes;
pub mod decision;
pub mod error;
pub mod input;
pub mod json;
pub mod model;
pub mod money;
pub mod params;
pub mod rulesets;
pub mod text;
pub mod vocab;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

// The module's allocator: talc, maintained, smaller than Rust's default (dlmalloc) on wasm32,
// and it merges freed neighbours, so a large batch's memory is reused by the next one.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use error::{ErrorCode, InputError};
