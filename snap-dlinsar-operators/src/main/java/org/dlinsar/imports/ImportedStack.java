package org.dlinsar.imports;

import java.awt.Rectangle;
import java.util.List;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * Interferograms formed outside SNAP, whatever their files: a raster size, the pairs, and the
 * pixels of any rectangle read on demand (never the whole raster).
 */
public interface ImportedStack {

  /** The format's name as the import metadata records it, e.g. {@code GAMMA}. */
  String format();

  int width();

  int height();

  /** The interferograms, sorted by reference then secondary date; coherence null where estimated. */
  List<ImportedPair> pairs();

  /** The complex samples of {@code pair} in {@code box}, re and im interleaved, 0 + 0i as no data. */
  float[] complex(ImportedPair pair, Rectangle box);

  /** The coherence of {@code pair} in {@code box}; only called when its coherence file is not null. */
  float[] coherence(ImportedPair pair, Rectangle box);

  /** Adds what the files say about the radar (radar_frequency in MHz at least). Modified: abs. */
  void describe(MetadataElement abs);
}
