#!/usr/bin/env bash
# Sets up, prints the seed article's announcements, then extracts the whole bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/summit-extract extract corpus/articles/seed/sommet-ia-2025-02-11.txt --pretty
.venv/bin/summit-extract batch corpus/articles --out out "$@"
