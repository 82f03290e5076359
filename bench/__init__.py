"""Speed measurements: `python -m bench` prints a table (never asserted by tests)."""
