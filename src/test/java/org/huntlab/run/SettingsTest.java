package org.huntlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void defaultsComeFromReferenceConf() {
        Settings settings = Settings.of(ConfigFactory.load());
        assertEquals(Path.of("runs"), settings.outputDir());
        assertEquals(16, settings.trajectoryMaxDimension());
        assertEquals(Settings.ProgressBar.AUTO, settings.progressBar());
        assertEquals(0.95, settings.generalizationTarget());
        assertTrue(settings.config().hasPath("huntlab.gradient-dispatcher"),
                "Pekko needs the whole configuration, not just huntlab.run");
    }

    @Test
    void aConfFileOverridesTheDefaults(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("application.conf");
        Files.writeString(conf, "huntlab.run { output-dir = out, progress-bar = off,"
                + " trajectory-max-dimension = 3 }\n");
        Settings settings = Settings.load(conf);
        assertEquals(Path.of("out"), settings.outputDir());
        assertEquals(3, settings.trajectoryMaxDimension());
        assertFalse(settings.showsProgressBar());
        assertEquals(0.95, settings.generalizationTarget(), "unset keys keep their default");
    }

    @Test
    void badValuesNameTheirKey(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "huntlab.run { progress-bar = sometimes }\n");
        var e = assertThrows(ConfigException.class, () -> Settings.load(conf).progressBar());
        assertTrue(e.getMessage().contains("huntlab.run.progress-bar"), e.getMessage());
    }

    @Test
    void aMissingNamedFileIsAnError(@TempDir Path dir) {
        assertThrows(ConfigException.class, () -> Settings.load(dir.resolve("nope.conf")));
    }
}
