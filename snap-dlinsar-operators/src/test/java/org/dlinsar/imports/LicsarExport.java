package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/** A stack written in COMET LiCSAR's layout, for the import tests. */
public final class LicsarExport {

  /** The grid's upper-left corner. */
  static final double CORNER_LON = 10;
  static final double CORNER_LAT = 45;

  /** Metres per degree of latitude and of longitude at {@link #CORNER_LAT} on WGS84. */
  private static final double METRES_PER_DEGREE_LAT = 111_132.0;
  private static final double METRES_PER_DEGREE_LON = 78_847.0;

  private LicsarExport() {}

  /**
   * The whole frame: each pair as {@link #pairs} writes it, on a north-up grid of pixels {@code
   * eastMetres} by {@code southMetres}, and its {@code metadata/}: the stack's elevation band as
   * {@code <frame>.geo.hgt.tif} and the line of sight {@code eastNorthUp} (ground to satellite) as
   * {@code .geo.E.tif}, {@code .N.tif} and {@code .U.tif}, the same at every pixel.
   */
  public static void frame(Product stack, Path folder, double eastMetres, double southMetres,
      double[] eastNorthUp) throws IOException {
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    double lonStep = eastMetres / METRES_PER_DEGREE_LON;
    double latStep = southMetres / METRES_PER_DEGREE_LAT;
    pairs(stack, folder, StackFixtures.product("phase_only", w, h), lonStep, latStep);
    Path metadata = Files.createDirectories(folder.resolve("metadata"));
    float[] heights = stack.getBand(BandNames.ELEVATION).readPixels(0, 0, w, h, new float[w * h]);
    GeoTiffFiles.write(metadata.resolve("000A_00000_000000.geo.hgt.tif"), w, h, heights, CORNER_LON, CORNER_LAT,
        lonStep, latStep, null, false, "LZW");
    String[] suffixes = {LicsarLookVector.EAST, LicsarLookVector.NORTH, LicsarLookVector.UP};
    for (int c = 0; c < 3; c++) {
      float[] component = new float[w * h];
      java.util.Arrays.fill(component, (float) eastNorthUp[c]);
      GeoTiffFiles.write(metadata.resolve("000A_00000_000000" + suffixes[c]), w, h, component, CORNER_LON,
          CORNER_LAT, lonStep, latStep, null, false, "LZW");
    }
  }

  /**
   * Phase atan2(q, i) (NaN where no data) and coherence as float32 GeoTIFFs, one folder
   * {@code <yyyymmdd>_<yyyymmdd>} per pair in {@code folder}, on a lon/lat grid of these steps; the
   * same phase and coherence added to {@code phaseOnly} as unit phasors. Modified: phaseOnly.
   */
  static void pairs(Product stack, Path folder, Product phaseOnly, double lonStep, double latStep)
      throws IOException {
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    for (Band band : stack.getBands()) {
      String suffix = BandNames.suffixAfter(BandNames.COHERENCE_PREFIX, band.getName()).orElse(null);
      if (suffix == null) {
        continue;
      }
      Pair pair = BandNames.pairOf(suffix, band.getName());
      String name = DateTimeFormatter.BASIC_ISO_DATE.format(pair.reference()) + "_"
          + DateTimeFormatter.BASIC_ISO_DATE.format(pair.secondary());
      float[] re = stack.getBand(BandNames.real(suffix)).readPixels(0, 0, w, h, new float[w * h]);
      float[] im = stack.getBand(BandNames.imaginary(suffix)).readPixels(0, 0, w, h, new float[w * h]);
      float[] phase = new float[w * h];
      for (int k = 0; k < phase.length; k++) {
        phase[k] = re[k] == 0 && im[k] == 0 ? Float.NaN : (float) Math.atan2(im[k], re[k]);
      }
      float[] coherence = band.readPixels(0, 0, w, h, new float[w * h]);
      Path pairFolder = Files.createDirectories(folder.resolve(name));
      GeoTiffFiles.write(pairFolder.resolve(name + ".geo.diff_pha.tif"), w, h, phase, CORNER_LON,
          CORNER_LAT, lonStep, latStep, null, true, "Deflate");
      GeoTiffFiles.write(pairFolder.resolve(name + ".geo.cc.tif"), w, h, coherence, CORNER_LON,
          CORNER_LAT, lonStep, latStep, null, false, "LZW");
      StackFixtures.addPhaseInterferogram(phaseOnly, BandNames.formatDate(pair.reference()) + "_"
          + BandNames.formatDate(pair.secondary()), phase, coherence);
    }
  }
}
