package org.dlinsar.lite;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What a failed file operation's {@link FileSystemException} means, in words: NIO's subclasses
 * carry the bare path as their message ("cannot write ...: /data/.x.tmp1" says nothing).
 *
 * <p>org.dlinsar.files.StagedFile in the operators says the same for their side files; they
 * compile against SNAP itself too, so cannot use this class.
 */
public final class FileFaults {

  private FileFaults() {}

  /**
   * "permission denied", "no such file or folder", "not a folder", "already exists", "a folder
   * that is not empty"; the reason the OS gave for any other; the exception's class name without one.
   */
  public static String inWords(FileSystemException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder that is not empty";
    }
    String reason = e.getReason();
    return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason.strip();
  }

  /** The file the failure is about and {@link #inWords what went wrong}: "/data/x.tmp: permission denied". */
  public static String withFile(FileSystemException e) {
    String other = e.getOtherFile();
    return e.getFile() + (other == null ? "" : " -> " + other) + ": " + inWords(e);
  }
}
