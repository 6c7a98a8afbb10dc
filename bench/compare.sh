#!/usr/bin/env bash
# The training benchmark of bn-claims and, when Debian's python3-torch is present, PyTorch eager on
# the same work, in one run on this machine: each figure, the ratio, the matmul peak of each.
# Installs nothing. Usage: bench/compare.sh  (from anywhere; takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
echo "== bn-claims (mvn -pl bn-core -am test -Dtest=TrainingBenchmark -Dbn.bench=true)"
mvn -B -q -ntp -pl bn-core -am test -Dtest=TrainingBenchmark -Dbn.bench=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true 2>&1 \
  | grep -v -E '^\[|WARN|Warning' | tee "$out/ours.txt"

PY=/usr/bin/python3
if ! "$PY" -c 'import torch' 2>/dev/null; then
  echo "== PyTorch: not installed, so no comparison (this script installs nothing;"
  echo "   on Debian: apt-get install python3-torch)"
  exit 0
fi
echo "== PyTorch eager (bench/pytorch_peer.py)"
"$PY" bench/pytorch_peer.py | tee "$out/torch.txt"

echo "== Comparison (ratio > 1: bn-claims is faster)"
awk '
  FNR == NR && $1 == "FIGURE" { ours[$2] = $3; unit[$2] = $4; next }
  $1 == "FIGURE" { sub(/^torch_/, "", $2); theirs[$2] = $3 }
  END {
    n = split("mlp_step_b8_1_thread 3c3d_b128_2_threads 3c3d_b128_1_threads allcnnc_w0.25_b256_2_threads allcnnc_w0.25_b256_1_threads", keys, " ")
    for (i = 1; i <= n; i++) {
      k = keys[i]
      if (!(k in ours) || !(k in theirs)) continue
      r = (unit[k] == "ms") ? theirs[k] / ours[k] : ours[k] / theirs[k]
      printf "%-32s bn-claims %10.4g  pytorch %10.4g %-9s ratio %.2fx\n", k, ours[k], theirs[k], unit[k], r
    }
    printf "%-32s bn-claims %10.4g  pytorch %10.4g GFLOP/s\n", "matmul_peak_2_threads", ours["matmul_peak_2_threads"], theirs["matmul_peak_2_threads"]
  }' "$out/ours.txt" "$out/torch.txt"
