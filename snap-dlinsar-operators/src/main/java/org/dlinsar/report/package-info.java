/**
 * What the chain found, measured against the simulator's truth and written as a report: scores
 * (mask IoU of the decorrelated class, site contrast in gradient fields), quicklooks and the
 * {@code dlinsar demo} command that runs the detection-first chain on a simulated stack.
 *
 * <p>Headless side: {@code DemoCommand} uses the engine's launcher interface and is never loaded
 * inside SNAP; {@link org.dlinsar.report.TruthScores} is plain Java on arrays.
 */
package org.dlinsar.report;
