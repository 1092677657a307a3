package org.dlinsar.unwrap;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The reference solver's view of the residue network ({@link JGraphTResidueFlow}, which the
 * unwrapper used until {@link ShortestPathFlow}): a read-only JGraphT view of a directed
 * multigraph held in two int arrays: vertices
 * {@code 0..vertexCount-1}, arc {@code a} from {@code source[a]} to {@code target[a]}. The
 * residue network has millions of arcs; JGraphT's own graphs spend most of the solve building
 * hash sets for them (measured: 0.22 s of 0.30 s CPU on a 256 x 256 tile), while the
 * min-cost-flow algorithm only lists vertices and arcs and asks arcs for their ends and weights.
 * Only those queries are served; the rest throw {@link UnsupportedOperationException}.
 *
 * <p>An arc's weight is its cost: JGraphT's {@code CapacityScalingMinimumCostFlow} (1.5.x) takes
 * arc costs from {@link #getEdgeWeight}, not from the problem's cost function (jgrapht issues 1139
 * and 1150). With every weight 1 the flow minimised the number of edges cut, not their cost.
 */
final class ArcArrayGraph extends AbstractGraph<Integer, Integer> {

  private static final GraphType TYPE = new DefaultGraphType.Builder()
      .directed().allowMultipleEdges(true).allowSelfLoops(false).weighted(true).modifiable(false).build();

  private final int vertexCount;
  private final int[] source;
  private final int[] target;
  private final IntToDoubleFunction cost;

  /**
   * @param source arc tails; @param target arc heads. Not copied; not modified.
   * @param cost the cost of a unit of flow along each arc, its weight
   */
  ArcArrayGraph(int vertexCount, int[] source, int[] target, IntToDoubleFunction cost) {
    this.vertexCount = vertexCount;
    this.source = source;
    this.target = target;
    this.cost = cost;
  }

  @Override
  public Set<Integer> vertexSet() {
    return new Range(vertexCount);
  }

  @Override
  public Set<Integer> edgeSet() {
    return new Range(source.length);
  }

  @Override
  public Integer getEdgeSource(Integer arc) {
    return source[arc];
  }

  @Override
  public Integer getEdgeTarget(Integer arc) {
    return target[arc];
  }

  @Override
  public GraphType getType() {
    return TYPE;
  }

  @Override
  public boolean containsVertex(Integer v) {
    return v != null && v >= 0 && v < vertexCount;
  }

  @Override
  public boolean containsEdge(Integer arc) {
    return arc != null && arc >= 0 && arc < source.length;
  }

  @Override
  public double getEdgeWeight(Integer arc) {
    return cost.applyAsDouble(arc);
  }

  // Neighbourhood queries and mutation: not needed by the flow algorithm.

  @Override
  public Set<Integer> getAllEdges(Integer u, Integer v) {
    throw unsupported();
  }

  @Override
  public Integer getEdge(Integer u, Integer v) {
    throw unsupported();
  }

  @Override
  public Supplier<Integer> getVertexSupplier() {
    return null;
  }

  @Override
  public Supplier<Integer> getEdgeSupplier() {
    return null;
  }

  @Override
  public Integer addEdge(Integer u, Integer v) {
    throw unsupported();
  }

  @Override
  public boolean addEdge(Integer u, Integer v, Integer e) {
    throw unsupported();
  }

  @Override
  public Integer addVertex() {
    throw unsupported();
  }

  @Override
  public boolean addVertex(Integer v) {
    throw unsupported();
  }

  @Override
  public int degreeOf(Integer v) {
    throw unsupported();
  }

  @Override
  public Set<Integer> edgesOf(Integer v) {
    throw unsupported();
  }

  @Override
  public int inDegreeOf(Integer v) {
    throw unsupported();
  }

  @Override
  public Set<Integer> incomingEdgesOf(Integer v) {
    throw unsupported();
  }

  @Override
  public int outDegreeOf(Integer v) {
    throw unsupported();
  }

  @Override
  public Set<Integer> outgoingEdgesOf(Integer v) {
    throw unsupported();
  }

  @Override
  public Integer removeEdge(Integer u, Integer v) {
    throw unsupported();
  }

  @Override
  public boolean removeEdge(Integer e) {
    throw unsupported();
  }

  @Override
  public boolean removeVertex(Integer v) {
    throw unsupported();
  }

  @Override
  public void setEdgeWeight(Integer e, double weight) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("read-only arc-array view for the min-cost-flow solver");
  }

  /** The integers 0..size-1 as a set, without storing them. */
  private static final class Range extends AbstractSet<Integer> {
    private final int size;

    Range(int size) {
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Integer i && i >= 0 && i < size;
    }

    @Override
    public Iterator<Integer> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Integer next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          return next++;
        }
      };
    }
  }
}
