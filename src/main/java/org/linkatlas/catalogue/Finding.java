package org.linkatlas.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.linkatlas.i18n.Messages;
import org.locationtech.jts.geom.Envelope;

/**
 * One finding of the {@link CatalogueValidator}: the record it is about (none for a duplicate id), what is wrong
 * as a {@link Kind} (a message key of the bundles) and the kind's arguments, so that each reader gets it in their
 * language ({@link #text(Messages)}); {@link #english()} is the build's own line ("commitment c1: link 'x' is
 * unknown"). An argument is a text shown as it is (ids, codes, file names, quotes, numbers), or a {@link Part}
 * rendered in the reader's words. Immutable; any thread.
 */
public record Finding(Where where, Kind kind, List<Object> args) {
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    /** What can be wrong: each a MessageFormat pattern of the bundles, shared with the edit session's findings. */
    public enum Kind {
        DUPLICATE_ID("valmsg.duplicateId"),
        UNKNOWN_SUCCESSOR("valmsg.unknownSuccessor"),
        UNKNOWN_PROVINCE("validate.unknownProvince"),
        UNKNOWN_PARTY("validate.unknownParty"),
        UNKNOWN_AGREEMENT("validate.unknownAgreement"),
        UNKNOWN_LINK("validate.unknownLink"),
        UNKNOWN_ACTOR("validate.unknownActor"),
        UNKNOWN_REQUESTER("validate.unknownRequester"),
        REQUESTERS_ONLY_FOR_REQUEST("validate.requestersOnlyForRequest"),
        UNKNOWN_BODY_ASKED("validate.unknownBodyAsked"),
        UNKNOWN_COMMITMENT("validate.unknownCommitment"),
        UNKNOWN_PLACE("validate.unknownPlace"),
        EVENT_ORDER("valmsg.eventOrder"),
        LINK_UNBACKED("validate.linkUnbacked"),
        INTERVENTION_ELSEWHERE("validate.interventionElsewhere"),
        NO_GEOMETRY_NO_WORD("validate.noGeometryNoWord"),
        EMPTY_GEOMETRY("validate.emptyGeometry"),
        WRONG_SHAPE("validate.wrongShape"),
        OUTSIDE_REGION("validate.outsideRegion"),
        NEGATIVE_ACCURACY("validate.negativeAccuracy"),
        UNKNOWN_SEED("validate.unknownSeed"),
        QUOTE_NOT_NFC("validate.quoteNotNfc"),
        QUOTE_NOT_FOUND("validate.quoteNotFound");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** An argument put in the reader's words. */
    public interface Part {
        String text(Messages messages);
    }

    /** A word of the bundles: a record type ({@code validate.type.link}), a shape. */
    public record Word(String key) implements Part {
        public static Word type(String type) {
            return new Word("validate.type." + type);
        }

        @Override
        public String text(Messages messages) {
            return messages.get(key);
        }
    }

    /**
     * A code with its label where the language wants one: English keeps the code ("a seaport must be drawn as
     * a Point"), Vietnamese gives the label and the code ("cảng biển (seaport)").
     */
    public record Code(String prefix, String code) implements Part {
        @Override
        public String text(Messages messages) {
            String label = messages.has(prefix + code) ? messages.get(prefix + code).toLowerCase(messages.locale()) : code;
            return messages.get("valmsg.code", label, code);
        }
    }

    /** A box as "(lon 104–109.5, lat 19.5–23.5)", "(kinh độ …, vĩ độ …)"; coordinates with a point, as typed. */
    public record Extent(Envelope box) implements Part {
        @Override
        public String text(Messages messages) {
            return messages.get("valmsg.extent", range(box.getMinX(), box.getMaxX()), range(box.getMinY(), box.getMaxY()));
        }

        private static String range(double a, double b) {
            return a == b ? number(a) : number(a) + "–" + number(b);
        }

        private static String number(double d) {
            return new java.math.BigDecimal(d).setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }

    /** The record a finding is about: "link ql10", or an event inside its intervention. */
    public record Where(String type, String id, String eventId) {
        public static Where of(String type, String id) {
            return new Where(type, id, null);
        }

        public String text(Messages messages) {
            String record = messages.get("validate.type." + type) + " " + id;
            return eventId == null ? record : messages.get("valmsg.inEvent", record, eventId);
        }
    }

    public Finding {
        List<Object> copy = new ArrayList<>();
        for (Object a : args) {
            copy.add(a instanceof Part ? a : String.valueOf(a)); // a null shows as "null", as the build always wrote
        }
        args = List.copyOf(copy);
    }

    public static Finding at(Where where, Kind kind, Object... args) {
        return new Finding(where, kind, java.util.Arrays.asList(args));
    }

    /** The finding in {@code messages}' language. */
    public String text(Messages messages) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = args.get(i) instanceof Part p ? p.text(messages) : args.get(i);
        }
        String what = messages.get(kind.key(), shown);
        return where == null ? what : messages.get("valmsg.at", where.text(messages), what);
    }

    /** The finding in English, the build's words. */
    public String english() {
        return text(ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
