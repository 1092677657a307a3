package org.dlinsar.cli;

import org.dlinsar.inference.ModelSessions;
import org.dlinsar.lite.cli.RunOutcome;

/**
 * A {@code dlinsar} run stopped by Ctrl-C or SIGTERM lets its running networks finish their
 * batch and closes their sessions before the JVM exits ({@link ModelSessions#closeForExit}).
 */
public final class NetworksStopFirst implements RunOutcome {

  @Override
  public void stopping() {
    ModelSessions.closeForExit();
  }
}
