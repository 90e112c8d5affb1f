"""``python -m interview_journal`` and the ``interview-journal`` console script."""

from __future__ import annotations

import sys


def main() -> int:
    from interview_journal.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
