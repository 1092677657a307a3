package org.dlinsar.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes GAMMA files for tests: raw big-endian float32 rasters, a minimal {@code .par} and a
 * {@code .dem_par}.
 */
final class GammaFiles {

  private GammaFiles() {}

  /** Writes {@code values} as big-endian float32 (fcomplex: re, im interleaved). */
  static Path writeFloats(Path file, float[] values) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.BIG_ENDIAN);
    bytes.asFloatBuffer().put(values);
    return Files.write(file, bytes.array());
  }

  /** Writes {@code values} as little-endian float32, as numpy's tofile and some tools do. */
  static Path writeLittleEndianFloats(Path file, float[] values) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(values);
    return Files.write(file, bytes.array());
  }

  /** A DEM parameter file as GAMMA's create_dem_par writes it, on an EQA (lon/lat) grid. */
  static Path writeDemPar(Path file, String projection, int width, int lines, double cornerLat,
      double cornerLon, double postLat, double postLon) throws IOException {
    return Files.writeString(file, "Gamma DIFF&GEO DEM/MAP parameter file\n"
        + "title: test\n"
        + "DEM_projection:     " + projection + "\n"
        + "data_format:        REAL*4\n"
        + "width:                " + width + "\n"
        + "nlines:               " + lines + "\n"
        + "corner_lat:    " + cornerLat + "  decimal degrees\n"
        + "corner_lon:    " + cornerLon + "  decimal degrees\n"
        + "post_lat:   " + postLat + "  decimal degrees\n"
        + "post_lon:    " + postLon + "  decimal degrees\n\n"
        + "ellipsoid_name: WGS 84\n");
  }

  /**
   * A date's parameter file as GAMMA's SLC or MLI .par lays it out: {@code date} ({@code yyyy mm
   * dd}) and {@code start_time} in seconds of that day, with the width and frequency of {@link
   * #writePar}.
   */
  static Path writeAcquisitionPar(Path file, int width, int lines, String date, double startSeconds)
      throws IOException {
    writePar(file, width, lines, 5.405e9);
    return Files.writeString(file, Files.readString(file) + "date:      " + date + "\n"
        + "start_time:              " + startSeconds + "   s\n");
  }

  /** A parameter file as GAMMA's MLI .par lays it out. */
  static Path writePar(Path file, int width, int lines, double frequencyHz) throws IOException {
    return Files.writeString(file, "Gamma Interferometric SAR Processor (ISP) - Image Parameter File\n\n"
        + "title:     test\n"
        + "range_samples:                 " + width + "\n"
        + "azimuth_lines:                 " + lines + "\n"
        + "image_format:               FLOAT\n"
        + "range_pixel_spacing:         2.329562   m\n"
        + "azimuth_pixel_spacing:      13.968062   m\n"
        + "incidence_angle:           39.0000   degrees\n"
        + "radar_frequency:        " + frequencyHz + "   Hz\n");
  }
}
