package org.dlinsar.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import org.esa.snap.core.datamodel.ProductData;

/**
 * When an imported stack's acquisition of {@code date} began (UTC), as {@code file} gives it:
 * written as the acquisition's {@code first_line_time}, so that a pair across midnight UTC spans
 * its true days ({@link org.dlinsar.ifg.AcquisitionTimes}).
 */
public record FirstLineTime(LocalDate date, ProductData.UTC time, Path file) {}
