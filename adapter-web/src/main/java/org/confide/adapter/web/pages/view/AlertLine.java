package org.confide.adapter.web.pages.view;

/**
 * One pattern alert in the list. {@code kind}, {@code first} and {@code last} are null for an
 * analyst, who sees only that an alert exists and how many reports it joins.
 */
public record AlertLine(String id, int reports, String kind, String first, String last) {}
