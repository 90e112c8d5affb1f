"""Build the one-folder desktop bundle with PyInstaller: ``python packaging/build.py``.

The bundle lands in ``dist/interview-journal/`` (run ``dist/interview-journal/interview-journal``);
the work folder is ``build/pyinstaller/``. ``--dist DIR`` and ``--work DIR`` move them. On
Linux ``packaging/linux/install-desktop-entry.sh dist/interview-journal/interview-journal``
then adds it to the launcher. PyInstaller builds for the system it runs on only: build the
Windows and macOS bundles on those systems (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "interview-journal.spec"
NAME = "interview-journal"


def executable(dist: Path) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / NAME / f"{NAME}{suffix}"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the path of the built program."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    program = executable(dist)
    if not program.is_file():
        raise FileNotFoundError(f"PyInstaller finished but {program} is missing")
    return program


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is not installed: pip install -e '.[package]' first.", file=sys.stderr)
        return 1
    try:
        program = build(args.dist.resolve(), args.work.resolve())
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        print(f"The build failed: {error}", file=sys.stderr)
        return 1
    print(f"Built {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
