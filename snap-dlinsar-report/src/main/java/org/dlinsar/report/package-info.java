/**
 * What the chain found, measured against the simulator's truth and written as a report: scores
 * (mask IoU of the decorrelated class, site contrast in gradient fields, recall and precision of
 * detections, velocity errors), the demo's figures and two reports of them: Markdown with PNG
 * quicklooks beside it ({@link org.dlinsar.report.DemoReport}, for diffing) and one
 * self-contained HTML page ({@link org.dlinsar.report.HtmlReport}: images as {@code data:} URIs,
 * plots and colour bars as inline SVG, no script). The page's model, {@link
 * org.dlinsar.report.ReportPage}, takes per detection an optional Local-SBAS time series and
 * velocity patch ({@link org.dlinsar.report.LocalSbasResults} reads them from the {@code
 * velocity} and {@code rms_residual} bands and the time-series CSV of CONTRACT.md section 4).
 * {@code dlinsar demo} (module snap-dlinsar-cli) drives them, and the benchmarks' evaluations
 * run {@link org.dlinsar.report.DetectionTrial}s; {@link org.dlinsar.report.TruthScores} is plain
 * Java on arrays. A module of its own (snap-dlinsar-report) so that none of it is packed into the
 * SNAP plugin: SNAP users' stacks have no truth to score against.
 */
package org.dlinsar.report;
