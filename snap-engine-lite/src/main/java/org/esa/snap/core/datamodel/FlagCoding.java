package org.esa.snap.core.datamodel;

import java.util.Objects;

/**
 * The flags of a flag band: each a mask of bits, and optionally the value those bits must have
 * (as SNAP's, snap-engine 14.x).
 */
public class FlagCoding extends SampleCoding {

  public FlagCoding(String name) {
    super(name);
  }

  /** The flag's attribute, null if none has that name. */
  public MetadataAttribute getFlag(String name) {
    return getAttribute(name);
  }

  public String[] getFlagNames() {
    return getAttributeNames();
  }

  /** Adds a flag set when every bit of {@code flagMask} is set. */
  public MetadataAttribute addFlag(String name, int flagMask, String description) {
    return addSamples(name, new int[] {flagMask}, description);
  }

  /** Adds a flag set when the bits of {@code flagMask} equal {@code flagValue}. */
  public MetadataAttribute addFlag(String name, int flagMask, int flagValue, String description) {
    return addSamples(name, new int[] {flagMask, flagValue}, description);
  }

  /**
   * The flag's mask.
   *
   * @throws IllegalArgumentException if there is no flag of that name
   */
  public int getFlagMask(String name) {
    Objects.requireNonNull(name, "name");
    MetadataAttribute flag = getAttribute(name);
    if (flag == null) {
      throw new IllegalArgumentException("flag '" + name + "' not found");
    }
    return flag.getData().getElemInt();
  }
}
