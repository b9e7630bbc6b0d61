package org.huntlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.huntlab.landscape.Landscape;

/**
 * {@value #FILE}: a heat map of a 2-D landscape f(x1, x2) with contour lines, and the agents'
 * paths from trajectories.csv drawn on top (a ring at the start, a dot at the end).
 *
 * <p>Drawn with Java2D on a {@link BufferedImage}, since XChart has no contour plot. The
 * colour is log(1 + f − f_min) over the pixels, so that a steep wall does not wash out the
 * valleys; the contour lines are the edges between {@value #LEVELS} equal bands of it. The
 * view is the box around every drawn path, widened by a margin. Paths are sampled at the
 * evaluations only, so they are straight between two of them.
 */
public final class LandscapeImage {

    /** The file name in the run directory. */
    public static final String FILE = "landscape.png";

    private static final int SIZE = 640;
    private static final int MARGIN = 56;
    private static final int LEVELS = 14;
    private static final double PAD = 0.15;
    private static final Map<String, Color> ROLE_COLORS = Map.of(
            "prey", new Color(230, 40, 40), "predator", new Color(30, 90, 230),
            "walker", Color.WHITE);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private LandscapeImage() {
    }

    /**
     * Draws {@code landscape} with the paths in {@code trajectories} (a trajectories.csv) of
     * at most {@code maxPaths} agents into {@code directory}; empty unless the landscape is
     * 2-D and the file exists.
     */
    public static Optional<Path> write(Landscape landscape, Path trajectories,
                                       Map<String, String> roles, int maxPaths,
                                       Path directory) {
        if (landscape.dimension() != 2 || !Files.isRegularFile(trajectories)) {
            return Optional.empty();
        }
        Map<String, List<double[]>> paths = readPaths(trajectories, roles, maxPaths);
        double[] box = box(paths);
        BufferedImage image = new BufferedImage(SIZE + 2 * MARGIN, SIZE + 2 * MARGIN,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        paintField(image, landscape, box);
        paintPaths(g, paths, roles, box);
        paintAxes(g, box);
        g.dispose();
        Path file = directory.resolve(FILE);
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(file);
    }

    private static Map<String, List<double[]>> readPaths(Path file, Map<String, String> roles,
                                                         int maxPaths) {
        Map<String, List<double[]>> paths = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String agent = cells[1];
            if (!paths.containsKey(agent) && paths.size() >= maxPaths) {
                continue;
            }
            paths.computeIfAbsent(agent, a -> new ArrayList<>()).add(new double[] {
                    Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
        }
        return paths;
    }

    /** {x1 min, x1 max, x2 min, x2 max} around every path, padded; [−2, 2]² when empty. */
    private static double[] box(Map<String, List<double[]>> paths) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        paths.values().forEach(list -> list.forEach(p -> {
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.max(b[1], p[0]);
                b[2] = Math.min(b[2], p[1]);
                b[3] = Math.max(b[3], p[1]);
            }
        }));
        if (!(b[0] <= b[1])) {
            return new double[] {-2, 2, -2, 2};
        }
        double w = Math.max(b[1] - b[0], 1.0);
        double h = Math.max(b[3] - b[2], 1.0);
        double cx = 0.5 * (b[0] + b[1]);
        double cy = 0.5 * (b[2] + b[3]);
        return new double[] {cx - (0.5 + PAD) * w, cx + (0.5 + PAD) * w,
                cy - (0.5 + PAD) * h, cy + (0.5 + PAD) * h};
    }

    private static void paintField(BufferedImage image, Landscape landscape, double[] box) {
        double[][] level = new double[SIZE][SIZE];
        double min = Double.POSITIVE_INFINITY;
        double[] x = new double[2];
        double[][] f = new double[SIZE][SIZE];
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                x[0] = box[0] + (col + 0.5) / SIZE * (box[1] - box[0]);
                x[1] = box[3] - (row + 0.5) / SIZE * (box[3] - box[2]);
                f[row][col] = landscape.value(x);
                min = Math.min(min, f[row][col]);
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                level[row][col] = Math.log1p(f[row][col] - min);
                max = Math.max(max, level[row][col]);
            }
        }
        double scale = max > 0 ? 1 / max : 1;
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                double t = level[row][col] * scale;
                int band = (int) Math.min(LEVELS - 1, t * LEVELS);
                boolean edge = (col + 1 < SIZE && band != (int) Math.min(LEVELS - 1,
                        level[row][col + 1] * scale * LEVELS))
                        || (row + 1 < SIZE && band != (int) Math.min(LEVELS - 1,
                        level[row + 1][col] * scale * LEVELS));
                int rgb = edge ? 0x202020 : heat(t);
                image.setRGB(MARGIN + col, MARGIN + row, rgb);
            }
        }
    }

    /** A dark-blue to yellow ramp through teal and green for t in [0, 1]. */
    private static int heat(double t) {
        double[][] stops = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98},
                {253, 231, 37}};
        double s = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) s);
        double u = s - i;
        int r = (int) Math.round(stops[i][0] + u * (stops[i + 1][0] - stops[i][0]));
        int gr = (int) Math.round(stops[i][1] + u * (stops[i + 1][1] - stops[i][1]));
        int b = (int) Math.round(stops[i][2] + u * (stops[i + 1][2] - stops[i][2]));
        return (r << 16) | (gr << 8) | b;
    }

    private static void paintPaths(Graphics2D g, Map<String, List<double[]>> paths,
                                   Map<String, String> roles, double[] box) {
        g.setStroke(new BasicStroke(1.6f));
        for (var entry : paths.entrySet()) {
            Color color = ROLE_COLORS.getOrDefault(roles.getOrDefault(entry.getKey(), ""),
                    new Color(255, 140, 0));
            g.setColor(color);
            Path2D.Double line = new Path2D.Double();
            List<double[]> points = entry.getValue();
            for (int i = 0; i < points.size(); i++) {
                double px = pixelX(points.get(i)[0], box);
                double py = pixelY(points.get(i)[1], box);
                if (i == 0) {
                    line.moveTo(px, py);
                    g.drawOval((int) px - 4, (int) py - 4, 8, 8);
                } else {
                    line.lineTo(px, py);
                }
            }
            g.draw(line);
            double[] end = points.get(points.size() - 1);
            g.fillOval((int) pixelX(end[0], box) - 3, (int) pixelY(end[1], box) - 3, 7, 7);
        }
    }

    private static void paintAxes(Graphics2D g, double[] box) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(MARGIN, MARGIN, SIZE, SIZE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(format(box[0]), MARGIN, MARGIN + SIZE + 18);
        String right = format(box[1]);
        g.drawString(right, MARGIN + SIZE - g.getFontMetrics().stringWidth(right),
                MARGIN + SIZE + 18);
        g.drawString("x1", MARGIN + SIZE / 2, MARGIN + SIZE + 36);
        g.drawString(format(box[3]), 4, MARGIN + 12);
        g.drawString(format(box[2]), 4, MARGIN + SIZE);
        g.drawString("x2", 16, MARGIN + SIZE / 2);
        g.drawString("landscape and paths (colour: log(1 + f − f_min))", MARGIN, MARGIN - 20);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double pixelX(double x1, double[] box) {
        return MARGIN + (x1 - box[0]) / (box[1] - box[0]) * SIZE;
    }

    private static double pixelY(double x2, double[] box) {
        return MARGIN + (box[3] - x2) / (box[3] - box[2]) * SIZE;
    }
}
