#!/usr/bin/env bash
# Bring the translation sources (resources/translations/*.ts) up to date with the strings in autonomy/ui.
# New strings arrive untranslated (type="unfinished"); strings no longer in the code are dropped. Re-run after
# any UI change, then translate what is new (Qt Linguist: pyside6-linguist resources/translations/autonomy_de.ts).
# tests/ui/test_i18n.py fails while a shipped language has an unfinished entry.
# Usage: packaging/update_translations.sh [LANG ...]   (default: the template plus every shipped language)
set -euo pipefail
cd "$(dirname "$0")/.."
for candidate in "${PYSIDE_BIN:-}" .venv/bin /tmp/venv/bin "$(dirname "$(command -v python3)")"; do
  if [ -n "$candidate" ] && [ -x "$candidate/pyside6-lupdate" ]; then lupdate="$candidate/pyside6-lupdate"; break; fi
done
: "${lupdate:?pyside6-lupdate not found (install PySide6 into .venv, or set PYSIDE_BIN)}"

mapfile -t sources < <(find autonomy/ui -name '*.py' ! -name '__init__.py' | sort)
languages=("$@")
if ((${#languages[@]} == 0)); then
  for ts in resources/translations/autonomy_*.ts; do
    [ -e "$ts" ] && languages+=("$(basename "$ts" .ts | sed 's/^autonomy_//')")
  done
fi
# The template (no language) for new translators, then one file per language.
"$lupdate" -no-obsolete -locations relative "${sources[@]}" -ts resources/translations/autonomy.ts
for lang in "${languages[@]}"; do
  "$lupdate" -no-obsolete -locations relative -target-language "$lang" "${sources[@]}" \
    -ts "resources/translations/autonomy_$lang.ts"
done
