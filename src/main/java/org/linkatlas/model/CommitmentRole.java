package org.linkatlas.model;

/** Whether the actors commit to act, are asked to act by the parties, or act jointly. */
public enum CommitmentRole {
    ACTS, REQUESTS, JOINTLY
}
