"""Build the ONNX test fixtures of the Java inference tests.

The Java build never runs Python: the files this script writes are committed under
``snap-dlinsar-operators/src/test/resources/org/dlinsar/inference/``. Run it again after a change
here, from the repository root::

    python snap-dlinsar-models/training/make_test_fixture.py

Fixtures
--------
``tiny-fcn.onnx`` with ``tiny-fcn.card.json``
    A tiny fully convolutional net: 3x3 conv (2 -> 4 channels), ReLU, 3x3 conv (4 -> 1), both
    zero-padded, weights drawn from a fixed seed. Its receptive field reaches 2 pixels, inside
    the card's halo of 4, so tiled inference must equal whole-raster inference.
``tiny-fcn-fixed.onnx``
    The same net and weights exported with a fixed shape [4, 2, 64, 64] (batch and tile of the
    card), for models that cannot take free dimensions; it uses the tiny-fcn card.
``opset-99.onnx``
    An Identity graph stamped with opset 99, which no ONNX Runtime implements.
``tiny-fcn-nan.onnx``
    tiny-fcn.onnx with one bias of its last convolution NaN: a damaged model, whose every
    output is NaN; it uses the tiny-fcn card.
``tiny-pool.onnx``
    A tiny two-level UNet (max pooling with ceil mode, nearest upsampling to the skip level's
    size, sums as skips), built as the mask network is: not shift-invariant, so tiles must start
    on multiples of its stride (4) to give the whole-raster result; the tests give it the tiny-fcn
    card with a tile of stride 4 and a halo of 16, which covers its receptive radius (about 14).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

OUT = (
    Path(__file__).resolve().parents[2]
    / "snap-dlinsar-operators/src/test/resources/org/dlinsar/inference"
)


@dataclass(frozen=True)
class FixtureConfig:
    """What the tiny net is made of; the card repeats it."""

    seed: int = 11
    """torch.manual_seed for the weights."""
    in_channels: int = 2
    hidden_channels: int = 4
    opset: int = 17
    tile: int = 64
    """Tile edge (pixels) the card asks for."""
    halo: int = 4
    """Halo (pixels); covers the net's receptive radius of 2."""


class TinyFcn(torch.nn.Module):
    """Two zero-padded 3x3 convolutions with a ReLU between: receptive radius 2 pixels."""

    def __init__(self, config: FixtureConfig) -> None:
        super().__init__()
        self.conv1 = torch.nn.Conv2d(config.in_channels, config.hidden_channels, 3, padding=1)
        self.conv2 = torch.nn.Conv2d(config.hidden_channels, 1, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv2(torch.relu(self.conv1(x)))


def export_tiny_fcn(config: FixtureConfig) -> None:
    """Write tiny-fcn.onnx (dynamic batch, height and width), its card, and tiny-fcn-fixed.onnx."""
    torch.manual_seed(config.seed)
    net = TinyFcn(config).eval()
    export(net, config, "tiny-fcn.onnx", torch.randn(1, config.in_channels, 16, 16), dynamic=True)
    fixed = torch.randn(4, config.in_channels, config.tile, config.tile)
    export(net, config, "tiny-fcn-fixed.onnx", fixed, dynamic=False)
    card = {
        "name": "tiny-fcn",
        "version": "1.0.0",
        "task": "fixture",
        "description": "Test fixture: two seeded 3x3 convolutions, no training.",
        "opset": config.opset,
        "input": {
            "tensor": "phase",
            "channels": [
                {"name": "cos_phase", "mean": 0.0, "std": 1.0},
                {"name": "coherence", "mean": 0.5, "std": 0.25},
            ],
        },
        "output": {"tensor": "score", "channels": ["score"]},
        "tile": {"size": config.tile, "halo": config.halo, "batch": 4},
        "training": {
            "recipe": "none: random weights from the seed (make_test_fixture.py)",
            "seed": config.seed,
            "realism": {},
        },
        "metrics": [],
    }
    (OUT / "tiny-fcn.card.json").write_text(json.dumps(card, indent=2) + "\n")


def export(net: TinyFcn, config: FixtureConfig, name: str, example: torch.Tensor, dynamic: bool) -> None:
    """Export ``net`` as ``name``: free batch, height and width if ``dynamic``, else the example's."""
    path = OUT / name
    axes = {"phase": {0: "n", 2: "h", 3: "w"}, "score": {0: "n", 2: "h", 3: "w"}}
    torch.onnx.export(
        net,
        (example,),
        str(path),
        input_names=["phase"],
        output_names=["score"],
        dynamic_axes=axes if dynamic else None,
        opset_version=config.opset,
        dynamo=False,
    )
    onnx.checker.check_model(onnx.load(str(path)))


class TinyPool(torch.nn.Module):
    """conv, pool, conv, pool, conv, then upsampled back through the skips: stride 4."""

    def __init__(self, channels: int = 2, width: int = 4) -> None:
        super().__init__()
        self.enc0 = torch.nn.Conv2d(channels, width, 3, padding=1)
        self.enc1 = torch.nn.Conv2d(width, width, 3, padding=1)
        self.enc2 = torch.nn.Conv2d(width, width, 3, padding=1)
        self.head = torch.nn.Conv2d(width, 1, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pool = torch.nn.functional.max_pool2d
        up = torch.nn.functional.interpolate
        e0 = torch.relu(self.enc0(x))
        e1 = torch.relu(self.enc1(pool(e0, 2, ceil_mode=True)))
        e2 = torch.relu(self.enc2(pool(e1, 2, ceil_mode=True)))
        d1 = up(e2, size=e1.shape[-2:]) + e1
        return self.head(up(d1, size=e0.shape[-2:]) + e0)


def export_tiny_pool(config: FixtureConfig) -> None:
    """Write tiny-pool.onnx (dynamic batch, height and width)."""
    torch.manual_seed(config.seed)
    net = TinyPool(config.in_channels).eval()
    export(net, config, "tiny-pool.onnx", torch.randn(1, config.in_channels, 16, 16), dynamic=True)


def export_opset_99() -> None:
    """Write opset-99.onnx: a valid graph whose opset no runtime supports."""
    x = helper.make_tensor_value_info("phase", TensorProto.FLOAT, ["n", 2, "h", "w"])
    y = helper.make_tensor_value_info("score", TensorProto.FLOAT, ["n", 2, "h", "w"])
    graph = helper.make_graph([helper.make_node("Identity", ["phase"], ["score"])], "g", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 99)])
    onnx.save(model, str(OUT / "opset-99.onnx"))


def export_damaged() -> None:
    """Write tiny-fcn-nan.onnx: tiny-fcn.onnx with its output bias NaN."""
    model = onnx.load(str(OUT / "tiny-fcn.onnx"))
    bias = next(t for t in model.graph.initializer if t.name.endswith("conv2.bias"))
    values = numpy_helper.to_array(bias).copy()
    values.flat[0] = float("nan")
    bias.CopyFrom(numpy_helper.from_array(values, bias.name))
    onnx.save(model, str(OUT / "tiny-fcn-nan.onnx"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    export_tiny_fcn(FixtureConfig())
    export_opset_99()
    export_damaged()
    export_tiny_pool(FixtureConfig())


if __name__ == "__main__":
    main()
