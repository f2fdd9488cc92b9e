#!/bin/sh
# tools/fuzz/build_text.sh: build the libFuzzer targets for the text-and-data
# modules (fuzz_re, fuzz_json) and seed their corpora.
#
#   tools/fuzz/build_text.sh [OUTDIR]        default OUTDIR: build/fuzz
#
# Shares the core library with tools/fuzz/build.sh: the Makefile builds
# OUTDIR/fuzz/libpith.a with clang and -fsanitize=fuzzer-no-link,address,
# undefined (only changed files are rebuilt); each target is linked with
# -fsanitize=fuzzer and finds lib/ through PITH_LIBDIR. Run (one at a time
# on a shared machine):
#   build/fuzz/fuzz_re -max_len=256 -timeout=10 -rss_limit_mb=2048 \
#       -max_total_time=600 build/fuzz/corpus_re build/fuzz/seed_re
#   build/fuzz/fuzz_json -max_len=1024 -timeout=10 -rss_limit_mb=2048 \
#       -max_total_time=600 build/fuzz/corpus_json build/fuzz/seed_json
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build/fuzz}
case $OUT in /*) ;; *) OUT=$(pwd)/$OUT ;; esac
CC=${CC:-clang}
JOBS=${JOBS:-2}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
FLAGS="-O1 -g -fno-omit-frame-pointer $SAN -DPT_DEBUG=1"
FLAGS="$FLAGS -include $ROOT/tools/fuzz/fuzz_clang_compat.h"
LIBS="-lgmp -lutf8proc -ledit -lpcre2-8 -lcrypto -lz -lm -lpthread -ldl"

cd "$ROOT"
mkdir -p "$OUT/fuzz"
if [ "$(cat "$OUT/fuzz/flags" 2>/dev/null)" != "$CC $FLAGS" ]; then
    rm -rf "$OUT/fuzz/obj" "$OUT/fuzz/libpith.a"
    printf '%s' "$CC $FLAGS" > "$OUT/fuzz/flags"
fi
make -j"$JOBS" BUILD="$OUT" VARIANT=fuzz CC="$CC" CI= \
    EXTRA_CFLAGS="$FLAGS -fsanitize=fuzzer-no-link" "$OUT/fuzz/libpith.a"

for t in fuzz_re fuzz_json; do
    echo "link $OUT/$t"
    $CC -std=c11 -D_GNU_SOURCE -Iinclude $FLAGS -fsanitize=fuzzer \
        -DPITH_LIBDIR="\"$ROOT/lib\"" -o "$OUT/$t" "tools/fuzz/$t.c" "$OUT/fuzz/libpith.a" $LIBS
done

# Seeds: the patterns and documents the golden tests use.
mkdir -p "$OUT/seed_re" "$OUT/seed_json" "$OUT/corpus_re" "$OUT/corpus_json"
i=0
for p in 'a+b' '(?P<x>\w+)\s(?P=x)' '^(a|b)*?$' '(?i)straße' '[^\W\d]+' '(?<=a)b(?!c)' \
         '(a)?(?(1)b|c)' 'x*' '\bfoo\b' '(?x) a b # c' '[[:alpha:]]' '\d{2,}' 'é+' '(?s).$'; do
    i=$((i + 1))
    printf '\001%s\000the foo ab aab cafe\314\201 x\n12 straSSe' "$p" > "$OUT/seed_re/s$i"
done
j=0
for d in '{"a": [1, 2.5, -3e4, true, false, null, "x\\u00e9\\n"]}' '[[[[]]]]' '"\\ud83d\\ude00"' \
         '{"k": {"k": {"k": 1}}}' '[1, 2, 3' 'NaN' '-Infinity' '12345678901234567890123' '{"a" 1}'; do
    j=$((j + 1))
    printf '\000%s' "$d" > "$OUT/seed_json/s$j"
done
echo "built: $OUT/fuzz_re $OUT/fuzz_json"
