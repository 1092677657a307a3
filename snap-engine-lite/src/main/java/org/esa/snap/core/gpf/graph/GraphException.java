package org.esa.snap.core.gpf.graph;

/**
 * A processing graph that cannot be read or run: malformed XML, a wrong version, an unknown
 * operator or source node, a cycle, or a node whose operator failed. The message names the node,
 * the operator or the element at fault.
 */
public class GraphException extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message one line naming what is wrong and where */
  public GraphException(String message) {
    super(message);
  }

  /**
   * @param message one line naming what is wrong and where
   * @param cause the failure behind it, kept for {@code -e} stack traces
   */
  public GraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
