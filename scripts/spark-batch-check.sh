#!/usr/bin/env bash
# Runs `transdiff batch` as the mapper of a real Apache Spark job (local mode, two workers)
# and checks that every pair's record from Spark equals the one from a plain
# `transdiff batch` run over the same manifest.
#
# Needs: python3 with venv, a Java runtime (Debian: `apt-get install default-jre-headless`;
# Java 17 works), and PySpark from PyPI (installed here into a venv, $SPARK_VENV,
# default target/spark-venv). Manifest: the bundled texts, plus the Text+Berg test documents
# when ../shared/bench/textberg is there. Run from the project root:
#   scripts/spark-batch-check.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=${SPARK_VENV:-$root/target/spark-venv}
command -v java >/dev/null || { echo "spark-batch-check: needs a Java runtime (apt-get install default-jre-headless)"; exit 2; }
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark
fi
# spark-submit finds its home and the workers' Python through the venv's python.
export PATH=$venv/bin:$PATH PYSPARK_PYTHON=$venv/bin/python PYSPARK_DRIVER_PYTHON=$venv/bin/python
cargo build --release -q
bin=$root/target/release/transdiff
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
{
  echo "{\"id\": \"sv\", \"original\": \"$root/texts/en.original.txt\", \"renderings\": [\"$root/texts/sv.rendering.txt\"]}"
  echo "{\"id\": \"nl\", \"original\": \"$root/texts/en.original.txt\", \"renderings\": [\"$root/texts/nl.rendering.txt\"]}"
  echo "{\"id\": \"missing\", \"original\": \"/nonexistent/a.txt\", \"renderings\": [\"/nonexistent/b.txt\"]}"
  tb=$root/../shared/bench/textberg
  if [ -d "$tb" ]; then
    for i in 0 1 2 3 4 5 6; do
      echo "{\"id\": \"test$i\", \"original\": \"$tb/test$i.de\", \"renderings\": [\"$tb/test$i.fr\"], \"presplit\": true}"
    done
  fi
} >"$work/manifest.jsonl"
"$bin" batch "$work/manifest.jsonl" >"$work/plain.jsonl" || true   # exit 1: the missing pair
cat >"$work/job.py" <<'PY'
import os, sys
from pyspark import SparkFiles
from pyspark.sql import SparkSession

manifest, out = sys.argv[1], sys.argv[2]
spark = SparkSession.builder.master("local[2]").appName("transdiff-batch").getOrCreate()
sc = spark.sparkContext
sc.setLogLevel("ERROR")
# The binary travels with the job (--files), each task finds it with SparkFiles.
binary = SparkFiles.get("transdiff")
os.chmod(binary, 0o755)
lines = sc.textFile(manifest, minPartitions=4)
# One transdiff process per partition reads that partition's manifest lines on standard
# input and writes one record per line; one thread each, Spark runs the partitions in parallel.
records = lines.pipe(f"{binary} batch --jobs 1", env={"XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]})
records.saveAsTextFile(out)
spark.stop()
PY
start=$(date +%s.%N)
"$venv/bin/spark-submit" --master 'local[2]' --files "$bin" "$work/job.py" "$work/manifest.jsonl" "$work/spark" \
  >"$work/spark.log" 2>&1 || { tail -20 "$work/spark.log"; exit 1; }
end=$(date +%s.%N)
cat "$work"/spark/part-* >"$work/spark.jsonl"
"$venv/bin/python" - "$work/plain.jsonl" "$work/spark.jsonl" "$start" "$end" <<'PY'
import json, sys
plain = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1]) if l.strip()}
spark = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
ids = [r["id"] for r in spark]
same = all(plain.get(r["id"]) == r for r in spark)
ok = sorted(ids) == sorted(plain) and len(ids) == len(set(ids)) and same
failed = sum(r["status"] != "ok" for r in spark)
print(f"spark-batch-check: {len(spark)} records from Spark local[2] in {float(sys.argv[4]) - float(sys.argv[3]):.1f} s "
      f"({failed} failed pair as expected: missing), every record equal to plain batch: {same}")
sys.exit(0 if ok else 1)
PY
