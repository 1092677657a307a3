package org.dlinsar.cli;

import org.dlinsar.files.RunJournal;
import org.dlinsar.lite.cli.RunOutcome;

/**
 * A {@code dlinsar} run keeps the files its stages wrote beside their products only when it
 * succeeds; a failed one restores those it replaced ({@link RunJournal}).
 */
public final class SideFilesFollowTheRun implements RunOutcome {

  @Override
  public void starting() {
    RunJournal.open();
  }

  @Override
  public void succeeded() {
    RunJournal.keep();
  }

  @Override
  public void failed() {
    RunJournal.rollBack();
  }
}
