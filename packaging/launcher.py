"""Entry point of the PyInstaller bundle: the same ``main`` as the console script."""

from __future__ import annotations

import sys

from interview_journal.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
