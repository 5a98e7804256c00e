/** Configuration, wiring and start-up: the only place that chooses and constructs adapters. */
package org.confide.bootstrap;
