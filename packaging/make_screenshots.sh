#!/usr/bin/env bash
# The README's and the AppStream metainfo's screenshots, rendered offscreen from the demo data exactly as a
# user would: `autonomy demo`, then `autonomy gui --view … --screenshot …`.
# Usage (from the project root, with the app installed): packaging/make_screenshots.sh [AUTONOMY_COMMAND]
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-.venv/bin/autonomy}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
out=packaging/screenshots
export QT_QPA_PLATFORM=offscreen
"$app" --data-dir "$data" demo --seed 7
student=$("$app" --data-dir "$data" export | python3 -c "import json, sys; print(json.load(sys.stdin)['students'][2]['name'])")
"$app" --data-dir "$data" gui --view roster --screenshot "$out/roster.png"
"$app" --data-dir "$data" gui --view "student:$student" --screenshot "$out/student.png"
"$app" --data-dir "$data" gui --view coach --screenshot "$out/coach.png"
AUTONOMY_LANGUAGE=de "$app" --data-dir "$data" gui --view roster --screenshot "$out/roster-de.png"
echo "wrote $out/roster.png, student.png, coach.png, roster-de.png"
