package org.dlinsar.nbm;

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

/**
 * THIRD-PARTY.md as the checks read it: its table's rows ("| `group:artifact` | version | ...")
 * and its text, in which each NOTICE file a packed library carries must appear.
 */
final class ThirdPartyNotices {

  private static final Pattern ROW = Pattern.compile("^\\| `([^`:]+):([^`:]+)`[^|]*\\| ([^|\\s]+) \\|", Pattern.MULTILINE);
  /** Apache-style notices: META-INF/NOTICE, NOTICE.txt, NOTICE.md, FastDoubleParser-NOTICE. */
  private static final Pattern NOTICE = Pattern.compile("META-INF/([^/]*-)?NOTICE(\\.[A-Za-z]+)?");

  /** "group:artifact" to the version the table gives. */
  final Map<String, String> versions = new TreeMap<>();
  private final String words;

  private ThirdPartyNotices(String text) {
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      versions.put(m.group(1) + ":" + m.group(2), m.group(3));
    }
    words = words(text);
  }

  static ThirdPartyNotices read(Path file) throws IOException {
    return new ThirdPartyNotices(Files.readString(file));
  }

  /** The NOTICE files of {@code jar} whose text THIRD-PARTY.md lacks (spacing aside). */
  List<String> missingNotices(Path jar) throws IOException {
    List<String> missing = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : file.stream().toList()) {
        if (NOTICE.matcher(entry.getName()).matches()) {
          try (InputStream in = file.getInputStream(entry)) {
            if (!words.contains(words(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
              missing.add(jar.getFileName() + "!" + entry.getName());
            }
          }
        }
      }
    }
    return missing;
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
