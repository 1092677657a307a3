package org.dlinsar.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dlinsar.files.RunJournal;
import org.dlinsar.lite.cli.RunOutcome;
import org.dlinsar.lite.dimap.RunTargets;

/**
 * A {@code dlinsar} run keeps the files its stages wrote beside their products only when it
 * succeeds; a failed one restores those it replaced ({@link RunJournal}). A product it puts in
 * place takes away the old product's side files it did not write: also the placing that the Spark
 * driver, which has no launcher's outcomes, gives its run's targets.
 */
public final class SideFilesFollowTheRun implements RunOutcome, RunTargets.Placing {

  @Override
  public void starting() {
    RunJournal.open();
  }

  @Override
  public void placing(Path dimFile) throws IOException {
    RunJournal.placingProduct(dimFile);
  }

  @Override
  public void placed(Path dimFile, boolean inPlace) {
    RunJournal.placedProduct(dimFile, inPlace);
  }

  @Override
  public void succeeded() {
    RunJournal.keep();
  }

  @Override
  public void failed() {
    RunJournal.rollBack();
  }

  /**
   * The launcher's JVM exits after this failure, while threads of the run may still write: rolled
   * back as a stopped run is, and nothing more written (a late write would replace a file just
   * put back, with nothing kept aside).
   */
  @Override
  public void failedBeforeExit() {
    RunJournal.stop();
  }

  /**
   * Stopped by a signal: restored now, before the run's targets are freed for other runs, and
   * nothing more written by the threads still running until the JVM halts.
   */
  @Override
  public void stopping() {
    RunJournal.stop();
  }
}
