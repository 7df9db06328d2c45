package io.mentorbot.sandbox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

/** Simple profile pictures for demo mentors: the initials on a colour taken from the name. Headless AWT only. */
final class DemoAvatars {

    private static final int SIZE = 320;
    private static final Color[] COLOURS = {
            new Color(0x2F80ED), new Color(0x27AE60), new Color(0xEB5757), new Color(0xF2994A),
            new Color(0x9B51E0), new Color(0x00A3A3), new Color(0xD6488C), new Color(0x56677D)};

    private DemoAvatars() {
    }

    /** A PNG portrait for this name. */
    static byte[] of(String name) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color base = COLOURS[Math.floorMod(name.hashCode(), COLOURS.length)];
            g.setPaint(new GradientPaint(0, 0, base.brighter(), SIZE, SIZE, base.darker()));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(255, 255, 255, 60));
            g.setStroke(new BasicStroke(14));
            g.drawOval(28, 28, SIZE - 56, SIZE - 56);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
            String initials = initials(name);
            FontMetrics metrics = g.getFontMetrics();
            int x = (SIZE - metrics.stringWidth(initials)) / 2;
            int y = (SIZE - metrics.getHeight()) / 2 + metrics.getAscent();
            g.drawString(initials, x, y);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    static String initials(String name) {
        String letters = Arrays.stream(name.strip().split("\\s+")).filter(part -> !part.isEmpty()).limit(2)
                .map(part -> part.substring(0, 1)).collect(Collectors.joining());
        return letters.isEmpty() ? "?" : letters.toUpperCase(Locale.ROOT);
    }
}
