#!/usr/bin/env bash
# Renders the generated performance-target sheets as they print: generated sheets only → LibreOffice PDF → PNG.
# Needs: apt-get install -y libreoffice-calc poppler-utils
# Usage: scripts/render-targets.sh [IN.xlsx (default samples/seed.xlsx)] [OUT_DIR (default docs)]
set -euo pipefail
cd "$(dirname "$0")/.."
IN=${1:-samples/seed.xlsx}
OUT_DIR=${2:-docs}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Only the generated sheets go into the PDF: the input's own sheets would print first.
node -r ts-node/register/transpile-only -e '
const { writeFile } = require("node:fs/promises");
const { readXlsxFile } = require("./src/xlsx/read-file");
const { prepareTargets } = require("./src/cli/targets");
const { writeTargetsWorkbook } = require("./src/xlsx/targets-writer");
(async () => {
  const run = prepareTargets(await readXlsxFile(process.argv[1]));
  if (!run || !run.parsed.projects.length) throw new Error("no performance targets found in " + process.argv[1]);
  const { bytes } = await writeTargetsWorkbook(undefined, run.layout);
  await writeFile(process.argv[2], bytes);
})().catch((e) => { console.error(e.message); process.exit(2); });
' "$IN" "$WORK/targets.xlsx"

# A private profile directory keeps LibreOffice from clashing with any running instance.
libreoffice -env:UserInstallation=file://"$WORK/lo-profile" --headless --convert-to pdf --outdir "$WORK" "$WORK/targets.xlsx" >/dev/null
mkdir -p "$OUT_DIR"
pages=$(pdfinfo "$WORK/targets.pdf" | awk '/^Pages:/ { print $2 }')
# Page 1 is the first project's sheet; the summary is printed last.
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$WORK/targets.pdf" "$OUT_DIR/targets-sheet"
pdftoppm -png -r 80 -f "$pages" -l "$pages" -singlefile "$WORK/targets.pdf" "$OUT_DIR/targets-summary"
echo "$OUT_DIR/targets-sheet.png $OUT_DIR/targets-summary.png ($pages pages)"
