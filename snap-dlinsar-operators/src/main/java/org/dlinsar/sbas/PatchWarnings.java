package org.dlinsar.sbas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dlinsar.detect.DetectionBox;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.ListedNames;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.sim.PixelBox;

/**
 * What Local-SBAS says of its network and of the patches it solved where a time series lacks
 * something: dates no pair links, interferograms left out for want of data or of a reference, a
 * detection none of whose pixels was inverted. Each line begins with the operator and its product
 * ({@link InterferogramStack#lineOf}) and names the interferograms.
 */
final class PatchWarnings {

  private static final String OPERATOR = "Local-SBAS";
  /** Interferograms named in a line at most; the rest are counted. */
  private static final int NAMES_LISTED = 8;

  private final InterferogramStack stack;
  private final int margin;
  private final Consumer<String> warn;

  /**
   * @param margin the patches' margin, its outer half the reference ring
   * @param warn takes each line
   */
  PatchWarnings(InterferogramStack stack, int margin, Consumer<String> warn) {
    this.stack = stack;
    this.margin = margin;
    this.warn = warn;
  }

  /** A network in several groups measures no displacement between them (CONTRACT.md section 4). */
  void unlinkedDates(SbasNetwork network) {
    List<List<LocalDate>> groups = network.linkedGroups();
    if (groups.size() < 2) {
      return;
    }
    List<String> spans = new ArrayList<>();
    for (List<LocalDate> group : groups) {
      spans.add(group.get(0) + (group.size() > 1 ? " to " + group.get(group.size() - 1) : "")
          + " (" + group.size() + (group.size() == 1 ? " date)" : " dates)"));
    }
    warn.accept(stack.lineOf(OPERATOR) + ": no pair links the dates across " + (groups.size() - 1)
        + (groups.size() == 2 ? " gap" : " gaps") + ", so the pairs measure " + groups.size() + " groups apart: "
        + String.join("; ", spans) + ". disp_<date> holds still across a gap (not measured) and velocities"
        + " are fitted within each group; pairs across the gaps would measure it");
  }

  /**
   * The interferograms (network order) without any data in every detection's patch, none without
   * detections; said once, in one line, not the same one per detection (a stack with
   * interferograms empty all over).
   */
  Set<Integer> emptyInEveryPatch(List<PatchResult> results) {
    Set<Integer> empty = new TreeSet<>();
    for (int k = 0; k < results.size(); k++) {
      Set<Integer> here = Arrays.stream(results.get(k).withoutData()).boxed().collect(Collectors.toSet());
      if (k == 0) {
        empty.addAll(here);
      } else {
        empty.retainAll(here);
      }
    }
    if (!empty.isEmpty()) {
      warn.accept(NoDataWatch.line(stack.lineOf(OPERATOR), suffixes(List.copyOf(empty)), empty.size(),
          stack.size(), "in the patches around the detections", "they are left out of every detection's time series",
          "every band Local-SBAS adds is NaN"));
    }
    return empty;
  }

  /**
   * Says when a detection's ring gave some interferograms no reference, naming them: their phases
   * are out. Those of {@code emptyEverywhere}, said once for every detection, are not said again.
   */
  void dropped(DetectionBox detection, PatchResult result, Set<Integer> emptyEverywhere) {
    List<Integer> droppedPairs = Arrays.stream(result.dropped()).boxed()
        .filter(p -> !emptyEverywhere.contains(p)).toList();
    int dropped = droppedPairs.size();
    if (dropped == 0) {
      return;
    }
    int droppedUnwrapped = result.droppedUnwrapped();
    // A box near the frame's edges in a small frame has its ring cut off: no margin helps there.
    int inFrame = ringPixelsInFrame(detection.box());
    String why = inFrame < ReferenceRing.MIN_PIXELS
        ? String.format(Locale.ROOT, "; the ring lies outside the %d x %d frame (%d of its"
            + " pixels inside, a reference needs %d)", stack.width(), stack.height(), inFrame,
            ReferenceRing.MIN_PIXELS)
        : droppedUnwrapped == dropped
        ? "; the Unw_Phase_ifg_* bands are NaN there: unwrap with a margin of at least " + margin
        : droppedUnwrapped > 0
        ? String.format(Locale.ROOT, "; %d of them have data there but their"
            + " Unw_Phase_ifg_* bands are NaN: unwrap with a margin of at least %d",
            droppedUnwrapped, margin)
        : "";
    warn.accept(String.format(Locale.ROOT, "%s: detection %d: %s of %d"
        + " interferograms left out%s, their reference ring (%d to %d px around the box) without"
        + " data%s", stack.lineOf(OPERATOR), detection.id(), dropped == stack.size() ? "all" : String.valueOf(dropped),
        stack.size(), dropped == stack.size() ? "" : " (" + ListedNames.of(suffixes(droppedPairs), NAMES_LISTED) + ")",
        margin / 2, margin, why));
  }

