#!/usr/bin/env python3
"""Phase-Gradient-Stack's work in numpy: the peer bench/engine.sh times the engine against.

    bench/gradient_stack_peer.py [--like-graph] stack.dim out_folder

Reads every interferogram's i/q/coh band file (big-endian float32 ENVI .img, as numpy.fromfile
'>f4'), takes the centred wrapped phase gradients along azimuth and range, stacks them as a
coherence-weighted rate, sum(w g) / sum(w dt) in rad/pixel/year, and writes grad_az, grad_rg
(float32) and grad_count (int32) as big-endian .img files into out_folder. Usable samples and
weights as GradientStacker's: finite, not 0 + 0i, coherence finite and positive, the pixel and its
four neighbours usable, weight the mean coherence of the two neighbours. No mask: this is the
stack alone, window 1, as the issue's peer was.

--like-graph does the work of graphs/gradient-stack.xml with its defaults: an Otsu coherence mask
per interferogram (256 bins over [0, 1], as DL-Mask OTSU), the window-7 estimator (per axis, the
coherence-weighted sum over the window of the products of unit phasors z(+1) conj(z(-1)), by
integral images; the gradient is half its angle, its weight the window's sum of product weights)
and the standard error band (weighted scatter over n_eff - 1), written as grad_stderr.
The figures are for timing; the Java tests check the operator's values (bench/engine.sh prints how
far the two rates lie apart).
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


def pair_bands(data, suffix, shape):
    """The pair's real, imaginary and coherence bands (big-endian float32 .img files)."""
    def band(name):
        return np.fromfile(os.path.join(data, name + ".img"), ">f4").reshape(shape)

    return band("i_" + suffix), band("q_" + suffix), band("coh_" + suffix[len("ifg_"):])


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
        re_, im, coh = pair_bands(data, suffix, (height, width))
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


def otsu_threshold(coherence):
    """DL-Mask OTSU's threshold: the upper edge of the bin that maximises the between-class variance."""
    values = coherence[(coherence >= 0) & (coherence <= 1)]
    histogram = np.bincount(np.minimum((values * 256).astype(np.int64), 255), minlength=256).astype(np.float64)
    total = histogram.sum()
    if total == 0 or np.count_nonzero(histogram) < 2:
        return np.float32(np.nan)
    centres = np.arange(256) + 0.5
    w0 = np.cumsum(histogram)[:-1]
    m0 = np.cumsum(histogram * centres)[:-1]
    w1 = total - w0
    m1 = (histogram * centres).sum() - m0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = np.where((w0 > 0) & (w1 > 0), w0 * w1 * (m0 / w0 - m1 / w1) ** 2, -1)
    best = np.flatnonzero(between == between.max())
    return np.float32((best[len(best) // 2] + 1) / 256)


def box_sum(values, window):
    """Sum over the window centred at each pixel (zero outside the raster), by an integral image."""
    half = window // 2
    padded = np.zeros((values.shape[0] + window, values.shape[1] + window), np.float64)
    padded[half + 1 : half + 1 + values.shape[0], half + 1 : half + 1 + values.shape[1]] = values
    integral = padded.cumsum(0).cumsum(1)
    return (integral[window:, window:] - integral[:-window, window:] - integral[window:, :-window]
            + integral[:-window, :-window])


def windowed_gradient(unit, weight, axis, window):
    """Half the angle of the weighted window sum of z(+1) conj(z(-1)) along axis, and its weight."""
    ahead = np.roll(unit, -1, axis)
    behind = np.roll(unit, 1, axis)
    product_weight = np.float32(0.5) * (np.roll(weight, -1, axis) + np.roll(weight, 1, axis))
    product_weight *= (np.roll(weight, -1, axis) > 0) & (np.roll(weight, 1, axis) > 0)
    edge = [slice(None), slice(None)]
    for index in (0, -1):  # products leaving the raster add nothing
        edge[axis] = index
        product_weight[tuple(edge)] = 0
    product = product_weight * ahead * np.conj(behind)
    total = box_sum(product.real, window) + 1j * box_sum(product.imag, window)
    return np.float32(0.5) * np.angle(total).astype(np.float32), box_sum(product_weight, window).astype(np.float32)


def main_like_graph(dim, out, window=7):
    data = dim[: -len(".dim")] + ".data"
    width, height = ncols_nrows(dim)
    shape = (height, width)
    sums = {name: np.zeros(shape, np.float32) for name in
            ("az", "az_span", "az_square", "az_span_square", "rg", "rg_span", "rg_square", "rg_span_square")}
    count = np.zeros(shape, np.int32)
    pairs = sorted(m.groups() for m in map(PAIR.match, os.listdir(data)) if m)
    for suffix, first, second in pairs:
        re_, im, coh = pair_bands(data, suffix, shape)
        valid = np.isfinite(re_) & np.isfinite(im) & ((re_ != 0) | (im != 0)) & np.isfinite(coh) & (coh > 0)
        usable = valid & (coh >= otsu_threshold(coh))
        weight = np.where(usable, coh, np.float32(0))
        with np.errstate(divide="ignore", invalid="ignore"):
            unit = np.where(usable, (re_ + 1j * im) / np.abs(re_ + 1j * im), 0).astype(np.complex64)
        span = span_years(first, second)
        g_az, w_az = windowed_gradient(unit, weight, 0, window)
        g_rg, w_rg = windowed_gradient(unit, weight, 1, window)
        contributes = usable & (w_az > 0) & (w_rg > 0)
        for axis, g, w in (("az", g_az, w_az), ("rg", g_rg, w_rg)):
            w = np.where(contributes, w, np.float32(0))
            sums[axis] += w * g
            sums[axis + "_span"] += w * span
            sums[axis + "_square"] += w * g * g / span
            sums[axis + "_span_square"] += (w * span) ** 2
        count += contributes
    os.makedirs(out, exist_ok=True)
    variance = np.zeros(shape, np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        for axis in ("az", "rg"):
            total, span = sums[axis].astype(np.float64), sums[axis + "_span"].astype(np.float64)
            rate = np.where(count > 0, total / span, np.nan)
            rate.astype(">f4").tofile(os.path.join(out, "grad_" + axis + ".img"))
            scatter = np.maximum(0, sums[axis + "_square"] - rate * total) / span
            effective = span * span / sums[axis + "_span_square"]
            variance += np.where(effective > 1 + 1e-6, scatter / (effective - 1), np.inf)
        stderr = np.where(count == 0, np.nan, np.where(count == 1, np.inf, np.sqrt(variance)))
    stderr.astype(">f4").tofile(os.path.join(out, "grad_stderr.img"))
    count.astype(">i4").tofile(os.path.join(out, "grad_count.img"))
    print(f"{len(pairs)} interferograms, {width} x {height}, window {window}, Otsu mask")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    like_graph = "--like-graph" in arguments
    arguments = [a for a in arguments if a != "--like-graph"]
    if len(arguments) != 2:
        sys.exit("usage: gradient_stack_peer.py [--like-graph] stack.dim out_folder")
    (main_like_graph if like_graph else main)(*arguments)
