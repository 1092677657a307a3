package org.dlinsar.inference;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folder ONNX Runtime unpacks its native libraries into. ONNX Runtime 1.29 marks the folder
 * for deletion at exit before the libraries in it, so the JVM's exit finds it full and leaves it:
 * one empty {@code onnxruntime-java*} folder in java.io.tmpdir per run, which a centre running
 * gpt every few minutes piles up by the hundred thousand. It stays in use while the JVM runs (a
 * CUDA provider is unpacked into it when a session first asks for one), so it is removed by a
 * shutdown hook, which runs before the JVM's deletions at exit. Linux and macOS let loaded
 * libraries' files go; on Windows, which does not, it is left to ONNX Runtime.
 */
final class UnpackedRuntime {

  private static boolean hooked;

  private UnpackedRuntime() {}

  /** Has this JVM's folder removed at exit, once; call after ONNX Runtime's environment loaded. */
  static synchronized void removeAtExit() {
    if (hooked) {
      return;
    }
    hooked = true;
    Path folder = folder();
    if (folder != null && !System.getProperty("os.name", "").startsWith("Windows")) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(folder), "dlinsar-onnxruntime-folder"));
    }
  }

  private static void remove(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // left to ONNX Runtime's own deletion at exit, as without this class
    }
  }

  /** The folder ONNX Runtime made for this JVM, or null where it made none or hides it. */
  private static Path folder() {
    try {
      Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
      field.setAccessible(true);
      return (Path) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another ONNX Runtime version: its own cleanup stands
      return null;
    }
  }
}
