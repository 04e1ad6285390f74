#!/usr/bin/env bash
# Install what is needed, then lint, type-check and run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy (strict on desktop/)"
.venv/bin/mypy
echo "== pytest (on every core: pytest-xdist; the wheel tests share one build)"
.venv/bin/pytest -n auto --dist loadgroup "$@"
