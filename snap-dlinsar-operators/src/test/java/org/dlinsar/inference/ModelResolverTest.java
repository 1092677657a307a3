package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelResolverTest {

  @TempDir
  Path dir;

  private final BundledModels none = BundledModels.load(new URLClassLoader(new java.net.URL[0], null));

  @Test
  void aModelFileComesWithTheCardBesideIt() {
    Path onnx = ModelFixtures.write(dir, "my-mask.onnx", ModelFixtures.bytes(ModelFixtures.TINY_FCN),
        card -> card.put("task", "mask").put("name", "my-mask"));
    ResolvedModel model = ModelResolver.resolve(ModelResolver.MASK, "", onnx.toFile(), none);
    assertEquals("my-mask", model.card().name());
    assertEquals(onnx.toString(), model.location());
  }

  @Test
  void noBundledModelForTheTaskSaysHowToGetOne() {
    ModelException e = assertThrows(ModelException.class,
        () -> ModelResolver.resolve(ModelResolver.MASK, null, null, none));
    assertEquals("no bundled model for task 'mask'; train one with snap-dlinsar-models/training"
        + " (see its README) or pass modelFile (an ONNX file with its <name>.card.json beside it)",
        e.getMessage());
  }

  @Test
  void anUnknownNameIsRefusedListingTheBundledOnes() {
    ModelException e = assertThrows(ModelException.class,
        () -> ModelResolver.resolve(ModelResolver.MASK, "skraunet", null, none));
    assertTrue(e.getMessage().startsWith("no bundled model is named 'skraunet'; expected one of []"),
        e.getMessage());
  }

  @Test
  void aModelOfAnotherTaskIsRefused() {
    Path onnx = ModelFixtures.tinyFcn(dir);
    ModelException e = assertThrows(ModelException.class,
        () -> ModelResolver.resolve(ModelResolver.UNWRAP, null, onnx.toFile(), none));
    assertTrue(e.getMessage().contains("is for task 'fixture'; expected a model for task 'unwrap'"),
        e.getMessage());
  }

  @Test
  void nameAndFileTogetherAreRefused() {
    ModelException e = assertThrows(ModelException.class,
        () -> ModelResolver.resolve(ModelResolver.MASK, "a", new File("b.onnx"), none));
    assertTrue(e.getMessage().contains("were both given; expected one of them"), e.getMessage());
  }

  @Test
  void aMissingModelFileNamesItAndItsCard() {
    File onnx = dir.resolve("absent.onnx").toFile();
    ModelException e = assertThrows(ModelException.class,
        () -> ModelResolver.resolve(ModelResolver.MASK, null, onnx, none));
    assertEquals("model file " + onnx + " does not exist; expected an ONNX file with its card"
        + " absent.card.json beside it", e.getMessage());
  }

  @Test
  void aModelFileGivenAsALinkComesWithTheCardBesideWhatItLinksTo() throws Exception {
    Path models = Files.createDirectory(dir.resolve("models"));
    Path onnx = ModelFixtures.write(models, "my-mask-v2.onnx", ModelFixtures.bytes(ModelFixtures.TINY_FCN),
        card -> card.put("task", "mask").put("name", "my-mask-v2"));
    Path link = Files.createSymbolicLink(dir.resolve("current.onnx"), onnx);

    ResolvedModel model = ModelResolver.resolve(ModelResolver.MASK, "", link.toFile(), none);

    assertEquals("my-mask-v2", model.card().name());
    Files.delete(models.resolve("my-mask-v2.card.json"));
    String message = assertThrows(ModelException.class,
        () -> ModelResolver.resolve(ModelResolver.MASK, "", link.toFile(), none)).getMessage();
    assertTrue(message.contains(dir.resolve("current.card.json") + " does not exist, nor "
        + models.resolve("my-mask-v2.card.json") + " beside the file current.onnx links to"), message);
  }

  @Test
  void aModelFileWithoutItsCardNamesTheCard() throws Exception {
    Path onnx = Files.write(dir.resolve("bare.onnx"), ModelFixtures.bytes(ModelFixtures.TINY_FCN));
    ModelException e = assertThrows(ModelException.class,
        () -> ModelResolver.resolve(ModelResolver.MASK, null, onnx.toFile(), none));
    assertTrue(e.getMessage().contains(dir.resolve("bare.card.json") + " does not exist"), e.getMessage());
  }
}
