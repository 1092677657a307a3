package org.dlinsar.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.gpf.OperatorException;

/**
 * Detection boxes as DL-Unwrap and Local-SBAS take them, alike (CONTRACT.md section 3): a box
 * that reaches over the edge of the stack's frame is clipped to it, with a warning, as the
 * detections of a larger crop of the same frame give it (DL-Detect on the whole frame, the later
 * stages on a {@code pixelRegion} at its origin); a box wholly outside is refused, since no pixel of
 * it is there to unwrap or invert and its {@code bbox_px} are likely another raster's pixels. A box
 * inside whose corners' lon/lat lie elsewhere on the stack's geocoding is refused too: the
 * detections of a crop at another origin, or a SNAP Subset of the detected product (which keeps its
 * metadata), would otherwise be processed at the wrong ground without a word. Corners that lie on
 * the box only as the product's own datum gives them, not shifted to WGS84 (DL-Detect's files from
 * before it shifted a map geocoding's positions), are taken with a warning.
 */
public final class DetectionsInFrame {

  /**
   * Pixels the corners may lie off their box: SNAP's tie-point geocodings of a subset interpolate
   * a regridded grid, a fraction of a pixel off the whole frame's; a crop at another origin is
   * off by its offset, tens to thousands of pixels.
   */
  private static final double MAX_SHIFT_PX = 2;

  private DetectionsInFrame() {}

  /**
   * The detections of the {@code Detections} metadata ({@code metadataRoot}) of the product named
   * {@code productName}, each {@link #clip clipped} to the {@code width} x {@code height} frame on
   * {@code geoCoding}.
   *
   * @param operatorLine how the operator's refusal begins ({@code Local-SBAS scope=PATCHES})
   * @param operator the operator, as its lines of a detection begin ({@code Local-SBAS})
   * @param warn takes a line per box clipped
   * @throws OperatorException naming the product when it has no readable element, or the
   *     detection {@link #clip} refuses
   */
  public static List<DetectionBox> ofMetadata(MetadataElement metadataRoot, String productName, GeoCoding geoCoding,
      int width, int height, String operatorLine, String operator, Consumer<String> warn) {
    List<DetectionsRead.Row> found;
    try {
      found = DetectionsRead.from(metadataRoot, productName);
    } catch (IllegalArgumentException e) {
      throw new OperatorException(operatorLine + ": " + e.getMessage()
          + "; give detectionsFile, or run DL-Detect on this stack", e);
    }
    return clipped(found, geoCoding, width, height, operator, fromMetadata(productName), warn);
  }

  /**
   * The detections of {@code file}, the operator's parameter {@code detectionsFile}, each {@link
   * #clip clipped} to the {@code width} x {@code height} frame on {@code geoCoding}.
   *
   * @param operator the operator, as its lines begin ({@code DL-Unwrap})
   * @param warn takes a line per box clipped
   * @throws OperatorException naming the parameter and the file when it cannot be read (nor
   *     its product, which it must belong to), or the detection {@link #clip} refuses
   */
  public static List<DetectionBox> ofFile(Path file, GeoCoding geoCoding, int width, int height, String operator,
      Consumer<String> warn) {
    List<DetectionsRead.Row> found;
    try {
      found = DetectionsRead.fromFile(file);
    } catch (IllegalArgumentException e) {
      throw new OperatorException(operator + " parameter 'detectionsFile': " + e.getMessage(), e);
    }
    return clipped(found, geoCoding, width, height, operator, fromFile(file), warn);
  }

  /** The boxes of {@link #ofMetadata} or {@link #ofFile} alone. */
  public static List<PixelBox> boxes(List<DetectionBox> detections) {
    return detections.stream().map(DetectionBox::box).toList();
  }

  /** A detections file as the operators' lines name it, {@code from} of {@link #clip}. */
  public static String fromFile(Path file) {
    return "file '" + DetectionFiles.toRead(file) + "'";
  }

  /** A product's Detections metadata as the operators' lines name it, {@code from} of {@link #clip}. */
  public static String fromMetadata(String productName) {
    return "the Detections metadata of '" + productName + "'";
  }

