package org.dlinsar.imports;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * Interferograms formed outside SNAP, whatever their files: a raster size, the pairs, the DEM
 * when there is one, and the pixels of any rectangle read on demand (never the whole raster).
 */
public interface ImportedStack {

  /** The format's name as the import metadata records it, e.g. {@code GAMMA}. */
  String format();

  int width();

  int height();

  /** The interferograms, sorted by reference then secondary date; coherence null where estimated. */
  List<ImportedPair> pairs();

  /** The span limit the pairs were scanned with, and the folder's pairs it left out. */
  SpanLimit span();

  /** The complex samples of {@code pair} in {@code box}, re and im interleaved, 0 + 0i as no data. */
  float[] complex(ImportedPair pair, Rectangle box);

  /**
   * The real ({@code real} true) or the imaginary part of {@link #complex}: a stack that forms the
   * complex samples from phase computes only the part asked for.
   */
  default float[] part(ImportedPair pair, Rectangle box, boolean real) {
    float[] z = complex(pair, box);
    float[] part = new float[z.length / 2];
    for (int k = 0, offset = real ? 0 : 1; k < part.length; k++) {
      part[k] = z[2 * k + offset];
    }
    return part;
  }

  /**
   * The coherence of {@code pair} in {@code box}, 0..1; only called when its coherence file is
   * not null.
   *
   * @throws java.io.UncheckedIOException naming the file when it cannot be read or holds
   *     coherence outside 0..1
   */
  float[] coherence(ImportedPair pair, Rectangle box);

  /** The DEM on the stack's grid, or null when there is none. */
  Path elevation();

  /** The heights in {@code box}, metres, NaN where no data; only called when {@link #elevation()} is not null. */
  float[] elevation(Rectangle box);

  /**
   * This stack with the heights of {@code dem}, checked to fit its grid.
   *
   * @throws IOException one line naming the DEM when it cannot be read or does not fit
   */
  ImportedStack withElevation(Path dem) throws IOException;

  /**
   * The first line times of the stack's acquisitions that its files give, in date order; those
   * of dates without one are left out (then every span is whole dates). None by default.
   */
  default List<FirstLineTime> firstLineTimes() {
    return List.of();
  }

  /** Adds what the files say about the radar (radar_frequency in MHz at least). Modified: abs. */
  void describe(MetadataElement abs);

  /**
   * Adds the files read for the stack's grid, geocoding and radar frequency ({@code par_file},
   * {@code dem_par_file}, {@code lookup_table_file}, {@code grid_file}) and where the frequency
   * came from ({@code radar_frequency_origin}, with {@code radar_frequency_file} where a file gave
   * it, and {@code replaced_radar_frequency} with {@code replaced_radar_frequency_file} where a
   * given one replaced a file's), as the import metadata records them. Modified: origin.
   */
  void describeFiles(MetadataElement origin);
}
