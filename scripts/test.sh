#!/usr/bin/env bash
# Install what is needed; lint, type-check, check the layers, run the whole suite offscreen.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy (strict on desktop/)"
.venv/bin/mypy
echo "== import-linter (the layers in pyproject.toml)"
.venv/bin/lint-imports --no-cache
echo "== pytest (on every core: pytest-xdist; the wheel tests share one build)"
.venv/bin/pytest -n auto --dist loadgroup "$@"
