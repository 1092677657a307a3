package org.dlinsar.lite.signaturefixture;

import java.io.Closeable;

/**
 * Fixture for SignatureCheckerTest: implements one of its two listed interfaces, the listing marking
 * the other as left out of the stand-in.
 */
public abstract class Partial implements Closeable {

  protected Partial() {
  }

  @Override
  public final void close() {
  }

  public abstract void run();
}
