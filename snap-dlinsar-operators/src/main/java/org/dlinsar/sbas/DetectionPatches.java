package org.dlinsar.sbas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dlinsar.detect.DetectionBox;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.parts.EngineThreads;
import org.dlinsar.parts.PartHeap;
import org.dlinsar.parts.Parts;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.unwrap.UnwrapRegions;
import org.esa.snap.core.gpf.OperatorException;

/**
 * Local-SBAS's patches around the detections, one part each: read by region from the sources, each
 * solved with a {@link PatchSbas} of its thread; here as many at once as cores, no more than a
 * quarter of the heap holds, read together and refused up front when not even the largest patch
 * fits; by a runner, refused up front when a quarter of its heap does not hold as many as it runs
 * at once.
 */
final class DetectionPatches implements Parts<PatchResult> {

  private final List<DetectionBox> detections;
  private final int margin;
  private final InterferogramStack stack;
  private final PatchReader reader;
  private final ThreadLocal<PatchSbas> sbas;
  private final long heapBytes;
  private final Runnable cancellationCheck;
  private final List<PixelBox> regions;

  /**
   * @param margin pixels each detection's box is grown by, its reference ring in the outer half
   * @param sbas a new solver, one per thread
   * @param heapBytes the heap the patches run in here
   * @param cancellationCheck throws where the run was stopped (the operator's)
   */
  DetectionPatches(List<DetectionBox> detections, int margin, InterferogramStack stack, PatchReader reader,
      Supplier<PatchSbas> sbas, long heapBytes, Runnable cancellationCheck) {
    this.detections = detections;
    this.margin = margin;
    this.stack = stack;
    this.reader = reader;
    this.sbas = ThreadLocal.withInitial(sbas);
    this.heapBytes = heapBytes;
    this.cancellationCheck = cancellationCheck;
    this.regions = UnwrapRegions.around(detections.stream().map(DetectionBox::box).toList(), margin, stack.width(),
        stack.height());
  }

  /** Overlapping patches: DL-Unwrap unwraps them as one region (with the same margin). */
  @Override
  public int group(int part) {
    PixelBox box = detections.get(part).box();
    for (int r = 0; r < regions.size(); r++) {
      PixelBox region = regions.get(r);
      if (region.x0() <= box.x0() && box.x1() <= region.x1() && region.y0() <= box.y0()
          && box.y1() <= region.y1()) {
        return r;
      }
    }
    throw new IllegalStateException("patch of detection " + detections.get(part).id()
        + " lies in no region of " + regions.stream().map(PixelBox::toString).collect(Collectors.joining("; ")));
  }

  @Override
  public int count() {
    return detections.size();
  }

  /** Patch {@code part} read on its own (a runner's task, one interferogram at a time) and solved. */
  @Override
  public PatchResult compute(int part) {
    cancellationCheck.run();
    return solve(part, reader.read(patchBox(part), 1));
  }

  /**
   * As many patches at a time as run at once, read together on the engine's threads ({@link
   * PatchReader#read(List, int)}), then solved in parallel.
   */
  @Override
  public List<PatchResult> computeHere() {
    int atOnce = atOnce();
    List<PatchResult> results = new ArrayList<>(count());
    for (int first = 0; first < count(); first += atOnce) {
      cancellationCheck.run();
      int from = first;
      int size = Math.min(atOnce, count() - first);
      PatchStack[] read = reader.read(IntStream.range(from, from + size)
          .mapToObj(this::patchBox).toList(), EngineThreads.count()).toArray(PatchStack[]::new);
      results.addAll(PatchRunner.runAll(size, k -> {
        PatchStack patch = read[k];
        read[k] = null; // solved patches leave memory as they did when read one by one
        return solve(from + k, patch);
      }, atOnce));
    }
    return results;
  }

  private PixelBox patchBox(int part) {
    return detections.get(part).box().grownWithin(margin, stack.width(), stack.height());
  }

  private PatchResult solve(int part, PatchStack patch) {
    DetectionBox detection = detections.get(part);
    List<PixelBox> others = new ArrayList<>();
    for (DetectionBox d : detections) {
      if (d != detection) {
        others.add(d.box());
      }
    }
    return sbas.get().run(patch, detection.box(), others, margin / 2);
  }

  /**
   * Patches run at once, as scope FULL's blocks: a largest patch over a quarter of the heap is
   * refused before any is computed, naming it and the -Xmx to give.
   */
  private int atOnce() {
    Largest largest = largest();
    if (largest == null) {
      return 1;
    }
    try {
      return PatchRunner.atOnce(heapBytes, Runtime.getRuntime().availableProcessors(), largest.what(),
          largest.pixels(), stack.size(), stack.acquisitionDates().size());
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Local-SBAS scope=PATCHES: " + e.getMessage(), e);
    }
  }

  /**
   * Elsewhere (Spark: each of an executor's tasks holds a patch) the largest patch is measured
   * against the heap the runner computes in, with as many at once as it runs there.
   */
  @Override
  public void checkFits(PartHeap heap) {
    Largest largest = largest();
    if (largest == null) {
      return;
    }
    try {
      PatchRunner.checkFits(heap, largest.what(), largest.pixels(), stack.size(),
          stack.acquisitionDates().size());
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Local-SBAS scope=PATCHES: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses, before any patch is solved, results that half the heap would not hold: each is kept
   * for the mosaic and the CSV, on this machine as on a runner's driver.
   */
  public void checkResultsFit() {
    long pixels = 0;
    for (int part = 0; part < count(); part++) {
      PixelBox patch = patchBox(part);
      pixels += (long) patch.width() * patch.height();
    }
    try {
      PatchRunner.checkResultsFit(heapBytes, count(), pixels, stack.acquisitionDates().size());
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Local-SBAS scope=PATCHES: " + e.getMessage(), e);
    }
  }

  /** The largest patch, as the refusals name it; null without detections. */
  private Largest largest() {
    DetectionBox largest = null;
    PixelBox largestPatch = null;
    for (DetectionBox d : detections) {
      PixelBox patch = d.box().grownWithin(margin, stack.width(), stack.height());
      if (largestPatch == null || (long) patch.width() * patch.height()
          > (long) largestPatch.width() * largestPatch.height()) {
        largest = d;
        largestPatch = patch;
      }
    }
    if (largest == null) {
      return null;
    }
    return new Largest(String.format(Locale.ROOT, "the patch of detection %d (%d x %d pixels, its box and a"
        + " margin of %d)", largest.id(), largestPatch.width(), largestPatch.height(), margin),
        (long) largestPatch.width() * largestPatch.height());
  }

  /** A patch as a refusal names it, and its pixels. */
  private record Largest(String what, long pixels) {}
}
