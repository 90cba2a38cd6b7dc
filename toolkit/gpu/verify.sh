#!/usr/bin/env bash
# The GPU checks, in one run on a machine with an NVIDIA GPU, python3 with PyTorch, and the
# folder toolkit/gpu/pack.sh makes (.gpucarry: a Java runtime, the jars, a text). From the repo root:
#   bash .gpucarry/verify.sh        (writes verify.log to $OUT if set, else to the current folder)
# 1. every op on GPU against CPU, with cuBLAS and with our own tiled matmul; the first 50
#    training losses on each; 2. tokens/s for nanoGPT's baby shape and its GPU Shakespeare
#    shape; 3. the same shapes in PyTorch on the same GPU; 4. train, then sample, via ./jielong's CLI.
set -uo pipefail
carry="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="${OUT:-.}/verify.log"
exec > >(tee "$log") 2>&1
java=("$carry/jre/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xss8m -Xmx8g -cp "$carry/cp/*")
text="$carry/text.txt"
step() { echo; echo "=== $* ($(date +%T))"; }

step "machine"
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader
# NVRTC and cuBLAS: the CUDA toolkit's, or the ones PyTorch's wheels bring.
libs="$(find /usr/local/cuda*/lib64 /usr/local/cuda*/targets /usr/lib /opt /usr/local/lib -maxdepth 8 \
        \( -name 'libnvrtc.so.1[23]*' -o -name 'libcublas.so.1[23]*' \) 2>/dev/null | xargs -r -n1 dirname | sort -u | tr '\n' ':')"
echo "library folders: $libs"
export JIELONG_CUDA_LIBS="$libs" LD_LIBRARY_PATH="${libs}${LD_LIBRARY_PATH:-}"

step "1a. ops, GPU (cuBLAS) against CPU"
timeout 120 "${java[@]}" jielong.gpu.Verify ops
step "1b. ops, GPU (own tiled matmul) against CPU"
JIELONG_CUDA_NO_CUBLAS=1 timeout 120 "${java[@]}" jielong.gpu.Verify ops
step "1c. first 50 training losses, baby shape, GPU against CPU"
timeout 180 "${java[@]}" jielong.gpu.Verify losses "$text" 50

baby=(--layers 4 --heads 4 --embd 128 --block 64 --batch 12)
shakespeare=(--layers 6 --heads 6 --embd 384 --block 256 --batch 64)
step "2a. Java on the GPU, baby shape"
timeout 120 "${java[@]}" jielong.cli.Main bench train --device cuda --data "$text" "${baby[@]}" --iters 300 --warmup 20
step "3a. PyTorch on the GPU, baby shape"
timeout 120 python3 "$carry/torch_gpt_ref.py" --data "$text" "${baby[@]}" --iters 300 --warmup 20
step "2b. Java on the GPU, Shakespeare shape"
timeout 180 "${java[@]}" jielong.cli.Main bench train --device cuda --data "$text" "${shakespeare[@]}" --iters 60 --warmup 10
step "3b. PyTorch on the GPU, Shakespeare shape"
timeout 120 python3 "$carry/torch_gpt_ref.py" --data "$text" "${shakespeare[@]}" --iters 60 --warmup 10
step "2c/3c. both with TF32 matrix products, Shakespeare shape"
JIELONG_CUDA_TF32=1 timeout 120 "${java[@]}" jielong.cli.Main bench train --device cuda --data "$text" "${shakespeare[@]}" --iters 60 --warmup 10
timeout 120 python3 "$carry/torch_gpt_ref.py" --data "$text" "${shakespeare[@]}" --iters 60 --warmup 10 --tf32
step "2d. Java on the CPU ($(nproc) cores), baby shape, for scale"
timeout 120 "${java[@]}" jielong.cli.Main bench train --data "$text" "${baby[@]}" --iters 40 --warmup 10

step "4. train and sample through the command line"
run="$(mktemp -d)"
timeout 120 "${java[@]}" jielong.cli.Main train --device cuda --data "$text" "${baby[@]}" --iters 300 \
  --eval-interval 100 --eval-iters 5 --out "$run" | grep -v '^step' | tail -8
timeout 60 "${java[@]}" jielong.cli.Main sample --device cuda --checkpoint "$run" --tokens 200 --temperature 0.8
step "done"
