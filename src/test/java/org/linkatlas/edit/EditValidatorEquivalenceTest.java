package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Source;
import org.linkatlas.testing.Fixtures;

/**
 * The incremental check ({@link EditValidator}, decision 0016) finds exactly what the full one
 * ({@link FullValidation}: the build's validator over the whole catalogue) finds for the records a save reaches,
 * on the cases the save tests cover and on one case per rule; and an error standing in a record the save does not
 * reach is not reported again, while one the save causes in a record that names the changed one is.
 * On the project's real catalogue.
 */
class EditValidatorEquivalenceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    static Catalogue real;

    @BeforeAll
    static void read() {
        real = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        add(out, "commitment names an unknown link", "unknownLink", s -> change(s, commitmentRef(s, m -> true), "linkIds",
                FieldJson.texts(List.of("no-such-link"))));
        add(out, "signing date in the future", "deadlineBeforeSigning", s -> {
            Commitment m = commitment(s, x -> x.deadline() != null && x.deadline().value() != null);
            change(s, new RecordRef("agreement", m.agreementId()), "date", fuzzy("2030-01-01"));
        });
        add(out, "deleting a link a commitment names", "stillNamed", s -> s.execute(Edits.delete(s.current(),
                new RecordRef("link", commitmentWith(s).linkIds().get(0)))));
        add(out, "no English name", "noEnglish", s -> change(s, new RecordRef("link", s.current().links().get(0).id()),
                "nameEn", NullNode.instance));
        add(out, "a valid change of a place", null, s -> change(s, new RecordRef("place", s.current().places().get(0).id()),
                "nameEn", TextNode.valueOf("X")));
        add(out, "unknown actor and a requester on a non-request", "unknownActor", s -> {
            Commitment m = commitment(s, x -> x.role() != org.linkatlas.model.CommitmentRole.REQUESTS);
            RecordRef ref = new RecordRef("commitment", m.id());
            change(s, ref, "actorIds", FieldJson.texts(List.of("ghost-party")));
            change(s, ref, "requesterIds", FieldJson.texts(List.of(s.current().parties().get(0).id())));
        });
        add(out, "a quote not in its source, a seed that is not there", "quoteNotFound", s -> {
            Agreement a = s.current().agreements().get(0);
            Source good = a.sources().get(0);
            change(s, new RecordRef("agreement", a.id()), "sources", FieldJson.sources(List.of(
                    new Source(good.seed(), good.quote() + " và những lời không có trong bài"),
                    new Source("no-such-seed.txt", good.quote()))));
        });
        add(out, "deleting a party a commitment names", "unknownActor", s -> s.execute(Edits.delete(s.current(),
                new RecordRef("party", commitment(s, m -> !m.actorIds().isEmpty()).actorIds().get(0)))));
        add(out, "an event moved after the one below it (the error is the one below's), another in the future", "eventOrder", s -> {
            Intervention iv = s.current().interventions().stream().filter(i -> i.events().size() >= 2
                    && i.events().get(1).date().firstDay().isPresent()).findFirst().orElseThrow();
            change(s, new RecordRef("event", iv.events().get(0).id()), "date", fuzzy("2026-11-30"));
            Intervention other = s.current().interventions().stream().filter(i -> !i.id().equals(iv.id())
                    && !i.events().isEmpty()).findFirst().orElseThrow();
            change(s, new RecordRef("event", other.events().get(other.events().size() - 1).id()), "date", fuzzy("2027-06-01"));
        });
        add(out, "a commitment deleted that alone backed a link", "linkUnbacked", s -> {
            Commitment m = s.current().commitments().stream().filter(x -> x.linkIds().stream().anyMatch(id ->
                    link(s, id).agreementIds().isEmpty() && s.current().commitments().stream()
                            .filter(y -> y.linkIds().contains(id)).count() == 1
                            && s.current().results().stream().noneMatch(r -> r.linkIds().contains(id))))
                    .findFirst().orElseThrow();
            for (RecordRef iv : Edits.dependants(s.current(), new RecordRef("commitment", m.id()))) {
                change(s, iv, "commitmentIds", FieldJson.texts(List.of()));
            }
            s.execute(Edits.delete(s.current(), new RecordRef("commitment", m.id())));
        });
        add(out, "an intervention asks an unknown body; a link drawn outside the region, as the wrong shape",
                "unknownBodyAsked", s -> {
                    Intervention iv = s.current().interventions().get(0);
                    change(s, new RecordRef("intervention", iv.id()), "requestedOf", FieldJson.texts(List.of("ghost-body")));
                    Link line = s.current().links().stream().filter(l -> l.geometry() != null && !l.kind().isPointLike())
                            .findFirst().orElseThrow();
                    change(s, new RecordRef("link", line.id()), "geometry", TextNode.valueOf("POINT (2.35 48.85)"));
                });
        add(out, "an unknown place and province; a result naming an unknown link", "unknownPlace", s -> {
            Link l = s.current().links().get(1);
            change(s, new RecordRef("link", l.id()), "placeIds", FieldJson.texts(List.of("ghost-place")));
            change(s, new RecordRef("link", l.id()), "provinces", FieldJson.texts(List.of("Atlantis")));
            if (!s.current().results().isEmpty()) {
                change(s, new RecordRef("result", s.current().results().get(0).id()), "linkIds",
                        FieldJson.texts(List.of("ghost-link")));
            }
        });
        add(out, "every event of an intervention deleted", "interventionWithoutEvents", s -> {
            Intervention iv = s.current().interventions().get(0);
            for (ProgressEvent e : iv.events()) {
                s.execute(Edits.delete(s.current(), new RecordRef("event", e.id())));
            }
            change(s, new RecordRef("intervention", iv.id()), "what", FieldJson.local(
                    org.linkatlas.model.LocalText.english("no events left")));
        });
        add(out, "every event of an intervention deleted, the intervention untouched", "interventionWithoutEvents", s -> {
            Intervention iv = s.current().interventions().get(1);
            for (ProgressEvent e : iv.events()) {
                s.execute(Edits.delete(s.current(), new RecordRef("event", e.id())));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theIncrementalCheckFindsWhatTheFullOneFinds(String name, String expectedKey, Consumer<EditSession> edit) {
        EditSession s = new EditSession(real);
        edit.accept(s);
        var changes = s.pendingChanges();
        assertFalse(changes.isEmpty(), "the case changes something");
        ValidationReport incremental = new EditValidator(CLOCK).validate(s.current(), changes);
        List<String> full = FullValidation.validate(CLOCK, s.current(), changes).stream().map(Object::toString).sorted().toList();
        List<String> found = incremental.issues().stream().map(FullValidation.Finding::of).map(Object::toString).sorted().toList();
        assertEquals(full, found);
        if (expectedKey == null) {
            assertTrue(incremental.issues().isEmpty(), incremental.toString());
        } else {
            assertTrue(incremental.issues().stream().anyMatch(i -> i.key().equals(expectedKey)), incremental.toString());
        }
    }

    @Test
    void aDuplicateIdIsNamedOnceOnTheChangedRecord() {
        Link first = real.links().get(0);
        List<Link> links = new ArrayList<>(real.links());
        links.add(first);
        Catalogue twice = Snapshots.withLinks(real, links);
        EditSession s = new EditSession(twice);
        change(s, new RecordRef("link", first.id()), "nameEn", TextNode.valueOf("Twice"));
        ValidationReport r = new EditValidator(CLOCK).validate(s.current(), s.pendingChanges());
        assertEquals(List.of("error: link " + first.id() + " · id: the id is used by another link"),
                r.errors().stream().map(Issue::toString).toList());
        assertEquals(FullValidation.validate(CLOCK, s.current(), s.pendingChanges()).stream().map(Object::toString).toList(),
                r.issues().stream().map(FullValidation.Finding::of).map(Object::toString).toList());
    }

    @Test
    void anErrorInAnUntouchedRecordIsNotReportedAgainButOneCausedInARecordNamingTheChangedOneIs() {
        // an error already standing elsewhere: an agreement names a party that does not exist
        Agreement a = real.agreements().get(0);
        List<Agreement> agreements = new ArrayList<>(real.agreements());
        agreements.set(0, new Agreement(a.id(), a.type(), a.number(), a.titleVi(), a.titleEn(), a.date(), a.period(),
                List.of("ghost-party"), a.signatories(), a.sources(), a.uncertaintyTexts()));
        Catalogue broken = Snapshots.withAgreements(real, agreements);
        assertTrue(new org.linkatlas.catalogue.CatalogueValidator().validate(broken).stream()
                .anyMatch(p -> p.contains("party 'ghost-party' is unknown")), "the full check sees the old error");

        EditSession elsewhere = new EditSession(broken);
        change(elsewhere, new RecordRef("link", broken.links().get(5).id()), "nameEn", TextNode.valueOf("Elsewhere"));
        ValidationReport untouched = new EditValidator(CLOCK).validate(elsewhere.current(), elsewhere.pendingChanges());
        assertEquals(List.of(), untouched.issues(), "the agreement's old error is not the save's");

        Commitment m = commitment(elsewhere, x -> !x.actorIds().isEmpty());
        String party = m.actorIds().get(0);
        EditSession delete = new EditSession(broken);
        delete.execute(Edits.delete(broken, new RecordRef("party", party)));
        ValidationReport caused = new EditValidator(CLOCK).validate(delete.current(), delete.pendingChanges());
        List<String> errors = caused.errors().stream().map(Issue::toString).toList();
        assertTrue(errors.contains("error: party " + party + " · id: still named by commitment " + m.id()
                + "; change or delete it first"), errors.toString());
        assertTrue(errors.contains("error: commitment " + m.id() + " · actorIds: actor '" + party + "' is unknown"),
                errors.toString());
        assertTrue(errors.stream().noneMatch(e -> e.contains("ghost-party")), errors.toString());
    }

    private static void add(List<Arguments> out, String name, String key, Consumer<EditSession> edit) {
        out.add(Arguments.of(name, key, edit));
    }

    private static void change(EditSession s, RecordRef ref, String field, JsonNode value) {
        s.execute(Edits.changeField(s.current(), ref, field, value));
    }

    private static RecordRef commitmentRef(EditSession s, java.util.function.Predicate<Commitment> p) {
        return new RecordRef("commitment", commitment(s, p).id());
    }

    private static Commitment commitment(EditSession s, java.util.function.Predicate<Commitment> p) {
        return s.current().commitments().stream().filter(p).findFirst().orElseThrow();
    }

    private static Commitment commitmentWith(EditSession s) {
        return commitment(s, m -> !m.linkIds().isEmpty());
    }

    private static Link link(EditSession s, String id) {
        return s.current().links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode fuzzy(String day) {
        return FieldJson.MAPPER.createObjectNode().put("text", day).put("value", day).put("precision", "day")
                .putNull("relation").putNull("note");
    }
}
