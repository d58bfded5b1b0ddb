package org.linkatlas.model;

import java.util.List;

/** An agreement, programme, plan, conclusion or memorandum that commits its parties to something. */
public record Agreement(String id, AgreementType type, String number, String titleVi, String titleEn,
                        FuzzyDate date, Period period, List<String> partyIds, List<String> signatories,
                        List<Source> sources, List<LocalText> uncertaintyTexts) {
    public Agreement {
        partyIds = List.copyOf(partyIds);
        signatories = List.copyOf(signatories);
        sources = List.copyOf(sources);
        uncertaintyTexts = List.copyOf(uncertaintyTexts);
    }

    /** Uncertainties in English, for code written against version 2; the window uses {@link #uncertaintyTexts()}. */
    public List<String> uncertainties() {
        return uncertaintyTexts.stream().map(u -> u.in("en")).toList();
    }
}
