"""Autonomy: hand students freedom step by step, and help them earn it back after a slip."""

__version__ = "0.1.0"
