"""Benchmarks (run with `python -m tests.benchmarks`, separate from the test suite)."""
