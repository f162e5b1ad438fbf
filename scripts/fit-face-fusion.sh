#!/usr/bin/env bash
# Refits the face detector's fusion (boosted trees + faceness probe) on eval-dev faces_kaggle_facemask and
# prints the 5-fold cross-validated detection table first. Writes the fitted fusion to OUTPUT (default: a file
# in /tmp; pass veil-faces/src/main/resources/io/veil/faces/face-fusion.txt to replace the shipped one).
# Takes about 11 minutes on 2 cores.
# Usage: scripts/fit-face-fusion.sh [OUTPUT] [FOLDS, default 5]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/jdk.sh"
export VEIL_MODELS="${VEIL_MODELS:-$HOME/.cache/veil/models}"
"$root/scripts/fetch-models.sh" >/dev/null
out="${1:-/tmp/face-fusion.txt}" folds="${2:-5}"
cd "$root"
mvn -B -q -ntp -DskipTests install
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q -ntp -pl veil-faces dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
java --enable-native-access=ALL-UNNAMED -Dveil.models="$VEIL_MODELS" -cp "veil-faces/target/classes:$(cat "$cp")" \
  io.veil.faces.eval.FitFaceFusion "$root/../shared/eval-dev" "$out" "$folds" 2>/dev/null
