"""Train, export and score the DL mask: a small SKRAU-Net on simulated interferograms.

From the repository root (CPU, about 40 minutes on 2 cores)::

    python snap-dlinsar-models/training/train_mask.py

writes ``skrau-mask.onnx`` and ``skrau-mask.card.json`` into
``snap-dlinsar-models/src/main/resources/dlinsar-models/``. The training and held-out sets are
written first by the Java simulator (``bin/dlinsar training-set``) unless they exist.

Network (after Zhang et al. 2021, SKRAU-Net): a three-level UNet whose blocks are residual
selective-kernel blocks: two 3x3 branches (dilation 1 and 2) mixed per pixel by a gate. The gate
sees a local 7x7 average instead of SKNet's global pooling, so a pixel's output depends on its
neighbourhood only and the network can run in tiles (CONTRACT.md 8). Inputs: cos and sin of the
phase, coherence, log amplitude relative to the band's median (``MaskInputs``); output: the
probability that the pixel's phase is coherent. DL-Mask marks pixels at or above 0.5 coherent.

Scored on held-out scenes of other seeds against Otsu's threshold on the same interferograms, as
DL-Mask computes it: IoU of the decorrelated class over all pixels and in 3-pixel bands along the
true mask's edges at water, at shadow or layover, and elsewhere (vegetation and land cover).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

import common
import realism

CHANNELS = ["cos_phase", "sin_phase", "coherence", "log_amplitude"]


class SelectiveKernel(nn.Module):
    """Two 3x3 branches (dilation 1 and 2) blended per pixel by a gate from a local average."""

    def __init__(self, channels: int):
        super().__init__()
        self.near = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=1, bias=False),
                                  nn.BatchNorm2d(channels), nn.ReLU(inplace=True))
        self.far = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=2, dilation=2,
                                           bias=False),
                                 nn.BatchNorm2d(channels), nn.ReLU(inplace=True))
        self.context = nn.AvgPool2d(7, stride=1, padding=3, count_include_pad=False)
        hidden = max(8, channels // 4)
        self.gate = nn.Sequential(nn.Conv2d(channels, hidden, 1), nn.ReLU(inplace=True),
                                  nn.Conv2d(hidden, channels, 1), nn.Sigmoid())

    def forward(self, x):
        near = self.near(x)
        far = self.far(x)
        # a two-way softmax over the branches is a sigmoid of one logit
        weight = self.gate(self.context(near + far))
        return weight * near + (1 - weight) * far


class ResidualSkBlock(nn.Module):
    """1x1 in, selective kernel, 3x3 out, plus the input (projected when widths differ)."""

    def __init__(self, cin: int, cout: int):
        super().__init__()
        self.inward = nn.Sequential(nn.Conv2d(cin, cout, 1, bias=False), nn.BatchNorm2d(cout),
                                    nn.ReLU(inplace=True))
        self.kernel = SelectiveKernel(cout)
        self.outward = nn.Sequential(nn.Conv2d(cout, cout, 3, padding=1, bias=False),
                                     nn.BatchNorm2d(cout))
        self.shortcut = nn.Identity() if cin == cout else nn.Conv2d(cin, cout, 1, bias=False)

    def forward(self, x):
        return F.relu(self.outward(self.kernel(self.inward(x))) + self.shortcut(x))


class SkrauNet(nn.Module):
    """Three-level UNet of residual selective-kernel blocks; any input size."""

    def __init__(self, width: int = 16, channels: int = 4):
        super().__init__()
        w = width
        self.enc0 = ResidualSkBlock(channels, w)
        self.enc1 = ResidualSkBlock(w, 2 * w)
        self.enc2 = ResidualSkBlock(2 * w, 4 * w)
        self.dec1 = ResidualSkBlock(6 * w, 2 * w)
        self.dec0 = ResidualSkBlock(3 * w, w)
        self.head = nn.Conv2d(w, 1, 1)

    def forward(self, x):
        e0 = self.enc0(x)
        e1 = self.enc1(F.max_pool2d(e0, 2, ceil_mode=True))
        e2 = self.enc2(F.max_pool2d(e1, 2, ceil_mode=True))
        d1 = self.dec1(torch.cat([F.interpolate(e2, size=e1.shape[-2:]), e1], 1))
        d0 = self.dec0(torch.cat([F.interpolate(d1, size=e0.shape[-2:]), e0], 1))
        return self.head(d0)


class Probability(nn.Module):
    """What is exported: the coherent-phase probability."""

    def __init__(self, net: nn.Module):
        super().__init__()
        self.net = net

    def forward(self, x):
        return torch.sigmoid(self.net(x))


def loss_of(logits, coherent):
    """Binary cross-entropy plus a soft Dice loss on the decorrelated class."""
    bce = F.binary_cross_entropy_with_logits(logits, coherent)
    decorrelated = 1 - torch.sigmoid(logits)
    truth = 1 - coherent
    dice = 1 - (2 * (decorrelated * truth).sum() + 1) / (decorrelated.sum() + truth.sum() + 1)
    return bce + dice


def augment(x, y, rng):
    """Flips and quarter turns: decorrelation has no preferred direction."""
    k = int(rng.integers(4))
    x, y = torch.rot90(x, k, (2, 3)), torch.rot90(y, k, (2, 3))
    if rng.random() < 0.5:
        x, y = torch.flip(x, (3,)), torch.flip(y, (3,))
    return x, y


def train(args, train_set: Path):
    inputs = common.load(train_set, "inputs")
    target = common.load(train_set, "target")
    means, stds = common.channel_statistics(inputs)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    net = SkrauNet(args.width)
    n = inputs.shape[0]

    def loss_of_step(device):
        index = np.sort(rng.choice(n, args.batch, replace=False))
        x = torch.from_numpy(common.normalise(inputs[index], means, stds))
        y = torch.from_numpy(np.asarray(target[index], dtype=np.float32)[:, None])
        x, y = augment(x.to(device), y.to(device), rng)
        return loss_of(net(x), y)

    steps = common.train_steps(net, loss_of_step, args.steps, args.minutes, args.lr, 1e-4,
                               args.device)
    return net, means, stds, steps


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """Binary dilation by a (2 radius + 1) square, as a max filter."""
    t = torch.from_numpy(mask.astype(np.float32))[None, None]
    return F.max_pool2d(t, 2 * radius + 1, stride=1, padding=radius)[0, 0].numpy() > 0


def boundary_bands(truth: np.ndarray, terrain: np.ndarray, radius: int = 3):
    """3-pixel bands along the true mask's edges at water, at shadow/layover and elsewhere."""
    decorrelated = truth == 0
    band = dilate(decorrelated, radius) & dilate(~decorrelated, radius)
    near_water = dilate(terrain == 1, radius)
    near_shadow = dilate((terrain == 2) | (terrain == 3), radius)
    return {"water": band & near_water, "shadow/layover": band & near_shadow & ~near_water,
            "vegetation and land cover": band & ~near_water & ~near_shadow}


