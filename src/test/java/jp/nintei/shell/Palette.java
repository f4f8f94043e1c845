package jp.nintei.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The colours a picture of the app may hold: the theme's colour variables ({@code -color-…}, as JavaFX resolves them)
 * and what anti-aliasing and see-through fills make of two of them. A colour outside that — a hard-coded one, or a
 * default Modena colour the theme does not restyle — is reported with how many pixels show it.
 */
final class Palette {

    private static final Pattern VARIABLE = Pattern.compile("(-color-[a-z0-9-]+)\\s*:");
    /** Per channel, out of 255: rounding and blending's own error. */
    private static final double TOLERANCE = 4.5;

    private final List<double[]> colours;

    private Palette(List<double[]> colours) {
        this.colours = colours;
    }

    /** The theme's colours as resolved now (call on the FX thread, with the theme applied). */
    static Palette ofTheme(String stylesheet) throws IOException {
        String css;
        String path = stylesheet.replace(".bss", ".css"); // the same rules, as text
        try (InputStream in = URI.create(path).isAbsolute() ? URI.create(path).toURL().openStream()
                : Palette.class.getResourceAsStream(path.startsWith("/") ? path : "/" + path)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            names.add(m.group(1));
        }
        Group group = new Group();
        List<Region> probes = new ArrayList<>();
        for (String name : names) {
            Region r = new Region();
            r.setStyle("-fx-background-color: " + name + ";");
            probes.add(r);
        }
        group.getChildren().addAll(probes);
        new Scene(group);
        group.applyCss();
        List<double[]> colours = new ArrayList<>();
        for (Region r : probes) {
            if (r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                    && r.getBackground().getFills().get(0).getFill() instanceof Color c) {
                colours.add(new double[] {c.getRed() * 255, c.getGreen() * 255, c.getBlue() * 255});
            }
        }
        return new Palette(colours);
    }

    int size() {
        return colours.size();
    }

    /** The colours of {@code image} that are neither a palette colour nor a blend of two, shown on {@code minPixels}+ pixels. */
    List<String> outside(WritableImage image, int minPixels) {
        PixelReader pixels = image.getPixelReader();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                counts.merge(pixels.getArgb(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        List<String> found = new ArrayList<>();
        counts.forEach((rgb, n) -> {
            if (n >= minPixels && !explained(rgb)) {
                found.add(String.format("#%06x on %d pixels", rgb, n));
            }
        });
        return found;
    }

    private boolean explained(int rgb) {
        double[] p = {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i; j < colours.size(); j++) {
                if (distanceToSegment(p, colours.get(i), colours.get(j)) <= TOLERANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far {@code p} lies from every mix of {@code a} and {@code b} (the largest channel's difference). */
    private static double distanceToSegment(double[] p, double[] a, double[] b) {
        double[] ab = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double length = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
        double t = length == 0 ? 0 : Math.max(0, Math.min(1,
                ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / length));
        double d = 0;
        for (int k = 0; k < 3; k++) {
            d = Math.max(d, Math.abs(p[k] - (a[k] + t * ab[k])));
        }
        return d;
    }
}
