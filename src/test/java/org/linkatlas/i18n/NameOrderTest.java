package org.linkatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Names in alphabetical order word by word, with each language's collator for the words. */
class NameOrderTest {
    private static final List<String> PROVINCES = List.of("Hải Phòng", "Hòa Bình", "Hà Nội", "Lào Cai", "Hải Dương",
            "Điện Biên", "Hà Giang", "Bắc Ninh", "Hưng Yên", "Đà Nẵng", "Bắc Giang", "Lạng Sơn", "Cao Bằng");

    @Test
    void vietnameseNamesSortSyllableBySyllable() {
        List<String> sorted = new ArrayList<>(PROVINCES);
        sorted.sort(NameOrder.vietnamese());
        assertEquals(List.of("Bắc Giang", "Bắc Ninh", "Cao Bằng", "Đà Nẵng", "Điện Biên", "Hà Giang", "Hà Nội",
                "Hải Dương", "Hải Phòng", "Hòa Bình", "Hưng Yên", "Lạng Sơn", "Lào Cai"), sorted);
    }

    @Test
    void theJdksCollatorAloneSortsLetterByLetter() {
        // why this class exists: the collator ignores the space and puts Hải Phòng before Hà Nội
        List<String> sorted = new ArrayList<>(List.of("Hà Nội", "Hải Phòng"));
        sorted.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
        assertEquals(List.of("Hải Phòng", "Hà Nội"), sorted);
        sorted.sort(NameOrder.vietnamese());
        assertEquals(List.of("Hà Nội", "Hải Phòng"), sorted);
    }

    @Test
    void aNameThatStartsAnotherComesFirstAndTheOrderIsTotal() {
        NameOrder vi = NameOrder.vietnamese();
        assertEquals(-1, Integer.signum(vi.compare("Cầu", "Cầu Giấy")));
        assertEquals(1, Integer.signum(vi.compare("Cầu Giấy", "Cầu")));
        assertEquals(0, vi.compare("Hà Nội", "Hà Nội"));
        assertEquals(-1, Integer.signum(vi.compare("Đường sắt", "Đường thủy")));
        // Đ after D, whole words
        assertEquals(-1, Integer.signum(vi.compare("Dương Đông", "Đà Lạt")));
    }

    @Test
    void englishLabelsSortWordByWordToo() {
        List<String> sorted = new ArrayList<>(List.of("Seaport", "Sea port", "River wharf", "Road", "Dry port"));
        sorted.sort(NameOrder.of(Locale.ENGLISH));
        assertEquals(List.of("Dry port", "River wharf", "Road", "Sea port", "Seaport"), sorted);
    }
}
