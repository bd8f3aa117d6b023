//! Reconcile claims across sources into facts with a status.
