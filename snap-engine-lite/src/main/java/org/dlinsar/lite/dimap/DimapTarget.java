package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.esa.snap.core.datamodel.ProductNode;
import org.esa.snap.core.util.io.FileUtils;

/**
 * Where a BEAM-DIMAP product is written: its header {@code <name>.dim} and its data folder
 * {@code <name>.data} beside it.
 *
 * <p>A write replaces only a previous BEAM-DIMAP product there: a regular file that is a DIMAP
 * header, with a data folder (a real folder, not a link) or without one. Anything else at those
 * paths, such as a folder named {@code <name>.dim}, a plain file named {@code <name>.data}, a
 * link, a text file, or a data folder without its header, was not written as a product, so it
 * is refused rather than deleted.
 */
public final class DimapTarget {

  static final String DIM_EXTENSION = ".dim";
  static final String DATA_EXTENSION = ".data";

  /** A DIMAP header names its root element right after the XML declaration. */
  private static final String HEADER_ROOT = "<Dimap_Document";
  private static final int HEADER_PROBE_BYTES = 4096;

  private final Path dimFile;
  private final Path dataFolder;
  private final String productName;

  private DimapTarget(Path dimFile, Path dataFolder, String productName) {
    this.dimFile = dimFile;
    this.dataFolder = dataFolder;
    this.productName = productName;
  }

  /**
   * @param file the target as given, named as SNAP's DIMAP writer names it: {@code out.dim}, or
   *     {@code out} for {@code out.dim}; {@code out.DIM} for {@code out.DIM.dim} and
   *     {@code out.DIM.data}, and {@code out.} for {@code out.dim} ({@link FileUtils#ensureExtension(String, String)})
   * @throws IOException if the name is empty or blank, is {@code .} or {@code ..}, or has
   *     nothing before {@code .dim}: such a target would be a hidden {@code .dim} and
   *     {@code .data}, or a folder; or if the name before {@code .dim}, which the written product
   *     is named ({@link #productName}), is no valid node name once trimmed ({@code .DIM},
   *     {@code and}, {@code a:b}), which SNAP's writer refuses as it renames the product, or has
   *     a control character, which SNAP allows but the header cannot keep
   */
  public static DimapTarget of(File file) throws IOException {
    if (file.getPath().isBlank()) {
      throw new IOException("The target file name is empty: give the product file, e.g. out.dim");
    }
    String name = file.getName();
    // the header's name as SNAP's DIMAP writer completes it
    String header = name.isEmpty() ? DIM_EXTENSION : FileUtils.ensureExtension(name, DIM_EXTENSION);
    String baseName = header.substring(0, header.length() - DIM_EXTENSION.length());
    if (baseName.isBlank() || name.equals(".") || name.equals("..")) {
      throw new IOException("The target " + file + " has no product name: give the product file, e.g. out.dim");
    }
    Path given = file.toPath().toAbsolutePath();
    Path dimFile = given.resolveSibling(baseName + DIM_EXTENSION);
    // Product.setName trims before it tests the name: 'and ' is refused there, as 'and'
    if (!ProductNode.isValidNodeName(baseName.trim())) {
      // SNAP's writer fails on it too (Product.setName in ensureNamingConvention), after making the folders
      throw new IOException("Cannot write " + dimFile + ": a BEAM-DIMAP product is named after its file, and '"
          + baseName.trim() + "' is no valid product name (not blank, not or/and/not, no leading '.', none of"
          + " \\/:*?\"<>|); choose another file name");
    }
    if (hasControlCharacter(baseName)) {
      // SNAP's names allow them; this writer's header could not carry the product's name
      throw new IOException("Cannot write " + dimFile + ": a BEAM-DIMAP product is named after its file, and its"
          + " name has control characters, which its header cannot keep; choose another file name");
    }
    return new DimapTarget(dimFile, given.resolveSibling(baseName + DATA_EXTENSION), baseName.trim());
  }

  /**
   * Whether {@code name} has a control character (below U+0020, or U+007F): SNAP's node names
   * allow them, but the header's XML replaces most of them and a file name cannot hold a NUL.
   */
  static boolean hasControlCharacter(String name) {
    return name.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
  }

  /**
   * @return the name SNAP's writer gives the product it writes here (ensureNamingConvention): the
   *     header's file name without {@code .dim}, trimmed as {@code Product.setName} trims it
   */
  public String productName() {
    return productName;
  }

  /** @return the header, {@code <name>.dim}, absolute */
  public Path dimFile() {
    return dimFile;
  }

  /** @return the data folder, {@code <name>.data}, absolute */
  public Path dataFolder() {
    return dataFolder;
  }

