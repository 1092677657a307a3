package org.dlinsar.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.dlinsar.cli.StagedSetsGoOnStop;
import org.dlinsar.files.WindowsLineSeparator;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.mask.MaskInputs;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.TrainingScenes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training shards hold what the simulator's truth says, in files numpy reads. */
class TrainingSetWriterTest {

  @TempDir
  Path dir;

  /** The .npy header: magic, version 1.0, header length, dict; data after it. */
  private record Npy(String header, ByteBuffer data) {
    static Npy read(Path file) throws IOException {
      ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals((byte) 0x93, all.get(0));
      assertEquals("NUMPY", new String(Arrays.copyOfRange(all.array(), 1, 6), StandardCharsets.US_ASCII));
      int length = all.getShort(8);
      assertEquals(0, (10 + length) % 64, "header padded to 64 bytes");
      String header = new String(all.array(), 10, length, StandardCharsets.US_ASCII);
      all.position(10 + length);
      return new Npy(header, all.slice().order(ByteOrder.LITTLE_ENDIAN));
    }
  }

  /** Writes a landslide set and a mask set of one small scene each into the folder given; run below in a JVM of its own. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    new TrainingSetWriter(new TrainingSetSpec(TrainingTask.LANDSLIDE, 1, 100001, 128, 1, false))
        .write(folder.resolve("slides"));
    new TrainingSetWriter(new TrainingSetSpec(TrainingTask.MASK, 1, 41, 32, 1, false)).write(folder.resolve("mask"));
  }

  /** The same bytes on every platform: on Windows the rows ended in CRLF after an LF header. */
  @Test
  void theSetsCsvsEndTheirLinesInLfOnWindowsToo() throws Exception {
    WindowsLineSeparator.run(TrainingSetWriterTest.class, dir.toString());

    for (String csv : List.of("slides/boxes.csv", "slides/samples.csv", "mask/samples.csv")) {
      WindowsLineSeparator.assertLfOnly(dir.resolve(csv));
      assertTrue(Files.readAllLines(dir.resolve(csv)).size() > 1, csv + " has rows");
    }
  }

  @Test
  void landslideSetsHoldTheGradientStackWithTheSlidesWhereItsSignalIs() throws IOException {
    TrainingSetSpec spec = new TrainingSetSpec(TrainingTask.LANDSLIDE, 2, 100001, 128, 1, false);
    Path folder = dir.resolve("slides");
    assertEquals(2, new TrainingSetWriter(spec).write(folder));
    Npy inputs = Npy.read(folder.resolve("inputs.npy"));
    assertTrue(inputs.header().contains("(2, 2, 128, 128)"), inputs.header());
    List<String> boxes = Files.readAllLines(folder.resolve("boxes.csv"));
    assertEquals("record,x0,y0,x1,y1,label", boxes.get(0));
    int sites = 0;
    for (int k = 0; k < 2; k++) {
      sites += new StackSimulator(TrainingScenes.landslideStack(100001 + k, 128)).sites().size();
    }
    assertEquals(sites, boxes.size() - 1, "one row per site of the scenes");
    // the labelled slides are where the stack's statistic is far above its background
    int n = 128 * 128;
    double inside = 0;
    int insidePixels = 0;
    float[] background = new float[2 * n];
    int backgroundPixels = 0;
    boolean[] onSite = new boolean[2 * n];
    for (String row : boxes.subList(1, boxes.size())) {
      String[] f = row.split(",");
      int k = Integer.parseInt(f[0]);
      PixelBox box = new PixelBox(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
          Integer.parseInt(f[3]), Integer.parseInt(f[4]));
      for (int y = box.y0(); y < box.y1(); y++) {
        for (int x = box.x0(); x < box.x1(); x++) {
          onSite[k * n + y * 128 + x] = true;
          if (f[5].equals("slide")) {
            float t = magnitude(inputs.data(), k, y * 128 + x, n);
            if (!Float.isNaN(t)) {
              inside += t;
              insidePixels++;
            }
          }
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      for (int i = 0; i < n; i++) {
        float t = magnitude(inputs.data(), k, i, n);
        if (!onSite[k * n + i] && !Float.isNaN(t)) {
          background[backgroundPixels++] = t;
        }
      }
    }
    Arrays.sort(background, 0, backgroundPixels);
    assertTrue(insidePixels > 100, "slides labelled: " + insidePixels + " pixels");
    double median = background[backgroundPixels / 2];
    assertTrue(inside / insidePixels > 2 * median,
        "mean |t| on slides " + inside / insidePixels + ", background median " + median);
  }

  @Test
  void subsidenceShardsMarkWhereBowlsDeformEachPairAndLeaveTheirRimsUntaught() throws IOException {
    TrainingSetSpec spec = new TrainingSetSpec(TrainingTask.SUBSIDENCE, 2, 200001, 96, 3, false);
    Path folder = dir.resolve("bowls");
    assertEquals(6, new TrainingSetWriter(spec).write(folder));
    Npy inputs = Npy.read(folder.resolve("inputs.npy"));
    assertTrue(inputs.header().contains("(6, 3, 96, 96)"), inputs.header());
    Npy target = Npy.read(folder.resolve("target.npy"));
    Npy valid = Npy.read(folder.resolve("valid.npy"));
    assertTrue(target.header().contains("'|u1'"), target.header());
    int bowl = 0;
    int untaught = 0;
    for (int i = 0; i < 6 * 96 * 96; i++) {
      bowl += target.data().get(i);
      untaught += valid.data().get(i) == 0 ? 1 : 0;
      assertTrue(target.data().get(i) == 0 || valid.data().get(i) == 1, "a target is taught");
    }
    // scene 200002 is a dense-fringe scene: its bowls deform every pair by radians
    assertTrue(bowl > 100, bowl + " bowl pixels");
    assertTrue(untaught > 0 && untaught < 6 * 96 * 96 / 2, untaught + " pixels untaught");
  }

  /** A user's own folder named like a staging folder was deleted by a stop 46 writer. */
  @Test
  void stagingNeitherTouchesAUsersFolderNorLeavesItsOwnOnFailure() throws IOException {
    Path users = Files.createDirectories(dir.resolve("set.partial"));
    Files.writeString(users.resolve("notes.txt"), "precious");
    Path folder = dir.resolve("set");

    IOException failure = assertThrows(IOException.class, () -> TrainingSetWriter.staged(folder,
        partial -> {
          Files.writeString(partial.resolve("inputs.npy"), "half");
          throw new IOException("disk full");
        }));
    assertEquals("disk full", failure.getMessage());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(users), left.toList(), "the failed set's own folder is gone");
    }
    assertEquals("precious", Files.readString(users.resolve("notes.txt")));

    new TrainingSetWriter(new TrainingSetSpec(TrainingTask.MASK, 1, 41, 32, 1, false)).write(folder);
    assertTrue(Files.exists(folder.resolve("inputs.npy")));
    assertEquals("precious", Files.readString(users.resolve("notes.txt")));
  }

