package org.dlinsar.inference;

import ai.onnxruntime.OrtEnvironment;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The platforms whose native libraries the bundled ONNX Runtime jar carries. ONNX Runtime 1.29's
 * jar has Linux x86-64 and arm64, macOS arm64 and Windows x86-64; on another machine (an Intel
 * Mac, Windows on arm64) it falls back to a library on java.library.path, finds none, and fails
 * as if unpacking had failed. Told apart here, the message says the machine is not served.
 */
final class NativePlatforms {

  private static final Pattern LIBRARY = Pattern.compile("ai/onnxruntime/native/([^/]+)/(?:lib)?onnxruntime\\.(?:so|dylib|dll)");

  private NativePlatforms() {}

  /**
   * Whether ONNX Runtime failed to load because its jar has no library for this machine: it then
   * either rejects the machine's system or architecture outright, or, found no library of its
   * own, looks for one on java.library.path (unless onnxruntime.native.path names a folder).
   */
  static boolean lackThisMachine(Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    if (cause instanceof IllegalStateException) {
      return message.startsWith("Unsupported os") || message.startsWith("Unsupported arch");
    }
    return cause instanceof UnsatisfiedLinkError && System.getProperty("onnxruntime.native.path") == null
        && message.startsWith("no onnxruntime in java.library.path");
  }

  /** This machine as the JVM names it, e.g. {@code Mac OS X x86_64}. */
  static String thisMachine() {
    return System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?");
  }

  /** The platform folders with a library in the ONNX Runtime jar, e.g. {@code osx-aarch64}; empty where it cannot be read. */
  static List<String> carried() {
    TreeSet<String> platforms = new TreeSet<>();
    try {
      CodeSource source = OrtEnvironment.class.getProtectionDomain().getCodeSource();
      try (ZipFile jar = new ZipFile(Path.of(source.getLocation().toURI()).toFile())) {
        jar.stream().forEach(entry -> {
          Matcher m = LIBRARY.matcher(entry.getName().toLowerCase(Locale.ROOT));
          if (m.matches()) {
            platforms.add(m.group(1));
          }
        });
      }
    } catch (Exception e) {
      // not a jar file (a module system's own loader, an exploded folder): listed as unknown
    }
    return List.copyOf(platforms);
  }
}
