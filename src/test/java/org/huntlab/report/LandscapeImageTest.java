package org.huntlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.huntlab.landscape.DoubleWell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** landscape.png: a heat map of a 2-D landscape with the agents' paths on top. */
class LandscapeImageTest {

    private static Path trajectories(Path dir) throws Exception {
        Path file = dir.resolve("trajectories.csv");
        Files.writeString(file, """
                step,agent,x1,x2
                100,w,-1.0,0.0
                200,w,0.0,0.0
                300,w,1.0,0.0
                """);
        return file;
    }

    @Test
    void twoDimensionalRunGetsAHeatMapWithTheWalkersPath(@TempDir Path dir) throws Exception {
        Path file = LandscapeImage.write(new DoubleWell(2, 1, 1), trajectories(dir),
                Map.of("w", "walker"), 50, dir).orElseThrow();
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(752, image.getWidth(), "640 pixels of landscape and 56 of margin a side");
        // the path runs along x2 = 0, the middle row of the square; the walker's colour is white
        int middle = image.getHeight() / 2;
        int white = 0;
        for (int col = 56; col < 56 + 640; col++) {
            if ((image.getRGB(col, middle) & 0xffffff) == 0xffffff) {
                white++;
            }
        }
        assertTrue(white > 300, "the path from x1 = −1 to 1 crosses most of the box: " + white);
        // off the path the heat map is coloured: the corners (high f) differ from the valley
        assertNotEquals(image.getRGB(60, 60), image.getRGB(56 + 160, middle - 40));
    }

    @Test
    void otherDimensionsGetNoImage(@TempDir Path dir) throws Exception {
        assertTrue(LandscapeImage.write(new DoubleWell(3, 1, 1), trajectories(dir), Map.of(),
                50, dir).isEmpty());
    }
}
