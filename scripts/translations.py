"""Regenerate the translations: the screens' .ts/.qm files and the core's message catalogue.

Usage: python scripts/translations.py [--check]

Screens: Dutch (``wegwijzer_nl.ts``) is translated by hand (Qt Linguist or an editor); English
(``wegwijzer_en.ts``) is the source text itself and is filled in here. Core: the Dutch message
ids of ``desktop/`` (``N_``/``M_``) are extracted into ``translations/core/core.pot`` and
merged into ``en.po``, whose English is written by hand. ``--check`` fails when a Dutch screen
entry is unfinished or a core message has no English (or other placeholders), so that a new
string cannot slip through untranslated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.message_catalogue import LANGUAGES as CORE_LANGUAGES  # noqa: E402
from desktop.message_catalogue import catalogue_problems, update_catalogues  # noqa: E402

TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}


def _tool(name: str) -> str:
    """A Qt tool from the venv of this Python, or from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update() -> None:
    """Collect the strings of ui/*.py into the .ts files, keeping existing translations."""
    for language, locale in LANGUAGES.items():
        ts = TRANSLATIONS / f"wegwijzer_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                locale,
                *_sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )


def fill_english() -> None:
    """English screens show the source text: make each entry its own translation."""
    ts = TRANSLATIONS / "wegwijzer_en.ts"
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        source = message.findtext("source")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":  # one form for "one", one for "other"
            translation.text = None
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished(language: str) -> list[str]:
    """Source strings without a finished translation."""
    tree = ET.parse(TRANSLATIONS / f"wegwijzer_{language}.ts")
    return [
        message.findtext("source") or ""
        for message in tree.iter("message")
        if (t := message.find("translation")) is None
        or t.get("type") == "unfinished"
        or not ((t.text or "").strip() or any((f.text or "").strip() for f in t))
    ]


def release() -> None:
    """Compile every .ts into the .qm file the app loads."""
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"wegwijzer_{language}.ts"
        qm = TRANSLATIONS / f"wegwijzer_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on unfinished Dutch")
    args = parser.parse_args()
    update()
    fill_english()
    missing = unfinished("nl")
    for source in missing:
        print(f"unfinished (nl): {source!r}")
    release()
    update_catalogues()
    core = [problem for language in CORE_LANGUAGES for problem in catalogue_problems(language)]
    for problem in core:
        print(f"core catalogue: {problem}")
    return 1 if args.check and (missing or core) else 0


if __name__ == "__main__":
    sys.exit(main())
