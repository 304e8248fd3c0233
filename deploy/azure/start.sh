#!/bin/sh
# Azure Functions custom handler: the Functions host runs this from the function app's root and calls the
# functions on 127.0.0.1:$FUNCTIONS_CUSTOMHANDLER_PORT. Serves every function at POST /<function> (host.json
# forwards each HTTP request as is) and the timer functions of this app (AzureTimerInvocations).
set -eu

APP_ROOT=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
JAR="$APP_ROOT/nodebatch-0.1.0-SNAPSHOT-runner.jar"

if [ -z "${FUNCTIONS_CUSTOMHANDLER_PORT:-}" ]; then
  echo "FUNCTIONS_CUSTOMHANDLER_PORT is not set: start this through the Azure Functions host (func start)" >&2
  exit 2
fi
if [ -x "$APP_ROOT/jre/bin/java" ]; then
  JAVA="$APP_ROOT/jre/bin/java"
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA=java
fi

# An HTTP-triggered function must answer within 230 s on Azure, whatever functionTimeout says: stop starting
# provider calls in time to report every target (the settling reads add 2 s).
: "${NODEBATCH_BATCH_DEADLINE:=220s}"
export NODEBATCH_BATCH_DEADLINE

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$JAVA" ${JAVA_OPTS:-} -XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8 \
  -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$FUNCTIONS_CUSTOMHANDLER_PORT" \
  -Dnodebatch.azure.timer-functions-dir="$APP_ROOT" \
  -jar "$JAR"
