/**
 * What the chain found, measured against the simulator's truth and written as a report: scores
 * (mask IoU of the decorrelated class, site contrast in gradient fields), the demo's figures,
 * quicklooks and Markdown report. {@code dlinsar demo} (module snap-dlinsar-cli) drives them;
 * {@link org.dlinsar.report.TruthScores} is plain Java on arrays.
 */
package org.dlinsar.report;
