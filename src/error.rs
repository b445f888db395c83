//! The one error type of the public API: `DisputeInputError` in JavaScript.

use std::fmt;

wire_enum!(
    /// The `code` of a `DisputeInputError`, fixed by the API contract.
    ErrorCode as "DisputeInputErrorCode" {
        MissingField = "missing_field",
        InvalidType = "invalid_type",
        InvalidDate = "invalid_date",
        InvalidAmount = "invalid_amount",
        UnknownValue = "unknown_value",
        CurrencyMismatch = "currency_mismatch",
        DateOrder = "date_order",
        UnknownField = "unknown_field",
        // Thrown by the package's renderer, never by the engine: a locale not loaded yet.
        LocaleNotLoaded = "locale_not_loaded",
    }
);

/// Bad input: which field, what kind of problem, and a message that names the expected form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub code: ErrorCode,
    /// A path such as `dates.shipped`, or `""` for the input as a whole.
    pub field: String,
    pub message: String,
}

impl InputError {
    // Errors are the cold path: out of line, each `?` site stays small.
    #[inline(never)]
    pub fn new(code: ErrorCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            code,
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.field,
            self.code.as_str(),
            self.message
        )
    }
}

impl std::error::Error for InputError {}

pub type Result<T> = std::result::Result<T, InputError>;
