"""Loading the handout fonts asks ReportLab's registry, never parses its standard fonts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

_PROBE = """
import sys
from reportlab.pdfbase import pdfmetrics
from desktop.documents.fonts import Script, font_set
opened = []
sys.addaudithook(lambda event, args: event == "open" and opened.append(str(args[0])))
fonts = font_set()
for script in Script:
    for bold in (False, True):
        fonts.face(script, bold)
fonts = font_set()  # a second time: found in the registry
for script in Script:
    fonts.face(script, False)
print(sum(name.endswith((".afm", ".pfb")) for name in opened))
print(" ".join(sorted(pdfmetrics.getRegisteredFontNames())))
"""


def test_the_fonts_are_registered_once_without_the_standard_fonts_parsed() -> None:
    # A fresh interpreter: other tests may have drawn with Helvetica already.
    out = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.splitlines()  # fmt: skip
    assert out[0] == "0"  # no standard font file read (getFont as a test read all 318 once)
    found = out[1].split()
    assert found and all(name.startswith("Wegwijzer-") for name in found)
    assert len(found) == len(set(found))


def test_reportlab_runs_with_its_c_accelerator() -> None:
    import _rl_accel  # noqa: F401  # rl-accel: ReportLab's own C speed-ups
