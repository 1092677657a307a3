package org.dlinsar.spark;

/**
 * A graph bin/dlinsar would run but this runner cannot (not one chain Read -> operators -> Write,
 * a first step that does not run by tiles, a second DL-Mask that needs the frame's statistics, a
 * file system without a connector): exit 2, as for a command line that cannot be run. Every other
 * refusal of {@link TileGraph#read} is one bin/dlinsar makes too, and exits 1 as there.
 */
final class NotForSpark extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  NotForSpark(String message) {
    super(message);
  }

  NotForSpark(String message, Throwable cause) {
    super(message, cause);
  }
}
