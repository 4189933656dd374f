#!/usr/bin/env bash
# Static checks, all configured in pyproject.toml: ruff (lint only, never `ruff format`),
# mypy (strict for the Qt-free layers, normal for the views) and the import contracts
# (import-linter: the layers of docs/architecture.md). Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
status=0
echo "lint: ruff"; .venv/bin/ruff check --no-cache . || status=1
echo "lint: mypy"; .venv/bin/mypy || status=1
# import-linter caches in .import_linter_cache/; --no-cache keeps the tree clean.
echo "lint: import contracts"; .venv/bin/lint-imports --no-cache || status=1
exit $status
