package org.dlinsar.lite.signaturefixture;

/** Fixture for SignatureCheckerTest: members whose listed types are type variables. */
public class Generic<T extends Number> {

  public Generic() {
  }

  public T first() {
    return null;
  }

  @SafeVarargs
  public final void put(T value, T... more) {
  }
}
