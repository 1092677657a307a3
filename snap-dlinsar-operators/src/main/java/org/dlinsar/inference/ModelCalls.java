package org.dlinsar.inference;

import org.dlinsar.parts.EngineThreads;

/**
 * How an operator calls its model, which sets how many threads ONNX Runtime gives each call on
 * the CPU. Left to itself ONNX Runtime takes the physical cores it detects (one on this project's
 * 2-core machines; inside a container given a few cores of a large host, possibly the host's
 * count), whatever the engine's own threads do.
 */
public enum ModelCalls {

  /**
   * From the engine's tile threads or parallel workers at once (DL-Mask's tiles, DL-Unwrap's
   * tiles and patches): each call on its caller's thread alone, as the callers already use the
   * cores. More threads per call measured slower (DL-Mask on 33 interferograms of 1 Mpx, 2 cores:
   * 27-30 s at one, 36-40 s at two).
   */
  CONCURRENT,

  /**
   * One call at a time over a frame or strip (DL-Detect's networks): each call on the engine's
   * threads ({@link EngineThreads}: gpt's {@code -q}, else every core the JVM may use).
   */
  ONE_AT_A_TIME;

  /** @return the threads ONNX Runtime runs one call with */
  int threadsPerCall() {
    if (this == CONCURRENT) {
      return 1;
    }
    return EngineThreads.count();
  }
}
