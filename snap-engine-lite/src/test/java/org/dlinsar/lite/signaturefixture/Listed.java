package org.dlinsar.lite.signaturefixture;

import java.util.List;

/** Fixture for SignatureCheckerTest: some members match the fixture listing, some do not. */
public class Listed {

  public static final int LIMIT = 3;
  public static final String WORD = "wrong";

  public Listed() {
  }

  public Listed(int unlisted) {
  }

  public int size() {
    return 0;
  }

  public long count() {
    return 0;
  }

  public void extra() {
  }

  public static void tool() {
  }

  protected void hook(String[] names, List<String> list) {
  }

  public void exposed() {
  }

  @Override
  public String toString() {
    return "Listed";
  }

  void packagePrivateIsIgnored() {
  }
}
