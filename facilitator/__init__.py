"""Facilitator: run neighbourhood meetings and feed the participation platform afterwards."""

__version__ = "0.1.0"
