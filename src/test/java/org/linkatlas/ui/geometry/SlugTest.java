package org.linkatlas.ui.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new link's id from its Vietnamese name: marks and đ folded as search folds them, ASCII words joined by dashes. */
class SlugTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cầu Đồng Việt|cau-dong-viet",
        "  Đường tỉnh 293 (nhánh)  |duong-tinh-293-nhanh",
        "QL.37 – đoạn Hiệp Hòa|ql-37-doan-hiep-hoa",
        "北京|link",
        "---|link"})
    void theIdOfANewLink(String name, String id) {
        assertEquals(id, GeometryControls.slug(name));
    }
}
