/**
 * Pattern alerts: several reports that name the same person or the same specific place within a
 * window. Names and places are compared after normalisation, and only as keyed digests outside the
 * domain, so that no plain list of named people is ever kept.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.pattern;
