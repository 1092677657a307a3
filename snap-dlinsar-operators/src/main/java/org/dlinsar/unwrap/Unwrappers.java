package org.dlinsar.unwrap;

import org.dlinsar.inference.ModelSession;

/** The unwrappers DL-Unwrap and Local-SBAS choose from. */
public final class Unwrappers {

  /** Tile side of the classical unwrapper, pixels (README.md, DL-Unwrap: the measured table). */
  public static final int CLASSICAL_TILE = 512;
  /** Overlap between neighbouring tiles, pixels: room for the cycle-offset vote. */
  public static final int CLASSICAL_OVERLAP = 32;

  private Unwrappers() {}

  /**
   * The classical unwrapper: minimum-cost flow on the residue network (Costantini 1998) with
   * uniform edge costs (measured better than coherence-weighted ones, README), over tiles with overlap stitched by whole-cycle offsets on rasters larger
   * than one tile. Thread-safe.
   */
  public static PhaseUnwrapper classical() {
    return classical(CLASSICAL_TILE, CLASSICAL_OVERLAP);
  }

  /** Patch side of the DL unwrapper, pixels: the size its network was scored on (train_unwrap.py). */
  public static final int NETWORK_TILE = 256;
  /** Overlap between its patches, pixels. */
  public static final int NETWORK_OVERLAP = 64;

  /**
   * The DL unwrapper: a PUNet model ({@link NetworkUnwrapper}) on patches of
   * {@value #NETWORK_TILE} pixels overlapping by {@value #NETWORK_OVERLAP}, stitched by
   * whole-cycle offsets, and checked region by region against the classical unwrapper
   * ({@link ArbitratedUnwrapper}). Thread-safe.
   *
   * @throws org.dlinsar.inference.ModelException naming the model when it is no unwrapping model
   */
  public static PhaseUnwrapper network(ModelSession session) {
    return new ArbitratedUnwrapper(networkAlone(session), classical());
  }

  /**
   * The network's patches alone, without the classical check: what {@link #network} improves on,
   * for benchmarks.
   *
   * @throws org.dlinsar.inference.ModelException naming the model when it is no unwrapping model
   */
  public static PhaseUnwrapper networkAlone(ModelSession session) {
    NetworkUnwrapper net = new NetworkUnwrapper(session);
    int tile = Math.min(NETWORK_TILE, net.patchSize());
    return new TiledUnwrapper(net, tile, Math.min(NETWORK_OVERLAP, tile / 4));
  }

  /** The classical unwrapper over tiles of {@code tileSize} overlapping by {@code overlap} pixels. */
  public static PhaseUnwrapper classical(int tileSize, int overlap) {
    return new TiledUnwrapper(new McfUnwrapper(), tileSize, overlap);
  }
}
