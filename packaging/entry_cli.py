"""Entry point of the bundled command-line tool (`transferplaner-cli`)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First: a spawned worker (certificate rendering) re-runs this executable and must stop here.
    multiprocessing.freeze_support()
    from planner.cli import main

    sys.exit(main())
