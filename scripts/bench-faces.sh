#!/usr/bin/env bash
# Face and video speed on this machine: the face detector on 1920 px photos (median of several runs per
# photo) and the video anonymiser on a 720p clip made on the fly, at several detection cadences.
# Usage: scripts/bench-faces.sh [runs per photo, default 5] [video frames, default 90]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/jdk.sh"
export VEIL_MODELS="${VEIL_MODELS:-$HOME/.cache/veil/models}"
"$root/scripts/fetch-models.sh" >/dev/null
runs="${1:-5}" frames="${2:-90}"
cd "$root"
mvn -B -q -ntp -DskipTests install
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q -ntp -pl veil-video dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
# veil-video's test classpath holds veil-faces and the benchmark clip generator.
mvn -B -q -ntp -pl veil-video test-compile
classes="veil-video/target/test-classes:veil-video/target/classes:$(cat "$cp")"
java --enable-native-access=ALL-UNNAMED -Dveil.models="$VEIL_MODELS" -cp "$classes" \
  io.veil.faces.eval.FaceBenchmark --width 1920 --runs "$runs" 2>/dev/null
java --enable-native-access=ALL-UNNAMED -Dveil.models="$VEIL_MODELS" -cp "$classes" \
  io.veil.video.VideoBenchmark "$frames" 1,2,3 2>/dev/null
