/**
 * Work an operator hands out: its {@link org.dlinsar.parts.Parts} (independent pieces of its
 * {@code initialize()}, such as the strips of DL-Detect's landslide scan) and the {@link
 * org.dlinsar.parts.PartRunner} that computes them elsewhere, as Spark tasks do
 * (snap-dlinsar-spark). Without a runner an operator computes its parts itself.
 */
package org.dlinsar.parts;
