package org.dlinsar.lite.signaturefixture;

/** Fixture for SignatureCheckerTest: a public class missing from the fixture listing. */
public class Unlisted {
}

/** Fixture for SignatureCheckerTest: not public, so never checked. */
class Hidden {
  public void anything() {
  }
}
