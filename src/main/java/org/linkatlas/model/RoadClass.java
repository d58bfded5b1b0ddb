package org.linkatlas.model;

/** Administrative class of a road: quốc lộ (national), đường tỉnh (provincial), and so on. */
public enum RoadClass {
    NATIONAL, PROVINCIAL, DISTRICT, URBAN, RING, OTHER
}
