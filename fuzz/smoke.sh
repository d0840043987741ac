#!/usr/bin/env bash
# A short fuzz run of every target over its committed corpus, for CI.
#
# Needs cargo-afl (`cargo install cargo-afl --locked`, then `cargo afl config --build`,
# which builds AFL++ from the sources the crate ships: needs make and a C compiler).
# Fails when a target finds a crash or a hang. SECONDS_PER_TARGET (default 20) sets
# the budget; the build of the instrumented targets comes on top of it.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${SECONDS_PER_TARGET:-20}
targets=(segment figures json dict)

cargo afl build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# No CPU binding (the machine is shared), no UI, and the core-dump and CPU-governor
# checks waived: CI machines are not tuned for fuzzing.
export AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_BENCH_UNTIL_CRASH=1

status=0
for target in "${targets[@]}"; do
    args=(-i "corpus/$target" -o "$out/$target" -V "$seconds" -t 1000 -m none)
    [[ -f "dict/$target.dict" ]] && args+=(-x "dict/$target.dict")
    cargo afl fuzz "${args[@]}" -- "target/release/$target" > "$out/$target.log" 2>&1 || {
        echo "fuzz $target: afl-fuzz failed"; tail -n 20 "$out/$target.log"; status=1; continue;
    }
    stats="$out/$target/default/fuzzer_stats"
    execs=$(awk -F' *: *' '$1=="execs_done"{print $2}' "$stats")
    crashes=$(awk -F' *: *' '$1=="saved_crashes"{print $2}' "$stats")
    hangs=$(awk -F' *: *' '$1=="saved_hangs"{print $2}' "$stats")
    echo "fuzz $target: $execs execs in ${seconds}s, $crashes crashes, $hangs hangs"
    if [[ "$crashes" != 0 || "$hangs" != 0 ]]; then
        for f in "$out/$target"/default/{crashes,hangs}/id:*; do
            [[ -e "$f" ]] && echo "  $f: $(head -c 200 "$f" | od -An -c | head -n 3 | tr -s ' ')"
        done
        status=1
    fi
done
exit "$status"
