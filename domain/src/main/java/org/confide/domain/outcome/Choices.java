package org.confide.domain.outcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;

/**
 * An administrator's list of outcomes or of tags: the entries offered, in the order shown, then
 * those retired. Changing the list replaces the entries offered; an entry taken off the list while
 * a case uses it stays as retired, so that the case keeps its outcome, and comes back if its label
 * is added again.
 */
public final class Choices {

  /** The most entries a list may offer. */
  public static final int MAX_ENTRIES = 50;

  /** The longest label. */
  public static final int MAX_LABEL_LENGTH = 100;

  // The outcomes a service starts with, in English, by the key made from each label, in order.
  private static final Map<ChoiceKey, String> DEFAULT_OUTCOMES =
      byKey(
          List.of(
              "Support provided",
              "Formal complaint made",
              "Referred elsewhere",
              "No further action",
              "No response from reporter"));

  private final List<Choice> entries;

  private Choices(List<Choice> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * A list as stored: offered entries in their order, then the retired ones.
   *
   * @param entries the entries, each key once
   * @return the list
   * @throws IllegalArgumentException if a key is there twice
   */
  public static Choices of(List<Choice> entries) {
    var keys = new HashSet<ChoiceKey>();
    for (var entry : entries) {
      if (!keys.add(entry.key())) {
        throw new IllegalArgumentException("each key is in a list once: " + entry.key());
      }
    }
    var ordered = new ArrayList<Choice>();
    entries.stream().filter(c -> !c.retired()).forEach(ordered::add);
    entries.stream().filter(Choice::retired).forEach(ordered::add);
    return new Choices(ordered);
  }

  /**
   * The list a service starts with until an administrator changes it: for outcomes, "Support
   * provided", "Formal complaint made", "Referred elsewhere", "No further action" and "No response
   * from reporter"; for tags, none.
   *
   * @param list which list
   * @return its default
   */
  public static Choices defaults(ChoiceList list) {
    return of(
        defaultLabels(list).entrySet().stream()
            .map(entry ->
                new Choice(
                    entry.getKey(),
                    // Confide's words, in English: not the organisation's first language's.
                    OwnText.of(Map.of(Language.ENGLISH, entry.getValue())),
                    false))
            .toList());
  }

  /**
   * The labels of the entries Confide ships on {@code list}, in English, by key, in order: what an
   * adapter gives its own words for in each language, as it does the default questionnaire's texts.
   *
   * @param list which list
   * @return the defaults' English labels by key; empty for tags
   */
  public static Map<ChoiceKey, String> defaultLabels(ChoiceList list) {
    return switch (list) {
      case OUTCOMES -> DEFAULT_OUTCOMES;
      case TAGS -> Map.of();
    };
  }

  private static Map<ChoiceKey, String> byKey(List<String> labels) {
    var byKey = new LinkedHashMap<ChoiceKey, String>();
    labels.forEach(label -> byKey.put(ChoiceKey.of(label).orElseThrow(), label));
    return Collections.unmodifiableMap(byKey);
  }

  /**
   * Whether {@code choice} is one Confide ships on {@code list}, unchanged: its key is a default's
   * and its only text is the default's English, named English or plain (as a save of the list left
   * as it was stores it). An adapter shows such an entry in its reader's language; any other is the
   * organisation's own words, shown as written.
   *
   * @param list the list the entry is on
   * @param choice an entry
   * @return whether it is a default, unchanged
   */
  public static boolean isDefault(ChoiceList list, Choice choice) {
    var label = choice.label();
    return label.texts().keySet().stream().allMatch(Language.ENGLISH::equals)
        && label.all().size() == 1
        && isDefault(list, choice.key(), label.first());
  }

  /**
   * Whether the entry {@code key}, labelled {@code label} (its first text), is one Confide ships on
   * {@code list}, unchanged: for what names an entry by key and first text alone (a trend's row).
   *
   * @param list the list the entry is on
   * @param key its key
   * @param label its first text
   * @return whether it is a default, unchanged
   */
  public static boolean isDefault(ChoiceList list, ChoiceKey key, String label) {
    return label.equals(defaultLabels(list).get(key));
  }

  /**
   * This list with {@code labels} as its entries offered, in that order, or every problem with
   * them, each named {@code <list>[i]} (or {@code <list>[i].<tag>} for a label in a language, or
   * {@code <list>} for too many). An entry's key is made from its first text; a label whose key is
   * already in the list keeps that key (and comes back if it was retired); an entry left out is
   * retired when a case uses it and dropped otherwise.
   *
   * @param list which list this is, to name the problems
   * @param labels the labels as typed, plain or in each language, in the order to show them
   * @param inUse the keys that cases use
   * @return the new list, or the problems; this list is unchanged
   */
  public Checked<Choices> replacedBy(
      ChoiceList list, List<OwnText.Typed> labels, Set<ChoiceKey> inUse) {
    Objects.requireNonNull(labels, "labels must not be null");
    Objects.requireNonNull(inUse, "in use must not be null");
    var problems = new ArrayList<FieldProblem>();
    if (labels.size() > MAX_ENTRIES) {
      problems.add(FieldProblem.of(list.field(), ProblemCode.ENTRIES_TOO_MANY, MAX_ENTRIES));
    }
    var offered = new LinkedHashMap<ChoiceKey, Choice>();
    for (int i = 0; i < labels.size(); i++) {
      var field = list.field() + "[" + i + "]";
      int before = problems.size();
      var label =
          OwnText.check(field, ProblemSubject.ENTRY, labels.get(i), MAX_LABEL_LENGTH)
              .collect(problems)
              .flatMap(text -> text);
      if (problems.size() > before) {
        continue;
      }
      if (label.isEmpty()) {
        problems.add(FieldProblem.of(field, ProblemCode.BLANK, ProblemSubject.ENTRY));
        continue;
      }
      var first = label.get().first();
      var key = ChoiceKey.of(first);
      if (key.isEmpty()) {
        problems.add(FieldProblem.of(field, ProblemCode.ENTRY_NO_LETTER));
      } else if (offered.containsKey(key.get())) {
        problems.add(FieldProblem.of(field, ProblemCode.ENTRY_TWICE, first));
      } else {
        offered.put(key.get(), new Choice(key.get(), label.get(), false));
      }
    }
    var kept = new ArrayList<>(offered.values());
    for (var entry : entries) {
      if (!offered.containsKey(entry.key()) && inUse.contains(entry.key())) {
        kept.add(new Choice(entry.key(), entry.label(), true));
      }
    }
    return Checked.unless(problems, () -> of(kept));
  }

  /** {@return every entry: offered ones in order, then the retired} */
  public List<Choice> all() {
    return entries;
  }

  /** {@return the entries offered when a case closes, in order} */
  public List<Choice> offered() {
    return entries.stream().filter(c -> !c.retired()).toList();
  }

  /**
   * The entry {@code key}, offered or retired.
   *
   * @param key a key
   * @return the entry, or empty if the list has none with that key
   */
  public Optional<Choice> find(ChoiceKey key) {
    return entries.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * The label of {@code key}, or the key itself for one no longer in the list.
   *
   * @param key a key
   * @return the words to show for it
   */
  public OwnText labelOf(ChoiceKey key) {
    return find(key).map(Choice::label).orElse(OwnText.of(key.value()));
  }

  /** {@return the keys of every entry, offered or retired} */
  public Set<ChoiceKey> keys() {
    var keys = new HashSet<ChoiceKey>();
    entries.forEach(c -> keys.add(c.key()));
    return Set.copyOf(keys);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Choices that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Choices" + entries;
  }
}
