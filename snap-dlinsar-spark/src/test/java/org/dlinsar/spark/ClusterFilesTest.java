package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.RawLocalFileSystem;
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
   * A product uploaded over an older one takes the older one's side files away when it brings
   * none of its own (a gradient-stack graph over a detect graph's output), as bin/dlinsar's journal
   * does on this machine; they stayed beside the new product, as if it had those detections. A
   * failure puts them back with the rest.
   */
  @Test
  void anOlderProductsSideFilesGoUnlessTheUploadBringsItsOwn() throws Exception {
    Path local = Files.createDirectories(dir.resolve("local"));
    Files.createDirectories(local.resolve("p.data"));
    Files.writeString(local.resolve("p.data/b.img"), "band");
    Files.writeString(local.resolve("p.dim"), "new header");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("p.dim"), "old header");
    Files.writeString(out.resolve("p.detections.csv"), "old");
    Files.writeString(out.resolve("p.detections.geojson"), "old");
    Files.writeString(out.resolve("q.detections.csv"), "another product's");
    List<String> belonging = List.of("p.detections.geojson", "p.detections.csv", "p.timeseries.csv");

    SparkConf conf = new SparkConf(false).set("spark.hadoop.fs.halfway.impl", HeadersFailToRename.class.getName())
        .set("spark.hadoop.fs.halfway.impl.disable.cache", "true");
    assertThrows(IOException.class, () -> ClusterFiles.of(conf).upload(local,
        new org.apache.hadoop.fs.Path(new URI("halfway", null, out.toString(), null)), ID, belonging));
    assertEquals(List.of("p.detections.csv", "p.detections.geojson", "p.dim", "q.detections.csv"), names(out),
        "a failed upload puts the side files back");
    assertEquals("old", Files.readString(out.resolve("p.detections.geojson")));

    ClusterFiles.of(new SparkConf(false)).upload(local, new org.apache.hadoop.fs.Path(out.toUri()), ID, belonging);

    assertEquals(List.of("p.data", "p.dim", "q.detections.csv"), names(out));
    assertEquals("new header", Files.readString(out.resolve("p.dim")));
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

  /**
   * An upload failing after some entries were renamed into place (an object store's rename, a copy,
   * failing at the header) puts back what they replaced: the target holds the earlier product
   * whole, not the new data folder beside no header.
   */
  @Test
  void anUploadFailingHalfWayLeavesTheEarlierProductWhole() throws Exception {
    Path local = written();
    Files.writeString(local.resolve("p.dim"), "new header");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("p.data"));
    Files.writeString(out.resolve("p.data/b.img"), "old band");
    Files.writeString(out.resolve("p.detections.csv"), "old");
    Files.writeString(out.resolve("p.dim"), "old header");
    SparkConf conf = new SparkConf(false).set("spark.hadoop.fs.halfway.impl", HeadersFailToRename.class.getName())
        .set("spark.hadoop.fs.halfway.impl.disable.cache", "true");

    IOException e = assertThrows(IOException.class, () -> ClusterFiles.of(conf)
        .upload(local, new org.apache.hadoop.fs.Path(new URI("halfway", null, out.toString(), null)), ID));

    assertTrue(e.getMessage().contains("cannot rename") && e.getMessage().contains("p.dim"), e.getMessage());
    assertEquals("old band", Files.readString(out.resolve("p.data/b.img")));
    assertEquals("old", Files.readString(out.resolve("p.detections.csv")));
    assertEquals("old header", Files.readString(out.resolve("p.dim")));
    assertEquals(List.of("p.data", "p.detections.csv", "p.dim"), names(out), "no temporary or aside left");
  }

  /** This machine's files under the scheme {@code halfway:}, whose renames of an uploaded header fail. */
  public static final class HeadersFailToRename extends RawLocalFileSystem {

    @Override
    public URI getUri() {
      return URI.create("halfway:///");
    }

    @Override
    public String getScheme() {
      return "halfway";
    }

    @Override
    public boolean rename(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst) throws IOException {
      return !(src.getName().endsWith(".tmp") && dst.getName().endsWith(".dim")) && super.rename(src, dst);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
