package org.linkatlas.edit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linkatlas.model.RecordRef;

/**
 * Reads the catalogue build's messages ("link ql10: place 'x' is unknown") back into the record and field they
 * are about, so the edit session reports the same rules without a second copy of them. Pure; any thread.
 */
final class ValidatorMessages {
    private static final Pattern RECORD = Pattern.compile("^(link|agreement|commitment|place|party|province) (\\S+?): (.*)$", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("^(link|agreement|commitment|place|party) id '(.+)' is defined more than once$");

    /** Which field a message is about, by the words the build uses; first match wins. */
    private static final List<String[]> FIELDS = List.of(
            new String[] {"commitment", "agreement '", "agreementId"},
            new String[] {"commitment", "link '", "linkIds"},
            new String[] {"commitment", "actor '", "actorIds"},
            new String[] {"commitment", "quote", "source"},
            new String[] {"commitment", "cites seed", "source"},
            new String[] {"agreement", "party '", "partyIds"},
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
    static Issue toIssue(String message) {
        Matcher d = DUPLICATE.matcher(message);
        if (d.matches()) {
            return new Issue(Issue.Severity.ERROR, new RecordRef(d.group(1), d.group(2)), "id", "the id is used twice");
        }
        Matcher m = RECORD.matcher(message);
        if (!m.matches() || m.group(1).equals("province")) {
            return null;
        }
        String type = m.group(1);
        String rest = m.group(3);
        String field = "record";
        for (String[] rule : FIELDS) {
            if ((rule[0].equals(type) || rule[0].equals("*")) && rest.contains(rule[1])) {
                field = rule[2];
                break;
            }
        }
        return new Issue(Issue.Severity.ERROR, new RecordRef(type, m.group(2)), field, rest);
    }
}
