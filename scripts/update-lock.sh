#!/usr/bin/env bash
# Regenerate requirements.lock: every package the project installs (runtime, the test, build
# and lint extras, and the setuptools that builds the project itself), pinned with the
# SHA-256 of every wheel and sdist on PyPI, resolved once for all platforms and Pythons we
# support (Linux x86_64 and Windows x64, CPython 3.11-3.13; markers keep the rest apart).
#
# Run it by hand, never from CI:
#   - after adding or changing a dependency in pyproject.toml (the lock must be regenerated
#     before the change is committed; setup.sh refuses nothing, but the new package is not
#     installed until the lock names it);
#   - to move to newer versions on purpose: `scripts/update-lock.sh --upgrade` (everything) or
#     `scripts/update-lock.sh --upgrade-package reportlab` (one); then run the whole suite
#     (`scripts/test.sh`) and the bundle build before committing the new lock.
# Without --upgrade it keeps every version already in the lock that still fits, so adding one
# package moves nothing else. It reaches PyPI only (through uv, installed from PyPI into
# .cache/lock-tool/), and takes a few seconds once uv is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.9
TOOL=.cache/lock-tool
PYTHON=${PYTHON:-python3}
if [ ! -x "$TOOL/bin/uv" ] || [ "$("$TOOL/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  rm -rf "$TOOL"
  "$PYTHON" -m venv "$TOOL"
  "$TOOL/bin/python" -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"
fi

# The project's own build requirement (setuptools), read from pyproject.toml so it is written
# down once; setup.sh installs the project with --no-build-isolation against this pin.
build_requires=$(mktemp --suffix=.in)
trap 'rm -f "$build_requires"' EXIT
"$PYTHON" - >"$build_requires" <<'PY'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["build-system"]["requires"]))
PY

# uv keeps the pins already in the output file unless told to upgrade.
UV_NO_CONFIG=1 "$TOOL/bin/uv" pip compile --quiet \
  --universal --python-version 3.11 --generate-hashes --no-emit-index-url \
  --extra test --extra build --extra lint \
  --custom-compile-command scripts/update-lock.sh \
  --output-file requirements.lock \
  "$@" pyproject.toml "$build_requires"
# The temporary file's name would change on every run; name its source instead.
sed -i "s|$build_requires|pyproject.toml [build-system]|" requirements.lock
echo "update-lock: requirements.lock written ($(grep -c '^[A-Za-z]' requirements.lock) packages)"
