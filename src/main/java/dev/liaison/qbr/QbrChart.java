package dev.liaison.qbr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The QBR brief's picture, drawn server-side to PNG with JFreeChart: the client's health score week
 * by week over the last 12 weeks and now, on the bands' colours (at risk below 50, watch to 74,
 * healthy from 75). One point is drawn as a dot, so a client with no history still gets a chart.
 */
final class QbrChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 500;
    private static final Color LINE = new Color(0x36, 0x6C, 0xC4);
    /** Where the health bands start (HealthBand.of): watch from 50, healthy from 75. */
    private static final int WATCH_FROM = 50;
    private static final int HEALTHY_FROM = 75;

    static {
        // no display on a server
        System.setProperty("java.awt.headless", "true");
    }

    private QbrChart() {
    }

    static byte[] png(QbrBrief brief) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HealthTrend.Point point : brief.health()) {
            data.addValue(point.score(), "health", point.label());
        }
        String name = brief.clientName().length() > 60 ? brief.clientName().substring(0, 60) + "…" : brief.clientName();
        JFreeChart chart = ChartFactory.createLineChart("Health of " + name + ", last 12 weeks", "week", "health score",
                data, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        band(plot, 0, WATCH_FROM, new Color(0xD6, 0x3B, 0x3B));
        band(plot, WATCH_FROM, HEALTHY_FROM, new Color(0xE8, 0xA3, 0x17));
        band(plot, HEALTHY_FROM, 100, new Color(0x2E, 0x9E, 0x5B));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 100);
        range.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setDefaultShapesVisible(true);
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void band(CategoryPlot plot, double from, double to, Color colour) {
        IntervalMarker marker = new IntervalMarker(from, to);
        marker.setPaint(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 40));
        marker.setOutlinePaint(null);
        plot.addRangeMarker(marker, Layer.BACKGROUND);
    }
}
