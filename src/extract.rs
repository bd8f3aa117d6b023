//! Extraction: documents through clean, recognize and rules into claims.
