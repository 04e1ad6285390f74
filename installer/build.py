"""Build Wegwijzer for distribution: the PyInstaller bundle, then (on Windows) the installer.

    python installer/build.py [--no-installer] [--smoke-test]

Run it with the Python of a venv that has the project and its ``installer`` extra, at the
versions in ``installer/constraints.txt`` (``pip install -c installer/constraints.txt -e
".[installer]"``); it stops when an installed version differs, so that two builds of one
commit bundle the same libraries (``--unpinned`` builds anyway, for trying a newer library).
Output, all under the gitignored ``dist/`` and ``build/``:

- ``dist/Wegwijzer/``: the one-folder bundle (``installer/wegwijzer.spec``);
- ``dist/Wegwijzer-<version>-setup.exe``: on Windows, made by Inno Setup 6 from
  ``installer/wegwijzer.iss`` when ``ISCC.exe`` is found (on PATH, in $INNO_SETUP or in the
  usual install folders).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "Wegwijzer"
CONSTRAINTS = INSTALLER / "constraints.txt"


def project_version() -> str:
    """The version in pyproject.toml, given to the installer."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def check_translations() -> None:
    """Stop when a screen translation has no compiled .qm (the bundle ships only .qm files)."""
    for source in sorted((ROOT / "translations").glob("wegwijzer_*.ts")):
        if not source.with_suffix(".qm").is_file():
            sys.exit(f"{source.with_suffix('.qm').name} is missing: compile {source.name} first")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def unpinned_versions() -> list[str]:
    """Each library whose installed version differs from installer/constraints.txt."""
    wrong = []
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, pinned = line.partition("==")
        try:
            installed = importlib.metadata.version(_normal(name))
        except importlib.metadata.PackageNotFoundError:
            installed = "missing"
        if installed != pinned.strip():
            wrong.append(f"{name.strip()} {installed} (pinned {pinned.strip()})")
    return wrong


def check_constraints() -> None:
    """Stop when the venv does not hold exactly the pinned versions."""
    wrong = unpinned_versions()
    if wrong:
        sys.exit(
            "the venv differs from installer/constraints.txt:\n  "
            + "\n  ".join(wrong)
            + '\nrun: pip install -c installer/constraints.txt -e ".[installer]"'
            + " (or pass --unpinned)"
        )


def build_bundle() -> None:
    """Run PyInstaller on the spec; a clean build, so no stale module from an earlier one."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(INSTALLER / "wegwijzer.spec"),
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {BUNDLE} ({size / 2**20:.0f} MiB)")


def find_iscc() -> Path | None:
    """Inno Setup 6's command-line compiler, or None."""
    candidates = [os.environ.get("INNO_SETUP", ""), shutil.which("ISCC") or ""]
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        folder = os.environ.get(base)
        if folder:
            programs = "Programs" if base == "LOCALAPPDATA" else ""
            candidates.append(str(Path(folder, programs, "Inno Setup 6", "ISCC.exe")))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def build_installer() -> None:
    """Compile installer/wegwijzer.iss into dist/Wegwijzer-<version>-setup.exe."""
    iscc = find_iscc()
    if iscc is None:
        sys.exit("Inno Setup 6 (ISCC.exe) not found: install it or set INNO_SETUP to ISCC.exe")
    command = [str(iscc), f"/DAppVersion={project_version()}", str(INSTALLER / "wegwijzer.iss")]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Wegwijzer bundle and installer.")
    parser.add_argument("--no-installer", action="store_true", help="on Windows: skip Inno Setup")
    parser.add_argument(
        "--smoke-test", action="store_true", help="run installer/smoke_test.py on the bundle"
    )
    parser.add_argument(
        "--unpinned", action="store_true", help="build even if versions differ from constraints"
    )
    args = parser.parse_args(argv)
    check_translations()
    if not args.unpinned:
        check_constraints()
    build_bundle()
    if args.smoke_test:
        smoke = [sys.executable, str(INSTALLER / "smoke_test.py"), str(BUNDLE)]
        subprocess.run(smoke, cwd=ROOT, check=True)
    if sys.platform == "win32" and not args.no_installer:
        build_installer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
