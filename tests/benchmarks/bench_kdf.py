"""What a guess costs: Argon2id at the production costs (a passphrase slot, the team folder's
marker, an enrolment file) and the zxcvbn check behind the strength hint. Prints figures for
docs/security.md; asserts nothing.

Run: .venv/bin/python tests/benchmarks/bench_kdf.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.passphrase_strength import strength  # noqa: E402
from desktop.store.keys import DEFAULT_ARGON2, derive_passphrase_key  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    salt = os.urandom(16)
    derive_passphrase_key("warm-up", salt, DEFAULT_ARGON2)
    times = []
    for run in range(args.runs):
        started = time.perf_counter()
        derive_passphrase_key(f"guess number {run}", salt, DEFAULT_ARGON2)
        times.append(time.perf_counter() - started)
    costs = DEFAULT_ARGON2
    print(
        f"Argon2id {costs.memory_kib // 1024} MiB, {costs.time_cost} passes, "
        f"{costs.parallelism} lanes on {os.cpu_count()} cores: median "
        f"{statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s "
        f"per guess ({args.runs} runs)"
    )
    strength("warm-up")
    started = time.perf_counter()
    for _ in range(20):
        strength("zeven vrolijke fietsers op de dijk", ["Hardinxveld-Giessendam"])
    print(f"zxcvbn strength check: {(time.perf_counter() - started) / 20 * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
