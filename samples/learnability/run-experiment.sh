#!/usr/bin/env bash
# The learnability experiment of docs/learnability.md: trace supervision for three parity programs and
# addition, trained on short inputs and tested on long ones, then again with a training set that covers
# what the short one missed. Writes one log and one CSV per run into $OUT, then the plot.
# Each run stops within 9 minutes of training (--max-seconds 540).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-artifacts/learnability}
mkdir -p "$OUT"
dotnet build samples/Alta.Samples -c Release -v quiet -nologo
# Run from a copy, so rebuilding the repository meanwhile cannot change the app under a running experiment.
rm -rf "$OUT/app" && cp -r samples/Alta.Samples/bin/Release/net10.0 "$OUT/app"
APP="dotnet $OUT/app/Alta.Samples.dll"
PARITY_TEST=1,2,4,6,8,10,12,16,20,24,28,32,36,40

run() { # name program args...
  local name=$1; shift
  local program=$1; shift
  /usr/bin/time -f "$name: %e s wall" $APP learn-mlp "$program" --csv "$OUT/$name.csv" --label "$name" "$@" 2>&1 | tee "$OUT/$name.log"
}

run parity-relative parity-relative --lengths 1..8 --count 100 --test-lengths $PARITY_TEST
run parity-relative-1-2 parity-relative --lengths 1..2 --count 50 --test-lengths $PARITY_TEST
run parity-absolute parity-absolute --lengths 1..8 --count 100 --test-lengths $PARITY_TEST
run parity-sum parity-sum --lengths 1..8 --count 100 --test-lengths $PARITY_TEST
run addition addition --lengths 1..3 --count 300 --test-lengths 1..10 --lr 3e-3
# Varying the training set until coverage is complete:
run parity-absolute-1-40 parity-absolute --lengths 1..40 --count 3 --test-lengths $PARITY_TEST
run parity-sum-1-40 parity-sum --lengths 1..40 --count 25 --test-lengths $PARITY_TEST
run addition-small addition --lengths 1..3 --count 5 --test-lengths 1..10 --lr 3e-3
# Which feed-forward inputs of long inputs each short training set never shows (rules are not the whole story).
for spec in "parity-relative 1..2 1..40" "parity-relative 1..8 1..40" "parity-absolute 1..8 1..40" "parity-sum 1..8 1..40" "addition 1..3 1..10"; do
  set -- $spec
  $APP coverage "$1" --lengths "$2" --count 100 --test-lengths "$3" --test-count 5 | tail -1 | sed "s/^/$1 $2: /" | tee -a "$OUT/input-coverage.txt"
done
$APP plot --out docs/learnability-parity.svg --title "Parity: end-to-end accuracy by length (trained on 1-8 bits unless named)" \
  "$OUT"/parity-relative.csv "$OUT"/parity-absolute.csv "$OUT"/parity-sum.csv "$OUT"/parity-relative-1-2.csv "$OUT"/parity-absolute-1-40.csv "$OUT"/parity-sum-1-40.csv
$APP plot --out docs/learnability-addition.svg --title "Addition: end-to-end accuracy by digits per operand (trained on 1-3)" \
  "$OUT"/addition.csv "$OUT"/addition-small.csv