  /**
   * The detections {@code found}, in their order, each with its box {@link #clip clipped} to the frame.
   *
   * @throws OperatorException the refusal of the first detection {@link #clip} refuses
   */
  private static List<DetectionBox> clipped(List<DetectionsRead.Row> found, GeoCoding geoCoding, int width, int height,
      String operator, String from, Consumer<String> warn) {
    List<DetectionBox> clipped = new ArrayList<>(found.size());
    for (DetectionsRead.Row d : found) {
      try {
        clipped.add(new DetectionBox(d.id(), clip(d, geoCoding, width, height, operator, from, warn)));
      } catch (IllegalArgumentException e) {
        throw new OperatorException(e.getMessage(), e);
      }
    }
    return clipped;
  }

  /**
   * Detection {@code d}'s box clipped to the {@code width} x {@code height} frame.
   *
   * @param geoCoding the stack's, or null
   * @param operator the operator, as its messages begin ({@code DL-Unwrap})
   * @param from where the detections came from, as the messages name it ({@code file 'det.geojson'})
   * @param warn takes one line when the box was clipped
   * @throws IllegalArgumentException naming the detection, its box and {@code from} when the box
   *     lies wholly outside, or inside while its corners lie elsewhere on {@code geoCoding}
   */
  public static PixelBox clip(DetectionsRead.Row d, GeoCoding geoCoding, int width, int height,
      String operator, String from, Consumer<String> warn) {
    PixelBox box = d.box();
    if (box.x0() >= width || box.y0() >= height || box.x1() <= 0 || box.y1() <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: detection %d of %s: its"
          + " box %s lies outside the %d x %d frame, and bbox_px are pixels of the stack's frame:"
          + " are these the detections of this stack?", operator, d.id(), from, box, width, height));
    }
    PixelBox inside = new PixelBox(Math.max(0, box.x0()), Math.max(0, box.y0()),
        Math.min(width, box.x1()), Math.min(height, box.y1()));
    if (!inside.equals(box)) {
      warn.accept(String.format(Locale.ROOT, "%s: detection %d of %s: its box %s reaches over the"
          + " edge of the %d x %d frame; only its part inside, %s, is taken", operator, d.id(), from,
          box, width, height, inside));
    } else {
      // a box over the edge is not checked: outside the frame SNAP's tie-point geocoding has no position
      // and others extrapolate
      requireOnItsGround(d, geoCoding, operator, from, warn);
    }
    return inside;
  }

  private static void requireOnItsGround(DetectionsRead.Row d, GeoCoding geoCoding, String operator,
      String from, Consumer<String> warn) {
    if (geoCoding == null || d.corners().size() != 4) {
      return;
    }
    Wgs84Positions positions = Wgs84Positions.of(geoCoding);
    double[] shift = DetectionCorners.shiftInPixels(geoCoding, positions, d.box(), d.corners());
    if (offItsBox(shift) && positions.shiftedFrom() != null
        && !offItsBox(DetectionCorners.shiftInPixels(geoCoding, Wgs84Positions.WGS84, d.box(), d.corners()))) {
      // DL-Detect inside SNAP wrote a map geocoding's positions as they came, on the map CRS's
      // datum, until it shifted them to WGS84: such files are this stack's detections all the same
      warn.accept(String.format(Locale.ROOT, "%s: detection %d of %s: its corners' lon/lat are on the"
          + " product's datum %s, not WGS84, as DL-Detect wrote them on a map CRS before it shifted them"
          + " to WGS84; taken as on this stack's geocoding", operator, d.id(), from, positions.shiftedFrom()));
      return;
    }
    if (offItsBox(shift)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: detection %d of %s: its"
          + " corners' lon/lat lie %.0f pixels across and %.0f down from its box %s on this stack's"
          + " geocoding, and bbox_px are pixels of the stack's frame: are these the detections"
          + " of another crop of the frame (or of a product subset after DL-Detect)? Run DL-Detect on"
          + " this stack, or the later stages on the frame it ran on", operator, d.id(), from, shift[0],
          shift[1], d.box()));
    }
  }

  private static boolean offItsBox(double[] shift) {
    return shift != null && Math.max(Math.abs(shift[0]), Math.abs(shift[1])) > MAX_SHIFT_PX;
  }
}
