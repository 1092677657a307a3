package org.dlinsar.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.dlinsar.sim.PixelBox;

/**
 * Turns a scan's candidates into blobs: each candidate's significance z = |response - median| /
 * sigma against its scale's noise floor, the candidates at or above {@code minZ}, strongest
 * first, each measured ({@link BlobExtent}) unless a stronger blob already covers it
 * (non-maximum suppression across scales and strips: one blob where a pattern answers at several
 * scales or with its ring of opposite sign).
 */
final class BlobSelection {

  /** Boxes overlapping a stronger blob's by more than this IoU are the same blob. */
  static final double SAME_BLOB_IOU = 0.3;

  private BlobSelection() {}

  /**
   * A selected blob.
   *
   * @param x column of its peak
   * @param y row of its peak
   * @param radius box radius of its scale
   * @param response the response at the scanned maximum
   * @param z its significance, sigmas of its scale's noise floor
   * @param box its pixel box
   */
  record Blob(int x, int y, int radius, float response, double z, PixelBox box) {}

  /**
   * @param radii the scanner's radii
   * @param minZ the least significance kept
   * @param maxBlobs the most blobs returned (the strongest)
   * @param order the order of {@code source}'s tiles: every candidate is measured first, in that
   *     order and in parallel (a measure depends on its candidate alone), then the strongest are
   *     chosen
   * @param oneSign whether {@code scan} holds blobs of one sign only (bowls), whose nearby weaker
   *     blobs are then parts of them as a slide's opposite lobe is ({@link #isPartOf})
   */
  static List<Blob> select(BlobScanner.Scan scan, int[] radii, double minZ, DivergenceRows source,
      int width, int height, int maxBlobs, TileOrder order, boolean oneSign) {
    List<Scored> scored = scored(scan, minZ);
    BlobExtent.Located[] extents = new BlobExtent.Located[scored.size()];
    Arrays.stream(order.sort(scored, s -> s.candidate().x(), s -> s.candidate().y())).parallel().forEach(i -> {
      BlobCandidate c = scored.get(i).candidate();
      int radius = radii[c.scale()];
      extents[i] = BlobExtent.measure(source, width, height, c.x(), c.y(), radius, c.response() > 0,
          maxHalfSize(radius));
    });
    List<Blob> blobs = new ArrayList<>();
    for (int i = 0; i < scored.size() && blobs.size() < maxBlobs; i++) {
      BlobCandidate c = scored.get(i).candidate();
      if (covered(c.x(), c.y(), blobs)) {
        continue;
      }
      int radius = radii[c.scale()];
      BlobExtent.Located located = extents[i];
      if (!overlaps(located.box(), blobs)
          && !isPartOf(located.box(), c.response(), radius, blobs, oneSign)) {
        blobs.add(new Blob(located.peakX(), located.peakY(), radius, c.response(), scored.get(i).z(),
            located.box()));
      }
    }
    return List.copyOf(blobs);
  }

  /**
   * A significant maximum, before its extent is measured.
   *
   * @param x column
   * @param y row
   * @param radius box radius of its scale
   * @param response the response there
   * @param z its significance
   */
  record Peak(int x, int y, int radius, float response, double z) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The candidates at or above {@code minZ}, strongest first, without those closer to a stronger
   * one than twice the larger of their scales' sigmas (the same blob at another scale, or its
   * ring): peaks found without measuring boxes, for grouping by place.
   */
  static List<Peak> peaks(BlobScanner.Scan scan, int[] radii, double minZ, int maxPeaks) {
    List<Peak> peaks = new ArrayList<>();
    for (Scored s : scored(scan, minZ)) {
      if (peaks.size() >= maxPeaks) {
        break;
      }
      BlobCandidate c = s.candidate();
      double sigma = BoxBlur.sigma(radii[c.scale()]);
      boolean near = false;
      for (Peak p : peaks) {
        double reach = 2 * Math.max(sigma, BoxBlur.sigma(p.radius()));
        near |= Math.hypot(p.x() - c.x(), p.y() - c.y()) < reach;
      }
      if (!near) {
        peaks.add(new Peak(c.x(), c.y(), radii[c.scale()], c.response(), s.z()));
      }
    }
    return List.copyOf(peaks);
  }

  private record Scored(BlobCandidate candidate, double z) {}

  /** The candidates at or above {@code minZ}, by falling z, then scale, row and column. */
  private static List<Scored> scored(BlobScanner.Scan scan, double minZ) {
    List<Scored> scored = new ArrayList<>();
    for (BlobCandidate c : scan.candidates()) {
      RobustNoise noise = scan.noise()[c.scale()];
      if (noise != null) {
        double z = noise.z(c.response());
        if (z >= minZ) {
          scored.add(new Scored(c, z));
        }
      }
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.z())
        .thenComparingInt(s -> s.candidate().scale())
        .thenComparingInt(s -> s.candidate().y()).thenComparingInt(s -> s.candidate().x()));
    return scored;
  }

  /**
   * The farthest a blob of this scale reaches from its peak: the best-fitting blob of sigma
   * sqrt 3 times the scale's reaches its truth box's edge at about 3 of the scale's sigmas.
   */
  static int maxHalfSize(int radius) {
    return (int) Math.ceil(4 * BoxBlur.sigma(radius)) + 4;
  }

  private static boolean covered(int x, int y, List<Blob> blobs) {
    for (Blob b : blobs) {
      if (b.box().grownWithin(1, Integer.MAX_VALUE, Integer.MAX_VALUE).contains(x, y)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a blob of this box and response sign is part of a stronger blob: of opposite sign,
   * its box no further than {@code gap} pixels from the stronger one's; or of either sign when
   * {@code oneSign}, no further than the larger of {@code gap} and the stronger blob's radius. A
   * moving slope's divergence is a pair of lobes of opposite sign side by side (Fu et al. 2022),
   * one target; a bowl of irregular outline, or whose fast centre aliases in the stack, peaks
   * again near its rim (a second box on one bowl in 5 % of the simulated mining bowls without
   * this; with the weaker blob's radius alone, a small-scale peak beside a large bowl still made
   * one on 12 of 449 bowls found on the tuning scenes, 9 with the stronger one's).
   */
  private static boolean isPartOf(PixelBox box, float response, int gap, List<Blob> blobs,
      boolean oneSign) {
    for (Blob b : blobs) {
      if (oneSign ? BoxOverlap.gap(box, b.box()) <= Math.max(gap, b.radius())
          : (b.response() > 0) != (response > 0) && BoxOverlap.gap(box, b.box()) <= gap) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(PixelBox box, List<Blob> blobs) {
    for (Blob b : blobs) {
      if (box.contains(b.x(), b.y()) || BoxOverlap.iou(box, b.box()) > SAME_BLOB_IOU) {
        return true;
      }
    }
    return false;
  }
}
