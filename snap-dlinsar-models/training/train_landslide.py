"""Train, export and score DL-Detect's landslide network on simulated gradient stacks.

From the repository root (CPU, about 20 minutes for the training set and 55 for 8000 steps on 2 cores)::

    python snap-dlinsar-models/training/train_landslide.py

writes ``yolo-landslide.onnx`` and ``yolo-landslide.card.json`` into
``snap-dlinsar-models/src/main/resources/dlinsar-models/``. The training set is written first by
the Java chain (``bin/dlinsar training-set --task landslide``: DL-Mask OTSU, Phase-Gradient-Stack,
true boxes) unless it exists. The card's operating points (``ensemble``) come next, from
``bench/ensemble_points.py --card`` on the tuning seeds' dumps (its docstring has the commands),
and its held-out figures last, from ``score_detector.py landslide`` (DL-Detect DL against
CLASSICAL on the same stacks).

Network: an anchor-free single-stage detector of the YOLO family (after Fu et al. 2022,
Attention-YOLOv3; heads as YOLOX/FCOS): a stride-2 stem, residual blocks at stride 4 and dilated
ones at stride 8, each level followed by CBAM attention, the stride-8 features brought back to
stride 4 and fused (a two-level feature pyramid), and per stride-4 cell an objectness logit and
the distances from the cell's centre to the four sides of the box. CBAM pools over a local
window (7 x 7 cells at stride 4, 5 x 5 at stride 8) instead of the whole image, so that an
output depends on its neighbourhood only and the network runs in tiles (CONTRACT.md 8). Training: mosaic augmentation (four scenes' quadrants on
one canvas), flips and transposes that turn the gradient vector with the image, DropBlock on the
stride-8 features, focal loss on objectness and CIoU loss on the boxes of the target cells.

Exported: objectness probability and the four distances (pixels) at full resolution, each
stride-4 cell's value repeated over its 4 x 4 pixels (``LandslideNetwork`` reads the cell
centres, pixels 4k + 2).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

import common

CHANNELS = ["grad_az_t", "grad_rg_t"]
OUTPUTS = ["objectness", "left_px", "top_px", "right_px", "bottom_px"]
STRIDE = 4
CANVAS = 192


def conv(cin, cout, k=3, s=1, d=1):
    return nn.Sequential(nn.Conv2d(cin, cout, k, s, padding=d * (k // 2), dilation=d, bias=False),
                         nn.BatchNorm2d(cout), nn.SiLU(inplace=True))


class Residual(nn.Module):
    """Two 3x3 convolutions (dilated by d) plus the input."""

    def __init__(self, c, d=1):
        super().__init__()
        self.a = conv(c, c, d=d)
        self.b = nn.Sequential(nn.Conv2d(c, c, 3, padding=d, dilation=d, bias=False),
                               nn.BatchNorm2d(c))

    def forward(self, x):
        return F.silu(self.b(self.a(x)) + x)


class LocalCbam(nn.Module):
    """CBAM (Woo et al. 2018): channel then spatial attention, pooled over a local window."""

    def __init__(self, c, window, kernel):
        super().__init__()
        hidden = max(8, c // 4)
        self.mlp = nn.Sequential(nn.Conv2d(c, hidden, 1), nn.SiLU(inplace=True),
                                 nn.Conv2d(hidden, c, 1))
        self.avg = nn.AvgPool2d(window, 1, window // 2, count_include_pad=False)
        self.max = nn.MaxPool2d(window, 1, window // 2)
        self.spatial = nn.Conv2d(2, 1, kernel, padding=kernel // 2)

    def forward(self, x):
        x = x * torch.sigmoid(self.mlp(self.avg(x)) + self.mlp(self.max(x)))
        pooled = torch.cat([x.mean(1, keepdim=True), x.amax(1, keepdim=True)], 1)
        return x * torch.sigmoid(self.spatial(pooled))


class DropBlock(nn.Module):
    """DropBlock (Ghiasi et al. 2018): drops square blocks of features while training."""

    def __init__(self, p=0.1, block=3):
        super().__init__()
        self.p = p
        self.block = block

    def forward(self, x):
        if not self.training or self.p == 0:
            return x
        gamma = self.p / self.block ** 2
        seeds = (torch.rand_like(x[:, :1]) < gamma).float()
        keep = 1 - F.max_pool2d(seeds, self.block, 1, self.block // 2)
        return x * keep * keep.numel() / keep.sum().clamp(min=1)


class LandslideYolo(nn.Module):
    """Stride-4 detector: objectness logit and four log-distances per cell."""

    def __init__(self, width=32):
        super().__init__()
        w = width
        self.stem = nn.Sequential(conv(len(CHANNELS), w // 2, s=2), conv(w // 2, w, s=2))
        self.level4 = nn.Sequential(Residual(w), Residual(w), LocalCbam(w, 7, 5))
        self.down = conv(w, 3 * w // 2, s=2)
        self.level8 = nn.Sequential(Residual(3 * w // 2), Residual(3 * w // 2, 2),
                                    LocalCbam(3 * w // 2, 5, 3))
        self.drop = DropBlock()
        self.fuse = nn.Sequential(conv(w + 3 * w // 2, w, k=1), conv(w, w))
        self.head = nn.Conv2d(w, 5, 1)
        nn.init.constant_(self.head.bias[0], -4.0)

    def forward(self, x):
        c4 = self.level4(self.stem(x))
        c8 = self.drop(self.level8(self.down(c4)))
        up = F.interpolate(c8, size=c4.shape[-2:], mode="nearest")
        return self.head(self.fuse(torch.cat([c4, up], 1)))


class Exported(nn.Module):
    """What DL-Detect runs: probability and distances in pixels, at full resolution."""

    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        y = self.net(x)
        out = torch.cat([torch.sigmoid(y[:, :1]), distances(y[:, 1:])], 1)
        return F.interpolate(out, scale_factor=STRIDE, mode="nearest")


def distances(raw):
    """Cell centre to box sides, pixels: 4 exp(raw), clamped to 0.2-220 px."""
    return STRIDE * torch.exp(raw.clamp(-3, 4))


# --- data -------------------------------------------------------------------------------------

def read_boxes(folder: Path, records: int):
    boxes = [[] for _ in range(records)]
    for line in (folder / "boxes.csv").read_text().splitlines()[1:]:
        r, x0, y0, x1, y1, label = line.split(",")
        boxes[int(r)].append((int(x0), int(y0), int(x1), int(y1), label == "slide"))
    return boxes


def transform(x, boxes, rng):
    """A flip of rows, of columns, and a transpose, each with probability 1/2, turning the
    gradient vector (channel 0 along rows, 1 along columns) with the image; and the sign of the
    motion."""
    x = x.copy()
    size_y, size_x = x.shape[1:]
    if rng.random() < 0.5:
        x = x[:, ::-1]
        x[0] = -x[0]
        boxes = [(a, size_y - d, c, size_y - b, t) for a, b, c, d, t in boxes]
    if rng.random() < 0.5:
        x = x[:, :, ::-1]
        x[1] = -x[1]
        boxes = [(size_x - c, b, size_x - a, d, t) for a, b, c, d, t in boxes]
    if rng.random() < 0.5:
        x = x[::-1].transpose(0, 2, 1)
        boxes = [(b, a, d, c, t) for a, b, c, d, t in boxes]
    if rng.random() < 0.5:
        x = -x
    return np.ascontiguousarray(x), boxes


def crop(x, boxes, x0, y0, w, h, ox, oy):
    """The part of a scene at (x0, y0) of w x h, placed at (ox, oy) of the canvas. Slides cut to
    less than half their box become ignored."""
    part = x[:, y0:y0 + h, x0:x0 + w]
    out = []
    for a, b, c, d, t in boxes:
        ca, cb, cc, cd = max(a, x0), max(b, y0), min(c, x0 + w), min(d, y0 + h)
        if cc <= ca or cd <= cb:
            continue
        kept = (cc - ca) * (cd - cb) / ((c - a) * (d - b))
        out.append((ca - x0 + ox, cb - y0 + oy, cc - x0 + ox, cd - y0 + oy, t and kept >= 0.5))
    return part, out


def sample(inputs, boxes, rng, mosaic):
    """One canvas: a random crop of one scene, or (mosaic) four scenes' crops in quadrants."""
    n, _, size, _ = inputs.shape
    canvas = np.zeros((2, CANVAS, CANVAS), np.float32)
    placed = []
    if mosaic:
        sx = 8 * int(rng.integers(6, CANVAS // 8 - 5))
        sy = 8 * int(rng.integers(6, CANVAS // 8 - 5))
        quadrants = [(0, 0, sx, sy), (sx, 0, CANVAS - sx, sy), (0, sy, sx, CANVAS - sy),
                     (sx, sy, CANVAS - sx, CANVAS - sy)]
    else:
        quadrants = [(0, 0, CANVAS, CANVAS)]
    for ox, oy, w, h in quadrants:
        r = int(rng.integers(n))
        x, b = transform(np.asarray(inputs[r], np.float32), boxes[r], rng)
        x0 = int(rng.integers(size - w + 1))
        y0 = int(rng.integers(size - h + 1))
        part, b = crop(x, b, x0, y0, w, h, ox, oy)
        canvas[:, oy:oy + h, ox:ox + w] = part
        placed += b
    return canvas, placed


def targets(boxes, cells):
    """Per stride-4 cell: objectness target, loss weight (0 = ignored) and the box it learns.

    A slide's target cells are those whose centre lies in the central ellipse of its box
    (semi-axes a quarter of the box, at least 3 px), and always the cell at its centre; the rest
    of its box, and every ignored box grown by 2 px, is left out of the objectness loss."""
    obj = np.zeros((cells, cells), np.float32)
    weight = np.ones((cells, cells), np.float32)
    box = np.zeros((4, cells, cells), np.float32)
    centre = STRIDE * np.arange(cells) + STRIDE / 2
    for a, b, c, d, slide in sorted(boxes, key=lambda t: -(t[2] - t[0]) * (t[3] - t[1])):
        if not slide:
            i0, i1 = max(0, (b - 2) // STRIDE), min(cells, (d + 2) // STRIDE + 1)
            j0, j1 = max(0, (a - 2) // STRIDE), min(cells, (c + 2) // STRIDE + 1)
            weight[i0:i1, j0:j1] = np.where(obj[i0:i1, j0:j1] > 0, 1, 0)
            continue
        mx, my = (a + c) / 2, (b + d) / 2
        rx, ry = max(3, (c - a) / 4), max(3, (d - b) / 4)
        ex = ((centre[None, :] - mx) / rx) ** 2 + ((centre[:, None] - my) / ry) ** 2
        inside = ((centre[None, :] >= a) & (centre[None, :] < c)
                  & (centre[:, None] >= b) & (centre[:, None] < d))
        positive = ex <= 1
        ci = min(cells - 1, int(my // STRIDE))
        cj = min(cells - 1, int(mx // STRIDE))
        positive[ci, cj] = True
        weight[inside & ~positive & (obj == 0)] = 0
        obj[positive] = 1
        weight[positive] = 1
        box[:, positive] = np.array([a, b, c, d], np.float32)[:, None]
    return obj, weight, box


def batch(inputs, boxes, rng, size, means, stds, mosaic_share=0.5):
    xs, objs, weights, bxs = [], [], [], []
    for _ in range(size):
        x, b = sample(inputs, boxes, rng, rng.random() < mosaic_share)
        o, w, bx = targets(b, CANVAS // STRIDE)
        xs.append(x)
        objs.append(o)
        weights.append(w)
        bxs.append(bx)
    x = torch.from_numpy(common.normalise(np.stack(xs), means, stds))
    return x, torch.from_numpy(np.stack(objs)), torch.from_numpy(np.stack(weights)), \
        torch.from_numpy(np.stack(bxs))


# --- loss -------------------------------------------------------------------------------------

def ciou_loss(pred, true):
    """1 - CIoU (Zheng et al. 2020) of boxes (x0, y0, x1, y1), shape [N, 4]."""
    px0, py0, px1, py1 = pred.unbind(1)
    tx0, ty0, tx1, ty1 = true.unbind(1)
    iw = (torch.min(px1, tx1) - torch.max(px0, tx0)).clamp(min=0)
    ih = (torch.min(py1, ty1) - torch.max(py0, ty0)).clamp(min=0)
    inter = iw * ih
    pw, ph, tw, th = px1 - px0, py1 - py0, tx1 - tx0, ty1 - ty0
    union = pw * ph + tw * th - inter + 1e-6
    iou = inter / union
    cw = torch.max(px1, tx1) - torch.min(px0, tx0)
    ch = torch.max(py1, ty1) - torch.min(py0, ty0)
    diagonal = cw ** 2 + ch ** 2 + 1e-6
    centres = ((px0 + px1 - tx0 - tx1) ** 2 + (py0 + py1 - ty0 - ty1) ** 2) / 4
    v = (4 / math.pi ** 2) * (torch.atan(tw / th.clamp(min=1e-6))
                              - torch.atan(pw / ph.clamp(min=1e-6))) ** 2
    with torch.no_grad():
        alpha = v / (1 - iou + v + 1e-6)
    return 1 - iou + centres / diagonal + alpha * v


def loss_of(out, obj, weight, box):
    logits = out[:, 0]
    p = torch.sigmoid(logits)
    bce = F.binary_cross_entropy_with_logits(logits, obj, reduction="none")
    focal = bce * ((1 - p) * obj + p * (1 - obj)) ** 2 * (0.75 * obj + 0.25 * (1 - obj))
    positives = obj > 0
    count = positives.sum().clamp(min=1)
    objectness = (focal * weight).sum() / count
    if not positives.any():
        return objectness
    cells = out.shape[-1]
    centre = STRIDE * torch.arange(cells, dtype=torch.float32, device=out.device) + STRIDE / 2
    cx = centre[None, None, :].expand_as(logits)[positives]
    cy = centre[None, :, None].expand_as(logits)[positives]
    d = distances(out[:, 1:]).permute(0, 2, 3, 1)[positives]
    pred = torch.stack([cx - d[:, 0], cy - d[:, 1], cx + d[:, 2], cy + d[:, 3]], 1)
    true = box.permute(0, 2, 3, 1)[positives]
    return objectness + 2 * ciou_loss(pred, true).mean()


def train(args, train_set: Path):
    inputs = common.load(train_set, "inputs")
    boxes = read_boxes(train_set, inputs.shape[0])
    means, stds = common.channel_statistics(inputs)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    net = LandslideYolo(args.width)

    def loss_of_step(device):
        x, obj, weight, box = (t.to(device) for t in batch(inputs, boxes, rng, args.batch, means, stds))
        return loss_of(net(x), obj, weight, box)

    steps = common.train_steps(net, loss_of_step, args.steps, args.minutes, args.lr, 5e-4,
                               args.device)
    return net, means, stds, steps


def main():
    parser = common.training_parser(__doc__, scenes=1600, seed=100001, width=32, batch=16, lr=3e-3, steps=8000, minutes=90, name="yolo-landslide")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    args.device = common.training_device(args.device)

    train_set = common.make_training_set("landslide", args.data / "landslide-train", args.scenes,
                                         args.seed, 256, 1, False)
    net, means, stds, steps = train(args, train_set)
    model = Exported(net).eval()
    radius = common.receptive_radius(model, len(CHANNELS))
    halo = int(math.ceil(radius / 8) * 8)
    # DL-Detect runs strips of tiles: 12 halos keep the context overhead near 1.7
    tile = 12 * halo
    args.out.mkdir(parents=True, exist_ok=True)
    onnx_path = args.out / f"{args.name}.onnx"
    common.export_onnx(model, len(CHANNELS), onnx_path)
    recipe = (f"python snap-dlinsar-models/training/train_landslide.py: {common.steps_done(steps, args.steps)} of"
              f" {args.batch} canvases of {CANVAS} px (half of them mosaics of four scenes) from"
              f" {args.scenes} TrainingScenes.landslideStack seeds {args.seed}-"
              f"{args.seed + args.scenes - 1}; focal + CIoU loss; width {args.width}; receptive"
              f" radius {radius} px" + common.trained_on(args.device))
    common.write_card(args.out / f"{args.name}.card.json", name=args.name, version="1.3.0",
                      task="detect-landslide", description="Attention-YOLO (local CBAM, stride 4,"
                      " anchor-free): landslide boxes in a gradient stack",
                      channels=CHANNELS, means=means, stds=stds, outputs=OUTPUTS, tile=tile,
                      halo=halo, batch=1, stride=8, recipe=recipe, seed=args.seed, metrics=[])
    print(f"wrote {onnx_path} (receptive radius {radius} px, halo {halo}, tile {tile});"
          " now bench/ensemble_points.py --card writes its operating points and"
          " score_detector.py landslide its metrics")


if __name__ == "__main__":
    main()
