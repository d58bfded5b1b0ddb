package org.linkatlas.model;

/**
 * A province as named when an agreement was signed, and the province that holds its area since the
 * merger of 1 July 2025 (Bắc Giang → Bắc Ninh, Hải Dương → Hải Phòng, …).
 */
public record Province(String name, String nameEn, String successor, String note) {
}
