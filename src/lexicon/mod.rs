//! Lexical knowledge for the aligner: learned word translations, bilingual dictionaries, stemming.
//!
//! PLACEHOLDER until the lexicon lands.
