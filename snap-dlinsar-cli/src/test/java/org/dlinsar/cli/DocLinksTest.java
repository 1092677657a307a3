package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the users' documents (README.md, docs/*.md and the modules' READMEs)
 * leads to a file of the checkout and, with a {@code #fragment} into a Markdown file, to one of
 * its headings as GitHub names their anchors: a section renamed or a file moved breaks no link.
 */
class DocLinksTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", "..")).toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingOfTheCheckout() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    for (String module : List.of("test-products", "snap-dlinsar-models", "snap-engine-lite")) {
      documents.add(ROOT.resolve(module).resolve("README.md"));
    }
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path document : documents) {
      List<String> lines = Files.readAllLines(document);
      boolean fenced = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("```")) {
          fenced = !fenced;
          continue;
        }
        Matcher m = LINK.matcher(line);
        while (!fenced && m.find()) {
          String target = m.group(1);
          if (SCHEME.matcher(target).find()) {
            continue; // a web address, or a link text that shows one
          }
          links++;
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          Path linked = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
          String where = ROOT.relativize(document) + ":" + (i + 1) + ": (" + target + ")";
          if (!Files.exists(linked)) {
            broken.add(where + " names no file");
          } else if (hash >= 0 && linked.toString().endsWith(".md")
              && !anchors(linked).contains(target.substring(hash + 1))) {
            broken.add(where + " names no heading of " + ROOT.relativize(linked));
          }
        }
      }
    }
    assertTrue(links > 20, "found only " + links + " relative links: is the pattern still right?");
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }

  /** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as '-', repeats numbered. */
  private static Set<String> anchors(Path markdown) throws IOException {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(markdown)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (fenced || !m.matches()) {
        continue;
      }
      String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(n == 0 ? slug : slug + "-" + n);
    }
    return anchors;
  }
}
