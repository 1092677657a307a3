package org.dlinsar.imports;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The path a reader's input names: a String, File or Path; null for anything else. */
final class InputPath {

  private InputPath() {}

  static Path of(Object input) {
    try {
      if (input instanceof Path path) {
        return path;
      }
      if (input instanceof File file) {
        return file.toPath();
      }
      if (input instanceof String text) {
        return Path.of(text);
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return null;
  }
}
