#!/usr/bin/env bash
# Start Opvoedapp (sets the machine up first when needed). Arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python -m opvoedapp "$@"