  /**
   * Creates the target's folder with its missing parents, as SNAP's writer does, checks that it
   * is writable, locks the target for the open run ({@link RunTargets}, which removes the
   * folders made here if the run fails), clears what interrupted writes of this target left beside it, and checks that
   * the target is free or holds a previous product (see the class comment). Call it before
   * computing, so that a run fails early.
   *
   * @throws IOException naming the folder, or the path that is in the way (a file where a folder
   *     of the target's path should be), or saying that another run is writing the target, or
   *     that the data folder's name is longer than a file name may be
   */
  public void prepare() throws IOException {
    claim();
    checkReplaceable();
  }

  /**
   * {@link #prepare} but for its check of what is at the target: for a command that first
   * restores what an interrupted write of its own left at the target's paths (a set of files
   * committed together, {@code simulate}, {@code import}), which must hold the target before it
   * touches anything there and can check it only once that is done.
   *
   * @throws IOException as {@link #prepare}, but for what is at the target
   */
  public void claim() throws IOException {
    String dataName = dataFolder.getFileName().toString();
    if (HiddenNames.utf8Bytes(dataName) > HiddenNames.MAX_NAME_BYTES) {
      // said before computing, not when the finished product cannot be moved into place
      throw new IOException("Cannot write " + dimFile + ": its data folder's name " + dataName + " is "
          + HiddenNames.utf8Bytes(dataName) + " bytes, more than the " + HiddenNames.MAX_NAME_BYTES
          + " a file name may have; choose a shorter name");
    }
    Path folder = dimFile.getParent();
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new IOException("Cannot write " + dimFile + ": " + existing + " is not a directory");
    }
    if (!Files.isDirectory(folder)) {
      try {
        Files.createDirectories(folder);
        RunTargets.madeFolders(folder, existing);
      } catch (IOException e) {
        throw new IOException("Cannot write " + dimFile + ": cannot create folder " + folder + ": "
            + FileErrors.reason(folder, e), e);
      }
    }
    if (!Files.isWritable(folder)) {
      throw new IOException("Cannot write " + dimFile + ": folder " + folder + " is not writable");
    }
    // a run keeps the target from here to its end; refused first, another run's files are not touched
    RunTargets.holdForRun(this);
    LeftoverStaging.sweep(this);
  }

  /**
   * Checks that nothing but a previous BEAM-DIMAP product is at the target's paths.
   *
   * @throws IOException naming the path that is in the way and what it is
   */
  public void checkReplaceable() throws IOException {
    boolean hasHeader = Files.exists(dimFile, LinkOption.NOFOLLOW_LINKS);
    if (hasHeader && !Files.isRegularFile(dimFile, LinkOption.NOFOLLOW_LINKS)) {
      throw inTheWay(dimFile, "is " + kindOf(dimFile) + ", not a BEAM-DIMAP header");
    }
    if (hasHeader && !isDimapHeader()) {
      throw inTheWay(dimFile, "is a file that is not a BEAM-DIMAP header");
    }
    if (Files.exists(dataFolder, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(dataFolder, LinkOption.NOFOLLOW_LINKS)) {
        throw inTheWay(dataFolder, "is " + kindOf(dataFolder) + ", not a product's data folder");
      }
      if (!hasHeader) {
        throw inTheWay(dataFolder, "is a folder without its header " + dimFile.getFileName());
      }
    }
  }

  /**
   * Deletes the previous product at the target, when there is one: what a run removes before it
   * writes anew, so that a run failing halfway leaves no older product beside its new inputs.
   *
   * @throws IOException naming the path in the way when it holds anything but a product
   *     ({@link #checkReplaceable}), or what could not be deleted
   */
  public void deletePrevious() throws IOException {
    checkReplaceable();
    // the data folder first: a header alone is still a replaceable product, a folder alone is not
    if (Files.exists(dataFolder, LinkOption.NOFOLLOW_LINKS)) {
      FileTrees.delete(dataFolder);
    }
    Files.deleteIfExists(dimFile);
  }

  private IOException inTheWay(Path path, String what) {
    return new IOException("Cannot write " + dimFile + ": " + path + " " + what
        + "; only a previous BEAM-DIMAP product is replaced, so move it away or choose another target");
  }

  private static String kindOf(Path path) {
    if (Files.isSymbolicLink(path)) {
      return "a link";
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return "a folder";
    }
    return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? "a file" : "a special file";
  }

  private boolean isDimapHeader() throws IOException {
    try (InputStream in = Files.newInputStream(dimFile)) {
      return new String(in.readNBytes(HEADER_PROBE_BYTES), StandardCharsets.ISO_8859_1).contains(HEADER_ROOT);
    } catch (IOException e) {
      throw new IOException("Cannot write " + dimFile + ": cannot read the existing file to check that it is a "
          + "BEAM-DIMAP header: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return dimFile.toString();
  }
}
