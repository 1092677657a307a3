package org.dlinsar.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dlinsar.files.SideFiles;
import org.dlinsar.lite.cli.FilesRead;

/**
 * DL-Unwrap and Local-SBAS read their detections from {@code detectionsFile}: DL-Detect's target
 * product ({@code det.dim}) or one of its files ({@code det.detections.geojson}, {@code .csv}),
 * which belong to the product {@code det}. Writing over that product replaced it and deleted its
 * detections files with the product they belonged to, exit 0.
 */
public final class DetectionsRead implements FilesRead {

  @Override
  public List<File> products(String alias, Function<String, String> parameter) {
    if (!alias.equals("DL-Unwrap") && !alias.equals("Local-SBAS")) {
      return List.of();
    }
    String file = parameter.apply("detectionsFile");
    if (file == null || file.isBlank()) {
      return List.of();
    }
    Path path = Path.of(file.trim());
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : List.of(SideFiles.DETECTIONS_GEOJSON, SideFiles.DETECTIONS_CSV)) {
      if (lower.endsWith(suffix)) {
        return List.of(path.resolveSibling(name.substring(0, name.length() - suffix.length())
            + SideFiles.PRODUCT_HEADER).toFile());
      }
    }
    // a GeoJSON or CSV of another name belongs to no product
    if (lower.endsWith(".geojson") || lower.endsWith(".json") || lower.endsWith(".csv")) {
      return List.of();
    }
    return List.of(path.resolveSibling(SideFiles.productName(path) + SideFiles.PRODUCT_HEADER).toFile());
  }
}
