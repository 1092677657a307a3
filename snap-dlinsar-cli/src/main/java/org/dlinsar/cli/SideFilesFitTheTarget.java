package org.dlinsar.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dlinsar.files.SideFiles;
import org.dlinsar.lite.cli.FilesBesideTarget;

/**
 * DL-Detect without {@code detectionsFile} and Local-SBAS without {@code timeSeriesFile} write
 * their files beside the product file their target is written to, which they learn only after
 * computing: a product name too long for those files is refused here, before anything runs, as
 * the operators refuse one their parameter names (CONTRACT.md section 7).
 */
public final class SideFilesFitTheTarget implements FilesBesideTarget {

  @Override
  public void check(String alias, Function<String, String> parameter, Path dimFile, String where)
      throws IOException {
    List<String> suffixes = switch (alias) {
      case "DL-Detect" -> unnamed(parameter, "detectionsFile")
          ? List.of(SideFiles.DETECTIONS_GEOJSON, SideFiles.DETECTIONS_CSV) : List.of();
      case "Local-SBAS" -> unnamed(parameter, "timeSeriesFile") ? List.of(SideFiles.TIME_SERIES_CSV) : List.of();
      default -> List.of();
    };
    if (!suffixes.isEmpty()) {
      OutputNames.checkFit(dimFile, suffixes, where);
    }
  }

  private static boolean unnamed(Function<String, String> parameter, String name) {
    String file = parameter.apply(name);
    return file == null || file.isBlank();
  }
}
