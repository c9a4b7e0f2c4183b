#!/bin/sh
# Install Autonomy from this release folder.
#   ./install.sh            for you:       ~/.local/lib/autonomy, ~/.local/bin/autonomy, ~/.local/share/...
#   sudo ./install.sh --system   for everyone: /opt/autonomy, /usr/local/bin/autonomy, /usr/local/share/...
#   --prefix DIR  (with --system) installs under DIR instead of /usr/local; the app goes to /opt/autonomy
#   unless --app-dir DIR says otherwise.
# Installing again replaces the previous installation. Every file written is listed in
# <app dir>/install-manifest.txt, which uninstall.sh reads, so removing is exact. Your data folder
# (~/.local/share/autonomy) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.autonomyapp.Autonomy
mode=user prefix="" app_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --system) mode=system ;;
    --user) mode=user ;;
    --prefix) prefix=$2; shift ;;
    --app-dir) app_dir=$2; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$mode" = system ]; then
  prefix=${prefix:-/usr/local}
  app_dir=${app_dir:-/opt/autonomy}
  bin_dir=$prefix/bin
  share=$prefix/share
else
  : "${HOME:?HOME is not set}"
  share=${XDG_DATA_HOME:-$HOME/.local/share}
  app_dir=${app_dir:-$HOME/.local/lib/autonomy}
  bin_dir=$HOME/.local/bin
fi

[ -x "$here/app/autonomy" ] || { echo "install.sh: $here/app/autonomy is missing; run me from the release folder" >&2; exit 1; }

# A previous installation goes first (its own manifest says what it installed).
if [ -f "$app_dir/install-manifest.txt" ]; then
  sh "$here/uninstall.sh" --manifest "$app_dir/install-manifest.txt" --quiet
fi

manifest=$(mktemp)
trap 'rm -f "$manifest"' EXIT
put() {  # put SOURCE TARGET MODE
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2.part" && chmod "$3" "$2.part" && mv -f "$2.part" "$2"
  echo "$2" >> "$manifest"
}

if [ -e "$app_dir" ] && [ ! -f "$app_dir/install-manifest.txt" ]; then
  echo "install.sh: $app_dir exists and was not installed by this script; choose another --app-dir" >&2
  exit 1
fi
mkdir -p "$(dirname "$app_dir")"
rm -rf "$app_dir.part"
cp -R "$here/app" "$app_dir.part"
cp "$here/uninstall.sh" "$app_dir.part/uninstall.sh"
chmod -R u+rwX,go+rX,go-w "$app_dir.part"
rm -rf "$app_dir"
mv "$app_dir.part" "$app_dir"

mkdir -p "$bin_dir"
ln -sfn "$app_dir/autonomy" "$bin_dir/autonomy"
echo "$bin_dir/autonomy" >> "$manifest"

# The launcher runs the installed program by its full path: a desktop session's PATH may lack ~/.local/bin.
desktop=$(mktemp)
sed -e "s|^Exec=autonomy|Exec=$app_dir/autonomy|" -e "s|^TryExec=autonomy|TryExec=$app_dir/autonomy|" \
  "$here/share/applications/$app_id.desktop" > "$desktop"
put "$desktop" "$share/applications/$app_id.desktop" 644
rm -f "$desktop"
put "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml" 644
for icon in "$here"/share/icons/hicolor/*/apps/*; do
  rel=${icon#"$here/share/"}
  put "$icon" "$share/$rel" 644
done

cp "$manifest" "$app_dir/install-manifest.txt"
echo "$app_dir" >> "$app_dir/install-manifest.txt"

# Refresh the desktop's caches when the tools are there (nothing breaks without them).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "Autonomy is installed in $app_dir."
echo "Start it from your applications menu, or run: $bin_dir/autonomy"
case ":${PATH:-}:" in *":$bin_dir:"*) ;; *) echo "(Add $bin_dir to your PATH to type just 'autonomy'.)" ;; esac
