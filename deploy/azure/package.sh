#!/bin/sh
# Builds target/azure-functions/ (the function app's root) and target/azure-functions.zip from this folder and
# the packaged runner jar (./mvnw package first). No Maven involved.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(CDPATH= cd -- "$HERE/../.." && pwd)
TARGET="$ROOT/target"
APP="$TARGET/azure-functions"
JAR="$TARGET/nodebatch-0.1.0-SNAPSHOT-runner.jar"

[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw package first" >&2; exit 1; }
rm -rf "$APP" "$TARGET/azure-functions.zip"
mkdir -p "$APP"
# the app: host.json, the start script, one folder per function; local.settings.json stays on the workstation
(cd "$HERE" && find . -name '*.json' ! -name local.settings.json ! -path './examples/*' -print \
  | while read -r file; do mkdir -p "$APP/$(dirname "$file")"; cp "$file" "$APP/$file"; done)
cp "$HERE/start.sh" "$APP/start.sh"
cp "$JAR" "$APP/"
cp -R "$TARGET/lib" "$APP/lib"
(cd "$APP" && zip -qr -X "$TARGET/azure-functions.zip" .)
echo "$TARGET/azure-functions.zip"
