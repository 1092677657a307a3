/**
 * Phase unwrapping, the DL-Unwrap operator: a classical coherence-weighted unwrapper, tiles with
 * overlap stitched by whole-cycle offsets, and (with the models) the PUNet regression made
 * congruent with the wrapped phase.
 */
package org.dlinsar.unwrap;
