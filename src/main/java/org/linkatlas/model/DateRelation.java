package org.linkatlas.model;

/**
 * How a deadline or target relates to its date: "trước tháng 9/2024" is {@code BEFORE}; "giai đoạn 2021 – 2025"
 * is {@code WITHIN} (the value is the period's last year, the text keeps the period).
 */
public enum DateRelation {
    BEFORE, BY, IN, FROM, AFTER, WITHIN
}
