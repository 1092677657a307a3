"""Train, export and score PUNet, the DL unwrapper: a dilated residual DnCNN on simulated scenes.

From the repository root (CPU; ``--minutes`` bounds the training)::

    python snap-dlinsar-models/training/train_unwrap.py

The training and held-out sets are written first by the Java simulator (``bin/dlinsar
training-set --task unwrap``): every other scene has mining bowls of up to 4 m/year, so fringes
reach 3+ rad/pixel. Network (after Wu et al. 2022): a 3x3 convolution, residual blocks of two
dilated 3x3 convolutions (dilations 1 to 32 and back), a 3x3 output; full resolution throughout.
Inputs cos and sin of the phase and coherence; output the unwrapped phase up to a constant. The
loss is the squared error after removing its mean over the truly coherent pixels, so the network
is never asked for the constant no data can tell.

Scored on held-out scenes as DL-Unwrap would use it: the network's phase is made congruent with
the data (unw = wrapped + 2 pi round((net + c - wrapped) / 2 pi), c the circular mean offset weighted by
coherence over the pixels the Otsu mask keeps, as DL-Unwrap weights them) and
compared with the classical unwrapper (minimum-cost flow on the Otsu-masked phase) on the same
pixels: the share of truly coherent pixels within pi of the truth after one whole-cycle offset,
by fringe density and by coherence.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

import common
import realism

CHANNELS = ["cos_phase", "sin_phase", "coherence"]
DILATIONS = (1, 2, 4, 8, 16, 32, 1)


class DilatedBlock(nn.Module):
    """Two dilated 3x3 convolutions with a residual shortcut."""

    def __init__(self, width: int, dilation: int):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(width, width, 3, padding=dilation, dilation=dilation, bias=False),
            nn.BatchNorm2d(width), nn.ReLU(inplace=True),
            nn.Conv2d(width, width, 3, padding=dilation, dilation=dilation, bias=False),
            nn.BatchNorm2d(width))

    def forward(self, x):
        return F.relu(x + self.body(x))


class PuNet(nn.Module):
    def __init__(self, width: int = 24, channels: int = 3):
        super().__init__()
        self.head = nn.Sequential(nn.Conv2d(channels, width, 3, padding=1), nn.ReLU(inplace=True))
        self.body = nn.Sequential(*[DilatedBlock(width, d) for d in DILATIONS])
        self.tail = nn.Conv2d(width, 1, 3, padding=1)

    def forward(self, x):
        return self.tail(self.body(self.head(x)))


def offset_free_loss(predicted, truth, valid):
    """Mean squared error after removing the mean error over the valid pixels of each sample."""
    error = (predicted - truth) * valid
    count = valid.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    error = (error - error.sum(dim=(2, 3), keepdim=True) / count) * valid
    return (error ** 2).sum() / count.sum()


def augment(tensors, rng):
    k = int(rng.integers(4))
    out = [torch.rot90(t, k, (2, 3)) for t in tensors]
    if rng.random() < 0.5:
        out = [torch.flip(t, (3,)) for t in out]
    return out


def train(args, train_set: Path):
    inputs = common.load(train_set, "inputs")
    target = common.load(train_set, "target")
    valid = common.load(train_set, "valid")
    means, stds = [0.0, 0.0, 0.5], [1.0, 1.0, 0.25]
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    net = PuNet(args.width)

    def loss_of_step(device):
        index = np.sort(rng.choice(inputs.shape[0], args.batch, replace=False))
        x = torch.from_numpy(common.normalise(inputs[index], means, stds))
        y = torch.from_numpy(np.asarray(target[index], dtype=np.float32)[:, None])
        v = torch.from_numpy(np.asarray(valid[index], dtype=np.float32)[:, None])
        x, y, v = augment([t.to(device) for t in (x, y, v)], rng)
        return offset_free_loss(net(x), y, v)

    steps = common.train_steps(net, loss_of_step, args.steps, args.minutes, args.lr, 1e-4,
                               args.device)
    return net, means, stds, steps


def congruent(net_phase, wrapped, weight):
    """The network's phase made congruent with the data, offset by the weighted circular mean of
    wrapped - net, as DL-Unwrap's NetworkUnwrapper does."""
    ok = np.isfinite(wrapped) & (weight > 0)
    c = np.angle(np.sum(weight[ok] * np.exp(1j * (wrapped[ok] - net_phase[ok])))) if ok.any() else 0.0
    out = wrapped + 2 * np.pi * np.round((net_phase + c - wrapped) / (2 * np.pi))
    return np.where(np.isfinite(wrapped), out, np.nan)


def success(unwrapped, truth, where):
    """Share of ``where`` within pi of the truth after the commonest whole-cycle offset."""
    d = (unwrapped - truth)[where]
    d = d[np.isfinite(d)]
    if d.size == 0:
        return 0, 0
    k = np.bincount((np.round(d / (2 * np.pi)) - np.round(d / (2 * np.pi)).min()).astype(int)).argmax()
    k += np.round(d / (2 * np.pi)).min()
    return int((np.abs(d - 2 * np.pi * k) < np.pi).sum()), int(d.size)


def steepest(truth, valid):
    gx = np.abs(np.diff(truth, axis=1))[valid[:, 1:] & valid[:, :-1]]
    return float(np.percentile(gx, 99)) if gx.size else 0.0


