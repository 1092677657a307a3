package org.dlinsar.lite.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The products an operator reads through its parameters, besides its sources (DL-Unwrap's and
 * Local-SBAS's detections, in a product DL-Detect wrote): a target that is one of them is refused
 * before anything runs, as one that is a source is ({@link SourceOverwriteCheck}). Writing it would
 * replace the product the run reads and take its files away with it. Found through {@link
 * ServiceLoader} (list the implementation in {@code META-INF/services/org.dlinsar.lite.cli.FilesRead}).
 */
public interface FilesRead {

  /**
   * @param alias the operator
   * @param parameter the text of each of its parameters by name; null or blank where not given
   * @return the product headers it reads through them, none where it reads none
   */
  List<File> products(String alias, Function<String, String> parameter);

  /** Every module's answer for {@code alias}. */
  static List<File> all(String alias, Function<String, String> parameter) {
    List<File> products = new ArrayList<>();
    for (FilesRead read : ServiceLoader.load(FilesRead.class)) {
      products.addAll(read.products(alias, parameter));
    }
    return products;
  }
}
