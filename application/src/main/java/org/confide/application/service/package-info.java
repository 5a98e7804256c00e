/**
 * The services implementing the use cases. Each checks who is acting and what they may do before
 * touching anything, and does its writes in one transaction.
 */
package org.confide.application.service;
