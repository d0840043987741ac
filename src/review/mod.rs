//! Review in the terminal: the side-by-side view and its saved decisions.
//!
//! PLACEHOLDER until the view lands.
