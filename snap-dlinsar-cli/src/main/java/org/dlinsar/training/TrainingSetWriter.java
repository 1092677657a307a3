package org.dlinsar.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlinsar.files.HiddenNames;
import org.dlinsar.files.RunOwnedTemp;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.TrainingScenes;

/**
 * Writes a training set: a folder of {@code .npy} arrays made from simulated scenes, one record
 * per interferogram, plus {@code samples.csv} saying where each record comes from.
 *
 * <p>Files ({@code N} records, {@code S} pixels a side, {@code C} input channels of the task):
 * <ul>
 *   <li>{@code inputs.npy} float32 [N, C, S, S]: the network's input channels, NaN where no data;
 *   <li>{@code target.npy}: MASK uint8 [N, S, S], 1 = truly coherent phase; UNWRAP float32
 *       [N, S, S], the true (noise-free) unwrapped phase, radians; SUBSIDENCE uint8 [N, S, S],
 *       1 = a bowl deforms the pixel by {@value TrainingSamples#BOWL_RAD} rad or more over the pair;
 *   <li>{@code valid.npy} uint8 [N, S, S]: the truth mask (UNWRAP: where unwrapping is scored;
 *       SUBSIDENCE: where the target is taught, see {@link TrainingSamples});
 *   <li>{@code terrain.npy} uint8 [N, S, S]: 0 land, 1 water, 2 shadow, 3 layover;
 *   <li>{@code baseline.npy} (with baselines): MASK uint8, Otsu's mask as DL-Mask computes it;
 *       UNWRAP float32, the classical unwrapper on the Otsu-masked phase, NaN where masked.
 * </ul>
 * The folder is written under a temporary name and renamed when complete; scenes are simulated
 * a few at a time, in parallel, and streamed out in order, so memory stays bounded. Task
 * LANDSLIDE writes other files, one record per scene: {@link LandslideSetWriter}.
 */
public final class TrainingSetWriter {

  private static final Logger LOG = Logger.getLogger(TrainingSetWriter.class.getName());
  private static final int BATCH = 8;
  private static final String PARTIAL = ".partial-";
  /** The folders this JVM is writing sets into, for a stop to delete ({@link #discardInProgress}). */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  private final TrainingSetSpec spec;

  public TrainingSetWriter(TrainingSetSpec spec) {
    this.spec = spec;
  }

  /**
   * Writes the set into {@code folder}, which must not exist yet.
   *
   * @return the number of records written
   * @throws IOException naming the folder when it exists or cannot be written
   */
  public int write(Path folder) throws IOException {
    if (spec.task() == TrainingTask.LANDSLIDE) {
      return staged(folder, new LandslideSetWriter(spec)::writeInto);
    }
    return staged(folder, this::writeInto);
  }

  private int writeInto(Path partial) throws IOException {
    int records = 0;
    for (int k = 0; k < spec.scenes(); k++) {
      records += pairsTaken(scene(k));
    }
    int s = spec.size();
    boolean mask = spec.task().classTarget();
    int channels = spec.task().channels().size();
    try (NpyWriter inputs = new NpyWriter(partial.resolve("inputs.npy"), NpyWriter.Type.FLOAT32, records, channels, s, s);
         NpyWriter target = new NpyWriter(partial.resolve("target.npy"),
             mask ? NpyWriter.Type.UINT8 : NpyWriter.Type.FLOAT32, records, s, s);
         NpyWriter valid = new NpyWriter(partial.resolve("valid.npy"), NpyWriter.Type.UINT8, records, s, s);
         NpyWriter terrain = new NpyWriter(partial.resolve("terrain.npy"), NpyWriter.Type.UINT8, records, s, s);
         NpyWriter baseline = spec.baselines() ? new NpyWriter(partial.resolve("baseline.npy"),
             mask ? NpyWriter.Type.UINT8 : NpyWriter.Type.FLOAT32, records, s, s) : null;
         Writer csv = Files.newBufferedWriter(partial.resolve("samples.csv"), StandardCharsets.UTF_8)) {
      csv.write("record,seed,preset,pair,span_days,vegetation_fraction,vegetation_gamma0,patch_m\n");
      int record = 0;
      for (int first = 0; first < spec.scenes(); first += BATCH) {
        List<Sample> batch = IntStream.range(first, Math.min(spec.scenes(), first + BATCH))
            .parallel().mapToObj(this::samples).flatMap(List::stream).toList();
        for (Sample sample : batch) {
          for (float[] plane : sample.inputs()) {
            inputs.write(plane);
          }
          if (mask) {
            target.write(sample.maskTarget());
          } else {
            target.write(sample.phaseTarget());
          }
          valid.write(sample.valid());
          terrain.write(sample.terrain());
          if (baseline != null) {
            if (mask) {
              baseline.write(sample.maskBaseline());
            } else {
              baseline.write(sample.phaseBaseline());
            }
          }
          csv.write(String.format(Locale.ROOT, "%d,%s\n", record++, sample.describe()));
        }
      }
    }
    return records;
  }

