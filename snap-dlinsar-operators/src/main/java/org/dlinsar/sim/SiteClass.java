package org.dlinsar.sim;

/** The class of a deformation site, as CONTRACT.md section 3 spells it. */
public enum SiteClass {
  /** A slow landslide moving downslope. */
  LANDSLIDE("landslide"),
  /** Ground subsidence, here a mining bowl. */
  SUBSIDENCE("subsidence");

  private final String label;

  SiteClass(String label) {
    this.label = label;
  }

  /** The lower-case name used in files: {@code landslide} or {@code subsidence}. */
  public String label() {
    return label;
  }
}
