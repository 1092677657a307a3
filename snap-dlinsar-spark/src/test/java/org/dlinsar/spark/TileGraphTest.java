package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bin/dlinsar-spark checks of a graph before Spark starts ({@link TileGraph#read}). */
class TileGraphTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path STACK = ROOT.resolve("test-products/landslides-256.dim");
  private static final Path GRAPH = ROOT.resolve("graphs/gradient-stack.xml");
  private static final ClusterFiles FILES = ClusterFiles.of(new SparkConf(false));

  @TempDir
  Path dir;

  private static TileGraph read(Path graph, Path output) {
    return TileGraph.read(graph, Map.of("input", STACK.toString(), "output", output.toString()), FILES);
  }

  /** bin/dlinsar's writer creates a target's missing folders, as SNAP's does (CONTRACT section 7). */
  @Test
  void createsTheOutputsMissingFolders() {
    Path output = dir.resolve("out/missing/grad.dim");

    TileGraph graph = read(GRAPH, output);

    assertEquals(output.toString(), graph.output());
    assertTrue(Files.isDirectory(output.getParent()), "the output's folders are made");
  }

  @Test
  void refusesAFileWhereAFolderOfTheOutputShouldBeNamingIt() throws IOException {
    Path inTheWay = Files.writeString(dir.resolve("out"), "a user's file");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read(GRAPH, inTheWay.resolve("grad.dim")));

    assertTrue(e.getMessage().contains(inTheWay + " is not a directory"), e.getMessage());
    assertEquals("a user's file", Files.readString(inTheWay));
  }
}
