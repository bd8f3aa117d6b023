//! Values as comparable intervals: the semantics behind agree / partial / conflict.
