package org.dlinsar.cli;

import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.SeamSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.cli.UsageException;
import org.junit.jupiter.api.Test;

class SimulateOptionsTest {

  @Test
  void readsEveryOptionInBothSpellings() throws UsageException {
    SimulateOptions o = SimulateOptions.parse(List.of("--preset=mining", "--width", "64",
        "--height=48", "--dates", "7", "--interval-days", "6", "--pairs", "3", "--seed", "-5",
        "--start-date", "2020-02-29", "--max-span-days", "12", "--seams=2", "--seam-tilt", "12.5", "--dem-error", "40",
        "--baseline-spread", "300", "--output", "out/s.dim"));
    Scene scene = o.scene();
    assertEquals("mining", scene.name());
    assertEquals(64, scene.width());
    assertEquals(48, scene.height());
    assertEquals(-5, scene.seed());
    assertEquals(new AcquisitionPlan(java.time.LocalDate.of(2020, 2, 29), 6, 7, 3, 12), scene.acquisitions());
    assertEquals(new SeamSpec(2, SeamSpec.DEFAULT_RAD_PER_YEAR, 12.5), scene.seams());
    assertEquals(Path.of("out/s.dim"), o.output());
    assertEquals(40, scene.terrain().demErrorMetres());
    assertEquals(300, scene.radar().baselineSpreadMetres());
    assertEquals(SeamSpec.NONE, SimulateOptions.parse(List.of("-o", "s.dim")).scene().seams());
    UsageException steep = assertThrows(UsageException.class,
        () -> SimulateOptions.parse(List.of("--seams", "1", "--seam-tilt", "45", "-o", "s.dim")));
    assertTrue(steep.getMessage().contains("--seam-tilt must be a number from 0 to 44 degrees, got '45'"),
        steep.getMessage());
    assertEquals(0, SimulateOptions.parse(List.of("-o", "s.dim")).scene().terrain().demErrorMetres());
    assertEquals(50, SimulateOptions.parse(List.of("-o", "s.dim")).scene().radar().baselineSpreadMetres(),
        "Sentinel-1's, as the presets'");
  }

  @Test
  void aReferenceDatePairsEveryDateWithIt() throws UsageException {
    AcquisitionPlan plan = SimulateOptions.parse(List.of("--dates", "5", "--reference-date", "4", "-o", "s.dim"))
        .scene().acquisitions();
    assertEquals(4, plan.referenceDate());
    assertEquals(4, plan.pairs().size());
    assertTrue(plan.pairs().stream().allMatch(p -> p.secondary().equals(plan.dates().get(4))));
    assertEquals(AcquisitionPlan.SMALL_BASELINE, SimulateOptions.parse(List.of("-o", "s.dim")).scene()
        .acquisitions().referenceDate());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SimulateOptions.parse(List.of("--dates", "5", "--reference-date", "5", "-o", "s.dim")));
    assertTrue(e.getMessage().contains("--reference-date") && e.getMessage().contains("got 5"), e.getMessage());
    // -1, the library's value for small-baseline pairs, is no value of the option (0 to 999)
    assertTrue(e.getMessage().contains("0 to 4 (leave --reference-date out for small-baseline pairs)")
        && !e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void putsTheTruthAndTheSitesBesideTheStack() throws UsageException {
    SimulateOptions o = SimulateOptions.parse(List.of("-o", "dir/demo.dim"));
    assertEquals(Path.of("dir/demo.truth.dim"), o.truthOutput());
    assertEquals(Path.of("dir/demo.sites.json"), o.sitesOutput());
  }

  @Test
  void rejectsAnOutputThatIsNotDimap() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SimulateOptions.parse(List.of("-o", "stack.tif")));
    assertTrue(e.getMessage().contains(".dim"), e.getMessage());
  }

  @Test
  void rejectsAnOptionWithoutItsValue() {
    UsageException e = assertThrows(UsageException.class,
        () -> SimulateOptions.parse(List.of("-o", "a.dim", "--seed")));
    assertEquals("simulate: option --seed needs a value; run dlinsar simulate --help", e.getMessage());
  }

  @Test
  void helpNeedsNothingElse() throws UsageException {
    assertTrue(SimulateOptions.parse(List.of("--width", "3", "-h")).help());
  }
}
