//! Publication-date inference for sources that carry no date.
