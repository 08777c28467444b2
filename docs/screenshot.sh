#!/usr/bin/env bash
# Screenshots of the three HTML views for the README: docs/screenshots/{show,evaluate,report}.png.
#
#   docs/screenshot.sh              render the pages with the real pipeline, then shoot them
#   docs/screenshot.sh PAGES_DIR    only shoot PAGES_DIR/{show,evaluate,report}.html
#
# The pages are self-contained files, so headless Chromium opens them from disk with every
# network feature off; it is installed with apt-get when missing (root, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

SUMMIT=${SUMMIT:-summit-extract}
SHOTS=docs/screenshots
SEED=corpus/articles/seed/sommet-ia-2025-02-11.txt

if [ $# -ge 1 ]; then
    pages=$(realpath "$1")
else
    pages=$(mktemp -d)
    "$SUMMIT" show "$SEED" --html "$pages/show.html"
    "$SUMMIT" evaluate --html "$pages/evaluate.html" > /dev/null
    "$SUMMIT" batch corpus/articles --out "$pages/out" --quiet
    "$SUMMIT" report "$pages/out" --html "$pages/report.html"
fi

if ! command -v chromium > /dev/null; then
    apt-get update -qq && apt-get install -y -qq chromium
fi

# shoot NAME [FRAGMENT]: FRAGMENT picks what the page shows pinned (show.html#a5: announcement a5)
shoot() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d)" --hide-scrollbars \
        --screenshot="$SHOTS/$1.png" --window-size=1280,1600 \
        "file://$pages/$1.html${2:-}" 2> /dev/null
}

mkdir -p "$SHOTS"
shoot show "#a5"
shoot evaluate
shoot report
echo "wrote $SHOTS/show.png $SHOTS/evaluate.png $SHOTS/report.png"
