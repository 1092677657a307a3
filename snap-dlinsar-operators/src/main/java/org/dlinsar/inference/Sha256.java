package org.dlinsar.inference;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a model's or card's bytes, as a product records which network ran. */
final class Sha256 {

  private Sha256() {}

  /** @return the digest of {@code bytes}, 64 lower-case hex digits */
  static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must implement SHA-256
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
