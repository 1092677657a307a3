package org.dlinsar.parts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of two pieces of an operator's work as one set (the network's strips and the classical
 * scan's, of a detector that joins both), so that a runner computes them in one go: the first's
 * parts, then the second's.
 */
public final class JoinedParts implements Parts<Serializable> {

  private final Parts<?> first;
  private final Parts<?> second;

  public JoinedParts(Parts<?> first, Parts<?> second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public int count() {
    return first.count() + second.count();
  }

  @Override
  public Serializable compute(int part) {
    int n = first.count();
    return part < n ? first.compute(part) : second.compute(part - n);
  }

  /** The pieces' own groups, kept apart: even ids for the first's, odd for the second's. */
  @Override
  public int group(int part) {
    int n = first.count();
    return part < n ? 2 * first.group(part) : 2 * second.group(part - n) + 1;
  }

  /** Each piece's own check: a runner computes both in one go. */
  @Override
  public void checkFits(PartHeap heap) {
    first.checkFits(heap);
    second.checkFits(heap);
  }

  /** Each piece computed here its own way (in parallel where it does so). */
  @Override
  public List<Serializable> computeHere() {
    List<Serializable> all = new ArrayList<>(first.computeHere());
    all.addAll(second.computeHere());
    return all;
  }

  /**
   * Hands each piece its parts out of all of them, {@code runner} computing all in one go.
   *
   * @return a runner for the first piece and one for the second, in that order
   */
  public List<PartRunner> split(PartRunner runner) {
    List<Serializable> all = PartRunner.runOrComputeHere(runner, this);
    int n = first.count();
    return List.of(new Replay(all.subList(0, n)), new Replay(all.subList(n, all.size())));
  }

  /** Parts already computed, handed back to the piece that asks for them. */
  private record Replay(List<Serializable> computed) implements PartRunner {
    @Override
    public <P extends Serializable> List<P> run(Parts<P> parts) {
      if (parts.count() != computed.size()) {
        throw new IllegalStateException("a piece of joined parts has " + parts.count()
            + " parts, but " + computed.size() + " were computed for it");
      }
      @SuppressWarnings("unchecked")
      List<P> same = (List<P>) computed;
      return same;
    }
  }
}
