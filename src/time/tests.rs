//! Unit tests of the tagger, by category.
