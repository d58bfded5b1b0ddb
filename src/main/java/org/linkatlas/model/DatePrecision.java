package org.linkatlas.model;

/**
 * How much of a date the source gives; {@code INFERRED} means the value is our inference; {@code VAGUE} is a
 * deadline in words only ("sớm", "trong thời gian tới"): a deadline, but no date.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR, INFERRED, UNKNOWN, VAGUE
}
