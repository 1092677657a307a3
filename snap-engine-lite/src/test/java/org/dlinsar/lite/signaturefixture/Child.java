package org.dlinsar.lite.signaturefixture;

/** Fixture for SignatureCheckerTest: overrides a method listed for its superclass. */
public class Child extends Listed implements Comparable<Child> {

  public Child() {
  }

  @Override
  public int size() {
    return 1;
  }

  @Override
  public int compareTo(Child other) {
    return 0;
  }
}