def evaluate(model, means, stds, held_out: Path):
    inputs = common.load(held_out, "inputs")
    target = common.load(held_out, "target")
    valid = common.load(held_out, "valid")
    baseline = common.load(held_out, "baseline")
    tiers = {}

    def add(tier, dl, classical):
        t = tiers.setdefault(tier, [0, 0, 0, 0])
        t[0] += dl[0]
        t[1] += dl[1]
        t[2] += classical[0]
        t[3] += classical[1]

    model.eval()
    with torch.no_grad():
        for r in range(inputs.shape[0]):
            x = np.asarray(inputs[r])
            wrapped = np.arctan2(x[1], x[0])
            wrapped[~np.isfinite(x[0])] = np.nan
            net = model(torch.from_numpy(common.normalise(x[None], means, stds)))[0, 0].numpy()
            truth = np.asarray(target[r])
            v = np.asarray(valid[r]) == 1
            classical = np.asarray(baseline[r])
            scored = v & np.isfinite(classical)
            coherence = x[2]
            # DL-Unwrap's weight behind the Otsu mask the classical baseline unwrapped: the offset
            # knows nothing of the truth (it took the truly coherent pixels, unweighted, before)
            dl = congruent(net, wrapped, np.where(np.isfinite(classical), coherence, 0.0))
            g = steepest(truth, v)
            density = ("below 1 rad/px" if g < 1 else "1-2 rad/px" if g < 2
                       else "2-3 rad/px" if g < 3 else "3+ rad/px")
            add("all", success(dl, truth, scored), success(classical, truth, scored))
            add(f"fringes {density}", success(dl, truth, scored), success(classical, truth, scored))
            for name, lo, hi in (("coherence below 0.5", 0, 0.5), ("coherence 0.5-0.8", 0.5, 0.8),
                                 ("coherence 0.8+", 0.8, 2)):
                where = scored & (coherence >= lo) & (coherence < hi)
                add(name, success(dl, truth, where), success(classical, truth, where))
    # a tier without pixels has no figure (NaN), not 0 against 0: the card leaves it out
    return {k: (t[0] / t[1] if t[1] else math.nan, t[2] / t[3] if t[3] else math.nan, t[1])
            for k, t in tiers.items()}


def main():
    parser = common.training_parser(__doc__, scenes=800, held_out_scenes=40, seed=100001, held_out_seed=910001, width=16, batch=8, lr=2e-3, steps=1200, minutes=40, name="punet-unwrap")
    parser.add_argument("--export", action="store_true",
                        help="export and write the card even when it does not beat the classical method")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    args.device = common.training_device(args.device)
    common.held_out_apart(args)
    train_set = common.make_training_set("unwrap", args.data / "unwrap-train", args.scenes,
                                         args.seed, 128, 4, False)
    held_out = common.make_training_set("unwrap", args.data / "unwrap-heldout",
                                        args.held_out_scenes, args.held_out_seed, 256, 3, True)
    net, means, stds, steps = train(args, train_set)
    model = net.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.data / f"{args.name}.pt")
    scores = evaluate(model, means, stds, held_out)
    for k, (dl, classical, n) in sorted(scores.items()):
        print(f"{k}: PUNet {dl:.4f}, classical {classical:.4f} ({n} px)")
    (args.data / f"{args.name}.scores.json").write_text(json.dumps(scores, indent=2))
    beats = all(dl >= classical for dl, classical, n in scores.values() if n > 0)
    if not (beats or args.export):
        print("PUNet does not beat the classical unwrapper in every tier: not exported")
        return
    radius = common.receptive_radius(model, len(CHANNELS))
    halo = int(math.ceil(radius / 8) * 8)
    common.export_onnx(model, len(CHANNELS), args.out / f"{args.name}.onnx")
    last = args.held_out_seed + args.held_out_scenes - 1
    held = f"{common.load(held_out, 'inputs').shape[0]} interferograms of {args.held_out_scenes} scenes of 256 px, seeds {args.held_out_seed}-{last}"
    metrics = [{"name": f"unwrapped within pi, {k}", "model": round(dl, 4),
                "classical": round(classical, 4), "classicalMethod": "CLASSICAL", "heldOut": held}
               for k, (dl, classical, n) in sorted(scores.items())]
    common.write_card(args.out / f"{args.name}.card.json", name=args.name, version="1.1.0",
                      task="unwrap", description="PUNet: dilated residual DnCNN regressing the"
                      " unwrapped phase up to a constant",
                      channels=CHANNELS, means=means, stds=stds, outputs=["unwrapped_phase"],
                      tile=max(512, 4 * halo), halo=halo, batch=1,
                      recipe=(f"python snap-dlinsar-models/training/train_unwrap.py: {common.steps_done(steps, args.steps)}"
                              f" of {args.batch} interferograms (128 px) from {args.scenes} scenes,"
                              f" seeds {args.seed}-{args.seed + args.scenes - 1}, every other one"
                              f" TrainingScenes.denseFringes; offset-free MSE; width {args.width};"
                              f" receptive radius {radius} px" + common.trained_on(args.device)),
                      seed=args.seed, metrics=metrics,
                      realism=realism.statistics(realism.interferograms_of_training_set(train_set)))


if __name__ == "__main__":
    main()