  /**
   * A run killed while writing its set (SIGKILL, the out-of-memory killer) left its staging
   * folder, gigabytes maybe; each run staged under a new name, so none was ever removed. A link
   * at such a name was never a run's folder: it is left alone, and what it leads to too, as is
   * the folder of a run still going.
   */
  @Test
  void theFolderOfARunThatEndedIsRemovedSayingSoAndALinkIsLeftAlone() throws IOException {
    Path folder = dir.resolve("set");
    // process ids are below 2^22 on Linux: this one has ended, or never was
    String ended = org.dlinsar.files.RunOwnedTemp.prefix(".set.partial-")
        .replaceFirst("^\\.set\\.partial-\\d+", ".set.partial-99999999");
    Path left = Files.createDirectories(dir.resolve(ended + "123"));
    Files.writeString(left.resolve("inputs.npy"), "half");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("kept.txt"), "kept");
    Path link = Files.createSymbolicLink(dir.resolve(ended + "456"), elsewhere);
    // a run still going (this one) keeps its folder
    Path running = Files.createDirectories(dir.resolve(org.dlinsar.files.RunOwnedTemp.prefix(".set.partial-") + "789"));
    List<String> said;
    try (LogCapture log = LogCapture.of(TrainingSetWriter.class)) {
      TrainingSetWriter.staged(folder, partial -> {
        Files.writeString(partial.resolve("inputs.npy"), "data");
        return 1;
      });
      said = log.messages();
    }

    assertEquals("data", Files.readString(folder.resolve("inputs.npy")));
    assertTrue(Files.notExists(left), "the ended run's folder is gone");
    assertEquals(List.of("removed " + left + ", a training set that a run which ended (process 99999999) left"
        + " unfinished"), said);
    assertTrue(Files.isSymbolicLink(link), "the link is left");
    assertEquals("kept", Files.readString(elsewhere.resolve("kept.txt")));
    try (var names = Files.list(dir)) {
      assertEquals(java.util.stream.Stream.of(link, running, elsewhere, folder).map(p -> p.getFileName().toString())
          .sorted().toList(),
          names.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /**
   * Ctrl-C or SIGTERM during {@code training-set} deletes the set being written: its folder,
   * gigabytes for a large set, stayed until the next run beside it.
   */
  @Test
  void aStopDeletesTheSetBeingWritten() throws Exception {
    Path folder = dir.resolve("set");
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    FutureTask<Integer> run = new FutureTask<>(
        () -> TrainingSetWriter.staged(folder, partial -> {
          Files.writeString(partial.resolve("inputs.npy"), "half");
          written.countDown();
          try {
            stopped.await();
          } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException();
          }
          return 1;
        }));
    new Thread(run).start();
    written.await();
    try (var left = Files.list(dir)) {
      assertEquals(1, left.count(), "the set is being written");
    }

    new StagedSetsGoOnStop().stopping();
    stopped.countDown();

    assertThrows(ExecutionException.class, run::get);
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** A set folder whose name the file system takes is written, though its staging name spelt out in full is longer. */
  @Test
  void aSetOfTheLongestNameIsStagedUnderAShortenedHiddenName() throws IOException {
    Path folder = dir.resolve("ü".repeat(127));
    List<String> staged = new java.util.ArrayList<>();

    TrainingSetWriter.staged(folder, partial -> {
      staged.add(partial.getFileName().toString());
      Files.writeString(partial.resolve("inputs.npy"), "data");
      return 1;
    });

    assertEquals("data", Files.readString(folder.resolve("inputs.npy")));
    assertTrue(staged.get(0).startsWith(".üüü") && staged.get(0).contains(".partial-"), staged.toString());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(folder), left.toList());
    }
  }

