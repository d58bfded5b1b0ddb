package org.linkatlas.model;

/** What a commitment is about: works on links, a study, a plan, a transport service, a rule, or better use. */
public enum CommitmentTopic {
    WORKS, STUDY, PLAN, SERVICE, RULE, OPERATION
}
