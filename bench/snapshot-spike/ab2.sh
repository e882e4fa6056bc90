#!/bin/bash
# Spike (docs/parallel.md "Start-up from a V8 snapshot"): interleaved whole-process A/B of
# `bin/lagebild extract --jobs 2`, worker threads against snapshot children (LAGEBILD_SNAPSHOT_BLOB),
# one article and the whole corpus; outputs compared with cmp.
#   bench/snapshot-spike/ab2.sh ROUNDS BLOB ONE-ARTICLE.jsonl [CORPUS] [TMPDIR]
R=${1:-5}; BLOB=$2; ONE=$3; C=${4:-../shared/eval/corpora/de-10kgnad.jsonl}; T=${5:-/tmp}
cd "$(dirname "$0")/../.."
for r in $(seq 1 $R); do
  for v in thread snapd; do
    case $v in thread) B=;; snapd) B=$BLOB;; esac
    env LAGEBILD_SNAPSHOT_BLOB=$B /usr/bin/time -f "%e %U %S" -o $T/t1 bin/lagebild extract $ONE --format jsonl --jobs 2 > $T/o1.$v
    env LAGEBILD_SNAPSHOT_BLOB=$B /usr/bin/time -f "%e %U %S" -o $T/tall bin/lagebild extract $C --format jsonl --jobs 2 > $T/out.$v
    echo "$r $v one: $(cat $T/t1) all: $(cat $T/tall) load $(cut -d' ' -f1 /proc/loadavg)"
  done
  cmp -s $T/out.thread $T/out.snapd && cmp -s $T/o1.thread $T/o1.snapd || echo DIFF
done
