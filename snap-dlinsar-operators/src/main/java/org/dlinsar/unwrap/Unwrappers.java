package org.dlinsar.unwrap;

/** The unwrappers DL-Unwrap and Local-SBAS choose from. */
public final class Unwrappers {

  /** Tile side of the classical unwrapper, pixels (README.md, DL-Unwrap: the measured table). */
  public static final int CLASSICAL_TILE = 128;
  /** Overlap between neighbouring tiles, pixels: room for the cycle-offset vote. */
  public static final int CLASSICAL_OVERLAP = 32;

  private Unwrappers() {}

  /**
   * The classical unwrapper: coherence-weighted minimum-cost flow on the residue network
   * (Costantini 1998), over tiles with overlap stitched by whole-cycle offsets on rasters larger
   * than one tile. Thread-safe.
   */
  public static PhaseUnwrapper classical() {
    return classical(CLASSICAL_TILE, CLASSICAL_OVERLAP);
  }

  /** The classical unwrapper over tiles of {@code tileSize} overlapping by {@code overlap} pixels. */
  public static PhaseUnwrapper classical(int tileSize, int overlap) {
    return new TiledUnwrapper(new McfUnwrapper(), tileSize, overlap);
  }
}
