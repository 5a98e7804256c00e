package org.confide.adapter.web.pages.view;

/** One option of a choice question, and whether it is chosen now. */
public record Choice(String value, String label, boolean checked) {}
