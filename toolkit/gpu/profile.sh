#!/usr/bin/env bash
# Where a Shakespeare-shape training step spends its time on the GPU (run after pack.sh, like verify.sh).
set -uo pipefail
carry="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec > >(tee "${OUT:-.}/profile.log") 2>&1
java=("$carry/jre/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xss8m -Xmx8g -cp "$carry/cp/*")
text="$carry/text.txt"
shakespeare=(--layers 6 --heads 6 --embd 384 --block 256 --batch 64)
step() { echo; echo "=== $* ($(date +%T))"; }
step "profiled, 12 steps"
JIELONG_CUDA_PROFILE=1 timeout 100 "${java[@]}" jielong.cli.Main bench train --device cuda --data "$text" "${shakespeare[@]}" --iters 12 --warmup 2
step "collections every 4 GiB of new buffers, with GC log"
JIELONG_CUDA_GC_GB=4 timeout 100 "${java[@]}" -Xlog:gc jielong.cli.Main bench train --device cuda --data "$text" "${shakespeare[@]}" --iters 30 --warmup 5
step "done"
