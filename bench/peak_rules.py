#!/usr/bin/env python3
"""Local-SBAS's peak rule against alternatives, on demo runs (issue 10).

For every detection of `bin/dlinsar demo DIR --seed S` that hits a true site, the CSV's velocity is
the one of the box's pixel whose 3 x 3 statistic of `velocity` is largest in magnitude. This
prints, per rule, the absolute error of that pixel's velocity against the site's true peak
velocity (what report.md shows) and against the true velocity at the chosen pixel, and how many
of the pixels chosen have no temporal coherence (NaN: their valid pairs fix the series exactly).

    bench/peak_rules.py out/s21 out/s31 ...     (each a `bin/dlinsar demo` folder)
"""
import json
import re
import sys
from pathlib import Path

import numpy as np


def band(folder, name, w, h):
    return np.fromfile(folder / f"{name}.img", dtype=">f4").reshape(h, w)


def neighbourhood(v, usable, statistic):
    """statistic over the usable 3 x 3 neighbours of each usable pixel, NaN elsewhere."""
    h, w = v.shape
    out = np.full(v.shape, np.nan)
    for y, x in zip(*np.nonzero(usable)):
        nb = v[max(0, y - 1):y + 2, max(0, x - 1):x + 2][usable[max(0, y - 1):y + 2, max(0, x - 1):x + 2]]
        out[y, x] = statistic(nb)
    return out


def trimmed_mean(nb):
    return np.sort(nb)[1:-1].mean() if len(nb) > 2 else nb.mean()


def rules(v, tc, std):
    finite = np.isfinite(v)
    mean = neighbourhood(v, finite, np.mean)
    coherent = {t: finite & (np.nan_to_num(tc, nan=-1) >= t) for t in (0.7, 0.9)}
    checked = finite & np.isfinite(tc)  # a redundant pair: the series was checked against one
    return {
        "3 x 3 mean (the default)": mean,
        "3 x 3 mean, peak where temporal_coherence is not NaN": np.where(checked, mean, np.nan),
        "3 x 3 mean against velocity_std": np.where(np.isfinite(std), mean / std, np.nan),
        "3 x 3 median": neighbourhood(v, finite, np.median),
        "3 x 3 mean without its extremes": neighbourhood(v, finite, trimmed_mean),
        "3 x 3 mean, temporal_coherence >= 0.7": neighbourhood(v, coherent[0.7], np.mean),
        "3 x 3 mean, temporal_coherence >= 0.9": neighbourhood(v, coherent[0.9], np.mean),
    }


def main(runs):
    errors = {}
    for run in map(Path, runs):
        sites_file = next(run.glob("*.sites.json"))
        prefix = sites_file.name[: -len(".sites.json")]
        scene = json.load(open(sites_file))
        sites = {s["id"]: s for s in scene["sites"]}
        w, h = scene["scene"]["width"], scene["scene"]["height"]
        chain = run / f"{prefix}_chain.data"
        v = band(chain, "velocity", w, h)
        true_v = band(run / f"{prefix}.truth.data", "velocity", w, h)
        tc = band(chain, "temporal_coherence", w, h)
        fields = rules(v, tc, band(chain, "velocity_std", w, h))
        boxes = {f["properties"]["id"]: f["properties"]["bbox_px"] for f in
                 json.load(open(run / f"{prefix}_chain.detections.geojson"))["features"]}
        for line in open(run / "report.md").read().split("## 4.")[1].splitlines():
            hit = re.match(r"\| (\d+) \| \w+ \| [\d.]+ \| (\d+) \|", line)
            if not hit:
                continue
            x0, y0, x1, y1 = boxes[int(hit.group(1))]
            site_peak = sites[int(hit.group(2))]["peak_velocity_mm_per_year"]
            for name, field in fields.items():
                inside = np.nan_to_num(np.abs(field[y0:y1, x0:x1]), nan=-1)
                if inside.max() < 0:  # nothing usable: the default rule's pixel
                    inside = np.nan_to_num(np.abs(fields["3 x 3 mean (the default)"][y0:y1, x0:x1]), nan=-1)
                iy, ix = np.unravel_index(np.argmax(inside), inside.shape)
                y, x = y0 + iy, x0 + ix
                errors.setdefault(name, []).append((abs(v[y, x] - site_peak), abs(v[y, x] - true_v[y, x]),
                                                    np.isnan(tc[y, x])))
    print("| rule | detections | median error vs the site's peak (mm/year) | mean | p90 |"
          " median error vs the truth at the pixel | mean | peaks without temporal coherence |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, e in errors.items():
        e = np.array(e)
        print(f"| {name} | {len(e)} | {np.median(e[:, 0]):.2f} | {e[:, 0].mean():.2f} |"
              f" {np.quantile(e[:, 0], 0.9):.2f} | {np.median(e[:, 1]):.2f} | {e[:, 1].mean():.2f} |"
              f" {int(e[:, 2].sum())} |")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) > 1 else 2)
    main(sys.argv[1:])
