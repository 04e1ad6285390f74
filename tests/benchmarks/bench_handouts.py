"""Benchmark: one klantreis (target <= 100 ms), a batch of 50 (<= 5 s), printing it (<= 10 s).

Usage: python tests/benchmarks/bench_handouts.py

Prints figures, the ratio to each target, and the ratio to a lower bound measured in the
same run: raw ReportLab writing the same lines with the same fonts (no shaping, no bidi, no
dossier, no PDF/A), so a busy machine shows as a slow lower bound rather than as a slow
Wegwijzer. Printing: the merged batch to a real cups-pdf queue (where CUPS can run), the
job's size against the PDF's (target <= 3x) and the process's peak memory (<= 300 MB).
Asserts nothing (tests never assert wall-clock times). Uses a throwaway encrypted store
with demo people.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.demo import populate_demo  # noqa: E402
from desktop.documents import DocumentKind, HandoutMaker  # noqa: E402
from desktop.documents.archive import to_pdfa  # noqa: E402
from desktop.documents.batch import merge_pdfs  # noqa: E402
from desktop.domain.model import Trajectory  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keys import Argon2Params  # noqa: E402
from tests.cups import pdf_queue, why_not  # noqa: E402

TODAY = date(2025, 6, 2)
ONE_TARGET, BATCH_TARGET, PRINT_TARGET = 0.100, 5.0, 10.0
MEMORY_TARGET_MIB, JOB_RATIO_TARGET = 300, 3.0


def lines_of(pdf: bytes) -> list[str]:
    """The text lines of a PDF as PDFium reads them (what the lower bound writes)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    return [line for line in text.splitlines() if line.strip()]


def raw_reportlab(lines: list[str], pages: int) -> float:
    """Seconds for plain ReportLab to write ``lines`` with the handout fonts (the bound)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.fonts import Script, font_set, script_of

    fonts = font_set()
    per_page = max(len(lines) // max(pages, 1), 1)
    t0 = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=A4, initialFontName=fonts.face(Script.LATIN).name)
    for number, line in enumerate(lines):
        if number and number % per_page == 0:
            canvas.showPage()
        script = next((s for s in map(script_of, line) if s is not None), Script.LATIN)
        canvas.setFont(fonts.face(script).name, 10)
        canvas.drawString(40, 800 - (number % per_page) * 12, line)
    canvas.save()
    return time.perf_counter() - t0


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        params = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
        store, _ = Store.create(Path(tmp) / "data", "bench bench bench", params=params)
        with store:
            populate_demo(store, people=120, today=TODAY, seed=1)
            with store.reading() as session:
                ids = [t.person_id for t in session.query(Trajectory).all()]
            started = time.perf_counter()
            maker = HandoutMaker()
            maker.render_for(store, ids[0], DocumentKind.KLANTREIS, today=TODAY, lang="ar")
            first = time.perf_counter() - started
            print(f"first klantreis, fonts and catalogs included: {first * 1000:.0f} ms")
            for lang in ("ar", "ti", "nl"):
                times, bounds = [], []
                for person_id in ids[:10]:
                    t0 = time.perf_counter()
                    handout = maker.render_for(
                        store, person_id, DocumentKind.KLANTREIS, today=TODAY, lang=lang
                    )
                    times.append(time.perf_counter() - t0)
                    bounds.append(raw_reportlab(lines_of(handout.pdf), handout.pages))
                median, bound = statistics.median(times), statistics.median(bounds)
                print(
                    f"one klantreis ({lang}), median of 10: {median * 1000:.0f} ms "
                    f"(max {max(times) * 1000:.0f} ms; {median / ONE_TARGET:.0%} of the "
                    f"{ONE_TARGET * 1000:.0f} ms target; {median / bound:.1f}x raw ReportLab "
                    f"writing the same lines, {bound * 1000:.0f} ms)"
                )
            batch = (ids * 2)[:50]
            t0 = time.perf_counter()
            handouts = maker.batch(store, batch, today=TODAY, archive=False)
            merged = merge_pdfs([h.pdf for h in handouts], title="Klantreizen")
            took = time.perf_counter() - t0
            bound = sum(raw_reportlab(lines_of(h.pdf), h.pages) for h in handouts)
            print(
                f"batch of 50 klantreizen in own languages, merged, PDF/A "
                f"({len(merged) // 1024} KiB): {took:.2f} s ({took / BATCH_TARGET:.0%} of the "
                f"{BATCH_TARGET:.0f} s target; {took / bound:.1f}x raw ReportLab, {bound:.2f} s)"
            )
            one = handouts[0].pdf
            t0 = time.perf_counter()
            for _ in range(10):
                to_pdfa(one, title="x", language="nl")
            print(f"PDF/A step of one handout: {(time.perf_counter() - t0) * 100:.0f} ms")
            print_to_cups(merged)
    return 0


def print_to_cups(merged: bytes) -> None:
    """The merged batch to a real cups-pdf queue: hand-over time, queue time, size, memory."""
    reason = why_not()
    if reason is not None:
        print(f"printing to CUPS: skipped ({reason})")
        return
    from desktop.documents.printing import PrintJob, send_pdf

    with pdf_queue() as queue:
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        t0 = time.perf_counter()
        send_pdf(merged, PrintJob(queue.name))
        handed = time.perf_counter() - t0
        queue.wait_until_idle(timeout=300)
        done = time.perf_counter() - t0
        size = queue.job_sizes()[-1]
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(
            f"printing the batch to CUPS: handed over in {handed:.2f} s, written by cups-pdf "
            f"after {done:.1f} s ({done / PRINT_TARGET:.0%} of the {PRINT_TARGET:.0f} s "
            f"target); job {size // 1024} KiB = {size / len(merged):.2f}x the PDF (target "
            f"<= {JOB_RATIO_TARGET:.0f}x); peak memory of this process {rss} MiB "
            f"({rss / MEMORY_TARGET_MIB:.0%} of {MEMORY_TARGET_MIB} MiB; before printing "
            f"{rss_before} MiB)"
        )


if __name__ == "__main__":
    sys.exit(main())
