"""The ``kg`` program's first lines: a Ctrl-C while the command line loads is an interruption too.

Loading the command line imports click, spaCy, rdflib and more, a tenth of a second in
which a Ctrl-C would otherwise print Python's traceback of whatever import it hit.  So
this module imports nothing heavy itself and turns an interruption of that loading
into the same one line and exit code 130 that an interrupted command gives
(``kg.cli.KgGroup``).  What happens before this module runs (Python's own start-up, a
few hundredths of a second) is the interpreter's.
"""

from __future__ import annotations

import sys

from kg import interrupts
from kg.errors import EXIT_INTERRUPTED


def run() -> None:
    """Entry point of the ``kg`` console script and of ``python -m kg``."""
    interrupts.install()
    try:
        from kg.cli import main

        interrupts.check()
    except KeyboardInterrupt:
        sys.stderr.write("kg: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    main()
