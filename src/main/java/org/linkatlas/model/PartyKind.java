package org.linkatlas.model;

/** Who a party is: a province, a locality (district, town, city under a province), a central body or a company. */
public enum PartyKind {
    PROVINCE, LOCALITY, CENTRAL_BODY, ENTERPRISE
}
