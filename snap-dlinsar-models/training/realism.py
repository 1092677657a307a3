"""How real an interferogram stack looks: the statistics issue 11 (3b) compares real and simulated
data by, for any BEAM-DIMAP stack (i_ifg_/q_ifg_/coh_ bands) or mask training set.

    python snap-dlinsar-models/training/realism.py stack.dim [more.dim ...]
    python snap-dlinsar-models/training/realism.py target/training/mask-train

Per stack, over all its interferograms (pooled), and per pair span:
- median 5x5 phasor coherence |mean of exp(i phase)| and the share of pixels below 0.3;
- adjacent-pixel phase noise: RMS of the wrapped difference of horizontal neighbours, over all
  pixels and where the coherence band reads 0.2-0.3;
- residues per 1000 pixels (2x2 loops whose wrapped differences do not sum to zero);
- coherence correlation length: the lag, in metres, at which the autocorrelation of the 5x5
  phasor coherence falls to 1/e (mean of the range and azimuth directions);
- median |phase gradient|, rad per pixel.
Only numpy; reads DIMAP's ENVI rasters directly.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np

ENVI_TYPES = {1: "u1", 2: "i2", 3: "i4", 4: "f4", 5: "f8", 12: "u2"}


def read_envi(img: Path) -> np.ndarray:
    header = {}
    for line in img.with_suffix(".hdr").read_text().splitlines():
        if "=" in line:
            key, value = line.split("=", 1)
            header[key.strip()] = value.strip()
    order = ">" if header.get("byte order", "1") == "1" else "<"
    dtype = np.dtype(order + ENVI_TYPES[int(header["data type"])])
    shape = (int(header["lines"]), int(header["samples"]))
    return np.fromfile(img, dtype=dtype).reshape(shape).astype(np.float32)


def spacing(dim: Path) -> tuple[float, float]:
    """Range and azimuth pixel spacing (m) from Abstracted_Metadata, 15 x 14 m when absent."""
    root = ElementTree.parse(dim).getroot()
    values = {}
    for attribute in root.iter("MDATTR"):
        if attribute.get("name") in ("range_spacing", "azimuth_spacing") and attribute.text:
            values[attribute.get("name")] = float(attribute.text)
    return values.get("range_spacing", 15.0), values.get("azimuth_spacing", 14.0)


def span_days(suffix: str) -> int | None:
    dates = [t for t in suffix.split("_") if len(t) == 9 and t[:2].isdigit()]
    if len(dates) < 2:
        return None
    first, last = (datetime.strptime(d, "%d%b%Y") for d in dates[-2:])
    return abs((last - first).days)


def interferograms_of_dim(dim: Path):
    """(span days, phase, coherence or None, spacing) for each interferogram of a DIMAP stack."""
    data = dim.with_suffix(".data")
    dx, dy = spacing(dim)
    for img in sorted(data.glob("i_ifg_*.img")):
        suffix = img.stem[len("i_ifg_"):]
        re = read_envi(img)
        im = read_envi(data / f"q_ifg_{suffix}.img")
        coherence_file = data / f"coh_{suffix}.img"
        coherence = read_envi(coherence_file) if coherence_file.exists() else None
        phase = np.where((re == 0) & (im == 0), np.nan, np.arctan2(im, re))
        yield span_days(suffix), phase, coherence, (dx, dy)


def interferograms_of_training_set(folder: Path, limit: int = 400):
    """The same from a mask training set: phase from cos/sin, spans from samples.csv."""
    inputs = np.load(folder / "inputs.npy", mmap_mode="r")
    spans = [int(line.split(",")[4]) for line in (folder / "samples.csv").read_text().splitlines()[1:]]
    step = max(1, inputs.shape[0] // limit)
    for r in range(0, inputs.shape[0], step):
        x = np.asarray(inputs[r])
        yield spans[r], np.arctan2(x[1], x[0]), x[2], (15.0, 14.0)


def wrap(x):
    return (x + np.pi) % (2 * np.pi) - np.pi


def box_mean(x: np.ndarray, half: int = 2) -> np.ndarray:
    """Mean over the (2 half + 1)^2 window, NaN left out, by summed-area tables."""
    valid = np.isfinite(x)
    values = np.where(valid, x, 0)

    def box(a):
        padded = np.pad(a, half, mode="constant")
        c = padded.cumsum(0).cumsum(1)
        c = np.pad(c, ((1, 0), (1, 0)))
        k = 2 * half + 1
        return c[k:, k:] - c[:-k, k:] - c[k:, :-k] + c[:-k, :-k]

    count = box(valid.astype(np.float64))
    with np.errstate(invalid="ignore", divide="ignore"):
        return box(values.astype(np.complex128) if np.iscomplexobj(values) else values) / count


def phasor_coherence(phase: np.ndarray) -> np.ndarray:
    z = np.where(np.isfinite(phase), np.exp(1j * np.nan_to_num(phase)), np.nan)
    return np.abs(box_mean(z))


def correlation_length(field: np.ndarray, metres: float, axis: int) -> float:
    """Lag (m) where the mean autocorrelation along ``axis`` first drops below 1/e."""
    f = np.nan_to_num(field - np.nanmean(field))
    n = f.shape[axis]
    spectrum = np.fft.rfft(f, n=2 * n, axis=axis)
    acf = np.fft.irfft(np.abs(spectrum) ** 2, axis=axis)
    acf = acf.mean(axis=1 - axis)[:n]
    acf = acf / acf[0]
    below = np.nonzero(acf < 1 / np.e)[0]
    return float(below[0] * metres) if below.size else float("nan")


def statistics(interferograms) -> dict:
    pooled = defaultdict(list)
    by_span = defaultdict(list)
    lengths = []
    residues = [0, 0]
    for span, phase, coherence, (dx, dy) in interferograms:
        gamma = phasor_coherence(phase)
        g = gamma[np.isfinite(gamma)]
        pooled["gamma"].append(g)
        if span is not None:
            by_span[span].append(g)
        d = wrap(np.diff(phase, axis=1))
        pooled["noise"].append(d[np.isfinite(d)])
        if coherence is not None:
            band = (coherence[:, 1:] >= 0.2) & (coherence[:, 1:] < 0.3) & np.isfinite(d)
            pooled["noise_low"].append(d[band])
        dyv = wrap(np.diff(phase, axis=0))
        pooled["gradient"].append(np.hypot(d[:-1, :], dyv[:, :-1]).ravel())
        loop = d[:-1, :] + dyv[:, 1:] - d[1:, :] - dyv[:, :-1]
        loop = loop[np.isfinite(loop)]
        residues[0] += int((np.abs(loop) > np.pi).sum())
        residues[1] += loop.size
        lengths.append(0.5 * (correlation_length(gamma, dx, 1) + correlation_length(gamma, dy, 0)))

    def cat(key):
        return np.concatenate(pooled[key]) if pooled[key] else np.array([np.nan])

    gamma = cat("gamma")
    gradient = cat("gradient")
    return {
        "median phasor coherence (5x5)": float(np.median(gamma)),
        "share below 0.3": float(np.mean(gamma < 0.3)),
        "adjacent-pixel phase noise, rad RMS": float(np.sqrt(np.mean(cat("noise") ** 2))),
        "same at coherence 0.2-0.3, rad RMS": float(np.sqrt(np.mean(cat("noise_low") ** 2))),
        "residues per 1000 pixels": 1000 * residues[0] / max(1, residues[1]),
        "coherence correlation length, m": float(np.nanmedian(lengths)),
        "median |gradient|, rad/px": float(np.nanmedian(gradient)),
        "median phasor coherence by span (days)": {
            s: round(float(np.median(np.concatenate(v))), 3) for s, v in sorted(by_span.items())},
    }


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        source = (interferograms_of_training_set(path) if path.is_dir()
                  else interferograms_of_dim(path))
        print(path)
        for key, value in statistics(source).items():
            shown = value if isinstance(value, dict) else round(value, 3)
            print(f"  {key}: {shown}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
