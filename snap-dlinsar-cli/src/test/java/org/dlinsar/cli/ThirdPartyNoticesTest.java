package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * THIRD-PARTY.md keeps up with the launcher's libraries: the runtime dependencies that
 * target/lib receives (bin/dlinsar's class path, and snap-dlinsar-spark's lib), as Maven lists
 * them before the tests (launcher-libraries.txt, the pom's dependency:list): each is a row of the
 * table with its version, and each NOTICE file in its jar is reproduced in the file.
 */
class ThirdPartyNoticesTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  /** "   group:artifact:type[:classifier]:version:scope:/path/to.jar[ -- module name]" */
  private static final Pattern LIBRARY =
      Pattern.compile("^\\s+([^:\\s]+):([^:\\s]+):[^:\\s]+(?::[^:\\s]+)?:([^:\\s]+):(?:compile|runtime):(.+?)(?: -- .*)?$");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`:]+:[^`:]+)`[^|]*\\| ([^|\\s]+) \\|", Pattern.MULTILINE);
  private static final Pattern NOTICE = Pattern.compile("META-INF/([^/]*-)?NOTICE(\\.[A-Za-z]+)?");

  @Test
  void everyLauncherLibraryIsInTheThirdPartyNoticesWithItsVersionAndNotices() throws IOException {
    String notices = Files.readString(ROOT.resolve("THIRD-PARTY.md"));
    Map<String, String> table = new TreeMap<>();
    Matcher row = ROW.matcher(notices);
    while (row.find()) {
      table.put(row.group(1), row.group(2));
    }
    String noticeWords = words(notices);

    List<String> problems = new ArrayList<>();
    List<String> libraries = new ArrayList<>();
    for (String line : launcherLibraries()) {
      Matcher m = LIBRARY.matcher(line);
      if (!m.matches() || m.group(1).equals("org.dlinsar")) {
        continue; // the heading, blank lines, this project's own modules
      }
      String library = m.group(1) + ":" + m.group(2);
      libraries.add(library);
      if (!m.group(3).equals(table.get(library))) {
        problems.add(library + " " + m.group(3) + ": the table has " + table.get(library));
      }
      try (JarFile jar = new JarFile(m.group(4))) {
        for (JarEntry entry : jar.stream().toList()) {
          if (NOTICE.matcher(entry.getName()).matches()) {
            try (InputStream in = jar.getInputStream(entry)) {
              if (!noticeWords.contains(words(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
                problems.add(library + ": " + entry.getName() + " is not reproduced");
              }
            }
          }
        }
      }
    }
    assertTrue(libraries.contains("com.microsoft.onnxruntime:onnxruntime"),
        "the listed libraries lack ONNX Runtime: the check proves nothing (" + libraries + ")");
    assertEquals(List.of(), problems, "THIRD-PARTY.md is behind the launcher's libraries");
  }

  private static List<String> launcherLibraries() throws IOException {
    try (InputStream in = ThirdPartyNoticesTest.class.getResourceAsStream("/launcher-libraries.txt")) {
      assertNotNull(in, "no launcher-libraries.txt among the test resources (the pom's launcher-libraries execution)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
