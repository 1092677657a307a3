package org.dlinsar.lite.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Checks the files an operator writes beside the product file its target is written to, named
 * after it, where no parameter names them (DL-Detect's detections, Local-SBAS's time series). The
 * operator learns that file only once the product is being written, after computing; the launcher
 * knows it before anything runs, from {@code -t} or a graph's Write node, and asks each module
 * here. Found through {@link ServiceLoader} (list the implementation in
 * {@code META-INF/services/org.dlinsar.lite.cli.FilesBesideTarget}).
 */
public interface FilesBesideTarget {

  /**
   * @param alias the operator whose target product is written to {@code dimFile}
   * @param parameter the text of each of its parameters by name; null or blank where not given
   * @param dimFile the product's file, as given
   * @param where what names {@code dimFile}, for the error's remedy ("-t")
   * @throws IOException one line naming a file that cannot be written there and why
   */
  void check(String alias, Function<String, String> parameter, Path dimFile, String where) throws IOException;

  /** Asks every module's check; the first refusal stops the run. */
  static void checkAll(String alias, Function<String, String> parameter, Path dimFile, String where)
      throws IOException {
    for (FilesBesideTarget check : ServiceLoader.load(FilesBesideTarget.class)) {
      check.check(alias, parameter, dimFile, where);
    }
  }
}
