//! Proper names spelled differently between the versions, or within one.
//!
//! PLACEHOLDER: finds nothing yet.

use super::Finding;
use crate::alignment::Alignment;

/// Name findings of an alignment.
pub fn compare(_alignment: &Alignment) -> Vec<Finding> {
    Vec::new()
}
