package org.dlinsar.files;

import com.fasterxml.jackson.core.JacksonException;

/** What Jackson says of a JSON file it could not read, in words a user can act on. */
public final class JsonWords {

  private JsonWords() {}

  /**
   * Jackson's message without its "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`
   * disabled); line: 2, column: 14]" jargon, which it puts in even its original message for where
   * an unclosed array or object began: that becomes "line 2, column 14".
   */
  public static String of(JacksonException e) {
    return e.getOriginalMessage()
        .replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
  }
}
