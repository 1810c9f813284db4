"""``python -m kg``: the same command line as the ``kg`` program."""

from kg.entry import run

run()
