package org.dlinsar.lite.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductTargetTest {

  @Test
  void deletesHeaderAndDataFolderCreatedAfterTheSnapshot(@TempDir File dir) throws Exception {
    ProductTarget target = new ProductTarget(new File(dir, "out.dim"));
    ProductTarget.Snapshot before = target.snapshot();
    Files.writeString(new File(dir, "out.dim").toPath(), "header");
    File data = new File(dir, "out.data");
    assertTrue(data.mkdir());
    Files.writeString(new File(data, "phase.img").toPath(), "pixels");

    target.deleteCreatedSince(before);

    assertFalse(new File(dir, "out.dim").exists());
    assertFalse(data.exists());
  }

  @Test
  void keepsTargetFilesThatExistedBefore(@TempDir File dir) throws Exception {
    File header = new File(dir, "out.dim");
    Files.writeString(header.toPath(), "an earlier run");
    ProductTarget target = new ProductTarget(header);
    ProductTarget.Snapshot before = target.snapshot();
    assertTrue(new File(dir, "out.data").mkdir());

    target.deleteCreatedSince(before);

    assertTrue(header.exists());
    assertFalse(new File(dir, "out.data").exists());
  }

  @Test
  void coversTheDimFileOfTargetGivenWithoutExtension(@TempDir File dir) throws Exception {
    ProductTarget target = new ProductTarget(new File(dir, "out"));
    ProductTarget.Snapshot before = target.snapshot();
    Files.writeString(new File(dir, "out.dim").toPath(), "header");

    target.deleteCreatedSince(before);

    assertFalse(new File(dir, "out.dim").exists());
  }
}
