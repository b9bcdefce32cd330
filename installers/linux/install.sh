#!/bin/sh
# Installs Facilitator for the current user, from the folder this script sits in:
#   ./install.sh             copy the app to ~/.local/lib/facilitator, add it to the
#                            applications menu and put the `facilitator` command in ~/.local/bin
#   ./install.sh --uninstall remove all of that again (meetings stay: they live in the data folder)
# No root needed, nothing outside your home folder is touched. PREFIX overrides ~/.local.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
id=org.facilitator.Facilitator
app_dir=$prefix/lib/facilitator
share=$prefix/share

remove() {
    rm -rf "$app_dir"
    rm -f "$prefix/bin/facilitator" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
    rm -f "$share"/icons/hicolor/*/apps/"$id".png "$share/icons/hicolor/scalable/apps/$id.svg"
}

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh_menus
    echo "Facilitator a été désinstallé. / Facilitator was uninstalled."
    exit 0
fi

remove
mkdir -p "$app_dir" "$prefix/bin" "$share/applications" "$share/metainfo"
cp -R "$here/app/." "$app_dir/"
ln -sf "$app_dir/facilitator" "$prefix/bin/facilitator"
(cd "$here/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$share/$(dirname "$icon")"
    cp "$here/share/$icon" "$share/$icon"
done
cp "$here/share/metainfo/$id.metainfo.xml" "$share/metainfo/"
# the menu entry starts this copy, wherever PREFIX put it
sed "s|^Exec=facilitator|Exec=\"$app_dir/facilitator\"|" "$here/share/applications/$id.desktop" \
    >"$share/applications/$id.desktop"
refresh_menus
echo "Facilitator est installé : cherchez-le dans le menu des applications. / Facilitator is installed: look for it in the applications menu."
