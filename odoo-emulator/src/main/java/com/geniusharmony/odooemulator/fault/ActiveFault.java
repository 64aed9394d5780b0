package com.geniusharmony.odooemulator.fault;

/**
 * A fault in force.
 *
 * @param id the id to remove it by
 * @param fault the fault
 * @param remaining how many more requests it applies to, -1 until cleared
 * @param applied how many requests it has applied to so far
 */
public record ActiveFault(long id, Fault fault, int remaining, int applied) {
}
