package org.dlinsar.lite.cli;

import java.util.ArrayList;
import java.util.List;

/** A {@link RunOutcome} of the tests (listed as a service): records how each run ended. */
public final class RecordedOutcome implements RunOutcome {

  private static final List<String> ENDINGS = new ArrayList<>();

  /** The endings told since the last call, oldest first. */
  static synchronized List<String> takeEndings() {
    List<String> endings = List.copyOf(ENDINGS);
    ENDINGS.clear();
    return endings;
  }

  private static synchronized void record(String ending) {
    ENDINGS.add(ending);
  }

  @Override
  public void succeeded() {
    record("succeeded");
  }

  @Override
  public void failed() {
    record("failed");
  }

  @Override
  public void failedBeforeExit() {
    record("failed before exit");
  }
}
