package org.confide.adapter.web.pages.view;

/**
 * One box of a date question: the day, the month or the year.
 *
 * @param name the box's field name, {@code answers.when.month}
 * @param label what the box is labelled, "Month"
 * @param value what was typed in it
 * @param width how many characters wide it is shown
 */
public record DatePart(String name, String label, String value, int width) {}
