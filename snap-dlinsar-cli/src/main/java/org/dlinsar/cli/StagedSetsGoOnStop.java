package org.dlinsar.cli;

import org.dlinsar.lite.cli.RunOutcome;
import org.dlinsar.training.TrainingSetWriter;

/**
 * A {@code simulate}, {@code import}, {@code demo} or {@code training-set} stopped by Ctrl-C or
 * SIGTERM deletes what it had staged and not yet begun to put in place ({@link
 * StagedFileSet#discardUncommitted}, {@link TrainingSetWriter#discardInProgress}), as a stopped
 * graph run removes its staged files (CONTRACT.md, exit status 128+N).
 */
public final class StagedSetsGoOnStop implements RunOutcome {

  @Override
  public void stopping() {
    StagedFileSet.discardUncommitted();
    TrainingSetWriter.discardInProgress();
  }
}
