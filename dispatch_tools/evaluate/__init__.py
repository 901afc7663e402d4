"""Evaluation and benchmarks. ``python -m dispatch_tools.evaluate`` runs every evaluation."""
