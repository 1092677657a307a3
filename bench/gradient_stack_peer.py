#!/usr/bin/env python3
"""Phase-Gradient-Stack's work in numpy: the peer bench/engine.sh times the engine against.

    bench/gradient_stack_peer.py stack.dim out_folder

Reads every interferogram's i/q/coh band file (big-endian float32 ENVI .img, as numpy.fromfile
'>f4'), takes the centred wrapped phase gradients along azimuth and range, stacks them as a
coherence-weighted rate, sum(w g) / sum(w dt) in rad/pixel/year, and writes grad_az, grad_rg
(float32) and grad_count (int32) as big-endian .img files into out_folder. Usable samples and
weights as GradientStacker's: finite, not 0 + 0i, coherence finite and positive, the pixel and its
four neighbours usable, weight the mean coherence of the two neighbours. No mask: this is the
stack alone. The figures are for timing; the Java tests check the operator's values.
"""
import datetime
import os
import re
import sys

import numpy as np

TWO_PI = np.float32(2 * np.pi)
PAIR = re.compile(r"^i_(ifg_.*_(\d{2}[A-Za-z]{3}\d{4})_(\d{2}[A-Za-z]{3}\d{4}))\.img$")


def half_wrapped(difference):
    return np.float32(0.5) * (difference - TWO_PI * np.round(difference / TWO_PI))


def span_years(first, second):
    days = (datetime.datetime.strptime(second, "%d%b%Y") - datetime.datetime.strptime(first, "%d%b%Y")).days
    return np.float32(days / 365.25)


def ncols_nrows(dim):
    with open(dim, encoding="iso-8859-1") as header:
        text = header.read()
    return int(re.search(r"<NCOLS>(\d+)</NCOLS>", text).group(1)), int(re.search(r"<NROWS>(\d+)</NROWS>", text).group(1))


def main(dim, out):
    data = dim[: -len(".dim")] + ".data"
    width, height = ncols_nrows(dim)
    inner = (height - 2, width - 2)
    sum_az = np.zeros(inner, np.float32)
    span_az = np.zeros(inner, np.float32)
    sum_rg = np.zeros(inner, np.float32)
    span_rg = np.zeros(inner, np.float32)
    count = np.zeros(inner, np.int32)
    pairs = sorted(m.groups() for m in map(PAIR.match, os.listdir(data)) if m)
    for suffix, first, second in pairs:
        def band(name):
            return np.fromfile(os.path.join(data, name + ".img"), ">f4").reshape(height, width)

        re_, im, coh = band("i_" + suffix), band("q_" + suffix), band("coh_" + suffix[len("ifg_"):])
        phase = np.arctan2(im, re_)
        usable = np.isfinite(phase) & ((re_ != 0) | (im != 0)) & np.isfinite(coh) & (coh > 0)
        weight = np.where(usable, coh, np.float32(0))
        phase = np.where(usable, phase, np.float32(0))
        ok = (usable[1:-1, 1:-1] & usable[:-2, 1:-1] & usable[2:, 1:-1] & usable[1:-1, :-2] & usable[1:-1, 2:])
        span = span_years(first, second)
        w_az = ok * (np.float32(0.5) * (weight[:-2, 1:-1] + weight[2:, 1:-1]))
        sum_az += w_az * half_wrapped(phase[2:, 1:-1] - phase[:-2, 1:-1])
        span_az += w_az * span
        w_rg = ok * (np.float32(0.5) * (weight[1:-1, :-2] + weight[1:-1, 2:]))
        sum_rg += w_rg * half_wrapped(phase[1:-1, 2:] - phase[1:-1, :-2])
        span_rg += w_rg * span
        count += ok
    os.makedirs(out, exist_ok=True)
    for name, sums, spans in (("grad_az", sum_az, span_az), ("grad_rg", sum_rg, span_rg)):
        rate = np.full((height, width), np.nan, np.float32)
        with np.errstate(divide="ignore", invalid="ignore"):
            rate[1:-1, 1:-1] = np.where(count > 0, sums / spans, np.nan)
        rate.astype(">f4").tofile(os.path.join(out, name + ".img"))
    counts = np.zeros((height, width), np.int32)
    counts[1:-1, 1:-1] = count
    counts.astype(">i4").tofile(os.path.join(out, "grad_count.img"))
    print(f"{len(pairs)} interferograms, {width} x {height}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: gradient_stack_peer.py stack.dim out_folder")
    main(sys.argv[1], sys.argv[2])
