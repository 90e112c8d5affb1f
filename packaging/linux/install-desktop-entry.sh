#!/bin/sh
# Add Interview Journal to the desktop's launcher for the current user.
#   packaging/linux/install-desktop-entry.sh [PROGRAM]
# PROGRAM is what the launcher runs: the bundle's dist/interview-journal/interview-journal,
# or by default the `interview-journal` command a pip install puts on PATH.
# Locations follow the XDG Base Directory and Icon Theme specifications.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app_id=io.github.interview_journal.InterviewJournal
program=${1:-interview-journal}
data_home=${XDG_DATA_HOME:-$HOME/.local/share}

mkdir -p "$data_home/applications" "$data_home/metainfo" "$data_home/icons/hicolor/scalable/apps"
# Exec lines name the program; both the main entry and the "Start interview notes" action.
sed "s|^Exec=interview-journal|Exec=$program|" "$here/$app_id.desktop" \
    > "$data_home/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$data_home/metainfo/"
cp "$root/resources/icons/interview-journal.svg" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$root"/resources/icons/hicolor/*/apps/"$app_id.png"; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$png" "$data_home/icons/hicolor/$size/apps/"
done
# Refresh the caches when the tools exist; launchers also notice new files on their own.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
echo "Installed $app_id for $program under $data_home"
