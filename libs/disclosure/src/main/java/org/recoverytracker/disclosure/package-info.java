/**
 * Statistical disclosure control, profile {@code sdc-1}: the rules that turn exact figures into
 * figures safe to publish, from each figure's contributing organisations (how many, and the two
 * largest contributions), so that they are applied to exact data and never to rounded data.
 */
package org.recoverytracker.disclosure;
