"""Smoke test of a built bundle: run it headless on a throw-away database and check it works.

    python installer/smoke_test.py [dist/Wegwijzer]

Standard library only, so any Python 3.11 runs it (the bundle brings its own). It checks that
the files read at run time are in the bundle, then runs ``init``, ``demo --people 20``,
``deadlines --json``, ``handout ... --lang ar`` (the PDF's text read back with pdftotext),
``export``, an unknown command (exit 2) and the GUI start-up with ``--benchmark-startup`` on
Qt's offscreen platform, and that the log files were written.
On Linux with strace it also checks that the GUI really opens the Dutch screen translation
and Qt's own ``qtbase_nl.qm``. Exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
PASSPHRASE = "smoke-test-wachtwoord"
TIMEOUT = 300  # seconds per command; a first start on a cold disk is slow

#: Files (relative to the bundle's _internal/) that the app reads at run time.
REQUIRED = (
    "wegwijzer_resources/rules/dalfsen.toml",
    "wegwijzer_resources/schema/exchange-v1.schema.json",
    "wegwijzer_resources/schema/exchange-v2.schema.json",
    "wegwijzer_resources/handouts/sociale_kaart.toml",
    "wegwijzer_resources/fonts/NotoSans-Regular.ttf",
    "wegwijzer_resources/fonts/NotoSansArabic-Regular.ttf",
    "wegwijzer_resources/fonts/NotoSansEthiopic-Regular.ttf",
    "wegwijzer_resources/fonts/OFL.txt",
    "wegwijzer_translations/wegwijzer_nl.qm",
    "wegwijzer_translations/wegwijzer_en.qm",
    "wegwijzer_translations/handouts/handouts.pot",
    "wegwijzer_translations/handouts/ar.po",
    "wegwijzer_translations/core/en.po",
    "wegwijzer_translations/core/__init__.py",
    "wegwijzer_resources/__init__.py",
    "wegwijzer_translations/__init__.py",
    "desktop/store/migrations/0001_initial.sql",
    "LICENSE",
)


class SmokeFailure(Exception):
    """A check of the bundle failed."""


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def executables(bundle: Path) -> tuple[Path, Path]:
    """(console executable for the commands, GUI executable) of a one-folder bundle."""
    if WINDOWS:
        return bundle / "wegwijzer-cli.exe", bundle / "Wegwijzer.exe"
    return bundle / "wegwijzer", bundle / "wegwijzer"


def internal_dir(bundle: Path) -> Path:
    """PyInstaller 6 puts everything but the executables in ``_internal/`` (sys._MEIPASS)."""
    inner = bundle / "_internal"
    return inner if inner.is_dir() else bundle


def check_files(bundle: Path) -> None:
    inner = internal_dir(bundle)
    missing = [name for name in REQUIRED if not (inner / name).is_file()]
    if missing:
        raise SmokeFailure(f"missing from the bundle: {', '.join(missing)}")
    qtbase = sorted(inner.rglob("qtbase_nl.qm"))
    if not qtbase:
        raise SmokeFailure("Qt's own qtbase_nl.qm is not in the bundle")
    print(f"ok: {len(REQUIRED)} resource files present")
    print(f"ok: {qtbase[0].relative_to(bundle)}")


def run(
    command: list[str], env: dict[str, str], cwd: Path, *, check_rc: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run a command, print its duration and output tail; fail on a non-zero exit code."""
    start = time.perf_counter()
    result = subprocess.run(
        command,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
        check=False,
    )
    took = time.perf_counter() - start
    shown = " ".join(Path(command[0]).name if i == 0 else a for i, a in enumerate(command))
    print(f"$ {shown}   [{took:.2f} s, exit {result.returncode}]")
    if check_rc and result.returncode != 0:
        print(result.stdout[-2000:])
        print(result.stderr[-4000:], file=sys.stderr)
        raise SmokeFailure(f"exit code {result.returncode}: {shown}")
    return result


def clean_env(tmp: Path) -> dict[str, str]:
    """The environment for the bundle: no project or venv on the path, settings in tmp."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "WEGWIJZER_DATA_DIR")
    }
    env["WEGWIJZER_PASSPHRASE"] = PASSPHRASE
    env["WEGWIJZER_KDF_PROFILE"] = "test"
    env["XDG_CONFIG_HOME"] = str(tmp / "config")  # QSettings on Linux; Windows uses HKCU
    env["WEGWIJZER_LOG_DIR"] = str(tmp / "logs")
    return env


#: Every handout language (CLI code) and the Unicode range of its script besides Dutch.
SCRIPTS = {
    "ar": ("Arabic", "\u0600", "\u06ff"),
    "prs": ("Arabic", "\u0600", "\u06ff"),
    "fa": ("Arabic", "\u0600", "\u06ff"),
    "ti": ("Ethiopic", "\u1200", "\u137f"),
    "tr": ("Latin", "A", "z"),
    "so": ("Latin", "A", "z"),
    "en": ("Latin", "A", "z"),
    "nl": ("Latin", "A", "z"),
}


def pdf_text(pdf: Path) -> str | None:
    """The text of a PDF read back with pdftotext, or None without pdftotext."""
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
        raise SmokeFailure(f"{pdf.name} is not a PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return None
    return subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def check_pdf_text(pdf: Path, lang: str) -> None:
    """The handout has Dutch text and text in the reader's script."""
    text = pdf_text(pdf)
    if text is None:
        print(f"skip: pdftotext not found; {pdf.name} is a PDF of {pdf.stat().st_size} bytes")
        return
    script, low, high = SCRIPTS[lang]
    letters = sum(1 for char in text if low <= char <= high)
    dutch_words = len(re.findall(r"[A-Za-z]{3,}", text))
    print(
        f"ok: {pdf.name}: {pdf.stat().st_size} bytes, {len(text)} characters of text, "
        f"{letters} {script} letters, {dutch_words} Latin words"
    )
    if letters < 50 or dutch_words < 20:
        raise SmokeFailure(f"{pdf.name}: too little {script} or Dutch text (fonts or shaping?)")


