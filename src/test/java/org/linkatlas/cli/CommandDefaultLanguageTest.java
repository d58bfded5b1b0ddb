package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.i18n.ChosenLanguage;
import org.linkatlas.ui.Settings;
import org.linkatlas.testing.Fixtures;

/**
 * Decision 0018: without {@code --lang} a command speaks the language the user chose in the window (the window's
 * own settings file, written here by the window's {@link Settings}), else the system's; {@code summary --json}
 * stays English for scripts unless {@code --lang} says otherwise.
 */
class CommandDefaultLanguageTest {
    @TempDir
    static Path shared;
    static Path store;
    @TempDir
    Path home;
    private Locale systemLocale;

    @BeforeAll
    static void buildTheRealStore() {
        store = shared.resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), store);
    }

    @BeforeEach
    void aUserFolderOfTheTestsOwn() {
        systemLocale = Locale.getDefault();
        System.setProperty("linkatlas.home", home.toString());
    }

    @AfterEach
    void putBackTheUserFolderAndTheLocale() {
        System.clearProperty("linkatlas.home");
        Locale.setDefault(systemLocale);
    }

    private void chooseInTheWindow(String language) {
        Settings settings = new Settings(home).load();
        settings.put(ChosenLanguage.KEY, language);
        settings.close().join();
    }

    @Test
    void theLanguageChosenInTheWindowIsTheCommandsToo() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        chooseInTheWindow("vi");
        CommandLanguageTest.check("vi", "check", CommandLanguageTest.run("check", "--store", store.toString()), 0, "cli.check.ok");
        CommandLanguageTest.check("vi", "help", CommandLanguageTest.run("--help"), 0, "cli.usage.exitCodes");
        // a wrong --lang is refused in the language that is in force
        CommandLanguageTest.check("vi", "--lang fr", CommandLanguageTest.run("check", "--lang", "fr"), 2, "cli.usage.lang");
        CommandLanguageTest.check("vi", "--lang alone", CommandLanguageTest.run("check", "--lang"), 2, "cli.usage.needsValue");
        // --lang wins over the window
        CommandLanguageTest.check("en", "check --lang en", CommandLanguageTest.run("check", "--store", store.toString(),
                "--lang", "en"), 0, "cli.check.ok");

        Locale.setDefault(Locale.forLanguageTag("vi"));
        chooseInTheWindow("en");
        CommandLanguageTest.check("en", "check", CommandLanguageTest.run("check", "--store", store.toString()), 0, "cli.check.ok");
    }

    @Test
    void withoutAChoiceTheSystemsLanguageAsTheWindowTakesIt() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("vi-VN"));
        CommandLanguageTest.check("vi", "check", CommandLanguageTest.run("check", "--store", store.toString()), 0, "cli.check.ok");
        Files.writeString(home.resolve(ChosenLanguage.SETTINGS_FILE), "window.width=900\n");
        CommandLanguageTest.check("vi", "check", CommandLanguageTest.run("check", "--store", store.toString()), 0, "cli.check.ok");
        Locale.setDefault(Locale.GERMANY);
        CommandLanguageTest.check("en", "check", CommandLanguageTest.run("check", "--store", store.toString()), 0, "cli.check.ok");
    }

    @Test
    void theJsonSummaryStaysEnglishUnlessAsked() throws Exception {
        chooseInTheWindow("vi");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        CommandLanguageTest.Result plain = CommandLanguageTest.run("summary", "--from", "Hiệp Hòa", "--to", "Phổ Yên",
                "--store", store.toString(), "--json");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(json.readTree(plain.out()).at("/planned_links").toString().contains("Hòa Sơn bridge"), plain.out());
        CommandLanguageTest.Result asked = CommandLanguageTest.run("summary", "--from", "Hiệp Hòa", "--to", "Phổ Yên",
                "--store", store.toString(), "--json", "--lang", "vi");
        assertTrue(json.readTree(asked.out()).at("/planned_links").toString().contains("cầu Hòa Sơn"), asked.out());
        // the report in text follows the window
        CommandLanguageTest.Result text = CommandLanguageTest.run("summary", "--from", "Hiệp Hòa", "--to", "Phổ Yên",
                "--store", store.toString());
        assertTrue(text.out().contains("Chỉ các tuyến hiện có: "), text.out());
    }
}
