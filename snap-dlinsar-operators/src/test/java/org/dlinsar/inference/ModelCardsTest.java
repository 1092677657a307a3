package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCardsTest {

  @TempDir
  Path dir;

  @Test
  void readsTheFixtureCard() {
    ModelFixtures.tinyFcn(dir);
    ModelCard card = ModelCards.read(dir.resolve("tiny-fcn.card.json"));
    assertEquals("tiny-fcn", card.name());
    assertEquals("fixture", card.task());
    assertEquals(17, card.opset());
    assertEquals("coherence", card.input().channels().get(1).name());
    assertEquals(0.25, card.input().channels().get(1).std());
    assertEquals(new ModelCard.Tile(64, 4, 4), card.tile());
    assertEquals(11, card.training().seed());
  }

  @Test
  void theCardOfAModelIsBesideIt() {
    assertEquals("mask-v1.card.json", ModelCards.cardName("mask-v1.onnx"));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.cardName("mask.pt"));
    assertTrue(e.getMessage().contains("'mask.pt' does not end in .onnx"), e.getMessage());
  }

  /** A card is read whole: a file far larger than any card is refused by its size, naming it and the cap. */
  @Test
  void aCardLargerThanItsCapIsRefusedNamingItAndTheCap() throws IOException {
    Path card = dir.resolve("huge.card.json");
    try (RandomAccessFile file = new RandomAccessFile(card.toFile(), "rw")) {
      file.write("{\"name\": \"".getBytes(StandardCharsets.UTF_8));
      file.setLength(ModelCards.MAX_BYTES + 1L); // sparse
    }
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertEquals("model card " + card + ": 16777217 bytes, larger than the 16 MiB that a model card could need;"
        + " is it the right file?", e.getMessage());
  }

  @Test
  void aMisspeltFieldIsNamed() {
    Path card = cardWith(c -> ((ObjectNode) c.get("tile")).put("hallo", 4));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains(card.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("\"hallo\""), e.getMessage());
  }

  @Test
  void aMissingFieldIsNamed() {
    Path card = cardWith(c -> c.remove("training"));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains("'training'"), e.getMessage());
  }

  @Test
  void aTileTooSmallForItsHaloIsRefusedWithBothNumbers() {
    Path card = cardWith(c -> ((ObjectNode) c.get("tile")).put("size", 12));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains(card + " is invalid: 'tile' has size 12 and halo 4"),
        e.getMessage());
  }

  @Test
  void aStrideThatDoesNotDivideTheTileIsRefused() {
    // tile 64, halo 4: 52 pixels of step hold two strides of 8, and 64 is not a multiple of 6
    assertEquals(8, ModelCards.read(cardWith(c -> ((ObjectNode) c.get("tile")).put("stride", 8)))
        .tile().stride());
    Path card = cardWith(c -> ((ObjectNode) c.get("tile")).put("stride", 6));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains("'tile.stride' is 6 with size 64 and halo 4"), e.getMessage());
  }

  @Test
  void aZeroStdIsRefused() {
    Path card = cardWith(c -> ((ObjectNode) c.get("input").withArray("channels").get(0)).put("std", 0));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains("channel 'cos_phase' has mean 0.0 and std 0.0"), e.getMessage());
  }

  @Test
  void trainingRealismIsOptionalAndKeepsItsOrder() {
    ModelFixtures.tinyFcn(dir);
    assertTrue(ModelCards.read(dir.resolve("tiny-fcn.card.json")).training().realism().isEmpty());

    Path card = cardWith(c -> ((ObjectNode) c.get("training")).putObject("realism")
        .put("median phasor coherence (5x5)", 0.802).put("share below 0.3", 0.107));
    ModelCard read = ModelCards.read(card);
    assertEquals(java.util.List.of("median phasor coherence (5x5)", "share below 0.3"),
        java.util.List.copyOf(read.training().realism().keySet()));
    assertEquals(0.107, read.training().realism().get("share below 0.3"));
  }

  @Test
  void aRealismStatisticThatIsNoNumberIsNamed() {
    Path card = cardWith(c -> ((ObjectNode) c.get("training")).putObject("realism")
        .putNull("residues per 1000 pixels"));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains("'residues per 1000 pixels' is null"), e.getMessage());
  }

  @Test
  void anEnsembleIsOptionalAndItsScoresAreChecked() {
    ModelFixtures.tinyFcn(dir);
    assertEquals(null, ModelCards.read(dir.resolve("tiny-fcn.card.json")).ensemble());

    Path card = cardWith(c -> c.putObject("ensemble").put("networkScore", 0.6)
        .put("classicalScore", 0.55));
    assertEquals(new ModelCard.Ensemble(0.6, 0.55, false), ModelCards.read(card).ensemble());
    Path first = cardWith(c -> c.putObject("ensemble").put("networkScore", 0.6)
        .put("classicalScore", 0.55).put("classicalFirst", true));
    assertEquals(new ModelCard.Ensemble(0.6, 0.55, true), ModelCards.read(first).ensemble());
    Path agreeing = cardWith(c -> c.putObject("ensemble").put("networkScore", 0.6)
        .put("classicalScore", 0.55).put("agreement", 0.08));
    assertEquals(new ModelCard.Ensemble(0.6, 0.55, false, 0.08),
        ModelCards.read(agreeing).ensemble());

    Path tooMuch = cardWith(c -> c.putObject("ensemble").put("networkScore", 0.6)
        .put("classicalScore", 0.55).put("agreement", 0.3));
    ModelException high = assertThrows(ModelException.class, () -> ModelCards.read(tooMuch));
    assertTrue(high.getMessage().contains("'ensemble.agreement' is 0.3"), high.getMessage());

    Path wrong = cardWith(c -> c.putObject("ensemble").put("networkScore", 1.0)
        .put("classicalScore", 0.55));
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(wrong));
    assertTrue(e.getMessage().contains("'ensemble.networkScore' is 1.0"), e.getMessage());
  }

  @Test
  void aValueOfTheWrongTypeOrNullIsNamedByItsField() {
    Path word = cardWith(c -> c.with("tile").put("halo", "four"));
    assertTrue(assertThrows(ModelException.class, () -> ModelCards.read(word)).getMessage()
        .contains("is not a valid card at tile.halo: "));
    Path fraction = cardWith(c -> c.with("tile").put("halo", 4.7));
    assertTrue(assertThrows(ModelException.class, () -> ModelCards.read(fraction)).getMessage()
        .contains("is not a valid card at tile.halo: "), "4.7 is no halo");
    Path hole = cardWith(c -> ((com.fasterxml.jackson.databind.node.ArrayNode) c.with("output")
        .get("channels")).addNull());
    String message = assertThrows(ModelException.class, () -> ModelCards.read(hole)).getMessage();
    assertTrue(message.contains("is invalid at output: a value is null"), message);
  }

  @Test
  void aMissingCardIsNamed() {
    Path card = dir.resolve("absent.card.json");
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains(card + " does not exist"), e.getMessage());
  }

  @Test
  void notJsonIsNamed() throws Exception {
    Path card = Files.writeString(dir.resolve("broken.card.json"), "{ name: ");
    ModelException e = assertThrows(ModelException.class, () -> ModelCards.read(card));
    assertTrue(e.getMessage().contains(card + " is not a valid card"), e.getMessage());
  }

  @Test
  void anUnclosedObjectIsPlacedInWordsNotJacksonsSourceJargon() throws Exception {
    Path card = Files.writeString(dir.resolve("unclosed.card.json"), "{\n  \"name\": \"x\",\n  \"tile\": {\n");
    String message = assertThrows(ModelException.class, () -> ModelCards.read(card)).getMessage();
    assertTrue(message.contains("line 3, column"), message);
    assertTrue(!message.contains("[Source:") && !message.contains("REDACTED"), message);
  }

  private Path cardWith(Consumer<ObjectNode> edit) {
    Path onnx = ModelFixtures.write(dir, "edited.onnx", new byte[0], edit);
    return onnx.resolveSibling("edited.card.json");
  }
}
