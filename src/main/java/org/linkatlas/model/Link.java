package org.linkatlas.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A piece of connective infrastructure: a road, bridge, railway, port, … with its status as the source gives
 * it, the places and provinces it touches, the figures the text states, and its geometry with its accuracy.
 */
public record Link(String id, String nameVi, String nameEn, LinkKind kind, RoadClass roadClass, LinkStatus status,
                   String statusNote, List<String> placeIds, List<String> provinces, Double lengthKm,
                   Double costBillionVnd, String figuresNote, FuzzyDate target, List<String> agreementIds,
                   Geometry geometry, Accuracy accuracy, double accuracyKm, String coordSource,
                   List<Source> sources, List<String> uncertainties) {
    public Link {
        placeIds = List.copyOf(placeIds);
        provinces = List.copyOf(provinces);
        agreementIds = List.copyOf(agreementIds);
        sources = List.copyOf(sources);
        uncertainties = List.copyOf(uncertainties);
    }
}
