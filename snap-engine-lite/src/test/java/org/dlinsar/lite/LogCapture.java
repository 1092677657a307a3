package org.dlinsar.lite;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the messages logged while open: the WARNING ones logged anywhere, or every one a class
 * logs; close it to stop.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<String> messages = new CopyOnWriteArrayList<>();

  private LogCapture(Logger logger, Level level) {
    this.logger = logger;
    setLevel(level);
    logger.addHandler(this);
  }

  /** Starts collecting the WARNING (and SEVERE) messages of every logger. */
  public static LogCapture warnings() {
    return new LogCapture(Logger.getLogger(""), Level.WARNING);
  }

  /** Starts collecting every message of {@code source}'s logger, whatever its level. */
  public static LogCapture of(Class<?> source) {
    return new LogCapture(Logger.getLogger(source.getName()), Level.ALL);
  }

  /** The messages so far. */
  public List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void publish(LogRecord record) {
    if (isLoggable(record)) {
      messages.add(record.getMessage());
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
