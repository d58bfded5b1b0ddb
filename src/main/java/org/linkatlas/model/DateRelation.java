package org.linkatlas.model;

/** How a deadline or target relates to its date: "trước tháng 9/2024" is {@code BEFORE}. */
public enum DateRelation {
    BEFORE, BY, IN, FROM, AFTER
}
