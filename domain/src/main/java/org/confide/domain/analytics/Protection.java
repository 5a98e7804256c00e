package org.confide.domain.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Secondary suppression, worked out exactly. A table and its totals are modelled as a circulation:
 * each count is an edge between two nodes (a row and a column, a category and the table's total),
 * and every published total says that what flows into a node flows out of it. Someone who knows
 * every shown figure, the threshold and the totals can change a hidden count only along a cycle of
 * hidden counts, each staying within what its label says (below the threshold for "fewer than", at
 * least the threshold for "not shown"). A hidden count that lies on no such cycle can be worked out
 * by subtraction; this class finds those and hides further counts until there are none.
 */
final class Protection {

  enum State {
    SHOWN,
    FEWER_THAN,
    NOT_SHOWN
  }

  private final int threshold;
  private final List<Edge> edges = new ArrayList<>();
  private List<List<Integer>> adjacency;
  private int nodes;

  private static final class Edge {
    final int from;
    final int to;
    final long value;
    final boolean interior;
    State state;

    Edge(int from, int to, long value, boolean interior, State state) {
      this.from = from;
      this.to = to;
      this.value = value;
      this.interior = interior;
      this.state = state;
    }
  }

  Protection(int threshold) {
    this.threshold = threshold;
  }

  /** A new node: a category, a row, a column or a total. */
  int node() {
    return nodes++;
  }

  /**
   * A count flowing {@code from} one node {@code to} another. Interior counts are this table's own
   * and may be hidden to protect others; the rest come from tables already published, as they are.
   */
  int edge(int from, int to, long value, boolean interior, State state) {
    edges.add(new Edge(from, to, value, interior, state));
    return edges.size() - 1;
  }

  /** An interior count, hidden as "fewer than" when below the threshold. */
  int count(int from, int to, long value) {
    return edge(from, to, value, true, value < threshold ? State.FEWER_THAN : State.SHOWN);
  }

  State state(int edge) {
    return edges.get(edge).state;
  }

  /**
   * Hides interior counts until no small count can be worked out; each time, the smallest shown
   * count next to an exposed one goes first, as it costs the reader least. Hiding a count only ever
   * widens what the others could be, so a count found safe stays safe and each is checked in turn.
   */
  void protect() {
    adjacency = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      adjacency.add(new ArrayList<>());
    }
    for (int i = 0; i < edges.size(); i++) {
      adjacency.get(edges.get(i).from).add(i);
      adjacency.get(edges.get(i).to).add(i);
    }
    for (int i = 0; i < edges.size(); i++) {
      var edge = edges.get(i);
      // A hidden zero may be worked out: that nobody is in a category singles no one out, and
      // protecting zeros would hide the one count of a table whose reports all fall in it.
      if (edge.state == State.SHOWN || edge.value >= threshold || edge.value == 0) {
        continue;
      }
      while (!canVary(i) && hideMoreFor(edge)) {
        // hide until this count could be something else
      }
    }
  }

  /** Hides one more count for {@code target}; false when nothing more can be done. */
  private boolean hideMoreFor(Edge target) {
    int best = -1;
    for (int i = 0; i < edges.size(); i++) {
      var edge = edges.get(i);
      if (!edge.interior || edge.state != State.SHOWN) {
        continue;
      }
      if (best < 0 || better(edge, edges.get(best), target)) {
        best = i;
      }
    }
    if (best >= 0) {
      edges.get(best).state = State.NOT_SHOWN;
      return true;
    }
    if (target.interior && target.state == State.FEWER_THAN) {
      // Nothing left to hide, and "fewer than" itself gives the count away (three counts each
      // fewer than 5 that add up to 12 are all 4): withhold it without saying it is small.
      target.state = State.NOT_SHOWN;
      return true;
    }
    // Exposed only by tables published already, which this table cannot change.
    return false;
  }

  private static boolean better(Edge one, Edge other, Edge target) {
    boolean oneNear = touches(one, target);
    boolean otherNear = touches(other, target);
    if (oneNear != otherNear) {
      return oneNear;
    }
    return one.value < other.value;
  }

  /** Whether the count on {@code edge} could have another value given all that is published. */
  boolean canVary(int edge) {
    var target = edges.get(edge);
    if (target.state == State.SHOWN) {
      return false;
    }
    return (canRise(target) && path(target.to, target.from, edge))
        || (canFall(target) && path(target.from, target.to, edge));
  }

  private static boolean touches(Edge one, Edge other) {
    return one.from == other.from
        || one.from == other.to
        || one.to == other.from
        || one.to == other.to;
  }

  private boolean canRise(Edge edge) {
    return switch (edge.state) {
      case SHOWN -> false;
      case FEWER_THAN -> edge.value < threshold - 1;
      case NOT_SHOWN -> true;
    };
  }

  private boolean canFall(Edge edge) {
    return switch (edge.state) {
      case SHOWN -> false;
      case FEWER_THAN -> edge.value > 0;
      case NOT_SHOWN -> edge.value > 0;
    };
  }

  /**
   * Whether one unit can be sent from {@code start} to {@code goal} through other hidden counts.
   */
  private boolean path(int start, int goal, int excluded) {
    var seen = new boolean[nodes];
    var queue = new ArrayDeque<Integer>();
    queue.add(start);
    seen[start] = true;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (node == goal) {
        return true;
      }
      for (int i : adjacency.get(node)) {
        if (i == excluded) {
          continue;
        }
        var edge = edges.get(i);
        if (edge.from == node && canRise(edge) && !seen[edge.to]) {
          seen[edge.to] = true;
          queue.add(edge.to);
        } else if (edge.to == node && canFall(edge) && !seen[edge.from]) {
          seen[edge.from] = true;
          queue.add(edge.from);
        }
      }
    }
    return false;
  }
}
