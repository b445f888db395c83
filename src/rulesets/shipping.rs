//! `returnShippingSplit`: who pays each shipping leg under each ruleset.

use super::RulesetId;
use crate::decision::Split;
use crate::error::Result;
use crate::model::ShippingInput;

pub fn split(s: &ShippingInput) -> Result<Split> {
    Err(crate::error::InputError::new(
        crate::error::ErrorCode::UnknownValue,
        "ruleset",
        format!(
            "returnShippingSplit is not available for the {} ruleset in this version",
            s.common.ruleset.as_str()
        ),
    ))
}

/// Whether `returnShippingSplit` decides for this ruleset.
pub fn supports(id: RulesetId) -> bool {
    let _ = id;
    false
}
