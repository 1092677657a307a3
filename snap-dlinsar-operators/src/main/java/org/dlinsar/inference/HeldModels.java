package org.dlinsar.inference;

import java.util.ArrayList;
import java.util.List;

/**
 * The model sessions one operator opened ({@link OperatorModels#open}), given back when it is
 * disposed, so that a session of a model file rewritten since closes once no product reads
 * through it ({@link ModelSessions#release}). Thread-safe; releasing twice gives back nothing more.
 */
public final class HeldModels {

  private final List<ModelSession> sessions = new ArrayList<>();

  synchronized void add(ModelSession session) {
    sessions.add(session);
  }

  /** The operator is disposed: its sessions are given back. */
  public void release() {
    List<ModelSession> given;
    synchronized (this) {
      given = List.copyOf(sessions);
      sessions.clear();
    }
    given.forEach(ModelSessions::release);
  }
}
