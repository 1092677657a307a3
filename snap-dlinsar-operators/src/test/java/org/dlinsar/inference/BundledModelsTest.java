package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledModelsTest {

  @TempDir
  Path root;

  @Test
  void listsTheModelsOfEveryIndexOnTheClassPathInOrder() throws Exception {
    Path first = jar("a", "# best first\n\ntiny-fcn.onnx\n");
    ModelFixtures.tinyFcn(first.resolve("dlinsar-models"));
    Path second = jar("b", "other.onnx\n");
    ModelFixtures.write(second.resolve("dlinsar-models"), "other.onnx",
        ModelFixtures.bytes(ModelFixtures.TINY_FCN), card -> card.put("name", "other"));

    BundledModels models = BundledModels.load(loader(first, second));

    assertEquals(List.of("tiny-fcn", "other"), models.all().stream().map(m -> m.card().name()).toList());
    assertEquals(2, models.forTask("fixture").size());
    assertEquals(List.of(), models.forTask(ModelResolver.MASK));
    try (ModelSession session = ModelSession.open(models.named("other").orElseThrow(),
        ExecutionProvider.CPU)) {
      assertEquals("other", session.card().name(), "a bundled model opens from its jar URL");
    }
  }

  @Test
  void noIndexMeansNoModels() throws Exception {
    assertEquals(List.of(), BundledModels.load(loader(root)).all());
  }

  @Test
  void aNameListedTwiceIsRefusedNamingBothFiles() throws Exception {
    Path first = jar("a", "tiny-fcn.onnx\n");
    ModelFixtures.tinyFcn(first.resolve("dlinsar-models"));
    Path second = jar("b", "tiny-fcn.onnx\n");
    ModelFixtures.tinyFcn(second.resolve("dlinsar-models"));
    ModelException e = assertThrows(ModelException.class, () -> BundledModels.load(loader(first, second)));
    assertTrue(e.getMessage().contains("'tiny-fcn' is listed twice"), e.getMessage());
  }

  @Test
  void aListedModelWithoutCardIsNamed() throws Exception {
    Path jar = jar("a", "lonely.onnx\n");
    ModelException e = assertThrows(ModelException.class, () -> BundledModels.load(loader(jar)));
    assertTrue(e.getMessage().contains("lists lonely.onnx but its card"), e.getMessage());
    assertTrue(e.getMessage().contains("lonely.card.json does not exist"), e.getMessage());
  }

  private Path jar(String name, String index) throws IOException {
    Path folder = Files.createDirectories(root.resolve(name).resolve("dlinsar-models"));
    Files.writeString(folder.resolve("index.txt"), index);
    return folder.getParent();
  }

  private static ClassLoader loader(Path... folders) throws IOException {
    URL[] urls = new URL[folders.length];
    for (int i = 0; i < folders.length; i++) {
      urls[i] = folders[i].toUri().toURL();
    }
    // no parent: only these folders, not the test class path
    return new URLClassLoader(urls, null);
  }
}
