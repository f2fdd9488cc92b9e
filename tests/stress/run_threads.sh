#!/bin/sh
# tests/stress/run_threads.sh: run the thread stress tests (issue 4).
#   sh tests/stress/run_threads.sh [path/to/pith]     (default build/release/pith)
# Each test prints PASS/FAIL lines; the script exits non-zero if any FAIL.
# They take about a minute in all and are not part of `make test`.
PITH=${1:-build/release/pith}
DIR=$(dirname "$0")
status=0
for t in threads_countdown threads_sleepers threads_counter threads_queue threads_fairness \
         threads_churn threads_ctrl_c; do
    out=$("$PITH" "$DIR/$t.py" 2>&1)
    echo "$out"
    echo "$out" | grep -q FAIL && status=1
    echo "$out" | grep -q PASS || status=1
done
exit $status
