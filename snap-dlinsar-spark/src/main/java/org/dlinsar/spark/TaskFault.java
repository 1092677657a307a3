package org.dlinsar.spark;

import java.io.Serializable;

/** What a test injects into every task attempt (a failure on a first attempt); nothing in a run. */
interface TaskFault extends Serializable {

  TaskFault NONE = (tile, attempt) -> { };

  /** Called as a task attempt on {@code tile} starts. */
  void before(int tile, int attempt);
}