  /**
   * Says when a detection's ring referenced some interferograms to every valid ring pixel, too
   * few of them being stable and coherent (a ring in forest, a short margin): the median of
   * decorrelated phase is a noisy offset, which goes into the series at full weight.
   */
  void weakReference(DetectionBox detection, PatchResult result) {
    int weak = result.weakReference().length;
    if (weak == 0) {
      return;
    }
    List<Integer> pairs = Arrays.stream(result.weakReference()).boxed().toList();
    warn.accept(String.format(Locale.ROOT, "%s: detection %d: %s of %d interferograms referenced to"
        + " ring pixels of any coherence%s, fewer than %d of the ring (%d to %d px around the box)"
        + " reaching coherence %.1f: their offsets are noisy; a wider margin, or DL-Mask before,"
        + " may find stable ground", stack.lineOf(OPERATOR), detection.id(),
        weak == stack.size() ? "all" : String.valueOf(weak), stack.size(),
        weak == stack.size() ? "" : " (" + ListedNames.of(suffixes(pairs), NAMES_LISTED) + ")",
        ReferenceRing.MIN_PIXELS, margin / 2, margin, ReferenceRing.STABLE_COHERENCE));
  }

  /**
   * Says when a detection's ring was referenced but none of its box's pixels has the valid pairs
   * an inversion needs (a box masked or decorrelated): its series would otherwise be NaN unsaid.
   * A ring without any reference has its own warning ({@link #dropped}).
   *
   * @param dropped the interferograms its ring left out
   * @param minPairs pairs a pixel needs valid to be inverted
   */
  void noPixelInverted(DetectionBox detection, int dropped, int minPairs) {
    warn.accept(noPixelInverted(stack.lineOf(OPERATOR), detection.id(), detection.box(), minPairs, stack.size(),
        dropped));
  }

  /**
   * The line for a detection none of whose box's pixels was inverted; the {@code dropped}
   * interferograms its ring left out (said in their own line) count against it as ones without data.
   *
   * @param operatorLine the line's start, the operator and its product ({@link InterferogramStack#lineOf})
   */
  static String noPixelInverted(String operatorLine, int id, PixelBox box, int minPairs, int interferograms,
      int dropped) {
    String cause = dropped > 0
        ? String.format(Locale.ROOT, "%d of them left out for want of a reference (above), and a"
            + " sample NaN, of coherence 0 or masked having none", dropped)
        : "a sample NaN, of coherence 0 or masked has none";
    return String.format(Locale.ROOT, "%s: detection %d: no pixel of its box (%s) has data"
        + " in at least %d of the %d interferograms, which a pixel needs to be inverted (%s), so its"
        + " velocity and time series are NaN", operatorLine, id, box, minPairs, interferograms, cause);
  }

  /** The interferograms' suffixes (as VV_04Jan2021_16Jan2021), in network order. */
  private List<String> suffixes(List<Integer> pairs) {
    return pairs.stream().map(p -> stack.interferograms().get(p).suffix()).toList();
  }

  /** Pixels of the detection's reference ring that the frame holds, other boxes disregarded. */
  private int ringPixelsInFrame(PixelBox box) {
    int count = 0;
    for (boolean in : ReferenceRing.of(box.grownWithin(margin, stack.width(), stack.height()), box,
        List.of(), margin / 2)) {
      count += in ? 1 : 0;
    }
    return count;
  }
}
