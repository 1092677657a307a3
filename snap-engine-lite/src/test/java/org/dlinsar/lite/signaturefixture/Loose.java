package org.dlinsar.lite.signaturefixture;

import java.io.Serializable;

/**
 * Fixture for SignatureCheckerTest: less restrictive than its listing (a concrete class and methods
 * where the listing has them abstract or final) and with other supertypes.
 */
public class Loose implements Serializable {

  public int count;

  public Loose() {
  }

  public void fixed() {
  }

  public void hook() {
  }
}
