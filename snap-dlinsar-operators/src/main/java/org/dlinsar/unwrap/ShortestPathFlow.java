package org.dlinsar.unwrap;

import java.util.Arrays;

/**
 * The cheapest flow meeting every node's supply on a network whose edges carry flow either way
 * without bound, each unit costing the edge's cost: successive shortest paths (Ahuja, Magnanti and
 * Orlin 1993, section 9.7) with node potentials, so that Dijkstra's search runs on non-negative
 * reduced costs, each search stopping at the first node short of flow it reaches.
 *
 * <p>Written for the residue network ({@link ResidueFlow}), where it replaced JGraphT's
 * {@code CapacityScalingMinimumCostFlow}: with unit supplies capacity scaling does no scaling, and
 * that solver's set-up (hash maps from the vertex and edge objects of its generic graph, a flow map
 * of boxed values) took 60 % of its time on the 160 x 160 networks of tiled unwrapping and
 * allocated about 2.4 KB per pixel (README, "The unwrapper's own minimum-cost flow"). Here every
 * array is indexed by node or edge, and a search touches only the nodes it reaches, which for
 * nearby residues are few. JGraphT's solver remains the reference its tests compare the costs with.
 */
final class ShortestPathFlow {

  private final int[] from;
  private final int[] to;
  private final float[] cost;
  /** Incident edges of node v: incident[first[v]] to incident[first[v + 1] - 1]. */
  private final int[] first;
  private final int[] incident;
  private final int[] excess;
  /** Net flow of each edge, positive from {@code from} to {@code to}. */
  private final int[] flow;
  private final double[] potential;
  private final double[] distance;
  /** The edge a search reached each node by, or -1. */
  private final int[] reachedBy;
  private final boolean[] settled;
  private final int[] touched;
  private int touchedCount;
  private final DistanceHeap heap;

  private ShortestPathFlow(int nodes, int[] from, int[] to, float[] cost, int[] supply) {
    this.from = from;
    this.to = to;
    this.cost = cost;
    int edges = from.length;
    first = new int[nodes + 1];
    for (int e = 0; e < edges; e++) {
      first[from[e] + 1]++;
      first[to[e] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      first[v + 1] += first[v];
    }
    incident = new int[2 * edges];
    int[] next = Arrays.copyOf(first, nodes);
    for (int e = 0; e < edges; e++) {
      incident[next[from[e]]++] = e;
      incident[next[to[e]]++] = e;
    }
    excess = supply.clone();
    flow = new int[edges];
    potential = new double[nodes];
    distance = new double[nodes];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    reachedBy = new int[nodes];
    Arrays.fill(reachedBy, -1);
    settled = new boolean[nodes];
    touched = new int[nodes];
    heap = new DistanceHeap();
  }

  /**
   * @param nodes the number of nodes
   * @param from one end of each edge; not modified
   * @param to the other end of each edge; not modified
   * @param cost each edge's cost per unit of flow, either way, >= 0; not modified
   * @param supply each node's supply (> 0) or demand (< 0), summing to 0; not modified
   * @return each edge's net flow, positive from {@code from} to {@code to}
   * @throws IllegalArgumentException if the supplies do not sum to 0 or a node with supply
   *     cannot reach one with demand
   */
  static int[] solve(int nodes, int[] from, int[] to, float[] cost, int[] supply) {
    long total = 0;
    for (int s : supply) {
      total += s;
    }
    if (total != 0) {
      throw new IllegalArgumentException("supplies sum to " + total + ", not 0");
    }
    ShortestPathFlow network = new ShortestPathFlow(nodes, from, to, cost, supply);
    for (int source = 0; source < nodes; source++) {
      while (network.excess[source] > 0) {
        network.sendFrom(source);
      }
    }
    return network.flow;
  }

  /** Sends flow from {@code source} along a cheapest path to the nearest node short of flow. */
  private void sendFrom(int source) {
    int sink = search(source);
    if (sink < 0) {
      throw new IllegalArgumentException("node " + source + " with supply reaches no node with demand");
    }
    int amount = Math.min(excess[source], -excess[sink]);
    for (int v = sink; v != source; v = other(reachedBy[v], v)) {
      int e = reachedBy[v];
      boolean forward = to[e] == v;
      // against the edge's flow a unit saves its cost, and only as much as flows
      if (forward ? flow[e] < 0 : flow[e] > 0) {
        amount = Math.min(amount, Math.abs(flow[e]));
      }
    }
    for (int v = sink; v != source; v = other(reachedBy[v], v)) {
      int e = reachedBy[v];
      flow[e] += to[e] == v ? amount : -amount;
    }
    excess[source] -= amount;
    excess[sink] += amount;
    // reduced costs stay >= 0 and are 0 along the path just used (potentials of the settled
    // nodes lowered by what they lie short of the sink; the others' are all shifted alike)
    double reach = distance[sink];
    for (int i = 0; i < touchedCount; i++) {
      int v = touched[i];
      if (settled[v] && distance[v] < reach) {
        potential[v] += distance[v] - reach;
      }
      distance[v] = Double.POSITIVE_INFINITY;
      reachedBy[v] = -1;
      settled[v] = false;
    }
    touchedCount = 0;
  }

  /** Dijkstra's search on reduced costs from {@code source}; the first node with demand, or -1. */
  private int search(int source) {
    heap.clear();
    reach(source, 0, -1);
    while (!heap.isEmpty()) {
      int u = heap.popNode();
      double d = heap.poppedDistance();
      if (settled[u] || d > distance[u]) {
        continue;
      }
      settled[u] = true;
      if (excess[u] < 0) {
        return u;
      }
      for (int i = first[u]; i < first[u + 1]; i++) {
        int e = incident[i];
        int v = other(e, u);
        boolean forward = from[e] == u;
        double unit = (forward ? flow[e] < 0 : flow[e] > 0) ? -cost[e] : cost[e];
        // rounding of summed float costs must not make a reduced cost negative
        double reduced = Math.max(0, unit + potential[u] - potential[v]);
        if (!settled[v] && d + reduced < distance[v]) {
          reach(v, d + reduced, e);
        }
      }
    }
    return -1;
  }

  private void reach(int v, double d, int byEdge) {
    if (distance[v] == Double.POSITIVE_INFINITY) {
      touched[touchedCount++] = v;
    }
    distance[v] = d;
    reachedBy[v] = byEdge;
    heap.push(d, v);
  }

  private int other(int e, int v) {
    return from[e] == v ? to[e] : from[e];
  }

  /** A binary min-heap of (distance, node) entries; stale entries are skipped by the search. */
  private static final class DistanceHeap {
    private double[] keys = new double[64];
    private int[] values = new int[64];
    private int size;
    private double popped;

    void clear() {
      size = 0;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(double key, int value) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (keys[parent] <= key) {
          break;
        }
        keys[i] = keys[parent];
        values[i] = values[parent];
        i = parent;
      }
      keys[i] = key;
      values[i] = value;
    }

    /** Removes the least entry; returns its node, its distance from {@link #poppedDistance}. */
    int popNode() {
      int top = values[0];
      popped = keys[0];
      size--;
      double key = keys[size];
      int value = values[size];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && keys[child + 1] < keys[child]) {
          child++;
        }
        if (keys[child] >= key) {
          break;
        }
        keys[i] = keys[child];
        values[i] = values[child];
        i = child;
      }
      keys[i] = key;
      values[i] = value;
      return top;
    }

    double poppedDistance() {
      return popped;
    }
  }
}
