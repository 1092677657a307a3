package org.dlinsar.imports;

/**
 * What an import found in a stack's files beside its interferograms (the baselines, the line of
 * sight), or why it found nothing, which the import metadata then records as {@code none: <why>}.
 *
 * @param value what was found; null when nothing was
 * @param whyNot why nothing was found; null when something was
 */
record FoundInFiles<T>(T value, String whyNot) {

  static <T> FoundInFiles<T> of(T value) {
    return new FoundInFiles<>(value, null);
  }

  static <T> FoundInFiles<T> none(String why) {
    return new FoundInFiles<>(null, why);
  }
}
