package org.dlinsar.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Writes a file under a hidden temporary name beside it ({@code .<name>.tmp<pid>-...}, its own
 * per write, {@link RunOwnedTemp}; {@code .<name>} shortened for a long name, {@link HiddenNames}) and renames it when complete, atomically where the file system
 * can: a reader never sees half a file, a failed write leaves neither the temporary nor a changed
 * target behind, and two writers of one file never touch each other's temporary. What a killed
 * run left is deleted by the next write of that file. In a launcher's run the {@link RunJournal}
 * keeps what it replaces until the run has succeeded.
 *
 * <p>The temporary is created new (CREATE_NEW, O_EXCL): a file or link that someone put at its name
 * beforehand, in a folder others can write, is neither followed nor overwritten, and the write
 * fails naming it. The content gets the open file, never its path, so nothing reopens it by name.
 */
public final class StagedFile {

  private static final Logger LOG = Logger.getLogger(StagedFile.class.getName());
  private static final String TMP = ".tmp";

  /** What goes into the file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to {@code out}, a file created for this write; it may close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  private StagedFile() {}

  /**
   * @param target the file written; its folder is made when missing
   * @param what what the file is, for the error ("detections file", "report")
   * @throws IOException one line naming {@code what} and the file, with the cause
   */
  public static void write(Path target, String what, Content content) throws IOException {
    write(target, what, content, RunOwnedTemp::uniqueName, ExitDeletions.JVM);
  }

  /**
   * As above, the temporary named by {@code names} from its kind (a test plants a file at it) and
   * deleted by {@code exit} if the JVM shuts down before it is renamed.
   */
  static void write(Path target, String what, Content content, UnaryOperator<String> names, ExitDeletions exit)
      throws IOException {
    stage(target, what, content, names, exit).commit();
  }

  /**
   * Writes the whole content under the temporary name and leaves it there: {@link Staged#commit}
   * renames it to {@code target}, {@link Staged#discard} deletes it. For files that belong
   * together (DL-Detect's GeoJSON and CSV): each is written completely before either is renamed,
   * so a write that fails (a full disk, a folder in the way) leaves both as they were.
   *
   * @throws IOException as {@link #write(Path, String, Content)}; nothing is left behind
   */
  public static Staged stage(Path target, String what, Content content) throws IOException {
    return stage(target, what, content, RunOwnedTemp::uniqueName, ExitDeletions.JVM);
  }

