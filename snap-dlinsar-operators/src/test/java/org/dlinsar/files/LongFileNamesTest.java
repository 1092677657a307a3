package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file whose name the file system takes (up to 255 bytes) is written and replaced in a run,
 * though its temporary and its backup, spelt out in full, would be longer.
 */
class LongFileNamesTest {

  @TempDir
  Path dir;

  @AfterEach
  void closeTheJournal() {
    RunJournal.keep();
  }

  /** Names of 255 UTF-8 bytes: a 251-character name with its extension, two-, three- and four-byte characters. */
  static List<String> longestNames() {
    return List.of("a".repeat(251) + ".csv", "ü".repeat(125) + "x.csv", "bc" + "€".repeat(83) + ".csv",
        "xyz" + "😀".repeat(62) + ".csv");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("longestNames")
  void aFileOfTheLongestNameIsWrittenAndARunReplacingItRollsBack(String name) throws IOException {
    assertEquals(255, name.getBytes(StandardCharsets.UTF_8).length);
    Path file = dir.resolve(name);
    StagedFile.writeText(file, "detections file", "first");
    RunJournal.open();

    StagedFile.writeText(file, "detections file", "second");
    List<String> during = names();
    RunJournal.rollBack();

    assertEquals(2, during.size(), "the file and its backup: " + during);
    String backup = during.stream().filter(n -> n.startsWith(".")).findFirst().orElseThrow();
    assertTrue(backup.getBytes(StandardCharsets.UTF_8).length <= 255, backup);
    assertTrue(backup.startsWith("." + name.substring(0, 60)), backup);
    assertEquals("first", Files.readString(file));
    assertEquals(List.of(name), names());
  }

  @Test
  void hiddenNamesOfLongNamesThatBeginAlikeStayApartAndShortOnesAreSpeltInFull() {
    String name = "a".repeat(251) + ".csv";
    String other = "a".repeat(251) + ".CSV";
    String stem = HiddenNames.stem(name, 40);

    assertEquals(255 - 40, HiddenNames.utf8Bytes(stem));
    assertTrue(stem.matches("\\.a+~[0-9a-f]{8}"), stem);
    assertNotEquals(stem, HiddenNames.stem(other, 40));
    assertEquals(stem, HiddenNames.stem(name, 40), "the same for every run, so that runs find each other's");
    assertEquals(".d.detections.csv", HiddenNames.stem("d.detections.csv", 40));
    // a character is never cut: 'ü' is two bytes, so one byte of the budget stays unused
    assertEquals(255 - 41, HiddenNames.utf8Bytes(HiddenNames.stem("ü".repeat(125), 40)));
  }
}
