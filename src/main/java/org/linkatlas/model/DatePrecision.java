package org.linkatlas.model;

/** How much of a date the source gives; {@code INFERRED} means the value is our inference. */
public enum DatePrecision {
    DAY, MONTH, YEAR, INFERRED, UNKNOWN
}
