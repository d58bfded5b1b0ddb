package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.AgreementType;
import org.linkatlas.model.Codes;
import org.linkatlas.model.CommitmentRole;
import org.linkatlas.model.CommitmentTopic;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.InterventionKind;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.PartyKind;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.model.RoadClass;
import org.linkatlas.model.Stage;

/**
 * What shape each field of each record type has, so that one generic form can edit every record properly: plain
 * text, a code from a fixed list, a number, a list of ids, a text in both languages (or a list of them), a fuzzy
 * date (the source's words, a partial value, its precision, before/after/by), a period, a citation (or several),
 * a geometry as WKT. The shapes are those the record types' {@code fromFields} read (a test checks every field of
 * every type is listed). Immutable; any thread.
 */
public final class FieldKinds {
    /** The shape of one field. */
    public enum Kind {
        TEXT, CODE, NUMBER, TEXTS, LOCAL, LOCALS, FUZZY, PERIOD, SOURCE, SOURCES, GEOMETRY
    }

    /** One field: name, shape, whether it must be given, and for a code the allowed codes. */
    public record Field(String name, Kind kind, boolean required, List<String> codes) {
        public Field {
            codes = List.copyOf(codes);
        }
    }

    private static final Map<String, List<Field>> BY_TYPE = new LinkedHashMap<>();

    static {
        type("party", text("nameVi", true), text("nameEn", false), code("kind", true, PartyKind.class), text("province", false));
        type("place", text("nameVi", true), text("nameEn", false), text("kind", true),
                new Field("point", Kind.GEOMETRY, true, List.of()), code("accuracy", true, Accuracy.class),
                f("accuracyKm", Kind.NUMBER, true), text("coordSource", true), text("province", false));
        type("agreement", code("type", true, AgreementType.class), text("number", false), text("titleVi", true),
                text("titleEn", false), f("date", Kind.FUZZY, false), f("period", Kind.PERIOD, false),
                f("partyIds", Kind.TEXTS, false), f("signatories", Kind.TEXTS, false), f("sources", Kind.SOURCES, false),
                f("uncertainties", Kind.LOCALS, false));
        type("link", text("nameVi", true), text("nameEn", false), code("kind", true, LinkKind.class),
                code("roadClass", false, RoadClass.class), code("state", true, PhysicalState.class),
                f("stateNote", Kind.LOCAL, false), f("placeIds", Kind.TEXTS, false), f("provinces", Kind.TEXTS, false),
                f("lengthKm", Kind.NUMBER, false), f("costBillionVnd", Kind.NUMBER, false),
                f("figuresNote", Kind.LOCAL, false), f("target", Kind.FUZZY, false), f("agreementIds", Kind.TEXTS, false),
                f("geometry", Kind.GEOMETRY, false), code("accuracy", false, Accuracy.class),
                f("accuracyKm", Kind.NUMBER, true), f("coordSource", Kind.LOCAL, false), f("sources", Kind.SOURCES, false),
                f("uncertainties", Kind.LOCALS, false));
        type("intervention", text("linkId", true), code("kind", true, InterventionKind.class), f("what", Kind.LOCAL, false),
                f("requestedOf", Kind.TEXTS, false), f("commitmentIds", Kind.TEXTS, false));
        type("event", text("interventionId", true), f("date", Kind.FUZZY, true), code("stage", true, Stage.class),
                f("source", Kind.SOURCE, true), f("note", Kind.LOCAL, false));
        type("commitment", text("agreementId", true), f("linkIds", Kind.TEXTS, false), f("actorIds", Kind.TEXTS, false),
                f("requesterIds", Kind.TEXTS, false), code("role", true, CommitmentRole.class),
                code("topic", true, CommitmentTopic.class), text("actionVi", true), text("actionEn", false),
                f("deadline", Kind.FUZZY, false), code("deadlineStage", false, Stage.class), f("source", Kind.SOURCE, true),
                f("uncertainties", Kind.LOCALS, false));
        type("result", f("linkIds", Kind.TEXTS, false), f("partyIds", Kind.TEXTS, false), f("text", Kind.LOCAL, true),
                f("date", Kind.FUZZY, false), f("source", Kind.SOURCE, true), f("uncertainties", Kind.LOCALS, false));
    }

    private FieldKinds() {
    }

    /** The fields of a record type, in the order its records give them. */
    public static List<Field> of(String type) {
        List<Field> fields = BY_TYPE.get(type);
        if (fields == null) {
            throw new IllegalArgumentException("'" + type + "' is not a record type");
        }
        return fields;
    }

    /** The codes a fuzzy date's precision and relation may take. */
    public static List<String> precisions() {
        return codes(DatePrecision.class);
    }

    public static List<String> relations() {
        return codes(DateRelation.class);
    }

    private static void type(String name, Field... fields) {
        BY_TYPE.put(name, List.of(fields));
    }

    private static Field f(String name, Kind kind, boolean required) {
        return new Field(name, kind, required, List.of());
    }

    private static Field text(String name, boolean required) {
        return f(name, Kind.TEXT, required);
    }

    private static <E extends Enum<E>> Field code(String name, boolean required, Class<E> type) {
        return new Field(name, Kind.CODE, required, codes(type));
    }

    private static <E extends Enum<E>> List<String> codes(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(Codes.of(e));
        }
        return out;
    }
}
