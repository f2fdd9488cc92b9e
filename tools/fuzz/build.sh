#!/bin/sh
# tools/fuzz/build.sh: build pith's libFuzzer targets (fuzz_compile, fuzz_exec)
# and seed their corpora.
#
#   tools/fuzz/build.sh [OUTDIR]        default OUTDIR: build/fuzz
#
# The core (src/{os,mem,obj,compile,vm,modules}) is built by the Makefile as
# the variant "fuzz" under OUTDIR with clang and
# -fsanitize=fuzzer-no-link,address,undefined, so only changed files are
# rebuilt; each target is then linked with -fsanitize=fuzzer,address,undefined.
# The seed corpora OUTDIR/seed_compile and OUTDIR/seed_exec hold every
# tests/golden/**/*.py (prefixed by the control byte each target reads first)
# plus tools/fuzz/regress_compile/* and regress_exec/* (past crashes).
#
# Run (one job at a time on a shared machine):
#   build/fuzz/fuzz_compile -dict=tools/fuzz/python.dict -max_len=4096 \
#       -timeout=10 -rss_limit_mb=2048 -max_total_time=600 build/fuzz/corpus_compile build/fuzz/seed_compile
#   build/fuzz/fuzz_exec -dict=tools/fuzz/python.dict -max_len=1024 \
#       -timeout=10 -rss_limit_mb=2048 -max_total_time=600 build/fuzz/corpus_exec build/fuzz/seed_exec
# A crash leaves crash-<sha1> in the working directory; reproduce it with
# `build/fuzz/fuzz_compile crash-<sha1>` and shrink it with -minimize_crash=1,
# then add it under tools/fuzz/regress_compile/ (or regress_exec/). Replay the
# regression inputs alone with `build/fuzz/fuzz_compile tools/fuzz/regress_compile/*`.
# Input format of both targets: byte 0 is a control byte (fuzz_compile: mode
# and flags, see its source; fuzz_exec: ignored), the rest is the source.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build/fuzz}
case $OUT in /*) ;; *) OUT=$(pwd)/$OUT ;; esac
CC=${CC:-clang}
JOBS=${JOBS:-2}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
FLAGS="-O1 -g -fno-omit-frame-pointer $SAN -DPT_DEBUG=1"
FLAGS="$FLAGS -include $ROOT/tools/fuzz/fuzz_clang_compat.h"  # CMPLX for clang
LIBS="-lgmp -lutf8proc -ledit -lpcre2-8 -lcrypto -lz -lm -lpthread -ldl"

cd "$ROOT"
# make does not track flags: rebuild everything when they change.
mkdir -p "$OUT/fuzz"
if [ "$(cat "$OUT/fuzz/flags" 2>/dev/null)" != "$CC $FLAGS" ]; then
    rm -rf "$OUT/fuzz/obj" "$OUT/fuzz/libpith.a"
    printf '%s' "$CC $FLAGS" > "$OUT/fuzz/flags"
fi
# The Makefile puts objects in $OUT/fuzz/ (BUILD/VARIANT); CI= keeps clang's
# extra warnings in other files from becoming errors here.
make -j"$JOBS" BUILD="$OUT" VARIANT=fuzz CC="$CC" CI= \
    EXTRA_CFLAGS="$FLAGS -fsanitize=fuzzer-no-link" "$OUT/fuzz/libpith.a"

for t in fuzz_compile fuzz_exec; do
    [ -f "tools/fuzz/$t.c" ] || continue
    echo "link $OUT/$t"
    # fuzz_exec reaches into the core (pt_eval_code, the signal table).
    $CC -std=c11 -D_GNU_SOURCE -DPT_CORE -Iinclude -Isrc $FLAGS -fsanitize=fuzzer \
        -o "$OUT/$t" "tools/fuzz/$t.c" "$OUT/fuzz/libpith.a" $LIBS
done

# Seeds: control byte 0x00 (exec mode, no flags) + the test's source. The
# regression inputs are copied as they are (they carry their own control byte).
seed() {  # seed DIR
    mkdir -p "$1"
    find tests/golden -name '*.py' -size -8k | while read -r f; do
        name=$(printf '%s' "$f" | tr '/' '_')
        { printf '\000'; cat "$f"; } > "$1/$name"
    done
}
seed "$OUT/seed_compile"
seed "$OUT/seed_exec"
for kind in compile exec; do
    if [ -d "tools/fuzz/regress_$kind" ]; then
        cp tools/fuzz/regress_"$kind"/* "$OUT/seed_$kind/" 2>/dev/null || true
    fi
    mkdir -p "$OUT/corpus_$kind"
done
echo "built: $(ls "$OUT" | grep '^fuzz_' | tr '\n' ' ')"
