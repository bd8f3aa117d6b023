//! Printers: one per output format. Printers never compute; they lay out a report.
