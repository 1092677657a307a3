package org.esa.snap.core.dataio;

/** How well a reader plug-in can decode an input, as SNAP's enum of the same name. */
public enum DecodeQualification {
  /** The input is in the plug-in's own format: this reader is chosen at once. */
  INTENDED,
  /** The plug-in can read the input; a plug-in answering INTENDED is preferred. */
  SUITABLE,
  /** The plug-in cannot read the input. */
  UNABLE
}
