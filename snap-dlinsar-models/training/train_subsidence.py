"""Train and export DL-Detect's subsidence network (DDNet) on simulated interferograms.

From the repository root (CPU, about 30 minutes on 2 cores)::

    python snap-dlinsar-models/training/train_subsidence.py

writes ``ddnet-subsidence.onnx`` and ``ddnet-subsidence.card.json`` into
``snap-dlinsar-models/src/main/resources/dlinsar-models/``. The training set is written first by
the Java simulator (``bin/dlinsar training-set --task subsidence``) unless it exists; the card's
held-out figures come from ``score_detector.py subsidence`` (DL-Detect DL against CLASSICAL on
the same stacks).

Network (after Wu et al. 2022, DDNet): a full-resolution DnCNN whose 3x3 convolutions are dilated
(1, 2, 4, 8, 4, 2, 1) so that it sees a bowl's fringes over some 50 pixels without pooling, with a
residual shortcut around every pair of layers. Inputs: the phasor (cos, sin) behind the Otsu mask
and the coherence; output: the probability that a bowl deforms the pixel by half a radian or more
over the pair (``TrainingSamples``). Loss: binary cross-entropy plus a soft Dice loss on the bowl
class, both only where the truth is taught (``valid``).
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

CHANNELS = ["cos_phase", "sin_phase", "coherence"]
DILATIONS = (1, 2, 4, 8, 4, 2)


def conv(cin, cout, d=1):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=d, dilation=d, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class DDNet(nn.Module):
    """Dilated DnCNN: in, pairs of dilated layers with shortcuts, a 1x1 head (logits)."""

    def __init__(self, width=16):
        super().__init__()
        self.inward = conv(len(CHANNELS), width)
        self.pairs = nn.ModuleList(
            nn.Sequential(conv(width, width, a), conv(width, width, b))
            for a, b in zip(DILATIONS[::2], DILATIONS[1::2]))
        self.head = nn.Conv2d(width, 1, 1)

    def forward(self, x):
        x = self.inward(x)
        for pair in self.pairs:
            x = x + pair(x)
        return self.head(x)


class Probability(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        return torch.sigmoid(self.net(x))


def loss_of(logits, bowl, valid):
    bce = (F.binary_cross_entropy_with_logits(logits, bowl, reduction="none") * valid).sum() \
        / valid.sum().clamp(min=1)
    p = torch.sigmoid(logits) * valid
    t = bowl * valid
    dice = 1 - (2 * (p * t).sum() + 1) / (p.sum() + t.sum() + 1)
    return bce + dice


def augment(x, y, v, rng):
    """Flips, transposes and the phase's sign: a bowl has no preferred direction, and uplift
    fringes turn the other way."""
    if rng.random() < 0.5:
        x, y, v = x.flip(2), y.flip(2), v.flip(2)
    if rng.random() < 0.5:
        x, y, v = x.flip(3), y.flip(3), v.flip(3)
    if rng.random() < 0.5:
        x, y, v = x.transpose(2, 3), y.transpose(2, 3), v.transpose(2, 3)
    if rng.random() < 0.5:
        x = torch.cat([x[:, :1], -x[:, 1:2], x[:, 2:]], 1)
    return x, y, v


def train(args, train_set: Path):
    inputs = common.load(train_set, "inputs")
    target = common.load(train_set, "target")
    valid = common.load(train_set, "valid")
    means, stds = common.channel_statistics(inputs)
    # phasor channels stay phasors: centring them would make "no data" (0) a direction
    means[0] = means[1] = 0.0
    stds[0] = stds[1] = 1.0
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    net = DDNet(args.width)
    n = inputs.shape[0]

    def loss_of_step(device):
        index = np.sort(rng.choice(n, args.batch, replace=False))
        x = torch.from_numpy(common.normalise(inputs[index], means, stds))
        y = torch.from_numpy(np.asarray(target[index], np.float32)[:, None])
        v = torch.from_numpy(np.asarray(valid[index], np.float32)[:, None])
        x, y, v = augment(x.to(device), y.to(device), v.to(device), rng)
        return loss_of(net(x), y, v)

    steps = common.train_steps(net, loss_of_step, args.steps, args.minutes, args.lr, 1e-4,
                               args.device)
    return net, means, stds, steps


def main():
    parser = common.training_parser(__doc__, scenes=600, seed=200001, width=16, batch=16, lr=3e-3, steps=2000, minutes=35, name="ddnet-subsidence")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    args.device = common.training_device(args.device)

    train_set = common.make_training_set("subsidence", args.data / "subsidence-train",
                                         args.scenes, args.seed, 128, 4, False)
    net, means, stds, steps = train(args, train_set)
    model = Probability(net).eval()
    radius = common.receptive_radius(model, len(CHANNELS))
    halo = int(math.ceil(radius / 8) * 8)
    # tiles of 32 halos: the context overhead 1.2x, activations about 40 MB a tile
    tile = 32 * halo
    args.out.mkdir(parents=True, exist_ok=True)
    onnx_path = args.out / f"{args.name}.onnx"
    common.export_onnx(model, len(CHANNELS), onnx_path)
    recipe = (f"python snap-dlinsar-models/training/train_subsidence.py: {common.steps_done(steps, args.steps)} of"
              f" {args.batch} interferograms (128 px) from {args.scenes} TrainingScenes seeds"
              f" {args.seed}-{args.seed + args.scenes - 1} (every other one with dense fringes),"
              f" 4 pairs each; BCE + Dice where taught; width {args.width}; receptive radius"
              f" {radius} px" + common.trained_on(args.device))
    common.write_card(args.out / f"{args.name}.card.json", name=args.name, version="1.0.0",
                      task="detect-subsidence", description="DDNet (dilated DnCNN): probability"
                      " that a subsidence bowl deforms an interferogram's pixel",
                      channels=CHANNELS, means=means, stds=stds, outputs=["bowl_probability"],
                      tile=tile, halo=halo, batch=1, recipe=recipe, seed=args.seed, metrics=[],
                      # of the pixels DL-Mask's Otsu mask keeps, as DDNet is fed (models README)
                      realism=realism.statistics(realism.interferograms_of_training_set(train_set)))
    print(f"wrote {onnx_path} (receptive radius {radius} px, halo {halo}, tile {tile})")


if __name__ == "__main__":
    main()