  /** |(t_az, t_rg)| of pixel i of record k. */
  private static float magnitude(ByteBuffer data, int k, int i, int n) {
    float az = data.getFloat(4 * ((k * 2) * n + i));
    float rg = data.getFloat(4 * ((k * 2 + 1) * n + i));
    return (float) Math.hypot(az, rg);
  }

  @Test
  void maskShardsHoldTheInputPlanesAndTheTrueMaskOfEachChosenPair() throws IOException {
    TrainingSetSpec spec = new TrainingSetSpec(TrainingTask.MASK, 3, 41, 32, 2, true);
    Path folder = dir.resolve("set");
    int records = new TrainingSetWriter(spec).write(folder);
    assertEquals(6, records);
    Npy inputs = Npy.read(folder.resolve("inputs.npy"));
    assertTrue(inputs.header().contains("'descr': '<f4'") && inputs.header().contains("(6, 4, 32, 32)"),
        inputs.header());
    Npy target = Npy.read(folder.resolve("target.npy"));
    assertTrue(target.header().contains("'|u1'") && target.header().contains("(6, 32, 32)"), target.header());
    assertEquals(6 * 32 * 32, target.data().remaining());
    assertTrue(Files.exists(folder.resolve("baseline.npy")));
    try (var left = Files.list(dir)) {
      assertEquals(List.of(folder), left.toList(), "only the set, no staging folder");
    }
    List<String> rows = Files.readAllLines(folder.resolve("samples.csv"));
    assertEquals(7, rows.size());

    // the first record is the first chosen pair of scene 41: its planes and true mask
    StackSimulator sim = new StackSimulator(TrainingScenes.scene(41, 32));
    int pair = TrainingSamples.pairsOf(sim, 2).get(0);
    PixelBox box = PixelBox.of(0, 0, 32, 32);
    var stack = sim.simulate(box);
    float[][] planes = new float[4][32 * 32];
    MaskInputs.fill(stack.real(pair), stack.imaginary(pair), stack.coherence(pair),
        MaskInputs.logAmplitudeReference(stack.real(pair), stack.imaginary(pair)), planes);
    for (int c = 0; c < 4; c++) {
      float[] written = new float[32 * 32];
      inputs.data().position(c * 32 * 32 * 4);
      inputs.data().asFloatBuffer().get(written);
      assertArrayEquals(planes[c], written, "channel " + c);
    }
    byte[] mask = new byte[32 * 32];
    target.data().get(mask);
    assertArrayEquals(sim.truth(box).mask(pair), mask);
  }

  @Test
  void unwrapShardsHoldTheTruePhaseAndTheClassicalBaselineCongruentWithTheData() throws IOException {
    Path folder = dir.resolve("unwrap");
    new TrainingSetWriter(new TrainingSetSpec(TrainingTask.UNWRAP, 1, 7, 48, 1, true)).write(folder);
    Npy inputs = Npy.read(folder.resolve("inputs.npy"));
    assertTrue(inputs.header().contains("(1, 3, 48, 48)"), inputs.header());
    Npy baseline = Npy.read(folder.resolve("baseline.npy"));
    float[] cos = new float[48 * 48];
    float[] sin = new float[48 * 48];
    inputs.data().asFloatBuffer().get(cos).get(sin);
    float[] unwrapped = new float[48 * 48];
    baseline.data().asFloatBuffer().get(unwrapped);
    int compared = 0;
    for (int i = 0; i < unwrapped.length; i++) {
      if (!Float.isNaN(unwrapped[i])) {
        double residual = unwrapped[i] - Math.atan2(sin[i], cos[i]);
        double cycles = residual / (2 * Math.PI);
        assertEquals(Math.rint(cycles), cycles, 1e-3, "pixel " + i);
        compared++;
      }
    }
    assertTrue(compared > 400, compared + " pixels unwrapped");
  }

  @Test
  void anExistingFolderIsNotOverwritten() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("taken"));
    IOException e = assertThrows(IOException.class, () -> new TrainingSetWriter(
        new TrainingSetSpec(TrainingTask.MASK, 1, 1, 32, 1, false)).write(folder));
    assertTrue(e.getMessage().startsWith(folder + " exists already"), e.getMessage());
  }
}
