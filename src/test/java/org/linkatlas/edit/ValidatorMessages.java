package org.linkatlas.edit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linkatlas.model.RecordRef;

/**
 * Test oracle (this was the edit session's validation before decision 0016). Reads the catalogue build's messages ("link ql10: place 'x' is unknown") back into the record and field they
 * are about, so the edit session reports the same rules without a second copy of them. Pure; any thread.
 */
final class ValidatorMessages {
    private static final Pattern RECORD = Pattern.compile("^(link|agreement|commitment|place|party|province|intervention|result) (\\S+?): (.*)$", Pattern.DOTALL);
    /** "intervention iv-x event ev-y: quote …" (a citation) and "intervention iv-x: event ev-y …" (date order). */
    private static final Pattern EVENT = Pattern.compile("^intervention \\S+?(?: event |: event )(\\S+?):? (.*)$", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("^(link|agreement|commitment|place|party|intervention|event|result) id '(.+)' is defined more than once$");

    /** Which field a message is about, by the words the build uses; first match wins. */
    private static final List<String[]> FIELDS = List.of(
            new String[] {"commitment", "agreement '", "agreementId"},
            new String[] {"commitment", "link '", "linkIds"},
            new String[] {"commitment", "actor '", "actorIds"},
            new String[] {"commitment", "requester '", "requesterIds"},
            new String[] {"commitment", "only a request", "requesterIds"},
            new String[] {"commitment", "quote", "source"},
            new String[] {"commitment", "cites seed", "source"},
            new String[] {"agreement", "party '", "partyIds"},
            new String[] {"intervention", "body asked", "requestedOf"},
            new String[] {"intervention", "commitment '", "commitmentIds"},
            new String[] {"result", "link '", "linkIds"},
            new String[] {"result", "party '", "partyIds"},
            new String[] {"result", "quote", "source"},
            new String[] {"result", "cites seed", "source"},
            new String[] {"event", "quote", "source"},
            new String[] {"event", "cites seed", "source"},
            new String[] {"event", "", "date"},
            new String[] {"link", "place '", "placeIds"},
            new String[] {"link", "province '", "provinces"},
            new String[] {"link", "agreement '", "agreementIds"},
            new String[] {"link", "stands in no agreement", "agreementIds"},
            new String[] {"link", "accuracy_km", "accuracyKm"},
            new String[] {"place", "geometry", "point"},
            new String[] {"party", "province '", "province"},
            new String[] {"*", "quote", "sources"},
            new String[] {"*", "cites seed", "sources"},
            new String[] {"*", "geometry", "geometry"},
            new String[] {"*", "must be drawn as", "geometry"});

    private ValidatorMessages() {
    }

    /** @return null for a message about something that is not an editable record */
    static FullValidation.Finding toIssue(String message) {
        Matcher d = DUPLICATE.matcher(message);
        if (d.matches()) {
            return new FullValidation.Finding(Issue.Severity.ERROR, new RecordRef(d.group(1), d.group(2)), "id", "the id is used twice");
        }
        Matcher ev = EVENT.matcher(message);
        Matcher m = RECORD.matcher(message);
        String type;
        String id;
        String rest;
        if (ev.matches()) {
            type = "event";
            id = ev.group(1);
            rest = ev.group(2);
        } else if (m.matches() && !m.group(1).equals("province")) {
            type = m.group(1);
            id = m.group(2);
            rest = m.group(3);
        } else {
            return null;
        }
        String field = "record";
        for (String[] rule : FIELDS) {
            if ((rule[0].equals(type) || rule[0].equals("*")) && rest.contains(rule[1])) {
                field = rule[2];
                break;
            }
        }
        return new FullValidation.Finding(Issue.Severity.ERROR, new RecordRef(type, id), field, rest);
    }
}
