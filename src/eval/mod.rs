//! The evaluation harness behind `transdiff bench`, kept out of the pipeline's stages.

pub mod calibration;
pub mod fixture;
pub mod labels;
