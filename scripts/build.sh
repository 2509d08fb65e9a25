#!/usr/bin/env bash
# Install briefing-site into .venv and build the site from sources/ (or the folder given).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/briefing build "$@"
