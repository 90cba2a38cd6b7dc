#!/usr/bin/env bash
# Packs what toolkit/gpu/verify.sh needs on a GPU machine that has no JDK and no Maven into .gpucarry/
# (ignored by git): a jlink-ed Java runtime, the built jars, and a training text.
#   toolkit/gpu/pack.sh [TEXT_FILE]        (needs a JDK 22+ in JAVA_HOME or /usr/lib/jvm, and Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
jdk="${JAVA_HOME:-}"
if [ -z "$jdk" ] || ! "$jdk/bin/jlink" --version >/dev/null 2>&1 || [ "$("$jdk/bin/jlink" --version | cut -d. -f1)" -lt 22 ]; then
  jdk="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*2[2-9]* 2>/dev/null | head -1)"
fi
[ -x "$jdk/bin/jlink" ] || { echo "pack: needs a JDK 22+ with jlink (set JAVA_HOME)" >&2; exit 1; }
text="${1:-../shared/data/tinyshakespeare.txt}"
[ -f "$text" ] || { echo "pack: no training text at $text (give one as the first argument)" >&2; exit 1; }

JAVA_HOME="$jdk" mvn -q -B -o -DskipTests package -pl toolkit,toolkit/gpu -am
rm -rf .gpucarry && mkdir -p .gpucarry/cp
# java.base for everything, the Vector API for the CPU engine (the reference side of the checks).
"$jdk/bin/jlink" --add-modules java.base,jdk.incubator.vector --compress zip-9 --strip-debug \
  --no-header-files --no-man-pages --output .gpucarry/jre
cp toolkit/target/jielong-toolkit-*.jar toolkit/gpu/target/jielong-gpu-*.jar .gpucarry/cp/
cp toolkit/target/lib/picocli-*.jar toolkit/target/lib/gson-*.jar .gpucarry/cp/
cp "$text" .gpucarry/text.txt
exclude="$(git rev-parse --git-path info/exclude)"; grep -qx "/.gpucarry/" "$exclude" 2>/dev/null || echo "/.gpucarry/" >> "$exclude"
cp toolkit/gpu/verify.sh toolkit/gpu/profile.sh toolkit/gpu/torch_gpt_ref.py .gpucarry/
du -sh .gpucarry
