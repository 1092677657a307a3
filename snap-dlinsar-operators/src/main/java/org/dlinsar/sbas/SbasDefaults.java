package org.dlinsar.sbas;

import java.nio.file.Path;
import java.util.Locale;
import org.dlinsar.unwrap.PhaseUnwrapper;
import org.dlinsar.unwrap.Unwrappers;

/** Where Local-SBAS finds what its parameters leave out: the unwrapper and the GeoJSON file. */
final class SbasDefaults {

  private SbasDefaults() {}

  /** The classical unwrapper of DL-Unwrap (coherence-weighted minimum cost flow). */
  static PhaseUnwrapper unwrapper() {
    return Unwrappers.classical();
  }

  /** The GeoJSON of the {@code detectionsFile} parameter: a .dim gives the file beside it. */
  static Path geoJsonOf(Path detectionsFile) {
    Path file = detectionsFile.toAbsolutePath();
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".dim")) {
      return file.resolveSibling(name.substring(0, name.length() - 4) + ".detections.geojson");
    }
    return file;
  }
}
