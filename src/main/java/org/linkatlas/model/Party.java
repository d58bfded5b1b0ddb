package org.linkatlas.model;

/** Someone who agrees or acts: a province, a locality, a central body or a company. */
public record Party(String id, String nameVi, String nameEn, PartyKind kind, String province) {
}
