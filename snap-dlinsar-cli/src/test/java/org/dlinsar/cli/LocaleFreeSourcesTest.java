package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Products, truth files and messages are the same whatever the JVM's default locale: a review
 * found a Turkish JVM writing the simulator's site kinds as "lınear", a Thai one stamping products
 * with the Buddhist year 2569 and Arabic-Indic digits, a German one logging "5405,000000 MHz".
 * Every main source formats, cases and dates with an explicit locale.
 */
class LocaleFreeSourcesTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));

  /** Calls that read the default locale, with the locale argument they lack. */
  private static final Pattern DEFAULT_LOCALE = Pattern.compile(
      "String\\.format\\(\\s*\"|\\.printf\\(\\s*\"|\\.formatted\\(|\\.to(?:Lower|Upper)Case\\(\\)"
          + "|new SimpleDateFormat\\(\\s*\"[^\"]*\"\\s*\\)|DateTimeFormatter\\.ofPattern\\(\\s*\"[^\"]*\"\\s*\\)");

  @Test
  void noMainSourceFormatsOrCasesInTheDefaultLocale() throws IOException {
    List<String> found = new ArrayList<>();
    int sources = 0;
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(main)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            sources++;
            String text = Files.readString(file);
            Matcher m = DEFAULT_LOCALE.matcher(text);
            while (m.find()) {
              int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
              found.add(ROOT.relativize(file) + ":" + line + ": " + m.group());
            }
          }
        }
      }
    }
    assertTrue(sources > 300, "read " + sources + " main sources under " + ROOT.toAbsolutePath());
    assertEquals(List.of(), found, "give these Locale.ROOT (or Locale.ENGLISH for month names)");
  }
}