def headless_commands(cli: Path, data: Path, out: Path, env: dict[str, str]) -> None:
    base = [str(cli), "--data-dir", str(data)]

    step("init")
    result = run([*base, "init"], env, out)
    if not result.stdout.strip():
        raise SmokeFailure("init printed no recovery key")
    print("ok: database created, recovery key printed")

    step("demo --people 20")
    result = run([*base, "demo", "--people", "20"], env, out)
    print(result.stdout.strip().splitlines()[-1])

    step("deadlines --json")
    result = run([*base, "deadlines", "--json"], env, out)
    rows = json.loads(result.stdout)
    if not rows:
        raise SmokeFailure("deadlines --json returned no people")
    overdue = sum(1 for row in rows if row["overdue"])
    print(f"ok: {len(rows)} people with a current step, {overdue} overdue")
    person = rows[0]["person_id"]

    step("handout --doc klantreis --lang ar")
    pdf = out / "klantreis_ar.pdf"
    cmd = ["handout", "--person", person, "--doc", "klantreis", "--lang", "ar", "--out", str(pdf)]
    result = run([*base, *cmd], env, out)
    print(result.stdout.strip())
    check_pdf_text(pdf, "ar")

    step("handout --doc klantreis in every other language (Babel locale data trimmed)")
    for lang in SCRIPTS:
        if lang == "ar":
            continue
        pdf = out / f"klantreis_{lang}.pdf"
        cmd[-3:] = [lang, "--out", str(pdf)]
        run([*base, *cmd], env, out)
        check_pdf_text(pdf, lang)

    step("export")
    exported = out / "export.json"
    run([*base, "export", "--out", str(exported)], env, out)
    document = json.loads(exported.read_text(encoding="utf-8"))
    print(f"ok: {exported.name}: {len(document['persons'])} persons, keys {sorted(document)}")
    if len(document["persons"]) != 20:
        raise SmokeFailure(f"expected 20 persons in the export, got {len(document['persons'])}")

    step("an unknown command")
    result = run([*base, "frobnicate"], env, out, check_rc=False)
    if result.returncode != 2 or "onbekende opdracht" not in result.stderr:
        raise SmokeFailure(f"'frobnicate' gave exit {result.returncode}: {result.stderr[-300:]}")
    print("ok: exit 2 with the valid commands named")


def check_logs(folder: Path) -> None:
    """The commands and the GUI wrote their log files (the bundle has no console to lose)."""
    names = sorted(path.name for path in folder.glob("*.log"))
    if "wegwijzer-cli.log" not in names:
        raise SmokeFailure(f"no wegwijzer-cli.log in {folder}: {names}")
    print(f"ok: log files {', '.join(names)}")


def gui_startup(gui: Path, data: Path, out: Path, env: dict[str, str]) -> None:
    step("GUI start-up (offscreen, --benchmark-startup)")
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "WEGWIJZER_BENCH_T0": repr(time.time())}
    command = [str(gui), "--data-dir", str(data), "--lang", "nl", "--benchmark-startup"]
    strace = shutil.which("strace") if sys.platform.startswith("linux") else None
    trace = out / "gui.strace"
    if strace:
        command = [strace, "-f", "-qq", "-e", "trace=openat", "-o", str(trace), *command]
    result = run(command, env, out)
    match = re.search(r"caseload ready after ([\d.]+) s", result.stdout)
    if not match:
        print(result.stdout[-2000:])
        print(result.stderr[-4000:], file=sys.stderr)
        raise SmokeFailure("the GUI did not report 'caseload ready after X s'")
    print(f"ok: caseload ready after {match[1]} s" + (" (under strace)" if strace else ""))
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    if warnings:
        print(f"note: the GUI wrote {len(warnings)} line(s) to stderr:")
        for line in warnings[:10]:
            print(f"   {line}")
    if strace and trace.is_file():
        opened = trace.read_text(encoding="utf-8", errors="replace")
        for name in ("wegwijzer_nl.qm", "qtbase_nl.qm"):
            if not re.search(rf'{re.escape(name)}", [^)]*\) = \d+', opened):
                raise SmokeFailure(f"the GUI did not open {name}")
            print(f"ok: the GUI opened {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "bundle", nargs="?", type=Path, default=ROOT / "dist" / "Wegwijzer", help="bundle folder"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI start-up")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    cli, gui = executables(bundle)
    if not cli.is_file():
        print(f"no bundle at {bundle} (build it with installer/build.py)", file=sys.stderr)
        return 1
    size = sum(f.lstat().st_size for f in bundle.rglob("*") if not f.is_symlink() and f.is_file())
    print(f"bundle: {bundle} ({size / 2**20:.0f} MiB)")

    tmp = Path(tempfile.mkdtemp(prefix="wegwijzer-smoke-"))
    try:
        data, out = tmp / "data", tmp / "out"
        out.mkdir()
        env = clean_env(tmp)
        step("files in the bundle")
        check_files(bundle)
        headless_commands(cli, data, out, env)
        if not args.no_gui:
            gui_startup(gui, data, out, env)
        step("log files")
        check_logs(Path(env["WEGWIJZER_LOG_DIR"]))
    except (SmokeFailure, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as error:
        print(f"\nFAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print("\nsmoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
