/**
 * Pattern alerts: several reports that name the same person or the same specific place within a
 * window. Names and places are compared after normalisation, and only as keyed digests outside the
 * domain, so that no plain list of named people is ever kept.
 */
package org.confide.domain.pattern;
