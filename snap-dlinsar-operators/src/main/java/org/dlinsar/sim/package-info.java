/**
 * The interferogram simulator: small-baseline interferogram stacks with known truth, for the
 * tests, the test products, the training data and the demo.
 *
 * <p>Input: a {@link org.dlinsar.sim.Scene} (raster size, seed, {@link
 * org.dlinsar.sim.AcquisitionPlan acquisitions} every 6 or 12 days and their pairs, {@link
 * org.dlinsar.sim.RadarGeometry sensor}, {@link org.dlinsar.sim.Looks looks} and coherence
 * window, terrain, atmosphere, decorrelation and deformation), usually from {@link
 * org.dlinsar.sim.ScenePresets} ({@code landslides}, {@code mining}, {@code mixed}).
 *
 * <p>Output: {@link org.dlinsar.sim.StackSimulator} computes any pixel box of the stack
 * ({@link org.dlinsar.sim.StackTile}: {@code i_ifg}, {@code q_ifg}, {@code coh} per
 * interferogram, intensity per date, elevation) and of the truth ({@link
 * org.dlinsar.sim.TruthTile}: true coherence and decorrelation mask per interferogram, LOS
 * velocity, displacement per date, site ids, terrain class, slope), plus the {@link
 * org.dlinsar.sim.Site sites} and {@link org.dlinsar.sim.Lookalike lookalikes}. The operator
 * {@code DL-Simulate-Stack} ({@link org.dlinsar.sim.SimulateStackOp}) streams them into products
 * named as SNAP's InterferogramOp names its bands (CONTRACT.md section 1);
 * {@link org.dlinsar.sim.SimulatedProducts} gives them in memory; {@link
 * org.dlinsar.sim.SiteCatalogJson} writes the site list; {@code dlinsar simulate} (module
 * snap-dlinsar-cli) writes all three files. {@link org.dlinsar.sim.SiteVisibility} says from the
 * truth which sites a stack shows, for the training sets' labels and the report's recall (module
 * snap-dlinsar-report).
 *
 * <p>Every value is a pure function of the scene and the pixel: random numbers are hashes of the
 * seed and their coordinates (SplitMix64), terrain and atmosphere are procedural noise (Perlin
 * 2002; Musgrave 1994), so a tile computed alone equals the same pixels of the whole image, and
 * stacks of any size stream tile by tile; the physics uses {@code StrictMath}, so equal scenes give
 * equal bits on every platform. Physics: deformation phase -4 pi / lambda times LOS
 * displacement (positive toward the satellite); turbulent and stratified tropospheric delay
 * (Hanssen 2001); temporal decorrelation with a long-term floor (Rocca 2007); complex circular
 * Gaussian SLCs multilooked, and coherence estimated in a window, biased high at low coherence
 * (Touzi et al. 1999).
 *
 * <p>The physics classes are plain Java; only the operator, its product layout and metadata touch
 * SNAP's API.
 */
package org.dlinsar.sim;
