package org.linkatlas.model;

/** An agreement's period, e.g. 2023–2025 "và những năm tiếp theo" ({@code to} may be open). */
public record Period(Integer from, Integer to, String text) {
}