class Iou:
    """Intersection and union of the decorrelated class, summed over records."""

    def __init__(self):
        self.intersection = 0
        self.union = 0

    def add(self, predicted_coherent, truth_coherent, where=None):
        p = predicted_coherent == 0
        t = truth_coherent == 0
        if where is not None:
            p, t = p & where, t & where
        self.intersection += int((p & t).sum())
        self.union += int((p | t).sum())

    def value(self):
        return self.intersection / self.union if self.union else float("nan")


def evaluate(model: nn.Module, means, stds, held_out: Path):
    """IoU of the decorrelated class, the network's and Otsu's, overall and in boundary bands."""

    inputs = common.load(held_out, "inputs")
    target = common.load(held_out, "target")
    terrain = common.load(held_out, "terrain")
    otsu = common.load(held_out, "baseline")
    names = ["all pixels", "water", "shadow/layover", "vegetation and land cover"]
    dl = {k: Iou() for k in names}
    classical = {k: Iou() for k in names}
    model.eval()
    with torch.no_grad():
        for r in range(inputs.shape[0]):
            x = torch.from_numpy(common.normalise(inputs[r:r + 1], means, stds))
            predicted = (model(x)[0, 0].numpy() >= 0.5).astype(np.uint8)
            t = np.asarray(target[r])
            bands = boundary_bands(t, np.asarray(terrain[r]))
            dl["all pixels"].add(predicted, t)
            classical["all pixels"].add(np.asarray(otsu[r]), t)
            for k, where in bands.items():
                dl[k].add(predicted, t, where)
                classical[k].add(np.asarray(otsu[r]), t, where)
    return {k: (dl[k].value(), classical[k].value()) for k in names}


