package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden names one write of a target uses beside it, all ending in the write's token (8 hex
 * digits, random per write): {@code .<name>.dim.tmp-<token>} and {@code .<name>.data.tmp-<token>}
 * for the new header and data folder, {@code .<name>.dim.old-<token>} and
 * {@code .<name>.data.old-<token>} for the previous product while it is being replaced, and
 * {@code .<name>.dim.lock-<token>} for the lock that tells the write is alive. {@code .<name>} is
 * shortened where a long name would make them too long for the file system ({@link HiddenNames}).
 */
record StagingNames(DimapTarget target, String token) {

  private static final String TOKEN = "[0-9a-f]{8}";
  /** The longest suffix of a staging name, {@code .lock-<token>}: one shortened start for all kinds. */
  private static final int SUFFIX_BYTES = ".lock-".length() + 8;

  /** Names for a new write of {@code target}, with a fresh token. */
  static StagingNames fresh(DimapTarget target) {
    return new StagingNames(target, UUID.randomUUID().toString().substring(0, 8));
  }

  /**
   * @return the tokens of every write of {@code target} whose files are beside it, matched by
   *     exact name: other products' and other tools' files are never picked up
   */
  static Set<String> tokensFound(DimapTarget target) throws IOException {
    Pattern names = Pattern.compile("(?:" + Pattern.quote(stem(target.dimFile())) + "|"
        + Pattern.quote(stem(target.dataFolder())) + ")\\.(?:tmp|old|lock)-(" + TOKEN + ")");
    Set<String> tokens = new TreeSet<>();
    try (Stream<Path> siblings = Files.list(target.dimFile().getParent())) {
      siblings.forEach(sibling -> {
        Matcher matcher = names.matcher(sibling.getFileName().toString());
        if (matcher.matches()) {
          tokens.add(matcher.group(1));
        }
      });
    }
    return tokens;
  }

  Path dimStaged() {
    return sibling(target.dimFile(), "tmp");
  }

  Path dataStaged() {
    return sibling(target.dataFolder(), "tmp");
  }

  Path dimAside() {
    return sibling(target.dimFile(), "old");
  }

  Path dataAside() {
    return sibling(target.dataFolder(), "old");
  }

  Path lockFile() {
    return sibling(target.dimFile(), "lock");
  }

  private Path sibling(Path path, String kind) {
    return path.resolveSibling(stem(path) + "." + kind + "-" + token);
  }

  private static String stem(Path path) {
    return HiddenNames.stem(path.getFileName().toString(), SUFFIX_BYTES);
  }
}
