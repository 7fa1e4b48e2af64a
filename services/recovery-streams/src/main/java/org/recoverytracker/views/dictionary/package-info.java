/**
 * The data dictionary: every field of the records written to Kafka and every measure the views
 * answer, with its meaning, type and constraints, generated from the schemas, the event rules and
 * the measures so that it can't fall behind them.
 */
package org.recoverytracker.views.dictionary;
