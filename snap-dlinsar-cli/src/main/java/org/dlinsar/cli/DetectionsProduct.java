package org.dlinsar.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dlinsar.detect.DetectionFiles;
import org.dlinsar.lite.cli.FilesRead;

/**
 * DL-Unwrap and Local-SBAS read their detections from {@code detectionsFile}: DL-Detect's target
 * product ({@code det.dim}) or one of its files ({@code det.detections.geojson}, {@code .csv}),
 * which belong to the product {@code det} ({@link DetectionFiles#productOf}). Writing over that
 * product replaced it and deleted its detections files with the product they belonged to, exit 0.
 */
public final class DetectionsProduct implements FilesRead {

  @Override
  public List<File> products(String alias, Function<String, String> parameter) {
    if (!alias.equals("DL-Unwrap") && !alias.equals("Local-SBAS")) {
      return List.of();
    }
    String file = parameter.apply("detectionsFile");
    Path product = file == null || file.isBlank() ? null : DetectionFiles.productOf(Path.of(file.trim()));
    return product == null ? List.of() : List.of(product.toFile());
  }
}
