package org.linkatlas.model;

import org.locationtech.jts.geom.Point;

/** A named place or feature with its position and how far that position can be trusted. */
public record Place(String id, String nameVi, String nameEn, String kind, Point point, Accuracy accuracy, double accuracyKm,
                    String coordSource, String province) {
}
