"""Scoring Parley's output against annotated gold files."""
