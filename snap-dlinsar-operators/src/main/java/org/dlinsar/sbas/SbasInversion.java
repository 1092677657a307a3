package org.dlinsar.sbas;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inverts a pixel's small-baseline network into a displacement time series (Berardino et al.
 * 2002): coherence-weighted least squares on the pairs, and across disconnected subsets of dates
 * the solution of minimum velocity norm, as the SVD pseudo-inverse gives it.
 *
 * <p>How: the weighted normal equations of the displacements (a weighted graph Laplacian, each
 * subset's first date held at 0) are solved by Cholesky on the matrix's envelope
 * ({@link EnvelopeCholesky}: a date is paired with a few near ones, so the work grows with the
 * dates, not their cube); that is one least-squares solution. The
 * others differ by a constant per subset, which in velocities is the null space of the velocity
 * design matrix; projecting it out gives the minimum-norm one. The null space depends only on which
 * pairs are valid, so it is computed once per pattern ({@link NetworkPattern}, in closed form) and
 * shared by every pixel with that pattern.
 *
 * <p>One instance per thread (it keeps work arrays); the pattern cache may be shared
 * ({@link #sharingPatterns}). Units: phase in radians, displacement in mm (toward the satellite
 * positive, d = -lambda / (4 pi) phase), velocity in mm/year.
 */
public final class SbasInversion {

  /** Patterns kept at most; beyond, a pattern is computed for its pixel and dropped. */
  static final int MAX_PATTERNS = 4096;

  private final SbasNetwork network;
  private final double mmPerRadian;
  private final int minPairs;
  private final Map<BitSet, NetworkPattern> patterns;
  private final BitSet valid = new BitSet();
  private final double[] observedMm;
  private final double[] velocity;
  private final EnvelopeCholesky normal = new EnvelopeCholesky();
  /** The normal equations' right-hand side, then their solution. */
  private final double[] rhs;
  private double temporalCoherence = Double.NaN;
  private double velocityStd = Double.NaN;
  /** Per subset (indexed by its first date): mean epoch and displacement, and dates. */
  private final double[] meanT;
  private final double[] meanD;
  private final int[] count;
  private NetworkPattern lastPattern;
  /** The kept patterns this instance used since {@link #takeUsedPatterns}, by identity. */
  private final Set<NetworkPattern> used = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * @param network the pairs and dates
   * @param wavelengthMetres radar wavelength
   * @param minPairs pairs a pixel needs valid to be inverted, at least 1
   */
  public SbasInversion(SbasNetwork network, double wavelengthMetres, int minPairs) {
    this(network, wavelengthMetres, minPairs, new ConcurrentHashMap<>());
  }

  private SbasInversion(SbasNetwork network, double wavelengthMetres, int minPairs,
      Map<BitSet, NetworkPattern> patterns) {
    if (!(wavelengthMetres > 0) || minPairs < 1) {
      throw new IllegalArgumentException("wavelength must be > 0 and minPairs >= 1, got "
          + wavelengthMetres + " m and " + minPairs);
    }
    this.network = network;
    this.mmPerRadian = -wavelengthMetres * 1000 / (4 * Math.PI);
    this.minPairs = minPairs;
    this.patterns = patterns;
    this.observedMm = new double[network.pairCount()];
    this.velocity = new double[network.dateCount() - 1];
    this.rhs = new double[network.dateCount()];
    this.meanT = new double[network.dateCount()];
    this.meanD = new double[network.dateCount()];
    this.count = new int[network.dateCount()];
  }

  /** Pairs a pixel needs valid to be inverted. */
  public int minPairs() {
    return minPairs;
  }

  /** A new instance for another thread, sharing this one's pattern cache. */
  public SbasInversion sharingPatterns() {
    return new SbasInversion(network, -mmPerRadian * 4 * Math.PI / 1000, minPairs, patterns);
  }

  /** The network inverted. */
  public SbasNetwork network() {
    return network;
  }

  /**
   * Inverts one pixel.
   *
   * @param phaseRad unwrapped, referenced phase per pair (secondary minus reference); NaN = no
   *     data; not modified
   * @param weight weight per pair, 0 (or NaN) = not used; not modified
   * @param displacementMm out: displacement per date, mm, 0 at the first date; NaN when the pixel
   *     has fewer than {@code minPairs} valid pairs. Modified.
   * @return the root mean square residual over the valid pairs, mm; NaN when not inverted
   * @see #temporalCoherence()
   */
  public double invert(float[] phaseRad, float[] weight, double[] displacementMm) {
    int pairs = network.pairCount();
    valid.clear();
    for (int p = 0; p < pairs; p++) {
      if (weight[p] > 0 && !Float.isNaN(phaseRad[p])) {
        valid.set(p);
        observedMm[p] = phaseRad[p] * mmPerRadian;
      }
    }
    temporalCoherence = Double.NaN;
    velocityStd = Double.NaN;
    lastPattern = null;
    if (valid.cardinality() < minPairs) {
      java.util.Arrays.fill(displacementMm, Double.NaN);
      return Double.NaN;
    }
    NetworkPattern pattern = pattern();
    lastPattern = pattern;
    solveWeighted(pattern, weight, displacementMm);
    if (pattern.nullBasis.length > 0) {
      removeNullSpace(pattern, displacementMm);
    }
    double sum = 0;
    double re = 0;
    double im = 0;
    for (int p = valid.nextSetBit(0); p >= 0; p = valid.nextSetBit(p + 1)) {
      double r = observedMm[p]
          - (displacementMm[network.secondary(p)] - displacementMm[network.reference(p)]);
      sum += r * r;
      re += Math.cos(r / mmPerRadian);
      im += Math.sin(r / mmPerRadian);
    }
    int count = valid.cardinality();
    if (count > pattern.unknownCount) {
      temporalCoherence = Math.hypot(re, im) / count;
    }
    return Math.sqrt(sum / count);
  }

  /**
   * The temporal coherence of the pixel last inverted (Pepe and Lanari 2006, as MintPy's
   * {@code temporalCoherence}): |mean of exp(i residual phase)| over its valid pairs, 1 where the
   * network closes, near 0.3 for noise. NaN where it was not inverted or where its valid pairs
   * fix the series exactly (no redundancy, so nothing to check it against).
   */
  public double temporalCoherence() {
    return temporalCoherence;
  }

  /** True when the pairs of the pixel last inverted link every date: its series is one subset, all measured. */
  public boolean linkedEveryDate() {
    return lastPattern != null && lastPattern.subsets == 1;
  }

  /**
   * The velocity of the pixel last inverted, mm/year, from its displacements: their
   * least-squares slope over the epochs ({@link SbasNetwork#velocityMmPerYear}), with one
   * intercept per subset of dates its valid pairs link where they link several. No pair measures
   * the displacement across a gap between subsets (the minimum-norm series holds it still there),
   * so a slope through it would be pulled toward 0: a stack in two seasons without a pair between
   * them gave -18.5 for -50 mm/year. Each subset of two or more dates counts; NaN where none has.
   * Also fits its standard error, which {@link #velocityStdMmPerYear()} then gives.
   */
  public double velocityMmPerYear(double[] displacementMm) {
    velocityStd = Double.NaN;
    if (lastPattern == null) {
      return Double.NaN;
    }
    if (lastPattern.subsets == 1) {
      double velocity = network.velocityMmPerYear(displacementMm);
      velocityStd = oneLineStandardError(displacementMm, velocity);
      return velocity;
    }
    int n = network.dateCount();
    int[] subsetOf = lastPattern.subsetOf;
    java.util.Arrays.fill(meanT, 0);
    java.util.Arrays.fill(meanD, 0);
    java.util.Arrays.fill(count, 0);
    for (int d = 0; d < n; d++) {
      int g = subsetOf[d];
      meanT[g] += network.epochYears(d);
      meanD[g] += displacementMm[d];
      count[g]++;
    }
    for (int g = 0; g < n; g++) {
      if (count[g] > 0) {
        meanT[g] /= count[g];
        meanD[g] /= count[g];
      }
    }
    double num = 0;
    double den = 0;
    for (int d = 0; d < n; d++) {
      int g = subsetOf[d];
      double dt = network.epochYears(d) - meanT[g];
      num += dt * (displacementMm[d] - meanD[g]);
      den += dt * dt;
    }
    double velocity = den > 0 ? num / den : Double.NaN;
    int freedom = n - 1 - lastPattern.subsets;
    if (Double.isNaN(velocity) || freedom < 1) {
      return velocity;
    }
    double sum = 0;
    for (int d = 0; d < n; d++) {
      int g = subsetOf[d];
      double r = displacementMm[d] - meanD[g] - velocity * (network.epochYears(d) - meanT[g]);
      sum += r * r;
    }
    velocityStd = Math.sqrt(sum / freedom / den);
    return velocity;
  }

  /**
   * The standard error of the velocity last computed by {@link #velocityMmPerYear}, mm/year:
   * sigma^2 = sum(r^2) / (n - p) / sum((t - tmean_subset)^2) from the residuals r of the
   * displacements about the fitted lines, n the dates, p one slope plus one intercept per subset
   * (MintPy's {@code velocityStd}, LiCSBAS's {@code vstd}). It takes the residuals as independent
   * in time, so a pair's noise, which the inversion shares among the dates after it, and errors
   * that persist over several dates (a wrong cycle, the reference's) are under-counted: the band
   * {@code velocity_std} adds the still ring's velocity scatter to it ({@link PatchSbas}). NaN where
   * the velocity is NaN or n - p &lt; 1.
   */
  public double velocityStdMmPerYear() {
    return velocityStd;
  }

  /** The standard error of slope {@code velocity} through every date: n - 2 degrees of freedom. */
  private double oneLineStandardError(double[] displacementMm, double velocity) {
    int n = network.dateCount();
    if (Double.isNaN(velocity) || n < 3) {
      return Double.NaN;
    }
    double meanDisplacement = 0;
    for (int d = 0; d < n; d++) {
      meanDisplacement += displacementMm[d];
    }
    meanDisplacement /= n;
    double sum = 0;
    for (int d = 0; d < n; d++) {
      double r = displacementMm[d] - meanDisplacement
          - velocity * (network.epochYears(d) - network.meanEpochYears());
      sum += r * r;
    }
    return Math.sqrt(sum / (n - 2) / network.epochSpread());
  }

  private NetworkPattern pattern() {
    NetworkPattern known = patterns.get(valid);
    if (known != null) {
      used.add(known);
      return known;
    }
    NetworkPattern fresh = new NetworkPattern(network, valid);
    if (patterns.size() < MAX_PATTERNS) {
      NetworkPattern kept = patterns.putIfAbsent(fresh.validPairs, fresh);
      used.add(kept == null ? fresh : kept);
    }
    return fresh;
  }

  /**
   * The valid pairs of each kept pattern this instance used since the last call: a patch's, which
   * travel with its result, so that a run whose patches were solved elsewhere (bin/dlinsar-spark's
   * tasks, each with its own cache) counts the patterns as one machine does ({@link #patternCount(List)}).
   */
  public BitSet[] takeUsedPatterns() {
    BitSet[] pairs = used.stream().map(p -> p.validPairs).toArray(BitSet[]::new);
    used.clear();
    return pairs;
  }

  /**
   * The network patterns of a run from its patches' {@link #takeUsedPatterns}: those of one
   * cache, which keeps at most {@value #MAX_PATTERNS}.
   */
  public static int patternCount(List<BitSet[]> usedByPatch) {
    Set<BitSet> all = new HashSet<>();
    usedByPatch.forEach(used -> all.addAll(Arrays.asList(used)));
    return Math.min(all.size(), MAX_PATTERNS);
  }

  /** Weighted least squares with each subset's first date at 0. */
  private void solveWeighted(NetworkPattern pattern, float[] weight, double[] displacementMm) {
    int n = pattern.unknownCount;
    java.util.Arrays.fill(displacementMm, 0);
    if (n == 0) {
      return;
    }
    normal.reset(pattern.firstColumn);
    java.util.Arrays.fill(rhs, 0, n, 0);
    for (int p = valid.nextSetBit(0); p >= 0; p = valid.nextSetBit(p + 1)) {
      double w = weight[p];
      int a = pattern.unknown[network.secondary(p)];
      int b = pattern.unknown[network.reference(p)];
      double wy = w * observedMm[p];
      if (a >= 0) {
        normal.add(a, a, w);
        rhs[a] += wy;
      }
      if (b >= 0) {
        normal.add(b, b, w);
        rhs[b] -= wy;
      }
      if (a >= 0 && b >= 0) {
        normal.add(Math.max(a, b), Math.min(a, b), -w);
      }
    }
    if (!normal.factor()) {
      throw new IllegalStateException("SBAS normal matrix of " + n + " unknowns is not positive"
          + " definite; pair weights must be positive");
    }
    normal.solve(rhs);
    for (int d = 0; d < displacementMm.length; d++) {
      int u = pattern.unknown[d];
      displacementMm[d] = u >= 0 ? rhs[u] : 0;
    }
  }

  /** Projects the velocities onto the row space of the design matrix: the minimum-norm solution. */
  private void removeNullSpace(NetworkPattern pattern, double[] displacementMm) {
    int intervals = velocity.length;
    for (int k = 0; k < intervals; k++) {
      velocity[k] = (displacementMm[k + 1] - displacementMm[k])
          / (network.epochYears(k + 1) - network.epochYears(k));
    }
    for (double[] basis : pattern.nullBasis) {
      double dot = 0;
      for (int k = 0; k < intervals; k++) {
        dot += basis[k] * velocity[k];
      }
      for (int k = 0; k < intervals; k++) {
        velocity[k] -= dot * basis[k];
      }
    }
    displacementMm[0] = 0;
    for (int k = 0; k < intervals; k++) {
      displacementMm[k + 1] = displacementMm[k]
          + velocity[k] * (network.epochYears(k + 1) - network.epochYears(k));
    }
  }
}
