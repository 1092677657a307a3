package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (Ctrl-C, SIGTERM) closes every model session before ONNX Runtime's own shutdown hook
 * frees its environment ({@link ModelSessions#closeForExit}). A tile thread that was opening a
 * session as the stop came checked for the stop before it began, so the session it finished after
 * the others were closed was handed out open, to run a network while the runtime is freed under it.
 */
class ModelSessionsStopTest {

  @TempDir
  Path dir;

  @AfterEach
  void sessionsOpenAgain() {
    ModelSessions.openAgain();
  }

  @Test
  void aSessionOpeningWhenTheStopComesIsNotHandedOut() throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    ResolvedModel file = ModelFixtures.resolved(onnx);
    byte[] bytes = Files.readAllBytes(onnx);
    // the stop comes while the session is being opened: as its model file is read
    URL stopsAsItIsRead = new URL(null, "stop-while-read:" + onnx.getFileName(), new URLStreamHandler() {
      @Override
      protected URLConnection openConnection(URL url) {
        return new URLConnection(url) {
          @Override
          public void connect() {}

          @Override
          public InputStream getInputStream() {
            ModelSessions.closeForExit();
            return new ByteArrayInputStream(bytes);
          }
        };
      }
    });
    ResolvedModel model = new ResolvedModel(file.card(), stopsAsItIsRead, file.location(), false, file.cardSha256());

    ModelSession[] handedOut = new ModelSession[1];
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> handedOut[0] = ModelSessions.shared(model, ExecutionProvider.CPU));

    assertNull(handedOut[0]);
    assertEquals("the run is stopping: no model session opens", refused.getMessage());
  }
}
