"""What every training script shares: shards, normalisation, receptive field, ONNX export, cards.

Training sets come from the Java simulator (``bin/dlinsar training-set``), so the networks see the
inputs DL-InSAR's operators give them in SNAP; see ``TrainingSetWriter`` for the files.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import time
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "snap-dlinsar-models/src/main/resources/dlinsar-models"
OPSET = 17



def training_parser(doc: str, *, name: str, scenes: int, seed: int, width: int, batch: int, lr: float,
                    steps: int, minutes: float, held_out_scenes: int | None = None,
                    held_out_seed: int | None = None) -> argparse.ArgumentParser:
    """The options every training script takes, with that model's defaults (its recipe)."""
    parser = argparse.ArgumentParser(
        description=doc.split("\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter,
        epilog="A trial run, in about a minute, that leaves the bundled model and the recipe's"
               " sets alone: --out and --data elsewhere (say /tmp/trial, /tmp/trial-data),"
               " --scenes 2 (--held-out-scenes 1), --steps 3, --batch 2, --width 8"
               " (snap-dlinsar-models/README.md, Training).")
    parser.add_argument("--data", type=Path, default=REPO / "target/training",
                        help="folder of the training and held-out sets (written there unless"
                             " they are, with their recipe)")
    parser.add_argument("--out", type=Path, default=MODELS,
                        help="folder the ONNX file and its card are written to; the default"
                             " replaces the bundled model")
    parser.add_argument("--scenes", type=int, default=scenes, help="training scenes")
    if held_out_scenes is not None:
        parser.add_argument("--held-out-scenes", type=int, default=held_out_scenes,
                            help="held-out scenes the card's metrics are measured on")
    parser.add_argument("--seed", type=int, default=seed, help="first training scene's seed")
    if held_out_seed is not None:
        parser.add_argument("--held-out-seed", type=int, default=held_out_seed,
                            help="first held-out scene's seed")
    parser.add_argument("--width", type=int, default=width, help="the network's base width")
    parser.add_argument("--batch", type=int, default=batch, help="records per step")
    parser.add_argument("--lr", type=float, default=lr, help="peak learning rate")
    parser.add_argument("--steps", type=int, default=steps, help="training steps")
    parser.add_argument("--minutes", type=float, default=minutes,
                        help="time bound on the training steps")
    parser.add_argument("--threads", type=int, default=2, help="PyTorch's CPU threads")
    parser.add_argument("--device", default="cpu", choices=["cpu", "cuda", "auto"],
                        help="where the training steps run (auto: CUDA when PyTorch sees a GPU);"
                             " the cards' recipes ran on the CPU, and CUDA's convolutions do not"
                             " repeat them bit for bit")
    parser.add_argument("--name", default=name, help="file names: <name>.onnx, <name>.card.json")
    return parser

SET_RECIPE = "set.json"


def held_out_apart(args) -> None:
    """Stops when the held-out seeds reach into the training seeds: the card's figures would then
    be measured partly on scenes the network was trained on."""
    train = range(args.seed, args.seed + args.scenes)
    held = range(args.held_out_seed, args.held_out_seed + args.held_out_scenes)
    if train.start < held.stop and held.start < train.stop:
        raise SystemExit(f"held-out seeds {held.start}-{held.stop - 1} overlap the training seeds"
                         f" {train.start}-{train.stop - 1}: give --held-out-seed or --seed apart")


def make_training_set(task: str, folder: Path, scenes: int, seed: int, size: int, pairs: int,
                      baselines: bool) -> Path:
    """Writes the set with the Java simulator unless the folder already holds it.

    A set is reused only when the recipe it was made with (``set.json``) is the one asked for: a
    set cached from other arguments (fewer scenes, other seeds) would train a model whose card
    states arguments it never saw.
    """
    recipe = {"task": task, "scenes": scenes, "seed": seed, "size": size, "pairs": pairs,
              "baselines": baselines}
    if (folder / "inputs.npy").exists():
        recorded = folder / SET_RECIPE
        made = json.loads(recorded.read_text()) if recorded.exists() else None
        if made != recipe:
            raise SystemExit(f"{folder} holds a training set made with {made or 'an unrecorded recipe'},"
                             f" not {recipe}: delete the folder to make it anew, or give --data elsewhere")
        return folder
    command = [str(REPO / "bin/dlinsar"), "training-set", "--task", task, "--scenes", str(scenes),
               "--seed", str(seed), "--size", str(size), "--pairs-per-scene", str(pairs),
               "-o", str(folder)]
    if baselines:
        command.append("--baselines")
    subprocess.run(command, check=True)
    staged = folder / (SET_RECIPE + ".tmp")
    staged.write_text(json.dumps(recipe, indent=2) + "\n")
    staged.replace(folder / SET_RECIPE)
    return folder


def load(folder: Path, name: str) -> np.ndarray:
    """One array of a set, memory-mapped: sets can be larger than memory."""
    return np.load(folder / f"{name}.npy", mmap_mode="r")


def channel_statistics(inputs: np.ndarray, sample: int = 256) -> tuple[list[float], list[float]]:
    """Mean and standard deviation per channel over up to ``sample`` records, NaN left out."""
    step = max(1, inputs.shape[0] // sample)
    x = np.asarray(inputs[::step], dtype=np.float64)
    means = [float(np.nanmean(x[:, c])) for c in range(x.shape[1])]
    stds = [float(max(np.nanstd(x[:, c]), 1e-3)) for c in range(x.shape[1])]
    return means, stds


def normalise(x: np.ndarray, means: list[float], stds: list[float]) -> np.ndarray:
    """(x - mean) / std per channel, NaN (no data) as 0: what TiledInference feeds the network."""
    m = np.asarray(means, dtype=np.float32).reshape(1, -1, 1, 1)
    s = np.asarray(stds, dtype=np.float32).reshape(1, -1, 1, 1)
    out = (np.asarray(x, dtype=np.float32) - m) / s
    return np.nan_to_num(out, nan=0.0)


def training_device(name: str) -> torch.device:
    """The device ``--device`` names; asking for CUDA where PyTorch sees none is an error."""
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cuda" and not torch.cuda.is_available():
        raise SystemExit("--device cuda: this PyTorch sees no CUDA device"
                         f" (torch {torch.__version__}, built for CUDA {torch.version.cuda})")
    return torch.device(name)


def trained_on(device: torch.device) -> str:
    """What a card's recipe adds when the steps ran on a GPU: the same recipe, other rounding."""
    return "" if device.type == "cpu" else f"; trained on {torch.cuda.get_device_name(device)}"


def steps_done(done: int, planned: int) -> str:
    """The recipe's steps: those done, and where ``--minutes`` cut them short, the planned count
    the cosine schedule ran over, which a rerun needs (``--steps planned``) to take the same path."""
    if done >= planned:
        return f"{done} AdamW steps"
    return f"{done} AdamW steps of a cosine schedule over {planned} (--steps {planned}), stopped by --minutes"


def train_steps(net: torch.nn.Module, loss_of_step, steps: int, minutes: float, lr: float,
                weight_decay: float, device: torch.device) -> int:
    """AdamW on ``loss_of_step(device)`` (one batch's loss, its tensors on ``device``) with a
    cosine schedule from ``lr`` to 0 over ``steps`` steps, or until ``minutes`` have passed; logs
    every 50 steps. Returns the steps done; the network is back on the CPU, where it is exported
    and scored."""
    net.to(device)
    print(f"training on {device}" + trained_on(device), flush=True)
    optimiser = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=weight_decay)
    started = time.time()
    deadline = started + 60 * minutes
    step = 0
    net.train()
    while step < steps and time.time() < deadline:
        rate = lr * 0.5 * (1 + math.cos(math.pi * step / steps))
        for group in optimiser.param_groups:
            group["lr"] = rate
        loss = loss_of_step(device)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if step % 50 == 0:
            print(f"step {step} loss {loss.item():.4f} lr {rate:.2e}", flush=True)
        step += 1
    if device.type == "cuda":
        torch.cuda.synchronize(device)  # the last steps' kernels count too
    seconds = time.time() - started
    print(f"trained {step} steps in {seconds:.1f} s ({step / seconds:.2f} steps/s)", flush=True)
    net.cpu()
    return step


#: Output pixels measured by receptive_radius along the diagonal from the centre: every pooling
#: phase of a network whose strides multiply to at most this.
RADIUS_PHASES = 8


def receptive_radius(model: torch.nn.Module, channels: int, size: int = 257) -> int:
    """Largest distance (pixels) at which an input pixel changes an output pixel, measured.

    Measured at the output pixels (c + k, c + k), k < RADIUS_PHASES, from the middle c of a size x
    size image: behind pooling the reach depends on where a pixel falls in its stride, and the
    centre alone, always stride-aligned, saw 62 of SKRAU's 63 px and 123 of YOLO's 126. The
    image doubles until every reach found lies inside it (PUNet reaches 130 px, which 257 px
    reported as 128).
    """
    model.eval()
    while True:
        # seeded noise, not zeros: through ReLU a zero input has no gradient at all
        x = torch.randn(1, channels, size, size, generator=torch.Generator().manual_seed(0))
        c = size // 2
        radius = 0
        for k in range(RADIUS_PHASES):
            x.grad = None
            x.requires_grad_(True)
            y = model(x)
            y[0, 0, c + k, c + k].backward()
            touched = (x.grad.abs().sum(dim=(0, 1)) > 0).nonzero()
            radius = max(radius, int((touched - (c + k)).abs().max().item()))
        if radius < c - RADIUS_PHASES:
            return radius
        size = 2 * size - 1


def export_onnx(model: torch.nn.Module, channels: int, path: Path, input_name: str = "input",
                output_name: str = "output") -> None:
    """Opset-17 export with free batch, height and width, checked by onnx."""
    import onnx

    model.eval()
    dummy = torch.zeros(1, channels, 128, 128)
    axes = {0: "batch", 2: "height", 3: "width"}
    torch.onnx.export(model, dummy, str(path), input_names=[input_name],
                      output_names=[output_name], opset_version=OPSET,
                      dynamic_axes={input_name: axes, output_name: axes}, dynamo=False)
    onnx.checker.check_model(onnx.load(str(path)))


def write_card(path: Path, *, name: str, version: str, task: str, description: str,
               channels: list[str], means: list[float], stds: list[float], outputs: list[str],
               tile: int, halo: int, batch: int, recipe: str, seed: int,
               metrics: list[dict], realism: dict | None = None, stride: int = 1) -> None:
    """The card CONTRACT.md section 8 describes, every field filled; realism: realism.py's
    statistics of the training set (its finite scalar ones go into the card); stride: the
    network's coarsest pooling step, which tiles start on."""
    card = {
        "name": name,
        "version": version,
        "task": task,
        "description": description,
        "opset": OPSET,
        "input": {"tensor": "input", "channels": [
            {"name": c, "mean": round(m, 6), "std": round(s, 6)}
            for c, m, s in zip(channels, means, stds)]},
        "output": {"tensor": "output", "channels": outputs},
        "tile": {"size": tile, "halo": halo, "batch": batch, "stride": stride},
        "training": {"recipe": recipe, "seed": seed, "realism": {
            k: round(float(v), 3) for k, v in (realism or {}).items()
            if not isinstance(v, dict) and np.isfinite(v)}},
        "metrics": metrics,
    }
    save_card(path, card)


def measured(metric: dict) -> bool:
    """Whether both figures of a metric are numbers: a held-out tier without pixels, or a
    precision without detections, has none (NaN or None here)."""
    return all(isinstance(metric[k], (int, float)) and math.isfinite(metric[k])
               for k in ("model", "classical"))


def save_card(path: Path, card: dict) -> None:
    """Writes a model card's JSON through a temporary name, so a failed run leaves the old one.

    A metric without figures is left out, and said so: JSON has no NaN, and ModelCards refuses a
    null figure, so the card would not load at all."""
    for metric in card["metrics"]:
        if not measured(metric):
            print(f"{path.name}: metric '{metric['name']}' left out: no figure"
                  f" (model {metric['model']}, classical {metric['classical']}) on {metric['heldOut']}")
    card = dict(card, metrics=[m for m in card["metrics"] if measured(m)])
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(card, indent=2, allow_nan=False) + "\n")
    partial.replace(path)