  private static Staged stage(Path target, String what, Content content, UnaryOperator<String> names,
      ExitDeletions exit) throws IOException {
    String kind = HiddenNames.stem(target.getFileName().toString(), TMP.length() + RunOwnedTemp.UNIQUE_BYTES) + TMP;
    Path tmp = target.resolveSibling(names.apply(kind));
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      // a run's journal would keep it aside and then delete it, or fail to and leave it hidden
      throw new IOException("cannot write " + what + " " + target + ": a folder is there, not a file to replace;"
          + " it is left alone, so move it away or choose another name");
    }
    Path folder = target.toAbsolutePath().getParent();
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      // else the folders cannot be made, and the JDK says so with the bare path
      throw new IOException("cannot write " + what + " " + target + ": " + existing + " is a file, not a folder");
    }
    Staged staged = new Staged(target, tmp, what, exit);
    try {
      if (folder != null) {
        Files.createDirectories(folder);
        RunOwnedTemp.sweepFiles(folder, kind, "", LOG);
      }
      try (OutputStream out = exit.create(tmp, () -> createNew(tmp))) {
        content.writeTo(out);
      }
      return staged;
    } catch (TemporaryTaken e) {
      // not ours: leave it for its owner to see
      throw new IOException("cannot write " + what + " " + target + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw staged.failed(e);
    } catch (RuntimeException e) {
      staged.discard();
      throw e;
    }
  }

  /**
   * Renames both temporaries to their targets, or neither: where the second rename fails after
   * the first (on Windows, a CSV another program holds open), the first target is put back as it
   * was, so a new GeoJSON never stands beside an older run's CSV. While a run's journal is open
   * it puts back both as the run fails ({@link RunJournal}), so the renames are its to undo.
   *
   * @throws IOException naming the file that could not be renamed; both temporaries are deleted
   */
  public static void commitBoth(Staged first, Staged second) throws IOException {
    if (RunJournal.keeping()) {
      try {
        first.commit();
      } catch (IOException e) {
        second.discard();
        throw e;
      }
      second.commit();
      return;
    }
    try {
      // a stopped run's thread still going: the user's file, just put back, is not moved at all
      RunJournal.refuseOnceStopped(first.target);
    } catch (IOException e) {
      second.discard();
      throw first.failed(e);
    }
    Path aside = null;
    if (Files.exists(first.target, LinkOption.NOFOLLOW_LINKS)) {
      aside = RunJournal.backupOf(first.target);
      try {
        Files.move(first.target, aside);
      } catch (IOException e) {
        second.discard();
        throw first.failed(e);
      }
    }
    try {
      first.commit();
    } catch (IOException e) {
      second.discard();
      if (aside != null) {
        putBack(aside, first.target, e);
      }
      throw e;
    }
    try {
      second.commit();
    } catch (IOException e) {
      putBack(aside, first.target, e);
      throw e;
    }
    if (aside != null) {
      Files.deleteIfExists(aside);
    }
  }

  /** Puts {@code aside}, a target's old version, back at {@code target}, or deletes a target that had none. */
  private static void putBack(Path aside, Path target, IOException failure) {
    try {
      if (aside == null) {
        Files.deleteIfExists(target);
      } else if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** A file written under its temporary name, not yet renamed to its target. */
  public static final class Staged {
    private final Path target;
    private final Path tmp;
    private final String what;
    private final ExitDeletions exit;

    private Staged(Path target, Path tmp, String what, ExitDeletions exit) {
      this.target = target;
      this.tmp = tmp;
      this.what = what;
      this.exit = exit;
    }

    /**
     * Renames the temporary to the target.
     *
     * @throws IOException naming the file; the temporary is deleted
     */
    public void commit() throws IOException {
      try {
        // the journal keeps the old version aside and renames, refused once the run is stopped
        RunJournal.rename(tmp, target);
        exit.forget(tmp);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Deletes the temporary: the target stays as it was. */
    public void discard() {
      deleteTemporary(null);
    }

    /** Deletes the temporary after {@code e}, and puts {@code e} into one line naming the file. */
    private IOException failed(IOException e) {
      deleteTemporary(e);
      return new IOException("cannot write " + what + " " + target + ": " + inWords(e), e);
    }

    /** Deletes the temporary; a fault doing so is added to {@code cause}, where there is one. */
    private void deleteTemporary(IOException cause) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException cleanup) {
        // where the temporary could not be made, deleting it fails too: the first fault is the one to tell
        if (cause != null) {
          cause.addSuppressed(cleanup);
        }
      }
      exit.forget(tmp);
    }
  }

  /**
   * What went wrong: NIO's file exceptions carry the bare path as their message ("cannot write
   * ...: /data/.x.tmp1" says nothing), so the fault is put into words after the path, in the
   * words of snap-engine-lite's FileFaults (the operators compile against SNAP itself too, so
   * cannot use that class).
   */
  static String inWords(IOException e) {
    if (!(e instanceof FileSystemException fse) || fse.getReason() != null) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    String fault = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or folder"
        : e instanceof NotDirectoryException ? "not a folder"
        : e instanceof FileAlreadyExistsException ? "already exists"
        : e instanceof DirectoryNotEmptyException ? "a folder that is not empty"
        : e.getClass().getSimpleName();
    return fse.getFile() + ": " + fault;
  }

  /** As {@link #write(Path, String, Content)} for UTF-8 text. */
  public static void writeText(Path target, String what, String text) throws IOException {
    write(target, what, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static OutputStream createNew(Path tmp) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new TemporaryTaken(tmp);
    }
    return new Durable(channel);
  }

  /**
   * The temporary's stream, whose close puts the content on the disk (fsync): renamed before
   * that, a crash or power cut soon after could leave the target's name on an empty file where
   * the previous version was whole. The files staged here are small (detections, time series,
   * reports), so the wait is short.
   */
  private static final class Durable extends FilterOutputStream {
    private final FileChannel channel;
    private boolean closed;

    Durable(FileChannel channel) {
      super(Channels.newOutputStream(channel));
      this.channel = channel;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try (channel) {
        channel.force(true);
      }
    }
  }

  /** The temporary's fresh random name was already taken, by a file or link planted there. */
  private static final class TemporaryTaken extends IOException {
    TemporaryTaken(Path tmp) {
      super("its temporary name " + tmp.getFileName() + " is already taken by a file or link that this"
          + " write did not make; it is left alone (is someone else writing in "
          + tmp.toAbsolutePath().getParent() + "?)");
    }
  }
}
