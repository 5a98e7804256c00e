package org.confide.domain.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who reads a published trend table and tries to work out its hidden counts: they know
 * every figure shown, what each label means ("fewer than N" is 0 to N-1, "not shown" is N or more),
 * and that the counts of each row, column and table add up to its total. They search every
 * assignment of the hidden counts that fits all of this; a hidden count that takes one value in all
 * of them is recovered. Written independently of {@link Protection}, by plain search.
 */
final class SubtractionAttack {

  private final int threshold;
  private final List<long[]> bounds = new ArrayList<>();
  private final List<Long> truth = new ArrayList<>();
  private final List<Equation> equations = new ArrayList<>();

  /** A sum of unknowns plus a known constant that must equal another such sum. */
  record Equation(List<Integer> left, long leftKnown, List<Integer> right, long rightKnown) {}

  /** A published figure: either a known number or the index of an unknown. */
  record Term(boolean known, long value, int unknown) {}

  SubtractionAttack(int threshold) {
    this.threshold = threshold;
  }

  /** The attacker's term for a published count whose true value is {@code actual}. */
  Term term(Count count, long actual, long upper) {
    return switch (count) {
      case Count.Exact exact -> new Term(true, exact.value(), -1);
      case Count.FewerThan fewer -> unknown(0, Math.min(threshold - 1, upper), actual);
      case Count.NotShown notShown -> unknown(0, upper, actual);
    };
  }

  private Term unknown(long low, long high, long actual) {
    bounds.add(new long[] {low, high});
    truth.add(actual);
    return new Term(false, 0, bounds.size() - 1);
  }

  /** Adds "the sum of {@code parts} is {@code whole}". */
  void sum(List<Term> parts, Term whole) {
    var left = new ArrayList<Integer>();
    long leftKnown = 0;
    for (var part : parts) {
      if (part.known()) {
        leftKnown += part.value();
      } else {
        left.add(part.unknown());
      }
    }
    var right = new ArrayList<Integer>();
    long rightKnown = 0;
    if (whole.known()) {
      rightKnown = whole.value();
    } else {
      right.add(whole.unknown());
    }
    equations.add(new Equation(left, leftKnown, right, rightKnown));
  }

  /** Every value the unknown {@code index} takes in some assignment that fits what is published. */
  Set<Long> possibleValues(int index) {
    var found = new TreeSet<Long>();
    for (long v = bounds.get(index)[0]; v <= bounds.get(index)[1]; v++) {
      var values = new long[bounds.size()];
      var fixed = new boolean[bounds.size()];
      values[index] = v;
      fixed[index] = true;
      if (solve(values, fixed, 0)) {
        found.add(v);
      }
    }
    return found;
  }

  int unknowns() {
    return bounds.size();
  }

  long truth(int index) {
    return truth.get(index);
  }

  /**
   * Whether the unknown is truly a small count of one or more, however it was labelled: what must
   * never be recovered. (A zero may be; it singles no one out.)
   */
  boolean small(int index) {
    return truth.get(index) >= 1 && truth.get(index) < threshold;
  }

  private boolean solve(long[] values, boolean[] fixed, int next) {
    if (!consistent(values, fixed)) {
      return false;
    }
    if (next == values.length) {
      return true;
    }
    if (fixed[next]) {
      return solve(values, fixed, next + 1);
    }
    for (long v = bounds.get(next)[0]; v <= bounds.get(next)[1]; v++) {
      values[next] = v;
      fixed[next] = true;
      if (solve(values, fixed, next + 1)) {
        fixed[next] = false;
        return true;
      }
      fixed[next] = false;
    }
    return false;
  }

  private boolean consistent(long[] values, boolean[] fixed) {
    for (var equation : equations) {
      long leftLow = equation.leftKnown();
      long leftHigh = equation.leftKnown();
      for (int i : equation.left()) {
        leftLow += fixed[i] ? values[i] : bounds.get(i)[0];
        leftHigh += fixed[i] ? values[i] : bounds.get(i)[1];
      }
      long rightLow = equation.rightKnown();
      long rightHigh = equation.rightKnown();
      for (int i : equation.right()) {
        rightLow += fixed[i] ? values[i] : bounds.get(i)[0];
        rightHigh += fixed[i] ? values[i] : bounds.get(i)[1];
      }
      if (leftHigh < rightLow || rightHigh < leftLow) {
        return false;
      }
    }
    return true;
  }
}
