package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Clears what writes of one target left beside it when their run died without cleaning up
 * (SIGKILL, a crash, a power cut): the staged {@code .<name>.dim.tmp-<token>} and
 * {@code .<name>.data.tmp-<token>}, and the lock file. Only names of exactly that pattern are
 * touched ({@link StagingNames}), and only once the run that wrote them is gone: while it is
 * alive it holds its {@link StagingLock}.
 *
 * <p>A leftover {@code .<name>.dim.old-<token>} or {@code .<name>.data.old-<token>} means the run
 * died while replacing a previous product: it is that product, so it is never deleted. If the run
 * had not yet moved any new file into place (both staged files are still there), the previous
 * product is moved back to its names. Otherwise it is left where it is, with a warning naming it,
 * for the user to keep or delete.
 */
final class LeftoverStaging {

  private static final Logger LOG = Logger.getLogger(LeftoverStaging.class.getName());

  private LeftoverStaging() {
  }

  /**
   * Sweeps the leftovers of every dead write of {@code target}; a leftover that cannot be
   * cleared is logged and left, as it does not stop this write.
   *
   * @throws IOException if the target's folder cannot be listed
   */
  static void sweep(DimapTarget target) throws IOException {
    for (String token : StagingNames.tokensFound(target)) {
      StagingNames names = new StagingNames(target, token);
      StagingLock lock = StagingLock.take(names.lockFile());
      if (lock == null) {
        continue; // its run is alive
      }
      try {
        clear(names);
      } catch (IOException e) {
        LOG.warning("cannot clear what an interrupted write left in " + names.dataStaged().getParent()
            + ": " + e.getMessage());
      } finally {
        lock.release();
      }
    }
  }

  private static void clear(StagingNames names) throws IOException {
    DimapTarget target = names.target();
    boolean hasAside = exists(names.dimAside()) || exists(names.dataAside());
    // Both staged files exist until a commit moves the first into place.
    boolean placedNewFiles = !exists(names.dimStaged()) || !exists(names.dataStaged());
    boolean namesFree = !(exists(names.dimAside()) && exists(target.dimFile()))
        && !(exists(names.dataAside()) && exists(target.dataFolder()));
    if (hasAside && !placedNewFiles && namesFree) {
      // put back before deleting the staged files: if this sweep dies too, the next one decides alike
      moveIfExists(names.dimAside(), target.dimFile());
      moveIfExists(names.dataAside(), target.dataFolder());
      LOG.warning("put back the previous product " + target + ", which an interrupted write had moved aside");
    }
    deleteIf(names.dataStaged(), true);
    deleteIf(names.dimStaged(), false);
    for (Path aside : new Path[] {names.dimAside(), names.dataAside()}) {
      if (exists(aside)) {
        LOG.warning("kept " + aside + ": part of the previous " + target + ", moved aside by an interrupted "
            + "write; delete it if the current product is the one you want");
      }
    }
  }

  /** Deletes a staged file or folder, only if it is of the kind a write stages (not a link). */
  private static void deleteIf(Path staged, boolean folder) throws IOException {
    boolean expected = folder ? Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)
        : Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS);
    if (expected) {
      FileTrees.delete(staged);
    }
  }

  private static void moveIfExists(Path from, Path to) throws IOException {
    if (exists(from)) {
      Files.move(from, to);
    }
  }

  private static boolean exists(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }
}
