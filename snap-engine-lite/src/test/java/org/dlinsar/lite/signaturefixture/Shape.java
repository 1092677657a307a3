package org.dlinsar.lite.signaturefixture;

/** Fixture for SignatureCheckerTest: an interface the fixture listing calls a class. */
public interface Shape {
  double area();
}
