"""Benchmark: one klantreis (target <= 200 ms, fonts loaded once) and a batch of 50 (<= 10 s).

Usage: python tests/benchmarks/bench_handouts.py

Prints figures and ratios to the targets; asserts nothing (tests never assert wall-clock
times). Uses a throwaway encrypted store with demo people.
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
ONE_TARGET, BATCH_TARGET, PRINT_TARGET = 0.200, 10.0, 10.0


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
                times = []
                for person_id in ids[:10]:
                    t0 = time.perf_counter()
                    maker.render_for(
                        store, person_id, DocumentKind.KLANTREIS, today=TODAY, lang=lang
                    )
                    times.append(time.perf_counter() - t0)
                median = statistics.median(times)
                print(
                    f"one klantreis ({lang}), median of 10: {median * 1000:.0f} ms "
                    f"(max {max(times) * 1000:.0f} ms; {median / ONE_TARGET:.0%} of the "
                    f"{ONE_TARGET * 1000:.0f} ms target)"
                )
            batch = (ids * 2)[:50]
            t0 = time.perf_counter()
            handouts = maker.batch(store, batch, today=TODAY)
            merged = merge_pdfs([h.pdf for h in handouts], title="Klantreizen")
            took = time.perf_counter() - t0
            print(
                f"batch of 50 klantreizen in own languages, merged ({len(merged) // 1024} KiB):"
                f" {took:.2f} s ({took / BATCH_TARGET:.0%} of the {BATCH_TARGET:.0f} s target)"
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
            f"printing the batch to CUPS: handed over in {handed:.2f} s, printed by cups-pdf "
            f"after {done:.1f} s ({handed / PRINT_TARGET:.0%} of the {PRINT_TARGET:.0f} s "
            f"target for the app's part); job {size // 1024} KiB = {size / len(merged):.2f}x "
            f"the PDF; peak memory of this process {rss} MiB (before printing {rss_before} MiB)"
        )


if __name__ == "__main__":
    sys.exit(main())