def main():
    parser = common.training_parser(__doc__, scenes=800, held_out_scenes=48, seed=1, held_out_seed=900001, width=16, batch=16, lr=2e-3, steps=1150, minutes=42, name="skrau-mask")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    args.device = common.training_device(args.device)
    common.held_out_apart(args)

    train_set = common.make_training_set("mask", args.data / "mask-train", args.scenes, args.seed,
                                         128, 4, False)
    held_out = common.make_training_set("mask", args.data / "mask-heldout",
                                        args.held_out_scenes, args.held_out_seed, 256, 4, True)
    net, means, stds, steps = train(args, train_set)
    model = Probability(net).eval()
    radius = common.receptive_radius(model, len(CHANNELS))
    halo = int(math.ceil(radius / 8) * 8)
    # DL-Mask computes target tiles of tile - 2 halo, each one network tile: 12 halos keeps the
    # context overhead near 1.4 while ONNX Runtime's activations stay under 200 MB a tile
    tile = 12 * halo
    args.out.mkdir(parents=True, exist_ok=True)
    onnx_path = args.out / f"{args.name}.onnx"
    common.export_onnx(model, len(CHANNELS), onnx_path)
    scores = evaluate(model, means, stds, held_out)
    records = common.load(held_out, "inputs").shape[0]
    last = args.held_out_seed + args.held_out_scenes - 1
    held = (f"{records} interferograms of {args.held_out_scenes} simulated training scenes of"
            f" 256 px, seeds {args.held_out_seed}-{last}")
    metrics = []
    for k, (model_iou, otsu_iou) in scores.items():
        label = "IoU decorrelated" if k == "all pixels" else f"IoU decorrelated, 3 px band at {k} edges"
        metrics.append({"name": label, "model": round(model_iou, 4), "classical": round(otsu_iou, 4),
                        "classicalMethod": "OTSU", "heldOut": held})
        print(f"{label}: model {model_iou:.4f}, Otsu {otsu_iou:.4f}")
    recipe = (f"python snap-dlinsar-models/training/train_mask.py: {common.steps_done(steps, args.steps)} of"
              f" {args.batch} interferograms (128 px) from {args.scenes} TrainingScenes seeds"
              f" {args.seed}-{args.seed + args.scenes - 1}, 4 pairs each; BCE + Dice; width"
              f" {args.width}; receptive radius {radius} px" + common.trained_on(args.device))
    common.write_card(args.out / f"{args.name}.card.json", name=args.name, version="1.0.0",
                      task="mask", description="SKRAU-Net (local selective kernels): probability"
                      " that an interferogram pixel's phase is coherent",
                      channels=CHANNELS, means=means, stds=stds,
                      outputs=["coherent_probability"], tile=tile, halo=halo, batch=1, stride=4,
                      recipe=recipe, seed=args.seed, metrics=metrics,
                      realism=realism.statistics(realism.interferograms_of_training_set(train_set)))
    print(f"wrote {onnx_path} (receptive radius {radius} px, halo {halo}, tile {tile})")


if __name__ == "__main__":
    main()
