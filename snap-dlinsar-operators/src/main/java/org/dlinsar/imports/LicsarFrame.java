package org.dlinsar.imports;

import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * A COMET LiCSAR frame folder: one {@code <yyyymmdd>_<yyyymmdd>/} folder per pair holding
 * {@code <pair>.geo.diff_pha.tif} (wrapped phase, float32, radians) and {@code <pair>.geo.cc.tif}
 * (coherence, uint8 scaled 0-255 or float), all on one WGS84 lon/lat grid. Sentinel-1 C-band.
 *
 * @param byteCoherence whether coherence is stored as uint8 0-255
 */
public record LicsarFrame(GeoTiffGrid grid, List<ImportedPair> pairs, boolean byteCoherence)
    implements ImportedStack {

  /** Sentinel-1's radar frequency, MHz: LiCSAR frames are all Sentinel-1. */
  static final double SENTINEL1_MHZ = 5405.000454334349;

  /**
   * Scans {@code folder}, keeping pairs of at most {@code maxSpanDays} (0: all).
   *
   * @throws IOException one line naming the folder without pairs, the pair without coherence,
   *     the GeoTIFF that is not float32 phase, or the file on another grid
   */
  public static LicsarFrame scan(Path folder, int maxSpanDays) throws IOException {
    List<Path> children;
    try (Stream<Path> listing = Files.list(folder)) {
      children = listing.filter(Files::isDirectory).sorted().toList();
    }
    List<ImportedPair> pairs = new ArrayList<>();
    for (Path child : children) {
      String name = child.getFileName().toString();
      Optional<Pair> pair = PairFileName.of(name);
      if (pair.isEmpty() || !name.equals(PairFileName.format(pair.get()))
          || (maxSpanDays > 0 && pair.get().spanDays() > maxSpanDays)) {
        continue;
      }
      Path phase = child.resolve(name + ".geo.diff_pha.tif");
      Path coherence = child.resolve(name + ".geo.cc.tif");
      if (!Files.isRegularFile(phase)) {
        continue;
      }
      if (!Files.isRegularFile(coherence)) {
        throw new IOException(phase + ": no coherence " + coherence.getFileName() + " beside it");
      }
      pairs.add(new ImportedPair(pair.get(), phase, coherence));
    }
    if (pairs.isEmpty()) {
      throw new IOException(folder + ": no LiCSAR pairs <yyyymmdd>_<yyyymmdd>/<pair>.geo.diff_pha.tif"
          + (maxSpanDays > 0 ? " spanning at most " + maxSpanDays + " days" : ""));
    }
    GeoTiffGrid grid = null;
    Path first = pairs.get(0).phase();
    Boolean byteCoherence = null;
    for (ImportedPair p : pairs) {
      GeoTiffRaster.Header phase = GeoTiffRaster.header(p.phase());
      if (phase.bands() != 1 || phase.dataType() != DataBuffer.TYPE_FLOAT) {
        throw new IOException(p.phase() + ": not a float32 phase GeoTIFF (" + phase.bands()
            + " band(s) of data type " + phase.dataType() + ")");
      }
      grid = checkGrid(grid, phase.grid(), p.phase(), first);
      GeoTiffRaster.Header coh = GeoTiffRaster.header(p.coherence());
      checkGrid(grid, coh.grid(), p.coherence(), first);
      boolean isByte = coh.dataType() == DataBuffer.TYPE_BYTE;
      if (coh.bands() != 1 || !(isByte || coh.dataType() == DataBuffer.TYPE_FLOAT)) {
        throw new IOException(p.coherence() + ": not a uint8 or float32 coherence GeoTIFF");
      }
      if (byteCoherence != null && byteCoherence != isByte) {
        throw new IOException(p.coherence() + ": coherence stored differently from the other pairs'");
      }
      byteCoherence = isByte;
    }
    return new LicsarFrame(grid, List.copyOf(pairs), byteCoherence);
  }

  private static GeoTiffGrid checkGrid(GeoTiffGrid expected, GeoTiffGrid grid, Path file, Path first)
      throws IOException {
    if (expected != null && !expected.matches(grid)) {
      throw new IOException(file + ": grid " + describe(grid) + " differs from " + first + "'s " + describe(expected));
    }
    return expected != null ? expected : grid;
  }

  private static String describe(GeoTiffGrid g) {
    return g.width() + "x" + g.height() + " px from lon " + g.lon0() + " lat " + g.lat0()
        + " step " + g.lonStep() + "/" + g.latStep();
  }

  @Override
  public String format() {
    return "LiCSAR";
  }

  @Override
  public int width() {
    return grid.width();
  }

  @Override
  public int height() {
    return grid.height();
  }

  /** Unit phasors of the wrapped phase; NaN phase (outside the frame) gives 0 + 0i. */
  @Override
  public float[] complex(ImportedPair pair, Rectangle box) {
    float[] phase = GeoTiffRaster.read(pair.phase(), box);
    float[] z = new float[2 * phase.length];
    for (int k = 0; k < phase.length; k++) {
      if (!Float.isNaN(phase[k])) {
        z[2 * k] = (float) Math.cos(phase[k]);
        z[2 * k + 1] = (float) Math.sin(phase[k]);
      }
    }
    return z;
  }

  @Override
  public float[] coherence(ImportedPair pair, Rectangle box) {
    float[] coherence = GeoTiffRaster.read(pair.coherence(), box);
    if (byteCoherence) {
      for (int k = 0; k < coherence.length; k++) {
        coherence[k] /= 255f;
      }
    }
    return coherence;
  }

  @Override
  public void describe(MetadataElement abs) {
    abs.setAttributeString("MISSION", "SENTINEL-1");
    abs.setAttributeDouble(RadarWavelength.RADAR_FREQUENCY, SENTINEL1_MHZ);
    abs.setAttributeInt("is_terrain_corrected", 1);
  }
}
