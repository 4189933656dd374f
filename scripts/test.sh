#!/usr/bin/env bash
# Run the test suite (sets the machine up first when needed). Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/print-setup.sh
exec .venv/bin/python -m pytest "$@"
