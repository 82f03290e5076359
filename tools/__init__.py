"""Helpers shared by the browser tests, the README screenshot script and bench/."""
