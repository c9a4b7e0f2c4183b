#!/bin/sh
# Remove Autonomy: exactly the files install.sh listed in its manifest, then the app folder.
#   ./uninstall.sh            your installation (~/.local/lib/autonomy)
#   sudo ./uninstall.sh --system   the installation for everyone (/opt/autonomy)
#   --app-dir DIR / --manifest FILE   another installation
# Your data folder (~/.local/share/autonomy: your classes and backups) is kept; delete it yourself if you
# really mean to.
set -eu
mode=user app_dir="" manifest="" quiet=no
while [ $# -gt 0 ]; do
  case "$1" in
    --system) mode=system ;;
    --user) mode=user ;;
    --app-dir) app_dir=$2; shift ;;
    --manifest) manifest=$2; shift ;;
    --quiet) quiet=yes ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "uninstall.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$manifest" ]; then
  if [ -z "$app_dir" ]; then
    if [ "$mode" = system ]; then app_dir=/opt/autonomy; else app_dir=${HOME:?HOME is not set}/.local/lib/autonomy; fi
  fi
  manifest=$app_dir/install-manifest.txt
fi
[ -f "$manifest" ] || { echo "uninstall.sh: no installation found ($manifest is missing)" >&2; exit 1; }

# Files first, then the app folder (the manifest's last line); never anything outside what was listed.
kept=$(mktemp)
cp "$manifest" "$kept"
while IFS= read -r path; do
  [ -n "$path" ] || continue
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    # The app folder: removed only if it is the one install.sh wrote (it holds the manifest).
    if [ -f "$path/install-manifest.txt" ]; then rm -rf "$path"; else echo "uninstall.sh: kept $path" >&2; fi
  else
    rm -f "$path"
    # Tidy up the icon size folders this left empty; the standard folders themselves stay.
    parent=$(dirname "$path")
    while :; do
      case "$(basename "$parent")" in share|bin|applications|metainfo|icons|hicolor|/|.) break ;; esac
      rmdir "$parent" 2>/dev/null || break
      parent=$(dirname "$parent")
    done
  fi
done < "$kept"
# Refresh the desktop's caches for the folders we touched (when the tools are there).
applications=$(grep '\.desktop$' "$kept" | head -n 1 | xargs -r dirname)
hicolor=$(grep '/icons/hicolor/' "$kept" | head -n 1 | sed 's|\(/icons/hicolor\)/.*|\1|')
if [ -n "$applications" ] && [ -d "$applications" ] && command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$applications" 2>/dev/null || true
fi
if [ -n "$hicolor" ] && [ -d "$hicolor" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$hicolor" 2>/dev/null || true
fi
rm -f "$kept"
[ "$quiet" = yes ] || echo "Autonomy was removed. Your classes are still in your data folder (~/.local/share/autonomy)."
