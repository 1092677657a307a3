package org.dlinsar.ifg;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the WARNING messages logged anywhere while open; close it to stop. */
public final class LogCapture extends Handler implements AutoCloseable {

  private static final Logger ROOT = Logger.getLogger("");
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  /** Starts collecting. */
  public static LogCapture warnings() {
    LogCapture capture = new LogCapture();
    capture.setLevel(Level.WARNING);
    ROOT.addHandler(capture);
    return capture;
  }

  /** The messages of the WARNING records so far. */
  public List<String> messages() {
    return List.copyOf(warnings);
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
      warnings.add(record.getMessage());
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    ROOT.removeHandler(this);
  }
}
