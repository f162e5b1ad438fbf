# Sourced by ./veil, scripts/test and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if it is new enough, then the JDKs installed under /usr/lib/jvm (newest first).
veil_java_major() { # prints the feature version of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1
}
veil_find_jdk() {
  local candidates=() c major
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    [[ -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    major="$(veil_java_major "$c/bin/java")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then echo "$c"; return 0; fi
  done
  return 1
}
if ! VEIL_JDK="$(veil_find_jdk)"; then
  echo "veil: no JDK 21 or newer found (looked at \$JAVA_HOME=${JAVA_HOME:-unset} and /usr/lib/jvm/*)." >&2
  echo "veil: install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$VEIL_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
