"""Domain rules and services: pure Python, no Qt, unit-tested with plain values."""
