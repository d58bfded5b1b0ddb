package org.linkatlas.model;

/** What a changeset did to one record. */
public enum ChangeOp {
    CREATE, MODIFY, DELETE
}
