#!/bin/sh
# Builds target/functiongraph.zip, the HTTP function's code package: bootstrap, the runner jar and lib/ at its
# root (./mvnw package first). No Maven involved. With JRE=<dir of a Java 17+ runtime for Linux x86_64>, the
# runtime goes into the package as jre/.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(CDPATH= cd -- "$HERE/../.." && pwd)
TARGET="$ROOT/target"
STAGE="$TARGET/functiongraph"
JAR="$TARGET/nodebatch-0.1.0-SNAPSHOT-runner.jar"

[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw package first" >&2; exit 1; }
rm -rf "$STAGE" "$TARGET/functiongraph.zip"
mkdir -p "$STAGE"
cp "$HERE/bootstrap" "$STAGE/bootstrap"
chmod 755 "$STAGE/bootstrap"
cp "$JAR" "$STAGE/"
cp -R "$TARGET/lib" "$STAGE/lib"
if [ -n "${JRE:-}" ]; then
  cp -R "$JRE" "$STAGE/jre"
fi
# zip keeps the files' Unix modes: bootstrap stays executable
(cd "$STAGE" && zip -qr -X "$TARGET/functiongraph.zip" .)
echo "$TARGET/functiongraph.zip"
