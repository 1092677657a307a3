package org.dlinsar.imports;

import java.nio.file.Path;
import org.dlinsar.ifg.Pair;

/**
 * One interferogram to import: its complex samples ({@code phase}, fcomplex big-endian) and its
 * coherence ({@code coherence}, float32 big-endian), or null when it is estimated from the phase.
 */
public record ImportedPair(Pair pair, Path phase, Path coherence) {}
