package org.dlinsar.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedPartsTest {

  /** Parts that yield their name and index, grouped in pairs. */
  private record Named(String name, int count) implements Parts<String> {
    @Override
    public String compute(int part) {
      return name + part;
    }

    @Override
    public int group(int part) {
      return part / 2;
    }
  }

  /** A runner that computes every part in order and counts its calls. */
  private static final class Counting implements PartRunner {
    int runs;

    @Override
    public <P extends Serializable> List<P> run(Parts<P> parts) {
      runs++;
      List<P> all = new ArrayList<>();
      for (int k = 0; k < parts.count(); k++) {
        all.add(parts.compute(k));
      }
      return all;
    }
  }

  @Test
  void oneRunnerComputesBothPiecesOnceAndEachGetsItsOwn() {
    Named network = new Named("n", 3);
    Named classical = new Named("c", 2);
    JoinedParts joined = new JoinedParts(network, classical);
    assertEquals(5, joined.count());
    assertEquals("c1", joined.compute(4));

    Counting runner = new Counting();
    List<PartRunner> runners = joined.split(runner);
    assertEquals(List.of("n0", "n1", "n2"), PartRunner.runOrComputeHere(runners.get(0), network));
    assertEquals(List.of("c0", "c1"), PartRunner.runOrComputeHere(runners.get(1), classical));
    assertEquals(1, runner.runs);
  }

  @Test
  void thePiecesGroupsStayApart() {
    JoinedParts joined = new JoinedParts(new Named("n", 2), new Named("c", 2));
    // both pieces have a group 0; joined, the network's is 0 and the classical's 1
    assertEquals(List.of(0, 0, 1, 1), List.of(joined.group(0), joined.group(1), joined.group(2),
        joined.group(3)));
  }
}
