package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterFilesTest {

  private static final String ID = "0123abcd";

  @TempDir
  Path dir;

  /** What a run leaves in its local folder to upload: a product's data folder and a side file. */
  private Path written() throws IOException {
    Path local = Files.createDirectories(dir.resolve("local"));
    Files.createDirectories(local.resolve("p.data"));
    Files.writeString(local.resolve("p.data/b.img"), "band");
    Files.writeString(local.resolve("p.detections.csv"), "id,class\n");
    return local;
  }

  @Test
  void uploadsUnderTemporaryNamesAndReplacesWhatWasThere() throws IOException {
    Path local = written();
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("p.detections.csv"), "old");

    ClusterFiles.of(new SparkConf(false)).upload(local, new org.apache.hadoop.fs.Path(out.toUri()), ID);

    assertEquals("id,class\n", Files.readString(out.resolve("p.detections.csv")));
    assertEquals("band", Files.readString(out.resolve("p.data/b.img")));
    assertEquals(List.of("p.data", "p.detections.csv"), names(out));
  }

  /**
   * Hadoop's local file system creates a file through a dangling link at its name even when told
   * not to overwrite, so a link planted at a temporary's name would have the upload write where
   * it leads, outside the output folder, and then move the link into place as the output.
   */
  @Test
  void aLinkPlantedAtATemporaryNameIsNeitherFollowedNorMovedIntoPlace() throws IOException {
    Path local = written();
    Path out = Files.createDirectories(dir.resolve("out"));
    Path victim = dir.resolve("victim.csv");
    Path planted = out.resolve(".p.detections.csv." + ID + ".tmp");
    Files.createSymbolicLink(planted, victim);

    IOException e = assertThrows(IOException.class, () -> ClusterFiles.of(new SparkConf(false))
        .upload(local, new org.apache.hadoop.fs.Path(out.toUri()), ID));

    assertTrue(e.getMessage().contains(".p.detections.csv." + ID + ".tmp is already taken")
        && e.getMessage().contains(out.getFileName().toString()), e.getMessage());
    assertFalse(Files.exists(victim, LinkOption.NOFOLLOW_LINKS), "nothing written through the link");
    assertTrue(Files.isSymbolicLink(planted), "the planted link is left alone");
    assertEquals(List.of(planted.getFileName().toString()), names(out),
        "the data folder uploaded before is gone, and nothing was moved into place");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
