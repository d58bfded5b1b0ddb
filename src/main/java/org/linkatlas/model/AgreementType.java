package org.linkatlas.model;

/** The kind of document or event that commits something. */
public enum AgreementType {
    CONCLUSION, PROGRAMME, PLAN, MEMORANDUM, RESOLUTION, AGREEMENT, REGULATION, CONFERENCE
}
