"""Limits that keep the work of a build linear in its input, where the commands set them.

A separate module so that the command line can show them without importing the stages.
"""

# Longer articles are split into parts (kg.ingest.parts): real articles run to a few
# thousand characters, the longest of the benchmark corpus to 8,306.
DEFAULT_MAX_ARTICLE_CHARS = 100_000
