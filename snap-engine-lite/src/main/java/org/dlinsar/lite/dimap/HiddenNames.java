package org.dlinsar.lite.dimap;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The start of a hidden name a write makes beside a file, {@code .<name>}, kept short enough for
 * the suffix that follows: file systems limit one name to 255 bytes (ext4, XFS, Btrfs; UTF-8
 * bytes, so 120 'ü' are 240), and a target whose own name fits must not fail on a name the user
 * never gave. A name too long keeps its beginning, cut at a whole character, and ends in
 * {@code ~} and a hash of the whole name (8 hex digits), so that it stays recognisable and two
 * long names that begin alike stay apart. Names that fit are unchanged.
 *
 * <p>org.dlinsar.files.HiddenNames in the operators applies the same rule to their side files;
 * they compile against SNAP itself too, so cannot use this class.
 */
final class HiddenNames {

  /** The longest file name, in bytes, that ext4 and most other file systems take. */
  static final int MAX_NAME_BYTES = 255;
  /** {@code ~} and 8 hex digits. */
  private static final int HASH_BYTES = 9;

  private HiddenNames() {}

  /**
   * @param name the file's name
   * @param suffixBytes the most UTF-8 bytes that will follow the result
   * @return {@code .<name>}, or {@code .<start of name>~<hash>} where that would not leave room
   *     for the suffix
   */
  static String stem(String name, int suffixBytes) {
    int room = MAX_NAME_BYTES - 1 - suffixBytes;
    if (utf8Bytes(name) <= room) {
      return "." + name;
    }
    int budget = room - HASH_BYTES;
    int end = 0;
    int bytes = 0;
    while (end < name.length()) {
      int c = name.codePointAt(end);
      bytes += utf8Bytes(c);
      if (bytes > budget) {
        break;
      }
      end += Character.charCount(c);
    }
    CRC32 hash = new CRC32();
    hash.update(name.getBytes(StandardCharsets.UTF_8));
    return "." + name.substring(0, end) + "~" + String.format(Locale.ROOT, "%08x", hash.getValue());
  }

  static int utf8Bytes(String text) {
    return text.codePoints().map(HiddenNames::utf8Bytes).sum();
  }

  private static int utf8Bytes(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
