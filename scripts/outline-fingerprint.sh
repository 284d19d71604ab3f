#!/usr/bin/env bash
# The command line's --json output over every benchmark page, one sha256 per page: run it before
# and after a change that must not move any figure (a speed-up, a split of the bundle) and diff the
# two listings. Usage: bash scripts/outline-fingerprint.sh > listing.txt [BENCH_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${1:-../shared/bench}
shopt -s nullglob
files=("$bench"/article-extraction-benchmark/html/*.html.gz "$bench"/wcxb-dev/html/*.html.gz
  "$bench"/wix/*.html.gz "$bench"/wix/*.html "$bench"/wix-seed/*.html)
if [ ${#files[@]} -eq 0 ]; then
  echo "No benchmark pages under $bench: pass the folder that holds article-extraction-benchmark/ and wcxb-dev/." >&2
  exit 2
fi
npx tsx scripts/outline.ts --json --now 2026-01-01T00:00:00Z "${files[@]}" |
  node -e '
const { createHash } = require("node:crypto");
require("node:readline").createInterface({ input: process.stdin }).on("line", (line) => {
  // The file as the benchmark names it, so that listings made from two checkouts compare.
  const record = JSON.parse(line);
  record.file = record.file.split("/").slice(-2).join("/");
  console.log(`${record.file} ${createHash("sha256").update(JSON.stringify(record)).digest("hex")}`);
});'
