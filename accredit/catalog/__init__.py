"""Criteria sets as data: loading, validation, diff, import."""