  /** What writes a set's files into the folder it is given. */
  interface SetFiles {
    int writeInto(Path folder) throws IOException;
  }

  /**
   * Writes a set into a new folder of its own beside {@code folder} (a hidden name no other run
   * and no user folder has, made new by the JDK, readable by this user only) and renames it to
   * {@code folder} when complete; on failure the new folder goes, and nothing it did not create
   * is touched. The name carries the run's process ({@link RunOwnedTemp}), so the folders of this
   * set that a run which ended left unfinished (killed, out of memory: gigabytes, maybe) are
   * deleted first, each said in one line; a link or file at such a name is left alone.
   *
   * @return what {@code files} returned: the number of records written
   * @throws IOException naming {@code folder} when it exists already
   */
  static int staged(Path folder, SetFiles files) throws IOException {
    if (Files.exists(folder)) {
      throw new IOException(folder + " exists already; a training set is written into a new folder");
    }
    Path parent = folder.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // <pid>-<namespace>- (RunOwnedTemp's unique part less its random 8) and the JDK's 20 digits
    String kind = HiddenNames.stem(folder.getFileName().toString(),
        PARTIAL.length() + RunOwnedTemp.UNIQUE_BYTES - 8 + 20) + PARTIAL;
    removeLeftovers(parent, kind);
    Path partial = Files.createTempDirectory(parent, RunOwnedTemp.prefix(kind));
    IN_PROGRESS.add(partial);
    try {
      int records = files.writeInto(partial);
      Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
      return records;
    } catch (IOException | RuntimeException | Error e) {
      try {
        deleteTree(partial);
      } catch (IOException | UncheckedIOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    } finally {
      IN_PROGRESS.remove(partial);
    }
  }

  /**
   * A run stopped by a signal (Ctrl-C, SIGTERM): deletes the sets being written, gigabytes that
   * would stay until the next run beside them; a set already renamed into place is not touched.
   * The JVM exits next, so what cannot be deleted (a writer still adding to it) is left to that
   * next run's clean-up.
   */
  public static void discardInProgress() {
    for (Path partial : IN_PROGRESS) {
      try {
        deleteTree(partial);
      } catch (IOException | UncheckedIOException e) {
        LOG.warning("cannot remove " + partial + ", a training set stopped before it was complete: "
            + e.getMessage());
      }
      IN_PROGRESS.remove(partial);
    }
  }

  /** Deletes the folders {@code <kind><pid>-...} in {@code parent} whose run has ended; links inside are not followed. */
  private static void removeLeftovers(Path parent, String kind) throws IOException {
    List<Path> found;
    try (Stream<Path> list = Files.list(parent)) {
      found = list.filter(p -> p.getFileName().toString().startsWith(kind)).toList();
    }
    for (Path left : found) {
      long owner = RunOwnedTemp.owner(left.getFileName().toString(), kind);
      if (!RunOwnedTemp.ended(owner) || !Files.isDirectory(left, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        deleteTree(left);
        LOG.info("removed " + left + ", a training set that a run which ended (process " + owner
            + ") left unfinished");
      } catch (IOException | UncheckedIOException e) {
        // it stops nothing: the new set is staged under a name of its own
        LOG.warning("cannot remove " + left + ", left unfinished by a run that ended: " + e.getMessage());
      }
    }
  }

  /** Scene k; for unwrapping and bowls every other one has dense fringes. */
  Scene scene(int k) {
    long seed = spec.firstSeed() + k;
    boolean fringes = spec.task() == TrainingTask.UNWRAP || spec.task() == TrainingTask.SUBSIDENCE;
    return fringes && k % 2 == 1
        ? TrainingScenes.denseFringes(seed, spec.size()) : TrainingScenes.scene(seed, spec.size());
  }

  private int pairsTaken(Scene scene) {
    return Math.min(spec.pairsPerScene(), scene.acquisitions().pairs().size());
  }

  private List<Sample> samples(int k) {
    StackSimulator sim = new StackSimulator(scene(k));
    List<Integer> pairs = TrainingSamples.pairsOf(sim, pairsTaken(sim.scene()));
    return new TrainingSamples(sim, spec).of(pairs);
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One record's arrays and where it came from. */
  record Sample(float[][] inputs, byte[] maskTarget, float[] phaseTarget, byte[] valid,
      byte[] terrain, byte[] maskBaseline, float[] phaseBaseline, String describe) {}
}
