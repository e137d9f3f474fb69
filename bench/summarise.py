#!/usr/bin/env python3
"""Turns a JMH JSON result (-rf json) of SigningBenchmark into the README's tables.

For each benchmark: JMH's mean ops/s and its 99.9% error, the median and the best measurement iteration, and
gc.alloc.rate.norm (B/op). On a shared machine the best iteration is the least disturbed one; the ratios are
given on the median and on the best iteration.
"""
import json
import statistics
import sys

ORDER = ["authlib", "authlibParseUri", "googleOAuthClient", "scribejava", "signpost", "floorHmac", "floorHmacClone"]


def load(path):
    out = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 1)[1]
        w = r["params"]["workload"]
        m = r["primaryMetric"]
        iters = [x for fork in m["rawData"] for x in fork]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        out[(w, name)] = dict(mean=m["score"], err=m["scoreError"], median=statistics.median(iters),
                              best=max(iters), alloc=alloc)
    return out


def main(path):
    res = load(path)
    for w in ["SMALL_GET", "LARGE_POST"]:
        ours = res[(w, "authlib")]
        print(f"\n{w}\n")
        print("| benchmark | mean ops/s ± 99.9% | median | best iter. | B/op | authlib ÷ this (median / best) |")
        print("|---|---:|---:|---:|---:|---:|")
        for lib in ORDER:
            if (w, lib) not in res:
                continue
            r = res[(w, lib)]
            a = "" if r["alloc"] is None else f"{r['alloc']:,.0f}"
            print(f"| {lib} | {r['mean']:,.0f} ± {r['err']:,.0f} | {r['median']:,.0f} | {r['best']:,.0f} | {a} "
                  f"| {ours['median'] / r['median']:.2f} / {ours['best'] / r['best']:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results/run.json")
