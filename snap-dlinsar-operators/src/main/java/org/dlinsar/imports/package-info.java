/**
 * Interferograms formed outside SNAP (GAMMA differential interferograms) turned into one stack in
 * the contract's input form: {@code i_ifg_/q_ifg_/coh_} bands named by their pair dates and
 * {@code Abstracted_Metadata} with the radar frequency. Pixels stay in the files they come from
 * and are read tile by tile when the stack is written.
 */
package org.dlinsar.imports;
