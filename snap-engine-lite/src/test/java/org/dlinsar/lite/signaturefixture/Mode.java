package org.dlinsar.lite.signaturefixture;

/** Fixture for SignatureCheckerTest: an enum, listed as a plain class. */
public enum Mode {
  ON
}
