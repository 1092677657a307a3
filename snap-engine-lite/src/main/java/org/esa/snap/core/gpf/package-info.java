/**
 * SNAP's Graph Processing Framework, headless: operators, their service providers, tiles and the
 * {@code GPF} entry point, with SNAP's public API.
 *
 * <p>Inside, an operator's target bands get {@code OperatorImage}s that compute grid tiles on
 * demand through one JVM-wide, byte-bounded tile cache; parameters and sources are injected by
 * reflection as GPF does. See {@code snap-engine-lite/README.md}.
 */
package org.esa.snap.core.gpf;
