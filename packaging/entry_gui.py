"""Entry point of the bundled desktop app (`transferplaner`)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First: a spawned worker (certificate rendering) re-runs this executable and must stop here.
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
