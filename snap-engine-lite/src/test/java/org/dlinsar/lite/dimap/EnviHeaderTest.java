package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnviHeaderTest {

  @TempDir
  Path dir;

  @Test
  void readsKeysCaseInsensitivelyAcrossMultiLineBraces() throws IOException {
    Path hdr = dir.resolve("band.hdr");
    Files.writeString(hdr, "ENVI\ndescription = {first line\n  = second line}\nSamples = 82\nLINES = 61\n"
        + "bands = 1\nheader offset = 0\ndata type = 4\nbyte order = 1\n");

    EnviHeader header = EnviHeader.read(hdr);

    assertEquals(new EnviHeader(82, 61, 4, 1, 0), header);
  }

  @Test
  void aLongBraceValueIsReadInTimeProportionalToIt() throws IOException {
    // a header of another's product whose description runs over a million lines (2 MB) before its
    // brace closes: searching the whole value for the brace on each line took minutes
    Path hdr = dir.resolve("band.hdr");
    Files.writeString(hdr, "ENVI\ndescription = {" + "\nx".repeat(1_000_000) + "}\nsamples = 82\nlines = 61\n"
        + "data type = 4\nbyte order = 1\n");

    EnviHeader header = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EnviHeader.read(hdr));

    assertEquals(new EnviHeader(82, 61, 4, 1, 0), header);
  }

  @Test
  void aHeaderLargerThanItsCapIsRefusedNamingItAndTheCap() throws IOException {
    // an .img given as a header, say: a sparse file one byte over the cap, its first line ENVI
    Path hdr = dir.resolve("band.hdr");
    Files.writeString(hdr, "ENVI\nsamples = 2\nlines = 3\ndata type = 4\n");
    try (RandomAccessFile file = new RandomAccessFile(hdr.toFile(), "rw")) {
      file.setLength((64 << 20) + 1L);
    }

    IOException thrown = assertThrows(IOException.class, () -> EnviHeader.read(hdr));

    assertEquals("cannot read " + hdr + ": over 67108864 bytes, larger than the 64 MiB that an ENVI header could"
        + " need; is it the band's header?", thrown.getMessage());
  }

  @Test
  void treatsAMissingByteOrderAsUnknown() throws IOException {
    Path hdr = dir.resolve("band.hdr");
    Files.writeString(hdr, "ENVI\nsamples = 2\nlines = 3\ndata type = 12\n");

    assertEquals(new EnviHeader(2, 3, 12, -1, 0), EnviHeader.read(hdr));
  }

  @Test
  void rejectsAHeaderWithoutSamplesNamingTheFile() throws IOException {
    Path hdr = dir.resolve("band.hdr");
    Files.writeString(hdr, "ENVI\nlines = 3\ndata type = 4\n");

    IOException thrown = assertThrows(IOException.class, () -> EnviHeader.read(hdr));

    assertTrue(thrown.getMessage().contains(hdr.toString()) && thrown.getMessage().contains("samples"),
        thrown.getMessage());
  }

  @Test
  void writesTheWavelengthWhenPositive() throws IOException {
    Path hdr = dir.resolve("radiance.hdr");

    EnviHeader.write(hdr, "radiance", "TOA radiance", "mW/(m^2*sr*nm)", ProductData.TYPE_UINT16, 76, 61, 412.691f,
        0.25, 0.0);

    String text = Files.readString(hdr);
    assertTrue(text.contains("description = {TOA radiance - Unit: mW/(m^2*sr*nm) - Wavelength: 412.691nm}\n"), text);
    assertTrue(text.contains("wavelength = {412.691}\n"), text);
    assertEquals(new EnviHeader(76, 61, 12, 1, 0), EnviHeader.read(hdr));
  }

  /** A description naming a path of any script is written, not the reason the product fails. */
  @Test
  void writesADescriptionBeyondLatin1() throws IOException {
    Path hdr = dir.resolve("i_ifg.hdr");
    String description = "from /data/\u6570\u636e/20210104_20210116.diff, \u0394\u03c6";

    EnviHeader.write(hdr, "i_ifg", description, null, ProductData.TYPE_FLOAT32, 8, 4, 0f, 1.0, 0.0);

    assertTrue(Files.readString(hdr).contains("description = {" + description + " - Unit: 1}"));
    assertEquals(new EnviHeader(8, 4, 4, 1, 0), EnviHeader.read(hdr));
  }
}
